/**
 * Rules within one table: expressions row by row, column totals, value ranges, a percentage
 * against the fraction beside it, and relations inferred from a table's shape. Linear rules
 * also leave their constraints for the localiser, failing or not.
 */
import { formatVietnameseNumber } from "../numbers/formatVietnameseNumber";
import { roundTo } from "../ranking/rank";
import { CheckCell, CheckRow, CheckTable, columnIndex } from "./checkTable";
import type { Finding } from "./finding";
import {
  Comparison,
  compileExpr,
  formatExpr,
  linearCoefficients,
  parseRuleExpression,
  ParsedRule,
} from "./ruleExpression";
import type { Rule } from "./ruleSchema";

/** Σ coef × cell + constant (= 0 or ≤ 0): what the localiser searches over. */
export interface LinearConstraint {
  ruleId: string;
  terms: { cell: CheckCell; key: string; coef: number }[];
  constant: number;
  op: "=" | "<=";
  tolerance: number;
  holds: boolean;
  finding?: Finding;
}

export interface TableCheckOutput {
  findings: Finding[];
  constraints: LinearConstraint[];
  /** Rows where the rule does not hold. */
  failingRows: CheckRow[];
}

export const cellKey = (c: CheckCell) =>
  `${c.where.source}\u0000${c.where.table}\u0000${c.where.cell ?? `${c.where.line}:${c.where.column}`}`;
const fmt = (v: number, d = 3) =>
  formatVietnameseNumber(v, { decimals: Number.isInteger(v) ? 0 : d });
const agencyOf = (row: CheckRow) => {
  const a = row.agencies[0]?.agency;
  return a
    ? { code: a.code, name: a.name }
    : row.label
      ? { name: row.label }
      : undefined;
};

/**
 * An expression rule checked on every row where all its columns have values (the total row
 * too). Constraints for the localiser are kept only when asked, and only for the given rows:
 * the rows where some rule fails are the only places a single-cell change can matter.
 */
