import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, Finding, runChecks } from "../../src/core/checks";
import { typoKind } from "../../src/core/checks/localise";

const register = getDefaultRegister();
const fixture = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/tables", f), "utf8");
const check = (text: string, file = "dan.txt") => runChecks(checkTablesFromText(text, file, register), register);
const serious = (fs: Finding[]) => fs.filter((f) => f.severity !== "info");

/** Replaces the cell at (1-based) line and tab-column. */
function setCell(text: string, line: number, column: number, value: string): string {
  const lines = text.split("\n");
  const cells = lines[line - 1].split("\t");
  cells[column - 1] = value;
  lines[line - 1] = cells.join("\t");
  return lines.join("\n");
}
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("planted errors in Bảng 4.7 (services by level, with its total row)", () => {
  const table = fixture("000-bang-4.7.txt");
  // Findings the table already has; keyed without line numbers, which move when a row is removed.
  const baseline = check(table).findings.map((f) => f.ruleId + f.message.vi);

  it("a mistyped digit: both the row and the column fail, and the cell is named with its value", () => {
    const line = lineOf(table, "\tHà Nam\t");
    const text = setCell(table, line, 3, "1399"); // 1299 typed as 1399
    const found = check(text).findings.filter((f) => !baseline.includes(f.ruleId + f.message.vi));
    expect(found.map((f) => f.ruleId).sort()).toEqual(["can-doi.cot", "can-doi.hang"]);
    for (const f of found) {
      expect(f.severity).toBe("error");
      expect(f.suggestion).toMatchObject({ where: { line, column: 3 }, value: 1299, kind: "digit-typo" });
      expect([...f.suggestion!.explains].sort()).toEqual(["can-doi.cot", "can-doi.hang"]);
    }
    expect(found[0].suggestion!.reason.vi).toMatch(/cả 2 quy tắc đang sai cùng đúng — chỉ khác một chữ số/);
  });

  it("two swapped digits in a row total: found and recognised as a transposition", () => {
    const line = lineOf(table, "\tQuảng Ninh\t");
    const text = setCell(table, line, 5, "926"); // 962 → 926
    const found = check(text).findings.filter((f) => f.ruleId.startsWith("can-doi"));
    expect(found).toHaveLength(2);
    expect(found[0].suggestion).toMatchObject({ where: { line, column: 5 }, value: 962, kind: "transposition" });
  });

  it("a wrong figure in the total row", () => {
    const line = lineOf(table, "Tổng cộng</b>\t<b>10.309");
    const text = setCell(table, line, 4, "<b>1.010</b>");
    const found = check(text).findings.filter((f) => f.ruleId.startsWith("can-doi"));
    expect(found.map((f) => f.ruleId).sort()).toEqual(["can-doi.cot", "can-doi.hang"]);
    expect(found[0].suggestion).toMatchObject({ where: { line, column: 4 }, value: 1100 });
  });

  it("an agency left out: reported missing; the gap in the ranks is reported once, not for every row below", () => {
    const line = lineOf(table, "\tHà Tĩnh\t");
    const text = table.split("\n").filter((_, i) => i !== line - 1).join("\n");
    const found = serious(check(text).findings).filter((f) => !baseline.includes(f.ruleId + f.message.vi) && !f.ruleId.startsWith("can-doi"));
    expect(found.map((f) => f.ruleId).sort()).toEqual(["danh-muc.thieu", "thu-hang.bo-hang"]);
    expect(found.find((f) => f.ruleId === "danh-muc.thieu")!.agency).toEqual({ code: "T42", name: "Hà Tĩnh" });
  });

  it("an agency listed twice", () => {
    const line = lineOf(table, "\tHà Tĩnh\t");
    const text = setCell(table, line, 2, "Hà Nam");
    expect(check(text).findings.filter((f) => f.ruleId === "danh-muc.trung")).toHaveLength(1);
  });
});

describe("planted errors in an index table (Bảng 4.1)", () => {
  const table = fixture("000-bang-4.1.txt");
  // The table's own misspelt name (Hung Yên) is a warning already; look at what the plant adds.
  const baseline = check(table).findings.map((f) => f.ruleId + f.message.vi);
  const serious = (fs: Finding[]) => fs.filter((f) => f.severity !== "info" && !baseline.includes(f.ruleId + f.message.vi));
  it("960 for 0,960: out of range, most likely a decimal-mark misread, and no cascade of rank findings", () => {
    const line = lineOf(table, "\tTây Ninh\t");
    const text = setCell(table, line, 3, "922");
    const found = serious(check(text).findings);
    expect(found.map((f) => f.ruleId)).toEqual(["mien-gia-tri.chi-so"]);
    expect(found[0]).toMatchObject({ severity: "error", expected: 0.922, actual: 922, agency: { code: "T72" } });
    expect(found[0].message.vi).toMatch(/có lẽ là 0,922 bị đọc sai dấu thập phân/);
  });
  it("1.000 written with an English decimal point is read as one and flagged", () => {
    const line = lineOf(table, "\tAn Giang\t");
    const found = serious(check(setCell(table, line, 3, "1.000")).findings);
    expect(found.map((f) => f.ruleId)).toEqual(["mien-gia-tri.dinh-dang"]);
  });
  it("a rank out of order is blamed on that row alone", () => {
    const line = lineOf(table, "\tBến Tre\t"); // rank 61, 0,736
    const found = serious(check(setCell(table, line, 3, "0,996")).findings);
    expect(found.map((f) => [f.ruleId, f.agency?.name])).toEqual([["thu-hang.thu-tu", "Bến Tre"]]);
    expect(found[0]).toMatchObject({ expected: 19, actual: 61 });
  });
  it("an unknown agency name is an error with the nearest candidates", () => {
    const line = lineOf(table, "\tKon Tum\t");
    const found = serious(check(setCell(table, line, 2, "Tỉnh Mới Lập")).findings);
    expect(found.map((f) => f.ruleId).sort()).toEqual(["danh-muc.khong-ro", "danh-muc.thieu"]);
  });
});

