/**
 * The workbook port over a live Excel workbook: the only code that calls `Excel.run`.
 *
 * One `Excel.run` per user action, `load` what is needed, then one `sync` per batch; a block is
 * written as one 2D array, formatted after, and made a table last. Excel on the web caps a
 * request at 5 MB, so large writes go in chunks of about 4 MB (halved when Excel still refuses).
 * Names and every text the add-in writes land with the `@` number format set first, so a name
 * starting with `=`, `+`, `-` or `@` stays text.
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
import { shownText } from "../shownText";
import { MissingSheetError, SheetExistsError } from "../../core/userError";
import {
  checkSheetsToDelete,
  checkTablesToWrite,
  checkUpdates,
  freeTableNames,
} from "../writeRules";
import {
  linksOf,
  titleOf,
  MARK_COLORS,
  MARKS_SHEET,
  OWNED_SHEET,
  PREPARE_FIRST,
} from "../workbookPort";

export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** About 4 MB of JSON per request: under the 5 MB limit of Excel on the web. */
export const REQUEST_BUDGET = 4_000_000;
/** Rows read per request, at most; fewer when the budget says so. */
export const READ_BLOCK_ROWS = 10_000;
/** Single-cell operations (links, marks) per request: a few hundred bytes each. */
export const CELL_OPS_PER_REQUEST = 2_000;

/**
 * Rows per read request: a cell's value and number format take up to about 100 bytes of JSON
 * in the response, so a block of rows × columns stays under the budget.
 */
export function readBlockRows(columns: number, budget: number): number {
  return Math.max(
    1,
    Math.min(
      READ_BLOCK_ROWS,
      Math.floor(budget / (100 * Math.max(1, columns))),
    ),
  );
}

/**
 * The manifest asks for ExcelApi 1.7 (Excel 2019 and later); newer calls are made only where
 * the host has them.
 */
