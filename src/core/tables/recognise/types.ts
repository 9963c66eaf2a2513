/**
 * A table as understood: what each column is (its role, decided by its contents with the header
 * words as hints), what each row is (an agency, a labelled row of a group, a subtotal, the
 * total), the block, the criteria group, the periods, and whether it is an excerpt. Every cell
 * still knows the line and column it came from.
 */
import type { AgencyMatch } from "../../agencies/matchAgency";
import type { Agency, BlockId } from "../../agencies/registerSchema";
import type { Grid, Layout, SourceCell } from "../layout/grid";
import type { Period } from "../vocabulary/profile";
import type { Msg } from "../../msg";

/** Which edition of the register a paste was read with, and why (see chooseEdition.ts). */
export interface EditionChoice {
  /** The edition's year, e.g. `2025`. */
  edition: string;
  why: "asked" | "period" | "names";
  /** The year the tables name, if any. */
  year?: number;
  said: Msg;
}

export type ColumnRole =
  | "row-number"
  | "rank"
  | "agency"
  | "value"
  | "part"
  | "total"
  | "website"
  | "label"
  | "note"
  | "ignore";

/** What the cells of a column (or, for tables whose rows are variables, a row) hold. */
export type ValueKind =
  "rank" | "index" | "count" | "percent" | "fraction" | "number" | "text";

/** What a ranked table ranks by. `score`: any other figure; `count`: any other whole number. */
export type Measure = "index" | "services" | "dossiers" | "count" | "score";

export interface TableColumn {
  /** The header as printed (header rows joined), or empty. */
  header: string;
  role: ColumnRole;
  kind: ValueKind;
  /** 0-based column of the grid the cells come from; both parts of a combined cell share it. */
  source: number;
  /** Which part of a combined `rank (value)` cell. */
  part?: "rank" | "value";
  period?: Period;
  /** Level of online service (`Mức độ 3`), for part columns and the level columns of prose tables. */
  level?: number;
  /** How the role was decided: by the header's words, by the cells, or by the user. */
  because: "header" | "content" | "user";
}

export interface TableRow {
  /** One cell per column; a combined cell's parts carry the part's text and the cell's place. */
  cells: SourceCell[];
  /** The agencies named in the agency cell (usually one). */
  agencies: AgencyMatch[];
  /** The agency cell's text, or the row's labels joined with ` › `. */
  label: string;
  /** Outer label of a group of rows (written once, carried down). */
  group?: string;
  /** data; total: the table's total row; subtotal: the total of its group. */
  kind: "data" | "total" | "subtotal";
  /** The row's own kind of figures, where rows are variables (periods as columns, row groups). */
  valueKind?: ValueKind;
}

/** The rows of a group and the row that is their total, as the labels and the layout say. */
export interface RowSum {
  total: TableRow;
  parts: TableRow[];
  /** parts ≤ total each (`Trong đó …`) rather than parts adding up to the total. */
  subset: boolean;
  label: string;
}

/**
 * ranking: agency rows with a published rank or a value to rank by; agency-figures: agency rows
 * with figures that are not a ranking (a task table); figures: any other table of figures;
 * no-figures: a table of text only.
 */
export type TableShape =
  "ranking" | "agency-figures" | "figures" | "no-figures";

/** The group id of the overall index, as ranked tables and the user's choice of group name it. */
export const OVERALL = "TH";

export interface ColumnOverrides {
  /** The first line of the table these are for; every table of the paste when absent. */
  table?: number;
  /** 1-based columns of the pasted table, as the user sees them. */
  rank?: number;
  agency?: number;
  value?: number;
  previousRank?: number;
  previousValue?: number;
  ignore?: number[];
  block?: BlockId;
  /**
   * What the table is a ranking of, when its title does not say: a criteria group's or a
   * criterion's id, or `TH` (the overall index); `""`: of none of the methodology's (a published
   * ranking kept for comparison).
   */
  group?: string;
  /** Rows the user left out (the line of the agency's cell): one of an agency listed twice. */
  skipLines?: number[];
}

export interface RecognisedTable {
  layout: Layout;
  /** First line (or sheet row) of the table. */
  line: number;
  title?: string;
  tableNo?: string;
  caption?: string;
  /** How people name the table: `Bảng 2.1`, or `Bảng ở dòng 12`. */
  name: string;
  shape: TableShape;
  /** The table was turned: agencies across the header (transposed), or one row per agency and figure (long). */
  reshaped?: "transposed" | "long";
  /** Whether the variables are the columns (as usual) or the rows (periods or groups as columns). */
  variables: "columns" | "rows";
  block?: BlockId;
  blockFrom?: "agencies" | "words" | "user";
  group?: string;
  /** How the group was known: the words of the title or header, the columns' roles, or the user. */
  groupFrom?: "words" | "roles" | "user";
  measure?: Measure;
  columns: TableColumn[];
  rows: TableRow[];
  total?: TableRow;
  sums: RowSum[];
  /** Column positions of the roles (in `columns`). */
  roles: {
    agency?: number;
    rank?: number;
    value?: number;
    website?: number;
    previousRank?: number;
    previousValue?: number;
    rowNumber?: number;
  };
  periods: { current?: Period; previous?: Period };
  /** Agencies of the block the table does not list, when it lists only some. */
  coverage?: {
    listed: number;
    of: number;
    missing: Agency[];
    /** Said once as information (an excerpt, a list of those that have the measure), not per agency. */
    excerpt: boolean;
    why?: "row-numbers-jump" | "ranks-jump" | "most-missing" | "partial-list";
  };
  skipped: Grid["skipped"];
  /** Lines of rows that listed several items, a figure for each in every cell: a row per item. */
  listed?: number[];
  /** Lines of rows short of a dropped cell, placed by their content. */
  aligned?: number[];
  /** Rows that could not be read as rows of this table (a line continuing the row above, a note). */
  continuation: { line: number; cells: SourceCell[] }[];
  /** Why the table is not a ranking, in words, when it is not. */
  reason?: Msg;
  /** The edition of the register the table was read with, and why. */
  edition?: EditionChoice;
}
