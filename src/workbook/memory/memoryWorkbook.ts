/**
 * The workbook port over plain arrays in memory: for the pane outside Excel (a browser tab, the
 * browser tests) and for component tests. Same rules as the real gateways: a sheet the tool
 * does not own is never replaced, marks remember the fill they covered.
 */
import {
  Cell,
  CellMark,
  MARK_COLORS,
  PREPARE_FIRST,
  SheetTable,
  TableToWrite,
  WorkbookPort,
} from "../workbookPort";
import { checkSheetSize } from "../../core/limits";
import { MissingSheetError } from "../../core/userError";
import { sheetTable } from "../sheetTable";
import {
  checkSheetsToDelete,
  checkTablesToWrite,
  checkReplaceable,
  checkUpdates,
} from "../writeRules";

interface MemorySheet {
  rows: Cell[][];
  /** Number format per column, "@" for text. */
  formats: string[];
  fills: Map<string, string>;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, MemorySheet>();
  selected?: { sheet: string; cell: string };
  /** Sheets this gateway made as the tool's own: the only ones an owned write may replace. */
  private readonly owned = new Set<string>();
  private marks: {
    sheet: string;
    cell: string;
    before?: string;
    ours: string;
  }[] = [];

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  async ownedSheets(): Promise<string[]> {
    return [...this.owned].filter((n) => this.sheets.has(n));
  }

  async readTable(sheet: string): Promise<SheetTable | undefined> {
    const s = this.sheets.get(sheet);
    if (!s) return undefined;
    checkSheetSize(s.rows.length, Math.max(0, ...s.rows.map((r) => r.length)), {
      sheet,
    });
    return sheetTable(sheet, {
      values: s.rows,
      format: (_, column) => s.formats[column] ?? "",
    });
  }

  async writeTables(
    tables: TableToWrite[],
    options: { owned: boolean },
  ): Promise<void> {
    checkTablesToWrite(tables);
    checkReplaceable(
      tables,
      (n) => this.sheets.has(n),
      this.owned,
      options.owned,
    );
    if (options.owned) for (const t of tables) this.owned.add(t.sheet);
    for (const t of tables) {
      const rows: Cell[][] = [];
      if (t.title) rows.push([t.title], []);
      rows.push(
        t.columns.map((c) => c.header),
        ...t.rows.map((r) => [...r]),
      );
      this.sheets.set(t.sheet, {
        rows,
        formats: t.columns.map((c) =>
          c.format.kind === "number"
            ? `0.${"0".repeat(c.format.decimals)}`
            : "@",
        ),
        fills: new Map(),
      });
    }
  }

  async deleteSheets(names: string[]): Promise<void> {
    checkSheetsToDelete(
      [...this.sheets.keys()].map((name) => ({ name, visible: true })),
      names,
    );
    for (const n of names) {
      this.sheets.delete(n);
      this.owned.delete(n);
    }
  }

  async updateCells(
    sheet: string,
    updates: { cell: string; value: Cell }[],
  ): Promise<void> {
    const s = this.sheets.get(sheet);
    if (!s) throw new MissingSheetError(sheet, PREPARE_FIRST);
    checkUpdates(sheet, updates);
    for (const u of updates) {
      const { row, col } = parseA1(u.cell);
      (s.rows[row] ??= [])[col] = u.value;
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected = { sheet, cell };
  }

  private readonly listeners = new Set<(sheet: string) => void>();
  private readonly stored = new Map<string, unknown>();

  async onChange(listener: (sheet: string) => void): Promise<() => void> {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A person's edit (the page has no grid to type in; the pane's tests play one with it). */
  async edit(sheet: string, cell: string, value: Cell): Promise<void> {
    await this.updateCells(sheet, [{ cell, value }]);
    for (const l of this.listeners) l(sheet);
  }

  readonly settings = {
    get: async (key: string) => this.stored.get(key),
    set: async (key: string, value: unknown) => {
      this.stored.set(key, value);
    },
  };

  async markCells(marks: CellMark[]): Promise<void> {
    for (const m of this.marks) {
      const fills = this.sheets.get(m.sheet)?.fills;
      if (!fills || fills.get(m.cell) !== m.ours) continue;
      if (m.before === undefined) fills.delete(m.cell);
      else fills.set(m.cell, m.before);
    }
    this.marks = [];
    for (const m of marks) {
      const fills = this.sheets.get(m.sheet)?.fills;
      if (!fills) continue;
      this.marks.push({
        sheet: m.sheet,
        cell: m.cell,
        before: fills.get(m.cell),
        ours: MARK_COLORS[m.severity],
      });
      fills.set(m.cell, MARK_COLORS[m.severity]);
    }
  }

  /** The value at an A1 address. */
  cell(sheet: string, address: string): Cell | undefined {
    const { row, col } = parseA1(address);
    return this.sheets.get(sheet)?.rows[row]?.[col];
  }
}

function parseA1(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  const col =
    [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}
