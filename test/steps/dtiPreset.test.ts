/** The DTI preset: the 2025 units' published index pasted, re-ranked, checked; a 2016 table refused. */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { getPreset } from "../../src/core/methodology";
import { checkWorkbook } from "../../src/steps/check";
import { prepareSheets } from "../../src/steps/prepare";
import { rankWorkbook } from "../../src/steps/rank";
import { previewPaste } from "../../src/steps/paste";
import { importPasted } from "../../src/steps/pasteWrite";
import { groupSheetName } from "../../src/workbook/sheets";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { reorder, splitFixture } from "../helpers/reshape";

const register = getDefaultRegister();
const shape = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/shapes", f), "utf8");
const table = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/tables", f), "utf8");
const m = getPreset("dti-tinh");

describe("the provincial DTI preset", () => {
  it("has the three pillars and the eight main indices, entered as published, with the unpublished weights marked as assumptions", () => {
    expect(m.groups.filter((g) => g.weight === 1).map((g) => g.name.vi)).toEqual([
      "Nhận thức số",
      "Thể chế số",
      "Hạ tầng số",
      "Nhân lực số",
      "An toàn thông tin mạng",
      "Hoạt động chính quyền số",
      "Hoạt động kinh tế số",
      "Hoạt động xã hội số",
    ]);
    expect(m.groups.filter((g) => g.name.vi.startsWith("Trụ cột")).map((g) => [g.name.vi, g.weight])).toEqual([
      ["Trụ cột Chính quyền số", 0],
      ["Trụ cột Kinh tế số", 0],
      ["Trụ cột Xã hội số", 0],
    ]);
    expect(m.groups.every((g) => g.source === "index")).toBe(true);
    expect(m).toMatchObject({ reconstruction: true, blocks: ["province"], groupIndex: { decimals: 4 }, ranking: { ties: "competition" } });
    expect(m.description.vi).toMatch(/GIẢ ĐỊNH: trọng số của tám chỉ số chính/);
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
