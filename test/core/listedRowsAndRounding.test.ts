/**
 * Cells with several values, units, and rounding in the last digit (issue 19, item 8), on a
 * hand-written table of rates in the shape of the 2018 report: a criterion listing three items
 * with three percentages in each cell, a bandwidth in `Mbps/người`, and a quarterly rate printed
 * one unit off in its last digit because it was computed from unrounded figures.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { lastDigitOf } from "../../src/core/checks/lastDigit";
import { readTables } from "../../src/core/tables";
import { cellFigures, listedItems } from "../../src/core/tables/recognise/listedRows";
import { describeTable } from "../../src/core/tables/recognise/understood";

const register = getDefaultRegister();
const text = fs.readFileSync(path.join(__dirname, "../fixtures/shapes/ty-le-nhieu-gia-tri.txt"), "utf8");
const report = (t: string) => runChecks(checkTablesFromText(t, "x.txt", register), register);
const raised = (t: string) =>
  report(t)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.severity, f.ruleId, f.where.line, f.where.column]);

describe("a row listing items, a figure for each in every cell", () => {
  it("is split into one row per item, each figure its own row's; said in what was understood", () => {
    const [infra] = readTables(text, register);
    expect(infra.rows.map((r) => r.label)).toEqual([
      "Tỷ lệ cán bộ có máy tính",
      "Có trung tâm dữ liệu",
      "Có trung tâm dữ liệu dự phòng",
      "Chỉ có phòng máy chủ",
      "Băng thông Internet bình quân",
      "Số cán bộ được tập huấn",
    ]);
    expect(infra.rows.slice(1, 4).map((r) => r.cells.slice(2).map((c) => c.text))).toEqual([
      ["81,82%", "60,32%"],
      ["45,45%", "20,63%"],
      ["36,36%", "39,68%"],
    ]);
    // Each figure keeps the place of the cell that holds it.
    expect(infra.rows[3].cells[3]).toMatchObject({ line: 4, column: 4 });
    expect(infra.listed).toEqual([4]);
    expect(describeTable(infra, register).vi).toMatch(/dòng 4 liệt kê nhiều mục, mỗi ô một số cho mỗi mục: tách thành từng dòng/);
  });

  it("a consistent table raises nothing; no cell is 'not a number'", () => {
    expect(raised(text)).toEqual([]);
  });

  it("its twin: a share above 100 % in a listed cell is an error on that cell; a unit that differs in a row is said", () => {
    const twin = text.replace(" 39,68%", " 139,68%").replace("3,10 Mbps/người", "3,10 Mbps");
    expect(raised(twin)).toEqual([
      ["error", "mien-gia-tri.ty-le", 4, 4],
      ["warning", "don-vi", 5, 3],
      ["warning", "don-vi", 5, 4],
    ]);
    const unit = report(twin).findings.find((f) => f.ruleId === "don-vi")!;
    expect(unit.message.vi).toBe("5,42 Mbps/người: dòng “Băng thông Internet bình quân” ghi nhiều đơn vị (Mbps/người, Mbps)");
  });

  it("a cell is split only when every cell of the row holds one figure per item", () => {
    expect(listedItems("- Có trung tâm dữ liệu - Chỉ có phòng máy chủ")).toEqual(["Có trung tâm dữ liệu", "Chỉ có phòng máy chủ"]);
    expect(listedItems("a) Cổng thông tin b) Ứng dụng di động")).toEqual(["Cổng thông tin", "Ứng dụng di động"]);
    expect(listedItems("Bà Rịa - Vũng Tàu")).toBeUndefined();
    expect(cellFigures("81,82% 45,45% 36,36%")).toEqual(["81,82%", "45,45%", "36,36%"]);
    expect(cellFigures("5,42 Mbps/người 3,10 Mbps/người")).toEqual(["5,42 Mbps/người", "3,10 Mbps/người"]);
    expect(cellFigures("81,82%")).toBeUndefined();
    const uneven = text.replace("60,32% 20,63% 39,68%", "60,32% 20,63%");
    const [infra] = readTables(uneven, register);
    expect(infra.listed).toBeUndefined();
  });
});

describe("rounding in the last printed digit", () => {
  it("a rate one unit off from what its parts give is one note for the table, listing the cell; the relation still inferred from every column", () => {
    const r = report(text);
    const notes = r.findings.filter((f) => f.ruleId === "lam-tron");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", where: { table: "Bảng 6" } });
    expect(notes[0].message.vi).toMatch(/dòng 12, cột 2: 18,65% \(các phần cho 18,6429; làm tròn từ số chưa làm tròn\)/);
    expect(r.inferred.find((i) => i.table === "Bảng 6")!.description.vi).toMatch(/đúng ở 4\/4 cột/);
  });

  it("a rate off by more stays a warning on its cell", () => {
    expect(raised(text.replace("22,44%", "22,84%"))).toEqual([["warning", "suy-ra.ty-le", 12, 4]]);
  });

  it("one unit of the last digit, no more, and never for a whole number", () => {
    expect(lastDigitOf(18.65, 18.642857, 2)).toBe("rounded");
    expect(lastDigitOf(94.73, 94.7368, 2)).toBe("truncated");
    expect(lastDigitOf(11.09, 11.03, 2)).toBeUndefined();
    expect(lastDigitOf(18.64, 18.642857, 2)).toBeUndefined(); // it holds: nothing to excuse
    expect(lastDigitOf(19, 18.2, 0)).toBeUndefined();
  });
});
