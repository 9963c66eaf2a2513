/** The pane's words for step 2, Nhập dữ liệu (Paste data), each a Msg: Vietnamese, then English. */
import { both } from "../../core/msg";
import { n, nEn, plural } from "./numbers";

export const PASTE = {
  pasteLabel: both(
    "Dán một bảng xếp hạng sao chép từ báo cáo, trang web, trình chiếu hay PDF (nên gồm dòng tên bảng)",
    "Paste a ranked table copied from a report, a web page, slides or a PDF (best with its title line)",
  ),
  preview: both("Xem trước", "Preview"),
  recognised: both(
    (block: string, group: string, rows: number) =>
      `Nhận ra: khối ${block}, ${group}, ${n(rows)} dòng.`,
    (block, group, rows) =>
      `Recognised: block ${block}, ${group}, ${plural(rows, "row", "rows")}.`,
  ),
  groupOf: both(
    (id: string) => `nhóm ${id}`,
    (id) => `group ${id}`,
  ),
  publishedOnly: both("bảng xếp hạng công bố", "a published ranking"),
  detailGroups: both(
    (ids: string) => `bảng chi tiết của các chỉ số ${ids}`,
    (ids) => `a detail table of the indices ${ids}`,
  ),
  detailTable: both(
    (pairs: string) =>
      `Bảng chi tiết: mỗi cột chỉ số sẽ được ghi vào trang của chỉ số đó — ${pairs}. Ô “Bảng là xếp hạng của” chỉ dùng khi muốn ghi cả bảng vào một nhóm.`,
    (pairs) =>
      `A detail table: each index column will be written into that index's sheet — ${pairs}. Use “The table ranks” only to write the whole table into one group.`,
  ),
  overallGroup: both("chỉ số tổng hợp", "the overall index"),
  doubtful: both(
    "Tên viết sai hoặc không nhận ra có dấu ⚠ (cần xem lại); tên in khác chuẩn ghi kèm tên in trong bảng.",
    "Names misspelt or not recognised are marked ⚠ (to review); names printed otherwise show how they were printed.",
  ),
  needsReview: both("cần xem lại", "to review"),
  understood: both("Đã hiểu bảng như sau", "How the table was read"),
  unknown: both("chưa rõ", "unknown"),
  whichTable: both("Bảng", "Table"),
  columnRoles: both(
    "Vai trò các cột (chọn lại nếu nhận sai)",
    "Column roles (choose again if read wrong)",
  ),
  columnLabel: both(
    (k: number, header: string) =>
      header ? `Cột ${k}: ${header}` : `Cột ${k}`,
    (k, header) => (header ? `Column ${k}: ${header}` : `Column ${k}`),
  ),
  auto: both(
    (role: string) => `Tự nhận: ${role}`,
    (role) => `Recognised: ${role}`,
  ),
  roles: {
    "row-number": both("Số thứ tự", "Row number"),
    rank: both("Thứ hạng", "Rank"),
    agency: both("Cơ quan", "Agency"),
    value: both("Giá trị", "Value"),
    part: both("Thành phần (mức độ)", "Part (level)"),
    total: both("Tổng", "Total"),
    website: both("Trang web", "Website"),
    label: both("Nhãn", "Label"),
    note: both("Ghi chú", "Note"),
    ignore: both("Bỏ qua", "Ignore"),
    "previous-rank": both("Hạng kỳ trước", "Previous rank"),
    "previous-value": both("Giá trị kỳ trước", "Previous value"),
  },
  blockLabel: both("Khối", "Block"),
  groupLabel: both("Bảng là xếp hạng của", "The table ranks"),
  groupChoose: both("— Chọn —", "— Choose —"),
  groupNeeded: both(
    "Tên bảng không nêu nhóm tiêu chí: hãy chọn ở ô “Bảng là xếp hạng của” (một nhóm, một tiêu chí, chỉ số tổng hợp, hoặc “chỉ là bảng xếp hạng công bố”) rồi ghi.",
    "The table's title names no criteria group: choose under “The table ranks” (a group, a criterion, the overall index, or “a published ranking only”), then write.",
  ),
  prepareFirstToWrite: both(
    "Sổ tính chưa có phương pháp: các nhóm dưới đây là của phương pháp mặc định. Hãy làm bước 1 (Chuẩn bị) trước khi ghi.",
    "The workbook has no methodology yet: the groups below are the default methodology's. Do step 1 (Prepare) before writing.",
  ),
  previous: both("Kỳ trước", "Previous"),
  noAgencies: both(
    "Bảng này không có cột tên cơ quan (là bảng số liệu theo chỉ tiêu) nên không ghi được vào các trang số liệu, nơi mỗi dòng là một cơ quan. Nếu có một cột là tên cơ quan, hãy chọn “Cơ quan” cho cột đó ở trên.",
    "This table has no column of agency names (it is a table of figures by item), so it cannot be written into the data sheets, where each row is an agency. If a column does hold agency names, choose “Agency” for it above.",
  ),
  notRanking: both(
    "Chưa có bảng xếp hạng để ghi. Nếu bảng có cột thứ hạng hoặc giá trị, hãy chọn vai trò các cột ở trên.",
    "No ranking to write yet. If the table has a rank or value column, choose the columns' roles above.",
  ),
  confirmImport: both("Ghi vào trang tính", "Write into the sheet"),
  imported: both(
    (k: number, sheet: string) => `Đã ghi ${n(k)} ô vào trang “${sheet}”.`,
    (k, sheet) => `Wrote ${plural(k, "cell", "cells")} into “${sheet}”.`,
  ),
  importedSheets: both(
    (k: number, sheets: string[]) =>
      `Đã ghi ${n(k)} ô vào ${n(sheets.length)} trang, mỗi cột vào trang của chỉ số đó: ${sheets.map((x) => `“${x}”`).join(", ")}.`,
    (k, sheets) =>
      `Wrote ${plural(k, "cell", "cells")} into ${nEn(sheets.length)} sheets, each column into its index's sheet: ${sheets.map((x) => `“${x}”`).join(", ")}.`,
  ),
  importedSheet: both(
    (sheet: string) => `Đã lưu bảng xếp hạng công bố vào trang “${sheet}”.`,
    (sheet) => `Saved the published ranking on the sheet “${sheet}”.`,
  ),
  nextAfterImport: both(
    "Tiếp theo: dán bảng của nhóm khác, hoặc kiểm tra số liệu ở bước 3.",
    "Next: paste another group's table, or check the figures in step 3.",
  ),
  nextAfterPublished: both(
    "Tiếp theo: so sánh với bảng khác ở bước 7, hoặc kiểm tra ở bước 3.",
    "Next: compare it with another table in step 7, or check it in step 3.",
  ),
  kept: both(
    (k: number) =>
      `Giữ nguyên ${n(k)} ô đã có số vì bảng dán để trống hoặc ghi “--” ở đó.`,
    (k) =>
      `Kept ${plural(k, "cell that holds", "cells that hold")} a figure where the paste is empty or “--”.`,
  ),
  replaceAsk: both(
    (k: number, examples: string) =>
      `${n(k)} ô trong trang đang có số khác số dán (${examples}). Chưa ghi gì: ghi đè các ô này?`,
    (k, examples) =>
      `${plural(k, "cell", "cells")} of the sheet hold a figure other than the pasted one (${examples}). Nothing written yet: replace them?`,
  ),
  replaceSheetAsk: both(
    (sheet: string) =>
      `Trang “${sheet}” đã có bảng công bố này. Chưa ghi gì: thay nó bằng bảng vừa dán?`,
    (sheet) =>
      `The sheet “${sheet}” already holds this published table. Nothing written yet: replace it with the one just pasted?`,
  ),
  replaceConfirm: both(
    (k: number) => `Ghi đè ${n(k)} ô`,
    (k) => `Replace ${plural(k, "cell", "cells")}`,
  ),
  replaceSheetConfirm: both("Thay trang đó", "Replace that sheet"),
  replaceCancel: both("Thôi, không ghi", "Cancel, write nothing"),
  skipped: both(
    (names: string) => `Bỏ qua (không nhận ra): ${names}`,
    (names) => `Skipped (not recognised): ${names}`,
  ),
  duplicates: both(
    (k: number) =>
      `${n(k)} cơ quan có nhiều dòng trong bảng dán. Chưa ghi được: hãy chọn dòng giữ lại cho mỗi cơ quan, hoặc bỏ các dòng lặp.`,
    (k) =>
      `${plural(k, "agency is", "agencies are")} listed on several rows of the paste. Nothing can be written yet: choose the row to keep for each, or leave out the repeated rows.`,
  ),
  duplicateOf: both(
    (name: string, lines: string) => `${name}: dòng ${lines}`,
    (name, lines) => `${name}: lines ${lines}`,
  ),
  keepLine: both(
    (line: number, cells: string) => `Giữ dòng ${line} (${cells})`,
    (line, cells) => `Keep line ${line} (${cells})`,
  ),
  dropRepeats: both(
    "Bỏ các dòng lặp (giữ dòng đầu của mỗi cơ quan)",
    "Leave out the repeated rows (keep each agency's first)",
  ),
  moreDuplicates: both(
    (k: number) => `… và ${n(k)} cơ quan khác.`,
    (k) => `… and ${plural(k, "other agency", "other agencies")}.`,
  ),
  rowsHidden: both(
    (k: number) => `… ${n(k)} dòng ở giữa không hiện ở đây (vẫn được ghi) …`,
    (k) =>
      `… ${plural(k, "row", "rows")} in the middle not shown here (written all the same) …`,
  ),
  rank: both("Hạng", "Rank"),
  agency: both("Cơ quan", "Agency"),
  value: both("Giá trị", "Value"),
  printedAs: both("in là", "printed as"),
};
