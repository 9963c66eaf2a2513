/**
 * The one port to a spreadsheet. The Excel gateway (office/) and the .xlsx gateway (xlsx/)
 * implement it; everything above works on plain rows.
 */
export type Cell = string | number | boolean | null;

/**
 * How a column is shown: text (never a formula), a number with fixed decimals, a link to a cell
 * of the workbook (the value is `Sheet!A1`), or a link to a sheet (the value is its name).
 */
export type ColumnFormat =
  | { kind: "text" }
  | { kind: "link" }
  | { kind: "sheet" }
  | { kind: "number"; decimals: number; grouping?: boolean };

/** The cells of a table's link columns: where they are (0-based in the rows) and what they point to. */
export function linksOf(
  t: TableToWrite,
): { row: number; column: number; target: string; text: string }[] {
  return t.columns.flatMap((c, column) =>
    c.format.kind !== "link" && c.format.kind !== "sheet"
      ? []
      : t.rows.flatMap((r, row) => {
          const value = r[column];
          if (typeof value !== "string" || !value) return [];
          const target =
            c.format.kind === "sheet"
              ? `${quoteSheet(value)}!A1`
              : linkTarget(value);
          return target ? [{ row, column, target, text: value }] : [];
        }),
  );
}

/** `Dữ liệu!D7` → `'Dữ liệu'!D7`, the form a hyperlink's document reference takes. */
export function linkTarget(value: string): string | undefined {
  const m = /^(.+)!([A-Z]+\d+)$/.exec(value);
  return m ? `${quoteSheet(m[1])}!${m[2]}` : undefined;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export interface ColumnSpec {
  header: string;
  format: ColumnFormat;
  /** At least this wide, in characters, where a user will type (the rules sheet); else from the content. */
  width?: number;
  /** A drop-down on the column's cells: fixed values, or a range (`'Danh mục'!$B$2:$B$94`). */
  choices?: { values: string[] } | { range: string };
  /** The column a reader's eye starts from (the rank): set in bold. */
  emphasis?: boolean;
}

/** A table read from a sheet: the header row and the rows below it, as values and as text. */

/** `{ title }` when a row above the header holds exactly one filled cell (the title). */
export function titleOf(rows: Cell[][], headerAt: number): { title?: string } {
  for (const row of rows.slice(0, headerAt)) {
    const filled = row.filter((v) => v !== null && v !== "");
    if (filled.length === 1) return { title: String(filled[0]) };
  }
  return {};
}
export interface SheetTable {
  sheet: string;
  header: string[];
  rows: Cell[][];
  /** The text Excel shows for each cell (catches `0,960` stored as 960). */
  text: string[][];
  /** 1-based sheet row of the header; data row k is at headerRow + 1 + k. */
  headerRow: number;
  /** The text of the first single-cell row above the header (the title the tool wrote). */
  title?: string;
}

/** A table to write: one sheet, an optional title line, a header, rows. */
export interface TableToWrite {
  sheet: string;
  /** Excel table name (letters, digits, underscores). */
  tableName: string;
  title?: string;
  columns: ColumnSpec[];
  rows: Cell[][];
  /** A native chart beside the table: one bar (or band) per row, labelled by one column. */
  chart?: TableChart;
}

export type TableChart =
  | {
      kind?: "bars";
      title: string;
      /** Column (0-based) of the bars' labels. */
      labels: number;
      /** Column (0-based) of the bars' values. */
      values: number;
    }
  | {
      /** A band per row from `low` over `width`, with a dot at `dot` (ranks: 1 at the top). */
      kind: "band";
      title: string;
      labels: number;
      low: number;
      width: number;
      dot: number;
    };

/** A finding shown on its cell. */
export interface CellMark {
  sheet: string;
  /** A1 address. */
  cell: string;
  severity: "error" | "warning" | "info";
  /** The finding in words, left as a note on the cell (never over a note the user wrote). */
  note?: string;
}

/** Fills by severity: soft enough to read the figure through. */
export const MARK_COLORS: Record<CellMark["severity"], string> = {
  error: "#F8C9C4",
  warning: "#FFE8A3",
  info: "#D6E9F8",
};
export interface WorkbookSettings {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** What to do when a structured sheet is missing. */
export const PREPARE_FIRST = {
  vi: "Hãy làm bước 1 (Chuẩn bị) trước: bấm “Tạo hoặc sửa các trang tính” (dòng lệnh: tạo sổ tính mẫu bằng chiso template).",
  en: "Do step 1 (Prepare) first: press “Create or repair the sheets” (command line: make the template with chiso template).",
};

/** The hidden sheet listing the sheets the tool made: only those may be replaced as "owned". */
export const OWNED_SHEET = "ChiSo_SoHuu";

/** The hidden sheet where the add-in remembers which cells it marked and their fill before. */
export const MARKS_SHEET = "ChiSo_DanhDau";

/** The tool's own hidden state: never a table to read, list, print or check. */
export const isStateSheet = (name: string): boolean =>
  name === OWNED_SHEET || name === MARKS_SHEET;

export interface WorkbookPort {
  sheetNames(): Promise<string[]>;
  /** The table on a sheet (header in the first non-empty row, or the row after the title). */
  readTable(sheet: string): Promise<SheetTable | undefined>;
  /**
   * Writes tables as new sheets. With `owned`, a sheet that exists is replaced if the tool made
   * it (it is listed in the hidden OWNED_SHEET); any other existing sheet — a user's, even one
   * with the same name as a result sheet — makes the write refused before anything changes.
   */
  writeTables(
    tables: TableToWrite[],
    options: { owned: boolean },
  ): Promise<void>;
  /**
   * Marks cells with a fill by severity, after taking off the marks of the previous run: a
   * cell gets its own fill back, unless the user has changed it since.
   */
  markCells(marks: CellMark[]): Promise<void>;
  /**
   * Deletes sheets (a methodology's structured sheets, replaced by another's). Sheets not there
   * are passed over; a deletion that would leave no visible sheet is refused before any change.
   */
  deleteSheets(names: string[]): Promise<void>;
  /** The sheets the tool wrote as its own (results): listed in OWNED_SHEET, still there. */
  ownedSheets(): Promise<string[]>;
  /** Writes single values into existing cells (pasted figures into a structured sheet). */
  updateCells(
    sheet: string,
    updates: { cell: string; value: Cell }[],
  ): Promise<void>;
  /** Selects a cell for the user (a finding clicked in the pane). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Calls `listener` when a person edits a sheet (not when the tool writes), so results can be
   * said to be stale. Returns the way to stop listening. Gateways without live editing (a
   * file) do not have it.
   */
  onChange?(listener: (sheet: string) => void): Promise<() => void>;
  /** Small settings kept in the workbook itself (the language, the last weights). */
  settings?: WorkbookSettings;
}
