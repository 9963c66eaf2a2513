/**
 * How a table the tool writes to a file looks and prints, in Excel and in any other application
 * that opens an .xlsx: the title, header and rank styled on the cells themselves (a table style
 * alone is Excel's), one named font, widths from the content, one page wide with the header
 * repeated on every page. And how the file opens: on its contents (or first result), with the
 * tool's hidden state sheets last.
 */
import type ExcelJS from "exceljs";
import { CONTENTS_SHEET } from "../sheets";
import { isStateSheet, TableToWrite } from "../workbookPort";

/** A named font: without a name, a bold style falls back to a serif face outside Excel. */
export const FONT = "Calibri";
const HEADER_FILL = "FFDDEBF7";
const BORDER = "FF8EA9C1";
/** Widths, in characters of the default font. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** A header wraps onto two or three lines rather than widening its column past this. */
const HEADER_WIDTH = 18;
/** What fits across an A4 page in portrait at 100 %: wider tables print landscape. */
const PORTRAIT_WIDTH = 95;

/** A column's width from the longest text it shows, the header allowed to wrap. */
export function columnWidths(t: TableToWrite): number[] {
  return t.columns.map((c, k) => {
    let longest = 0;
    for (const row of t.rows)
      longest = Math.max(longest, shownLength(row[k], c.format));
    const header = Math.min(
      c.header.length,
      Math.max(HEADER_WIDTH, ...c.header.split(/\s+/).map((w) => w.length)),
    );
    return Math.min(
      MAX_WIDTH,
      Math.max(MIN_WIDTH, longest, header, (c.width ?? 0) - 2) + 2,
    );
  });
}

function shownLength(
  v: unknown,
  format: TableToWrite["columns"][number]["format"],
): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number" && format.kind === "number") {
    const digits = Math.abs(v).toFixed(format.decimals);
    const int = digits.split(".")[0].length;
    const grouping =
      (format.grouping ?? format.decimals === 0)
        ? Math.floor((int - 1) / 3)
        : 0;
    return digits.length + grouping + (v < 0 ? 1 : 0);
  }
  return Math.max(
    ...String(v)
      .split("\n")
      .map((line) => line.length),
  );
}

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/** Lines a text takes in a column of this width, wrapped at words. */
function linesIn(text: string, width: number): number {
  const room = Math.max(1, width - 2); // a column is 2 wider than its longest line
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/)) {
      if (used > 0 && used + 1 + word.length > room) {
        lines++;
        used = word.length;
      } else used += (used > 0 ? 1 : 0) + word.length;
    }
  }
  return lines;
}

/** Title, header and rank styled on their cells; every cell in the named font; print setup. */
export function layOutTable(
  ws: ExcelJS.Worksheet,
  t: TableToWrite,
  top: number,
): void {
  const widths = columnWidths(t);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const last = top + Math.max(1, t.rows.length);
  for (let r = top; r <= last; r++) {
    const row = ws.getRow(r);
    // Wrapped text needs its row's height written: not every application measures it again.
    const values =
      r === top ? t.columns.map((c) => c.header) : (t.rows[r - top - 1] ?? []);
    const lines = Math.max(
      1,
      ...values.map((v, i) =>
        typeof v === "string" ? linesIn(v, widths[i]) : 1,
      ),
    );
    if (lines > 1) row.height = LINE_HEIGHT * lines;
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const header = r === top;
      cell.font = { name: FONT, size: 11, bold: header || c.emphasis === true };
      if (header) {
        cell.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: HEADER_FILL },
        };
        cell.border = { bottom: { style: "thin", color: { argb: BORDER } } };
        cell.alignment = { wrapText: true, vertical: "bottom" };
      } else
        cell.alignment = { wrapText: widths[i] === MAX_WIDTH, vertical: "top" };
    });
  }
  if (t.title) ws.getCell(1, 1).font = { name: FONT, size: 13, bold: true };
  const wide = widths.reduce((a, b) => a + b, 0) > PORTRAIT_WIDTH;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: wide ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as it takes
    printTitlesRow: `${top}:${top}`,
  };
  // The sheet's name at the left of every page's foot, the page and the count at the right.
  ws.headerFooter = { ...ws.headerFooter, oddFooter: "&L&A&R&P / &N" };
}

/**
 * The order and the first view of a file: the contents first, then the tool's results, then the
 * other sheets, the hidden state last; it opens on the first visible sheet.
 */
export function finishWorkbook(
  wb: ExcelJS.Workbook,
  results: Set<string>,
): void {
  const rank = (ws: ExcelJS.Worksheet) =>
    isStateSheet(ws.name) || ws.state === "veryHidden" || ws.state === "hidden"
      ? 3
      : ws.name === CONTENTS_SHEET
        ? 0
        : results.has(ws.name)
          ? 1
          : 2;
  const sheets = wb.worksheets
    .map((ws, i) => ({ ws, i }))
    .sort((a, b) => rank(a.ws) - rank(b.ws) || a.i - b.i)
    .map(({ ws }) => ws);
  // ExcelJS writes sheets by `orderNo` and reads `tabSelected`; its typings have neither.
  sheets.forEach(
    (ws, i) => ((ws as unknown as { orderNo: number }).orderNo = i),
  );
  const first = Math.max(
    0,
    sheets.findIndex((ws) => rank(ws) < 3),
  );
  sheets.forEach((ws, i) => {
    const view = ws.views?.[0] ?? {};
    ws.views = [
      { ...view, tabSelected: i === first } as unknown as ExcelJS.WorksheetView,
    ];
  });
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: first,
      visibility: "visible",
    },
  ];
}
