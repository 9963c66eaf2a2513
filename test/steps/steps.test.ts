/** The pane's five steps end to end on an in-memory workbook, with a real report table pasted in. */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { getPreset } from "../../src/core/methodology";
import { UserError } from "../../src/core/userError";
import { checkWorkbook, FINDINGS_SHEET } from "../../src/steps/check";
import { prepareSheets } from "../../src/steps/prepare";
import { rankWorkbook } from "../../src/steps/rank";
import { rerank } from "../../src/steps/whatIf";
import { saveScenario } from "../../src/steps/scenarios";
import { scoreWorkbook } from "../../src/steps/scoredWorkbook";
import { previewPaste } from "../../src/steps/paste";
import { importPasted } from "../../src/steps/pasteWrite";
import { groupSheetName } from "../../src/workbook/sheets";
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
    expect(n1.rows.filter((r) => r.rank === r.publishedRank)).toHaveLength(63);

    const session = await scoreWorkbook(book, register);
    const before = rerank(session, "province", {});
    const onlyInfrastructure = rerank(session, "province", { N2: 0, N3: 0, N4: 0, N5: 0, N6: 0 });
    expect(before.every((r) => r.movement === 0 || r.movement === null)).toBe(true);
    expect(onlyInfrastructure.filter((r) => r.rank === 1).map((r) => r.agency)).toContain("An Giang");
    const saved = await saveScenario(book, "chỉ hạ tầng", { N1: 1, N2: 0 }, onlyInfrastructure);
    expect(saved).toBe("KB1 chỉ hạ tầng");
    // Only N1 has figures: the methodology's own overall is N1's already, so nothing moved.
    expect((await book.readTable(saved))!.rows[0]).toEqual([1, "An Giang", 1, 1, 0].map((v, i) => (i === 2 ? expect.any(Number) : v)));
  });
});

describe("pasting the shapes users paste", () => {
  const shape = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/shapes", f), "utf8");
  it.each([
    ["cong-thong-tin-2017.txt", "province", 12],
    ["xep-hang-toi-gian.txt", "province", 5],
    ["trinh-chieu-2011-2010.txt", "ministry", 10],
    ["hang-ten.txt", "province", 8],
    ["pdf-hai-ky.txt", "province", 6],
    ["hai-bang.txt", "government", 8],
    ["xoay-ngang.txt", "government", 8],
    ["dang-doc.txt", "government", 8],
  ])("%s: a ranking to preview", (file, block, rows) => {
    const preview = previewPaste(shape(file), register);
    expect(preview.problem).toBeUndefined();
    expect(preview.table).toMatchObject({ block });
    expect(preview.table!.rows.length).toBe(rows);
  });

  it.each(["nhiem-vu.txt", "quy-dvc-2018.txt"])("%s: no ranking, and the preview says what it read", (file) => {
    const preview = previewPaste(shape(file), register);
    expect(preview.table).toBeUndefined();
    expect(preview.found).toHaveLength(1);
    expect(preview.problem!.vi).toMatch(/^Không tìm thấy bảng xếp hạng\. Đã đọc 1 bảng/);
  });

  it("the user's word on the columns makes a ranking of a table that was not one", () => {
    const text = "Tỉnh\tSố liệu\nAn Giang\t3\nBắc Ninh\t7\nCà Mau\t5\n";
    expect(previewPaste(text, register).table).toBeUndefined();
    const preview = previewPaste(text, register, { overrides: { value: 2 } });
    expect(preview.table!.rows.map((r) => r.value.value)).toEqual([3, 7, 5]);
  });

  it("imports the columns by the criteria's roles, whatever the headers say, and never writes an empty cell", async () => {
    const m = getPreset("mic-2016");
    const book = new MemoryWorkbook();
    await prepareSheets(book, m, register);
    // Bảng 4.7 with other header words (in its header and where it is repeated after a page break).
    const text = fixture("000-bang-4.7.txt")
      .replaceAll("Thứ hạng\tTỉnh, thành phố\tSố lượng DVCTT mức độ 3\tSố lượng DVCTT mức độ 4\tTổng cộng", "Xếp hạng\tĐịa phương\tDVC mức 4\tDVC mức 3\tTổng");
    const preview = previewPaste(text, register, { methodology: m });
    expect(preview.table).toMatchObject({ group: "N4", measure: "services" });
    const imported = await importPasted(book, m, preview.table!);
    const sheet = (await book.readTable(imported.sheet))!;
    const haGiang = sheet.rows.find((r) => r[1] === "T02")!;
    // Columns: block, code, name, N4.1 (level 3), N4.2 (level 4), total, published rank.
    expect(haGiang.slice(3)).toEqual([0, 1374, 1374, 1]); // the pasted header swapped the level columns' names
    const caoBang = sheet.rows.find((r) => r[1] === "T04")!;
    expect(caoBang.slice(3)).toEqual([null, null, null, 63]); // "Chưa có dịch vụ hoạt động": nothing written
  });

  it("a table whose group is unknown is refused with words to act on", async () => {
    const m = getPreset("mic-2016");
    const book = new MemoryWorkbook();
    await prepareSheets(book, m, register);
    const preview = previewPaste(shape("xep-hang-toi-gian.txt"), register, { methodology: m });
    const error = await importPasted(book, m, preview.table!).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.say("vi")).toMatch(/^Chưa biết bảng này là xếp hạng của nhóm tiêu chí nào: tên bảng không nêu\. Hãy chọn ở ô “Nhóm”/);
    expect(error.say("en")).toMatch(/^Which criteria group this table ranks is unknown: its title does not say\. Choose it under “Group”/);
  });
});

describe("checking a workbook with most groups empty", () => {
  it("checks the one group with figures and says every other sheet and block was not checked", async () => {
    const m = getPreset("mic-2017-2019");
    const book = new MemoryWorkbook();
    await prepareSheets(book, m, register);
    await importPasted(book, m, previewPaste(fixture("000-bang-4.1.txt"), register).table!);
    const report = await checkWorkbook(book, register);
    expect(report.tables.map((t) => t.name)).toEqual(["N1 Hạ tầng kỹ thuật CNTT (Tỉnh, thành phố trực thuộc Trung ương)"]);
    expect(report.tables[0].checked.length).toBeGreaterThan(0);
    // 6 groups × 3 blocks, less the one checked.
    expect(report.unchecked).toHaveLength(17);
    expect(report.unchecked[0].why.vi).toMatch(/^chưa có số liệu nào \(19 cơ quan, 0 ô có số\) — chưa kiểm tra$/);
    const findingsSheet = (await book.readTable(FINDINGS_SHEET))!;
    expect(book.sheets.get(FINDINGS_SHEET)!.rows[0][0]).toMatch(/^Phát hiện khi kiểm tra \([\d.]+ lần áp quy tắc\): \d+$/);
    expect(findingsSheet.rows.length).toBe(report.findings.length);
  });
});
