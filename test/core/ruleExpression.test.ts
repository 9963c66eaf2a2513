import { evaluate, formatExpr, linearCoefficients, parseRuleExpression } from "../../src/core/checks/ruleExpression";

const columns = ["Mức độ 3", "Mức độ 4", "Tổng cộng", "Hồ sơ trực tuyến", "Tổng số hồ sơ", "Tỷ lệ", "Có hồ sơ", "Số dịch vụ", "N4.1"];

describe("the rule language", () => {
  it.each([
    ["Tổng cộng = Mức độ 3 + Mức độ 4", ["Tổng cộng", "Mức độ 3", "Mức độ 4"], "="],
    ["Hồ sơ trực tuyến <= Tổng số hồ sơ", ["Hồ sơ trực tuyến", "Tổng số hồ sơ"], "<="],
    ["Tỷ lệ = Có hồ sơ / Số dịch vụ * 100", ["Tỷ lệ", "Có hồ sơ", "Số dịch vụ"], "="],
    ["tổng cộng == mức độ 3+mức độ 4", ["Tổng cộng", "Mức độ 3", "Mức độ 4"], "="],
    ["[Tổng cộng] ≥ [Mức độ 3]", ["Tổng cộng", "Mức độ 3"], ">="],
    ["N4.1 >= 0", ["N4.1"], ">="],
    ["[N4.1] <= (Tổng cộng - Mức độ 4) * 1", ["N4.1", "Tổng cộng", "Mức độ 4"], "<="],
  ])("parses %s", (text, used, comparison) => {
    const r = parseRuleExpression(text, columns);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.rule.columns).toEqual(used);
      expect(r.rule.comparison).toBe(comparison);
    }
  });

  it("matches the longest column name: Tổng số hồ sơ is not Tổng + …", () => {
    const r = parseRuleExpression("Hồ sơ trực tuyến <= Tổng số hồ sơ", [...columns, "Tổng"]);
    expect(r.ok && r.rule.columns).toEqual(["Hồ sơ trực tuyến", "Tổng số hồ sơ"]);
  });

  it("handles tone placement in column names (Hoà / Hòa)", () => {
    const r = parseRuleExpression("Số hồ sơ hoà giải <= Số dịch vụ", ["Số hồ sơ hòa giải", "Số dịch vụ"]);
    expect(r.ok).toBe(true);
  });

  it.each([
    ["Tổng cộng = Mức độ 5", /không có cột “Mức độ 5”/, /no column “Mức độ 5”/],
    ["Tổng cộng Mức độ 3", /cần một phép so sánh/, /expected a comparison/],
    ["Tổng cộng = (Mức độ 3 + Mức độ 4", /thiếu dấu “\)”/, /missing “\)”/],
    ["Tổng cộng =", /kết thúc giữa chừng/, /ends too early/],
    ["1 = 1", /ít nhất một cột/, /at least one column/],
    ["Tổng cộng = [Mức độ 3", /thiếu dấu “\]”/, /missing “\]”/],
    ["Tổng cộng = Mức độ 3 + + ", /(không chờ|kết thúc)/, /(unexpected|ends too early)/],
  ])("refuses %j with a clear message", (text, vi, en) => {
    const r = parseRuleExpression(text, columns);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.vi).toMatch(vi);
      expect(r.error.en).toMatch(en);
    }
  });

  it("evaluates by walking the tree; division by zero is NaN, not an error", () => {
    const r = parseRuleExpression("Tỷ lệ = Có hồ sơ / Số dịch vụ * 100", columns);
    if (!r.ok) throw new Error();
    const row: Record<string, number> = { "Tỷ lệ": 45.6, "Có hồ sơ": 251, "Số dịch vụ": 550 };
    expect(evaluate(r.rule.right, (c) => row[c])).toBeCloseTo(45.636, 3);
    expect(evaluate(r.rule.right, (c) => (c === "Số dịch vụ" ? 0 : row[c]))).toBeNaN();
    expect(formatExpr(r.rule.right)).toBe("Có hồ sơ / Số dịch vụ * 100");
  });

  it("gives linear coefficients for sums, and none for a quotient of columns", () => {
    const sum = parseRuleExpression("Tổng cộng = Mức độ 3 + 2 * Mức độ 4 - 1", columns);
    if (!sum.ok) throw new Error();
    expect(linearCoefficients(sum.rule.right)).toEqual({ coefficients: new Map([["Mức độ 3", 1], ["Mức độ 4", 2]]), constant: -1 });
    const ratio = parseRuleExpression("Tỷ lệ = Có hồ sơ / Số dịch vụ", columns);
    if (!ratio.ok) throw new Error();
    expect(linearCoefficients(ratio.rule.right)).toBeUndefined();
  });

  it("never evaluates text as code", () => {
    const r = parseRuleExpression("Tổng cộng = process.exit(1)", columns);
    expect(r.ok).toBe(false);
  });
});
