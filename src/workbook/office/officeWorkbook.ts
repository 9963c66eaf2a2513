/**
 * The workbook port over a live Excel workbook: the only code that calls `Excel.run`.
 *
 * One `Excel.run` per user action, `load` what is needed, then one `sync` per batch; a block is
 * written as one 2D array, formatted after, and made a table last. Excel on the web refuses a
 * request or a response over 5 MB, counted in UTF-8 bytes as Office.js sends it: every batch is
 * sized in those bytes to about 4 MB, and a batch Excel still finds too large is sent again at
 * half the size. Names and every text the add-in writes land with the `@` number format set
 * first, so a name starting with `=`, `+`, `-` or `@` stays text. The manifest asks for ExcelApi
 * 1.9; cell notes (1.18) are used only where the host has them. Beside it: requests.ts (how a
 * request is sized and retried), writeTables.ts and markCells.ts.
 */
import type {
  Cell,
  CellMark,
  SheetTable,
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
} from "../writeRules";
import { MARKS_SHEET, OWNED_SHEET, PREPARE_FIRST } from "../workbookPort";
import { markCellsInExcel } from "./markCells";
import {
  CELL_OPS_PER_REQUEST,
  EXCEL_API_MINIMUM,
  ExcelRun,
  isSupported,
  notesSupported,
  OP_BYTES,
  payloadBytes,
  READ_BLOCK_ROWS,
  READ_CELL_BYTES,
  REQUEST_BUDGET,
  sendInBlocks,
} from "./requests";
import { toExcel, writeTablesInExcel } from "./writeTables";

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
    await writeTablesInExcel(this.run, tables, options, this.budget);
  }
}
