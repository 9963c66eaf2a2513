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
  Expr,
  formatExpr,
  linearCoefficients,
  parseRuleExpression,
  ParsedRule,
} from "./ruleExpression";
import type { Rule } from "./ruleSchema";

/** Σ coef × cell + constant (= 0 or ≤ 0): what the localiser searches over. */
export interface LinearConstraint {
  kind?: "linear";
  ruleId: string;
  terms: { cell: CheckCell; key: string; coef: number }[];
  constant: number;
  op: "=" | "<=";
  tolerance: number;
  holds: boolean;
  finding?: Finding;
}

/** result = scale × numerator / denominator, to the result's shown precision (a percentage). */
export interface RatioConstraint {
  kind: "ratio";
  ruleId: string;
  result: { cell: CheckCell; key: string };
  numerator: { cell: CheckCell; key: string };
  denominator: { cell: CheckCell; key: string };
  scale: number;
  /** Half a unit of the result's last shown digit. */
  tolerance: number;
  holds: boolean;
  finding?: Finding;
}

export type Constraint = LinearConstraint | RatioConstraint;

/** The cells a constraint reads. */
export function constraintCells(
  c: Constraint,
): { cell: CheckCell; key: string }[] {
  return c.kind === "ratio" ? [c.result, c.numerator, c.denominator] : c.terms;
}

export interface TableCheckOutput {
  findings: Finding[];
  constraints: Constraint[];
  /** Rows where the rule does not hold. */
  failingRows: CheckRow[];
  /** Rows the rule could be evaluated on (all its cells had figures). */
  checked?: number;
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
    checked: 0,
  };
  const cols = parsed.columns.map((c) => columnIndex(table, c));
  const position = (name: string) => parsed.columns.indexOf(name);
  const linear = options.constraints ? linearOf(parsed) : undefined;
  const ratio = options.constraints && !linear ? ratioOf(parsed) : undefined;
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

/**
 * Rows that add up: the detail rows to the table's total row, in every column of counts; and,
 * in tables of row groups, each group's rows to its subtotal row (or each at most the subtotal,
 * for rows that are `Trong đó …` parts of it), in every column of figures.
 */
