/** The pane's words for the charts and their table alternative, each a Msg: Vietnamese, then English. */
import { both } from "../../core/msg";
import { n, plural } from "./numbers";

export const CHARTS = {
  indexChart: both(
    (title: string) => `Biểu đồ: ${title}`,
    (title) => `Chart: ${title}`,
  ),
  highlight: both("Tô đậm cơ quan", "Highlight agency"),
  highlightNone: both("— Không —", "— None —"),
  whatIfChart: both(
    "Thay đổi thứ hạng so với trọng số của phương pháp",
    "Rank change against the methodology's weights",
  ),
  whatIfNoChange: both(
    "Chưa cơ quan nào đổi hạng so với trọng số của phương pháp.",
    "No agency's rank has changed from the methodology's weights.",
  ),
  whatIfNoBase: both(
    "Với trọng số của phương pháp không cơ quan nào được xếp hạng, nên chưa so được ai lên hay xuống hạng.",
    "The methodology's own weights rank no agency, so there is no rank to compare with.",
  ),
  showTable: both("Xem dạng bảng", "Show as a table"),
  showChart: both("Xem biểu đồ", "Show the chart"),
  chartKeys: both(
    "Bấm Tab vào biểu đồ rồi dùng phím mũi tên để đi qua từng cơ quan theo thứ hạng.",
    "Tab into the chart, then use the arrow keys to go through the agencies in rank order.",
  ),
  barPoint: both(
    (rank: number, name: string, value: string) =>
      `Hạng ${rank}: ${name}, ${value}`,
    (rank, name, value) => `Rank ${rank}: ${name}, ${value}`,
  ),
  changePoint: both(
    (name: string, from: number, to: number, words: string) =>
      `${name}: hạng ${from} thành ${to}, ${words}`,
    (name, from, to, words) => `${name}: rank ${from} becomes ${to}, ${words}`,
  ),
  otherRows: both(
    (k: number) => `… ${n(k)} cơ quan khác …`,
    (k) => `… ${plural(k, "other agency", "other agencies")} …`,
  ),
};
