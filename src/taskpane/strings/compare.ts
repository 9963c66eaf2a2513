/** The pane's words for step 7, So sánh (Compare), each a Msg: Vietnamese, then English. */
import { both } from "../../core/msg";
import { n, nEn, plural } from "./numbers";

export const COMPARE = {
  comparePrevious: both("Kỳ trước", "Previous period"),
  compareCurrent: both("Kỳ này", "This period"),
  fromPaste: both("Dán bảng", "Paste a table"),
  fromSheet: both(
    (sheet: string) => `Trang “${sheet}”`,
    (sheet) => `Sheet “${sheet}”`,
  ),
  pastePrevious: both(
    "Dán bảng xếp hạng của kỳ trước vào đây",
    "Paste the previous period's ranked table here",
  ),
  pasteCurrent: both(
    "Dán bảng xếp hạng của kỳ này vào đây",
    "Paste this period's ranked table here",
  ),
  rule: both(
    "Hạng kỳ trước của đơn vị hợp nhất",
    "Previous rank of a merged unit",
  ),
  ruleNone: both(
    "Không gộp (chỉ nêu các đơn vị tiền thân)",
    "None (list the predecessors only)",
  ),
  ruleBest: both(
    "Hạng tốt nhất của các đơn vị tiền thân",
    "Best rank of the predecessors",
  ),
  ruleMean: both(
    "Trung bình hạng của các đơn vị tiền thân",
    "Mean rank of the predecessors",
  ),
  regroupPrevious: both(
    "Gộp số liệu kỳ trước về các đơn vị hiện hành",
    "Carry the previous figures to the units now in force",
  ),
  regrouped: both(
    (units: number, how: string, missing: number) =>
      `Đã gộp số liệu kỳ trước về ${n(units)} đơn vị hiện hành, mỗi đơn vị từ đúng các đơn vị tiền thân trong danh mục (${how})${missing ? `; ${n(missing)} đơn vị không tính được vì thiếu đơn vị tiền thân (xem cuối bảng)` : ""}. Ô “Kỳ trước” nay là bảng đã gộp: xem lại, rồi bấm So sánh.`,
    (units, how, missing) =>
      `Carried the previous figures to the ${nEn(units)} units now in force, each from exactly its predecessors in the register (${how})${missing ? `; ${plural(missing, "unit", "units")} not computed for a missing predecessor (see below the table)` : ""}. The “Previous period” box now holds the regrouped table: look it over, then Compare.`,
  ),
  runCompare: both(
    "So sánh và ghi ra trang “So sánh”",
    "Compare and write the “So sánh” sheet",
  ),
  compared: both(
    (k: number, sheet: string, across: boolean) =>
      `Đã so sánh ${n(k)} cơ quan và ghi ra trang “${sheet}”${across ? "; hai bảng khác danh mục đơn vị: mỗi đơn vị được so với các đơn vị tiền thân" : ""}.`,
    (k, sheet, across) =>
      `Compared ${plural(k, "agency", "agencies")} and wrote the sheet “${sheet}”${across ? "; the tables use different registers: each unit is compared with its predecessors" : ""}.`,
  ),
  relativeNote: both(
    (before: number, now: number) =>
      `Hai bảng khác số đơn vị (${n(before)} và ${n(now)}): hạng ghi kèm số đơn vị (44/63), và thay đổi là của vị trí tương đối — (N − hạng) / (N − 1) × 100, 100 là đầu bảng, 0 là cuối bảng — tính bằng điểm phần trăm.`,
    (before, now) =>
      `The tables rank different numbers of units (${nEn(before)} and ${nEn(now)}): each rank is given with its N (44/63), and the change is of relative position — (N − rank) / (N − 1) × 100, 100 at the top, 0 at the bottom — in percentage points.`,
  ),
  nextAfterCompare: both(
    "Tiếp theo: mở trang “So sánh”, hoặc dán bảng của kỳ khác để so sánh tiếp.",
    "Next: open the “So sánh” sheet, or paste another period's table to compare again.",
  ),
  previousRank: both("Hạng trước", "Previous"),
  predecessors: both("Đơn vị tiền thân", "Predecessors"),
  unrankedNote: both(
    (which: string, ranked: number, of: number) =>
      `${which} chỉ ${n(ranked)}/${n(of)} cơ quan có số liệu: hạng của chúng là hạng trong số đó, đặt trên ${n(of)} cơ quan của bảng.`,
    (which, ranked, of) =>
      `${which}: only ${nEn(ranked)} of ${nEn(of)} agencies have figures; their ranks are among those, set against the table's ${nEn(of)}.`,
  ),
  isNew: both("đơn vị mới", "a new unit"),
  unlisted: both("không có ở bảng kỳ trước", "not in the previous table"),
  gone: both(
    (names: string) => `Không có trong bảng kỳ này: ${names}`,
    (names) => `Not in this period's table: ${names}`,
  ),
  movementChart: both(
    "Vị trí trong bảng xếp hạng: kỳ trước (trái) và kỳ này (phải)",
    "Place in the ranking: previous period (left) and this period (right)",
  ),
  periodPrevious: both("Kỳ trước", "Previous"),
  periodCurrent: both("Kỳ này", "Now"),
  slopePoint: both(
    (name: string, before: string, now: string, words: string) =>
      `${name}: ${before} → ${now}, ${words}`,
    (name, before, now, words) => `${name}: ${before} → ${now}, ${words}`,
  ),
  pointsSuffix: both("điểm", "points"),
};
