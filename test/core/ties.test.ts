/**
 * Ties ranked apart, judged once for the table (issue 19): a publisher that ranks on more decimals
 * than it prints gives equal printed values different ranks. Hand-written excerpt of a provincial
 * ranking with two such groups, one of which happens to be in name order.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";

const register = getDefaultRegister();
const text = fs.readFileSync(path.join(__dirname, "../fixtures/shapes/hang-nhieu-chu-so.txt"), "utf8");
const ranking = (t: string) =>
  runChecks(checkTablesFromText(t, "x.txt", register), register).findings.filter((f) => f.ruleId.startsWith("thu-hang"));

describe("ties ranked apart", () => {
  it("printed with decimals and not all in name order: one note for the table, listing every group, no warning", () => {
    const found = ranking(text);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([["thu-hang.nhieu-chu-so", "info"]]);
    expect(found[0].message.vi).toBe(
      "Bằng nhau theo số đã in nhưng xếp khác hạng (2 nhóm): 0,5088: Trà Vinh (20), Vĩnh Long (21), Đồng Tháp (22); 0,4999: Hậu Giang (24), Kiên Giang (25). Có lẽ đơn vị công bố xếp theo nhiều chữ số hơn số đã in.",
    );
  });

  it("every group in name order: ties numbered in sequence, a warning for each group", () => {
    const inOrder = text.replace("20\tTrà Vinh\t0,5088\n21\tVĩnh Long\t0,5088\n22\tĐồng Tháp\t0,5088", "20\tĐồng Tháp\t0,5088\n21\tTrà Vinh\t0,5088\n22\tVĩnh Long\t0,5088");
    // On the first row numbered apart from its group: Trà Vinh (21, line 6), Kiên Giang (25, line 10).
    const found = ranking(inOrder).map((f) => [f.ruleId, f.severity, f.where.line] as const);
    expect([...found].sort((a, b) => a[2]! - b[2]!)).toEqual([
      ["thu-hang.dong-hang", "warning", 6],
      ["thu-hang.dong-hang", "warning", 10],
    ]);
  });

  it("a rank the printed values contradict stays a warning, on its row", () => {
    const wrong = text.replace("23\tAn Giang\t0,5012", "23\tAn Giang\t0,5312");
    const found = ranking(wrong).filter((f) => f.severity !== "info");
    expect(found.map((f) => [f.ruleId, f.where.line])).toEqual([["thu-hang.thu-tu", 8]]);
  });
});