describe("summary tables against their details", () => {
  const report = fs.readFileSync(path.join(__dirname, "../fixtures/reference/mic-2016-report.txt"), "utf8");
  // The report's own two errors are in Bảng 4.8; look at the others.
  const errors = (text: string) => check(text).findings.filter((f) => f.severity === "error" && f.where.table !== "Bảng 4.8");
  it("a wrong count of provinces in Bảng 4.6 is an error pointed at that cell", () => {
    const line = lineOf(report, "Số tỉnh có cung cấp dịch vụ công trực tuyến mức độ 4\t");
    const found = errors(setCell(report, line, 3, "22"));
    expect(found).toEqual([expect.objectContaining({ ruleId: "bang-tong-hop.dem", expected: 21, actual: 22, where: expect.objectContaining({ line, column: 3 }) })]);
  });
  it("a wrong total of services in Bảng 2.5, and a subset that cannot hold", () => {
    const line = lineOf(report, "Dịch vụ công trực tuyến mức độ 3\t550");
    const found = errors(setCell(report, line, 3, "240")); // 240 services, 251 of them with dossiers
    expect(found.map((f) => f.ruleId).sort()).toEqual(["bang-tong-hop.dich-vu", "tap-con.dich-vu-co-ho-so"]);
  });
});

describe("copies of the same table", () => {
  it("the same figure given differently in two files", () => {
    const a = fixture("000-bang-4.1.txt");
    const b = setCell(fixture("001-phu-luc-ii-bang-5.txt"), lineOf(fixture("001-phu-luc-ii-bang-5.txt"), "\tLào Cai\t"), 3, "0,929");
    const tables = [...checkTablesFromText(a, "a.txt", register), ...checkTablesFromText(b, "b.txt", register)];
    const found = runChecks(tables, register).findings.filter((f) => f.ruleId === "doi-chieu.gia-tri");
    expect(found).toEqual([expect.objectContaining({ severity: "error", agency: { code: "T10", name: "Lào Cai" }, expected: 0.992, actual: 0.929 })]);
  });
});

describe("localisation helpers", () => {
  it.each([
    [1399, 1299, "digit-typo"],
    [926, 962, "transposition"],
    [1010, 1100, "transposition"],
    [1010, 1111, undefined],
    [12, 123, undefined],
  ])("%d for %d: %s", (actual, wanted, kind) => expect(typoKind(actual, wanted)).toBe(kind));
});

describe("properties", () => {
  /** A consistent services-by-level table of n provinces with its total row, ranked as published. */
  const servicesTable = (l3: number[], l4: number[]) => {
    const provinces = register.inBlock("province").slice(0, l3.length);
    const rows = provinces.map((p, i) => ({ name: p.name, l3: l3[i], l4: l4[i], total: l3[i] + l4[i] })).sort((a, b) => b.total - a.total);
    const lines = ["Bảng 9.9. Số lượng dịch vụ công trực tuyến mức độ 3, mức độ 4 của các tỉnh", "", "Thứ hạng\tTỉnh, thành phố\tMức độ 3\tMức độ 4\tTổng cộng"];
    rows.forEach((r, i) => {
      const rank = rows.findIndex((o) => o.total === r.total) + 1;
      lines.push([rank, r.name, r.l3, r.l4, r.total].join("\t"));
      void i;
    });
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
    lines.push(["", "Tổng cộng", sum((r) => r.l3), sum((r) => r.l4), sum((r) => r.total)].join("\t"));
    return lines.join("\n");
  };
  const counts = fc.integer({ min: 3, max: 12 }).chain((n) => fc.tuple(fc.array(fc.integer({ min: 0, max: 999 }), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: 0, max: 99 }), { minLength: n, maxLength: n })));

  it("random consistent tables produce no error finding", () => {
    fc.assert(
      fc.property(counts, ([l3, l4]) => {
        expect(check(servicesTable(l3, l4)).findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("a random single-cell corruption is detected and localised to that cell", () => {
    fc.assert(
      fc.property(counts, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 500 }), ([l3, l4], r, c, delta) => {
        const text = servicesTable(l3, l4);
        const lines = text.split("\n");
        const line = 4 + (r % (l3.length + 1)); // any data row or the total row
        const column = 3 + (c % 3); // Mức độ 3, Mức độ 4 or Tổng cộng
        const old = Number(lines[line - 1].split("\t")[column - 1]);
        const corrupted = setCell(text, line, column, String(old + delta));
        const errors = check(corrupted).findings.filter((f) => f.severity === "error" && f.ruleId.startsWith("can-doi"));
        expect(errors.length).toBeGreaterThan(0);
        for (const f of errors) expect(f.suggestion).toMatchObject({ where: { line, column }, value: old });
      }),
      { numRuns: 150 },
    );
  });
});
