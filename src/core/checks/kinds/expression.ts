/**
 * Expression rules, row by row (`Tổng cộng = Mức độ 3 + Mức độ 4`, `Hồ sơ trực tuyến <= Tổng số
 * hồ sơ`, `Tỷ lệ = A / B * 100`), and the parts-total rule that writes one from the columns
 * recognised as parts and their total. A table's expressions are evaluated together once all its
 * rules are seen: first over typed columns, to find the failing rows; then, on those rows only,
 * cell by cell, for the findings and the localiser's constraints.
 */
import { roundTo } from "../../ranking/rank";
import { z } from "../../zodConfig";
import { CheckCell, CheckRow, CheckTable, columnIndex } from "../checkTable";
import { cellKey, TableCheckOutput } from "../constraint";
import type { Finding } from "../finding";
import { lastDigitFinding, lastDigitOf } from "../lastDigit";
import {
  Comparison,
  compileExpr,
  Expr,
  formatExpr,
  linearCoefficients,
  parseRuleExpression,
  ParsedRule,
} from "../ruleExpression";
import { failingPositions, tableColumns } from "../tableColumns";
import { agencyOf, fmt } from "./cellWords";
import { AnyRule, KindOutput, RuleKind, TableRun } from "./kind";
import { ruleBase } from "./kind";

/** Row by row: `Tổng cộng = Mức độ 3 + Mức độ 4`, `Hồ sơ trực tuyến <= Tổng số hồ sơ`, `Tỷ lệ = A / B * 100`. */
export const expressionRule = z.object({
  ...ruleBase,
  kind: z.literal("expression"),
  expression: z.string().min(1),
});
/**
 * Across a row: the total column equals the sum of its part columns (the columns recognised as
 * parts, such as the levels `Mức độ 3`, `Mức độ 4` beside `Tổng cộng`).
 */
export const partsTotalRule = z.object({
  ...ruleBase,
  kind: z.literal("parts-total"),
});
type ExpressionRule = z.infer<typeof expressionRule>;

/** Reads the rule's expression against the table's columns, to be evaluated with the others. */
function take(
  rule: AnyRule,
  expression: string | undefined,
  run: TableRun,
): KindOutput {
  if (!expression) return { findings: [] };
  const parsed = parseRuleExpression(
    expression,
    run.table.columns.map((c) => c.name),
  );
  if (!parsed.ok) {
    // Default rules, and user rules written for every table, apply only where their columns exist.
    run.unusable(rule, parsed.error);
    return { findings: [] };
  }
  run.expressions.push({
    rule: { ...rule, kind: "expression", expression },
    parsed: parsed.rule,
    inferred: false,
  });
  return { findings: [] };
}

export const EXPRESSION: RuleKind<ExpressionRule> = {
  kind: "expression",
  schema: expressionRule,
  check: (rule, run) => take(rule, rule.expression, run),
};

export const PARTS_TOTAL: RuleKind<z.infer<typeof partsTotalRule>> = {
  kind: "parts-total",
  schema: partsTotalRule,
  check: (rule, run) => take(rule, partsTotal(run.table), run),
};

/**
 * The table's expressions, declared and inferred: the rows where any fails are found over typed
 * columns; each rule is then checked again on those rows, cell by cell, for its findings and
 * constraints. Counts go to `count` in the rules' order.
 */
export function evaluateExpressions(
  run: TableRun,
  count: (rule: AnyRule, n: number) => void,
): Required<Pick<KindOutput, "findings" | "constraints">> {
  const { table } = run;
  const failing = new Set<CheckRow>();
  const columns = tableColumns(table);
  for (const e of run.expressions) {
    const out = failingPositions(
      columns,
      table,
      e.parsed,
      e.rule.tolerance,
      compare,
    );
    for (const r of out.failing) failing.add(columns.rows[r]);
    count(e.rule, out.checked);
  }
  const findings: Finding[] = [];
  const constraints: TableCheckOutput["constraints"] = [];
  for (const e of run.expressions) {
    const out = checkExpression(table, e.rule, e.parsed, {
      inferred: e.inferred,
      rows: [...failing],
      constraints: true,
    });
    findings.push(...out.findings);
    constraints.push(...out.constraints);
  }
  return { findings, constraints };
}

