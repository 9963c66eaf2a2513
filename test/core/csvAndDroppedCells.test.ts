/**
 * CSV files and rows short of a cell (issue 19, item 10), on tables written by hand in shapes no
 * report fixture has: an English-locale CSV of DTI figures, a 100-point administrative-reform
 * index one cell per line with a dropped cell, a space-separated ranking with a dropped cell.
 * Each reads in full with the right roles; a consistent one raises nothing; its twin with one
 * mistyped figure raises that finding, on that cell; a row that cannot be placed is said.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { readTables } from "../../src/core/tables";
import { alignByContent, columnKinds } from "../../src/core/tables/layout/alignByContent";
import { sourceLines } from "../../src/core/tables/layout/sourceLines";
import { describeTable } from "../../src/core/tables/recognise/understood";

const register = getDefaultRegister();
const shape = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/shapes", f), "utf8");
const check = (text: string) => runChecks(checkTablesFromText(text, "x.txt", register), register).findings;
const raised = (text: string) =>
  check(text)
    .filter((f) => f.severity !== "info")
    .map((f) => [f.severity, f.ruleId, f.where.line, f.where.column]);
const roles = (text: string) => {
  const [t] = readTables(text, register);
  const header = (k: number | undefined) => (k === undefined ? undefined : t.columns[k].header);
  return { t, agency: header(t.roles.agency), rank: header(t.roles.rank), value: header(t.roles.value) };
};

describe("CSV", () => {
  const csv = shape("csv-dau-phay.csv");

  it("an English-locale CSV (a byte-order mark, CRLF, quoted names, figures `0.6982`): read in full, the DTI column its value", () => {
    const { t, agency, rank, value } = roles(csv);
    expect(t.layout).toBe("commas");
    expect([agency, rank, value]).toEqual(["Province", "Rank", "DTI 2023"]);
    expect(t.periods.current?.label).toBe("2023");
    expect(t.rows.map((r) => r.agencies[0]?.agency?.code)).toEqual(["T22", "T48", "T79", "T46", "T77"]);
    expect(t.rows.map((r) => r.cells[t.roles.value!].text)).toEqual(["0,6982", "0,6830", "0,6541", "0,6413", "0,6207"]);
    expect(raised(csv)).toEqual([]);
  });

  it("its twins with one mistyped figure: that finding, on that cell", () => {
    // A rank mistyped: the rank cell. A value mistyped: the value stays the DTI column (one
    // figure does not move a role), and the rank that no longer follows it is said.
    expect(raised(csv.replace('3,"TP. Hồ Chí Minh"', '5,"TP. Hồ Chí Minh"'))).toEqual([["warning", "thu-hang.thu-tu", 4, 1]]);
    const twin = csv.replace("0.6541", "0.6041");
    expect(roles(twin).value).toBe("DTI 2023");
    expect(raised(twin)).toEqual([["warning", "thu-hang.thu-tu", 4, 1]]);
  });

  it("a figure written the English way keeps its value: `1,299` is one thousand two hundred and ninety-nine", () => {
    const lines = sourceLines('Rank,Province,Services\n1,Hà Nội,"1,299"\n2,Đà Nẵng,"1,045"\n3,Huế,987\n');
    expect(lines.map((l) => l.cells?.[2])).toEqual(["Services", "1.299", "1.045", "987"]);
  });

  it("space-separated rows with decimal commas are not CSV, nor is a figure alone on its line, nor a numbered list of names with commas", () => {
    const spaced = "Hạng Tỉnh Điểm\n1 Quảng Ninh 0,8812\n2 Đà Nẵng 0,8711\n3 Hà Nội 0,8105\n";
    expect(sourceLines(spaced).every((l) => l.layout === undefined)).toBe(true);
    expect(sourceLines("Bộ Lao động, Thương binh và Xã hội\n0,725\nBộ Văn hóa, Thể thao và Du lịch\n0,702\n").every((l) => l.layout === undefined)).toBe(true);
    expect(sourceLines("1. Bộ Lao động, Thương binh và Xã hội\n2. Bộ Văn hóa, Thể thao và Du lịch\n").every((l) => l.layout === undefined)).toBe(true);
  });
});

describe("rows short of a dropped cell", () => {
  it("one cell per line, a 100-point index with one row number dropped: that row aligned by content, and said", () => {
    const text = shape("cchc-thieu-o.txt");
    const { t, agency, rank, value } = roles(text);
    expect(t.layout).toBe("cells-per-line");
    expect([agency, rank, value]).toEqual(["Bộ, cơ quan", "Xếp hạng", "Chỉ số"]);
    expect(t.rows).toHaveLength(6);
    const ct = t.rows.find((r) => r.agencies[0]?.agency?.code === "BO-CT")!;
    expect(ct.cells.map((c) => c.text)).toEqual(["", "Bộ Công Thương", "56,10", "30,10", "86,20", "4"]);
    expect(t.aligned).toEqual([26]);
    expect(describeTable(t, register).vi).toMatch(/1 dòng thiếu ô được xếp theo nội dung \(dòng 26\)/);
    expect(raised(text)).toEqual([]);
    // Its twin: an index mistyped beyond the 100-point scale its column shows, on that cell; and
    // no longer the sum of its two parts (appraisal + survey points), which the table shows.
    expect(raised(text.replace("\n85,21\n", "\n852,1\n"))).toEqual([
      ["error", "tong-hop", 35, 5],
      ["warning", "mien-gia-tri.chi-so", 35, 5],
    ]);
  });

  it("space-separated, a count dropped from one row: aligned by content, the header split where a capital starts an unnamed cell", () => {
    const text = shape("cach-thieu-o.txt");
    const { t, agency, rank, value } = roles(text);
    expect(t.layout).toBe("spaces");
    expect(t.columns.map((c) => c.header)).toEqual(["Hạng", "Tỉnh, thành phố", "Chỉ số", "Số dịch vụ"]);
    expect([agency, rank, value]).toEqual(["Tỉnh, thành phố", "Hạng", "Chỉ số"]);
    expect(t.rows).toHaveLength(7);
    expect(t.rows[3].cells.map((c) => c.text)).toEqual(["4", "Bình Dương", "0,8210", ""]);
    expect(t.aligned).toEqual([6]);
    expect(raised(text)).toEqual([]);
    expect(raised(text.replace("6 Bắc Ninh", "9 Bắc Ninh"))).toEqual([["warning", "thu-hang.thu-tu", 8, 1]]);
  });

  it("a dropped cell that two columns of one form could have held is not placed by position: the row is listed as not read", () => {
    const text = shape("cchc-thieu-o-hai-nghia.txt");
    const [t] = readTables(text, register);
    expect(t.rows).toHaveLength(5);
    expect(t.skipped).toEqual([expect.objectContaining({ reason: "not-read", text: "4 | Bộ Công Thương | 30,10" })]);
    expect(describeTable(t, register).vi).toMatch(/không đọc được 1 dòng/);
  });

  it("placement: exactly one order-keeping placement that suits every cell, else none", () => {
    const ctx = { isAgencyName: (s: string) => /^Bộ /.test(s) };
    const kinds = columnKinds(
      [
        ["1", "Bộ A", "0,512", "12", "31"],
        ["2", "Bộ B", "0,498", "40", "18"],
      ],
      ctx,
    )!;
    expect(alignByContent(["3", "Bộ C", "0,411", "7"], kinds, ctx)).toBeUndefined(); // 7: either count
    expect(alignByContent(["3", "Bộ C", "7", "9"], kinds, ctx)).toEqual(["3", "Bộ C", "", "7", "9"]);
    expect(alignByContent(["Bộ C", "0,411", "7", "9"], kinds, ctx)).toEqual(["", "Bộ C", "0,411", "7", "9"]);
    // 9: either count, again.
    expect(alignByContent(["7", "Bộ C", "0,411", "9"], kinds, ctx)).toBeUndefined();
    expect(alignByContent(["Bộ C", "x y", "1", "2"], kinds, ctx)).toBeUndefined();
  });
});
