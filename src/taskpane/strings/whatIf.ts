/** The pane's words for step 5, Thử trọng số (Try weights), each a Msg: Vietnamese, then English. */
import { both } from "../../core/msg";
import { n, plural } from "./numbers";

export const WHAT_IF = {
  scoreWorkbook: both(
    "Đọc số liệu để thử trọng số",
    "Read the figures to try weights",
  ),
  block: both("Khối", "Block"),
  weight: both("Trọng số", "Weight"),
  weightOf: both(
    (id: string, name: string) => `Trọng số ${id} — ${name}`,
    (id, name) => `Weight of ${id} — ${name}`,
  ),
  slider: both("thanh trượt", "slider"),
  numberBox: both("số", "number"),
  noFiguresTag: both("chưa có số liệu", "no figures yet"),
  assumedTag: both(
    "trọng số giả định: văn bản không công bố",
    "assumed weight: not published",
  ),
  reset: both("Đặt lại", "Reset"),
  scenarioName: both("Tên kịch bản", "Scenario name"),
  saveScenario: both(
    "Lưu kịch bản vào trang tính",
    "Save the scenario to a sheet",
  ),
  saved: both(
    (sheet: string) => `Đã lưu vào trang “${sheet}”.`,
    (sheet) => `Saved to “${sheet}”.`,
  ),
  nextAfterWhatIf: both(
    "Tiếp theo: xem các hạng vững đến đâu khi trọng số lệch quanh các giá trị này, ở bước 6.",
    "Next: see how firm the ranks are when the weights move around these, in step 6.",
  ),
  replaceScenario: both("Ghi đè", "Replace"),
  stale: both(
    "Sổ tính đã được sửa sau lần chạy này; kết quả dưới đây có thể đã cũ.",
    "The workbook was edited after this run; the results below may be out of date.",
  ),
  runAgain: both("Kiểm tra lại", "Check again"),
  readAgain: both("Đọc lại số liệu", "Read the figures again"),
  restoredWeights: both(
    "Đã mở lại các trọng số thử lần trước trong sổ tính này; bấm “Đặt lại” để về trọng số của phương pháp.",
    "Reopened the weights last tried in this workbook; press “Reset” for the methodology's own.",
  ),
  allZero: both(
    "Mọi trọng số đều bằng 0: không có chỉ số tổng hợp để xếp hạng. Hãy đặt ít nhất một trọng số lớn hơn 0.",
    "Every weight is 0: there is no overall index to rank by. Set at least one weight above 0.",
  ),
  noFigures: both(
    "Khối này chưa có số liệu của nhóm nào: chưa xếp hạng được. Hãy dán bảng ở bước 2.",
    "This block has no figures for any group yet: nothing can be ranked. Paste tables in step 2.",
  ),
  leftOut: both(
    (k: number, groups: string) =>
      `${n(k)} nhóm chưa có số liệu nên không tính vào chỉ số tổng hợp: ${groups}. Trọng số của các nhóm có số liệu được chuẩn hoá lại (tổng bằng 1).`,
    (k, groups) =>
      `${plural(k, "group has", "groups have")} no figures yet and ${k === 1 ? "is" : "are"} left out of the overall index: ${groups}. The weights of the groups with figures are renormalised (they add up to 1).`,
  ),
  zeroEmpty: both(
    "Đặt trọng số 0 cho các nhóm chưa có số liệu",
    "Set the weights of the groups without figures to 0",
  ),
  filledUnweighted: both(
    (groups: string) =>
      `Các nhóm có trọng số đều chưa có số liệu, còn các nhóm có số liệu (${groups}) đang có trọng số 0: chưa xếp hạng được.`,
    (groups) =>
      `Every weighted group has no figures yet, and the groups with figures (${groups}) weigh 0: nothing can be ranked.`,
  ),
  weighFilled: both(
    "Cho các nhóm có số liệu trọng số 1",
    "Give the groups with figures a weight of 1",
  ),
  unscored: both(
    (k: number, list: string) =>
      `${n(k)} cơ quan chưa tính được vì thiếu số liệu của nhóm: ${list}${k > 5 ? "; …" : "."} Hãy dán bảng của các nhóm này ở bước 2, hoặc đặt trọng số của nhóm đó bằng 0.`,
    (k, list) =>
      `${plural(k, "agency", "agencies")} could not be scored for lack of figures in groups: ${list}${k > 5 ? "; …" : "."} Paste those groups' tables in step 2, or set that group's weight to 0.`,
  ),
  change: both("Thay đổi", "Change"),
  criterionPoints: both(
    (group: string) => `Điểm các tiêu chí của ${group}`,
    (group) => `Points of the criteria of ${group}`,
  ),
  points: both("Điểm", "Points"),
};
