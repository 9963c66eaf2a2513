/**
 * The rules every gateway applies to a write before the first cell changes: names Excel
 * accepts, cells Excel can hold, addresses inside the grid. A write that breaks one is refused
 * whole, so a refused write changes nothing.
 */
import { LIMITS } from "../core/limits";
import {
  LimitError,
  Place,
  SheetExistsError,
  UserError,
} from "../core/userError";
import { Cell, MARKS_SHEET, OWNED_SHEET, TableToWrite } from "./workbookPort";

/** Excel's grid. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

export function checkTablesToWrite(tables: TableToWrite[]): void {
  const sheets = new Set<string>();
  for (const t of tables) {
    checkSheetName(t.sheet);
    const key = t.sheet.toLocaleLowerCase();
    if (sheets.has(key)) throw fault(`two tables for one sheet “${t.sheet}”`);
    sheets.add(key);
    // Excel refuses a table name that reads as a cell (`N5`, `R1C1`) as much as one with a space.
    if (
      !/^[A-Za-z_][A-Za-z0-9_.]{0,249}$/.test(t.tableName) ||
      /^[A-Za-z]{1,3}\d{1,7}$/.test(t.tableName) ||
      /^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(t.tableName)
    )
      throw fault(`table name “${t.tableName}” is not one Excel accepts`);
    const top = t.title ? 3 : 1;
    if (top + t.rows.length > EXCEL_ROWS || t.columns.length > EXCEL_COLUMNS)
      throw new LimitError(
        {
          vi: `bảng có ${t.rows.length} dòng × ${t.columns.length} cột, quá lưới của Excel.`,
          en: `the table has ${t.rows.length} rows × ${t.columns.length} columns, more than Excel's grid.`,
        },
        { sheet: t.sheet },
      );
    if (t.title) checkCell(t.title, { sheet: t.sheet, row: 1 });
    t.columns.forEach((c) => checkCell(c.header, { sheet: t.sheet, row: top }));
    t.rows.forEach((r, k) => {
      if (r.length > t.columns.length)
        throw fault(`row ${k + 1} of “${t.sheet}” is wider than its header`);
      for (const v of r) checkCell(v, { sheet: t.sheet, row: top + 1 + k });
    });
  }
}

/**
 * A sheet that exists is replaced only by a write of the tool's own results (`owned`), and only
 * if the tool made it (it is listed as owned): any other sheet of that name is the user's.
 */
export function checkReplaceable(
  tables: TableToWrite[],
  exists: (sheet: string) => boolean,
  ours: Set<string>,
  owned: boolean,
): void {
  for (const t of tables)
    if (exists(t.sheet) && !(owned && ours.has(t.sheet)))
      throw new SheetExistsError(t.sheet);
}

/**
 * Sheets to delete, checked as Excel would: a workbook keeps at least one visible sheet, and the
 * tool's own hidden sheets are never deleted this way. Refused whole, before any sheet goes.
 */
export function checkSheetsToDelete(
  existing: { name: string; visible: boolean }[],
  names: string[],
): void {
  const gone = new Set(names);
  for (const n of names)
    if (n === OWNED_SHEET || n === MARKS_SHEET)
      throw fault(`the tool's own sheet “${n}” cannot be deleted this way`);
  if (!existing.some((s) => s.visible && !gone.has(s.name)))
    throw new UserError({
      vi: "Excel cần giữ ít nhất một trang tính hiển thị; chưa xoá trang nào.",
      en: "Excel must keep at least one visible sheet; no sheet was deleted.",
    });
}

export function checkUpdates(
  sheet: string,
  updates: { cell: string; value: Cell }[],
): void {
  for (const u of updates) {
    const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(u.cell);
    if (!m || Number(m[2]) > EXCEL_ROWS || columnNumber(m[1]) > EXCEL_COLUMNS)
      throw fault(`“${u.cell}” is not a cell of sheet “${sheet}”`);
    checkCell(u.value, { sheet, row: Number(m[2]), column: m[1] });
  }
}

/** Sheet names Excel accepts: 1 to 31 characters, none of \ / ? * [ ] :, no ' at either end. */
export function checkSheetName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    /^'|'$/.test(name)
  )
    throw fault(`“${name}” is not a sheet name Excel accepts`);
}

function checkCell(v: Cell, place: Place): void {
  if (typeof v === "string" && v.length > LIMITS.cellChars)
    throw new LimitError(
      {
        vi: `một ô dài ${v.length} ký tự, quá giới hạn ${LIMITS.cellChars} ký tự của Excel; chưa ghi gì.`,
        en: `a cell is ${v.length} characters long, over Excel's limit of ${LIMITS.cellChars}; nothing was written.`,
      },
      place,
    );
  if (typeof v === "number" && !Number.isFinite(v))
    throw fault("a number that is not finite", place);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** A write the tool itself got wrong: said plainly, refused before anything changed. */
function fault(en: string, place: Place = {}): UserError {
  return new UserError(
    {
      vi: `phần bổ trợ định ghi một thứ Excel không nhận (${en}); chưa ghi gì. Hãy báo cho người hỗ trợ.`,
      en: `the add-in was about to write something Excel refuses (${en}); nothing was written. Please report it.`,
    },
    place,
  );
}

/**
 * Table names free in the workbook: each wanted name, or with `_2`, `_3`… when another sheet's
 * table has it (Excel table names are unique in a workbook, whatever the case).
 */
export function freeTableNames(
  tables: TableToWrite[],
  existing: { name: string; sheet: string }[],
): string[] {
  const replaced = new Set(tables.map((t) => t.sheet));
  const taken = new Set(
    existing
      .filter((e) => !replaced.has(e.sheet))
      .map((e) => e.name.toLowerCase()),
  );
  return tables.map((t) => {
    let name = t.tableName;
    for (let k = 2; taken.has(name.toLowerCase()); k++)
      name = `${t.tableName}_${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** An Excel table name from words: `Phương án ấ` → `Phuong_an_a`; starts with a letter. */
export function tableNameOf(...parts: (string | number)[]): string {
  const ascii = parts
    .join("_")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return (/^[A-Za-z]/.test(ascii) ? ascii : `T_${ascii}`).slice(0, 250);
}
