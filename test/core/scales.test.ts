/**
 * Scales from the header and the values (issue 19): an index out of 100 or points out of 1,000
 * are not "outside [0, 1]". Hand-written tables of other indices, in shapes the reference
 * reports do not have (pipes, tabs with a repeated column, `rank name value` lines). Consistent,
 * each raises nothing; its twin with one mistyped figure raises that finding, on that cell.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { getDefaultProfile } from "../../src/core/tables/vocabulary/profile";

const register = getDefaultRegister();
const fixture = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/scales", f), "utf8");
const serious = (text: string) =>
  runChecks(checkTablesFromText(text, "x.txt", register), register).findings.filter((f) => f.severity !== "info");

describe("the scale a header names", () => {
  it.each([
    ["Chỉ số (%)", 100],
    ["Tỷ lệ %", 100],
    ["Điểm (tối đa 1.000)", 1000],
    ["Thang điểm 10", 10],
    ["Điểm thẩm định (tối đa 68,5)", 68.5],
    ["Out of 100 points", 100],
    ["Chỉ số", undefined],
    ["Quý I/2018", undefined],
    ["Năm 2017", undefined],
  ])("%s → %s", (header, max) => expect(getDefaultProfile().scaleOf(header)).toBe(max));
});

describe("values on their own scale", () => {
  it("an index in per cent (`Chỉ số (%)`, pipes): nothing outside [0, 1]; 188,87 is outside [0, 100], an error on its cell", () => {
    const text = fixture("chi-so-100.txt");
    expect(serious(text)).toEqual([]);
    const found = serious(text.replace("| Bộ Tài chính | 88,87 |", "| Bộ Tài chính | 188,87 |"));
    expect(found.map((f) => [f.severity, f.where.line, f.where.column, f.message.vi])).toEqual([
      ["error", 7, 3, "Chỉ số 188,87 nằm ngoài [0, 100]"],
    ]);
  });

  it("points out of 1,000 in two columns holding one figure: checked once, on the column that names the scale", () => {
    const text = fixture("diem-1000.txt");
    expect(serious(text)).toEqual([]);
    const found = serious(text.replace("Thừa Thiên Huế\t655,0\t655,0", "Thừa Thiên Huế\t1.655,0\t1.655,0"));
    const range = found.filter((f) => f.ruleId.startsWith("mien-gia-tri"));
    expect(range.map((f) => [f.severity, f.where.line, f.where.column, f.message.vi])).toEqual([
      ["error", 5, 2, "Điểm 1.655,0 nằm ngoài [0, 1.000]"],
    ]);
  });

  it("an index whose header names no scale takes it from its values: out of 100 here, a value beyond it a warning, not an error", () => {
    const text = fixture("chi-so-100.txt").replace("Chỉ số (%)", "Chỉ số");
    expect(serious(text)).toEqual([]);
    const found = serious(text.replace("| Bộ Tài chính | 88,87 |", "| Bộ Tài chính | 188,87 |"));
    expect(found.map((f) => [f.severity, f.where.line, f.message.vi])).toEqual([
      ["warning", 7, "Chỉ số 188,87 vượt [0, 100], thang mà các giá trị khác của cột cho thấy"],
    ]);
  });

  it("an index on [0, 1] by its values keeps its errors: 817 among indices is 0,817 misread", () => {
    const text = fixture("chi-so-100.txt")
      .replace("Chỉ số (%)", "Chỉ số")
      .replace(/\| (\d\d),(\d\d) \|/g, (_, a, b) => `| 0,${a}${b} |`);
    expect(serious(text)).toEqual([]);
    const found = serious(text.replace("| Bộ Tài chính | 0,8887 |", "| Bộ Tài chính | 817 |"));
    expect(found.find((f) => f.ruleId === "mien-gia-tri.chi-so")).toMatchObject({ severity: "error", expected: 0.817 });
  });

  it("`rank name value` lines of a 100-point index, its scale named nowhere: read and raising nothing", () => {
    expect(serious(fixture("diem-khong-ghi-thang.txt"))).toEqual([]);
  });
});
