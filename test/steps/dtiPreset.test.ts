/**
 * The DTI presets (issue 21): Decision 922's points, Decision 405's assumed ones said as such, the
 * `dti-tinh` alias; the 2025 units' published index pasted, re-ranked, checked; a 2016 table refused.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { getPreset, presetIdFor } from "../../src/core/methodology";
import { checkWorkbook } from "../../src/steps/check";
import { prepareSheets } from "../../src/steps/prepare";
import { rankWorkbook } from "../../src/steps/rank";
import { readWorkbook } from "../../src/steps/readWorkbook";
import { previewPaste } from "../../src/steps/paste";
import { importPasted } from "../../src/steps/pasteWrite";
import { groupSheetName } from "../../src/workbook/sheets";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { reorder, splitFixture } from "../helpers/reshape";

const register = getDefaultRegister();
const shape = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/shapes", f), "utf8");
const table = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/tables", f), "utf8");
const m = getPreset("dti-tinh-405");

describe("the provincial DTI preset", () => {
  it("Decision 922: nine main indices with their points out of 1,000, smart city not scored, the source named", () => {
    const m922 = getPreset("dti-tinh-922");
    const main = m922.groups.filter((g) => g.points !== undefined);
    expect(main.map((g) => [g.name.vi, g.points, g.weight, g.assumed])).toEqual(
      [
        ["Nhận thức số", 100, 100, false],
        ["Thể chế số", 100, 100, false],
        ["Hạ tầng số", 100, 100, false],
        ["Nhân lực số", 100, 100, false],
        ["An toàn thông tin mạng", 100, 100, false],
        ["Đô thị thông minh", 0, 0, false],
        ["Hoạt động chính quyền số", 200, 200, false],
        ["Hoạt động kinh tế số", 150, 150, false],
        ["Hoạt động xã hội số", 150, 150, false],
      ],
    );
    expect(main.reduce((s, g) => s + g.points!, 0)).toBe(1000);
    expect(
      m922.groups
        .filter((g) => g.name.vi.startsWith("Trụ cột"))
        .map((g) => [g.name.vi, g.weight]),
    ).toEqual([
      ["Trụ cột Chính quyền số", 0],
      ["Trụ cột Kinh tế số", 0],
      ["Trụ cột Xã hội số", 0],
    ]);
    expect(
      m922.groups
        .filter((g) => g.publishedOverall)
        .map((g) => [g.id, g.weight]),
    ).toEqual([["DTI", 0]]);
    expect(m922).toMatchObject({
      reconstruction: false,
      inForce: { from: 2021, to: 2023 },
      overall: { method: "weighted-arithmetic", decimals: 4 },
    });
    expect(m922.source?.vi).toBe(
      "Quyết định 922/QĐ-BTTTT ngày 20/5/2022, Phụ lục 1, mục I, Bảng I.1",
    );
  });

  it("Decision 405: eight main indices whose unpublished points are assumptions, said so; dti-tinh stands for the one in force", () => {
    const main = m.groups.filter((g) => g.weight > 0);
    expect(main.map((g) => [g.name.vi, g.weight, g.assumed, g.points])).toEqual(
      [
        ["Nhận thức số", 100, true, undefined],
        ["Thể chế số", 100, true, undefined],
        ["Hạ tầng số", 100, true, undefined],
        ["Nhân lực số", 100, true, undefined],
        ["An toàn thông tin mạng", 100, true, undefined],
        ["Hoạt động chính quyền số", 200, true, undefined],
        ["Hoạt động kinh tế số", 150, true, undefined],
        ["Hoạt động xã hội số", 150, true, undefined],
      ],
    );
    expect(m.description.vi).toMatch(
      /GIẢ ĐỊNH: điểm của từng chỉ số chính theo Quyết định 405/,
    );
    expect(m).toMatchObject({ reconstruction: true, inForce: { from: 2024 } });
    expect([
      presetIdFor("dti-tinh", 2021),
      presetIdFor("dti-tinh", 2023),
      presetIdFor("dti-tinh", 2024),
      presetIdFor("dti-tinh"),
    ]).toEqual([
      "dti-tinh-922",
      "dti-tinh-922",
      "dti-tinh-405",
      "dti-tinh-405",
    ]);
    expect(presetIdFor("dti")).toBeUndefined();
  });

  it("the ministries: Decision 922's six main indices and points (Appendix 2), 405's said to be assumed; dti-bo by year", () => {
    const bo922 = getPreset("dti-bo-922");
    expect(bo922.groups.filter((g) => g.weight > 0).map((g) => [g.name.vi, g.points, g.assumed])).toEqual([
      ["Nhận thức số", 100, false],
      ["Thể chế số", 100, false],
      ["Hạ tầng số", 100, false],
      ["Nhân lực số", 100, false],
      ["An toàn thông tin mạng", 100, false],
      ["Hoạt động chuyển đổi số", 500, false],
    ]);
    expect(bo922).toMatchObject({ blocks: ["ministry", "government"], source: { vi: "Quyết định 922/QĐ-BTTTT ngày 20/5/2022, Phụ lục 2, mục I, Bảng II.1" } });
    const bo405 = getPreset("dti-bo-405");
    expect(bo405.groups.filter((g) => g.weight > 0).every((g) => g.assumed && g.points === undefined)).toBe(true);
    expect(bo405.description.vi).toMatch(/GIẢ ĐỊNH: tên và điểm của từng chỉ số chính theo Quyết định 405/);
    expect([presetIdFor("dti-bo", 2022), presetIdFor("dti-bo", 2024)]).toEqual(["dti-bo-922", "dti-bo-405"]);
  });

  it("the methodology sheet shows points, shares and assumptions side by side, and reads back the same", async () => {
    for (const preset of ["dti-tinh-922", "dti-tinh-405"] as const) {
      const p = getPreset(preset);
      const book = new MemoryWorkbook();
      const prepared = await prepareSheets(book, p, register);
      // 922 is for DTI 2021–2023: its workbook lists the 63 provinces of its last year.
      expect(prepared).toMatchObject(
        preset === "dti-tinh-922"
          ? { edition: "2016", year: 2023 }
          : { edition: "2025" },
      );
      const sheet = (await book.readTable("Phương pháp"))!;
      const col = (h: string) => sheet.header.indexOf(h);
      expect(sheet.header.slice(col("Trọng số"), col("Trọng số") + 5)).toEqual(
        [
          "Trọng số",
          "Điểm theo văn bản",
          "Tỷ trọng trong chỉ số tổng hợp",
          "Trọng số giả định",
          "Chỉ số tổng hợp công bố",
        ],
      );
      const cq = sheet.rows.find((r) => r[col("Mã nhóm")] === "CQ")!;
      expect([
        cq[col("Trọng số")],
        cq[col("Điểm theo văn bản")],
        cq[col("Tỷ trọng trong chỉ số tổng hợp")],
        cq[col("Trọng số giả định")],
      ]).toEqual(
        preset === "dti-tinh-922"
          ? [200, 200, 0.2, null]
          : [200, null, 0.2, "giả định (văn bản không công bố)"],
      );
      const back = await readWorkbook(book, register);
      expect(back.methodology.groups).toEqual(p.groups);
      expect([back.methodology.source, back.methodology.inForce]).toEqual([
        p.source,
        p.inForce,
      ]);
    }
  });

  it("a detail table (eight main indices and the DTI) fills each group's sheet; the DTI is recomputed from the points, beside the published one", async () => {
    const m922 = getPreset("dti-tinh-922");
    const book = new MemoryWorkbook();
    await prepareSheets(book, m922, register);
    const text = fs.readFileSync(path.join(__dirname, "../fixtures/walk/dti-chi-tiet-tu-tao.txt"), "utf8");
    const preview = previewPaste(text, register, { methodology: m922 });
    const imported = await importPasted(book, m922, preview.table!);
    // 63 provinces × (8 main indices + the DTI) + the DTI's published ranks.
    expect(imported).toMatchObject({ written: 63 * 9 + 63, skipped: [] });
    expect(imported.sheets?.map((s) => s.split(" ")[0])).toEqual(["DTI", "NT", "TC", "HT", "NL", "AT", "CQ", "KT", "XH"]);
    const ranked = await rankWorkbook(book, register);
    const overall = ranked.tables.find((t) => t.group === "TH")!;
    expect(overall.title).not.toMatch(/giả định/);
    expect(overall.rows).toHaveLength(63);
    // Recomputed from the main indices with 922's points: the published DTI to the last digit.
    for (const r of overall.rows) expect(Math.abs(r.value! - r.publishedValue!)).toBeLessThanOrEqual(0.0001 + 1e-9);
    expect(overall.rows.filter((r) => r.rank !== r.publishedRank).length).toBeLessThanOrEqual(2);
    const sheet = (await book.readTable(ranked.sheets.find((s) => s.includes("TH"))!))!;
    expect(sheet.header).toEqual(expect.arrayContaining(["Giá trị công bố", "Hạng công bố"]));

    // The check step: the published DTI against its main indices, across the sheets. Consistent,
    // nothing raised; one DTI changed by 0,0100 on its sheet, one error on that cell.
    const clean = await checkWorkbook(book, register);
    expect(clean.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(clean.tables.find((t) => t.name.startsWith("Chỉ số DTI (đã công bố) và các chỉ số thành phần"))?.checked).toEqual([expect.objectContaining({ rule: "tong-hop", count: 63 })]);
    const dtiSheet = imported.sheets!.find((s) => s.startsWith("DTI"))!;
    const data = (await book.readTable(dtiSheet))!;
    const k = data.header.indexOf("Chỉ số DTI");
    const r = data.rows.findIndex((row) => row[data.header.indexOf("Tên cơ quan")] === "Lạng Sơn");
    const address = `${String.fromCharCode(65 + k)}${data.headerRow + 1 + r}`;
    await book.updateCells(dtiSheet, [{ cell: address, value: Math.round(((data.rows[r][k] as number) + 0.01) * 1e4) / 1e4 }]);
    const errors = (await checkWorkbook(book, register)).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.ruleId, f.agency?.name, f.where.table, f.where.cell])).toEqual([["tong-hop", "Lạng Sơn", dtiSheet, address]]);
    expect(errors[0].message.vi).toMatch(/theo trọng số của dti-tinh-922\)$/);
  });

  it("published DTI 2022 rows (dti.gov.vn) pasted into a 922 workbook: the DTI recomputed from the points beside the published one", async () => {
    const m922 = getPreset("dti-tinh-922");
    const book = new MemoryWorkbook();
    await prepareSheets(book, m922, register);
    const text = fs.readFileSync(path.join(__dirname, "../fixtures/scales/dti-2022-tinh-chi-tiet.txt"), "utf8");
    const imported = await importPasted(book, m922, previewPaste(text, register, { methodology: m922 }).table!);
    expect(imported).toMatchObject({ written: 5 * 9 + 5, skipped: [] });
    const overall = (await rankWorkbook(book, register)).tables.find((t) => t.group === "TH")!;
    expect(overall.rows.filter((r) => r.value !== null).map((r) => [r.agency, r.value, r.publishedValue, r.rank, r.publishedRank])).toEqual([
      ["TP. Đà Nẵng", 0.8002, 0.8002, 1, 1],
      ["TP. Hồ Chí Minh", 0.7164, 0.7163, 2, 2], // 0,716355 from the printed main indices
      ["Quảng Ninh", 0.7024, 0.7024, 3, 3],
      ["Thừa Thiên Huế", 0.6975, 0.6975, 4, 4],
      ["TP. Cần Thơ", 0.6924, 0.6924, 5, 5],
    ]);
    expect((await checkWorkbook(book, register)).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a workbook without a year lists the 34 units in force; a published DTI table is read, written, re-ranked and checked", async () => {
    const book = new MemoryWorkbook();
    await prepareSheets(book, m, register);
    const dti = m.groups.find((g) => g.id === "DTI")!;
    expect((await book.readTable(groupSheetName(dti)))!.rows).toHaveLength(34);

    // Columns reordered, as a web page might give them: still the DTI group, by its header word.
    for (const text of [shape("dti-2025-tinh.txt"), reorder(splitFixture(shape("dti-2025-tinh.txt")), [1, 2, 0])]) {
      const preview = previewPaste(text, register, { methodology: m });
      expect(preview.table).toMatchObject({ block: "province", group: "DTI", decimals: 4 });
    }
    const preview = previewPaste(shape("dti-2025-tinh.txt"), register, { methodology: m });
    const imported = await importPasted(book, m, preview.table!);
    expect(imported).toMatchObject({ written: 68, skipped: [] });

    const ranked = await rankWorkbook(book, register);
    const out = ranked.tables.find((t) => t.group === "DTI")!;
    expect(out.rows).toHaveLength(34);
    expect(out.rows.slice(0, 2).map((r) => [r.rank, r.agency, r.value, r.publishedRank])).toEqual([
      [1, "Thành phố Hà Nội", 0.7812, 1],
      [2, "Thành phố Hồ Chí Minh", 0.7725, 2],
    ]);
    expect(out.rows.every((r) => r.rank === r.publishedRank)).toBe(true);

    const report = await checkWorkbook(book, register);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.tables.some((t) => t.checked.length > 0)).toBe(true);
  });

  it("refuses a 2016 table pasted into a workbook of the 34 units, before any cell changes", async () => {
    const book = new MemoryWorkbook();
    await prepareSheets(book, m, register);
    const preview = previewPaste(table("000-bang-4.1.txt"), register, { methodology: { ...m, groups: m.groups.map((g) => (g.id === "HT" ? { ...g, keywords: [...g.keywords, "hạ tầng kỹ thuật"] } : g)) } });
    expect(preview.table?.recognised.edition?.edition).toBe("2016");
    const before = JSON.stringify([...book.sheets]);
    await expect(importPasted(book, m, { ...preview.table!, group: "HT" })).rejects.toThrow(/uses the 2016 agency register and the workbook the 2025 one/);
    expect(JSON.stringify([...book.sheets])).toBe(before);
  });
});
