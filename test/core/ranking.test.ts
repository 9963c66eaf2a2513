import fc from "fast-check";
import { rankValues, roundTo, sortRankedRows } from "../../src/core/ranking";
import { compareVietnamese } from "../../src/core/text/vietnameseText";

describe("rankValues", () => {
  const v = [0.9, 0.95, 0.9, 0.8, NaN];
  it("competition ranking by default (1, 1, 3), missing unranked", () => {
    expect([...rankValues(v)]).toEqual([2, 1, 2, 4, 0]);
  });
  it("dense ranking (1, 1, 2)", () => {
    expect([...rankValues(v, { ties: "dense" })]).toEqual([2, 1, 2, 3, 0]);
  });
  it("ordinal ranking breaks ties in Vietnamese alphabetical order", () => {
    const names = ["Bộ Tư pháp", "Bộ Y tế", "Bộ Thông tin và Truyền thông", "Bộ Nội vụ", "X"];
    // Tư before Thông: T and TH are different letters, as in the published tables.
    expect([...rankValues(v, { ties: "ordinal", names })]).toEqual([2, 1, 3, 4, 0]);
  });
  it("lower is better for a mean rank", () => {
    expect([...rankValues([2.5, 1, 3], { direction: "lower" })]).toEqual([2, 1, 3]);
  });
  it("ranks on the value as published when decimals are given", () => {
    const full = [0.9994, 0.9996, 0.9991];
    expect([...rankValues(full)]).toEqual([2, 1, 3]);
    expect([...rankValues(full, { decimals: 3 })]).toEqual([2, 1, 2]); // 0,999 / 1,000 / 0,999
  });
  it("rounds half away from zero, without binary noise", () => {
    expect(roundTo(0.9995, 3)).toBe(1);
    expect(roundTo(1.0005, 3)).toBe(1.001);
    expect(roundTo(0.1 + 0.2, 3)).toBe(0.3);
    expect(roundTo(-0.0005, 3)).toBe(-0.001);
  });

  it("property: a competition rank is 1 + the number of strictly better values", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }).map((x) => x / 20), fc.constant(NaN)), { maxLength: 80 }), (values) => {
        const ranks = rankValues(values);
        values.forEach((x, i) => {
          if (Number.isNaN(x)) expect(ranks[i]).toBe(0);
          else expect(ranks[i]).toBe(1 + values.filter((y) => !Number.isNaN(y) && y > x).length);
        });
      }),
    );
  });
  it("property: dense ranks are 1 + the number of distinct better values; ordinal ranks are a permutation", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 60 }), (values) => {
        const dense = rankValues(values, { ties: "dense" });
        values.forEach((x, i) => expect(dense[i]).toBe(1 + new Set(values.filter((y) => y > x)).size));
        const ordinal = [...rankValues(values, { ties: "ordinal" })].sort((a, b) => a - b);
        expect(ordinal).toEqual(values.map((_, i) => i + 1));
      }),
    );
  });
});

describe("rankValues over its typed sort: counting, radix and insertion paths", () => {
  const definition = (values: number[], decimals: number | null, direction: "higher" | "lower") => {
    const key = (x: number) => (decimals === null ? x : roundTo(x, decimals));
    const better = (y: number, x: number) => (direction === "higher" ? key(y) > key(x) : key(y) < key(x));
    return values.map((x) => (Number.isNaN(x) ? 0 : 1 + values.filter((y) => !Number.isNaN(y) && better(y, x)).length));
  };
  const doubles = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN), fc.constant(-0), fc.constant(0));
  const cases: [string, fc.Arbitrary<number[]>, number | null][] = [
    // Rounded indices: whole numbers of thousandths in a small range, the counting sort.
    ["counting (rounded to 3 decimals)", fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000 + 0.0001), fc.constant(NaN)), { minLength: 64, maxLength: 400 }), 3],
    // Full precision, negative and positive, ±0: the radix sort on the doubles' bits.
    ["radix (full precision)", fc.array(doubles, { minLength: 64, maxLength: 200 }), null],
    // Rounded but spread far apart: too wide a range to count, so radix again.
    ["radix (rounded, wide range)", fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 64, maxLength: 150 }), 0],
    ["insertion (under 64)", fc.array(doubles, { maxLength: 63 }), null],
  ];
  it.each(cases)("%s: competition and dense ranks as defined, both directions; ordinal a permutation in order", (_, values, decimals) => {
    fc.assert(
      fc.property(values, fc.constantFrom("higher" as const, "lower" as const), (v, direction) => {
        const ranks = [...rankValues(v, { decimals, direction })];
        expect(ranks).toEqual(definition(v, decimals, direction));
        const key = (x: number) => (decimals === null ? x : roundTo(x, decimals));
        const dense = [...rankValues(v, { decimals, direction, ties: "dense" })];
        expect(dense).toEqual(
          v.map((x) => (Number.isNaN(x) ? 0 : 1 + new Set(v.filter((y) => !Number.isNaN(y) && (direction === "higher" ? key(y) > key(x) : key(y) < key(x))).map(key)).size)),
        );
        const ordinal = [...rankValues(v, { decimals, direction, ties: "ordinal" })];
        const ranked = ordinal.filter((r) => r > 0).sort((a, b) => a - b);
        expect(ranked).toEqual(ranked.map((_, k) => k + 1));
        // Within a tie, ordinal follows the input order (no names given).
        const misordered = v.some((x, i) => v.some((y, j) => i < j && !Number.isNaN(x) && !Number.isNaN(y) && key(x) === key(y) && ordinal[i] > ordinal[j]));
        expect(misordered).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});

describe("Vietnamese alphabetical order", () => {
  it.each([
    ["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Ngoại giao"], // N < NG
    ["Quảng Ninh", "Quảng Ngãi"],
    ["Bộ Tư pháp", "Bộ Thông tin và Truyền thông"], // T < TH
    ["TP. Hồ Chí Minh", "Thừa Thiên - Huế"],
    ["Thừa Thiên - Huế", "Trà Vinh"], // TH < TR
    ["Bộ Giáo dục và Đào tạo", "Bộ Giao thông vận tải"],
    ["Bộ Tài chính", "Bộ Tài nguyên và Môi trường"], // CH < NG
    ["Đắk Lắk", "Gia Lai"], // Đ after D, before E
    ["Bắc Giang", "Bến Tre"], // Ă < Ê
    ["Cà Mau", "Cao Bằng"], // tone is secondary: ca < cao
  ])("%s before %s", (a, b) => {
    expect(compareVietnamese(a, b)).toBeLessThan(0);
    expect(compareVietnamese(b, a)).toBeGreaterThan(0);
  });
  it("orders rows by rank, then ties alphabetically, unranked last", () => {
    const rows = [
      { rank: null, agency: "A" },
      { rank: 1, agency: "Trà Vinh" },
      { rank: 1, agency: "Thừa Thiên - Huế" },
      { rank: 3, agency: "An Giang" },
    ];
    expect(sortRankedRows(rows).map((r) => r.agency)).toEqual(["Thừa Thiên - Huế", "Trà Vinh", "An Giang", "A"]);
  });
});
