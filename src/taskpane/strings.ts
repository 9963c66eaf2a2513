/** Every text the pane shows, Vietnamese first, English second. */
import { formatNumber } from "../core/numbers/formatNumber";

const n = (v: number) => formatNumber(v, { lang: "vi" });
const nEn = (v: number) => formatNumber(v, { lang: "en" });
/** `1 table`, `2 tables`. */
const plural = (count: number, one: string, many: string) =>
  `${nEn(count)} ${count === 1 ? one : many}`;

const vi = {
  lang: "vi" as "vi" | "en",
  title: "Chỉ số CNTT cơ quan nhà nước",
  language: "English",
  private: "Mọi phép tính chạy trên máy này; số liệu không được gửi đi đâu.",
  outsideExcel:
    "Đang chạy ngoài Excel: sổ tính chỉ nằm trong bộ nhớ của trang này.",
  /** Said in English mode only: the sheets keep their Vietnamese names. */
  sheetNamesStay: "",
  steps: {
    prepare: "Chuẩn bị",
    paste: "Nhập dữ liệu",
    check: "Kiểm tra",
    rank: "Tính & xếp hạng",
    whatIf: "Thử trọng số",
    uncertainty: "Độ tin cậy của hạng",
    compare: "So sánh",
  },
  stepHeading: (k: number, name: string) => `Bước ${k}. ${name}`,
  goTo: (k: number, name: string) => `Đến bước ${k}: ${name}`,
  busy: "Đang xử lý…",
  cancel: "Hủy",
  cancelled: "Đã hủy; kết quả của lần chạy này bị bỏ qua.",
  details: "Chi tiết kỹ thuật",
  errorTitle: "Không làm được việc này.",
  doneTitle: "Xong.",
  warningTitle: "Cần xem lại.",
  unexpected:
    "Lỗi ngoài dự kiến của phần bổ trợ. Hãy thử lại; nếu vẫn lỗi, gửi “Chi tiết kỹ thuật” cho người hỗ trợ.",
  /** Office.js error codes in plain words, with what to do. */
  officeErrors: {
    InvalidArgument:
      "Excel không nhận một giá trị gửi tới. Kiểm tra tên trang tính và ô rồi thử lại.",
    ItemNotFound:
      "Không tìm thấy trang tính hoặc bảng cần dùng. Bấm “Tạo hoặc sửa các trang tính” ở bước Chuẩn bị.",
    ItemAlreadyExists:
      "Đã có một trang tính hoặc bảng cùng tên; phần bổ trợ không ghi đè lên nó. Hãy đổi tên rồi thử lại.",
    RequestPayloadSizeLimitExceeded:
      "Dữ liệu quá lớn cho một lần gửi. Thử lại với ít dòng hơn.",
    AccessDenied:
      "Sổ tính đang được bảo vệ hoặc chỉ đọc. Bỏ bảo vệ rồi thử lại.",
    GeneralException: "Excel báo lỗi chung. Lưu sổ tính, mở lại rồi thử lại.",
    ApiNotFound:
      "Phiên bản Excel này thiếu một chức năng cần dùng. Hãy cập nhật Excel hoặc dùng Excel trên web.",
    InvalidOperation:
      "Excel không cho làm thao tác này trên sổ tính hiện tại. Lưu sổ tính, mở lại rồi thử lại.",
  },
  increment: "Tăng",
  decrement: "Giảm",
  number: (v: number, decimals = 0) =>
    formatNumber(v, { decimals, lang: "vi" }),
  // Chuẩn bị
  methodology: "Phương pháp",
  prepare: "Tạo hoặc sửa các trang tính",
  prepared: (created: number, kept: number) =>
    `Đã tạo ${n(created)} trang; giữ nguyên ${n(kept)} trang đã có.`,
  replacedSheets: (k: number) => `Đã thay ${n(k)} trang của phương pháp cũ.`,
  nextAfterPrepare: "Tiếp theo: dán số liệu ở bước 2.",
  replaceWith: (name: string) => `Thay bằng “${name}”`,
  keepMethodology: (name: string) => `Giữ “${name}”`,
  keptMethodology: (name: string) =>
    `Giữ phương pháp “${name}”; không thay đổi gì.`,
  // Nhập dữ liệu
  pasteLabel:
    "Dán một bảng xếp hạng sao chép từ báo cáo, trang web, trình chiếu hay PDF (nên gồm dòng tên bảng)",
  preview: "Xem trước",
  recognised: (block: string, group: string, rows: number) =>
    `Nhận ra: khối ${block}, ${group}, ${n(rows)} dòng.`,
  groupOf: (id: string) => `nhóm ${id}`,
  publishedOnly: "bảng xếp hạng công bố",
  overallGroup: "chỉ số tổng hợp",
  doubtful:
    "Tên viết sai hoặc không nhận ra có dấu ⚠ (cần xem lại); tên in khác chuẩn ghi kèm tên in trong bảng.",
  needsReview: "cần xem lại",
  understood: "Đã hiểu bảng như sau",
  unknown: "chưa rõ",
  whichTable: "Bảng",
  columnRoles: "Vai trò các cột (chọn lại nếu nhận sai)",
  columnLabel: (k: number, header: string) =>
    header ? `Cột ${k}: ${header}` : `Cột ${k}`,
  auto: (role: string) => `Tự nhận: ${role}`,
  roles: {
    "row-number": "Số thứ tự",
    rank: "Thứ hạng",
    agency: "Cơ quan",
    value: "Giá trị",
    part: "Thành phần (mức độ)",
    total: "Tổng",
    website: "Trang web",
    label: "Nhãn",
    note: "Ghi chú",
    ignore: "Bỏ qua",
    "previous-rank": "Hạng kỳ trước",
    "previous-value": "Giá trị kỳ trước",
  },
  blockLabel: "Khối",
  groupLabel: "Bảng là xếp hạng của",
  groupChoose: "— Chọn —",
  groupNeeded:
    "Tên bảng không nêu nhóm tiêu chí: hãy chọn ở ô “Bảng là xếp hạng của” (một nhóm, một tiêu chí, chỉ số tổng hợp, hoặc “chỉ là bảng xếp hạng công bố”) rồi ghi.",
  prepareFirstToWrite:
    "Sổ tính chưa có phương pháp: các nhóm dưới đây là của phương pháp mặc định. Hãy làm bước 1 (Chuẩn bị) trước khi ghi.",
  previous: "Kỳ trước",
  notRanking:
    "Chưa có bảng xếp hạng để ghi. Nếu bảng có cột thứ hạng hoặc giá trị, hãy chọn vai trò các cột ở trên.",
  confirmImport: "Ghi vào trang tính",
  imported: (k: number, sheet: string) =>
    `Đã ghi ${n(k)} ô vào trang “${sheet}”.`,
  importedSheet: (sheet: string) =>
    `Đã lưu bảng xếp hạng công bố vào trang “${sheet}”.`,
  nextAfterImport:
    "Tiếp theo: dán bảng của nhóm khác, hoặc kiểm tra số liệu ở bước 3.",
  nextAfterPublished:
    "Tiếp theo: so sánh với bảng khác ở bước 7, hoặc kiểm tra ở bước 3.",
  kept: (k: number) =>
    `Giữ nguyên ${n(k)} ô đã có số vì bảng dán để trống hoặc ghi “--” ở đó.`,
  replaceAsk: (k: number, examples: string) =>
    `${n(k)} ô trong trang đang có số khác số dán (${examples}). Chưa ghi gì: ghi đè các ô này?`,
  replaceSheetAsk: (sheet: string) =>
    `Trang “${sheet}” đã có bảng công bố này. Chưa ghi gì: thay nó bằng bảng vừa dán?`,
  replaceConfirm: (k: number) => `Ghi đè ${n(k)} ô`,
  replaceSheetConfirm: "Thay trang đó",
  replaceCancel: "Thôi, không ghi",
  skipped: (names: string) => `Bỏ qua (không nhận ra): ${names}`,
  duplicates: (k: number) =>
    `${n(k)} cơ quan có nhiều dòng trong bảng dán. Chưa ghi được: hãy chọn dòng giữ lại cho mỗi cơ quan, hoặc bỏ các dòng lặp.`,
  duplicateOf: (name: string, lines: string) => `${name}: dòng ${lines}`,
  keepLine: (line: number, cells: string) => `Giữ dòng ${line} (${cells})`,
  dropRepeats: "Bỏ các dòng lặp (giữ dòng đầu của mỗi cơ quan)",
  moreDuplicates: (k: number) => `… và ${n(k)} cơ quan khác.`,
  rowsHidden: (k: number) =>
    `… ${n(k)} dòng ở giữa không hiện ở đây (vẫn được ghi) …`,
  rank: "Hạng",
  agency: "Cơ quan",
  value: "Giá trị",
  printedAs: "in là",
  // Kiểm tra
  runCheck: "Kiểm tra số liệu",
  counts: (e: number, w: number, i: number) =>
    `${n(e)} lỗi, ${n(w)} cảnh báo, ${n(i)} thông tin.`,
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  suggestion: "Gợi ý",
  noFindings: (checks: number) =>
    `Không có phát hiện nào trong ${n(checks)} lần áp quy tắc đã làm.`,
  nothingChecked:
    "Chưa kiểm tra được quan hệ nào: sổ tính chưa có số liệu để kiểm tra, nên chưa thể nói số liệu đúng hay sai. Hãy dán bảng ở bước 2 (Nhập dữ liệu) rồi kiểm tra lại.",
  nextAfterCheckErrors:
    "Tiếp theo: sửa các ô được tô màu (bấm vào ô ở danh sách dưới đây), kiểm tra lại, rồi tính và xếp hạng ở bước 4.",
  nextAfterCheck: "Tiếp theo: tính và xếp hạng ở bước 4.",
  tablesRead: "Bảng đã đọc",
  checkedTimes: (k: number) => `đã kiểm tra ${n(k)} lần`,
  notChecked: "chưa kiểm tra",
  // Tính & xếp hạng
  runRank: "Tính và ghi bảng xếp hạng",
  ranked: (k: number, empty: number) =>
    `Đã ghi ${n(k)} bảng xếp hạng${empty ? ` (${n(empty)} bảng chưa có số liệu nên chưa ghi)` : ""}.`,
  leftOutOfOverall: (block: string, groups: string) =>
    `${block}: chỉ số tổng hợp không tính ${groups} vì các nhóm này chưa có số liệu; trọng số của các nhóm còn lại được chuẩn hoá lại.`,
  nextAfterRank: "Tiếp theo: thử trọng số ở bước 5.",
  top: "Đầu bảng",
  bottom: "Cuối bảng",
  // Thử trọng số
  scoreWorkbook: "Đọc số liệu để thử trọng số",
  block: "Khối",
  weight: "Trọng số",
  weightOf: (id: string, name: string) => `Trọng số ${id} — ${name}`,
  slider: "thanh trượt",
  numberBox: "số",
  noFiguresTag: "chưa có số liệu",
  reset: "Đặt lại",
  scenarioName: "Tên kịch bản",
  saveScenario: "Lưu kịch bản vào trang tính",
  saved: (sheet: string) => `Đã lưu vào trang “${sheet}”.`,
  nextAfterWhatIf:
    "Tiếp theo: xem các hạng vững đến đâu khi trọng số lệch quanh các giá trị này, ở bước 6.",
  replaceScenario: "Ghi đè",
  stale: "Sổ tính đã được sửa sau lần chạy này; kết quả dưới đây có thể đã cũ.",
  runAgain: "Kiểm tra lại",
  readAgain: "Đọc lại số liệu",
  restoredWeights:
    "Đã mở lại các trọng số thử lần trước trong sổ tính này; bấm “Đặt lại” để về trọng số của phương pháp.",
  allZero:
    "Mọi trọng số đều bằng 0: không có chỉ số tổng hợp để xếp hạng. Hãy đặt ít nhất một trọng số lớn hơn 0.",
  noFigures:
    "Khối này chưa có số liệu của nhóm nào: chưa xếp hạng được. Hãy dán bảng ở bước 2.",
  leftOut: (k: number, groups: string) =>
    `${n(k)} nhóm chưa có số liệu nên không tính vào chỉ số tổng hợp: ${groups}. Trọng số của các nhóm có số liệu được chuẩn hoá lại (tổng bằng 1).`,
  zeroEmpty: "Đặt trọng số 0 cho các nhóm chưa có số liệu",
  filledUnweighted: (groups: string) =>
    `Các nhóm có trọng số đều chưa có số liệu, còn các nhóm có số liệu (${groups}) đang có trọng số 0: chưa xếp hạng được.`,
  weighFilled: "Cho các nhóm có số liệu trọng số 1",
  unscored: (k: number, list: string) =>
    `${n(k)} cơ quan chưa tính được vì thiếu số liệu của nhóm: ${list}${k > 5 ? "; …" : ""}. Hãy dán bảng của các nhóm này ở bước 2, hoặc đặt trọng số của nhóm đó bằng 0.`,
  change: "Thay đổi",
  criterionPoints: (group: string) => `Điểm các tiêu chí của ${group}`,
  points: "Điểm",
  // Danh mục đơn vị
  edition: "Danh mục đơn vị",
  editionAuto: "Tự chọn theo năm và tên đơn vị",
  editionOf: (year: string) => `Danh mục ${year}`,
  // Biểu đồ
  indexChart: (title: string) => `Biểu đồ: ${title}`,
  highlight: "Tô đậm cơ quan",
  highlightNone: "— Không —",
  whatIfChart: "Thay đổi thứ hạng so với trọng số của phương pháp",
  whatIfNoChange: "Chưa cơ quan nào đổi hạng so với trọng số của phương pháp.",
  whatIfNoBase:
    "Với trọng số của phương pháp không cơ quan nào được xếp hạng, nên chưa so được ai lên hay xuống hạng.",
  showTable: "Xem dạng bảng",
  showChart: "Xem biểu đồ",
  chartKeys:
    "Bấm Tab vào biểu đồ rồi dùng phím mũi tên để đi qua từng cơ quan theo thứ hạng.",
  barPoint: (rank: number, name: string, value: string) =>
    `Hạng ${rank}: ${name}, ${value}`,
  changePoint: (name: string, from: number, to: number, words: string) =>
    `${name}: hạng ${from} thành ${to}, ${words}`,
  otherRows: (k: number) => `… ${n(k)} cơ quan khác …`,
  // So sánh
  comparePrevious: "Kỳ trước",
  compareCurrent: "Kỳ này",
  fromPaste: "Dán bảng",
  fromSheet: (sheet: string) => `Trang “${sheet}”`,
  pastePrevious: "Dán bảng xếp hạng của kỳ trước vào đây",
  pasteCurrent: "Dán bảng xếp hạng của kỳ này vào đây",
  rule: "Hạng kỳ trước của đơn vị hợp nhất",
  ruleNone: "Không gộp (chỉ nêu các đơn vị tiền thân)",
  ruleBest: "Hạng tốt nhất của các đơn vị tiền thân",
  ruleMean: "Trung bình hạng của các đơn vị tiền thân",
  runCompare: "So sánh và ghi ra trang “So sánh”",
  compared: (k: number, sheet: string, across: boolean) =>
    `Đã so sánh ${n(k)} cơ quan và ghi ra trang “${sheet}”${across ? "; hai bảng khác danh mục đơn vị: mỗi đơn vị được so với các đơn vị tiền thân" : ""}.`,
  relativeNote: (before: number, now: number) =>
    `Hai bảng khác số đơn vị (${n(before)} và ${n(now)}): hạng ghi kèm số đơn vị (44/63), và thay đổi là của vị trí tương đối — (N − hạng) / (N − 1) × 100, 100 là đầu bảng, 0 là cuối bảng — tính bằng điểm phần trăm.`,
  nextAfterCompare:
    "Tiếp theo: mở trang “So sánh”, hoặc dán bảng của kỳ khác để so sánh tiếp.",
  previousRank: "Hạng trước",
  predecessors: "Đơn vị tiền thân",
  isNew: "không có ở kỳ trước",
  gone: (names: string) => `Không còn trong kỳ này: ${names}`,
  movementChart: "Vị trí trong bảng xếp hạng: kỳ trước (trái) và kỳ này (phải)",
  periodPrevious: "Kỳ trước",
  periodCurrent: "Kỳ này",
  slopePoint: (name: string, before: string, now: string, words: string) =>
    `${name}: ${before} → ${now}, ${words}`,
  pointsSuffix: "điểm",
  // Độ tin cậy của hạng
  uncertaintyIntro:
    "Thử lại xếp hạng nhiều lần, mỗi lần trọng số các nhóm lệch ngẫu nhiên quanh giá trị ban đầu: hạng nào vững, hạng nào dễ đổi.",
  fromWhatIf: (list: string) =>
    `Bắt đầu từ các trọng số đặt ở bước 5 (Thử trọng số): ${list}.`,
  fromMethodology: (list: string) =>
    `Bắt đầu từ trọng số của phương pháp: ${list}.`,
  notCounted: (list: string) =>
    `Các nhóm chưa có số liệu không được tính và không được thử: ${list}.`,
  draws: "Số lần thử",
  spread: "Độ lệch trọng số (±%)",
  seed: "Hạt giống (cùng hạt giống, cùng kết quả)",
  varyPoints: "Lệch cả điểm từng tiêu chí",
  varyAggregation: "Thử cả cách tổng hợp (cộng, nhân, trung bình thứ hạng)",
  varyNormalisation: "Thử cả cách chuẩn hoá (min-max)",
  runUncertainty: "Chạy",
  nothingRanked:
    "Với các trọng số này không cơ quan nào được xếp hạng (các nhóm có trọng số chưa có số liệu), nên không có gì để thử. Hãy đặt trọng số cho các nhóm có số liệu ở bước 5.",
  progress: (done: number, total: number) =>
    `Đã thử ${n(done)}/${n(total)} lần`,
  writeUncertainty: "Ghi ra trang tính",
  uncertaintyWritten: (sheet: string) => `Đã ghi trang “${sheet}”.`,
  nextAfterUncertainty:
    "Tiếp theo: so sánh với kỳ trước ở bước 7, hoặc đổi trọng số ở bước 5 rồi chạy lại.",
  bandChart: "Hạng (chấm) và khoảng 5–95% số lần thử (vạch)",
  bandPoint: (rank: number, name: string, low: number, high: number) =>
    `Hạng ${rank}: ${name}, 90% số lần thử từ hạng ${low} đến ${high}`,
  wideTag: "rộng",
  median: "Trung vị",
  band: "5–95%",
  top10: "Top 10",
  badNumber: (what: string, range: string) =>
    `${what}: cần số trong khoảng ${range}.`,
};

