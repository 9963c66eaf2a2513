/** The pane's words for step 1, Chuẩn bị (Prepare), each a Msg: Vietnamese, then English. */
import { both } from "../../core/msg";
import { n, plural } from "./numbers";

export const PREPARE = {
  methodology: both("Phương pháp", "Methodology"),
  prepare: both("Tạo hoặc sửa các trang tính", "Create or repair the sheets"),
  prepared: both(
    (created: number, kept: number) =>
      `Đã tạo ${n(created)} trang; giữ nguyên ${n(kept)} trang đã có.`,
    (created, kept) =>
      `Created ${plural(created, "sheet", "sheets")}; kept ${plural(kept, "existing one", "existing ones")}.`,
  ),
  preparedFor: both(
    (edition: string, year?: number) =>
      `Các trang số liệu theo danh mục đơn vị ${edition}${year !== undefined ? ` (năm ${year} ở trang “Cài đặt”; sửa ở đó nếu cần)` : ""}.`,
    (edition, year) =>
      `The data sheets list the ${edition} agency register${year !== undefined ? ` (year ${year} on sheet “Cài đặt”; change it there if needed)` : ""}.`,
  ),
  replacedSheets: both(
    (k: number) => `Đã thay ${n(k)} trang của phương pháp cũ.`,
    (k) =>
      `Replaced ${plural(k, "sheet", "sheets")} of the former methodology.`,
  ),
  nextAfterPrepare: both(
    "Tiếp theo: dán số liệu ở bước 2.",
    "Next: paste the figures in step 2.",
  ),
  replaceWith: both(
    (name: string) => `Thay bằng “${name}”`,
    (name) => `Replace with “${name}”`,
  ),
  keepMethodology: both(
    (name: string) => `Giữ “${name}”`,
    (name) => `Keep “${name}”`,
  ),
  keptMethodology: both(
    (name: string) => `Giữ phương pháp “${name}”; không thay đổi gì.`,
    (name) => `Kept the methodology “${name}”; nothing changed.`,
  ),
};
