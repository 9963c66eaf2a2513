import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/chiso";
import { AgencyMatcher, getRegisters } from "../../src/core/agencies";
import { byMovement, ComparedRow, comparePeriods, Comparison, moveOf, relativePosition } from "../../src/core/ranking/comparePeriods";
import { movementMark, movementWords } from "../../src/core/ranking/movement";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { compareRankings, comparisonToWrite, writeComparison } from "../../src/steps/compare";
import { excerpt, splitFixture } from "../helpers/reshape";

const register = getRegisters().latest;
const tables = path.join(__dirname, "../fixtures/tables");
const shapes = path.join(__dirname, "../fixtures/shapes");
const read = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), "utf8");
const bang41 = read(tables, "000-bang-4.1.txt"); // 63 provinces, 2016, index with ties
const dti2025 = read(shapes, "dti-2025-tinh.txt"); // the 34 units, hand-written
const text = (t: string, label: string) => ({ kind: "text" as const, text: t, label });
const codeOf2016 = (name: string) => new AgencyMatcher(getRegisters().get("2016"), { block: "province" }).match(name).agency!.code;
/** Each province's rank in a tab-separated fixture, by register code. */
const ranksOf = (t: string) => new Map(splitFixture(t).rows.map((r) => [codeOf2016(r[1]), Number(r[0])]));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: os.tmpdir() });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The 2016 table as a "next year": the same provinces, every rank and value moved by a rule we know. */
function nextYear(t: string): { text: string } {
  const f = splitFixture(t);
  const rows = f.rows.map((r, i) => ({ name: r[1], value: 1 - ((i * 37) % 63) / 100 }));
  rows.sort((a, b) => b.value - a.value);
  const body = rows.map((r, i) => `${i + 1}\t${r.name}\t${r.value.toFixed(2).replace(".", ",")}`);
  return { text: ["Bảng: chỉ số năm 2017", "", "Thứ hạng\tTỉnh, thành phố\tChỉ số năm 2017", ...body].join("\n") };
}

describe("comparing two periods of one edition", () => {
  it("gives every agency in both its previous rank and movement, previous − current", async () => {
    const next = nextYear(bang41);
    const c = await compareRankings(text(bang41, "2016.txt"), text(next.text, "2017.txt"), register);
    expect(c).toMatchObject({ across: false, editions: { previous: "2016", current: "2016" }, periods: { previous: "2016", current: "2017" }, gone: [] });
    expect(c.rows).toHaveLength(63);
    const before = ranksOf(bang41);
    const after = ranksOf(next.text);
    for (const r of c.rows) {
      expect(r.status).toBe("both");
      expect(r.previousRank).toBe(before.get(r.code!));
      expect(r.rank).toBe(after.get(r.code!));
      expect(r.movement).toBe(r.previousRank! - r.rank!);
    }
  });

  it("lists the agencies one table does not list: not new when the register had them, and not gone", async () => {
    const f = splitFixture(bang41);
    const cut = excerpt({ ...f, before: [] }, 10, 0);
    const c = await compareRankings(text(cut, "top10.txt"), text(bang41, "2016.txt"), register, { editions: { previous: "2016", current: "2016" } });
    // The 53 provinces left out of the top ten existed then: left out of that table, not new.
    expect(c.rows.filter((r) => r.status === "unlisted")).toHaveLength(53);
    expect(c.rows.filter((r) => r.status === "new")).toHaveLength(0);
    const back = await compareRankings(text(bang41, "2016.txt"), text(cut, "top10.txt"), register, { editions: { previous: "2016", current: "2016" } });
    expect(back.gone).toHaveLength(53);
    expect(back.gone.every((g) => !g.mergedInto)).toBe(true);
  });

  it("puts the biggest moves first, gains before losses", () => {
    const row = (agency: string, movement: number | null, rank: number): ComparedRow => ({ agency, code: agency, rank, previousRank: null, movement, value: null, previousValue: null, status: "both" });
    expect(byMovement([row("a", 1, 1), row("b", -5, 2), row("c", 5, 3), row("d", null, 4), row("e", 0, 5)]).map((r) => r.agency)).toEqual(["c", "b", "a", "e", "d"]);
  });
});

