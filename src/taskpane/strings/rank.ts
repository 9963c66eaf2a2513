/** The pane's words for step 4, Tính & xếp hạng (Compute & rank), each a Msg: Vietnamese, then English. */
import { both } from "../../core/msg";
import { n, plural } from "./numbers";

export const RANK = {
  runRank: both("Tính và ghi bảng xếp hạng", "Compute and write the rankings"),
  ranked: both(
    (k: number, empty: number) =>
      `Đã ghi ${n(k)} bảng xếp hạng${empty ? ` (${n(empty)} bảng chưa có số liệu nên chưa ghi)` : ""}.`,
    (k, empty) =>
      `Wrote ${plural(k, "ranked table", "ranked tables")}${empty ? ` (${plural(empty, "table", "tables")} left out for want of figures)` : ""}.`,
  ),
  leftOutOfOverall: both(
    (block: string, groups: string) =>
      `${block}: chỉ số tổng hợp không tính ${groups} vì các nhóm này chưa có số liệu; trọng số của các nhóm còn lại được chuẩn hoá lại.`,
    (block, groups) =>
      `${block}: the overall index leaves out ${groups}, which have no figures yet; the other groups' weights are renormalised.`,
  ),
  nextAfterRank: both(
    "Tiếp theo: thử trọng số ở bước 5.",
    "Next: try other weights in step 5.",
  ),
  unranked: both(
    (k: number, names: string) =>
      `${n(k)} cơ quan chưa có số liệu nên không xếp hạng: ${names}`,
    (k, names) =>
      `${plural(k, "agency has", "agencies have")} no figure and so no rank: ${names}`,
  ),
  top: both("Đầu bảng", "Top"),
  bottom: both("Cuối bảng", "Bottom"),
};
