/**
 * What to say of a cell that should hold a figure and does not: a formula Excel has not
 * calculated (no cached value), an error Excel shows (`#DIV/0!`), or other text.
 */
import type { Msg } from "../msg";

const EXCEL_ERROR =
  /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export function notANumber(text: string): Msg {
  const t = text.trim();
  if (t.startsWith("="))
    return {
      vi: `ô có công thức chưa tính (${t.slice(0, 40)}) — hãy mở và lưu lại trong Excel`,
      en: `the cell holds a formula not yet calculated (${t.slice(0, 40)}) — open and save the file again in Excel`,
    };
  if (EXCEL_ERROR.test(t))
    return {
      vi: `ô báo lỗi ${t.toUpperCase()} của Excel: hãy sửa công thức hoặc số liệu của ô`,
      en: `the cell shows Excel's error ${t.toUpperCase()}: fix the cell's formula or figures`,
    };
  return { vi: `“${t}” không phải là số`, en: `“${t}” is not a number` };
}