export function isSupported(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

export class OfficeWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    private readonly budget = REQUEST_BUDGET,
  ) {}

  markCells(marks: CellMark[]): Promise<void> {
    this.wrote([...marks.map((m) => m.sheet), MARKS_SHEET]);
    return markCellsInExcel(this.run, marks);
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
      for (const block of blocks(updates)) {
        for (const u of block)
          ws.getRange(u.cell).values = [[toExcel(u.value)]];
        // One sync per block of cells: each request stays under the size limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    });
  }

  /**
   * A person's edits: ExcelApi 1.9 reports them for every sheet, 1.7 sheet by sheet (the sheets
   * there are now). The tool's own writes are left out: by their trigger source where the host
   * says it (ExcelApi 1.14), else by the sheets it wrote in the last few seconds.
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
    const results = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      if (isSupported("1.9")) {
        const r = [sheets.onChanged.add(handler)];
        await context.sync();
        return r;
      }
      sheets.load("items/id");
      await context.sync();
      const r = sheets.items.map((ws) => ws.onChanged.add(handler));
      await context.sync();
      return r;
    });
    // A handler is removed in the request context it was added in.
    return () => {
      for (const r of results) r.remove();
      void results[0]?.context.sync().catch(() => undefined); // the pane is closing: nothing to tell
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

  /**
   * Reads values and number formats (never the shown text, which depends on the locale) in
   * blocks of rows, one sync per block, each kept under the request budget.
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
      const step = readBlockRows(used.columnCount, this.budget);
      for (let r = 0; r < used.rowCount; r += step) {
        const block = ws.getRangeByIndexes(
          used.rowIndex + r,
          used.columnIndex,
          Math.min(step, used.rowCount - r),
          used.columnCount,
        );
        block.load("values,numberFormat");
        // One sync per block is the point: each response must stay under the 5 MB limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        values.push(...(block.values as Cell[][]));
        formats.push(...(block.numberFormat as string[][]));
      }
      const headerAt = values.findIndex(
        (row) => row.filter((v) => v !== "" && v !== null).length >= 2,
      );
      if (headerAt < 0) return undefined;
      const trimEnd = (rows: Cell[][]) => {
        let n = rows.length;
        while (n > 0 && rows[n - 1].every((v) => v === "" || v === null)) n--;
        return n;
      };
      const body = values.slice(headerAt + 1);
      const n = trimEnd(body);
      const rows = body
        .slice(0, n)
        .map((row) => row.map((v) => (v === "" ? null : v)));
      return {
        sheet,
        header: values[headerAt].map((h) => String(h ?? "").trim()),
        rows,
        text: rows.map((row, k) =>
          row.map((v, c) => shownText(v, formats[headerAt + 1 + k][c])),
        ),
        headerRow: used.rowIndex + headerAt + 1,
        ...titleOf(values, headerAt),
      };
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
      for (const t of tables)
        if (existing.has(t.sheet) && !(options.owned && ours.has(t.sheet)))
          throw new SheetExistsError(t.sheet);

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

      // Formatting as a block, after the values: the table, widths, frozen header.
      const validation = isSupported("1.8");
      // Charts whose bars follow the table's order and labels need ExcelApi 1.7 (Excel 2019 on);
      // before it, the table is written without its chart.
      const charts = isSupported("1.7");
      const links: {
        ws: Excel.Worksheet;
        row: number;
        column: number;
        target: string;
        text: string;
      }[] = [];
      for (const [k, t] of tables.entries()) {
        const ws = sheets.getItem(t.sheet);
        const top = t.title ? 2 : 0;
        const range = ws.getRangeByIndexes(
          top,
          0,
          Math.max(1, t.rows.length) + 1,
          t.columns.length,
        );
        const table = ws.tables.add(range, true);
        table.name = names[k];
        table.style = "TableStyleLight9";
        range.format.autofitColumns();
        ws.freezePanes.freezeRows(top + 1);
        // Drop-downs: fixed answers (Có / Không) or the register's names; data validation came
        // with ExcelApi 1.8, and without it the sheet works as well, only without the list.
        t.columns.forEach((c, k) => {
          if (!c.choices || t.rows.length === 0 || !validation) return;
          const source =
            "values" in c.choices
              ? c.choices.values.join(",")
              : `=${c.choices.range}`;
          ws.getRangeByIndexes(
            top + 1,
            k,
            t.rows.length,
            1,
          ).dataValidation.rule = { list: { inCellDropDown: true, source } };
        });
        for (const l of linksOf(t))
          links.push({ ...l, ws, row: top + 1 + l.row });
        if (t.chart && t.rows.length > 0 && charts)
          addChart(ws, t.chart, top, t.rows.length, t.columns.length);
      }
      // Link columns: each cell becomes a hyperlink to the cell it names, in blocks; the last
      // block goes with the final sync.
      const linkBlocks = blocks(links);
      for (const [i, block] of linkBlocks.entries()) {
        for (const l of block)
          l.ws.getRangeByIndexes(l.row, l.column, 1, 1).hyperlink = {
            documentReference: l.target,
            textToDisplay: l.text,
          };
        if (i < linkBlocks.length - 1)
          // One sync per block of links: each request stays under the size limit.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
      }
      if (options.owned) {
        // Remember the sheets made here, so that the next run may replace them and only them.
        const owned = [...new Set([...ours, ...tables.map((t) => t.sheet)])];
        if (!registry.isNullObject) registry.delete();
        const list = sheets.add(OWNED_SHEET);
        const range = list.getRangeByIndexes(0, 0, owned.length, 1);
        range.numberFormat = owned.map(() => ["@"]);
        range.values = owned.map((n) => [n]);
        list.visibility = "VeryHidden";
      }
      await context.sync();
    });
  }
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

/** How many rows from `start` fit in the budget with their number formats (at least one). */
export function rowsThatFit(
  rows: Cell[][],
  start: number,
  budget: number,
  formats: string[] = [],
): number {
  const formatBytes = JSON.stringify(formats).length + 1;
  let size = 0;
  let i = start;
  while (i < rows.length) {
    size += JSON.stringify(rows[i]).length + 1 + formatBytes;
    if (size > budget && i > start) break;
    i++;
  }
  return i - start;
}

/**
 * Writes rows in chunks, one sync each: number formats first (text columns "@", so nothing is
 * read as a formula), then the values. If Excel still finds a request too large
 * (RequestPayloadSizeLimitExceeded), the chunk is halved and written again.
 */
async function writeRows(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  top: number,
  rows: Cell[][],
  formats: string[],
  budget: number,
): Promise<void> {
  let start = 0;
  let limit = budget;
  while (start < rows.length) {
    const count = rowsThatFit(rows, start, limit, formats);
    const range = ws.getRangeByIndexes(top + start, 0, count, formats.length);
    range.numberFormat = Array.from({ length: count }, () => formats);
    range.values = rows.slice(start, start + count).map((r) => r.map(toExcel));
    try {
      // One sync per chunk is the point: each request must stay under the 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      start += count;
    } catch (e) {
      if (
        (e as { code?: string }).code === "RequestPayloadSizeLimitExceeded" &&
        count > 1
      )
        limit = Math.floor(limit / 2);
      else throw e;
    }
  }
}

/** "none" where a cell had no fill. */
const NO_FILL = "none";

/**
 * markCells for Excel: four round trips for up to CELL_OPS_PER_REQUEST cells, one more per block
 * beyond. 1: what was marked last time; 2: those cells' fill now; 3: restore the ones still
 * showing our mark, and read the fill of the cells to mark; 4: mark them and remember. Where
 * `format.fill.pattern` (ExcelApi 1.9) is missing, a white fill counts as none.
 */
export async function markCellsInExcel(
  run: ExcelRun,
  marks: CellMark[],
  notes = notesSupported(),
  patterns = isSupported("1.9"),
  budget = REQUEST_BUDGET,
): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const store = sheets.getItemOrNullObject(MARKS_SHEET);
    const stored = store.getUsedRangeOrNullObject(true);
    stored.load("values");
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name));
    const previous =
      store.isNullObject || stored.isNullObject
        ? []
        : (stored.values as string[][])
            .slice(1)
            .filter(([sheet]) => names.has(sheet));
    for (const block of blocks(previous)) {
      const old = block.map(([sheet, cell, before, ours, note]) => {
        const fill = sheets.getItem(sheet).getRange(cell).format.fill;
        fill.load("color");
        const current =
          notes && note
            ? sheets.getItem(sheet).notes.getItemOrNullObject(cell)
            : undefined;
        current?.load("content");
        return { fill, before, ours, note, current };
      });
      // One sync per block of cells: each request stays under the size limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const { fill, before, ours, note, current } of old) {
        // Our note goes; a note the user has since rewritten stays.
        if (current && !current.isNullObject && current.content === note)
          current.delete();
        if (fill.color?.toUpperCase() !== ours.toUpperCase()) continue; // the user changed it: theirs now
        if (before === NO_FILL) fill.clear();
        else fill.color = before;
      }
    }
    const memory: string[][] = [];
    for (const block of blocks(marks.filter((m) => names.has(m.sheet)))) {
      const targets = block.map((m) => {
        const fill = sheets.getItem(m.sheet).getRange(m.cell).format.fill;
        fill.load(patterns ? "color,pattern" : "color");
        const existing =
          notes && m.note
            ? sheets.getItem(m.sheet).notes.getItemOrNullObject(m.cell)
            : undefined;
        existing?.load("content");
        return { mark: m, fill, existing };
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const { mark, fill, existing } of targets) {
        const none = patterns
          ? fill.pattern === "None" || !fill.pattern
          : !fill.color || fill.color.toUpperCase() === "#FFFFFF";
        const before = none ? NO_FILL : fill.color;
        fill.color = MARK_COLORS[mark.severity];
        // A note goes only where the user has none.
        const note = existing && existing.isNullObject ? mark.note! : "";
        if (note) sheets.getItem(mark.sheet).notes.add(mark.cell, note);
        memory.push([
          mark.sheet,
          mark.cell,
          before,
          MARK_COLORS[mark.severity],
          note,
        ]);
      }
    }
    if (!store.isNullObject) store.delete();
    const ws = sheets.add(MARKS_SHEET);
    ws.visibility = "VeryHidden";
    const header = ["Trang", "Ô", "Màu trước", "Màu đánh dấu", "Ghi chú"];
    const range = ws.getRangeByIndexes(0, 0, 1, header.length);
    range.numberFormat = [header.map(() => "@")];
    range.values = [header];
    // The rows in chunks, each with its sync; the header alone needs one.
    if (memory.length)
      await writeRows(
        context,
        ws,
        1,
        memory,
        header.map(() => "@"),
        budget,
      );
    else await context.sync();
  });
}

/** A list in blocks of CELL_OPS_PER_REQUEST; one empty block for an empty list. */
function blocks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CELL_OPS_PER_REQUEST)
    out.push(list.slice(i, i + CELL_OPS_PER_REQUEST));
  return out.length ? out : [[]];
}

/** Cell notes came with ExcelApi 1.18; where they are missing, the fill and the findings sheet remain. */
function notesSupported(): boolean {
  return isSupported("1.18");
}
