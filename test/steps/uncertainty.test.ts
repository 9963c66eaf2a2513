/**
 * Uncertainty analysis on the real 2016 figures (the published group indices of 63 provinces,
 * 19 ministries, 8 government agencies), and on criteria methodologies for the draws below the
 * groups. The bands must collapse at spread 0, widen with the spread, hold the nominal rank and
 * repeat with the same seed.
 */
import { getDefaultRegister } from "../../src/core/agencies/registerEditions";
import { getPreset } from "../../src/core/methodology";
import { validateMethodology } from "../../src/core/methodology";
import {
  scoreBlock,
  startUncertainty,
  UncertaintyResult,
  whatIf,
} from "../../src/core/scoring";
import { sfc32 } from "../../src/core/scoring/uncertainty";
import { LimitError } from "../../src/core/userError";
import { buildSample2016 } from "../../src/demo/sample2016";
import { scoreWorkbook, ScoredWorkbook } from "../../src/steps/scoredWorkbook";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import {
  uncertaintyOf,
  uncertaintyToWrite,
  uncertaintyWords,
  wideBands,
} from "../../src/steps/uncertainty";
import { dataTables, methodologyTables } from "../../src/workbook/sheets";

const register = getDefaultRegister();
let session: ScoredWorkbook;

beforeAll(async () => {
  const m = getPreset("mic-2016");
  const book = new MemoryWorkbook();
  await book.writeTables([...methodologyTables(m), ...dataTables(m, register, buildSample2016(register).values)], { owned: false });
  session = await scoreWorkbook(book, register);
});

const province = () => session.blocks.find((b) => b.block === "province")!;
const bands = (options: Parameters<typeof startUncertainty>[2]): UncertaintyResult => {
  const run = startUncertainty(session.methodology, province().base, options);
  while (run.done < run.total) run.step(50);
  return run.result();
};
const widths = (r: UncertaintyResult) => r.rows.map((x) => x.p95! - x.p05!);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe("rank uncertainty on the 2016 provinces", () => {
  it("at spread 0 every band collapses to the nominal rank", () => {
    const r = bands({ draws: 200, spread: 0 });
    expect(r.rows).toHaveLength(63);
    for (const row of r.rows) {
      expect(row.rank).not.toBeNull();
      expect([row.p05, row.median, row.p95]).toEqual([row.rank, row.rank, row.rank]);
    }
  });

  it("the bands widen as the spread grows", () => {
    const total = [0.05, 0.25, 0.6].map((spread) => sum(widths(bands({ draws: 400, spread, seed: 7 }))));
    expect(total[0]).toBeLessThan(total[1]);
    expect(total[1]).toBeLessThan(total[2]);
    // Each agency's band at a larger spread holds its band at a smaller one, give or take a place of sampling.
    const narrow = bands({ draws: 400, spread: 0.05, seed: 7 });
    const wide = bands({ draws: 400, spread: 0.6, seed: 7 });
    narrow.rows.forEach((row, i) => {
      expect(wide.rows[i].p05!).toBeLessThanOrEqual(row.p05! + 1);
      expect(wide.rows[i].p95!).toBeGreaterThanOrEqual(row.p95! - 1);
    });
  });

  it("every band holds the nominal rank, and ranks stay within the block", () => {
    for (const spread of [0.1, 0.25, 0.5]) {
      for (const row of bands({ spread }).rows) {
        expect(row.p05!).toBeLessThanOrEqual(row.rank!);
        expect(row.p95!).toBeGreaterThanOrEqual(row.rank!);
        expect(row.p05!).toBeGreaterThanOrEqual(1);
        expect(row.p95!).toBeLessThanOrEqual(63);
        expect(row.p05!).toBeLessThanOrEqual(row.median!);
        expect(row.median!).toBeLessThanOrEqual(row.p95!);
      }
    }
  });

  it("repeats exactly with the same seed, and differs with another", () => {
    const a = bands({ draws: 300, seed: 42 });
    expect(bands({ draws: 300, seed: 42 })).toEqual(a);
    const b = bands({ draws: 300, seed: 43 });
    expect(b.rows.map((r) => [r.p05, r.p95, r.top10])).not.toEqual(a.rows.map((r) => [r.p05, r.p95, r.top10]));
    // The generator itself: the same sequence for a seed, on every run.
    const g = sfc32(5);
    const h = sfc32(5);
    expect(Array.from({ length: 5 }, g)).toEqual(Array.from({ length: 5 }, h));
  });

  it("the top-10 share agrees with the band: at least 95 % when the band is inside the top 10, at most 5 % when outside", () => {
    const r = bands({ draws: 300 });
    for (const row of r.rows) {
      if (row.p95! <= 10) expect(row.top10).toBeGreaterThanOrEqual(0.95);
      if (row.p05! > 10) expect(row.top10).toBeLessThanOrEqual(0.05);
      if (row.median! <= 10) expect(row.top10).toBeGreaterThanOrEqual(0.5);
    }
  });

  it("runs in steps that add up to the draws asked for", () => {
    const run = startUncertainty(session.methodology, province().base, { draws: 130 });
    expect(run.step(100)).toBe(100);
    expect(run.result().draws).toBe(100);
    expect(run.step(100)).toBe(130);
    expect(run.done).toBe(run.total);
  });

  it("says what it varied: only the groups the overall draws on; the aggregation when asked", () => {
    // 2016: the overall is the mean of the indices, so the services count (N4) does not count.
    const r = bands({ draws: 10 });
    expect(r.varied).toEqual({ weights: ["N1", "N2", "N3", "N5", "N6"], points: [], aggregation: [], normalisation: [] });
    const all = bands({ draws: 10, aggregation: true, points: true, normalisation: true });
    // Entered indices have no criteria to move or normalise; the mean of ranks also draws on N4.
    expect(all.varied).toEqual({ weights: ["N1", "N2", "N3", "N4", "N5", "N6"], points: [], aggregation: ["weighted-arithmetic", "weighted-geometric", "mean-rank"], normalisation: [] });
  });

  it("drawing the aggregation too widens the bands", () => {
    expect(sum(widths(bands({ aggregation: true })))).toBeGreaterThan(sum(widths(bands({}))));
  });

  it("in words: the firm ranks counted, the wide bands named with their range; a sheet with a band chart", () => {
    // Weights alone move no province by 10 places (the widest 5–95 % band is 6); with the aggregation drawn too, some do.
    const [firm] = uncertaintyOf({ ...session, blocks: [province()] }, { draws: 300 });
    expect(wideBands(firm.result)).toEqual([]);
    expect(uncertaintyWords(firm).vi).toMatch(/Không cơ quan nào có khoảng 5–95% rộng từ 10 bậc trở lên; rộng nhất: .+ \(hạng \d+; 90% số lần thử từ \d+ đến \d+\)/);
    const [u] = uncertaintyOf({ ...session, blocks: [province()] }, { draws: 300, aggregation: true });
    const words = uncertaintyWords(u);
    const wide = wideBands(u.result);
    expect(wide.length).toBeGreaterThan(0);
    expect(words.vi).toContain(`${wide[0].agency} (hạng ${wide[0].rank}; 90% số lần thử từ ${wide[0].p05} đến ${wide[0].p95})`);
    expect(words.en).toMatch(/^Provinces: \d+ of 63 agencies keep their rank in 90% of draws\./);
    const t = uncertaintyToWrite(u);
    expect(t.sheet).toBe("Tin cậy Tỉnh");
    expect(t.rows).toHaveLength(63);
    expect(t.rows[0][0]).toBe(1);
    expect(t.chart).toEqual({ kind: "band", title: expect.stringContaining("khoảng 5–95%"), labels: 1, low: 4, width: 6, dot: 0 });
    for (const row of t.rows) expect(row[6]).toBe((row[5] as number) - (row[4] as number));
  });
});

