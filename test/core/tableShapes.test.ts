/**
 * Tables written by hand in the shapes users paste that the reference reports do not have: a
 * ranking copied from a web portal (one cell per paragraph, `17 (0,633)`), a minimal `Xếp hạng`
 * table, slides comparing two years with an OCR-damaged header and abbreviated names, `rank name`
 * lines, PDF text with two periods, a quarterly table of row groups (and its twin with a mistyped
 * figure), the same as HTML with spanning cells, two tables in a row, a table on its side, a long
 * export, and tables that are not rankings. Consistent ones raise no error and no warning.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, Finding, runChecks } from "../../src/core/checks";
import { parseRankedTables, readTables, rerankTable } from "../../src/core/tables";

const register = getDefaultRegister();
const shape = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/shapes", f), "utf8");
const check = (text: string) => runChecks(checkTablesFromText(text, "x.txt", register), register);
const serious = (fs: Finding[]) => fs.filter((f) => f.severity !== "info");
const ranked = (text: string) => {
  const parsed = parseRankedTables(text, register);
  expect(parsed.problem).toBeUndefined();
  return parsed.tables.map((t) => rerankTable(t));
};
const row = (rows: ReturnType<typeof rerankTable>["rows"], code: string) => rows.find((r) => r.code === code)!;

describe("a ranking copied from a provincial web portal", () => {
  const text = shape("cong-thong-tin-2017.txt");
  it("reads one cell per paragraph, the header broken over two lines, rank and index in one cell", () => {
    const [t] = readTables(text, register);
    expect(t).toMatchObject({ layout: "cells-per-line", shape: "ranking", block: "province", measure: "index" });
    expect(t.columns.map((c) => [c.header, c.role])).toEqual([
      ["TT", "row-number"],
      ["Tỉnh, thành phố trực thuộc Trung ương", "agency"],
      ["Năm 2017", "rank"],
      ["Năm 2017", "value"],
    ]);
    const [r] = ranked(text);
    expect(r.rows.map((x) => [x.agency, x.publishedRank, x.value])).toEqual(
      expect.arrayContaining([["TP. Hồ Chí Minh", 5, 0.688], ["Lào Cai", 5, 0.688], ["Khánh Hòa", 7, 0.671]]),
    );
  });
  it("says the excerpt once, as information, and raises no error or warning", () => {
    const report = check(text);
    expect(serious(report.findings)).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === "danh-muc.trich-doan")).toHaveLength(1);
    expect(report.findings.find((f) => f.ruleId === "danh-muc.trich-doan")!.message.vi).toMatch(/^Bảng liệt kê 12\/63 cơ quan/);
    expect(report.tables[0].checked.map((c) => c.rule)).toEqual(expect.arrayContaining(["thu-hang", "danh-muc", "mien-gia-tri"]));
  });
});

describe("a minimal table headed Xếp hạng", () => {
  it("is a ranking; tied ranks 2, 2, 4 hold", () => {
    const [r] = ranked(shape("xep-hang-toi-gian.txt"));
    expect(r.rows.map((x) => [x.agency, x.rank, x.publishedRank])).toEqual([
      ["Bắc Ninh", 1, 1],
      ["Hải Dương", 2, 2],
      ["Hưng Yên", 2, 2],
      ["Thái Bình", 4, 4],
      ["Nam Định", 5, 5],
    ]);
    expect(serious(check(shape("xep-hang-toi-gian.txt")).findings)).toEqual([]);
  });
});

describe("slides comparing two years", () => {
  const text = shape("trinh-chieu-2011-2010.txt");
  it("reads the OCR-damaged header, the abbreviated names and both years: previous rank and movement", () => {
    const [r] = ranked(text);
    expect(r.periods).toEqual({ current: "2011", previous: "2010" });
    expect(r.excerpt).toBe(true);
    expect(row(r.rows, "BO-TTTT")).toMatchObject({ rank: 2, previousRank: 3, movement: 1 });
    expect(row(r.rows, "BO-KHDT")).toMatchObject({ rank: 6, previousRank: 9, movement: 3 });
    expect(row(r.rows, "BO-LDTBXH")).toMatchObject({ rank: 18, previousRank: 19, movement: 1 });
    expect(row(r.rows, "BO-NNPTNT")).toMatchObject({ rank: 16, previousRank: 12, movement: -4 });
    expect(r.rows.map((x) => x.code)).not.toContain(null);
  });
  it("an excerpt of 10 of 19, said once; abbreviations are information; no error or warning", () => {
    const report = check(text);
    expect(serious(report.findings)).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === "danh-muc.trich-doan")).toHaveLength(1);
    expect(report.findings.filter((f) => f.ruleId === "danh-muc.ten-khac").length).toBeGreaterThanOrEqual(8);
  });
});

describe("a ranking printed as `rank name` lines", () => {
  it("reads the ranks and the names, ties included", () => {
    const [r] = ranked(shape("hang-ten.txt"));
    expect(r.rows.map((x) => [x.publishedRank, x.agency])).toEqual([
      [1, "Thừa Thiên Huế"],
      [2, "TP. Đà Nẵng"],
      [3, "Lâm Đồng"],
      [4, "Quảng Ninh"],
      [5, "TP. Hồ Chí Minh"],
      [6, "Khánh Hòa"],
      [6, "Lào Cai"],
      [8, "An Giang"],
    ]);
    expect(serious(check(shape("hang-ten.txt")).findings)).toEqual([]);
  });
});

describe("PDF text: a row per line, decimals with a point, two periods", () => {
  it("ranks both periods from the values and gives each province its movement", () => {
    const [r] = ranked(shape("pdf-hai-ky.txt"));
    expect(r.periods).toEqual({ current: "2017", previous: "2016" });
    // 2016: Bà Rịa - Vũng Tàu 0,912 first, Quảng Ninh 0,900 second; 2017 the other way round.
    expect(row(r.rows, "T22")).toMatchObject({ rank: 1, value: 0.9581, previousRank: 2, movement: 1 });
    expect(row(r.rows, "T77")).toMatchObject({ rank: 2, previousValue: 0.912, previousRank: 1, movement: -1 });
    expect(row(r.rows, "T27")).toMatchObject({ rank: 4, previousRank: 3, movement: -1 });
    expect(row(r.rows, "T87")).toMatchObject({ rank: 5, previousRank: 6, movement: 1 });
    expect(serious(check(shape("pdf-hai-ky.txt")).findings)).toEqual([]);
  });
});

describe("a quarterly table of online services: row groups, quarters as columns, a block of rates", () => {
  const text = shape("quy-dvc-2018.txt");
  it("is read as rows of criteria with their kinds; `Tổng số…` is a group, not the total row", () => {
    const [t] = readTables(text, register);
    expect(t).toMatchObject({ shape: "figures", variables: "rows", block: "province", group: "N4" });
    expect(t.total).toBeUndefined();
    expect(t.columns.map((c) => c.role)).toEqual(["label", "label", "value", "value", "value", "value"]);
    expect(new Set(t.rows.map((r) => r.group)).size).toBe(4);
    expect(t.rows.filter((r) => r.valueKind === "percent")).toHaveLength(3);
    expect(t.sums.map((s) => [s.label, s.parts.length])).toEqual([
      ["Tổng số dịch vụ công trực tuyến", 2],
      ["Số dịch vụ có phát sinh hồ sơ", 2],
      ["Số hồ sơ tiếp nhận trực tuyến", 2],
    ]);
  });
  it("consistent: checks each group's subtotal and infers the rates, with no error or warning", () => {
    const report = check(text);
    expect(serious(report.findings)).toEqual([]);
    expect(report.tables[0].checked).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: "can-doi.cot", count: 12 }), expect.objectContaining({ rule: "suy-ra.ty-le", count: 12 })]),
    );
    expect(report.inferred.map((i) => i.expression)).toEqual([
      "“Tỷ lệ dịch vụ có phát sinh hồ sơ (%) › 3” = “Số dịch vụ có phát sinh hồ sơ › 3” / “Tổng số dịch vụ công trực tuyến › 3” * 100",
      "“Tỷ lệ dịch vụ có phát sinh hồ sơ (%) › 4” = “Số dịch vụ có phát sinh hồ sơ › 4” / “Tổng số dịch vụ công trực tuyến › 4” * 100",
      "“Tỷ lệ dịch vụ có phát sinh hồ sơ (%) › Tổng 3, 4” = “Số dịch vụ có phát sinh hồ sơ › Tổng 3, 4” / “Tổng số dịch vụ công trực tuyến › Tổng 3, 4” * 100",
    ]);
  });
  it("one mistyped figure (221 typed 212): found by the subtotal and by the rate, both pointing at that cell", () => {
    const bad = shape("quy-dvc-2018-sai.txt");
    const found = serious(check(bad).findings);
    expect(found.map((f) => f.ruleId).sort()).toEqual(["can-doi.cot", "suy-ra.ty-le"]);
    const line = bad.split("\n").findIndex((l) => l.startsWith("Số dịch vụ có phát sinh hồ sơ\t3\t")) + 1;
    for (const f of found)
      expect(f.suggestion).toMatchObject({ where: { line, column: 4 }, value: 221, kind: "transposition", explains: expect.arrayContaining(["can-doi.cot", "suy-ra.ty-le"]) });
  });
  it("the same table as a web page's HTML, criteria cells spanning three rows, reads the same", () => {
    const html = check(shape("quy-dvc-2018.html.txt"));
    const tab = check(text);
    expect(html.tables[0].checked).toEqual(tab.tables[0].checked);
    expect(serious(html.findings)).toEqual([]);
    expect(html.tables[0].understood!.vi).toMatch(/bảng HTML/);
  });
});

describe("the quarterly table the other way round: quarters as rows, criteria and levels across a two-row header", () => {
  const text = shape("quy-dvc-2018-doc.txt");
  it("infers each criterion's total and each rate, with no error or warning", () => {
    const report = check(text);
    expect(serious(report.findings)).toEqual([]);
    expect(report.inferred).toHaveLength(5);
    expect(report.inferred[2].description.vi).toMatch(/đúng ở 4\/4 dòng\): Tỷ lệ dịch vụ có phát sinh hồ sơ \(%\) Mức độ 3 = Số dịch vụ có phát sinh hồ sơ Mức độ 3 \/ Tổng số dịch vụ công trực tuyến Mức độ 3 × 100/);
  });
  it("one mistyped figure is found by the total and the rate it breaks, and localised", () => {
    const bad = text.replace("Quý II/2018\t425\t95\t520\t221", "Quý II/2018\t425\t95\t520\t212");
    const found = serious(check(bad).findings);
    expect(found.map((f) => f.ruleId).sort()).toEqual(["suy-ra.7", "suy-ra.8"]);
    const line = bad.split("\n").findIndex((l) => l.startsWith("Quý II/2018")) + 1;
    for (const f of found) expect(f.suggestion).toMatchObject({ where: { line, column: 5 }, value: 221, kind: "transposition" });
  });
});

describe("two tables in a row, the first with its header repeated after a page break", () => {
  it("reads both, whole, and names the first's group from the line above it", () => {
    const tables = ranked(shape("hai-bang.txt"));
    expect(tables.map((t) => [t.block, t.group, t.rows.length])).toEqual([
      ["government", "N1", 8],
      ["government", null, 8],
    ]);
    expect(serious(check(shape("hai-bang.txt")).findings)).toEqual([]);
  });
});

describe("a header printed again after a page break, worded differently", () => {
  it("continues the table; a header of the same roles over rows naming the same agencies starts another", () => {
    const reworded = fs
      .readFileSync(path.join(__dirname, "../fixtures/tables/000-bang-4.7.txt"), "utf8")
      .replace("Thứ hạng\tTỉnh, thành phố\tSố lượng DVCTT mức độ 3\tSố lượng DVCTT mức độ 4\tTổng cộng", "Xếp hạng\tĐịa phương\tDVC mức độ 3\tDVC mức độ 4\tTổng");
    const [t] = readTables(reworded, register);
    expect(readTables(reworded, register)).toHaveLength(1);
    expect(t.rows).toHaveLength(59);
    expect(t.skipped.filter((s) => s.reason === "repeated-header").map((s) => s.line)).toEqual([44]);
  });
});

describe("tables of different layouts in one paste", () => {
  it("`rank name` lines, then a tab-separated table: each read once, the caption not taken for a header", () => {
    const text = "Xếp hạng tổng thể năm 2017\n\n1 Thừa Thiên Huế\n2 TP. Đà Nẵng\n3 Lâm Đồng\n\nBảng 2.\n\nThứ hạng\tTỉnh\tChỉ số\n1\tAn Giang\t0,9\n2\tBắc Ninh\t0,8\n";
    expect(readTables(text, register).map((t) => [t.layout, t.line, t.rows.length, t.caption ?? t.title])).toEqual([
      ["spaces", 3, 3, "Xếp hạng tổng thể năm 2017"],
      ["tabs", 9, 2, "Bảng 2."],
    ]);
  });
});

describe("a ranking on its side, and a long export", () => {
  it.each(["xoay-ngang.txt", "dang-doc.txt"])("%s reads as the same ranking", (file) => {
    const [r] = ranked(shape(file));
    expect(r.rows.map((x) => [x.publishedRank, x.code, x.value])).toEqual([
      [1, "CP-DTHVN", 0.961],
      [2, "CP-BHXH", 0.93],
      [2, "CP-DTNVN", 0.93],
      [4, "CP-TTXVN", 0.872],
      [5, "CP-VHLKHXH", 0.85],
      [6, "CP-HVCTQG", 0.842],
      [7, "CP-VHLKHCN", 0.81],
      [8, "CP-BQLLANG", 0.655],
    ]);
    expect(serious(check(shape(file)).findings)).toEqual([]);
  });
});

describe("what is not a ranking says so", () => {
  it("a list of tasks: not a table of figures, and no ranking", () => {
    const parsed = parseRankedTables(shape("nhiem-vu.txt"), register);
    expect(parsed.tables).toEqual([]);
    expect(parsed.problem!.vi).toMatch(/Không tìm thấy bảng xếp hạng\. Đã đọc 1 bảng: Bảng ở dòng 1: không phải bảng số liệu.*có cột tên cơ quan nhưng không có cột số liệu/);
    expect(parsed.problem!.en).toMatch(/it lists agencies but has no column of figures/);
  });
  it("empty text and prose: no table", () => {
    for (const text of ["", "   \n\n", "Báo cáo này không có bảng nào, chỉ có lời văn năm 2017."]) {
      const parsed = parseRankedTables(text, register);
      expect(parsed.found).toEqual([]);
      expect(parsed.problem!.vi).toMatch(/văn bản không có bảng nào/);
      expect(checkTablesFromText(text, "x.txt", register)).toEqual([]);
    }
  });
});

describe("a CSV file saved by Excel on a Vietnamese machine: `;` between cells, `,` the decimal mark", () => {
  const text = shape("csv-cham-phay.txt");
  it("reads the cells, quoted ones holding a `;` or a doubled quote, and says how it was laid out", () => {
    const [t] = readTables(text, register);
    expect(t).toMatchObject({ layout: "semicolons", shape: "ranking", block: "government", measure: "index" });
    expect(t.columns.map((c) => [c.header, c.role])).toEqual(
      expect.arrayContaining([["Chỉ số", "value"], ["Cơ quan thuộc Chính phủ", "agency"], ["Thứ hạng", "rank"]]),
    );
    const [r] = ranked(text);
    expect(r.rows.map((x) => [x.code, x.publishedRank, x.rank, x.value])).toEqual([
      ["CP-BHXH", 1, 1, 0.9512], ["CP-TTXVN", 2, 2, 0.912], ["CP-DTHVN", 3, 3, 0.8745], ["CP-VHLKHCN", 4, 4, 0.8312],
      ["CP-VHLKHXH", 5, 5, 0.8104], ["CP-DTNVN", 6, 6, 0.7766], ["CP-HVCTQG", 7, 7, 0.7021], ["CP-BQLLANG", 8, 8, 0.654],
    ]);
  });

  it("a consistent table raises nothing; the same with two ranks swapped names the rows", () => {
    expect(serious(check(text).findings)).toEqual([]);
    const swapped = text.replace('0,8312;"Viện Hàn lâm Khoa học và Công nghệ Việt Nam";4;', '0,8312;"Viện Hàn lâm Khoa học và Công nghệ Việt Nam";5;').replace('0,8104;"Viện Hàn lâm Khoa học Xã hội Việt Nam";5;', '0,8104;"Viện Hàn lâm Khoa học Xã hội Việt Nam";4;');
    expect(serious(check(swapped).findings).map((f) => f.ruleId)).toEqual(expect.arrayContaining(["thu-hang.thu-tu"]));
  });

  it("list items ending in `;` and a sentence with semicolons are text, not a table", () => {
    const letter = ["Nơi nhận:", "- Như trên;", "- Bộ trưởng (để b/c);", "- Lưu: VT, THH;", "Đánh giá trên 6 nhóm: (1) hạ tầng; (2) ứng dụng; (3) cổng thông tin."].join("\n");
    expect(readTables(letter, register)).toEqual([]);
  });
});

describe("an excerpt of a longer ranking", () => {
  const lines = (rows: string[]) => ["Chỉ số Hạ tầng kỹ thuật CNTT của các bộ (10 bộ đứng đầu)", "Xếp hạng\tBộ, cơ quan ngang Bộ\tChỉ số", ...rows].join("\n");
  it("ranks a run of consecutive ranks again within itself, from its first rank: a swap is found", () => {
    const [r] = ranked(lines(["1\tBộ Tư pháp\t0,912", "2\tBộ Tài chính\t0,887", "3\tBộ Công Thương\t0,870", "4\tBộ Xây dựng\t0,831", "5\tBộ Y tế\t0,852", "6\tNgân hàng Nhà nước Việt Nam\t0,810"]));
    expect(r).toMatchObject({ excerpt: true, recomputed: true, differences: 2 });
    expect(r.rows.map((x) => [x.agency, x.rank, x.publishedRank])).toEqual(
      expect.arrayContaining([["Bộ Y tế", 4, 5], ["Bộ Xây dựng", 5, 4]]),
    );
  });

  it("ranks 11 to 13, tied as competition ranks leave them: ranked from 11, nothing differs", () => {
    const [r] = ranked(lines(["11\tBộ Tư pháp\t0,700", "11\tBộ Tài chính\t0,700", "13\tBộ Công Thương\t0,650"]));
    expect(r).toMatchObject({ recomputed: true, differences: 0 });
    expect(r.rows.map((x) => x.rank)).toEqual([11, 11, 13]);
  });

  it("the top three and the bottom three: ranks with a gap stay as published, and it says they were not recomputed", () => {
    const [r] = ranked(lines(["1\tBộ Tư pháp\t0,912", "2\tBộ Tài chính\t0,887", "3\tBộ Công Thương\t0,870", "12\tBộ Xây dựng\t0,400", "13\tBộ Y tế\t0,452", "14\tNgân hàng Nhà nước Việt Nam\t0,310"]));
    expect(r).toMatchObject({ recomputed: false, differences: 0 });
    expect(r.rows.map((x) => x.rank)).toEqual([1, 2, 3, 12, 13, 14]);
  });
});

describe("a table titled with one year, posted and signed under another", () => {
  const text = shape("dang-ngay-khac-nam.txt");
  it("takes its period from the line that names it, never from a posting or signature date, and says so", () => {
    const [t] = readTables(text, register);
    // Dates above the table (`15/03/2025`, `Ngày 14 tháng 3 năm 2025`) are when it was posted.
    expect(t.periods.current).toMatchObject({ year: 2024, from: expect.stringMatching(/^Kết quả đánh giá, xếp hạng .* năm 2024/) });
    // The year decides the edition: 2024 is the 63 provinces', so Thừa Thiên Huế is itself.
    expect(t.edition).toMatchObject({ edition: "2016", why: "period", year: 2024 });
    const [r] = ranked(text);
    expect(row(r.rows, "T46")).toMatchObject({ agency: "Thừa Thiên Huế", publishedRank: 3 });
    expect(serious(check(text).findings)).toEqual([]);
  });
  it("its twin with one mistyped figure raises that finding, on that cell", () => {
    const twin = text.replace("2\tQuảng Ninh\t0,6482\t2", "2\tQuảng Ninh\t0,6882\t2");
    const found = serious(check(twin).findings);
    expect(found.map((f) => [f.agency?.name, f.where.line])).toEqual([["Quảng Ninh", 8]]);
  });
});