type Strings = typeof vi;

const en: Strings = {
  lang: "en",
  title: "IT Index of State Agencies",
  language: "Tiếng Việt",
  private: "All computing runs on this machine; no data is sent anywhere.",
  outsideExcel:
    "Running outside Excel: the workbook lives only in this page's memory.",
  sheetNamesStay:
    "Sheet names stay in Vietnamese in both languages, so that formulas naming them keep working; titles and headers of the results are in English.",
  steps: {
    prepare: "Prepare",
    paste: "Paste data",
    check: "Check",
    rank: "Compute & rank",
    whatIf: "Try weights",
    uncertainty: "Rank robustness",
    compare: "Compare",
  },
  stepHeading: (k, name) => `Step ${k}. ${name}`,
  goTo: (k, name) => `Go to step ${k}: ${name}`,
  busy: "Working…",
  cancel: "Cancel",
  cancelled: "Cancelled; the result of this run was discarded.",
  details: "Technical details",
  errorTitle: "This could not be done.",
  doneTitle: "Done.",
  warningTitle: "To review.",
  unexpected:
    "An unexpected fault in the add-in. Try again; if it persists, send the “Technical details” to support.",
  officeErrors: {
    InvalidArgument:
      "Excel did not accept a value sent to it. Check the sheet and cell names and try again.",
    ItemNotFound:
      "A sheet or table the step needs is missing. Press “Create or repair the sheets” in the Prepare step.",
    ItemAlreadyExists:
      "A sheet or table of that name already exists; the add-in does not replace it. Rename it and try again.",
    RequestPayloadSizeLimitExceeded:
      "Too much data for one request. Try again with fewer rows.",
    AccessDenied:
      "The workbook is protected or read-only. Unprotect it and try again.",
    GeneralException:
      "Excel reported a general error. Save the workbook, reopen it and try again.",
    ApiNotFound:
      "This version of Excel lacks a feature the step needs. Update Excel or use Excel on the web.",
    InvalidOperation:
      "Excel does not allow this on the workbook as it is. Save the workbook, reopen it and try again.",
  },
  increment: "Increase",
  decrement: "Decrease",
  number: (v, decimals = 0) => formatNumber(v, { decimals, lang: "en" }),
  methodology: "Methodology",
  prepare: "Create or repair the sheets",
  prepared: (created, kept) =>
    `Created ${plural(created, "sheet", "sheets")}; kept ${plural(kept, "existing one", "existing ones")}.`,
  replacedSheets: (k) =>
    `Replaced ${plural(k, "sheet", "sheets")} of the former methodology.`,
  nextAfterPrepare: "Next: paste the figures in step 2.",
  replaceWith: (name) => `Replace with “${name}”`,
  keepMethodology: (name) => `Keep “${name}”`,
  keptMethodology: (name) => `Kept the methodology “${name}”; nothing changed.`,
  pasteLabel:
    "Paste a ranked table copied from a report, a web page, slides or a PDF (best with its title line)",
  preview: "Preview",
  recognised: (block, group, rows) =>
    `Recognised: block ${block}, ${group}, ${plural(rows, "row", "rows")}.`,
  groupOf: (id) => `group ${id}`,
  publishedOnly: "a published ranking",
  overallGroup: "the overall index",
  doubtful:
    "Names misspelt or not recognised are marked ⚠ (to review); names printed otherwise show how they were printed.",
  needsReview: "to review",
  understood: "How the table was read",
  unknown: "unknown",
  whichTable: "Table",
  columnRoles: "Column roles (choose again if read wrong)",
  columnLabel: (k, header) =>
    header ? `Column ${k}: ${header}` : `Column ${k}`,
  auto: (role) => `Recognised: ${role}`,
  roles: {
    "row-number": "Row number",
    rank: "Rank",
    agency: "Agency",
    value: "Value",
    part: "Part (level)",
    total: "Total",
    website: "Website",
    label: "Label",
    note: "Note",
    ignore: "Ignore",
    "previous-rank": "Previous rank",
    "previous-value": "Previous value",
  },
  blockLabel: "Block",
  groupLabel: "The table ranks",
  groupChoose: "— Choose —",
  groupNeeded:
    "The table's title names no criteria group: choose under “The table ranks” (a group, a criterion, the overall index, or “a published ranking only”), then write.",
  prepareFirstToWrite:
    "The workbook has no methodology yet: the groups below are the default methodology's. Do step 1 (Prepare) before writing.",
  previous: "Previous",
  notRanking:
    "No ranking to write yet. If the table has a rank or value column, choose the columns' roles above.",
  confirmImport: "Write into the sheet",
  imported: (k, sheet) =>
    `Wrote ${plural(k, "cell", "cells")} into “${sheet}”.`,
  importedSheet: (sheet) =>
    `Saved the published ranking on the sheet “${sheet}”.`,
  nextAfterImport:
    "Next: paste another group's table, or check the figures in step 3.",
  nextAfterPublished:
    "Next: compare it with another table in step 7, or check it in step 3.",
  kept: (k) =>
    `Kept ${plural(k, "cell that holds", "cells that hold")} a figure where the paste is empty or “--”.`,
  replaceAsk: (k, examples) =>
    `${plural(k, "cell", "cells")} of the sheet hold a figure other than the pasted one (${examples}). Nothing written yet: replace them?`,
  replaceSheetAsk: (sheet) =>
    `The sheet “${sheet}” already holds this published table. Nothing written yet: replace it with the one just pasted?`,
  replaceConfirm: (k) => `Replace ${plural(k, "cell", "cells")}`,
  replaceSheetConfirm: "Replace that sheet",
  replaceCancel: "Cancel, write nothing",
  skipped: (names) => `Skipped (not recognised): ${names}`,
  duplicates: (k) =>
    `${plural(k, "agency is", "agencies are")} listed on several rows of the paste. Nothing can be written yet: choose the row to keep for each, or leave out the repeated rows.`,
  duplicateOf: (name, lines) => `${name}: lines ${lines}`,
  keepLine: (line, cells) => `Keep line ${line} (${cells})`,
  dropRepeats: "Leave out the repeated rows (keep each agency's first)",
  moreDuplicates: (k) =>
    `… and ${plural(k, "other agency", "other agencies")}.`,
  rowsHidden: (k) =>
    `… ${plural(k, "row", "rows")} in the middle not shown here (written all the same) …`,
  rank: "Rank",
  agency: "Agency",
  value: "Value",
  printedAs: "printed as",
  runCheck: "Check the figures",
  counts: (e, w, i) =>
    `${plural(e, "error", "errors")}, ${plural(w, "warning", "warnings")}, ${plural(i, "note", "notes")}.`,
  severity: { error: "Error", warning: "Warning", info: "Note" },
  suggestion: "Suggestion",
  noFindings: (checks) =>
    `No findings in the ${plural(checks, "rule application", "rule applications")} made.`,
  nothingChecked:
    "No relation could be checked: the workbook has no figures to check yet, so nothing can be said of them. Paste tables in step 2 (Paste data), then check again.",
  nextAfterCheckErrors:
    "Next: correct the coloured cells (click a cell in the list below), check again, then compute and rank in step 4.",
  nextAfterCheck: "Next: compute and rank in step 4.",
  tablesRead: "Tables read",
  checkedTimes: (k) => `checked ${plural(k, "time", "times")}`,
  notChecked: "not checked",
  runRank: "Compute and write the rankings",
  ranked: (k, empty) =>
    `Wrote ${plural(k, "ranked table", "ranked tables")}${empty ? ` (${plural(empty, "table", "tables")} left out for want of figures)` : ""}.`,
  leftOutOfOverall: (block, groups) =>
    `${block}: the overall index leaves out ${groups}, which have no figures yet; the other groups' weights are renormalised.`,
  nextAfterRank: "Next: try other weights in step 5.",
  top: "Top",
  bottom: "Bottom",
  scoreWorkbook: "Read the figures to try weights",
  block: "Block",
  weight: "Weight",
  weightOf: (id, name) => `Weight of ${id} — ${name}`,
  slider: "slider",
  numberBox: "number",
  noFiguresTag: "no figures yet",
  reset: "Reset",
  scenarioName: "Scenario name",
  saveScenario: "Save the scenario to a sheet",
  saved: (sheet) => `Saved to “${sheet}”.`,
  nextAfterWhatIf:
    "Next: see how firm the ranks are when the weights move around these, in step 6.",
  replaceScenario: "Replace",
  stale:
    "The workbook was edited after this run; the results below may be out of date.",
  runAgain: "Check again",
  readAgain: "Read the figures again",
  restoredWeights:
    "Reopened the weights last tried in this workbook; press “Reset” for the methodology's own.",
  allZero:
    "Every weight is 0: there is no overall index to rank by. Set at least one weight above 0.",
  noFigures:
    "This block has no figures for any group yet: nothing can be ranked. Paste tables in step 2.",
  leftOut: (k, groups) =>
    `${plural(k, "group has", "groups have")} no figures yet and ${k === 1 ? "is" : "are"} left out of the overall index: ${groups}. The weights of the groups with figures are renormalised (they add up to 1).`,
  zeroEmpty: "Set the weights of the groups without figures to 0",
  filledUnweighted: (groups) =>
    `Every weighted group has no figures yet, and the groups with figures (${groups}) weigh 0: nothing can be ranked.`,
  weighFilled: "Give the groups with figures a weight of 1",
  unscored: (k, list) =>
    `${plural(k, "agency", "agencies")} could not be scored for lack of figures in groups: ${list}${k > 5 ? "; …" : ""}. Paste those groups' tables in step 2, or set that group's weight to 0.`,
  change: "Change",
  criterionPoints: (group) => `Points of the criteria of ${group}`,
  points: "Points",
  edition: "Agency register",
  editionAuto: "Chosen by the table's year and names",
  editionOf: (year) => `Register ${year}`,
  indexChart: (title) => `Chart: ${title}`,
  highlight: "Highlight agency",
  highlightNone: "— None —",
  whatIfChart: "Rank change against the methodology's weights",
  whatIfNoChange:
    "No agency's rank has changed from the methodology's weights.",
  whatIfNoBase:
    "The methodology's own weights rank no agency, so there is no rank to compare with.",
  showTable: "Show as a table",
  showChart: "Show the chart",
  chartKeys:
    "Tab into the chart, then use the arrow keys to go through the agencies in rank order.",
  barPoint: (rank, name, value) => `Rank ${rank}: ${name}, ${value}`,
  changePoint: (name, from, to, words) =>
    `${name}: rank ${from} becomes ${to}, ${words}`,
  otherRows: (k) => `… ${plural(k, "other agency", "other agencies")} …`,
  comparePrevious: "Previous period",
  compareCurrent: "This period",
  fromPaste: "Paste a table",
  fromSheet: (sheet) => `Sheet “${sheet}”`,
  pastePrevious: "Paste the previous period's ranked table here",
  pasteCurrent: "Paste this period's ranked table here",
  rule: "Previous rank of a merged unit",
  ruleNone: "None (list the predecessors only)",
  ruleBest: "Best rank of the predecessors",
  ruleMean: "Mean rank of the predecessors",
  runCompare: "Compare and write the “So sánh” sheet",
  compared: (k, sheet, across) =>
    `Compared ${plural(k, "agency", "agencies")} and wrote the sheet “${sheet}”${across ? "; the tables use different registers: each unit is compared with its predecessors" : ""}.`,
  relativeNote: (before, now) =>
    `The tables rank different numbers of units (${nEn(before)} and ${nEn(now)}): each rank is given with its N (44/63), and the change is of relative position — (N − rank) / (N − 1) × 100, 100 at the top, 0 at the bottom — in percentage points.`,
  nextAfterCompare:
    "Next: open the “So sánh” sheet, or paste another period's table to compare again.",
  previousRank: "Previous",
  predecessors: "Predecessors",
  isNew: "not in the previous table",
  gone: (names) => `No longer listed: ${names}`,
  movementChart:
    "Place in the ranking: previous period (left) and this period (right)",
  periodPrevious: "Previous",
  periodCurrent: "Now",
  slopePoint: (name, before, now, words) =>
    `${name}: ${before} → ${now}, ${words}`,
  pointsSuffix: "points",
  uncertaintyIntro:
    "Ranks the block again many times, each time with the groups' weights moved at random around their starting values: which ranks are firm, which change easily.",
  fromWhatIf: (list) =>
    `Starting from the weights set in step 5 (Try weights): ${list}.`,
  fromMethodology: (list) =>
    `Starting from the methodology's weights: ${list}.`,
  notCounted: (list) =>
    `The groups without figures are neither counted nor drawn: ${list}.`,
  draws: "Draws",
  spread: "Weight spread (±%)",
  seed: "Seed (same seed, same result)",
  varyPoints: "Also move each criterion's points",
  varyAggregation:
    "Also try the aggregation (arithmetic, geometric, mean of ranks)",
  varyNormalisation: "Also try the normalisation (min-max)",
  runUncertainty: "Run",
  nothingRanked:
    "With these weights no agency is ranked (the weighted groups have no figures), so there is nothing to try. Weigh the groups with figures in step 5.",
  progress: (done, total) => `${nEn(done)} of ${nEn(total)} draws`,
  writeUncertainty: "Write to a sheet",
  uncertaintyWritten: (sheet) => `Wrote the sheet “${sheet}”.`,
  nextAfterUncertainty:
    "Next: compare with the previous period in step 7, or change the weights in step 5 and run again.",
  bandChart: "Rank (dot) and the 5–95% band of the draws (bar)",
  bandPoint: (rank, name, low, high) =>
    `Rank ${rank}: ${name}, 90% of draws from rank ${low} to ${high}`,
  wideTag: "wide",
  median: "Median",
  band: "5–95%",
  top10: "Top 10",
  badNumber: (what, range) => `${what}: a number from ${range} is needed.`,
};

export const STRINGS = { vi, en };
export type Lang = keyof typeof STRINGS;
export type { Strings };
