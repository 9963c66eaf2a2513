/**
 * Tables written to Excel: new sheets (a sheet of the tool's replaced under a free name first,
 * since Excel keeps at least one visible sheet), the title and header, the rows in chunks under
 * the request budget with their number format set before their values (text `@`, so a name is
 * never a formula), then formatted — an Excel table, a frozen header, drop-downs, the rank in
 * bold, a chart beside it — and each cell of a link column made a hyperlink; the list of the
 * tool's own sheets last.
 */
import { freeTableNames, checkReplaceable } from "../writeRules";
import {
  Cell,
  ColumnSpec,
  linksOf,
  OWNED_SHEET,
  TableChart,
  TableToWrite,
} from "../workbookPort";
import {
  ExcelRun,
  OP_BYTES,
  payloadBytes,
  sendInBlocks,
  QueuedWrite,
  sendWrites,
} from "./requests";

/** Writes the tables (checked beforehand by the caller). */
export async function writeTablesInExcel(
  run: ExcelRun,
  tables: TableToWrite[],
  options: { owned: boolean },
  budget: number,
): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const registry = sheets.getItemOrNullObject(OWNED_SHEET);
    const listed = registry.getUsedRangeOrNullObject(true);
    listed.load("values");
    const excelTables = context.workbook.tables;
    excelTables.load("items/name,items/worksheet/name");
    await context.sync();
    const names = freeTableNames(
      tables,
      excelTables.items.map((x) => ({
        name: x.name,
        sheet: x.worksheet.name,
      })),
    );
    const existing = new Set(sheets.items.map((s) => s.name));
    const ours = new Set(
      registry.isNullObject || listed.isNullObject
        ? []
        : (listed.values as string[][]).map((r) => String(r[0])),
    );
    checkReplaceable(tables, (n) => existing.has(n), ours, options.owned);

    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const [k, t] of tables.entries()) {
      // A sheet replaced is added anew under a free name first, then the old one deleted and
      // the new one renamed: Excel refuses to delete a workbook's last visible sheet.
      const replacing = existing.has(t.sheet);
      const ws = sheets.add(replacing ? freeName(existing, k) : t.sheet);
      if (replacing) {
        sheets.getItem(t.sheet).delete();
        ws.name = t.sheet;
      }
      const top = t.title ? 2 : 0; // 0-based row of the header
      if (t.title) {
        const title = ws.getRange("A1");
        title.numberFormat = [["@"]];
        title.values = [[t.title]];
        title.format.font.bold = true;
      }
      const header = ws.getRangeByIndexes(top, 0, 1, t.columns.length);
      header.numberFormat = [t.columns.map(() => "@")];
      header.values = [t.columns.map((c) => c.header)];
    }
    await context.sync();

    // The rows, in chunks under the request budget; one sync per chunk.
    for (const t of tables)
      await writeRows(
        context,
        sheets.getItem(t.sheet),
        (t.title ? 2 : 0) + 1,
        t.rows,
        t.columns.map(numberFormat),
        budget,
      );

    // Formatting after the values — the table, widths, frozen header, drop-downs (fixed
    // answers or the register's names), the chart beside it — then each cell of a link column
    // made a hyperlink to the cell it names, then the list of owned sheets: in as few requests
    // as fit.
    const writes: QueuedWrite[] = [];
    for (const [k, t] of tables.entries()) {
      const top = t.title ? 2 : 0;
      writes.push({
        bytes:
          OP_BYTES * (6 + t.columns.length) +
          payloadBytes(t.columns.map((c) => c.choices ?? null)),
        queue: () => formatTable(sheets.getItem(t.sheet), t, top, names[k]),
      });
    }
    for (const t of tables)
      for (const l of linksOf(t))
        writes.push({
          bytes: OP_BYTES + payloadBytes([l.target, l.text]),
          queue: () => {
            sheets
              .getItem(t.sheet)
              .getRangeByIndexes(
                (t.title ? 2 : 0) + 1 + l.row,
                l.column,
                1,
                1,
              ).hyperlink = {
              documentReference: l.target,
              textToDisplay: l.text,
            };
          },
        });
    if (options.owned) {
      // Remember the sheets made here, so that the next run may replace them and only them.
      const owned = [...new Set([...ours, ...tables.map((t) => t.sheet)])];
      writes.push({
        bytes: OP_BYTES * 3 + payloadBytes(owned) * 2,
        queue: () =>
          void rememberIn(
            sheets,
            registry,
            OWNED_SHEET,
            owned.map((n) => [n]),
          ),
      });
    }
    await sendWrites(context, writes, budget);
  });
}

/** A written table's formatting: an Excel table, widths, a frozen header, drop-downs, its chart. */
function formatTable(
  ws: Excel.Worksheet,
  t: TableToWrite,
  top: number,
  name: string,
): void {
  const range = ws.getRangeByIndexes(
    top,
    0,
    Math.max(1, t.rows.length) + 1,
    t.columns.length,
  );
  const table = ws.tables.add(range, true);
  table.name = name;
  table.style = "TableStyleLight9";
  range.format.autofitColumns();
  ws.freezePanes.freezeRows(top + 1);
  t.columns.forEach((c, k) => {
    if (c.emphasis && t.rows.length > 0)
      ws.getRangeByIndexes(top + 1, k, t.rows.length, 1).format.font.bold =
        true;
    if (!c.choices || t.rows.length === 0) return;
    const source =
      "values" in c.choices
        ? c.choices.values.join(",")
        : `=${c.choices.range}`;
    ws.getRangeByIndexes(top + 1, k, t.rows.length, 1).dataValidation.rule = {
      list: { inCellDropDown: true, source },
    };
  });
  if (t.chart && t.rows.length > 0)
    addChart(ws, t.chart, top, t.rows.length, t.columns.length);
}

