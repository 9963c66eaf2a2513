import fc from "fast-check";
import { getPreset, Methodology, MethodologyInput, validateMethodology } from "../../src/core/methodology";
import { BlockInput, scoreBlock } from "../../src/core/scoring";

const agencies = [
  { code: "T01", name: "TP. Hà Nội" },
  { code: "T48", name: "TP. Đà Nẵng" },
  { code: "T20", name: "Lạng Sơn" },
];

function methodology(groups: MethodologyInput["groups"], overall: MethodologyInput["overall"] = { method: "none" }): Methodology {
  const r = validateMethodology({ id: "t", name: { vi: "t", en: "t" }, description: { vi: "t", en: "t" }, blocks: ["province"], groups, overall });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.methodology;
}
const input = (values: Record<string, number[]>, groupIndices: Record<string, number[]> = {}): BlockInput => ({ block: "province", agencies, values, groupIndices });
const name = { vi: "x", en: "x" };

describe("scoring rules", () => {
  const one = (rule: any, values: number[], extra: Record<string, unknown> = {}) => {
    const m = methodology([{ id: "G", name, criteria: [{ id: "c", name, rule, maxPoints: 10, ...extra }] }]);
    return [...scoreBlock(m, input({ c: values })).groups[0].values];
  };
  it("ratio: share × max points, clamped", () => expect(one({ type: "ratio", scale: 100 }, [97.14, 50, 120])).toEqual([0.971, 0.5, 1]));
  it("ratio, lower is better", () => expect(one({ type: "ratio" }, [0.2, 0, 1], { direction: "lower" })).toEqual([0.8, 1, 0]));
  it("relative to best in the block", () => expect(one({ type: "relative-to-best" }, [10, 40, 0])).toEqual([0.25, 1, 0]));
  it("relative to best, lower is better", () => expect(one({ type: "relative-to-best" }, [2, 4, 8], { direction: "lower" })).toEqual([1, 0.5, 0.25]));
  it("yes / no", () => expect(one({ type: "yes-no" }, [1, 0, 2])).toEqual([1, 0, 1]));
  it("count, capped", () => expect(one({ type: "count-capped", pointsPerItem: 3 }, [1, 3, 4])).toEqual([0.3, 0.9, 1]));
  it("tiers", () => expect(one({ type: "tiers", tiers: [{ atLeast: 1, points: 5 }, { atLeast: 3, points: 10 }] }, [0, 2, 7])).toEqual([0, 0.5, 1]));
  it("min-max in the block", () => expect(one({ type: "min-max" }, [10, 30, 20])).toEqual([0, 1, 0.5]));
  it("min-max when all are equal gives everyone full marks", () => expect(one({ type: "min-max" }, [5, 5, 5])).toEqual([1, 1, 1]));

  it("the group index is points / maximum, rounded to 3 decimals", () => {
    const m = methodology([
      { id: "G", name, criteria: [
        { id: "a", name, rule: { type: "ratio", scale: 100 }, maxPoints: 20 },
        { id: "b", name, rule: { type: "yes-no" }, maxPoints: 70 },
        { id: "c", name, rule: { type: "count-capped", pointsPerItem: 1 }, maxPoints: 5 },
      ] },
    ]);
    const r = scoreBlock(m, input({ a: [90.95, 100, 0], b: [1, 0, 1], c: [7, 2, 0] }));
    // (18.19 + 70 + 5) / 95 = 0.98095 → 0.981; (20 + 0 + 2) / 95 = 0.2316 → 0.232; 70 / 95 = 0.7368 → 0.737
    expect([...r.groups[0].values]).toEqual([0.981, 0.232, 0.737]);
    expect([...r.groups[0].ranks]).toEqual([1, 3, 2]);
  });
});

