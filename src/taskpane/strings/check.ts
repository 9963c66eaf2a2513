/** The pane's words for step 3, Kiểm tra (Check), each a Msg: Vietnamese, then English. */
import { SEVERITY } from "../../core/checks/finding";
import { both } from "../../core/msg";
import { n, plural } from "./numbers";

export const CHECK = {
  runCheck: both("Kiểm tra số liệu", "Check the figures"),
  counts: both(
    (e: number, w: number, i: number) =>
      `${n(e)} lỗi, ${n(w)} cảnh báo, ${n(i)} thông tin.`,
    (e, w, i) =>
      `${plural(e, "error", "errors")}, ${plural(w, "warning", "warnings")}, ${plural(i, "note", "notes")}.`,
  ),
  severity: SEVERITY,
  suggestion: both("Gợi ý", "Suggestion"),
  noFindings: both(
    (checks: number) =>
      `Không có phát hiện nào trong ${n(checks)} lần áp quy tắc đã làm.`,
    (checks) =>
      `No findings in the ${plural(checks, "rule application", "rule applications")} made.`,
  ),
  nothingChecked: both(
    "Chưa kiểm tra được quan hệ nào: sổ tính chưa có số liệu để kiểm tra, nên chưa thể nói số liệu đúng hay sai. Hãy dán bảng ở bước 2 (Nhập dữ liệu) rồi kiểm tra lại.",
    "No relation could be checked: the workbook has no figures to check yet, so nothing can be said of them. Paste tables in step 2 (Paste data), then check again.",
  ),
  nextAfterCheckErrors: both(
    "Tiếp theo: sửa các ô được tô màu (bấm vào ô ở danh sách dưới đây), kiểm tra lại, rồi tính và xếp hạng ở bước 4.",
    "Next: correct the coloured cells (click a cell in the list below), check again, then compute and rank in step 4.",
  ),
  nextAfterCheck: both(
    "Tiếp theo: tính và xếp hạng ở bước 4.",
    "Next: compute and rank in step 4.",
  ),
  tablesRead: both("Bảng đã đọc", "Tables read"),
  checkedTimes: both(
    (k: number) => `đã kiểm tra ${n(k)} lần`,
    (k) => `checked ${plural(k, "time", "times")}`,
  ),
  notChecked: both("chưa kiểm tra", "not checked"),
};
