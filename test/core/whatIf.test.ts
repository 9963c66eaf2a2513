import fc from "fast-check";
import { getPreset } from "../../src/core/methodology";
import { scoreBlock, whatIf } from "../../src/core/scoring";

const m = getPreset("mic-2017-2019");
const agencies = [
  { code: "A", name: "An Giang" },
  { code: "B", name: "Bắc Ninh" },
  { code: "C", name: "Cà Mau" },
];
const groupIndices = {
  N1: [1, 0.5, 0.8],
  N2: [0.2, 0.9, 0.5],
  N3: [0.5, 0.5, 0.5],
  N4: [0.5, 0.5, 0.5],
  N5: [0.5, 0.5, 0.5],
  N6: [0.5, 0.5, 0.5],
};
const input = { block: "province" as const, agencies, values: {}, groupIndices };

describe("what-if weights", () => {
  const base = scoreBlock(m, input);

  it("with the methodology's own weights, nothing moves", () => {
    const r = whatIf(m, base, {});
    expect(r.rows.map((x) => x.movement)).toEqual([0, 0, 0]);
    expect([...r.overall.values]).toEqual([...base.overall!.values]);
  });

  it("moving a weight re-ranks, and says who gained and lost places", () => {
    // Only infrastructure counts: An Giang (1) first, Cà Mau (0,8), Bắc Ninh (0,5).
    const r = whatIf(m, base, { N2: 0, N3: 0, N4: 0, N5: 0, N6: 0 });
    expect(r.rows.map((x) => [x.agency, x.rank, x.baseRank, x.movement])).toEqual([
      ["An Giang", 1, 3, 2],
      ["Bắc Ninh", 3, 1, -2],
      ["Cà Mau", 2, 2, 0],
    ]);
  });

  it("agrees with scoring from scratch under the same weights (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 6, maxLength: 6 }), (w) => {
        if (w.every((x) => x === 0)) return;
        const weights = Object.fromEntries(["N1", "N2", "N3", "N4", "N5", "N6"].map((g, k) => [g, w[k]]));
        const fast = whatIf(m, base, weights);
        const full = scoreBlock(m, input, weights);
        expect([...fast.overall.values]).toEqual([...full.overall!.values]);
        expect([...fast.overall.ranks]).toEqual([...full.overall!.ranks]);
      }),
    );
  });

  it("refuses a methodology without an overall index", () => {
    const none = getPreset("mic-2016");
    expect(() => whatIf(none, scoreBlock(none, { ...input, values: { "N4.1": [1, 2, 3], "N4.2": [0, 0, 0] } }), {})).toThrow(/no overall index/);
  });
});