/**
 * An expression rule checked on every row where all its columns have values (the total row
 * too). Constraints for the localiser are kept only when asked, and only for the given rows:
 * the rows where some rule fails are the only places a single-cell change can matter.
 */
export function checkExpression(
  table: CheckTable,
  rule: AnyRule & { kind: "expression" },
  parsed: ParsedRule,
  options: {
    inferred?: boolean;
    rows?: CheckRow[];
    constraints?: boolean;
  } = {},
): TableCheckOutput {
  const inferred = options.inferred ?? false;
  const out: TableCheckOutput = {
    findings: [],
    constraints: [],
    failingRows: [],
    checked: 0,
  };
  const cols = parsed.columns.map((c) => columnIndex(table, c));
  const position = (name: string) => parsed.columns.indexOf(name);
  const linear = options.constraints ? linearOf(parsed) : undefined;
  const ratio = options.constraints && !linear ? ratioOf(parsed) : undefined;
  // A rate: a ratio of columns, or a percentage.
  const rateLike =
    ratioOf(parsed) !== undefined ||
    (parsed.left.kind === "column" &&
      table.columns[columnIndex(table, parsed.left.name)]?.kind === "percent");
  // Tight loop: this runs for every row of every rule (10,000 × 50 in the benchmark).
  const cells: CheckCell[] = new Array(cols.length);
  const values = new Float64Array(cols.length);
  const leftOf = compileExpr(parsed.left, position);
  const rightOf = compileExpr(parsed.right, position);
  const list =
    options.rows ?? (table.total ? [...table.rows, table.total] : table.rows);
  const base = rule.tolerance;
  rows: for (let r = 0; r < list.length; r++) {
    const row = list[r];
    let allIntegers = true;
    let shown = 0;
    for (let i = 0; i < cols.length; i++) {
      const c = (cells[i] = row.cells[cols[i]]);
      const v = c.parsed.value;
      if (v === null) continue rows;
      values[i] = v;
      if (c.parsed.decimals > shown) shown = c.parsed.decimals;
      if (c.parsed.decimals !== 0 || !Number.isInteger(v)) allIntegers = false;
    }
    const left = leftOf(values);
    const right = rightOf(values);
    if (Number.isNaN(left) || Number.isNaN(right)) continue;
    out.checked!++;
    const tolerance = allIntegers
      ? base
      : base + 0.5 * 10 ** -shown * cells.length;
    const exactly = compare(left, parsed.comparison, right, tolerance);
    const leftCell =
      parsed.left.kind === "column"
        ? cells[parsed.columns.indexOf(parsed.left.name)]
        : cells[0];
    // A rate one unit off in its last printed digit is how it was printed (see lastDigit.ts).
    const how =
      !exactly &&
      rateLike &&
      parsed.comparison === "=" &&
      parsed.left.kind === "column"
        ? lastDigitOf(left, right, leftCell.parsed.decimals)
        : undefined;
    const holds = exactly || how !== undefined;
    let finding: Finding | undefined;
    if (how) {
      out.findings.push(lastDigitFinding(rule.id, leftCell, right, how));
    } else if (!holds) {
      out.failingRows.push(row);
      const text = `${formatExpr(parsed.left)} ${parsed.comparison} ${formatExpr(parsed.right)}`;
      finding = {
        ruleId: rule.id,
        severity: rule.severity,
        where: leftCell.where,
        ...(agencyOf(row) ? { agency: agencyOf(row) } : {}),
        message: {
          vi: `${text} không đúng: ${fmt(left, 4)} ≠ ${fmt(right, 4)}`,
          en: `${text} does not hold: ${fmt(left, 4)} ≠ ${fmt(right, 4)}`,
        },
        expected:
          parsed.left.kind === "column" && parsed.comparison === "="
            ? roundTo(right, leftCell.parsed.decimals)
            : null,
        actual: left,
        ...(inferred ? { inferred: true } : {}),
      };
      out.findings.push(finding);
    }
    if (ratio) {
      const at = (name: string) => {
        const c = cells[parsed.columns.indexOf(name)];
        return { cell: c, key: cellKey(c) };
      };
      const result = at(ratio.result);
      out.constraints.push({
        kind: "ratio",
        ruleId: rule.id,
        result,
        numerator: at(ratio.numerator),
        denominator: at(ratio.denominator),
        scale: ratio.scale,
        tolerance: 0.5 * 10 ** -result.cell.parsed.decimals + 1e-9,
        holds,
        finding,
      });
    }
    if (
      linear &&
      (parsed.comparison === "=" ||
        parsed.comparison === "<=" ||
        parsed.comparison === ">=")
    ) {
      const sign = parsed.comparison === ">=" ? -1 : 1;
      out.constraints.push({
        ruleId: rule.id,
        terms: parsed.columns
          .map((name, k) => ({
            cell: cells[k],
            key: cellKey(cells[k]),
            coef: sign * (linear.coefficients.get(name) ?? 0),
          }))
          .filter((t) => t.coef !== 0),
        constant: sign * linear.constant,
        op: parsed.comparison === "=" ? "=" : "<=",
        tolerance,
        holds,
        finding,
      });
    }
  }
  return out;
}