export function checkColumnTotals(
  table: CheckTable,
  rule: Rule,
): TableCheckOutput {
  const out: TableCheckOutput = {
    findings: [],
    constraints: [],
    failingRows: [],
  };
  const byRow = table.variables === "rows";
  const subtotals = new Set((table.sums ?? []).map((s) => s.total));
  const sums = [
    ...(table.total
      ? [
          {
            total: table.total,
            parts: table.rows.filter(
              (r) => !subtotals.has(r) && (!byRow || r.kind === "count"),
            ),
            subset: false,
            label: "",
          },
        ]
      : []),
    ...(table.sums ?? []),
  ];
  for (const sum of sums) {
    if (byRow && sum.total.kind !== "count") continue;
    table.columns.forEach((col, k) => {
      if (byRow ? col.role !== "value" : col.kind !== "count") return;
      const totalCell = sum.total.cells[k];
      const stated = totalCell.parsed.value;
      if (stated === null) return;
      const parts = sum.parts
        .map((r) => r.cells[k])
        .filter((c) => c.parsed.value !== null);
      if (parts.length === 0) return;
      const group = sum.label ? `Nhóm “${sum.label}”, c` : "C";
      const groupEn = sum.label ? `Group “${sum.label}”, c` : "C";
      if (sum.subset) {
        for (const part of parts) {
          const holds = part.parsed.value! <= stated + rule.tolerance;
          let finding: Finding | undefined;
          if (!holds) {
            finding = {
              ruleId: `${rule.id}.tap-con`,
              severity: rule.severity,
              where: part.where,
              message: {
                vi: `${group}ột “${col.header}”: ${fmt(part.parsed.value!)} lớn hơn tổng ${fmt(stated)} mà nó là một phần`,
                en: `${groupEn}olumn “${col.header}”: ${fmt(part.parsed.value!)} exceeds the total ${fmt(stated)} it is part of`,
              },
              expected: stated,
              actual: part.parsed.value,
            };
            out.findings.push(finding);
          }
          out.constraints.push({
            ruleId: `${rule.id}.tap-con`,
            terms: [
              { cell: part, key: cellKey(part), coef: 1 },
              { cell: totalCell, key: cellKey(totalCell), coef: -1 },
            ],
            constant: 0,
            op: "<=",
            tolerance: rule.tolerance,
            holds,
            finding,
          });
        }
        return;
      }
      const total = parts.reduce((s, c) => s + c.parsed.value!, 0);
      const holds = Math.abs(total - stated) <= rule.tolerance;
      let finding: Finding | undefined;
      if (!holds) {
        finding = {
          ruleId: rule.id,
          severity: rule.severity,
          where: totalCell.where,
          message: sum.label
            ? {
                vi: `${group}ột “${col.header}”: các dòng của nhóm cộng lại được ${fmt(total)}, dòng “${sum.total.label}” ghi ${fmt(stated)}`,
                en: `${groupEn}olumn “${col.header}”: the group's rows add up to ${fmt(total)}, the row “${sum.total.label}” says ${fmt(stated)}`,
              }
            : {
                vi: `Cột “${col.header}”: các dòng cộng lại được ${fmt(total)}, dòng Tổng cộng ghi ${fmt(stated)}`,
                en: `Column “${col.header}”: the rows add up to ${fmt(total)}, the total row says ${fmt(stated)}`,
              },
          expected: total,
          actual: stated,
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
  }
  return out;
}

/** Index in [0, 1], percentage in [0, 100], counts whole and not negative, and the tell-tales of a locale misread. */
export function checkRanges(table: CheckTable, rule: Rule): Finding[] {
  const findings: Finding[] = [];
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  const byRow = table.variables === "rows";
  for (const row of rows) {
    table.columns.forEach((column, k) => {
      // Where rows are variables, a figure's kind is its row's.
      const col =
        byRow && column.role === "value" && row.kind
          ? { ...column, kind: row.kind }
          : column;
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
export function checkRatioNotes(
  table: CheckTable,
  rule: Rule,
): { findings: Finding[]; checked: number } {
  const findings: Finding[] = [];
  let checked = 0;
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
    checked++;
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
  return { findings, checked };
}

/** A relation holds in enough of the places it can be tested to be taken as meant. */
const heldEnough = (held: number, tested: number) =>
  tested >= 2 && held >= Math.max(2, Math.ceil(0.75 * tested));

/** 100 × a / b shown with the decimals of p. */
function ratioHolds(p: CheckCell, a: CheckCell, b: CheckCell): boolean {
  const [pv, av, bv] = [p.parsed.value, a.parsed.value, b.parsed.value];
  if (pv === null || av === null || bv === null || bv === 0) return false;
  return (
    Math.abs((100 * av) / bv - pv) <= 0.5 * 10 ** -p.parsed.decimals + 1e-9
  );
}

/**
 * Relations a table without a template most likely means, from its figures: a count column that
 * is the sum of two or three others, a percentage column that is one count column over another,
 * in (nearly) every row. Returned as expression rules marked inferred.
 */
export function inferRelations(
  table: CheckTable,
): { rule: Rule & { kind: "expression" }; parsed: ParsedRule }[] {
  if (table.variables === "rows" || table.rows.length < 3) return [];
  const counts = table.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.kind === "count");
  const value = (row: CheckRow, k: number) => row.cells[k].parsed.value;
  const out: { rule: Rule & { kind: "expression" }; parsed: ParsedRule }[] = [];
  const add = (
    id: string,
    expression: string,
    shown: string,
    held: number,
    tested: number,
  ) => {
    const parsed = parseRuleExpression(
      expression,
      table.columns.map((c) => c.name),
    );
    if (!parsed.ok) return false;
    out.push({
      rule: {
        id,
        kind: "expression",
        expression,
        severity: "warning",
        tolerance: 0,
        description: {
          vi: `Suy ra từ bảng (đúng ở ${held}/${tested} dòng): ${shown}`,
          en: `Inferred from the table (holds in ${held}/${tested} rows): ${shown}`,
        },
      },
      parsed: parsed.rule,
    });
    return true;
  };
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
  if (counts.length >= 3)
    for (const total of counts) {
      const others = counts.filter((o) => o.k !== total.k);
      for (const parts of subsets(others, 2, 3)) {
        const quick = score(sample, total, parts);
        if (quick.tested < 3 || !heldEnough(quick.held, quick.tested)) continue;
        const { tested, held } = score(table.rows, total, parts);
        const nonTrivial = table.rows.some(
          (row) =>
            parts.filter((p) => (value(row, p.k) ?? 0) !== 0).length >= 2,
        );
        if (tested >= 3 && heldEnough(held, tested) && nonTrivial) {
          const added = add(
            `suy-ra.${total.k + 1}`,
            `[${total.c.name}] = ${parts.map((p) => `[${p.c.name}]`).join(" + ")}`,
            `${total.c.header} = ${parts.map((p) => p.c.header).join(" + ")}`,
            held,
            tested,
          );
          if (added) break;
        }
      }
    }
  // A percentage column: one count column over another, × 100.
  for (const p of table.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.kind === "percent")) {
    let best:
      | {
          a: (typeof counts)[number];
          b: (typeof counts)[number];
          held: number;
          tested: number;
        }
      | undefined;
    for (const a of counts)
      for (const b of counts) {
        if (a.k === b.k) continue;
        let tested = 0;
        let held = 0;
        for (const row of table.rows) {
          const [pc, ac, bc] = [row.cells[p.k], row.cells[a.k], row.cells[b.k]];
          if (
            pc.parsed.value === null ||
            ac.parsed.value === null ||
            !bc.parsed.value
          )
            continue;
          tested++;
          if (ratioHolds(pc, ac, bc)) held++;
        }
        if (
          tested >= 3 &&
          heldEnough(held, tested) &&
          (!best || held > best.held)
        )
          best = { a, b, held, tested };
      }
    if (best)
      add(
        `suy-ra.${p.k + 1}`,
        `[${p.c.name}] = [${best.a.c.name}] / [${best.b.c.name}] * 100`,
        `${p.c.header} = ${best.a.c.header} / ${best.b.c.header} × 100`,
        best.held,
        best.tested,
      );
  }
  return out;
}

/** A percentage row that is one row of counts over another, in each column of figures. */
export interface RowRatio {
  result: CheckRow;
  numerator: CheckRow;
  denominator: CheckRow;
  held: number;
  tested: number;
  description: { vi: string; en: string };
}

/** In a table whose rows are variables: each row of percentages as a ratio of two rows of counts. */
export function inferRowRatios(table: CheckTable): RowRatio[] {
  if (table.variables !== "rows") return [];
  const figures = table.columns
    .map((c, k) => (c.role === "value" ? k : -1))
    .filter((k) => k >= 0);
  const counts = table.rows.filter((r) => r.kind === "count");
  const out: RowRatio[] = [];
  for (const p of table.rows.filter((r) => r.kind === "percent")) {
    let best: Omit<RowRatio, "description"> | undefined;
    for (const a of counts)
      for (const b of counts) {
        if (a === b) continue;
        let tested = 0;
        let held = 0;
        for (const k of figures) {
          if (
            p.cells[k].parsed.value === null ||
            a.cells[k].parsed.value === null ||
            !b.cells[k].parsed.value
          )
            continue;
          tested++;
          if (ratioHolds(p.cells[k], a.cells[k], b.cells[k])) held++;
        }
        if (heldEnough(held, tested) && (!best || held > best.held))
          best = { result: p, numerator: a, denominator: b, held, tested };
      }
    if (best)
      out.push({
        ...best,
        description: {
          vi: `Suy ra từ bảng (đúng ở ${best.held}/${best.tested} cột): “${p.label}” = “${best.numerator.label}” / “${best.denominator.label}” × 100`,
          en: `Inferred from the table (holds in ${best.held}/${best.tested} columns): “${p.label}” = “${best.numerator.label}” / “${best.denominator.label}” × 100`,
        },
      });
  }
  return out;
}

/** A row ratio checked in every column of figures; its constraints go to the localiser. */
export function checkRowRatio(
  table: CheckTable,
  ratio: RowRatio,
  id: string,
): TableCheckOutput {
  const out: TableCheckOutput = {
    findings: [],
    constraints: [],
    failingRows: [],
  };
  table.columns.forEach((col, k) => {
    if (col.role !== "value") return;
    const [p, a, b] = [
      ratio.result.cells[k],
      ratio.numerator.cells[k],
      ratio.denominator.cells[k],
    ];
    if (p.parsed.value === null || a.parsed.value === null || !b.parsed.value)
      return;
    const holds = ratioHolds(p, a, b);
    const exact = (100 * a.parsed.value) / b.parsed.value;
    const d = p.parsed.decimals;
    let finding: Finding | undefined;
    if (!holds) {
      finding = {
        ruleId: id,
        severity: "warning",
        where: p.where,
        message: {
          vi: `Cột “${col.header}”: “${ratio.result.label}” ghi ${p.text}, nhưng ${fmt(a.parsed.value)} / ${fmt(b.parsed.value)} × 100 = ${fmt(roundTo(exact, d), d)}`,
          en: `Column “${col.header}”: “${ratio.result.label}” says ${p.text}, but ${fmt(a.parsed.value)} / ${fmt(b.parsed.value)} × 100 = ${fmt(roundTo(exact, d), d)}`,
        },
        expected: roundTo(exact, d),
        actual: p.parsed.value,
        inferred: true,
      };
      out.findings.push(finding);
      if (!out.failingRows.includes(ratio.result))
        out.failingRows.push(ratio.result);
    }
    out.constraints.push({
      kind: "ratio",
      ruleId: id,
      result: { cell: p, key: cellKey(p) },
      numerator: { cell: a, key: cellKey(a) },
      denominator: { cell: b, key: cellKey(b) },
      scale: 100,
      tolerance: 0.5 * 10 ** -d + 1e-9,
      holds,
      finding,
    });
  });
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
