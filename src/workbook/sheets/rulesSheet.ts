/**
 * The user's own rules, one per row: `Tổng cộng = Mức độ 3 + Mức độ 4` over the column names of
 * the sheet named in “Trang tính” (every sheet with those columns when empty); severity lỗi,
 * cảnh báo or thông tin; an absolute tolerance. The sheet starts empty: its rows are the user's.
 */
import type { Cell, TableToWrite } from "../workbookPort";
import { num, TEXT } from "./sheetColumns";
import { RULES_SHEET } from "./sheetNames";

const column = (header: string, wide = false, format = TEXT) => ({
  header,
  format,
  width: wide ? 48 : 16,
});

/** The columns of the rules sheet, in their order. */
export const RULE = {
  id: column("Mã quy tắc"),
  sheet: column("Trang tính"),
  expression: column("Quy tắc", true),
  severity: column("Mức độ"),
  tolerance: column("Sai số", false, num(3)),
  description: column("Mô tả", true),
};

export function rulesTable(rows: Cell[][] = []): TableToWrite {
  return {
    sheet: RULES_SHEET,
    tableName: "QuyTac",
    columns: Object.values(RULE),
    rows,
  };
}
