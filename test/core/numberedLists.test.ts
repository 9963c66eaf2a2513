/**
 * Numbered lists (issue 19): `1. name`, `1) name`, `1 - name`, `Hạng 1: name`, one agency a line,
 * with or without a value, are rankings whose numbers are the ranks. A hand-written top-10 of
 * ministries, and its reshapings.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { parseRankedTables, readTables, rerankTable } from "../../src/core/tables";
import { describeTable } from "../../src/core/tables/recognise/understood";

const register = getDefaultRegister();
const list = fs.readFileSync(path.join(__dirname, "../fixtures/shapes/danh-sach-danh-so.txt"), "utf8");
const ranks = (text: string) => {
  const parsed = parseRankedTables(text, register);
  expect(parsed.problem).toBeUndefined();
  return rerankTable(parsed.tables[0]).rows.map((r) => [r.publishedRank, r.agency]);
};
const expected = [
  [1, "Bộ Tài chính"],
  [2, "Ngân hàng Nhà nước Việt Nam"],
  [3, "Bộ Tư pháp"],
  [4, "Bộ Công Thương"],
  [5, "Bộ Y tế"],
  [6, "Bộ Tài nguyên và Môi trường"],
  [7, "Bộ Xây dựng"],
  [8, "Bộ Kế hoạch và Đầu tư"],
  [9, "Bộ Giao thông vận tải"],
  [10, "Bộ Nội vụ"],
];

describe("a numbered list of agencies", () => {
  it("is a ranking of ranks only, said as a numbered list, an excerpt said once, nothing else raised", () => {
    const [t] = readTables(list, register);
    expect(t).toMatchObject({ layout: "list", shape: "ranking", block: "ministry" });
    expect(describeTable(t, register).vi).toMatch(/danh sách đánh số, số thứ tự là thứ hạng/);
    expect(t.periods.current).toMatchObject({ year: 2023 });
    expect(ranks(list)).toEqual(expected);
    const findings = runChecks(checkTablesFromText(list, "x.txt", register), register).findings;
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["danh-muc.trich-doan", "info"]]);
  });

  it.each([
    ["1)", (n: number, name: string) => `${n}) ${name}`],
    ["1 -", (n: number, name: string) => `${n} - ${name}`],
    ["1 –", (n: number, name: string) => `${n} – ${name}`],
    ["Hạng 1:", (n: number, name: string) => `Hạng ${n}: ${name}`],
    ["Thứ hạng 1.", (n: number, name: string) => `Thứ hạng ${n}. ${name}`],
  ])("written %s name, it reads the same", (_, line) => {
    const text = list.replace(/^(\d+)\. (.+)$/gm, (_m, n, name) => line(Number(n), name));
    expect(ranks(text)).toEqual(expected);
  });

  it("with a value on each line: the values ranked again, a rank they contradict found", () => {
    const valued = list.replace(/^(\d+)\. (.+)$/gm, (_m, n, name) => `${n}. ${name} ${(0.9 - Number(n) / 100).toFixed(2).replace(".", ",")}`);
    const parsed = parseRankedTables(valued, register);
    const rows = rerankTable(parsed.tables[0]).rows;
    expect(rows.every((r) => r.rank === r.publishedRank)).toBe(true);
    const swapped = valued.replace("4. Bộ Công Thương 0,86", "4. Bộ Công Thương 0,89");
    const found = runChecks(checkTablesFromText(swapped, "x.txt", register), register).findings.filter((f) => f.severity !== "info");
    expect(found.map((f) => [f.ruleId, f.agency?.name])).toEqual([["thu-hang.thu-tu", "Bộ Công Thương"]]);
  });

  it("numbered instructions in a letter are no ranking, though they start with agencies", () => {
    const letter = "Đề nghị các cơ quan sau thực hiện:\n1. Bộ Tài chính báo cáo kết quả trước ngày 15\n2. Bộ Tư pháp rà soát văn bản trong tháng 3\n3. Bộ Y tế tổng hợp số liệu quý 2\n";
    expect(readTables(letter, register).filter((t) => t.layout === "list")).toEqual([]);
    expect(parseRankedTables(letter, register).tables).toEqual([]);
  });

  it("a figure with a thousands point is no list number: `1.234 …` stays a figure", () => {
    const [t] = readTables("Số hồ sơ\nBộ Tài chính 1.234\nBộ Tư pháp 1.120\nBộ Y tế 1.005\n", register);
    expect(t?.layout).not.toBe("list");
  });
});
