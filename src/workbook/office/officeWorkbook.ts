/**
 * The workbook port over a live Excel workbook: the only code that calls `Excel.run`.
 *
 * One `Excel.run` per user action, `load` what is needed, then one `sync` per batch; a block is
 * written as one 2D array, formatted after, and made a table last. Excel on the web refuses a
 * request or a response over 5 MB, counted in UTF-8 bytes as Office.js sends it: every batch is
 * sized in those bytes to about 4 MB, and a batch Excel still finds too large is sent again at
 * half the size. Names and every text the add-in writes land with the `@` number format set
 * first, so a name starting with `=`, `+`, `-` or `@` stays text. The manifest asks for ExcelApi
 * 1.9; cell notes (1.18) are used only where the host has them.
 */
import type {
  Cell,
  CellMark,
  ColumnSpec,
  SheetTable,
  TableChart,
  TableToWrite,
  WorkbookPort,
} from "../workbookPort";
import { checkSheetSize } from "../../core/limits";
import { sheetTable } from "../sheetTable";
import { MissingSheetError, OldExcelError } from "../../core/userError";
import {
  checkSheetsToDelete,
  checkTablesToWrite,
  checkUpdates,
  checkReplaceable,
  freeTableNames,
} from "../writeRules";
import {
  linksOf,
  MARK_COLORS,
  MARKS_SHEET,
  OWNED_SHEET,
  PREPARE_FIRST,
} from "../workbookPort";

export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** The API set the manifest asks for; every call the gateway makes unguarded is in it. */
export const EXCEL_API_MINIMUM = "1.9";

/** About 4 MB of UTF-8 per request: under Excel on the web's 5 MB, with room for Office.js's own. */
export const REQUEST_BUDGET = 4_000_000;
/** Rows read per request, at most; fewer when the budget says so. */
export const READ_BLOCK_ROWS = 10_000;
/** Single-cell operations (links, marks) per request, at most; fewer when their bytes say so. */
export const CELL_OPS_PER_REQUEST = 2_000;
/** What Office.js adds to a request for one operation on one cell (its object path and action). */
const OP_BYTES = 160;
/** A cell's value and number format in a response, as estimated before reading it. */
const READ_CELL_BYTES = 100;

/**
 * Rows per read request: a cell's value and number format take about 100 bytes of JSON in the
 * response, so a block of rows × columns stays under the budget; a response Excel still finds
 * too large is read again in halves.
 */
export function readBlockRows(columns: number, budget: number): number {
  return Math.max(
    1,
    Math.min(
      READ_BLOCK_ROWS,
      Math.floor(budget / (READ_CELL_BYTES * Math.max(1, columns))),
    ),
  );
}

