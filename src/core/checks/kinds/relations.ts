/**
 * Relations a table without declared rules most likely means, from its figures: a count column
 * that is the sum of two or three others, a percentage column that is one count column over
 * another, in (nearly) every row. Returned as expression rules marked inferred; said as such.
 */
import { CheckCell, CheckRow, CheckTable } from "../checkTable";
import { lastDigitOf } from "../lastDigit";
import { parseRuleExpression, ParsedRule } from "../ruleExpression";
import type { AnyRule } from "./kind";

/** A relation holds in enough of the places it can be tested to be taken as meant. */
export const heldEnough = (held: number, tested: number) =>
  tested >= 2 && held >= Math.max(2, Math.ceil(0.75 * tested));

/** 100 × a / b shown with the decimals of p. */
export function ratioHolds(p: CheckCell, a: CheckCell, b: CheckCell): boolean {
  const [pv, av, bv] = [p.parsed.value, a.parsed.value, b.parsed.value];
  if (pv === null || av === null || bv === null || bv === 0) return false;
  return (
    Math.abs((100 * av) / bv - pv) <= 0.5 * 10 ** -p.parsed.decimals + 1e-9
  );
}

/** 100 × a / b as printed in p, or one unit off in its last digit (see lastDigit.ts). */
export function ratioFits(p: CheckCell, a: CheckCell, b: CheckCell): boolean {
  if (ratioHolds(p, a, b)) return true;
  const [pv, av, bv] = [p.parsed.value, a.parsed.value, b.parsed.value];
  if (pv === null || av === null || !bv) return false;
  return lastDigitOf(pv, (100 * av) / bv, p.parsed.decimals) !== undefined;
}

/**
 * Relations a table without a template most likely means, from its figures: a count column that
 * is the sum of two or three others, a percentage column that is one count column over another,
 * in (nearly) every row. Returned as expression rules marked inferred.
 */
export function inferRelations(table: CheckTable): {
  rule: AnyRule & { kind: "expression"; expression: string };
  parsed: ParsedRule;
}[] {
  if (table.variables === "rows" || table.rows.length < 3) return [];
  const counts = table.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.kind === "count");
  const value = (row: CheckRow, k: number) => row.cells[k].parsed.value;
  const out: {
    rule: AnyRule & { kind: "expression"; expression: string };
    parsed: ParsedRule;
  }[] = [];
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
          if (ratioFits(pc, ac, bc)) held++;
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