/**
 * Writes a state sheet of the add-in (very hidden): cleared and written again where it is, since
 * Excel refuses to delete a very hidden sheet; made where it is not. Sent with the next sync.
 */
export function rememberIn(
  sheets: Excel.WorksheetCollection,
  existing: Excel.Worksheet & { isNullObject: boolean },
  name: string,
  rows: string[][],
): Excel.Worksheet {
  let ws: Excel.Worksheet;
  if (existing.isNullObject) {
    ws = sheets.add(name);
    ws.visibility = "VeryHidden";
  } else {
    ws = existing;
    ws.getRange().clear();
  }
  if (rows.length) {
    const range = ws.getRangeByIndexes(0, 0, rows.length, rows[0].length);
    range.numberFormat = rows.map((r) => r.map(() => "@"));
    range.values = rows;
  }
  return ws;
}

/** A sheet name no sheet has, for a sheet about to take an existing one's name. */
function freeName(existing: Set<string>, k: number): string {
  let n = k;
  while (existing.has(`~chiso${n}`)) n++;
  return `~chiso${n}`;
}

/**
 * A chart beside a table, one column to its right. Bars: the values column as the bars, the
 * labels column as their names, the first row at the top as in the table. Band: columns per
 * row, an invisible one up to `low` and a visible one of `width` stacked on it, with the `dot`
 * column as markers; the rank axis runs downwards, rank 1 at the top.
 */
function addChart(
  ws: Excel.Worksheet,
  spec: TableChart,
  top: number,
  rows: number,
  columns: number,
): void {
  const column = (k: number, withHeader = false) =>
    withHeader
      ? ws.getRangeByIndexes(top, k, rows + 1, 1)
      : ws.getRangeByIndexes(top + 1, k, rows, 1);
  const labels = column(spec.labels);
  let chart: Excel.Chart;
  if (spec.kind === "band") {
    chart = ws.charts.add("ColumnStacked", column(spec.low, true), "Columns");
    const low = chart.series.getItemAt(0);
    low.setXAxisValues(labels);
    low.format.fill.clear();
    const band = chart.series.add("5–95 %");
    band.setValues(column(spec.width));
    const dot = chart.series.add("Hạng");
    dot.setValues(column(spec.dot));
    dot.chartType = "LineMarkers";
    dot.format.line.lineStyle = "None";
    chart.axes.valueAxis.reversePlotOrder = true;
    chart.legend.visible = true;
    chart.width = Math.max(420, 12 * rows + 80);
    chart.height = 300;
  } else {
    chart = ws.charts.add("BarClustered", column(spec.values, true), "Columns");
    chart.series.getItemAt(0).setXAxisValues(labels);
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.legend.visible = false;
    // About 15 points a bar, so that 63 names stay readable; never shorter than 12 rows of cells.
    chart.width = 420;
    chart.height = Math.max(180, 15 * rows + 60);
  }
  chart.title.text = spec.title;
  chart.setPosition(ws.getRangeByIndexes(top, columns + 1, 1, 1));
}

function numberFormat(c: ColumnSpec): string {
  if (c.format.kind !== "number") return "@";
  const int = (c.format.grouping ?? c.format.decimals === 0) ? "#,##0" : "0";
  return c.format.decimals > 0
    ? `${int}.${"0".repeat(c.format.decimals)}`
    : int;
}

export function toExcel(v: Cell): string | number | boolean {
  return v === null ? "" : v;
}

/** How many rows from `start` fit in the budget, in UTF-8 bytes, with their number formats (at least one). */
export function rowsThatFit(
  rows: Cell[][],
  start: number,
  budget: number,
  formats: string[] = [],
): number {
  const formatBytes = payloadBytes(formats) + 1;
  let size = 0;
  let i = start;
  while (i < rows.length) {
    size += payloadBytes(rows[i]) + 1 + formatBytes;
    if (size > budget && i > start) break;
    i++;
  }
  return i - start;
}

/**
 * Writes rows in chunks, one sync each: number formats first (text columns "@", so nothing is
 * read as a formula), then the values. A chunk Excel still finds too large is written again in
 * halves.
 */
async function writeRows(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  top: number,
  rows: Cell[][],
  formats: string[],
  budget: number,
): Promise<number> {
  const formatBytes = payloadBytes(formats) + 1;
  const at = rows.map((_, i) => i);
  return sendInBlocks(
    context,
    at,
    (i) => payloadBytes(rows[i]) + 1 + formatBytes,
    budget,
    (block) => {
      const range = ws.getRangeByIndexes(
        top + block[0],
        0,
        block.length,
        formats.length,
      );
      range.numberFormat = block.map(() => formats);
      range.values = block.map((i) => rows[i].map(toExcel));
    },
  );
}
