/** The pane's words for the pane around the steps: title, language, busy and error words, Office errors, numbers, each a Msg: Vietnamese, then English. */
import { both, Lang } from "../../core/msg";
import { formatNumber } from "../../core/numbers/formatNumber";

export const COMMON = {
  lang: both<Lang>("vi", "en"),
  title: both("Chỉ số CNTT cơ quan nhà nước", "IT Index of State Agencies"),
  language: both("English", "Tiếng Việt"),
  private: both(
    "Mọi phép tính chạy trên máy này; số liệu không được gửi đi đâu.",
    "All computing runs on this machine; no data is sent anywhere.",
  ),
  outsideExcel: both(
    "Đang chạy ngoài Excel: sổ tính chỉ nằm trong bộ nhớ của trang này.",
    "Running outside Excel: the workbook lives only in this page's memory.",
  ),
  /** Said in English mode only: the sheets keep their Vietnamese names. */
  sheetNamesStay: both(
    "",
    "Sheet names stay in Vietnamese in both languages, so that formulas naming them keep working; titles and headers of the results are in English.",
  ),
  steps: {
    prepare: both("Chuẩn bị", "Prepare"),
    paste: both("Nhập dữ liệu", "Paste data"),
    check: both("Kiểm tra", "Check"),
    rank: both("Tính & xếp hạng", "Compute & rank"),
    whatIf: both("Thử trọng số", "Try weights"),
    uncertainty: both("Độ tin cậy của hạng", "Rank robustness"),
    compare: both("So sánh", "Compare"),
  },
  stepHeading: both(
    (k: number, name: string) => `Bước ${k}. ${name}`,
    (k, name) => `Step ${k}. ${name}`,
  ),
  goTo: both(
    (k: number, name: string) => `Đến bước ${k}: ${name}`,
    (k, name) => `Go to step ${k}: ${name}`,
  ),
  busy: both("Đang xử lý…", "Working…"),
  cancel: both("Hủy", "Cancel"),
  cancelled: both(
    "Đã hủy; kết quả của lần chạy này bị bỏ qua.",
    "Cancelled; the result of this run was discarded.",
  ),
  details: both("Chi tiết kỹ thuật", "Technical details"),
  errorTitle: both("Không làm được việc này.", "This could not be done."),
  doneTitle: both("Xong.", "Done."),
  warningTitle: both("Cần xem lại.", "To review."),
  unexpected: both(
    "Lỗi ngoài dự kiến của phần bổ trợ. Hãy thử lại; nếu vẫn lỗi, gửi “Chi tiết kỹ thuật” cho người hỗ trợ.",
    "An unexpected fault in the add-in. Try again; if it persists, send the “Technical details” to support.",
  ),
  /** Office.js error codes in plain words, with what to do. */
  officeErrors: {
    InvalidArgument: both(
      "Excel không nhận một giá trị gửi tới. Kiểm tra tên trang tính và ô rồi thử lại.",
      "Excel did not accept a value sent to it. Check the sheet and cell names and try again.",
    ),
    ItemNotFound: both(
      "Không tìm thấy trang tính hoặc bảng cần dùng. Bấm “Tạo hoặc sửa các trang tính” ở bước Chuẩn bị.",
      "A sheet or table the step needs is missing. Press “Create or repair the sheets” in the Prepare step.",
    ),
    ItemAlreadyExists: both(
      "Đã có một trang tính hoặc bảng cùng tên; phần bổ trợ không ghi đè lên nó. Hãy đổi tên rồi thử lại.",
      "A sheet or table of that name already exists; the add-in does not replace it. Rename it and try again.",
    ),
    RequestPayloadSizeLimitExceeded: both(
      "Dữ liệu quá lớn cho một lần gửi. Thử lại với ít dòng hơn.",
      "Too much data for one request. Try again with fewer rows.",
    ),
    AccessDenied: both(
      "Sổ tính đang được bảo vệ hoặc chỉ đọc. Bỏ bảo vệ rồi thử lại.",
      "The workbook is protected or read-only. Unprotect it and try again.",
    ),
    GeneralException: both(
      "Excel báo lỗi chung. Lưu sổ tính, mở lại rồi thử lại.",
      "Excel reported a general error. Save the workbook, reopen it and try again.",
    ),
    ApiNotFound: both(
      "Phiên bản Excel này thiếu một chức năng cần dùng. Hãy cập nhật Excel hoặc dùng Excel trên web.",
      "This version of Excel lacks a feature the step needs. Update Excel or use Excel on the web.",
    ),
    InvalidOperation: both(
      "Excel không cho làm thao tác này trên sổ tính hiện tại. Lưu sổ tính, mở lại rồi thử lại.",
      "Excel does not allow this on the workbook as it is. Save the workbook, reopen it and try again.",
    ),
  },
  increment: both("Tăng", "Increase"),
  decrement: both("Giảm", "Decrease"),
  number: both(
    (v: number, decimals = 0) => formatNumber(v, { decimals, lang: "vi" }),
    (v, decimals = 0) => formatNumber(v, { decimals, lang: "en" }),
  ),
};
