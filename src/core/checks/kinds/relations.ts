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

/** At most this many lookups of a column by the figures another pair of columns gives. */
export const RELATION_BUDGET = 2_000_000;
/** Parts of a three-part sum are looked for this many columns either side of its total. */
const NEAR = 12;

/** Relations found, and whether the search stopped at its budget before trying every column. */
export interface Inferred {
  relations: {
    rule: AnyRule & { kind: "expression"; expression: string };
    parsed: ParsedRule;
  }[];
  /** The lookups made when the budget ran out; undefined when the search was complete. */
  stoppedAfter?: number;
}

/**
 * Relations a table without a template most likely means, from its figures: a count column that
 * is the sum of two or three others, a percentage column that is one count column over another,
 * in (nearly) every row. Returned as expression rules marked inferred.
 *
 * Candidates come from cheap evidence, never from every subset of columns: on a few probe rows,
 * the part a sum still needs (total − a, total − a − b) or the count a percentage gives (p × b /
 * 100) is looked up among the columns by its figures. Three probes of three rows each, so that a
 * relation broken in a row or two is still found; each candidate is then tried on every row.
 * The lookups have a budget: a table too wide for it is searched in part, and that is said.
 */
export function inferRelations(table: CheckTable): Inferred {
  if (table.variables === "rows" || table.rows.length < 3)
    return { relations: [] };
  const counts = table.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.kind === "count");
  const value = (row: CheckRow, k: number) => row.cells[k].parsed.value;
  const out: Inferred["relations"] = [];
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
  // Probe rows: three sets of three rows, each with a figure in every count column it uses.
  const probes = probeSets(table.rows);
  const keyOf = (rows: CheckRow[], f: (row: CheckRow) => number | null) => {
    let key = "";
    for (const row of rows) {
      const v = f(row);
      if (v === null || !Number.isFinite(v)) return undefined;
      key += `${Math.round(v * 1e6) / 1e6}|`;
    }
    return key;
  };
  // The count columns by their figures on each probe.
  const byFigures = probes.map((rows) => {
    const map = new Map<string, number[]>();
    for (const { k } of counts) {
      const key = keyOf(rows, (row) => value(row, k));
      if (key !== undefined) map.set(key, [...(map.get(key) ?? []), k]);
    }
    return map;
  });
  let lookups = 0;
  let stopped = false;
  const spend = () => {
    if (++lookups > RELATION_BUDGET) stopped = true;
    return !stopped;
  };
  /** Columns whose figures are f's on some probe. */
  const lookup = (f: (row: CheckRow) => number | null): Set<number> => {
    const found = new Set<number>();
    probes.forEach((rows, i) => {
      if (!spend()) return;
      const key = keyOf(rows, f);
      if (key !== undefined)
        for (const k of byFigures[i].get(key) ?? []) found.add(k);
    });
    return found;
  };
  const score = (total: number, parts: number[]) => {
    let tested = 0;
    let held = 0;
    for (const row of table.rows) {
      const t = value(row, total);
      const ps = parts.map((p) => value(row, p));
      if (t === null || ps.some((x) => x === null)) continue;
      tested++;
      if (ps.reduce<number>((s, x) => s + (x ?? 0), 0) === t) held++;
    }
    return { tested, held };
  };
  const name = (k: number) => table.columns[k].name;
  const header = (k: number) => table.columns[k].header;
  const trySum = (total: number, parts: number[]) => {
    const { tested, held } = score(total, parts);
    const nonTrivial = table.rows.some(
      (row) => parts.filter((p) => (value(row, p) ?? 0) !== 0).length >= 2,
    );
    return (
      tested >= 3 &&
      heldEnough(held, tested) &&
      nonTrivial &&
      add(
        `suy-ra.${total + 1}`,
        `[${name(total)}] = ${parts.map((p) => `[${name(p)}]`).join(" + ")}`,
        `${header(total)} = ${parts.map(header).join(" + ")}`,
        held,
        tested,
      )
    );
  };
  if (counts.length >= 3)
    totals: for (const { k: total } of counts) {
      // Two parts: the other part is total − a, looked up.
      for (const { k: a } of counts) {
        if (a === total || stopped) continue;
        for (const b of lookup((row) =>
          minus(value(row, total), value(row, a)),
        ))
          if (b > a && b !== total && trySum(total, [a, b])) continue totals;
      }
      // Three parts, near the total: the third is total − a − b, looked up.
      const near = counts.filter(
        ({ k }) => k !== total && Math.abs(k - total) <= NEAR,
      );
      for (const { k: a } of near)
        for (const { k: b } of near) {
          if (b <= a || stopped) continue;
          for (const c of lookup((row) =>
            minus(minus(value(row, total), value(row, a)), value(row, b)),
          ))
            if (c > b && c !== total && trySum(total, [a, b, c]))
              continue totals;
        }
    }
  // A percentage column: one count column over another, × 100; the count p × b / 100 looked up.
  for (const p of table.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.kind === "percent")) {
    let best:
      { a: number; b: number; held: number; tested: number } | undefined;
    for (const { k: b } of counts) {
      if (stopped) break;
      for (const a of lookup((row) => {
        const [pv, bv] = [value(row, p.k), value(row, b)];
        return pv === null || bv === null ? null : Math.round((pv * bv) / 100);
      })) {
        if (a === b) continue;
        let tested = 0;
        let held = 0;
        for (const row of table.rows) {
          const [pc, ac, bc] = [row.cells[p.k], row.cells[a], row.cells[b]];
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
    }
    if (best)
      add(
        `suy-ra.${p.k + 1}`,
        `[${p.c.name}] = [${name(best.a)}] / [${name(best.b)}] * 100`,
        `${p.c.header} = ${header(best.a)} / ${header(best.b)} × 100`,
        best.held,
        best.tested,
      );
  }
  return stopped
    ? { relations: out, stoppedAfter: RELATION_BUDGET }
    : { relations: out };
}

const minus = (x: number | null, y: number | null) =>
  x === null || y === null ? null : x - y;

/** Three sets of three rows each, spread over the table (fewer when the table is short). */
function probeSets(rows: CheckRow[]): CheckRow[][] {
  const n = rows.length;
  const sets: CheckRow[][] = [];
  for (let s = 0; s < 3; s++) {
    const set: CheckRow[] = [];
    for (let j = 0; j < 3; j++) {
      const i = Math.floor(((s + 3 * j) * n) / 9);
      if (i < n) set.push(rows[i]);
    }
    if (set.length === 3) sets.push(set);
  }
  return sets;
}
