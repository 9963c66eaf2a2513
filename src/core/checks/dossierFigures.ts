/**
 * The figures inside the prose cells of a dossiers table (Bảng 2.7, 4.8): "04 dịch vụ có số
 * lượng hồ sơ xử lý trực tuyến trong năm là 80.216", "Có 2.188/5.968 hồ sơ được tiếp nhận xử lý
 * trực tuyến", a list of fields "… là 546; tỷ lệ 39,70%". Only what the sentence states plainly
 * is taken; a percentage is never read as a count.
 */
import { parseVietnameseNumber } from "../numbers/parseVietnameseNumber";

export interface DossierFigures {
  /** Dossiers handled online, summed over the clauses of the cell; null when the cell states none. */
  online: number | null;
  /** Dossiers handled in all, when every clause that states an online figure also states it. */
  processed: number | null;
  /** Services named (not counting "trong đó N dịch vụ", which are part of the services already named). */
  services: number | null;
}

const NUMBER = String.raw`(\d[\d.]*\d|\d)`;
const NOT_PERCENT = String.raw`(?![\d.,]*\s*%)`;
const ONLINE = new RegExp(
  String.raw`hồ sơ (?:được )?(?:tiếp nhận )?(?:xử lý|giải quyết) trực tuyến(?: trong năm)?(?: là| khoảng)?\s*:?\s*${NUMBER}${NOT_PERCENT}(?:\s*\/\s*${NUMBER})?`,
  "gi",
);
const FRACTION_FIRST = new RegExp(
  String.raw`${NUMBER}\s*\/\s*${NUMBER}\s*hồ sơ (?:được )?(?:tiếp nhận )?(?:xử lý|giải quyết) trực tuyến`,
  "gi",
);
const PROCESSED = new RegExp(
  String.raw`hồ sơ (?:được )?(?:xử lý|giải quyết) trong năm là\s*:?\s*${NUMBER}${NOT_PERCENT}`,
  "gi",
);
const LIST_ITEM = new RegExp(
  String.raw`là ${NUMBER}(?: hồ sơ)?\s*;\s*tỷ lệ`,
  "gi",
);
const SERVICES = /(trong đó (?:có )?)?\b(\d+) dịch vụ/gi;

const count = (s: string) => parseVietnameseNumber(s, "count").value ?? 0;

export function readDossierText(text: string): DossierFigures {
  const online: number[] = [];
  const processed: number[] = [];
  for (const m of text.matchAll(FRACTION_FIRST)) {
    online.push(count(m[1]));
    processed.push(count(m[2]));
  }
  for (const m of text.matchAll(ONLINE)) {
    online.push(count(m[1]));
    if (m[2]) processed.push(count(m[2]));
  }
  for (const m of text.matchAll(PROCESSED)) processed.push(count(m[1]));
  if (online.length === 0)
    for (const m of text.matchAll(LIST_ITEM)) online.push(count(m[1]));
  let services = 0;
  let named = false;
  for (const m of text.matchAll(SERVICES)) {
    if (m[1]) continue;
    services += Number(m[2]);
    named = true;
  }
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return {
    online: online.length ? sum(online) : null,
    processed:
      online.length && processed.length === online.length
        ? sum(processed)
        : null,
    services: named ? services : null,
  };
}
