/**
 * The words of the sheets the tool writes (titles and headers of its results), in the pane's
 * language. Sheet names stay Vietnamese in both, so that formulas naming them keep working.
 * Input sheets (Cài đặt, Phương pháp, the data sheets) keep their Vietnamese headers: their
 * codecs read them back by those.
 */
import type { Msg, Lang } from "../core/userError";

export type { Lang } from "../core/userError";

export const HEADER = {
  rank: { vi: "Thứ hạng", en: "Rank" },
  agency: { vi: "Cơ quan", en: "Agency" },
  code: { vi: "Mã", en: "Code" },
  value: { vi: "Giá trị", en: "Value" },
  index: { vi: "Chỉ số", en: "Index" },
  count: { vi: "Tổng số", en: "Total" },
  publishedRank: { vi: "Hạng công bố", en: "Published rank" },
  previousRank: { vi: "Hạng kỳ trước", en: "Previous rank" },
  previousValue: { vi: "Giá trị kỳ trước", en: "Previous value" },
  printedAs: { vi: "Tên in trong bảng", en: "Name as printed" },
} satisfies Record<string, Msg>;

/** One word in one language. */
export const say = (w: Msg, lang: Lang = "vi"): string => w[lang];
