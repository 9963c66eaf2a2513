/**
 * A sheet's cells as a table, the same for every gateway: the header is the first row with two
 * filled cells (a title row has one), the table as wide as the widest row from the header down,
 * an empty cell is null, empty rows at the end are dropped, each cell's text is what its number
 * format shows, and the title is the single-cell row above the header. Each gateway gets the
 * cells its own way (and checks the sheet's size before reading them); this reads them.
 */
import { shownText } from "./shownText";
import { Cell, SheetTable, titleOf } from "./workbookPort";

export interface SheetCells {
  /** The values, row by row, from the sheet's first used row; ragged rows are fine. */
  values: Cell[][];
  /** A cell's number format, by its row and column in `values`. */
  format(row: number, column: number): string;
  /** 1-based sheet row of `values[0]`. */
  firstRow?: number;
}

const filled = (v: Cell | undefined) =>
  v !== null && v !== undefined && v !== "";

export function sheetTable(
  sheet: string,
  cells: SheetCells,
): SheetTable | undefined {
  const { values } = cells;
  const headerAt = values.findIndex((r) => r.filter(filled).length >= 2);
  if (headerAt < 0) return undefined;
  let end = values.length;
  while (end > headerAt + 1 && !values[end - 1].some(filled)) end--;
  const width = Math.max(
    ...values.slice(headerAt, end).map((r) => {
      let w = r.length;
      while (w > 0 && !filled(r[w - 1])) w--;
      return w;
    }),
  );
  const cell = (r: number, c: number): Cell =>
    filled(values[r][c]) ? values[r][c] : null;
  const body = Array.from(
    { length: end - headerAt - 1 },
    (_, k) => headerAt + 1 + k,
  );
  return {
    sheet,
    header: Array.from({ length: width }, (_, c) =>
      String(cell(headerAt, c) ?? "").trim(),
    ),
    rows: body.map((r) => Array.from({ length: width }, (_, c) => cell(r, c))),
    text: body.map((r) =>
      Array.from({ length: width }, (_, c) =>
        shownText(cell(r, c), cells.format(r, c)),
      ),
    ),
    headerRow: (cells.firstRow ?? 1) + headerAt,
    ...titleOf(values, headerAt),
  };
}