export function checkExpression(
  table: CheckTable,
  rule: Rule & { kind: "expression" },
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
  };
  const cols = parsed.columns.map((c) => columnIndex(table, c));
  const position = (name: string) => parsed.columns.indexOf(name);
  const linear = options.constraints ? linearOf(parsed) : undefined;
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
    const tolerance = allIntegers
      ? base
      : base + 0.5 * 10 ** -shown * cells.length;
    const holds = compare(left, parsed.comparison, right, tolerance);
    let finding: Finding | undefined;
    if (!holds) {
      out.failingRows.push(row);
      const leftCell =
        parsed.left.kind === "column"
          ? cells[parsed.columns.indexOf(parsed.left.name)]
          : cells[0];
      const truncatedMatch =
        parsed.comparison === "=" &&
        parsed.left.kind === "column" &&
        leftCell.parsed.decimals > 0 &&
        Math.trunc(right * 10 ** leftCell.parsed.decimals) /
          10 ** leftCell.parsed.decimals ===
          left;
      const text = `${formatExpr(parsed.left)} ${parsed.comparison} ${formatExpr(parsed.right)}`;
      finding = {
        ruleId: truncatedMatch ? `${rule.id}.cat-bot` : rule.id,
        severity: truncatedMatch ? "warning" : rule.severity,
        where: leftCell.where,
        ...(agencyOf(row) ? { agency: agencyOf(row) } : {}),
        message: truncatedMatch
          ? {
              vi: `${text}: ${fmt(left, 4)} chỉ khớp khi cắt bớt chữ số; làm tròn đúng là ${fmt(roundTo(right, leftCell.parsed.decimals), leftCell.parsed.decimals)}`,
              en: `${text}: ${fmt(left, 4)} matches only when truncated; correctly rounded it is ${fmt(roundTo(right, leftCell.parsed.decimals), leftCell.parsed.decimals)}`,
            }
          : {
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

function compare(a: number, op: Comparison, b: number, tol: number): boolean {
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

/** Each numeric column's detail rows add up to the total row. */
export function checkColumnTotals(
  table: CheckTable,
  rule: Rule,
): TableCheckOutput {
  const out: TableCheckOutput = {
    findings: [],
    constraints: [],
    failingRows: [],
  };
  const total = table.total;
  if (!total) return out;
  table.columns.forEach((col, k) => {
    if (col.kind !== "count") return;
    const totalCell = total.cells[k];
    if (totalCell.parsed.value === null) return;
    const parts = table.rows
      .map((r) => r.cells[k])
      .filter((c) => c.parsed.value !== null);
    const sum = parts.reduce((s, c) => s + c.parsed.value!, 0);
    const holds = Math.abs(sum - totalCell.parsed.value) <= rule.tolerance;
    let finding: Finding | undefined;
    if (!holds) {
      finding = {
        ruleId: rule.id,
        severity: rule.severity,
        where: totalCell.where,
        message: {
          vi: `Cột “${col.header}”: các dòng cộng lại được ${fmt(sum)}, dòng Tổng cộng ghi ${fmt(totalCell.parsed.value)}`,
          en: `Column “${col.header}”: the rows add up to ${fmt(sum)}, the total row says ${fmt(totalCell.parsed.value)}`,
        },
        expected: sum,
        actual: totalCell.parsed.value,
      };
      out.findings.push(finding);
    }
    out.constraints.push({
      ruleId: rule.id,
      terms: [
        { cell: totalCell, key: cellKey(totalCell), coef: 1 },
        ...parts.map((c) => ({ cell: c, key: cellKey(c), coef: -1 })),
      ],
      constant: 0,
      op: "=",
      tolerance: rule.tolerance,
      holds,
      finding,
    });
  });
  return out;
}

/** Index in [0, 1], percentage in [0, 100], counts whole and not negative, and the tell-tales of a locale misread. */
export function checkRanges(table: CheckTable, rule: Rule): Finding[] {
  const findings: Finding[] = [];
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  for (const row of rows) {
    table.columns.forEach((col, k) => {
      const c = row.cells[k];
      const v = c.parsed.value;
      const at = (
        severity: Finding["severity"],
        suffix: string,
        message: Finding["message"],
        expected?: number | null,
      ): Finding => ({
        ruleId: `${rule.id}.${suffix}`,
        severity,
        where: c.where,
        ...(agencyOf(row) ? { agency: agencyOf(row) } : {}),
        message,
        ...(expected !== undefined ? { expected } : {}),
        actual: v ?? c.text,
      });
      if (
        ["index", "count", "percent", "rank", "number"].includes(col.kind) &&
        c.parsed.missingReason === "not-a-number"
      ) {
        findings.push(
          at("warning", "khong-phai-so", {
            vi: `“${c.text}” không phải là số`,
            en: `“${c.text}” is not a number`,
          }),
        );
        return;
      }
      if (v === null) return;
      if (c.parsed.ambiguity?.resolvedBy === "expected-kind") {
        findings.push(
          at("warning", "dinh-dang", {
            vi: `“${c.text}” viết theo kiểu dấu phân cách tiếng Anh; đọc là ${fmt(v)}`,
            en: `“${c.text}” uses English separators; read as ${fmt(v)}`,
          }),
        );
      }
      if (col.kind === "index" && (v < 0 || v > 1)) {
        const likely =
          v > 1 && Number.isInteger(v) && v <= 1000 && c.parsed.decimals === 0
            ? v / 10 ** String(v).length
            : undefined;
        findings.push(
          at(
            "error",
            "chi-so",
            likely !== undefined
              ? {
                  vi: `Chỉ số ${fmt(v)} nằm ngoài [0, 1]; có lẽ là ${fmt(likely, String(v).length)} bị đọc sai dấu thập phân`,
                  en: `Index ${fmt(v)} is outside [0, 1]; most likely ${fmt(likely, String(v).length)} read with the wrong decimal mark`,
                }
              : {
                  vi: `Chỉ số ${fmt(v)} nằm ngoài [0, 1]`,
                  en: `Index ${fmt(v)} is outside [0, 1]`,
                },
            likely ?? null,
          ),
        );
      }
      if (col.kind === "percent" && (v < 0 || v > 100)) {
        findings.push(
          at("warning", "ty-le", {
            vi: `Tỷ lệ ${fmt(v, 2)}% nằm ngoài [0, 100]`,
            en: `Percentage ${fmt(v, 2)}% is outside [0, 100]`,
          }),
        );
      }
      if (col.kind === "count" && (v < 0 || !Number.isInteger(v))) {
        findings.push(
          at("error", "so-luong", {
            vi: `Số lượng ${fmt(v)} phải là số nguyên không âm`,
            en: `Count ${fmt(v)} must be a whole number ≥ 0`,
          }),
        );
      }
    });
  }
  return findings;
}

/** `94,73%` with `18/19` beside it: the percentage must be the fraction, at the precision shown. */
export function checkRatioNotes(table: CheckTable, rule: Rule): Finding[] {
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const percents = row.cells.filter((c) => c.parsed.kind === "percent");
    if (percents.length !== 1) continue;
    const fraction = row.cells
      .map((c) => /(\d[\d.]*)\s*\/\s*(\d[\d.]*)/.exec(c.text))
      .find(Boolean);
    if (!fraction) continue;
    const p = percents[0];
    const num = Number(fraction[1].replace(/\./g, ""));
    const den = Number(fraction[2].replace(/\./g, ""));
    if (!den) continue;
    const exact = (num / den) * 100;
    const d = p.parsed.decimals;
    if (roundTo(exact, d) === p.parsed.value) continue;
    const truncated = Math.trunc(exact * 10 ** d) / 10 ** d === p.parsed.value;
    findings.push({
      ruleId: truncated ? `${rule.id}.cat-bot` : rule.id,
      severity: truncated ? "warning" : rule.severity,
      where: p.where,
      ...(agencyOf(row) ? { agency: agencyOf(row) } : {}),
      message: truncated
        ? {
            vi: `${p.text} chỉ khớp với ${num}/${den} khi cắt bớt chữ số; làm tròn đúng là ${fmt(roundTo(exact, d), d)}%`,
            en: `${p.text} matches ${num}/${den} only when truncated; correctly rounded it is ${fmt(roundTo(exact, d), d)}%`,
          }
        : {
            vi: `${p.text} không bằng ${num}/${den} = ${fmt(roundTo(exact, d), d)}%`,
            en: `${p.text} is not ${num}/${den} = ${fmt(roundTo(exact, d), d)}%`,
          },
      expected: roundTo(exact, d),
      actual: p.parsed.value,
    });
  }
  return findings;
}

/**
 * Relations a table without a template most likely means: a count column that is the sum of
 * two or three others in (nearly) every row. Returned as expression rules marked inferred.
 */
export function inferRelations(
  table: CheckTable,
): { rule: Rule & { kind: "expression" }; parsed: ParsedRule }[] {
  const counts = table.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.kind === "count");
  if (counts.length < 3 || table.rows.length < 3) return [];
  const value = (row: CheckRow, k: number) => row.cells[k].parsed.value;
  const out: { rule: Rule & { kind: "expression" }; parsed: ParsedRule }[] = [];
  // Candidates are tried on a sample of rows first: a wide table has thousands of column subsets.
  const sample =
    table.rows.length > 60
      ? table.rows.filter((_, i) => i % Math.ceil(table.rows.length / 60) === 0)
      : table.rows;
  const score = (
    rows: CheckRow[],
    total: { k: number },
    parts: { k: number }[],
  ) => {
    let tested = 0;
    let held = 0;
    for (const row of rows) {
      const t = value(row, total.k);
      const ps = parts.map((p) => value(row, p.k));
      if (t === null || ps.some((x) => x === null)) continue;
      tested++;
      if (ps.reduce<number>((s, x) => s + (x ?? 0), 0) === t) held++;
    }
    return { tested, held };
  };
  for (const total of counts) {
    const others = counts.filter((o) => o.k !== total.k);
    for (const parts of subsets(others, 2, 3)) {
      const quick = score(sample, total, parts);
      if (quick.tested < 3 || quick.held / quick.tested < 0.8) continue;
      const { tested, held } = score(table.rows, total, parts);
      const nonTrivial = table.rows.some(
        (row) => parts.filter((p) => (value(row, p.k) ?? 0) !== 0).length >= 2,
      );
      if (tested >= 3 && held / tested >= 0.8 && nonTrivial) {
        const expression = `[${total.c.name}] = ${parts.map((p) => `[${p.c.name}]`).join(" + ")}`;
        const parsed = parseRuleExpression(
          expression,
          table.columns.map((c) => c.name),
        );
        if (!parsed.ok) continue;
        out.push({
          rule: {
            id: `suy-ra.${total.k + 1}`,
            kind: "expression",
            expression,
            severity: "warning",
            tolerance: 0,
            description: {
              vi: `Suy ra từ bảng (đúng ở ${held}/${tested} dòng): ${total.c.header} = ${parts.map((p) => p.c.header).join(" + ")}`,
              en: `Inferred from the table (holds in ${held}/${tested} rows): ${total.c.header} = ${parts.map((p) => p.c.header).join(" + ")}`,
            },
          },
          parsed: parsed.rule,
        });
        break;
      }
    }
  }
  return out;
}

function* subsets<T>(items: T[], min: number, max: number): Generator<T[]> {
  const n = items.length;
  for (let size = min; size <= Math.min(max, n); size++) {
    const idx = Array.from({ length: size }, (_, i) => i);
    while (true) {
      yield idx.map((i) => items[i]);
      let i = size - 1;
      while (i >= 0 && idx[i] === n - size + i) i--;
      if (i < 0) break;
      idx[i]++;
      for (let j = i + 1; j < size; j++) idx[j] = idx[j - 1] + 1;
    }
  }
}
