/** The pane's five steps end to end on an in-memory workbook, with a real report table pasted in. */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { getPreset } from "../../src/core/methodology";
import { checkWorkbook, FINDINGS_SHEET, importPasted, prepareSheets, previewPaste, rankWorkbook, rerank, saveScenario, startWhatIf } from "../../src/workbook/actions";
import { groupSheetName } from "../../src/workbook/layouts";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

const register = getDefaultRegister();
const fixture = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/tables", f), "utf8");

describe("the five steps on an in-memory workbook", () => {
  const m = getPreset("mic-2017-2019");

  it("prepares the sheets, and repairs only what is missing", async () => {
    const book = new MemoryWorkbook();
    const first = await prepareSheets(book, m, register);
    expect(first.created).toHaveLength(4 + 6);
    await book.updateCells(groupSheetName(m.groups[0]), [{ cell: "D2", value: 0.5 }]);
    book.sheets.delete("Quy tắc");
    const again = await prepareSheets(book, m, register);
    expect(again.created).toEqual(["Quy tắc"]);
    expect(book.cell(groupSheetName(m.groups[0]), "D2")).toBe(0.5);
  });

  it("pastes Bảng 4.1 into its sheet, checks, ranks, tries weights and saves the scenario", async () => {
    const book = new MemoryWorkbook();
    await prepareSheets(book, m, register);

    const preview = previewPaste(fixture("000-bang-4.1.txt"), register);
    expect(preview.table).toMatchObject({ block: "province", group: "N1" });
    const imported = await importPasted(book, m, preview.table!);
    expect(imported).toMatchObject({ written: 126, skipped: [], sheet: "N1 Hạ tầng kỹ thuật CNTT" });

    // A typo planted in the sheet: Tây Ninh 0,922 typed as 922.
    const sheet = await book.readTable(imported.sheet);
    const row = sheet!.rows.findIndex((r) => r[1] === "T72");
    await book.updateCells(imported.sheet, [{ cell: `D${sheet!.headerRow + 1 + row}`, value: 922 }]);
    const report = await checkWorkbook(book, register);
    const planted = report.findings.find((f) => f.ruleId === "mien-gia-tri.chi-so")!;
    expect(planted).toMatchObject({ severity: "error", agency: { code: "T72" }, expected: 0.922, where: { table: imported.sheet, cell: `D${sheet!.headerRow + 1 + row}` } });
    expect((await book.readTable(FINDINGS_SHEET))!.rows.some((r) => r[1] === `${imported.sheet}!${planted.where.cell}`)).toBe(true);
    expect(book.sheets.get(imported.sheet)!.fills.get(planted.where.cell!)).toBe("#F8C9C4");
    await book.updateCells(imported.sheet, [{ cell: planted.where.cell!, value: 0.922 }]);

    const ranked = await rankWorkbook(book, register);
    expect(ranked.sheets).toContain("XH Tỉnh - N1");
    const n1 = ranked.tables.find((t) => t.block === "province" && t.group === "N1")!;
    expect(n1.rows.filter((r) => r.rank === r.published_rank)).toHaveLength(63);

    const session = await startWhatIf(book, register);
    const before = rerank(session, "province", {});
    const onlyInfrastructure = rerank(session, "province", { N2: 0, N3: 0, N4: 0, N5: 0, N6: 0 });
    expect(before.every((r) => r.change === 0 || r.change === null)).toBe(true);
    expect(onlyInfrastructure.filter((r) => r.rank === 1).map((r) => r.name)).toContain("An Giang");
    const saved = await saveScenario(book, "chỉ hạ tầng", { N1: 1, N2: 0 }, onlyInfrastructure);
    expect(saved).toBe("KB chỉ hạ tầng");
    expect((await book.readTable(saved))!.rows[0]).toEqual([1, "An Giang", 1, null, null].map((v, i) => (i === 2 ? expect.any(Number) : v)));
  });
});