describe("missing values are explicit", () => {
  const groups = (missing: "zero" | "exclude"): MethodologyInput["groups"] => [
    { id: "G", name, criteria: [
      { id: "a", name, rule: { type: "ratio" }, maxPoints: 50, missing },
      { id: "b", name, rule: { type: "ratio" }, maxPoints: 50 },
    ] },
  ];
  it("scored as zero, and reported", () => {
    const r = scoreBlock(methodology(groups("zero")), input({ a: [1, NaN, 1], b: [1, 1, 0] }));
    expect([...r.groups[0].values]).toEqual([1, 0.5, 0.5]);
    expect(r.issues).toEqual([{ kind: "missing-scored-zero", agencies: [1], groupId: "G", criterionId: "a" }]);
  });
  it("or left out of that agency's maximum, and reported", () => {
    const r = scoreBlock(methodology(groups("exclude")), input({ a: [1, NaN, 1], b: [1, 1, 0] }));
    expect([...r.groups[0].values]).toEqual([1, 1, 0.5]);
    expect(r.issues).toEqual([{ kind: "missing-excluded", agencies: [1], groupId: "G", criterionId: "a" }]);
  });
  it("a group with nothing left to score has no index and no rank, and says so", () => {
    const allExcluded: MethodologyInput["groups"] = [
      { id: "G", name, criteria: [
        { id: "a", name, rule: { type: "ratio" }, maxPoints: 50, missing: "exclude" },
        { id: "b", name, rule: { type: "ratio" }, maxPoints: 50, missing: "exclude" },
      ] },
    ];
    const r = scoreBlock(methodology(allExcluded), input({ a: [NaN, 1, 1], b: [NaN, 1, 0] }));
    expect(r.groups[0].values[0]).toBeNaN();
    expect([...r.groups[0].ranks]).toEqual([0, 1, 2]);
    // One issue per criterion, listing the agencies: not one per missing value.
    expect(r.issues).toEqual([
      { kind: "missing-excluded", agencies: [0], groupId: "G", criterionId: "a" },
      { kind: "missing-excluded", agencies: [0], groupId: "G", criterionId: "b" },
      { kind: "group-missing", agencies: [0], groupId: "G" },
    ]);
  });
  it("a missing value scored zero still counts in the maximum", () => {
    // Agency 0 has b's figure (0) and not a's, which is left out: 0 of b's 50 points.
    const r = scoreBlock(methodology(groups("exclude")), input({ a: [NaN, 1, 1], b: [0, 1, 1] }));
    expect(r.groups[0].values[0]).toBe(0);
  });
  it("an agency with no figure at all in a group has no index there and no rank, whatever a missing figure is worth", () => {
    // This test once expected 0 for agency 0, which has neither figure: its b was scored zero,
    // and it was ranked last among agencies with figures, a rank of nothing. Now the rule for a
    // missing figure applies only to an agency that has some figure in the group.
    for (const missing of ["zero", "exclude"] as const) {
      const r = scoreBlock(methodology(groups(missing)), input({ a: [NaN, 1, 1], b: [NaN, 1, 0] }));
      expect(r.groups[0].values[0]).toBeNaN();
      expect(r.groups[0].ranks[0]).toBe(0);
      expect(r.issues).toContainEqual({ kind: "group-missing", agencies: [0], groupId: "G" });
    }
  });
});

