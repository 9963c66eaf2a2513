/**
 * The one shape every checked table takes, whether it was pasted as text or read from a sheet:
 * columns with a kind (and a canonical name when their role is recognised), rows of parsed
 * cells, each cell knowing where it is (A1 address, or line and column of the pasted text).
 */
import type { AgencyMatch } from "../agencies/matchAgency";
import type { BlockId } from "../agencies/registerSchema";
import type { ParsedNumber } from "../numbers/parseVietnameseNumber";
import type {
  ColumnRole,
  Measure,
  RecognisedTable,
} from "../tables/recognise/types";
import type { Msg } from "../msg";
import { tableNameEn } from "../tables/recognise/understood";

export type ColumnKind =
  | "rank"
  | "name"
  | "website"
  | "index"
  | "count"
  | "percent"
  | "fraction"
  | "number"
  | "text";

/**
 * ranked: a ranked table (index, services or dossiers); services-summary: totals of services by
 * level (Bảng 2.5, 4.5); count-summary: numbers of agencies with a property (Bảng 4.6);
 * generic: any other table of figures.
 */
export type TableKind =
  "ranked" | "services-summary" | "count-summary" | "generic";

export interface CheckColumn {
  /** Canonical name when the role is recognised (`Mức độ 3`, `Tổng cộng`, `Chỉ số`), else the header. */
  name: string;
  header: string;
  kind: ColumnKind;
  role?: ColumnRole;
  /** Level of online service of a part column (`Mức độ 3`). */
  level?: number;
}

export interface Location {
  /** File or workbook. */
  source: string;
  /** Table title or sheet name. */
  table: string;
  /** A1 address, for a sheet. */
  cell?: string;
  /** 1-based line and tab-column, for pasted text. */
  line?: number;
  column?: number;
  /** Column name, for people. */
  field?: string;
}

export interface CheckCell {
  text: string;
  parsed: ParsedNumber;
  where: Location;
}

export interface CheckRow {
  /** 0-based position among the table's data rows. */
  index: number;
  label: string;
  agencies: AgencyMatch[];
  cells: CheckCell[];
  /** The row's own kind of figures, in a table whose rows are variables. */
  kind?: ColumnKind;
}

/** Rows that add up to a total row (a group and its subtotal, or every row and the total). */
export interface CheckSum {
  total: CheckRow;
  parts: CheckRow[];
  /** Each part at most the total (`Trong đó …`), rather than adding up to it. */
  subset: boolean;
  label: string;
}

export interface CheckTable {
  source: string;
  name: string;
  /** The sheet the table comes from, for a workbook. */
  sheet?: string;
  kind: TableKind;
  block?: BlockId;
  group?: string;
  measure?: Measure;
  columns: CheckColumn[];
  rows: CheckRow[];
  total?: CheckRow;
  /** Column positions of the roles a ranked table has. */
  roles: {
    rank?: number;
    name?: number;
    website?: number;
    value?: number;
    previousRank?: number;
    previousValue?: number;
  };
  /** Words of the title, used to pair summary tables with their detail tables. */
  title?: string;
  /** Whether the variables are the columns (as usual) or the rows (periods or groups as columns). */
  variables?: "columns" | "rows";
  /** Sums within groups of rows (subtotals), besides the table's total row. */
  sums?: CheckSum[];
  /** How much of the block the table lists (an excerpt is said once). */
  coverage?: RecognisedTable["coverage"];
  /** What the table was understood to be, in words. */
  understood?: Msg;
  /** The register edition its agencies were matched in (`2025`), when one was chosen. */
  edition?: string;
  /** The period its figures are of (`2023`), when the title or header says. */
  period?: string;
  /** Checked by the rules given for it alone (a view across sheets), not by a table's defaults. */
  onlyGivenRules?: boolean;
}

export function columnIndex(table: CheckTable, name: string): number {
  return table.columns.findIndex((c) => c.name === name);
}

/** Human label of a place: `Bảng 4.7, dòng 23` or `Dữ liệu!D7`. */
export function describeLocation(where: Location): Msg {
  if (where.cell)
    return {
      vi: `${where.table}!${where.cell}`,
      en: `${where.table}!${where.cell}`,
    };
  const line = where.line ? `, dòng ${where.line}` : "";
  const col = where.column ? `, cột ${where.column}` : "";
  return {
    vi: `${where.source}: ${where.table}${line}${col}`,
    en: `${where.source}: ${tableNameEn(where.table)}${where.line ? `, line ${where.line}` : ""}${where.column ? `, column ${where.column}` : ""}`,
  };
}