describe("comparing across the 2025 merger", () => {
  let c: Comparison;
  beforeAll(async () => {
    c = await compareRankings(text(bang41, "2016.txt"), text(dti2025, "2025.txt"), register);
  });

  it("gives each of the 34 units its predecessors with their 2016 ranks and values", () => {
    expect(c).toMatchObject({ across: true, editions: { previous: "2016", current: "2025" } });
    expect(c.rows).toHaveLength(34);
    const published = ranksOf(bang41);
    for (const r of c.rows) {
      const unit = register.get(r.code!)!;
      expect(r.predecessors!.map((p) => p.code)).toEqual(unit.predecessors);
      for (const p of r.predecessors!) expect(p.rank).toBe(published.get(p.code));
    }
    expect(c.rows.find((r) => r.agency === "Thành phố Hồ Chí Minh")!.predecessors!.map((p) => p.agency)).toEqual(["TP. Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]);
    expect(c.gone).toEqual([]);
  });

  it("a unit that continues alone has its previous rank; a merged one only under a rule the user chose", async () => {
    const hanoi = c.rows.find((r) => r.code === "T01")!;
    expect(hanoi.previousRank).toBe(hanoi.predecessors![0].rank);
    // 63 then, 34 now: the move is of relative position, never a difference of places.
    expect(c).toMatchObject({ sizes: { previous: 63, current: 34 }, relative: true });
    expect(hanoi.movement).toBeNull();
    expect(hanoi.relativeMovement).toBeCloseTo(relativePosition(hanoi.rank!, 34) - relativePosition(hanoi.previousRank!, 63), 1);
    const tq = c.rows.find((r) => r.code === "T08")!;
    expect(tq).toMatchObject({ previousRank: null, movement: null, relativeMovement: null });
    const best = await compareRankings(text(bang41, "a"), text(dti2025, "b"), register, { rule: "best" });
    const mean = await compareRankings(text(bang41, "a"), text(dti2025, "b"), register, { rule: "mean" });
    const ranks = tq.predecessors!.map((p) => p.rank!);
    expect(best.rule).toBe("best");
    expect(best.rows.find((r) => r.code === "T08")!.previousRank).toBe(Math.min(...ranks));
    expect(mean.rows.find((r) => r.code === "T08")!.previousRank).toBe(Math.round((ranks.reduce((s, x) => s + x, 0) / ranks.length) * 10) / 10);
  });

  it("an excerpt of 2016 on the old side: the units it leaves out are absent from predecessors, gone ones say where they went", async () => {
    const cut = excerpt({ ...splitFixture(bang41), before: [] }, 12, 0);
    const back = await compareRankings(text(cut, "a"), text(dti2025.split("\n").slice(0, 6).join("\n"), "b"), register, { editions: { previous: "2016", current: "2025" } });
    expect(back.rows).toHaveLength(5);
    expect(back.gone.length).toBeGreaterThan(0);
    expect(back.gone.find((g) => g.agency === "Hậu Giang")).toMatchObject({ mergedInto: "Thành phố Cần Thơ" });
  });

  it("refuses the files in the wrong order, and tables of different blocks, saying what to do", async () => {
    await expect(compareRankings(text(dti2025, "2025.txt"), text(bang41, "2016.txt"), register)).rejects.toThrow(/swap the files/);
    await expect(compareRankings(text(read(tables, "000-bang-2.1.txt"), "bo.txt"), text(bang41, "tinh.txt"), register)).rejects.toThrow(/different blocks/);
  });

  it("writes the comparison to a sheet the tool owns, biggest moves first, predecessors in words", async () => {
    const book = new MemoryWorkbook();
    const sheet = await writeComparison(book, c);
    const t = (await book.readTable(sheet))!;
    expect(t.header).toEqual(["Thứ hạng", "Cơ quan", "Hạng kỳ trước", "Vị trí tương đối (%)", "Vị trí kỳ trước (%)", "Thay đổi (điểm %)", "Giá trị", "Giá trị kỳ trước", "Đơn vị tiền thân (hạng kỳ trước)", "Ghi chú"]);
    expect(t.rows).toHaveLength(34);
    const hcm = t.rows.find((r) => r[1] === "Thành phố Hồ Chí Minh")!;
    expect(String(hcm[8])).toMatch(/^TP\. Hồ Chí Minh \(\d+\); Bình Dương \(\d+\); Bà Rịa - Vũng Tàu \(\d+\)$/);
    const moves = t.rows.map((r) => String(r[5])).filter((m) => /[▲▼]/.test(m)).map((m) => Number(m.slice(2).replace(",", ".")));
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
    expect(comparisonToWrite(c).title).toMatch(/^So sánh thứ hạng 2016 \(63 đơn vị\) → danh mục 2025 \(34 đơn vị\) — hai bảng khác số đơn vị: thay đổi là vị trí tương đối.* — đơn vị mới so với các đơn vị tiền thân$/);
    expect(comparisonToWrite(c, "en").title).toMatch(/^Ranks compared 2016 \(63 units\) → register 2025 \(34 units\) — the rankings have different sizes/);
  });
});

describe("comparing rankings of different sizes", () => {
  const ranking = (register: ReturnType<typeof getRegisters>["latest"], rows: [string, number][], size?: number) => ({
    register,
    block: "province" as const,
    label: "x",
    rows: rows.map(([code, rank]) => ({ code, agency: register.get(code)!.name, rank, value: null })),
    ...(size ? { size } : {}),
  });

  it("44th of 63, then 34th and last of 34, is a fall, whatever the places say", () => {
    const before = ranking(getRegisters().get("2016"), [["T14", 44]], 63); // Sơn La
    const after = ranking(register, [["T14", 34]], 34);
    const c = comparePeriods(before, after);
    expect(c).toMatchObject({ relative: true, sizes: { previous: 63, current: 34 } });
    const sonLa = c.rows[0];
    expect(sonLa).toMatchObject({ previousRank: 44, rank: 34, movement: null, previousPosition: 30.6, position: 0, relativeMovement: -30.6 });
    expect(movementMark(moveOf(sonLa))).toBe("▼ 30,6");
    expect(movementWords(moveOf(sonLa), "vi", true)).toBe("xuống 30,6 điểm phần trăm vị trí tương đối");
    expect(movementWords(moveOf(sonLa), "en", true)).toBe("down 30.6 percentage points of relative position");
    // First of 63, first of 34: unchanged; last to last likewise.
    expect(relativePosition(1, 63)).toBe(100);
    expect(relativePosition(63, 63)).toBe(0);
  });

  it("rankings of the same size keep the difference of places", () => {
    const r16 = getRegisters().get("2016");
    const c = comparePeriods(ranking(r16, [["T01", 5], ["T14", 2]]), ranking(r16, [["T01", 2], ["T14", 5]]));
    expect(c.relative).toBe(false);
    expect(c.rows.map((r) => [r.code, r.movement, r.relativeMovement])).toEqual([
      ["T01", 3, undefined],
      ["T14", -3, undefined],
    ]);
  });
});

describe("chiso compare", () => {
  it("prints the movement, and --json gives rank, previous_rank, movement, value, previous_value and predecessors", async () => {
    const r = await run(["compare", path.join(tables, "000-bang-4.1.txt"), path.join(shapes, "dti-2025-tinh.txt")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^So sánh 000-bang-4\.1\.txt, bảng 4\.1 \(2016, danh mục 2016\) → dti-2025-tinh\.txt \(kỳ này, danh mục 2025\)\./);
    expect(r.out).toMatch(/Thành phố Hồ Chí Minh +— +[\d,]+ +— +TP\. Hồ Chí Minh \(\d+\), Bình Dương \(\d+\), Bà Rịa - Vũng Tàu \(\d+\)/);
    const j = await run(["compare", path.join(tables, "000-bang-4.1.txt"), path.join(shapes, "dti-2025-tinh.txt"), "--json", "--rule", "best"]);
    const out = JSON.parse(j.out);
    expect(out.rule).toBe("best");
    expect(Object.keys(out.rows[0]).sort()).toEqual(["agency", "code", "movement", "position", "predecessors", "previous_position", "previous_rank", "previous_value", "rank", "relative_movement", "status", "value"]);
    expect(out.rows.every((r: { previous_rank: number | null }) => r.previous_rank !== null)).toBe(true);
    expect(out).toMatchObject({ relative: true, sizes: { previous: 63, current: 34 } });
    expect(out.rows.every((r: { movement: number | null; relative_movement: unknown }) => r.movement === null && typeof r.relative_movement === "number")).toBe(true);
  });

  it("reads the previous period from a workbook: the first ranking of the same block, the sheet named", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-compare-"));
    expect((await run(["demo", "--out", dir])).code).toBe(0);
    const r = await run(["compare", path.join(dir, "xep-hang-2016.xlsx"), path.join(shapes, "dti-2025-tinh.txt"), "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Comparison;
    expect(out.labels.previous).toBe("xep-hang-2016.xlsx, trang “XH Tỉnh - N1”");
    expect(out).toMatchObject({ block: "province", across: true, editions: { previous: "2016", current: "2025" } });
    expect(out.rows.find((x) => x.code === "T01")!.predecessors).toEqual([{ agency: "TP. Hà Nội", code: "T01", rank: expect.any(Number), value: expect.any(Number) }]);
  });

  it("says what is wrong with the arguments", async () => {
    expect((await run(["compare", path.join(tables, "000-bang-4.1.txt")])).err).toMatch(/Cần đúng hai tệp/);
    expect((await run(["compare", "a", "b", "--rule", "median"])).err).toMatch(/--rule phải là best hoặc mean/);
    expect((await run(["compare", "a", "b", "--register", "2019"])).err).toMatch(/--register phải là một trong 2016, 2025/);
  });
});