/** `[P] = [A] / [B] * 100` (or `* k` first, or no scale): the three columns and the scale. */
function ratioOf(
  parsed: ParsedRule,
):
  | { result: string; numerator: string; denominator: string; scale: number }
  | undefined {
  if (parsed.comparison !== "=" || parsed.left.kind !== "column")
    return undefined;
  const r = parsed.right;
  const col = (e: Expr) => (e.kind === "column" ? e.name : undefined);
  const num = (e: Expr) => (e.kind === "number" ? e.value : undefined);
  let numerator: string | undefined;
  let denominator: string | undefined;
  let scale = 1;
  if (r.kind === "binary" && r.op === "/" && col(r.right)) {
    denominator = col(r.right);
    if (col(r.left)) numerator = col(r.left);
    else if (r.left.kind === "binary" && r.left.op === "*") {
      numerator = col(r.left.left) ?? col(r.left.right);
      scale = num(r.left.right) ?? num(r.left.left) ?? NaN;
    }
  } else if (
    r.kind === "binary" &&
    r.op === "*" &&
    r.left.kind === "binary" &&
    r.left.op === "/"
  ) {
    numerator = col(r.left.left);
    denominator = col(r.left.right);
    scale = num(r.right) ?? NaN;
  }
  if (!numerator || !denominator || !Number.isFinite(scale)) return undefined;
  return { result: parsed.left.name, numerator, denominator, scale };
}

/** left − right as one linear form, when both sides are linear. */
function linearOf(parsed: ParsedRule) {
  const l = linearCoefficients(parsed.left);
  const r = linearCoefficients(parsed.right);
  if (!l || !r) return undefined;
  const coefficients = new Map(l.coefficients);
  for (const [k, v] of r.coefficients)
    coefficients.set(k, (coefficients.get(k) ?? 0) - v);
  return { coefficients, constant: l.constant - r.constant };
}

export function compare(
  a: number,
  op: Comparison,
  b: number,
  tol: number,
): boolean {
  switch (op) {
    case "=":
      return (
        Math.abs(a - b) <= tol + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
      );
    case "<=":
      return a <= b + tol;
    case ">=":
      return a >= b - tol;
    case "<":
      return a < b + tol;
    case ">":
      return a > b - tol;
  }
}

/** `[Tổng cộng] = [Mức độ 3] + [Mức độ 4]`: the total column and the columns that are its parts. */
function partsTotal(table: CheckTable): string | undefined {
  const parts = table.columns.filter((c) => c.role === "part");
  const main =
    table.roles.value !== undefined
      ? table.columns[table.roles.value]
      : undefined;
  const total =
    main && (main.role === "total" || table.measure === "dossiers")
      ? main
      : table.columns.find((c) => c.role === "total");
  if (!total || parts.length < 2) return undefined;
  return `[${total.name}] = ${parts.map((p) => `[${p.name}]`).join(" + ")}`;
}
