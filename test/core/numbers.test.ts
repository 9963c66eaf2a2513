import fc from "fast-check";
import { formatVietnameseNumber, parseVietnameseNumber } from "../../src/core/numbers";

describe("parseVietnameseNumber: the figures of the reference reports", () => {
  it.each([
    ["21.463.626", 21463626, "integer", 0],
    ["10.309", 10309, "integer", 0],
    ["0,960", 0.96, "decimal", 3],
    ["94,73%", 94.73, "percent", 2],
    ["1,000", 1, "decimal", 3],
    ["04", 4, "integer", 0],
    ["<b>550</b>", 550, "integer", 0],
    ["  1 374 ", 1374, "integer", 0],
    ["<b>11.409</b>", 11409, "integer", 0],
    ["-0,5", -0.5, "decimal", 1],
    ["1.234,56", 1234.56, "decimal", 2],
    ["**828**", 828, "integer", 0],
    ["100%", 100, "percent", 0],
  ])("%s → %d (%s, %d decimals)", (text, value, kind, decimals) => {
    const p = parseVietnameseNumber(text);
    expect(p).toMatchObject({ value, kind, decimals, text });
  });

  it("reads a number followed by its unit, and keeps the unit", () => {
    expect(parseVietnameseNumber("3,08 người/cơ quan")).toMatchObject({ value: 3.08, kind: "decimal", unit: "người/cơ quan" });
    expect(parseVietnameseNumber("68,08 người/tỉnh")).toMatchObject({ value: 68.08, unit: "người/tỉnh" });
    expect(parseVietnameseNumber("04 dịch vụ có số lượng hồ sơ là 80.216.").value).toBeNull();
  });

  it("reads fractions such as 8.015/37.159 and 10/10", () => {
    expect(parseVietnameseNumber("8.015/37.159")).toMatchObject({ kind: "fraction", numerator: 8015, denominator: 37159 });
    expect(parseVietnameseNumber("8.015/37.159").value).toBeCloseTo(8015 / 37159, 12);
    expect(parseVietnameseNumber("10/10")).toMatchObject({ kind: "fraction", value: 1, numerator: 10, denominator: 10 });
  });

  it.each([
    ["Không có số lượng cụ thể", "no-data"],
    ["Chưa có dịch vụ hoạt động", "no-data"],
    ["Không có thông tin, số liệu cụ thể", "no-data"],
    ["", "empty"],
    ["   ", "empty"],
    ["-", "no-data"],
    ["người/cơ quan", "not-a-number"],
    ["1.2.3", "not-a-number"],
    ["abc", "not-a-number"],
    ["5/0", "not-a-number"],
  ])("%j is missing (%s), with its text kept", (text, reason) => {
    expect(parseVietnameseNumber(text)).toMatchObject({ value: null, kind: "missing", missingReason: reason, text });
  });

  it("reports an English-formatted figure rather than misreading it (92.36% in Bảng 2.7)", () => {
    expect(parseVietnameseNumber("92.36%")).toMatchObject({ value: 92.36, kind: "percent", locale: "en" });
    expect(parseVietnameseNumber("1,234,567")).toMatchObject({ value: 1234567, locale: "en" });
  });

  describe("ambiguous separators: the column decides, and says so", () => {
    it("without a column kind keeps the Vietnamese reading and reports both", () => {
      const p = parseVietnameseNumber("1.000");
      expect(p.value).toBe(1000);
      expect(p.ambiguity).toEqual({ readings: [{ value: 1000, locale: "vi" }, { value: 1, locale: "en" }], resolvedBy: "default-vi" });
      expect(parseVietnameseNumber("1,000").ambiguity?.resolvedBy).toBe("default-vi");
    });
    it("an index column reads 1.000 as one, flagged as an English-locale reading", () => {
      const p = parseVietnameseNumber("1.000", "index");
      expect(p).toMatchObject({ value: 1, locale: "en", ambiguity: { resolvedBy: "expected-kind" } });
    });
    it("an index column reads 1,000 as one without fuss", () => {
      const p = parseVietnameseNumber("1,000", "index");
      expect(p.value).toBe(1);
      expect(p.ambiguity).toBeUndefined();
    });
    it("a count column reads 10.309 as ten thousand three hundred and nine", () => {
      const p = parseVietnameseNumber("10.309", "count");
      expect(p.value).toBe(10309);
      expect(p.ambiguity).toBeUndefined();
    });
    it("a count column reads 1,000 (English grouping) as one thousand, flagged", () => {
      expect(parseVietnameseNumber("1,000", "count")).toMatchObject({ value: 1000, locale: "en", ambiguity: { resolvedBy: "expected-kind" } });
    });
    it("0,960 is never ambiguous: a group of thousands never starts with 0", () => {
      expect(parseVietnameseNumber("0,960").ambiguity).toBeUndefined();
    });
  });

  it("passes numbers that are already numbers (cells read from Excel)", () => {
    expect(parseVietnameseNumber(0.96)).toMatchObject({ value: 0.96, kind: "decimal", decimals: 2 });
    expect(parseVietnameseNumber(550)).toMatchObject({ value: 550, kind: "integer" });
    expect(parseVietnameseNumber(NaN)).toMatchObject({ value: null, missingReason: "not-a-number" });
  });
});

describe("parseVietnameseNumber: properties", () => {
  it("never throws, and always keeps the original text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-0-9., %/<>b]{0,14}$/), fc.constant(null), fc.constant(undefined)), (s) => {
        const p = parseVietnameseNumber(s);
        expect(p.text).toBe(s === null || s === undefined ? "" : s);
        expect(p.value === null || Number.isFinite(p.value)).toBe(true);
        expect(p.value === null).toBe(p.kind === "missing");
      }),
      { numRuns: 3000 },
    );
  });

  it("formatting then parsing returns the value, at the shown precision", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, decimals) => {
        const text = formatVietnameseNumber(v, { decimals });
        const p = parseVietnameseNumber(text);
        expect(p.value! + 0).toBe(Number(v.toFixed(decimals)) + 0); // + 0 folds -0 into 0
        expect(p.decimals).toBe(decimals);
      }),
      { numRuns: 3000 },
    );
  });

  it("round-trips indices in [0, 1] at 3 decimals in an index column, with no ambiguity", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (k) => {
        const v = k / 1000;
        const p = parseVietnameseNumber(formatVietnameseNumber(v, { decimals: 3 }), "index");
        expect(p.value).toBe(v);
        expect(p.ambiguity).toBeUndefined();
      }),
    );
  });

  it("round-trips counts with thousands groups in a count column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (v) => {
        const p = parseVietnameseNumber(formatVietnameseNumber(v), "count");
        expect(p).toMatchObject({ value: v, kind: "integer" });
        expect(p.ambiguity).toBeUndefined();
      }),
    );
  });

  it("round-trips percentages", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (k) => {
        const v = k / 100;
        expect(parseVietnameseNumber(formatVietnameseNumber(v, { decimals: 2, percent: true }))).toMatchObject({ value: v, kind: "percent" });
      }),
    );
  });
});
