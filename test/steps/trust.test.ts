/**
 * Nothing lost, nothing silent: imports that ask before replacing a figure and refuse before
 * writing, scenarios that cannot overwrite one another, weights and methodologies that are said
 * to be wrong, limits that answer at once, parsers that stay linear.
 */
import * as fs from "fs";
import * as path from "path";
import { growth } from "../helpers/growth";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { parseRuleExpression } from "../../src/core/checks/ruleExpression";
import { checkPasteSize, LIMITS } from "../../src/core/limits";
import { getPreset } from "../../src/core/methodology";
import { readTables } from "../../src/core/tables";
import { LimitError, MethodologyError, MissingSheetError, ScenarioExistsError, UserError } from "../../src/core/userError";
import { checkWorkbook } from "../../src/steps/check";
import { prepareSheets } from "../../src/steps/prepare";
import { rankWorkbook } from "../../src/steps/rank";
import { readWeight, rerank } from "../../src/steps/whatIf";
import { saveScenario } from "../../src/steps/scenarios";
import { scoreWorkbook, unscored } from "../../src/steps/scoredWorkbook";
import { previewPaste } from "../../src/steps/paste";
import { applyImport, CellsPlan, ImportPlan, importPasted, planImport, replacedCells } from "../../src/steps/pasteWrite";
import { groupSheetName, METHOD_SHEET } from "../../src/workbook/sheets";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { readWorkbook } from "../../src/steps/readWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";

const register = getDefaultRegister();
const m = getPreset("mic-2016");
const fixture = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/tables", f), "utf8");
const bang41 = () => previewPaste(fixture("000-bang-4.1.txt"), register, { methodology: m }).table!;

async function prepared() {
  const book = new MemoryWorkbook();
  await prepareSheets(book, m, register);
  return book;
}
const snapshot = (book: MemoryWorkbook) => JSON.stringify([...book.sheets].map(([n, s]) => [n, s.rows]));

describe("importing a paste", () => {
  it("refuses a sheet whose header was renamed, saying which column, and changes no cell", async () => {
    const book = await prepared();
    const sheet = groupSheetName(m.groups[0]);
    const rows = book.sheets.get(sheet)!.rows;
    const header = rows.find((r) => r.includes("Hạng công bố"))!;
    header[header.indexOf("Hạng công bố")] = "Hạng năm ngoái";
    const before = snapshot(book);
    const error = await importPasted(book, m, bang41()).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.say("vi")).toMatch(/^Trang “N1 Hạ tầng kỹ thuật CNTT”: không thấy cột “Hạng công bố” ở dòng tiêu đề \(dòng 1\); có lẽ tên cột đã bị sửa\..*Chưa ô nào bị thay đổi\.$/);
    expect(snapshot(book)).toBe(before);
  });

  it("asks before replacing a figure already there, and writes nothing until the user says so", async () => {
    const book = await prepared();
    await importPasted(book, m, bang41());
    const sheet = groupSheetName(m.groups[0]);
    const t = (await book.readTable(sheet))!;
    const r = t.rows.findIndex((x) => x[1] === "T89");
    const cell = `D${t.headerRow + 1 + r}`;
    await book.updateCells(sheet, [{ cell, value: 0.5 }]); // the user's own correction
    const before = snapshot(book);
    await expect(importPasted(book, m, bang41())).rejects.toThrow(/1 cells hold a figure other than the pasted one \(e\.g\. D\d+\); nothing was written/);
    expect(snapshot(book)).toBe(before);
    const plan = cellsPlan(await planImport(book, m, bang41()));
    expect(replacedCells(plan)).toEqual([expect.objectContaining({ cell, before: 0.5, value: expect.any(Number) })]);
    expect(plan.same).toBe(125);
    await applyImport(book, plan);
    expect(book.cell(sheet, cell)).toBe(plan.writes[0].value);
  });

  it("keeps a figure where the paste says “--” or nothing, and says so", async () => {
    const book = await prepared();
    await importPasted(book, m, bang41());
    const blanked = fixture("000-bang-4.1.txt").replace(/(An Giang\t)[\d,]+/, "$1--");
    const plan = cellsPlan(await planImport(book, m, previewPaste(blanked, register, { methodology: m }).table!));
    expect(plan.kept).toEqual([expect.objectContaining({ agency: "An Giang", before: expect.any(Number) })]);
    expect(plan.writes).toEqual([]);
  });

  it("refuses a plan when the sheet changed since the preview", async () => {
    const book = await prepared();
    const plan = cellsPlan(await planImport(book, m, bang41()));
    const w = plan.writes[0];
    await book.updateCells(plan.sheet, [{ cell: w.cell, value: 0.1 }]);
    const before = snapshot(book);
    const error = await applyImport(book, plan).catch((e) => e);
    expect(error.say("en")).toMatch(/this cell changed since the preview; nothing was written/);
    expect(snapshot(book)).toBe(before);
  });
});