describe("below the groups: criteria points", () => {
  const name = { vi: "x", en: "x" };
  const m = validateMethodology({
    id: "t", name, description: name, blocks: ["province"],
    overall: { method: "weighted-arithmetic", decimals: 3 },
    groups: [
      { id: "A", name, criteria: [{ id: "a1", name, rule: { type: "ratio" }, maxPoints: 10 }, { id: "a2", name, rule: { type: "ratio" }, maxPoints: 10 }] },
      { id: "B", name, criteria: [{ id: "b1", name, rule: { type: "ratio" }, maxPoints: 5 }] },
    ],
  });
  if (!m.ok) throw new Error("methodology");
  const agencies = Array.from({ length: 40 }, (_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}` }));
  const r = sfc32(3);
  const values = { a1: agencies.map(() => r()), a2: agencies.map(() => r()), b1: agencies.map(() => r()) };
  const input = { block: "province" as const, agencies, values };
  const base = scoreBlock(m.methodology, input);

  it("what-if: moving a criterion's points re-scores its group as scoring with those points would", () => {
    const moved = whatIf(m.methodology, base, {}, { a1: 30 });
    const withPoints = { ...m.methodology, groups: m.methodology.groups.map((g) => ({ ...g, criteria: g.criteria.map((c) => (c.id === "a1" ? { ...c, maxPoints: 30 } : c)) })) };
    const fresh = scoreBlock(withPoints, input);
    expect([...moved.overall.values]).toEqual([...fresh.overall!.values]);
    expect([...moved.overall.ranks]).toEqual([...fresh.overall!.ranks]);
    expect(moved.rows.some((x) => x.movement !== 0)).toBe(true);
    // The methodology's own points move nothing.
    expect(whatIf(m.methodology, base, {}, { a1: 10, a2: 10 }).rows.every((x) => x.movement === 0)).toBe(true);
  });

  it("refuses, before any work, more ranks than memory should hold, saying how many draws would do", () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}` }));
    const big = scoreBlock(m.methodology, { block: "province", agencies: many, values: { a1: many.map(() => 0.5), a2: many.map(() => 0.5), b1: many.map(() => 0.5) } });
    expect(() => startUncertainty(m.methodology, big, { draws: 100_000 })).toThrow(LimitError);
    expect(() => startUncertainty(m.methodology, big, { draws: 100_000 })).toThrow(/Choose at most 50,000 draws/);
    expect(() => startUncertainty(m.methodology, big, { draws: 50_000 })).not.toThrow();
  });

  it("the points and the normalisation are drawn when asked, and widen the bands", () => {
    const run = (o: Parameters<typeof startUncertainty>[2]) => {
      const u = startUncertainty(m.methodology, base, { draws: 300, ...o });
      u.step(300);
      return u.result();
    };
    const weights = run({});
    const points = run({ points: true });
    expect(points.varied.points).toEqual(["a1", "a2", "b1"]);
    expect(sum(widths(points))).toBeGreaterThan(sum(widths(weights)));
    expect(run({ normalisation: true }).varied.normalisation).toEqual(["A", "B"]);
    // At spread 0 moving the points moves nothing either.
    for (const row of run({ points: true, spread: 0 }).rows) expect([row.p05, row.p95]).toEqual([row.rank, row.rank]);
  });
});
