/**
 * Reads ranked tables copied out of a published report as text: tab-separated rows, a title
 * line (`Bảng 2.1. Chỉ số Hạ tầng …`), the header repeated after each page break, HTML and
 * markdown remnants, a *Tổng cộng* row, several agencies in one cell. Never throws: what it
 * cannot read is kept as a note with its line number.
 */
import type { AgencyRegister } from "../agencies/agencyRegister";
import {
  AgencyMatch,
  AgencyMatcher,
  isResolved,
  matcherCache,
} from "../agencies/matchAgency";
import type { BlockId } from "../agencies/registerSchema";
import { splitAgencyCell } from "../agencies/splitAgencyCell";
import {
  ExpectedKind,
  ParsedNumber,
  parseVietnameseNumber,
} from "../numbers/parseVietnameseNumber";
import { splitTextTables, TextTable, TITLE } from "./splitTextTables";

/** What a ranked table ranks by: a group index, a number of online services, a number of online dossiers. */
export type Measure = "index" | "services" | "dossiers";

export interface PastedRow {
  /** 1-based line in the pasted text. */
  line: number;
  cells: string[];
  publishedRank: ParsedNumber;
  /** One match per agency named in the cell (usually one). */
  agencies: AgencyMatch[];
  value: ParsedNumber;
  website?: string;
}

export interface PastedRankedTable {
  title?: string;
  /** Table number as printed, e.g. `2.1`. */
  tableNo?: string;
  /** Line of the first header. */
  line: number;
  header: string[];
  block?: BlockId;
  /** Criteria group id (N1…N6) when the title says which. */
  group?: string;
  measure: Measure;
  columns: { rank: number; name: number; website?: number; value: number };
  rows: PastedRow[];
  /** The *Tổng cộng* row, if any: its line and the parsed numbers of its value columns. */
  total?: { line: number; cells: string[] };
  /** Lines inside the table that were not rows (page-break text, continuation lines). */
  skipped: {
    line: number;
    text: string;
    reason: "continuation" | "not-a-row";
  }[];
}

export interface ParseResult {
  tables: PastedRankedTable[];
  /** Why nothing was found, when tables is empty. */
  problem?: { vi: string; en: string };
}

// "TT"/"STT" number rows in order; only a rank column makes a ranked table.
const RANK_HEADER = /^(thứ hạng|xếp hạng|hạng)$/i;
const NAME_HEADER = /(bộ|cơ quan|tỉnh|thành phố|địa phương|đơn vị)/i;
const WEBSITE_HEADER = /(website|portal|địa chỉ)/i;
const VALUE_HEADER = /(chỉ số|tổng cộng|tổng số|^tổng|giá trị|điểm)/i;
export const TOTAL_LABEL = /^(tổng cộng|tổng|cộng|tổng số)\b/i;

const GROUP_BY_TITLE: [RegExp, string][] = [
  [/hạ tầng/i, "N1"],
  [/ứng dụng (cntt|công nghệ thông tin) trong hoạt động/i, "N2"],
  [/trang\s*\/\s*cổng|cổng thông tin/i, "N3"],
  [/dịch vụ công trực tuyến|hồ sơ (được giải quyết )?trực tuyến|dvctt/i, "N4"],
  [/cơ chế|chính sách/i, "N5"],
  [/nguồn nhân lực/i, "N6"],
];

export function blockFromText(text: string): BlockId | undefined {
  if (/cơ quan thuộc chính phủ/i.test(text)) return "government";
  if (/bộ,? cơ quan ngang bộ/i.test(text)) return "ministry";
  if (/tỉnh|thành phố|địa phương/i.test(text)) return "province";
  return undefined;
}

export function groupFromTitle(title: string): string | undefined {
  return GROUP_BY_TITLE.find(([re]) => re.test(title))?.[1];
}