/** A plan of figures into a structured sheet, as a group's table gives. */
function cellsPlan(plan: ImportPlan): CellsPlan {
  if (plan.kind !== "cells") throw new Error(`expected a plan of cells, got a sheet ${plan.sheet}`);
  return plan;
}

describe("scenarios", () => {
  const weights = { N1: 1, N2: 0 };
  async function session(book = new MemoryWorkbook()) {
    await prepareSheets(book, m, register);
    await importPasted(book, m, bang41());
    const s = await scoreWorkbook(book, register);
    return { book, rows: rerank(s, "province", { N2: 0, N3: 0, N4: 0, N5: 0, N6: 0 }) };
  }

  it("two scenarios whose names share their first 31 characters both survive, each under its own number", async () => {
    const { book, rows } = await session();
    const a = await saveScenario(book, "Phương án tăng trọng số hạ tầng 1", weights, rows);
    const b = await saveScenario(book, "Phương án tăng trọng số hạ tầng 2", weights, rows);
    expect([a, b]).toEqual(["KB1 Phương án tăng trọng số hạ", "KB2 Phương án tăng trọng số hạ"]);
    expect((await book.readTable(a))!.title).toMatch(/^Kịch bản “Phương án tăng trọng số hạ tầng 1”/);
    expect((await book.readTable(b))!.title).toMatch(/^Kịch bản “Phương án tăng trọng số hạ tầng 2”/);
  });

  it("saving under a name already used asks first; replacing keeps its sheet", async () => {
    const { book, rows } = await session();
    const first = await saveScenario(book, "Chỉ hạ tầng", weights, rows);
    const error = await saveScenario(book, "chỉ hạ tầng ", weights, rows.slice(0, 3)).catch((e) => e);
    expect(error).toBeInstanceOf(ScenarioExistsError);
    expect(error.say("vi")).toBe("Trang “KB1 Chỉ hạ tầng”: đã có kịch bản “chỉ hạ tầng ”. Bấm “Ghi đè” để thay nó, hoặc đặt tên khác.");
    expect((await book.readTable(first))!.rows).toHaveLength(63);
    expect(await saveScenario(book, "Chỉ hạ tầng", weights, rows.slice(0, 3), { replace: true })).toBe(first);
    expect((await book.readTable(first))!.rows).toHaveLength(3);
  });

  it("names whose letters differ only in their marks get distinct sheets and distinct Excel tables", async () => {
    const { book, rows } = await session(XlsxWorkbook.create() as unknown as MemoryWorkbook);
    const xlsx = book as unknown as XlsxWorkbook;
    const a = await saveScenario(xlsx, "Phương án ấ", weights, rows);
    const b = await saveScenario(xlsx, "Phương án ầ", weights, rows);
    expect(a).not.toBe(b);
    const tables = [a, b].map((s) => (xlsx.workbook.getWorksheet(s)!.getTables() as unknown as { name: string }[])[0].name);
    expect(new Set(tables).size).toBe(2);
  });
});

describe("weights and methodologies said to be wrong", () => {
  it.each([
    ["-3", /không được âm/],
    ["abc", /“abc” không phải là số/],
    ["1e308", /không phải là số|lớn quá/],
    ["2000000", /lớn quá \(tối đa 1\.000\.000\)/],
  ])("a typed weight %s is refused, not turned into 0", (typed, why) => {
    const read = readWeight(typed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.why.vi).toMatch(why);
  });

  it("reads weights written the Vietnamese way", () => {
    expect(readWeight("2,5")).toEqual({ ok: true, value: 2.5 });
    expect(readWeight("0")).toEqual({ ok: true, value: 0 });
  });

  it.each([
    [[1e308, 1, 1, 1, 1, 1], /Nhóm 1 \(N1\) › trọng số: phải ≤ 1000000/],
    [[0, 0, 0, 0, 0, 0], /chỉ số tổng hợp cần ít nhất một nhóm có trọng số > 0/],
  ])("a methodology sheet with weights %j is an error with its place", async (weights, message) => {
    const mm = getPreset("mac-dinh-tai-dung");
    const book = new MemoryWorkbook();
    await prepareSheets(book, { ...mm, groups: mm.groups.map((g, k) => ({ ...g, weight: weights[k] })) }, register);
    const error = await readWorkbook(book, register).catch((e) => e);
    expect(error).toBeInstanceOf(MethodologyError);
    expect(error.say("vi")).toMatch(message);
  });

  it("a workbook without the structured sheets: do step 1 first, in either language", async () => {
    const error = await rankWorkbook(new MemoryWorkbook(), register).catch((e) => e);
    expect(error).toBeInstanceOf(MissingSheetError);
    expect(error.say("vi")).toBe("Trang “Cài đặt”: chưa có trang này trong sổ tính. Hãy làm bước 1 (Chuẩn bị) trước: bấm “Tạo hoặc sửa các trang tính” (dòng lệnh: tạo sổ tính mẫu bằng chiso template).");
    expect(error.say("en")).toBe("Sheet “Cài đặt”: this sheet is not in the workbook. Do step 1 (Prepare) first: press “Create or repair the sheets” (command line: make the template with chiso template).");
  });

  it("a workbook that lost its methodology sheet is not checked as loose tables", async () => {
    const book = await prepared();
    book.sheets.delete(METHOD_SHEET);
    await expect(checkWorkbook(book, register)).rejects.toBeInstanceOf(MissingSheetError);
  });

  it("ranking with no figure at all writes nothing and says to paste first", async () => {
    const book = await prepared();
    const sheets = [...book.sheets.keys()];
    await expect(rankWorkbook(book, register)).rejects.toThrow(/no figures to compute yet: paste tables in step 2/);
    expect([...book.sheets.keys()]).toEqual(sheets);
  });

  it("what-if leaves out a group nobody has a figure for, and names the agencies a partly filled group cannot score", async () => {
    const book = await prepared();
    await importPasted(book, m, bang41());
    let s = await scoreWorkbook(book, register);
    // Only N1 has figures: the overall is N1's, N2–N6 left out and said so, nobody unscored.
    expect(unscored(s, "province", {})).toEqual([]);
    expect(s.blocks.find((b) => b.block === "province")!.base.overall!.leftOut).toEqual(["N2", "N3", "N5", "N6"]); // N4 is ranked by its count, no part of this overall
    // Three provinces of N2 filled: the other 60 cannot be scored, for want of N2.
    const n2 = groupSheetName(m.groups[1]);
    const t = (await book.readTable(n2))!;
    const provinces = t.rows.flatMap((r, k) => (/^T\d+$/.test(String(r[1])) ? [k] : []));
    await book.updateCells(n2, provinces.slice(0, 3).map((k) => ({ cell: `D${t.headerRow + 1 + k}`, value: 0.5 })));
    s = await scoreWorkbook(book, register);
    const missing = unscored(s, "province", {});
    expect(missing).toHaveLength(60);
    expect(missing[0].groups).toEqual(["N2"]);
    expect(unscored(s, "province", { N2: 0 })).toEqual([]);
  });
});