/** Where the host lacks a newer API set, its calls are not made. */
export function isSupported(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

/** UTF-8 bytes of a text, as it travels: Vietnamese letters take two or three. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value as Office.js sends it: its JSON. */
export const payloadBytes = (value: unknown): number =>
  utf8Bytes(JSON.stringify(value) ?? "");

const tooLarge = (e: unknown) =>
  [
    "RequestPayloadSizeLimitExceeded",
    "ResponsePayloadSizeLimitExceeded",
  ].includes((e as { code?: string }).code ?? "");

/**
 * Sends `items` in as few requests as fit: a block's items add up to at most `budget` bytes
 * (`size`, and no more than `most` items), `queue` puts the block's operations in the request and
 * may return what to do once it is sent, one sync sends it. A block Excel refuses as too large is
 * queued again in halves: a refused request changed nothing, and a read is read again. Returns
 * the number of syncs.
 */
async function sendInBlocks<T>(
  context: Excel.RequestContext,
  items: readonly T[],
  size: (item: T) => number,
  budget: number,
  queue: (block: T[]) => (() => void) | void,
  most = Number.POSITIVE_INFINITY,
): Promise<number> {
  let start = 0;
  let limit = budget;
  let sent = 0;
  while (start < items.length) {
    let end = start;
    let bytes = 0;
    while (end < items.length && end - start < most) {
      bytes += size(items[end]);
      if (bytes > limit && end > start) break;
      end++;
    }
    const block = items.slice(start, end);
    const then = queue(block);
    try {
      // One sync per block is the point: each request and response must stay under 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!tooLarge(e) || block.length === 1) throw e;
      limit = Math.max(1, Math.floor(Math.min(limit, bytes) / 2));
      continue;
    }
    then?.();
    sent++;
    start = end;
  }
  return sent;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;

  constructor(
    run: ExcelRun = (batch) => Excel.run(batch),
    private readonly budget = REQUEST_BUDGET,
  ) {
    // A host below the minimum (a manifest edited by hand) is refused before its first call,
    // rather than failing half way through a write.
    this.run = (batch) =>
      typeof Office !== "undefined" && !isSupported(EXCEL_API_MINIMUM)
        ? Promise.reject(new OldExcelError(EXCEL_API_MINIMUM))
        : run(batch);
  }

  markCells(marks: CellMark[]): Promise<void> {
    this.wrote([...marks.map((m) => m.sheet), MARKS_SHEET]);
    return markCellsInExcel(this.run, marks, notesSupported(), this.budget);
  }

  async deleteSheets(names: string[]): Promise<void> {
    this.wrote(names);
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      checkSheetsToDelete(
        sheets.items.map((s) => ({
          name: s.name,
          visible: s.visibility === "Visible",
        })),
        names,
      );
      const there = new Set(sheets.items.map((s) => s.name));
      for (const n of names) if (there.has(n)) sheets.getItem(n).delete();
      await context.sync();
    });
  }

  async updateCells(
    sheet: string,
    updates: { cell: string; value: Cell }[],
  ): Promise<void> {
    checkUpdates(sheet, updates);
    this.wrote([sheet]);
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) throw new MissingSheetError(sheet, PREPARE_FIRST);
      await sendInBlocks(
        context,
        updates,
        (u) => OP_BYTES + payloadBytes(u.value),
        this.budget,
        (block) => {
          for (const u of block)
            ws.getRange(u.cell).values = [[toExcel(u.value)]];
        },
        CELL_OPS_PER_REQUEST,
      );
    });
  }

  /**
   * A person's edits, reported for every sheet (ExcelApi 1.9). The tool's own writes are left
   * out: by their trigger source where the host says it (ExcelApi 1.14), else by the sheets it
   * wrote in the last few seconds.
   */
  async onChange(listener: (sheet: string) => void): Promise<() => void> {
    const handler = async (e: Excel.WorksheetChangedEventArgs) => {
      const source = (e as { triggerSource?: string }).triggerSource;
      if (source === "ThisLocalAddin") return;
      const name = await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(e.worksheetId);
        ws.load("name");
        await context.sync();
        return ws.name;
      });
      if (source === undefined && this.recentlyWritten(name)) return;
      listener(name);
    };
    const result = await this.run(async (context) => {
      const r = context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
      return r;
    });
    // A handler is removed in the request context it was added in.
    return () => {
      result.remove();
      void result.context.sync().catch(() => undefined); // the pane is closing: nothing to tell
    };
  }

  /** Sheets written by this gateway, with when: to tell its own change events from a person's. */
  private readonly written = new Map<string, number>();
  private wrote(sheets: Iterable<string>): void {
    const now = Date.now();
    for (const s of sheets) this.written.set(s, now);
  }
  private recentlyWritten(sheet: string): boolean {
    return Date.now() - (this.written.get(sheet) ?? 0) < 5_000;
  }

  /** Office's document settings: saved with the workbook. */
  readonly settings = {
    get: async (key: string): Promise<unknown> =>
      Office.context.document.settings.get(`chiso.${key}`) ?? undefined,
    set: (key: string, value: unknown): Promise<void> =>
      new Promise((resolve, reject) => {
        Office.context.document.settings.set(`chiso.${key}`, value);
        Office.context.document.settings.saveAsync((r) =>
          r.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(r.error),
        );
      }),
  };

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async ownedSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const listed = sheets
        .getItemOrNullObject(OWNED_SHEET)
        .getUsedRangeOrNullObject(true);
      listed.load("values");
      await context.sync();
      const there = new Set(sheets.items.map((s) => s.name));
      return listed.isNullObject
        ? []
        : (listed.values as unknown[][])
            .map((r) => String(r[0]))
            .filter((n) => there.has(n));
    });
  }

  /**
   * Reads values and number formats (never the shown text, which depends on the locale) in
   * blocks of rows, one sync per block, each response kept under the budget.
   */
  async readTable(sheet: string): Promise<SheetTable | undefined> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      if (ws.isNullObject || used.isNullObject) return undefined;
      checkSheetSize(used.rowCount, used.columnCount, { sheet });
      const values: Cell[][] = [];
      const formats: string[][] = [];
      const rows = Array.from({ length: used.rowCount }, (_, r) => r);
      const rowBytes = READ_CELL_BYTES * Math.max(1, used.columnCount);
      await sendInBlocks(
        context,
        rows,
        () => rowBytes,
        this.budget,
        (block) => {
          const range = ws.getRangeByIndexes(
            used.rowIndex + block[0],
            used.columnIndex,
            block.length,
            used.columnCount,
          );
          range.load("values,numberFormat");
          // Read once sendInBlocks has synced the block (the lint rule cannot follow it there).
          return () => {
            // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
            values.push(...(range.values as Cell[][]));
            // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
            formats.push(...(range.numberFormat as string[][]));
          };
        },
        READ_BLOCK_ROWS,
      );
      return sheetTable(sheet, {
        values,
        format: (row, column) => formats[row]?.[column] ?? "",
        firstRow: used.rowIndex + 1,
      });
    });
  }

  async writeTables(
    tables: TableToWrite[],
    options: { owned: boolean },
  ): Promise<void> {
    checkTablesToWrite(tables);
    this.wrote([...tables.map((t) => t.sheet), OWNED_SHEET]);
    await this.run(async (context) => {
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
          this.budget,
        );

      // Formatting after the values — the table, widths, frozen header, drop-downs (fixed
      // answers or the register's names), the chart beside it — then each cell of a link column
      // made a hyperlink to the cell it names, then the list of owned sheets: in as few requests
      // as fit.
      const writes: { bytes: number; queue: () => void }[] = [];
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
      await sendInBlocks(
        context,
        writes,
        (w) => w.bytes,
        this.budget,
        (block) => {
          for (const w of block) w.queue();
        },
        CELL_OPS_PER_REQUEST,
      );
    });
  }
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
function rememberIn(
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

function toExcel(v: Cell): string | number | boolean {
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

/** "none" where a cell had no fill. */
const NO_FILL = "none";
const MARK_HEADER = ["Trang", "Ô", "Màu trước", "Màu đánh dấu", "Ghi chú"];

/**
 * markCells for Excel: 1: what was marked last time; 2: those cells' fill (and note) now; 3: the
 * fill (and note) of the cells to mark; 4: restore the marks still ours, mark the new ones and
 * remember them — each step in blocks that fit one request. A note goes only where the user has
 * none (notes: ExcelApi 1.18).
 */
export async function markCellsInExcel(
  run: ExcelRun,
  marks: CellMark[],
  notes = notesSupported(),
  budget = REQUEST_BUDGET,
): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const store = sheets.getItemOrNullObject(MARKS_SHEET);
    const stored = store.getUsedRangeOrNullObject(true);
    stored.load("rowCount");
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name));
    // Last time's marks, read in blocks: with their notes they may be more than one response holds.
    const kept: string[][] = [];
    if (!store.isNullObject && !stored.isNullObject)
      await sendInBlocks(
        context,
        Array.from({ length: stored.rowCount }, (_, r) => r),
        () => READ_CELL_BYTES * MARK_HEADER.length,
        budget,
        (block) => {
          const part = store.getRangeByIndexes(
            block[0],
            0,
            block.length,
            MARK_HEADER.length,
          );
          part.load("values");
          // Read once sendInBlocks has synced the block (the lint rule cannot follow it there).
          return () =>
            kept.push(
              // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
              ...(part.values as string[][]).map((r) => r.map(String)),
            );
        },
        READ_BLOCK_ROWS,
      );
    const previous = kept.slice(1).filter(([sheet]) => names.has(sheet));
    /** What cells hold now: their fill, and their note where one matters. */
    const read = async <T>(
      items: T[],
      where: (item: T) => { sheet: string; cell: string; note: boolean },
      got: (
        item: T,
        now: { color: string; pattern: string; note?: string },
      ) => void,
    ) =>
      sendInBlocks(
        context,
        items,
        () => READ_CELL_BYTES * 2,
        budget,
        (block) => {
          const loaded = block.map((item) => {
            const { sheet, cell, note } = where(item);
            const fill = sheets.getItem(sheet).getRange(cell).format.fill;
            fill.load("color,pattern");
            const current =
              notes && note
                ? sheets.getItem(sheet).notes.getItemOrNullObject(cell)
                : undefined;
            current?.load("content");
            return { item, fill, current };
          });
          return () => {
            for (const { item, fill, current } of loaded)
              got(item, {
                color: fill.color,
                pattern: fill.pattern,
                ...(current && !current.isNullObject
                  ? { note: current.content }
                  : {}),
              });
          };
        },
        CELL_OPS_PER_REQUEST,
      );
    type Write = { bytes: number; queue: () => void };
    const writes: Write[] = [];
    const key = (sheet: string, cell: string) => `${sheet}!${cell}`;
    // What a cell will hold once last time's marks are taken off: its fill and whether our note goes.
    const restored = new Map<string, string>();
    const notesGone = new Set<string>();
    await read(
      previous,
      ([sheet, cell, , , note]) => ({ sheet, cell, note: !!note }),
      ([sheet, cell, before, ours, note], now) => {
        const range = () => sheets.getItem(sheet).getRange(cell);
        // Our note goes; a note the user has since rewritten stays.
        if (note && now.note === note) {
          notesGone.add(key(sheet, cell));
          writes.push({
            bytes: OP_BYTES,
            queue: () =>
              sheets.getItem(sheet).notes.getItemOrNullObject(cell).delete(),
          });
        }
        if (now.color?.toUpperCase() !== ours.toUpperCase()) return; // the user changed it: theirs now
        restored.set(key(sheet, cell), before);
        writes.push({
          bytes: OP_BYTES,
          queue: () =>
            before === NO_FILL
              ? range().format.fill.clear()
              : (range().format.fill.color = before),
        });
      },
    );
    const memory: string[][] = [];
    const targets = marks.filter((m) => names.has(m.sheet));
    await read(
      targets,
      (m) => ({ sheet: m.sheet, cell: m.cell, note: !!m.note }),
      (m, now) => {
        // Read before last time's marks are taken off: a cell marked again keeps its own fill.
        const back = restored.get(key(m.sheet, m.cell));
        const none = now.pattern === "None" || !now.pattern;
        const before = back ?? (none ? NO_FILL : now.color);
        const color = MARK_COLORS[m.severity];
        const userNote =
          now.note !== undefined && !notesGone.has(key(m.sheet, m.cell));
        const note = notes && m.note && !userNote ? m.note : "";
        writes.push({
          bytes: OP_BYTES * 2 + utf8Bytes(note),
          queue: () => {
            sheets.getItem(m.sheet).getRange(m.cell).format.fill.color = color;
            if (note) sheets.getItem(m.sheet).notes.add(m.cell, note);
          },
        });
        memory.push([m.sheet, m.cell, before, color, note]);
      },
    );
    // The state sheet after the marks, in small chunks of rows, so that they fill what room the
    // last requests of marks leave.
    const rows = [MARK_HEADER, ...memory];
    const chunks: { start: number; end: number }[] = [];
    for (let start = 0; start < rows.length;) {
      const count = rowsThatFit(
        rows,
        start,
        budget / 16,
        MARK_HEADER.map(() => "@"),
      );
      chunks.push({ start, end: start + count });
      start += count;
    }
    let ws: Excel.Worksheet | undefined;
    for (const [i, c] of chunks.entries()) {
      const part = rows.slice(c.start, c.end);
      writes.push({
        bytes:
          OP_BYTES * 3 +
          payloadBytes(part) +
          payloadBytes(part.map((r) => r.map(() => "@"))),
        queue: () => {
          if (i === 0) {
            ws = rememberIn(sheets, store, MARKS_SHEET, part);
            return;
          }
          const range = ws!.getRangeByIndexes(
            c.start,
            0,
            part.length,
            MARK_HEADER.length,
          );
          range.numberFormat = part.map((r) => r.map(() => "@"));
          range.values = part;
        },
      });
    }
    await sendInBlocks(
      context,
      writes,
      (w) => w.bytes,
      budget,
      (block) => {
        for (const w of block) w.queue();
      },
      CELL_OPS_PER_REQUEST,
    );
  });
}

/** Cell notes came with ExcelApi 1.18; where they are missing, the fill and the findings sheet remain. */
function notesSupported(): boolean {
  return isSupported("1.18");
}
