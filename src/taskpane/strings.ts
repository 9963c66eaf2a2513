/** Every text the pane shows, Vietnamese first, English second. */
const vi = {
  lang: "vi" as "vi" | "en",
  title: "Chỉ số CNTT cơ quan nhà nước",
  language: "English",
  private: "Mọi phép tính chạy trên máy này; số liệu không được gửi đi đâu.",
  outsideExcel:
    "Đang chạy ngoài Excel: sổ tính chỉ nằm trong bộ nhớ của trang này.",
  steps: {
    prepare: "Chuẩn bị",
    paste: "Nhập dữ liệu",
    check: "Kiểm tra",
    rank: "Tính & xếp hạng",
    whatIf: "Thử trọng số",
    compare: "So sánh",
    uncertainty: "Độ tin cậy của hạng",
  },
  busy: "Đang xử lý…",
  cancel: "Hủy",
  cancelled: "Đã hủy; kết quả của lần chạy này bị bỏ qua.",
  details: "Chi tiết kỹ thuật",
  errorTitle: "Không làm được việc này.",
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
  },
  // Chuẩn bị
  methodology: "Phương pháp",
  prepare: "Tạo hoặc sửa các trang tính",
  prepared: (created: number, kept: number) =>
    `Đã tạo ${created} trang; giữ nguyên ${kept} trang đã có.`,
  // Nhập dữ liệu
  pasteLabel:
    "Dán một bảng xếp hạng sao chép từ báo cáo, trang web, trình chiếu hay PDF (nên gồm dòng tên bảng)",
  preview: "Xem trước",
  recognised: (block: string, group: string, rows: number) =>
    `Nhận ra: khối ${block}, nhóm ${group}, ${rows} dòng.`,
  doubtful: "Tên cần xem lại được tô đỏ.",
  understood: "Đã hiểu bảng như sau",
  unknown: "chưa rõ",
  whichTable: "Bảng",
  columnRoles: "Vai trò các cột (chọn lại nếu nhận sai)",
  columnLabel: (n: number, header: string) =>
    header ? `Cột ${n}: ${header}` : `Cột ${n}`,
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
  previous: "Kỳ trước",
  notRanking:
    "Chưa có bảng xếp hạng để ghi. Nếu bảng có cột thứ hạng hoặc giá trị, hãy chọn vai trò các cột ở trên.",
  confirmImport: "Ghi vào trang tính",
  imported: (n: number, sheet: string) => `Đã ghi ${n} ô vào trang “${sheet}”.`,
  kept: (n: number) =>
    `Giữ nguyên ${n} ô đã có số vì bảng dán để trống hoặc ghi “--” ở đó.`,
  replaceAsk: (n: number, examples: string) =>
    `${n} ô trong trang đang có số khác số dán (${examples}). Chưa ghi gì: ghi đè các ô này?`,
  replaceConfirm: (n: number) => `Ghi đè ${n} ô`,
  replaceCancel: "Thôi, không ghi",
  skipped: (names: string) => `Bỏ qua (không nhận ra): ${names}`,
  rank: "Hạng",
  agency: "Cơ quan",
  value: "Giá trị",
  printedAs: "Tên in",
  // Kiểm tra
  runCheck: "Kiểm tra số liệu",
  counts: (e: number, w: number, i: number) =>
    `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  suggestion: "Gợi ý",
  noFindings: (checks: number) =>
    `Không có phát hiện nào trong ${checks} lần áp quy tắc đã làm.`,
  nothingChecked:
    "Chưa kiểm tra được quan hệ nào: sổ tính chưa có số liệu để kiểm tra, nên chưa thể nói số liệu đúng hay sai. Hãy dán bảng ở bước 2 (Nhập dữ liệu) rồi kiểm tra lại.",
  tablesRead: "Bảng đã đọc",
  checkedTimes: (n: number) => `đã kiểm tra ${n} lần`,
  notChecked: "chưa kiểm tra",
  // Tính & xếp hạng
  runRank: "Tính và ghi bảng xếp hạng",
  ranked: (n: number, empty: number) =>
    `Đã ghi ${n} bảng xếp hạng${empty ? ` (${empty} bảng chưa có số liệu nên chưa ghi: dán bảng của các nhóm đó ở bước 2)` : ""}.`,
  top: "Đầu bảng",
  bottom: "Cuối bảng",
  // Thử trọng số
  startWhatIf: "Đọc số liệu để thử trọng số",
  block: "Khối",
  weight: "Trọng số",
  reset: "Đặt lại",
  scenarioName: "Tên kịch bản",
  saveScenario: "Lưu kịch bản vào trang tính",
  saved: (sheet: string) => `Đã lưu vào trang “${sheet}”.`,
  replaceScenario: "Ghi đè",
  stale: "Sổ tính đã được sửa sau lần chạy này; kết quả dưới đây có thể đã cũ.",
  runAgain: "Kiểm tra lại",
  readAgain: "Đọc lại số liệu",
  restoredWeights:
    "Đã mở lại các trọng số thử lần trước trong sổ tính này; bấm “Đặt lại” để về trọng số của phương pháp.",
  allZero:
    "Mọi trọng số đều bằng 0: không có chỉ số tổng hợp để xếp hạng. Hãy đặt ít nhất một trọng số lớn hơn 0.",
  noFigures:
    "Chưa tính được cơ quan nào: khối này chưa có số liệu của các nhóm có trọng số. Hãy dán bảng ở bước 2.",
  unscored: (n: number, list: string) =>
    `${n} cơ quan chưa tính được vì thiếu số liệu của nhóm: ${list}${n > 5 ? "; …" : ""}. Hãy dán bảng của các nhóm này ở bước 2.`,
  change: "Thay đổi",
  // Danh mục đơn vị
  edition: "Danh mục đơn vị",
  editionAuto: "Tự chọn theo năm và tên đơn vị",
  editionOf: (year: string) => `Danh mục ${year}`,
  // Biểu đồ
  indexChart: (title: string) => `Biểu đồ: ${title}`,
  highlight: "Tô đậm cơ quan",
  whatIfChart: "Thay đổi thứ hạng so với trọng số của phương pháp",
  whatIfNoChange: "Chưa cơ quan nào đổi hạng so với trọng số của phương pháp.",
  movementChart: "Thứ hạng kỳ trước (trái) và kỳ này (phải)",
  // So sánh
  comparePrevious: "Kỳ trước",
  compareCurrent: "Kỳ này",
  fromPaste: "Dán bảng",
  fromSheet: (sheet: string) => `Trang “${sheet}”`,
  pasteHere: "Dán bảng xếp hạng của kỳ này vào đây",
  rule: "Hạng kỳ trước của đơn vị hợp nhất",
  ruleNone: "Không gộp (chỉ nêu các đơn vị tiền thân)",
  ruleBest: "Hạng tốt nhất của các đơn vị tiền thân",
  ruleMean: "Trung bình hạng của các đơn vị tiền thân",
  runCompare: "So sánh và ghi ra trang “So sánh”",
  compared: (n: number, sheet: string, across: boolean) =>
    `Đã so sánh ${n} cơ quan và ghi ra trang “${sheet}”${across ? "; hai bảng khác danh mục đơn vị: mỗi đơn vị được so với các đơn vị tiền thân" : ""}.`,
  previousRank: "Hạng trước",
  predecessors: "Đơn vị tiền thân",
  isNew: "mới",
  gone: (names: string) => `Không còn trong kỳ này: ${names}`,
  // Điểm tiêu chí (thử dưới mức nhóm)
  criterionPoints: (group: string) => `Điểm các tiêu chí của ${group}`,
  points: "Điểm",
  // Độ tin cậy của hạng
  uncertaintyIntro:
    "Thử lại xếp hạng nhiều lần, mỗi lần trọng số các nhóm lệch ngẫu nhiên quanh giá trị của phương pháp: hạng nào vững, hạng nào dễ đổi.",
  draws: "Số lần thử",
  spread: "Độ lệch trọng số (±%)",
  seed: "Hạt giống (cùng hạt giống, cùng kết quả)",
  varyPoints: "Lệch cả điểm từng tiêu chí",
  varyAggregation: "Thử cả cách tổng hợp (cộng, nhân, trung bình thứ hạng)",
  varyNormalisation: "Thử cả cách chuẩn hoá (min-max)",
  runUncertainty: "Chạy",
  progress: (done: number, total: number) =>
    `Đã thử ${done.toLocaleString("vi-VN")}/${total.toLocaleString("vi-VN")} lần`,
  writeUncertainty: "Ghi ra trang tính",
  uncertaintyWritten: (sheet: string) => `Đã ghi trang “${sheet}”.`,
  bandChart: "Hạng (chấm) và khoảng 5–95% số lần thử (vạch)",
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
  steps: {
    prepare: "Prepare",
    paste: "Paste data",
    check: "Check",
    rank: "Compute & rank",
    whatIf: "Try weights",
    compare: "Compare",
    uncertainty: "Rank robustness",
  },
  busy: "Working…",
  cancel: "Cancel",
  cancelled: "Cancelled; the result of this run was discarded.",
  details: "Technical details",
  errorTitle: "This could not be done.",
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
  },
  methodology: "Methodology",
  prepare: "Create or repair the sheets",
  prepared: (created, kept) =>
    `Created ${created} sheets; kept ${kept} existing ones.`,
  pasteLabel:
    "Paste a ranked table copied from a report, a web page, slides or a PDF (best with its title line)",
  preview: "Preview",
  recognised: (block, group, rows) =>
    `Recognised: block ${block}, group ${group}, ${rows} rows.`,
  doubtful: "Names to review are shown in red.",
  understood: "How the table was read",
  unknown: "unknown",
  whichTable: "Table",
  columnRoles: "Column roles (choose again if read wrong)",
  columnLabel: (n, header) =>
    header ? `Column ${n}: ${header}` : `Column ${n}`,
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
  previous: "Previous",
  notRanking:
    "No ranking to write yet. If the table has a rank or value column, choose the columns' roles above.",
  confirmImport: "Write into the sheet",
  imported: (n, sheet) => `Wrote ${n} cells into “${sheet}”.`,
  kept: (n) =>
    `Kept ${n} cells that hold a figure where the paste is empty or “--”.`,
  replaceAsk: (n, examples) =>
    `${n} cells of the sheet hold a figure other than the pasted one (${examples}). Nothing written yet: replace them?`,
  replaceConfirm: (n) => `Replace ${n} cells`,
  replaceCancel: "Cancel, write nothing",
  skipped: (names) => `Skipped (not recognised): ${names}`,
  rank: "Rank",
  agency: "Agency",
  value: "Value",
  printedAs: "Printed as",
  runCheck: "Check the figures",
  counts: (e, w, i) => `${e} errors, ${w} warnings, ${i} notes`,
  severity: { error: "Error", warning: "Warning", info: "Note" },
  suggestion: "Suggestion",
  noFindings: (checks) =>
    `No findings in the ${checks} rule applications made.`,
  nothingChecked:
    "No relation could be checked: the workbook has no figures to check yet, so nothing can be said of them. Paste tables in step 2 (Paste data), then check again.",
  tablesRead: "Tables read",
  checkedTimes: (n) => `checked ${n} times`,
  notChecked: "not checked",
  runRank: "Compute and write the rankings",
  ranked: (n, empty) =>
    `Wrote ${n} ranked tables${empty ? ` (${empty} left out for want of figures: paste those groups' tables in step 2)` : ""}.`,
  top: "Top",
  bottom: "Bottom",
  startWhatIf: "Read the figures to try weights",
  block: "Block",
  weight: "Weight",
  reset: "Reset",
  scenarioName: "Scenario name",
  saveScenario: "Save the scenario to a sheet",
  saved: (sheet) => `Saved to “${sheet}”.`,
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
    "No agency could be scored: this block has no figures yet for the weighted groups. Paste tables in step 2.",
  unscored: (n, list) =>
    `${n} agencies could not be scored for lack of figures in groups: ${list}${n > 5 ? "; …" : ""}. Paste those groups' tables in step 2.`,
  change: "Change",
  edition: "Agency register",
  editionAuto: "Chosen by the table's year and names",
  editionOf: (year) => `Register ${year}`,
  indexChart: (title) => `Chart: ${title}`,
  highlight: "Highlight agency",
  whatIfChart: "Rank change against the methodology's weights",
  whatIfNoChange:
    "No agency's rank has changed from the methodology's weights.",
  movementChart: "Previous rank (left) and rank now (right)",
  comparePrevious: "Previous period",
  compareCurrent: "This period",
  fromPaste: "Paste a table",
  fromSheet: (sheet) => `Sheet “${sheet}”`,
  pasteHere: "Paste this period's ranked table here",
  rule: "Previous rank of a merged unit",
  ruleNone: "None (list the predecessors only)",
  ruleBest: "Best rank of the predecessors",
  ruleMean: "Mean rank of the predecessors",
  runCompare: "Compare and write the “So sánh” sheet",
  compared: (n, sheet, across) =>
    `Compared ${n} agencies and wrote the sheet “${sheet}”${across ? "; the tables use different registers: each unit is compared with its predecessors" : ""}.`,
  previousRank: "Previous",
  predecessors: "Predecessors",
  isNew: "new",
  gone: (names) => `No longer listed: ${names}`,
  criterionPoints: (group) => `Points of the criteria of ${group}`,
  points: "Points",
  uncertaintyIntro:
    "Ranks the block again many times, each time with the groups' weights moved at random around the methodology's: which ranks are firm, which change easily.",
  draws: "Draws",
  spread: "Weight spread (±%)",
  seed: "Seed (same seed, same result)",
  varyPoints: "Also move each criterion's points",
  varyAggregation:
    "Also try the aggregation (arithmetic, geometric, mean of ranks)",
  varyNormalisation: "Also try the normalisation (min-max)",
  runUncertainty: "Run",
  progress: (done, total) =>
    `${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} draws`,
  writeUncertainty: "Write to a sheet",
  uncertaintyWritten: (sheet) => `Wrote the sheet “${sheet}”.`,
  bandChart: "Rank (dot) and the 5–95% band of the draws (bar)",
  median: "Median",
  band: "5–95%",
  top10: "Top 10",
  badNumber: (what, range) => `${what}: a number from ${range} is needed.`,
};

export const STRINGS = { vi, en };
export type Lang = keyof typeof STRINGS;
export type { Strings };