describe("limits answer before any work", () => {
  it.each([
    ["too many characters", "x".repeat(LIMITS.pasteChars + 1), /^Bảng dán dài 1\.000\.001 ký tự/],
    ["too many lines", "a\tb\n".repeat(LIMITS.pasteLines + 1), /^Bảng dán có hơn 10\.000 dòng/],
    ["a cell longer than Excel holds", `Tỉnh\tGhi chú\nAn Giang\t${"y".repeat(LIMITS.cellChars + 1)}\n`, /^Dòng 2: một ô dài quá 32\.767 ký tự/],
  ])("a paste with %s", (_, text, message) => {
    const error = (() => {
      try {
        readTables(text, register);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LimitError);
    expect((error as LimitError).say("vi")).toMatch(message);
  });

  it("a paste just under the limits is read", () => {
    expect(() => checkPasteSize("a\tb\n".repeat(LIMITS.pasteLines - 1))).not.toThrow();
  });

  it("a rule too long or nested too deep is an error of the rule, not a crash", () => {
    const long = parseRuleExpression(`A = ${"B + ".repeat(600)}B`, ["A", "B"]);
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.en).toMatch(/over the limit of 2000; split it/);
    const deep = parseRuleExpression(`A = ${"(".repeat(50)}B${")".repeat(50)}`, ["A", "B"]);
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.error.en).toMatch(/nests more than 40 brackets/);
    const negated = parseRuleExpression(`A = ${"-".repeat(45)}B`, ["A", "B"]);
    expect(negated.ok).toBe(false);
    expect(parseRuleExpression(`A = ${"(".repeat(40)}B${")".repeat(40)}`, ["A", "B"]).ok).toBe(true);
  });
});

describe("parsers stay linear in their input", () => {
  const columns = ["Tổng cộng", "Mức độ 3", "Mức độ 4", "Số hồ sơ trực tuyến"];
  it("the rule parser", () => {
    // Rules of growing length made of the same parts: names, numbers, brackets.
    const rule = (n: number) => `Tổng cộng = ${Array.from({ length: n }, (_, i) => (i % 3 ? `Mức độ ${3 + (i % 2)}` : `(Mức độ 3 * 2,5)`)).join(" + ")}`;
    const ratio = growth((n) => {
      for (let k = 0; k < 10; k++) parseRuleExpression(rule(n), columns);
    }, 12, 8);
    expect(ratio).toBeLessThan(24); // ×8 input: linear 8, quadratic 64
  });

  it("the paste reader and the checks", () => {
    const names = register.agencies.filter((a) => a.block === "province").map((a) => a.name);
    const paste = (n: number) => `Thứ hạng\tTỉnh\tMức độ 3\tMức độ 4\tTổng cộng\n${Array.from({ length: n }, (_, i) => `${i + 1}\t${names[i % names.length]}\t${100 - (i % 90)}\t${i % 7}\t${100 - (i % 90) + (i % 7)}`).join("\n")}\n`;
    const ratio = growth((n) => runChecks(checkTablesFromText(paste(n), "t.txt", register), register), 250, 8, 3);
    expect(ratio).toBeLessThan(24);
  });
});
