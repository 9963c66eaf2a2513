/**
 * One codec per sheet: each column is declared once — its header, format, and how a
 * value is written to it — and reading finds a cell by that same declaration, never by a header
 * typed again.
 */
import type {
  Cell,
  ColumnSpec,
  SheetTable,
  TableToWrite,
} from "../workbookPort";

export const TEXT: ColumnSpec["format"] = { kind: "text" };
export const num = (decimals: number): ColumnSpec["format"] => ({
  kind: "number",
  decimals,
});

export interface SheetColumn<R> extends ColumnSpec {
  /** The cell of this column for one row of the sheet. */
  write: (row: R) => Cell;
}

export function column<R>(
  header: string,
  format: ColumnSpec["format"],
  write: (row: R) => Cell,
): SheetColumn<R> {
  return { header, format, write };
}

/** The rows as a table to write, one cell per declared column. */
export function sheetTable<R>(
  sheet: string,
  tableName: string,
  columns: readonly SheetColumn<R>[],
  rows: readonly R[],
): TableToWrite {
  return {
    sheet,
    tableName,
    columns: columns.map((c) => ({
      header: c.header,
      format: c.format,
      ...(c.width !== undefined ? { width: c.width } : {}),
      ...(c.choices ? { choices: c.choices } : {}),
    })),
    rows: rows.map((r) => columns.map((c) => c.write(r))),
  };
}

/** Reading a sheet by its declared columns: a cell of a row, undefined when empty or the column is gone. */
export function columnReader(table: SheetTable) {
  const at = new Map(table.header.map((h, k) => [h.trim(), k]));
  return {
    index: (c: { header: string }) => at.get(c.header) ?? -1,
    cell: (row: Cell[], c: { header: string }): Cell | undefined => {
      const k = at.get(c.header);
      const v = k === undefined ? undefined : row[k];
      return v === null || v === undefined || v === "" ? undefined : v;
    },
  };
}