describe("overall index and ranking", () => {
  const groups: MethodologyInput["groups"] = [
    { id: "A", name, source: "index", weight: 1 },
    { id: "B", name, source: "index", weight: 3 },
    { id: "S", name, source: "count", countOf: ["l3", "l4"], criteria: [{ id: "l3", name }, { id: "l4", name }] },
  ];
  const data = input({ l3: [10, 0, 5], l4: [1, 2, NaN] }, { A: [1, 0.5, 0.8], B: [0.2, 0.6, 0.4] });

  it("entered group indices are used as given; a count group ranks by the count", () => {
    const r = scoreBlock(methodology(groups), data);
    expect([...r.groups[2].values]).toEqual([11, 2, 5]);
    expect([...r.groups[2].ranks]).toEqual([1, 3, 2]);
    expect(r.issues).toContainEqual({ kind: "missing-excluded", agencies: [2], groupId: "S", criterionId: "l4" });
    expect(r.overall).toBeUndefined();
  });
  it("weighted arithmetic mean of the group indices (count groups left out)", () => {
    const r = scoreBlock(methodology(groups, { method: "weighted-arithmetic", decimals: 3 }), data);
    expect([...r.overall!.values]).toEqual([0.4, 0.575, 0.5]); // (1 + 0.6)/4, (0.5 + 1.8)/4, (0.8 + 1.2)/4
    expect([...r.overall!.ranks]).toEqual([3, 1, 2]);
    expect(r.overall!.groupIds).toEqual(["A", "B"]);
  });
  it("weighted geometric mean", () => {
    const r = scoreBlock(methodology(groups, { method: "weighted-geometric", decimals: 4 }), data);
    expect(r.overall!.values[0]).toBeCloseTo(Math.pow(1, 0.25) * Math.pow(0.2, 0.75), 4);
  });
  it("mean of the group ranks, lower is better, count groups included", () => {
    const r = scoreBlock(methodology(groups, { method: "mean-rank", decimals: 2 }), data);
    // ranks A: 1,3,2  B: 3,1,2  S: 1,3,2 ; weights 1,3,1 → (1+9+1)/5, (3+3+3)/5, (2+6+2)/5
    expect([...r.overall!.values]).toEqual([2.2, 1.8, 2]);
    expect([...r.overall!.ranks]).toEqual([3, 1, 2]);
    expect(r.overall!.direction).toBe("lower");
  });
  it("weights can be overridden (the what-if sliders) without touching the methodology", () => {
    const m = methodology(groups, { method: "weighted-arithmetic", decimals: 3 });
    const r = scoreBlock(m, data, { B: 0 });
    expect([...r.overall!.values]).toEqual([1, 0.5, 0.8]);
    expect(m.groups[1].weight).toBe(3);
  });
  it("an agency missing a group index gets no overall, and it is reported", () => {
    const r = scoreBlock(methodology(groups, { method: "weighted-arithmetic", decimals: 3 }), input({ l3: [1, 1, 1], l4: [0, 0, 0] }, { A: [1, NaN, 1], B: [1, 1, 1] }));
    expect(r.overall!.values[1]).toBeNaN();
    expect(r.overall!.ranks[1]).toBe(0);
    expect(r.issues).toContainEqual({ kind: "overall-incomplete", agencies: [1] });
    expect(r.issues).toContainEqual({ kind: "group-missing", agencies: [1], groupId: "A" });
  });
  it("an entered index out of [0, 1] is reported", () => {
    const r = scoreBlock(methodology(groups), input({ l3: [1, 1, 1], l4: [0, 0, 0] }, { A: [960, 1, 1], B: [1, 1, 1] }));
    expect(r.issues).toContainEqual({ kind: "index-out-of-range", agencies: [0], groupId: "A" });
  });
});

describe("presets at work", () => {
  it("UN EGDI: z-scores, min-max composites in [0, 1], mean of three", () => {
    const m = getPreset("un-egdi");
    const values: Record<string, number[]> = {};
    for (const g of m.groups) for (const c of g.criteria) values[c.id] = [10, 20, 30];
    const r = scoreBlock(m, input(values));
    for (const g of r.groups) expect([...g.values]).toEqual([0, 0.5, 1]);
    expect([...r.overall!.values]).toEqual([0, 0.5, 1]);
  });

  it("property: every computed group index is in [0, 1] with at most 3 decimals", () => {
    const m = getPreset("mac-dinh-tai-dung");
    const ids = m.groups.flatMap((g) => g.criteria.map((c) => c.id));
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.double({ min: -50, max: 500, noNaN: true }), fc.constant(NaN)), { minLength: 3, maxLength: 3 }), { minLength: ids.length, maxLength: ids.length }), (cols) => {
        const r = scoreBlock(m, input(Object.fromEntries(ids.map((id, k) => [id, cols[k]]))));
        for (const g of r.groups) for (const v of g.values) {
          if (Number.isNaN(v)) continue;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          expect(Math.round(v * 1000) / 1000).toBe(v);
        }
      }),
      { numRuns: 200 },
    );
  });
});
