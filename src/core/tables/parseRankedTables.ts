/**
 * The rankings among the tables of a pasted text: agency rows with a published rank and/or a
 * value to rank by, the previous period's rank or value where the table gives one. Never
 * throws: when no table is a ranking, the problem says what each table was understood to be.
 */
import type { AgencyRegister } from "../agencies/agencyRegister";
import type { AgencyMatch } from "../agencies/matchAgency";
import type { BlockId } from "../agencies/registerSchema";
import {
  ExpectedKind,
  ParsedNumber,
  parseVietnameseNumber,
} from "../numbers/parseVietnameseNumber";
import { ReadOptions, readTables } from "./readTables";
import type { Measure, RecognisedTable, TableRow } from "./recognise/types";
import { describeTable } from "./recognise/understood";
import type { Msg } from "../msg";

export type { Measure } from "./recognise/types";

export interface PastedRow {
  /** 1-based line of the agency's cell in the pasted text. */
  line: number;
  /** The row's cells, one per recognised column. */
  cells: string[];
  publishedRank: ParsedNumber;
  /** One match per agency named in the cell (usually one). */
  agencies: AgencyMatch[];
  value: ParsedNumber;
  website?: string;
  /** The previous period's published rank and value, where the table gives them. */
  previousRank?: ParsedNumber;
  previousValue?: ParsedNumber;
}

export interface PastedRankedTable {
  title?: string;
  /** Table number as printed, e.g. `2.1`. */
  tableNo?: string;
  /** First line of the table. */
  line: number;
  /** The recognised columns' headers. */
  header: string[];
  block?: BlockId;
  /** Criteria group id, when the title or the columns say which. */
  group?: string;
  measure: Measure;
  /** Decimals the values are shown with. */
  decimals: number;
  columns: {
    rank?: number;
    name: number;
    website?: number;
    value?: number;
    previousRank?: number;
    previousValue?: number;
  };
  /** The periods of the current and previous columns, as printed. */
  periods: { current?: string; previous?: string };
  /** Only some rows of a longer ranking (the top and the bottom): its ranks stand as published. */
  excerpt: boolean;
  rows: PastedRow[];
  /** The total row, if any. */
  total?: { line: number; cells: string[] };
  /** The whole understanding of the table. */
  recognised: RecognisedTable;
}

export interface ParseResult {
  tables: PastedRankedTable[];
  /** Why nothing was found, when tables is empty: what each table was understood to be. */
  problem?: Msg;
  /** Every table found in the text, rankings or not. */
  found: RecognisedTable[];
}

export function parseRankedTables(
  text: string,
  register: AgencyRegister,
  options: ReadOptions = {},
): ParseResult {
  const found = readTables(text, register, options);
  const tables = found
    // A ranking names its agencies: one whose agency column the user set aside is not one.
    .filter(
      (t) =>
        t.shape === "ranking" &&
        t.rows.length > 0 &&
        t.roles.agency !== undefined,
    )
    .map(rankedView);
  if (tables.length) return { tables, found };
  if (found.length === 0)
    return {
      tables,
      found,
      problem: {
        vi: "Không tìm thấy bảng xếp hạng: văn bản không có bảng nào (cần các dòng có ô phân cách bằng tab, mỗi ô một dòng, hoặc các dòng “hạng tên giá trị”, có cột tên cơ quan).",
        en: "No ranked table found: the text has no table (expected rows of tab-separated cells, one cell per line, or “rank name value” lines, with a column of agency names).",
      },
    };
  const what = found.map((t) => describeTable(t, register));
  return {
    tables,
    found,
    problem: {
      vi: `Không tìm thấy bảng xếp hạng. Đã đọc ${found.length} bảng: ${what.map((w) => w.vi).join("; ")}. Nếu bảng có cột thứ hạng hoặc giá trị, hãy chỉ rõ các cột (ví dụ --columns rank=1,agency=2,value=3).`,
      en: `No ranked table found. Read ${found.length} table(s): ${what.map((w) => w.en).join("; ")}. If the table has a rank or value column, name the columns (e.g. --columns rank=1,agency=2,value=3).`,
    },
  };
}

/** A recognised ranking as rows of rank, agencies and value. */
export function rankedView(t: RecognisedTable): PastedRankedTable {
  const { roles } = t;
  const measure = t.measure ?? "score";
  const expected: ExpectedKind =
    measure === "index" ? "index" : measure === "score" ? "any" : "count";
  const text = (row: TableRow, k: number | undefined) =>
    k === undefined ? "" : row.cells[k].text;
  const name = roles.agency!;
  const rows: PastedRow[] = t.rows.map((r) => ({
    line: r.cells[name].line,
    cells: r.cells.map((c) => c.text),
    publishedRank: parseVietnameseNumber(text(r, roles.rank), "count"),
    agencies: r.agencies,
    value: parseVietnameseNumber(text(r, roles.value), expected),
    ...(roles.website !== undefined && text(r, roles.website)
      ? { website: text(r, roles.website) }
      : {}),
    ...(roles.previousRank !== undefined
      ? {
          previousRank: parseVietnameseNumber(
            text(r, roles.previousRank),
            "count",
          ),
        }
      : {}),
    ...(roles.previousValue !== undefined
      ? {
          previousValue: parseVietnameseNumber(
            text(r, roles.previousValue),
            expected,
          ),
        }
      : {}),
  }));
  // The values are shown with the most decimals the table prints, up to the 15 a double holds
  // (a pasted `0,000…0001` of 150 decimals is not printed back as 150 digits of noise).
  const decimals = Math.min(
    15,
    rows.reduce((d, r) => Math.max(d, r.value.decimals), 0),
  );
  return {
    ...(t.title ? { title: t.title } : {}),
    ...(t.tableNo ? { tableNo: t.tableNo } : {}),
    line: t.line,
    header: t.columns.map((c) => c.header),
    ...(t.block ? { block: t.block } : {}),
    ...(t.group ? { group: t.group } : {}),
    measure,
    decimals,
    columns: {
      name,
      ...(roles.rank !== undefined ? { rank: roles.rank } : {}),
      ...(roles.value !== undefined ? { value: roles.value } : {}),
      ...(roles.website !== undefined ? { website: roles.website } : {}),
      ...(roles.previousRank !== undefined
        ? { previousRank: roles.previousRank }
        : {}),
      ...(roles.previousValue !== undefined
        ? { previousValue: roles.previousValue }
        : {}),
    },
    periods: {
      ...(t.periods.current ? { current: t.periods.current.label } : {}),
      ...(t.periods.previous ? { previous: t.periods.previous.label } : {}),
    },
    excerpt: t.coverage?.excerpt === true && t.coverage.why !== "partial-list",
    rows,
    ...(t.total
      ? {
          total: {
            line: t.total.cells[name].line,
            cells: t.total.cells.map((c) => c.text),
          },
        }
      : {}),
    recognised: t,
  };
}