export function parseRankedTables(
  text: string,
  register: AgencyRegister,
): ParseResult {
  const matcherFor = matcherCache(register);
  const found = splitTextTables(text);
  const tables = found
    .filter((t) => isRankedHeader(t.header))
    .map((t) => rankedTable(t, matcherFor));
  const withRows = tables.filter((t) => t.rows.length > 0);
  if (withRows.length === 0) {
    return {
      tables: [],
      problem: tables.length
        ? {
            vi: "Tìm thấy dòng tiêu đề bảng nhưng không có dòng số liệu nào.",
            en: "Found a table header but no data rows.",
          }
        : {
            vi: "Không tìm thấy bảng xếp hạng: cần một dòng tiêu đề cột phân cách bằng tab, có cột “Thứ hạng” và cột tên cơ quan.",
            en: "No ranked table found: expected a tab-separated header row with a “Thứ hạng” (rank) column and an agency-name column.",
          },
    };
  }
  return { tables: withRows };
}

export function rankedTable(
  source: TextTable,
  matcherFor: (b?: BlockId) => AgencyMatcher,
): PastedRankedTable {
  const table = newTable(source.header, source.line, source.title);
  const { columns } = table;
  for (const { line, raw, cells } of source.rows) {
    const rankText = cells[columns.rank] ?? "";
    const nameText = cells[columns.name] ?? "";
    if (rankText === "" && TOTAL_LABEL.test(nameText)) {
      table.total = { line, cells };
      continue;
    }
    if (rankText === "" && nameText === "") {
      table.skipped.push({ line, text: raw, reason: "continuation" });
      continue;
    }
    if (nameText === "") {
      table.skipped.push({ line, text: raw, reason: "not-a-row" });
      continue;
    }
    const expected: ExpectedKind =
      table.measure === "index" ? "index" : "count";
    table.rows.push({
      line,
      cells,
      publishedRank: parseVietnameseNumber(rankText, "count"),
      agencies: splitAgencyCell(nameText, matcherFor(table.block)),
      value: parseVietnameseNumber(cells[columns.value] ?? "", expected),
      ...(columns.website !== undefined && cells[columns.website]
        ? { website: cells[columns.website] }
        : {}),
    });
  }
  inferBlock(table, matcherFor);
  return table;
}

/** A header with a rank column and an agency-name column. */
export function isRankedHeader(cells: string[]): boolean {
  return (
    RANK_HEADER.test(cells[0] ?? "") &&
    cells.slice(1).some((c) => NAME_HEADER.test(c))
  );
}

function newTable(
  header: string[],
  line: number,
  title: string | undefined,
): PastedRankedTable {
  const name = header.findIndex(
    (c, i) => i > 0 && NAME_HEADER.test(c) && !WEBSITE_HEADER.test(c),
  );
  const websiteAt = header.findIndex(
    (c, i) => i > name && WEBSITE_HEADER.test(c),
  );
  let value = -1;
  for (let i = header.length - 1; i > name; i--) {
    if (i !== websiteAt && VALUE_HEADER.test(header[i])) {
      value = i;
      break;
    }
  }
  if (value < 0) value = header.length - 1;
  const headerText = header.join(" ");
  const measure: Measure = /hồ sơ/i.test(header[value])
    ? "dossiers"
    : /mức độ|dvctt|dịch vụ/i.test(headerText)
      ? "services"
      : "index";
  const tableNo = title ? TITLE.exec(title)?.[2] : undefined;
  return {
    ...(title ? { title } : {}),
    ...(tableNo ? { tableNo } : {}),
    line,
    header,
    block:
      blockFromText(header[name]) ?? (title ? blockFromText(title) : undefined),
    group: title
      ? groupFromTitle(title)
      : measure === "index"
        ? undefined
        : "N4",
    measure,
    columns: {
      rank: 0,
      name,
      value,
      ...(websiteAt >= 0 ? { website: websiteAt } : {}),
    },
    rows: [],
    skipped: [],
  };
}

/** A header that names no block (`Đơn vị`) takes the block most of its names belong to; names are then re-matched within it. */
function inferBlock(
  table: PastedRankedTable,
  matcherFor: (b?: BlockId) => AgencyMatcher,
): void {
  if (table.block) return;
  const votes = new Map<BlockId, number>();
  for (const row of table.rows)
    for (const m of row.agencies)
      if (isResolved(m))
        votes.set(m.agency.block, (votes.get(m.agency.block) ?? 0) + 1);
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (!best) return;
  table.block = best[0];
  const matcher = matcherFor(best[0]);
  for (const row of table.rows)
    row.agencies = splitAgencyCell(row.cells[table.columns.name], matcher);
}
