/**
 * Inputs that used to crash or stall the engine (issue 20): a figure with more decimals than
 * toFixed takes, numbers at the ends of the double range, a column spec that names one column
 * twice or one that does not exist. Each gets an answer, never an uncaught error.
 */
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { formatVietnameseNumber } from "../../src/core/numbers";
import { formatNumber } from "../../src/core/numbers/formatNumber";
import { parseRankedTables, rerankTable } from "../../src/core/tables";

const register = getDefaultRegister();

describe("number formatting never throws", () => {
  it("takes any count of decimals: 0 to 400, capped at the 100 toFixed allows", () => {
    for (const d of [0, 1, 20, 100, 101, 150, 400, -3, Number.NaN, 2.7]) {
      const text = formatVietnameseNumber(0.5, { decimals: d });
      expect(text).toMatch(/^0(,\d{1,100})?$|^1$/);
    }
    expect(formatVietnameseNumber(0.5, { decimals: 400 })).toBe(
      `0,5${"0".repeat(99)}`,
    );
    expect(formatVietnameseNumber(1.25, { decimals: 2.7 })).toBe("1,25");
  });

  it("writes the ends of the double range in digits, never with an exponent", () => {
    expect(formatVietnameseNumber(1e21)).toBe("1.000.000.000.000.000.000.000");
    const max = formatVietnameseNumber(Number.MAX_VALUE);
    expect(max).toMatch(/^179\.769\.313/);
    expect(max.replace(/\./g, "")).toHaveLength(309);
    expect(formatVietnameseNumber(-1e308, { decimals: 2 })).toMatch(
      /^-100\.000\.000.*,00$/,
    );
    expect(formatVietnameseNumber(-0, { decimals: 3 })).toBe("0,000");
    expect(formatVietnameseNumber(5e-324, { decimals: 3 })).toBe("0,000");
    expect(formatVietnameseNumber(Number.MIN_VALUE, { decimals: 400 })).toBe(
      `0,${"0".repeat(100)}`,
    );
    expect(formatNumber(1e22, { lang: "en" })).toBe(
      "10,000,000,000,000,000,000,000",
    );
  });

  it("a pasted figure with 150 decimals is ranked and checked", () => {
    const tiny = `0,${"0".repeat(149)}1`;
    const text = `Xếp hạng\tTỉnh, thành phố\tChỉ số năm 2016\n1\tHà Nội\t0,9\n2\tHải Phòng\t0,8\n3\tĐà Nẵng\t${tiny}\n`;
    const parsed = parseRankedTables(text, register);
    expect(parsed.tables).toHaveLength(1);
    expect(() => rerankTable(parsed.tables[0])).not.toThrow();
    const report = runChecks(
      checkTablesFromText(text, "x.txt", register),
      register,
    );
    expect(report.tables).toHaveLength(1);
  });
});
