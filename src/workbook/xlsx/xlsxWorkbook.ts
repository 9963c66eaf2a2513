/**
 * The workbook port over an .xlsx file, with ExcelJS: for the command line and for tests.
 * Writes go to memory; `saveAs` writes a temporary file and renames it, so a failed run never
 * leaves half a workbook behind.
 */
import type ExcelJS from "exceljs";
import { createHash } from "crypto";
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { checkSheetSize, checkWorkbookSize } from "../../core/limits";
import {
  Cell,
  CellMark,
  linksOf,
  MARK_COLORS,
  MARKS_SHEET,
  OWNED_SHEET,
  PREPARE_FIRST,
  SheetTable,
  TableToWrite,
  WorkbookPort,
} from "../workbookPort";
import { MissingSheetError, Place, UserError } from "../../core/userError";
import { sheetTable } from "../sheetTable";
import { columnLetter } from "../sheets";
import { fixInternalLinks } from "./internalLinks";
import { checkZipSizes } from "./zipSizes";
import { finishWorkbook, layOutTable } from "./reportLayout";
import {
  checkSheetsToDelete,
  checkTablesToWrite,
  checkUpdates,
  checkReplaceable,
  freeTableNames,
} from "../writeRules";

export const CREATOR = "chiso";

/**
 * ExcelJS takes about 200 ms to load: it is loaded on the first workbook, so a command on a
 * pasted text never pays for it.
 */
let excelJs: typeof ExcelJS | undefined;
function newWorkbook(): ExcelJS.Workbook {
  excelJs ??= require("exceljs") as typeof ExcelJS;
  return new excelJs.Workbook();
}

