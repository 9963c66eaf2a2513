/**
 * Saying what a pasted table is a ranking of, when its title does not: a criteria group, one
 * criterion, the overall index, or a published ranking kept to compare. And an agency listed
 * twice: refused until the user keeps one row. On a hand-written ministries' table whose title
 * names no group (pipes with a separator row, ranks printed `01`), which no other fixture has.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { getPreset } from "../../src/core/methodology";
import { duplicateAgencies, linesToLeaveOut } from "../../src/core/tables/duplicates";
import { describeTable } from "../../src/core/tables/recognise/understood";
import { UserError } from "../../src/core/userError";
import { checkWorkbook } from "../../src/steps/check";
import { prepareSheets } from "../../src/steps/prepare";
import { rankWorkbook } from "../../src/steps/rank";
import { compareRankings } from "../../src/steps/compare";
import { importTargets, previewPaste, targetOf } from "../../src/steps/paste";
import { importPasted, planImport } from "../../src/steps/pasteWrite";
import { isPublishedSheet } from "../../src/steps/publishedRankings";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { criterionHeader, groupSheetName, indexHeader } from "../../src/workbook/sheets";

const register = getDefaultRegister();
const shape = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/shapes", f), "utf8");
const m = getPreset("mic-2017-2019");
const ministries = shape("bo-2021-khong-nhom.txt");

async function prepared(methodology = m) {
  const book = new MemoryWorkbook();
  await prepareSheets(book, methodology, register);
  return book;
}
const read = (text: string, group?: string, skipLines?: number[]) =>
  previewPaste(text, register, {
    methodology: m,
    ...(group !== undefined || skipLines ? { overrides: { ...(group !== undefined ? { group } : {}), ...(skipLines ? { skipLines } : {}) } } : {}),
  }).table!;

describe("what a table ranks, when its title does not say", () => {
  it("the choices come from the methodology: every group, every criterion, the overall, a published ranking only", () => {
    const options = importTargets(getPreset("mac-dinh-tai-dung"));
    expect(options.filter((o) => o.kind === "group").map((o) => o.value)).toEqual(["N1", "N2", "N3", "N4", "N5", "N6"]);
    expect(options.filter((o) => o.kind === "criterion").map((o) => o.value)).toContain("N4.2");
    expect(options.at(-2)).toMatchObject({ value: "TH", kind: "overall" });
    expect(options.at(-1)).toMatchObject({ value: "", kind: "published" });
    // A methodology without an overall index offers none.
    expect(importTargets(getPreset("mic-2016")).some((o) => o.kind === "overall")).toBe(false);
  });

  it("left unknown, the write is refused before any change, saying where to choose", async () => {
    const book = await prepared();
    const table = read(ministries);
    expect(table.group).toBeUndefined();
    expect(targetOf(table)).toBeUndefined();
    const before = JSON.stringify([...book.sheets]);
    const error = await importPasted(book, m, table).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.say("vi")).toMatch(/Chưa biết bảng này là xếp hạng của nhóm tiêu chí nào.*ô “Nhóm”.*Chưa ghi gì\./);
    expect(error.say("en")).toMatch(/Choose it under “Group”/);
    expect(JSON.stringify([...book.sheets])).toBe(before);
  });

  it("chosen as a group, its values and ranks go into that group's sheet, and the choice is said", async () => {
    const book = await prepared();
    const table = read(ministries, "N3");
    expect(describeTable(table.recognised, register).vi).toMatch(/khối Bộ, cơ quan ngang Bộ, nhóm N3 \(theo lựa chọn\)/);
    const done = await importPasted(book, m, table);
    expect(done).toMatchObject({ written: 16, skipped: [], newSheet: false, sheet: groupSheetName(m.groups[2]) });
    const sheet = (await book.readTable(done.sheet))!;
    const row = sheet.rows.find((r) => r[1] === "BO-TP")!; // Bộ Tư pháp
    expect(row[sheet.header.indexOf(indexHeader(m.groups[2]))]).toBe(0.887);
    expect(row[sheet.header.indexOf("Hạng công bố")]).toBe(2);
  });

  it("chosen as one criterion, its values go into that criterion's column and nowhere else", async () => {
    const d = getPreset("mac-dinh-tai-dung");
    const book = await prepared(d);
    const table = previewPaste(ministries, register, { methodology: d, overrides: { group: "N2.1" } }).table!;
    const done = await importPasted(book, d, table);
    expect(done).toMatchObject({ written: 8, sheet: groupSheetName(d.groups[1]) });
    const sheet = (await book.readTable(done.sheet))!;
    const c = d.groups[1].criteria[0];
    const column = sheet.header.indexOf(criterionHeader(c));
    expect(sheet.rows.filter((r) => r[column] !== null).length).toBe(8);
    expect(sheet.rows.every((r) => r[sheet.header.indexOf("Hạng công bố")] === null)).toBe(true);
  });

  it("kept as a published ranking: a sheet of its own, checked by the check step and read by the compare step", async () => {
    const book = await prepared();
    const table = read(ministries, "");
    expect(describeTable(table.recognised, register).en).toMatch(/a published ranking of no group \(as chosen\)/);
    const done = await importPasted(book, m, table);
    expect(done).toMatchObject({ newSheet: true, skipped: [] });
    expect(isPublishedSheet(done.sheet)).toBe(true);
    const sheet = (await book.readTable(done.sheet))!;
    expect(sheet.title).toMatch(/^Bảng xếp hạng công bố: Kết quả đánh giá năm 2021 .* — Bộ, cơ quan ngang Bộ, kỳ 2021$/);
    expect(sheet.header).toEqual(["Thứ hạng", "Cơ quan", "Mã", "Giá trị"]);
    expect(sheet.rows[3]).toEqual([4, "Bộ Khoa học và Công nghệ", "BO-KHCN", 0.8522]);

    // The check step checks it with the others: a consistent table raises nothing about it.
    const report = await checkWorkbook(book, register);
    const checked = report.tables.find((t) => t.name.includes(done.sheet));
    expect(checked?.checked.some((c) => c.rule === "thu-hang")).toBe(true);
    expect(report.findings.filter((f) => f.where.table === done.sheet && f.severity !== "info")).toEqual([]);

    // The compare step reads it like any ranking.
    const c = await compareRankings({ kind: "sheet", port: book, sheet: done.sheet, label: "2021" }, { kind: "text", text: ministries.replace("0,9123 | 01", "0,8000 | 07"), label: "2022" }, register);
    expect(c.rows.find((r) => r.code === "BO-TC")).toBeDefined();

    // The same table again would replace it: only on the user's word.
    const again = await planImport(book, m, table);
    expect(again).toMatchObject({ kind: "sheet", replaces: true, sheet: done.sheet });
    await expect(importPasted(book, m, table)).rejects.toThrow(/already holds this published table; nothing was written/);
    // Another published table goes to a sheet of its own.
    const other = await importPasted(book, m, read(ministries.replace("năm 2021", "năm 2020"), ""));
    expect(other.sheet).not.toBe(done.sheet);
  });

  it("a bad copy of a published ranking is found on its sheet", async () => {
    const book = await prepared();
    const done = await importPasted(book, m, read(ministries.replace("| 0,8310 | 06 |", "| 0,8310 | 09 |"), ""));
    const report = await checkWorkbook(book, register);
    expect(report.findings.some((f) => f.where.table === done.sheet && f.ruleId.startsWith("thu-hang"))).toBe(true);
  });

  it("chosen as the overall index, it is set beside the overall the tool computes", async () => {
    const book = await prepared();
    // The six group indices of the eight ministries, all equal to the published overall: the computed overall equals it.
    for (const g of m.groups) await importPasted(book, m, read(ministries, g.id));
    const overall = read(ministries, "TH");
    expect(describeTable(overall.recognised, register).vi).toMatch(/chỉ số tổng hợp \(theo lựa chọn\)/);
    const done = await importPasted(book, m, overall);
    expect(done.sheet).toBe("CB Bộ - TH");
    const ranked = await rankWorkbook(book, register);
    const th = ranked.tables.find((t) => t.group === "TH" && t.block === "ministry")!;
    expect(th.rows.slice(0, 5).map((r) => [r.rank, r.code, r.publishedRank])).toEqual([
      [1, "BO-TC", 1],
      [2, "BO-TP", 2],
      [3, "BO-CT", 3],
      [4, "BO-KHCN", 4],
      [4, "NHNN", 4],
    ]);
  });
});

describe("an agency listed twice in one paste", () => {
  const twice = (text: string) => {
    const lines = text.split("\n");
    // The table again below itself, as a paste repeated by mistake, and one row changed.
    return [...lines, ...lines.slice(3).map((l) => l.replace("0,8870 | 02", "0,8000 | 02"))].join("\n");
  };

  it("is said in the preview with its rows, refused at the write, and written once the user keeps one row each", async () => {
    const book = await prepared();
    const text = twice(ministries);
    const table = read(text, "N1");
    const dups = duplicateAgencies(table.recognised);
    expect(dups).toHaveLength(8);
    expect(dups.find((d) => d.code === "BO-TP")!.rows.map((r) => [r.line, r.cells[2]])).toEqual([
      [5, "0,8870"],
      [14, "0,8000"],
    ]);
    expect(describeTable(table.recognised, register).vi).toMatch(/8 cơ quan có nhiều dòng \(8 dòng lặp; ví dụ Bộ Tài chính: dòng 4, 13\); 8\/19 cơ quan/);
    const before = JSON.stringify([...book.sheets]);
    const error = await importPasted(book, m, table).catch((e) => e);
    expect(error.say("vi")).toMatch(/Bảng có 8 cơ quan ở nhiều dòng \(ví dụ Bộ Tài chính: dòng 4, 13\)\. Chưa ghi gì\./);
    expect(JSON.stringify([...book.sheets])).toBe(before);

    // Keep the first row of each: the later copies are left out, and said so.
    const kept = read(text, "N1", linesToLeaveOut(dups));
    expect(duplicateAgencies(kept.recognised)).toEqual([]);
    expect(describeTable(kept.recognised, register).vi).toMatch(/bỏ 8 dòng theo lựa chọn/);
    expect(kept.rows.find((r) => r.line === 5)!.value.value).toBe(0.887);
    // Or keep the later row of one of them.
    const later = read(text, "N1", linesToLeaveOut(dups, (d) => (d.code === "BO-TP" ? d.rows[1].line : d.rows[0].line)));
    expect(later.rows.find((r) => r.agencies[0].agency?.code === "BO-TP")!.value.value).toBe(0.8);
    expect(await importPasted(book, m, later)).toMatchObject({ written: 16 });
  });
});

describe("an agency on two rows of a data sheet", () => {
  it("is reported by the check step on the second row's cell, with the first", async () => {
    const book = await prepared();
    await importPasted(book, m, read(ministries, "N1"));
    const sheet = groupSheetName(m.groups[0]);
    const rows = book.sheets.get(sheet)!.rows;
    const copy = [...rows.find((r) => r[1] === "BO-TP")!];
    copy[3] = 0.5; // a person pasted the row again, with another figure
    rows.push(copy);
    const report = await checkWorkbook(book, register);
    const twice = report.findings.filter((f) => f.ruleId === "danh-muc.trung");
    expect(twice).toEqual([
      expect.objectContaining({
        severity: "error",
        where: expect.objectContaining({ table: sheet, cell: `C${rows.length}` }),
        message: expect.objectContaining({ vi: expect.stringMatching(/^Bộ Tư pháp có mặt hơn một lần \(lần đầu ở ô C\d+\); chỉ một dòng được dùng/) }),
      }),
    ]);
  });
});

describe("a column the user gives a role", () => {
  it("made the rank, is no longer read as the previous period's too", () => {
    const text = ["Tỉnh\tChỉ số DTI 2023\tXếp hạng 2022", "Hà Nội\t0,7512\t1", "Đà Nẵng\t0,7401\t2", "Quảng Ninh\t0,7002\t3", "Thừa Thiên Huế\t0,6899\t4"].join("\n");
    const auto = previewPaste(text, register).table!;
    expect(auto.columns).toMatchObject({ previousRank: 2 });
    const chosen = previewPaste(text, register, { overrides: { rank: 3 } }).table!;
    expect(chosen.columns.rank).toBe(2);
    expect(chosen.columns.previousRank).toBeUndefined();
    expect(describeTable(chosen.recognised, register).vi).not.toMatch(/kỳ trước/);
  });
});
