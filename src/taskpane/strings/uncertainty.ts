/** The pane's words for step 6, Độ tin cậy của hạng (Rank robustness), each a Msg: Vietnamese, then English. */
import { both } from "../../core/msg";
import { n, nEn } from "./numbers";

export const UNCERTAINTY = {
  uncertaintyIntro: both(
    "Thử lại xếp hạng nhiều lần, mỗi lần trọng số các nhóm lệch ngẫu nhiên quanh giá trị ban đầu: hạng nào vững, hạng nào dễ đổi.",
    "Ranks the block again many times, each time with the groups' weights moved at random around their starting values: which ranks are firm, which change easily.",
  ),
  fromWhatIf: both(
    (list: string) =>
      `Bắt đầu từ các trọng số đặt ở bước 5 (Thử trọng số): ${list}.`,
    (list) => `Starting from the weights set in step 5 (Try weights): ${list}.`,
  ),
  fromMethodology: both(
    (list: string) => `Bắt đầu từ trọng số của phương pháp: ${list}.`,
    (list) => `Starting from the methodology's weights: ${list}.`,
  ),
  notCounted: both(
    (list: string) =>
      `Các nhóm chưa có số liệu không được tính và không được thử: ${list}.`,
    (list) =>
      `The groups without figures are neither counted nor drawn: ${list}.`,
  ),
  draws: both("Số lần thử", "Draws"),
  spread: both("Độ lệch trọng số (±%)", "Weight spread (±%)"),
  seed: both(
    "Hạt giống (cùng hạt giống, cùng kết quả)",
    "Seed (same seed, same result)",
  ),
  varyPoints: both(
    "Lệch cả điểm từng tiêu chí",
    "Also move each criterion's points",
  ),
  varyAggregation: both(
    "Thử cả cách tổng hợp (cộng, nhân, trung bình thứ hạng)",
    "Also try the aggregation (arithmetic, geometric, mean of ranks)",
  ),
  varyNormalisation: both(
    "Thử cả cách chuẩn hoá (min-max)",
    "Also try the normalisation (min-max)",
  ),
  runUncertainty: both("Chạy", "Run"),
  nothingRanked: both(
    "Với các trọng số này không cơ quan nào được xếp hạng (các nhóm có trọng số chưa có số liệu), nên không có gì để thử. Hãy đặt trọng số cho các nhóm có số liệu ở bước 5.",
    "With these weights no agency is ranked (the weighted groups have no figures), so there is nothing to try. Weigh the groups with figures in step 5.",
  ),
  progress: both(
    (done: number, total: number) => `Đã thử ${n(done)}/${n(total)} lần`,
    (done, total) => `${nEn(done)} of ${nEn(total)} draws`,
  ),
  writeUncertainty: both("Ghi ra trang tính", "Write to a sheet"),
  uncertaintyWritten: both(
    (sheet: string) => `Đã ghi trang “${sheet}”.`,
    (sheet) => `Wrote the sheet “${sheet}”.`,
  ),
  nextAfterUncertainty: both(
    "Tiếp theo: so sánh với kỳ trước ở bước 7, hoặc đổi trọng số ở bước 5 rồi chạy lại.",
    "Next: compare with the previous period in step 7, or change the weights in step 5 and run again.",
  ),
  bandChart: both(
    "Hạng (chấm) và khoảng 5–95% số lần thử (vạch)",
    "Rank (dot) and the 5–95% band of the draws (bar)",
  ),
  bandPoint: both(
    (rank: number, name: string, low: number, high: number) =>
      `Hạng ${rank}: ${name}, 90% số lần thử từ hạng ${low} đến ${high}`,
    (rank, name, low, high) =>
      `Rank ${rank}: ${name}, 90% of draws from rank ${low} to ${high}`,
  ),
  wideTag: both("rộng", "wide"),
  median: both("Trung vị", "Median"),
  band: both("5–95%", "5–95%"),
  top10: both("Top 10", "Top 10"),
  badNumber: both(
    (what: string, range: string) => `${what}: cần số trong khoảng ${range}.`,
    (what, range) => `${what}: a number from ${range} is needed.`,
  ),
};