export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** A new file; its title is what other applications show as the document's name. */
  static create(title = ""): XlsxWorkbook {
    const wb = newWorkbook();
    wb.title = title;
    wb.creator = CREATOR;
    wb.lastModifiedBy = CREATOR;
    wb.created = new Date();
    return new XlsxWorkbook(wb);
  }

  static async open(file: string): Promise<XlsxWorkbook> {
    const place = { file: path.basename(file) };
    checkWorkbookSize((await fs.stat(file)).size, place);
    return XlsxWorkbook.load(await fs.readFile(file), place);
  }

  /** A workbook from bytes (an upload, a test's round trip). */
  static async load(
    data: Uint8Array,
    place: Place = {},
  ): Promise<XlsxWorkbook> {
    checkWorkbookSize(data.byteLength, place);
    // What it inflates to, before anything is inflated.
    checkZipSizes(data, place);
    const wb = newWorkbook();
    await wb.xlsx.load(
      data.buffer.slice(
        data.byteOffset,
        data.byteOffset + data.byteLength,
      ) as ArrayBuffer,
    );
    return new XlsxWorkbook(wb);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async ownedSheets(): Promise<string[]> {
    const listed: string[] = [];
    this.workbook
      .getWorksheet(OWNED_SHEET)
      ?.eachRow((row) => listed.push(String(row.getCell(1).value)));
    return listed.filter((n) => this.workbook.getWorksheet(n));
  }

  async readTable(sheet: string): Promise<SheetTable | undefined> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return undefined;
    // The last row that holds a value: a sheet may declare a million empty rows.
    let last = 0;
    let width = 0;
    ws.eachRow((row, r) => {
      if (!(row.values as unknown[]).some(filled)) return;
      last = r;
      width = Math.max(width, row.cellCount);
    });
    checkSheetSize(last, width, { sheet });
    const cells = Array.from({ length: last }, (_, r) =>
      Array.from({ length: width }, (_, c) => ws.getRow(r + 1).getCell(c + 1)),
    );
    return sheetTable(sheet, {
      values: cells.map((row) => row.map(cellValue)),
      format: (r, c) => cells[r][c].numFmt ?? "",
    });
  }

  async writeTables(
    tables: TableToWrite[],
    options: { owned: boolean },
  ): Promise<void> {
    // Check everything first: refuse before changing anything.
    checkTablesToWrite(tables);
    const registry = this.workbook.getWorksheet(OWNED_SHEET);
    const ours = new Set<string>();
    registry?.eachRow((row) => ours.add(String(row.getCell(1).value)));
    checkReplaceable(
      tables,
      (n) => this.workbook.getWorksheet(n) !== undefined,
      ours,
      options.owned,
    );
    const names = freeTableNames(
      tables,
      this.workbook.worksheets.flatMap((ws) =>
        // ExcelJS's typing of getTables() is wrong: it returns the Table objects.
        (ws.getTables() as unknown as { name: string }[]).map((t) => ({
          name: t.name,
          sheet: ws.name,
        })),
      ),
    );
    if (options.owned) {
      // Remember the sheets made here, so that the next run may replace them and only them.
      for (const t of tables) ours.add(t.sheet);
      if (registry) this.workbook.removeWorksheet(registry.id);
      this.workbook
        .addWorksheet(OWNED_SHEET, { state: "veryHidden" })
        .addRows([...ours].map((n) => [n]));
    }
    for (const [k, t] of tables.entries()) {
      const existing = this.workbook.getWorksheet(t.sheet);
      if (existing) this.workbook.removeWorksheet(existing.id);
      const ws = this.workbook.addWorksheet(t.sheet);
      let top = 1;
      if (t.title) {
        ws.getCell(1, 1).value = t.title;
        top = 3;
      }
      t.columns.forEach((c, i) => {
        ws.getColumn(i + 1).numFmt =
          c.format.kind !== "number"
            ? "@"
            : numberFormat(
                c.format.decimals,
                c.format.grouping ?? c.format.decimals === 0,
              );
      });
      ws.addTable({
        name: names[k],
        ref: `A${top}`,
        headerRow: true,
        style: { theme: "TableStyleLight9", showRowStripes: true },
        columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
        rows: t.rows.length
          ? t.rows.map((r) => r.map(safeCell))
          : [t.columns.map(() => null)],
      });
      ws.views = [{ state: "frozen", ySplit: top, xSplit: 0 }];
      layOutTable(ws, t, top);
      // Drop-downs: fixed answers (Có / Không) or the register's names, one rule per column.
      t.columns.forEach((c, i) => {
        if (!c.choices || t.rows.length === 0) return;
        const column = columnLetter(i);
        rulesOf(ws).add(`${column}${top + 1}:${column}${top + t.rows.length}`, {
          type: "list",
          allowBlank: true,
          formulae: [
            "values" in c.choices
              ? `"${c.choices.values.join(",")}"`
              : c.choices.range,
          ],
        });
      });
      // Link columns: each cell becomes a hyperlink to the cell or the sheet it names.
      for (const l of linksOf(t))
        ws.getCell(top + 1 + l.row, l.column + 1).value = {
          text: l.text,
          hyperlink: `#${l.target}`,
        };
    }
  }

  async deleteSheets(names: string[]): Promise<void> {
    checkSheetsToDelete(
      this.workbook.worksheets.map((ws) => ({
        name: ws.name,
        visible: ws.state === "visible" || ws.state === undefined,
      })),
      names,
    );
    for (const n of names) {
      const ws = this.workbook.getWorksheet(n);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
  }

  async updateCells(
    sheet: string,
    updates: { cell: string; value: Cell }[],
  ): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new MissingSheetError(sheet, PREPARE_FIRST);
    checkUpdates(sheet, updates);
    for (const u of updates) ws.getCell(u.cell).value = u.value;
  }

  /** A file has no selection: nothing to do. */
  async selectCell(): Promise<void> {}

  /**
   * Marks with a fill, remembering each cell's whole fill before (a pattern or a gradient too)
   * and giving it back on the next run. ExcelJS shares one style object between cells read with
   * the same style, so a cell gets a style of its own before its fill changes: nothing else
   * is recoloured.
   */
  async markCells(marks: CellMark[]): Promise<void> {
    const wb = this.workbook;
    const store = wb.getWorksheet(MARKS_SHEET);
    if (store) {
      store.eachRow((row, r) => {
        if (r === 1) return;
        const [sheet, cell, before, ours, note, fillBefore] = (
          row.values as unknown[]
        )
          .slice(1)
          .map((v) => (v === undefined || v === null ? "" : String(v)));
        const target = wb.getWorksheet(sheet)?.getCell(cell);
        if (!target) return;
        if (note && noteText(target.note) === note)
          target.note = undefined as unknown as string;
        if (argbOf(target.fill) !== toArgb(ours)) return; // the user's fill now
        // The whole fill where this gateway remembered it; the colour alone where the Excel
        // gateway did (it knows no patterns).
        setFill(
          target,
          fillBefore
            ? parseFill(fillBefore)
            : before && before !== "none"
              ? {
                  type: "pattern",
                  pattern: "solid",
                  fgColor: { argb: toArgb(before) },
                }
              : undefined,
        );
      });
      wb.removeWorksheet(store.id);
    }
    const memory: string[][] = [];
    for (const m of marks) {
      const target = wb.getWorksheet(m.sheet)?.getCell(m.cell);
      if (!target) continue;
      const before = argbOf(target.fill);
      // A note goes only where the user has none.
      const note = m.note && !target.note ? m.note : "";
      if (note) target.note = note;
      memory.push([
        m.sheet,
        m.cell,
        before ? `#${before.slice(2)}` : "none",
        MARK_COLORS[m.severity],
        note,
        target.fill ? JSON.stringify(target.fill) : "",
      ]);
      setFill(target, {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: toArgb(MARK_COLORS[m.severity]) },
      });
    }
    const ws = wb.addWorksheet(MARKS_SHEET, { state: "veryHidden" });
    ws.addRows([
      ["Trang", "Ô", "Màu trước", "Màu đánh dấu", "Ghi chú", "Tô trước"],
      ...memory,
    ]);
  }

  async saveAs(file: string): Promise<void> {
    const tmp = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${process.pid}.tmp`,
    );
    try {
      await fs.writeFile(tmp, await this.toBuffer());
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw cannotWrite(file, e);
    }
  }

  async toBuffer(): Promise<Buffer> {
    await this.finish();
    // A fingerprint of what it wrote, so that chiso knows its own file on reopening, and knows
    // it no longer is once a person has changed a cell (its creator's name proves nothing).
    this.workbook.description = `${FINGERPRINT}${fingerprint(this.workbook)}`;
    const written = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    return Buffer.from(await fixInternalLinks(written));
  }

  /** Sheets in a reader's order, opening on the first visible one (see reportLayout). */
  private async finish(): Promise<void> {
    finishWorkbook(this.workbook, new Set(await this.ownedSheets()));
  }
}

/** A worksheet's data validations by range (ExcelJS has them; its typings do not). */
const rulesOf = (ws: ExcelJS.Worksheet) =>
  (
    ws as unknown as {
      dataValidations: {
        add(range: string, rule: ExcelJS.DataValidation): void;
      };
    }
  ).dataValidations;

const filled = (v: unknown) => v !== null && v !== undefined && v !== "";

/** The document comment that carries a workbook's fingerprint. */
const FINGERPRINT = "chiso, dấu vân tay nội dung / content fingerprint: ";

/** A hash of every sheet's name and cell values, in order: what the tool wrote. */
function fingerprint(wb: ExcelJS.Workbook): string {
  const hash = createHash("sha256");
  for (const ws of wb.worksheets) {
    hash.update(`\u0000sheet\u0000${ws.name}\u0000${ws.state}`);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) =>
        hash.update(`\u0000${r}:${c}\u0000${JSON.stringify(cellValue(cell))}`),
      ),
    );
  }
  return hash.digest("hex");
}

/**
 * True when the file is one this tool wrote and nobody has changed since: its content still
 * matches the fingerprint written with it. A file that only says it was made by chiso (its
 * metadata) is a person's.
 */
export async function isOwnFile(file: string): Promise<boolean> {
  try {
    const wb = newWorkbook();
    await wb.xlsx.readFile(file);
    const said = wb.description ?? "";
    return (
      said.startsWith(FINGERPRINT) &&
      said.slice(FINGERPRINT.length) === fingerprint(wb)
    );
  } catch {
    return false;
  }
}

/** The text of a cell note, whichever form ExcelJS gives it in. */
function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** A file that cannot be written, said with what to do; anything else as it is. */
function cannotWrite(file: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  const why: Record<string, [string, string]> = {
    ENOENT: ["thư mục chứa tệp không tồn tại", "its folder does not exist"],
    EACCES: ["không có quyền ghi vào đó", "no permission to write there"],
    EPERM: ["không có quyền ghi vào đó", "no permission to write there"],
    EROFS: ["ổ đĩa chỉ đọc", "the disk is read-only"],
    EISDIR: ["đó là một thư mục", "it is a folder"],
    ENOSPC: ["ổ đĩa đã đầy", "the disk is full"],
  };
  if (!code || !why[code]) return e;
  // ENOENT for a folder that is there: the temporary file could not be made in it (a read-only
  // folder, seen by some systems this way), not a missing folder.
  const [vi, en] =
    code === "ENOENT" && existsSync(path.dirname(file))
      ? [
          "thư mục đó chỉ đọc hoặc không cho ghi",
          "that folder is read-only or does not allow writing",
        ]
      : why[code];
  return new UserError(
    {
      vi: `không ghi được tệp: ${vi}. Hãy chọn chỗ khác.`,
      en: `cannot write the file: ${en}. Choose another place.`,
    },
    { file },
  );
}

/** Sets one cell's fill on a style object of its own (ExcelJS shares them between cells). */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | undefined): void {
  const style = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

/** A fill remembered as JSON; a damaged entry gives no fill rather than an error. */
function parseFill(json: string): ExcelJS.Fill | undefined {
  try {
    const f = JSON.parse(json) as ExcelJS.Fill;
    return f && typeof f === "object" && "type" in f ? f : undefined;
  } catch {
    return undefined;
  }
}

/** `#F8C9C4` → `FFF8C9C4`. */
function toArgb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** The solid fill colour of a cell as ARGB, or undefined when it has none. */
function argbOf(fill: ExcelJS.Fill | undefined): string | undefined {
  return fill && fill.type === "pattern" && fill.pattern === "solid"
    ? fill.fgColor?.argb?.toUpperCase()
    : undefined;
}

function numberFormat(decimals: number, grouping: boolean): string {
  const int = grouping ? "#,##0" : "0";
  return decimals > 0 ? `${int}.${"0".repeat(decimals)}` : int;
}

/** Strings stay strings: ExcelJS writes formulas only from `{ formula }` objects, never from text. */
function safeCell(v: Cell): ExcelJS.CellValue {
  return v === null ? null : v;
}

function cellValue(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    // An error Excel shows (`#DIV/0!`): its name, said as such by the checks.
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v || "result" in v) {
      // A formula: its cached result, or, never calculated, the formula itself (`=…`).
      const r = (v as { result?: unknown }).result;
      if (r === undefined || r === null) {
        const f = (v as { formula?: string; sharedFormula?: string }).formula;
        return f ? `=${f}` : "=";
      }
      if (typeof r === "object" && r !== null && "error" in r)
        return String((r as { error: unknown }).error);
      if (r instanceof Date) return r.toISOString().slice(0, 10);
      return r as Cell;
    }
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String(v.text);
  }
  return String(v);
}
