/**
 * The contents sheet of a workbook the tool writes as a report: one row per sheet, a link to it,
 * what it holds and how it was made, in words a reader of the report uses (never the tool's own
 * codes). A file opens on it.
 */
import type { Methodology } from "../core/methodology/methodologySchema";
import type { Msg, Lang } from "../core/userError";
import {
  CONTENTS_SHEET,
  groupSheetName,
  METHOD_SHEET,
  REGISTER_SHEET,
  RULES_SHEET,
  SETTINGS_SHEET,
} from "../workbook/sheets";
import type { TableToWrite } from "../workbook/workbookPort";
import { column, number, outputTable, TEXT } from "./outputColumns";

export interface ContentsEntry {
  sheet: string;
  /** What the sheet holds (its table's title). */
  title: string;
  /** How it was made, in words. */
  about: string;
  /** Agencies in it, where it is a ranking. */
  agencies?: number;
}

const WORDS = {
  sheet: { vi: "Trang", en: "Sheet" },
  title: { vi: "Nội dung", en: "Contents" },
  about: { vi: "Cách tính", en: "How it was made" },
  agencies: { vi: "Số cơ quan", en: "Agencies" },
} satisfies Record<string, Msg>;

export function contentsTable(
  title: string,
  entries: ContentsEntry[],
  lang: Lang = "vi",
): TableToWrite {
  return outputTable<ContentsEntry>(
    {
      sheet: CONTENTS_SHEET,
      tableName: "MucLuc",
      title,
      columns: [
        column(WORDS.sheet, { kind: "sheet" }, (e) => e.sheet),
        column(WORDS.title, TEXT, (e) => e.title),
        column(WORDS.about, TEXT, (e) => e.about),
        column(WORDS.agencies, number(0), (e) => e.agencies ?? null),
      ],
      rows: entries,
    },
    lang,
  );
}

/** The structured input sheets of a methodology, each said in a line. */
export function inputSheetsContents(
  m: Methodology,
  lang: Lang = "vi",
): ContentsEntry[] {
  const vi = lang === "vi";
  const fixed: [string, Msg, Msg][] = [
    [
      SETTINGS_SHEET,
      { vi: "Thiết lập của phương pháp", en: "The methodology's settings" },
      {
        vi: "Năm, khối đánh giá, cách tính chỉ số tổng hợp, xử lý đồng hạng",
        en: "Year, blocks, how the overall index is made, how ties are ranked",
      },
    ],
    [
      METHOD_SHEET,
      { vi: "Nhóm và tiêu chí", en: "Groups and criteria" },
      {
        vi: "Trọng số và quy tắc chấm của từng tiêu chí",
        en: "Each criterion's weight and scoring rule",
      },
    ],
    [
      RULES_SHEET,
      { vi: "Quy tắc kiểm tra của bạn", en: "Your own checking rules" },
      {
        vi: "Các quan hệ giữa các cột mà bước Kiểm tra áp dụng thêm",
        en: "Relations between columns that the Check step also applies",
      },
    ],
    [
      REGISTER_SHEET,
      { vi: "Danh mục cơ quan", en: "The agencies" },
      {
        vi: "Các cơ quan được đánh giá, theo khối; nguồn của ô chọn tên",
        en: "The agencies evaluated, by block; the source of the name drop-downs",
      },
    ],
  ];
  return [
    ...fixed.map(([sheet, title, about]) => ({
      sheet,
      title: title[lang],
      about: about[lang],
    })),
    ...m.groups.map((g) => ({
      sheet: groupSheetName(g),
      title: vi ? `Số liệu nhóm ${g.name.vi}` : `Figures of ${g.name.en}`,
      about: vi
        ? "Số liệu nhập, mỗi cơ quan một dòng"
        : "Figures as entered, one agency a row",
    })),
  ];
}
