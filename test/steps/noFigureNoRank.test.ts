/**
 * No figure, no rank: a DTI workbook with only the published composite filled (the eight main
 * indices empty) through ranking, what-if and uncertainty. The empty groups are left out of the
 * overall and said so; nothing is ranked on weights that give no group with figures a say; a
 * band is never reported or written for agencies that were not ranked.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { getPreset } from "../../src/core/methodology";
import { startUncertainty } from "../../src/core/scoring/uncertainty";
import { withWeights } from "../../src/core/scoring/whatIf";
import { prepareSheets } from "../../src/steps/prepare";
import { rankWorkbook } from "../../src/steps/rank";
import { rerank } from "../../src/steps/whatIf";
import { scoreWorkbook, unscored } from "../../src/steps/scoredWorkbook";
import { previewPaste } from "../../src/steps/paste";
import { importPasted } from "../../src/steps/pasteWrite";
import { uncertaintyWords, writeUncertainty } from "../../src/steps/uncertainty";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

const register = getDefaultRegister();
const m = getPreset("dti-tinh-405");
// A hand-written list of the 34 units' DTI, one cell per line, rank after the name.
const lines = fs
  .readFileSync(path.join(__dirname, "../fixtures/shapes/dti-2025-tinh.txt"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split("\t"));
const composite = ["Đơn vị", "Chỉ số DTI", "Thứ hạng", ...lines.flatMap(([rank, name, value]) => [name, value, rank])].join("\n");

async function onlyComposite() {
  const book = new MemoryWorkbook();
  await prepareSheets(book, m, register);
  const table = previewPaste(composite, register, { methodology: m }).table!;
  expect(table).toMatchObject({ group: "DTI", block: "province" });
  await importPasted(book, m, table);
  return book;
}

describe("a DTI workbook with only the composite filled", () => {
  it("ranks the composite and writes no overall made of nothing", async () => {
    const book = await onlyComposite();
    const ranked = await rankWorkbook(book, register);
    expect(ranked.tables.map((t) => t.group)).toEqual(["DTI"]);
    expect(ranked.empty.map((e) => e.group)).toEqual(["NT", "TC", "HT", "NL", "AT", "CQ", "KT", "XH", "TCQ", "TKT", "TXH", "TH"]);
  });

  it("what-if leaves out the eight empty groups, ranks nobody while the composite weighs 0, and follows it once it weighs", async () => {
    const book = await onlyComposite();
    const s = await scoreWorkbook(book, register);
    const b = s.blocks.find((x) => x.block === "province")!;
    expect(b.base.overall!.leftOut).toEqual(["NT", "TC", "HT", "NL", "AT", "CQ", "KT", "XH"]);
    expect(rerank(s, "province", {}).every((r) => r.rank === null)).toBe(true);
    expect(unscored(s, "province", {})).toEqual([]); // nobody lacks a figure of a group that counts
    const byComposite = rerank(s, "province", { DTI: 1 });
    expect(byComposite.slice(0, 3).map((r) => [r.rank, r.agency])).toEqual([
      [1, "Thành phố Hà Nội"],
      [2, "Thành phố Hồ Chí Minh"],
      [3, "Thành phố Đà Nẵng"],
    ]);
    // The eight left out weigh nothing: their weights may be anything.
    expect(rerank(s, "province", { DTI: 1, NT: 5, XH: 0 }).map((r) => r.rank)).toEqual(byComposite.map((r) => r.rank));
  });

  it("uncertainty starts from the what-if weights; with no group that has figures weighted, no band is said or written", async () => {
    const book = await onlyComposite();
    const s = await scoreWorkbook(book, register);
    const b = s.blocks.find((x) => x.block === "province")!;
    const nothing = startUncertainty(s.methodology, b.base, { draws: 50 });
    nothing.step(50);
    const empty = { block: b.block, name: b.name, result: nothing.result() };
    expect(empty.result.rows.every((r) => r.rank === null && r.p05 === null)).toBe(true);
    expect(uncertaintyWords(empty).vi).toMatch(/không cơ quan nào được xếp hạng/);
    expect(uncertaintyWords(empty).vi).not.toMatch(/giữ nguyên hạng/);
    await expect(writeUncertainty(book, [empty])).rejects.toThrow(/no agency is ranked with these weights/);
    expect(await book.sheetNames()).not.toContain("Tin cậy Tỉnh");

    const from = withWeights(s.methodology, b.base, { DTI: 1 });
    const run = startUncertainty(from.methodology, from.base, { draws: 50 });
    run.step(50);
    const result = run.result();
    expect(result.varied.weights).toEqual(["DTI"]);
    // One group only: moving its weight moves no rank.
    expect(result.rows.filter((r) => r.rank !== null)).toHaveLength(34);
    expect(result.rows.every((r) => r.p05 === r.rank && r.p95 === r.rank)).toBe(true);
    expect(uncertaintyWords({ block: b.block, name: b.name, result }).vi).toMatch(/^Tỉnh, thành phố trực thuộc Trung ương: 34\/34 cơ quan giữ nguyên hạng/);
  });
});
