/**
 * Which cell is most likely wrong. A Fellegi–Holt style search for the smallest change that
 * makes every rule hold, restricted to one cell: for each cell of a failing linear rule, the
 * value that satisfies every rule it takes part in (failing or not). A cell that alone explains
 * the failures, or explains two rules at once, is the suggestion; between equally good cells, a
 * single mistyped digit or two swapped adjacent digits decides. Never changes the data.
 */
import { formatVietnameseNumber } from "../numbers/formatVietnameseNumber";
import type { CheckCell } from "./checkTable";
import type { Suggestion } from "./finding";
import { Constraint, constraintCells, RatioConstraint } from "./constraint";

interface Candidate {
  cell: CheckCell;
  value: number;
  explains: Constraint[];
  typo?: "digit-typo" | "transposition";
}

/** Attaches a suggestion to the findings of failing constraints, where the search finds one. */
export function localise(constraints: Constraint[]): void {
  const byCell = new Map<string, Constraint[]>();
  for (const c of constraints) {
    for (const t of constraintCells(c)) {
      const list = byCell.get(t.key);
      if (list) list.push(c);
      else byCell.set(t.key, [c]);
    }
  }

  const failing = constraints.filter((c) => !c.holds);
  for (const component of components(failing)) {
    const keys = [
      ...new Set(
        component.flatMap((c) => constraintCells(c).map((t) => t.key)),
      ),
    ];
    const candidates: Candidate[] = [];
    for (const key of keys) {
      const involved = byCell.get(key)!;
      const cell = constraintCells(involved[0]).find(
        (t) => t.key === key,
      )!.cell;
      const solved = solveFor(key, involved);
      if (solved === undefined) continue;
      const explains = involved.filter((c) => !c.holds);
      // Where rounding leaves a range of values, the one a mistyped digit explains, if one does.
      const near = typoOf(cell, solved)
        ? undefined
        : typoWithin(cell, key, involved);
      const value = near ?? solved;
      candidates.push({ cell, value, explains, typo: typoOf(cell, value) });
    }
    if (candidates.length === 0) continue;
    const most = Math.max(...candidates.map((c) => c.explains.length));
    let best = candidates.filter((c) => c.explains.length === most);
    if (best.length > 1) {
      const typos = best.filter((c) => c.typo);
      if (typos.length !== 1) continue; // several cells explain it equally: no single suggestion
      best = typos;
    }
    const chosen = best[0];
    const suggestion = toSuggestion(chosen, component.length);
    for (const c of chosen.explains)
      if (c.finding && !c.finding.suggestion) c.finding.suggestion = suggestion;
  }
}

/** The one value of `key` that makes every constraint it is in hold, if there is one. */
function solveFor(key: string, involved: Constraint[]): number | undefined {
  const cell = constraintCells(involved[0]).find((t) => t.key === key)!.cell;
  const whole =
    cell.parsed.decimals === 0 && Number.isInteger(cell.parsed.value);
  let value: number | undefined;
  for (const c of involved) {
    if (c.kind === "ratio" || c.op !== "=") continue;
    const coef = c.terms
      .filter((t) => t.key === key)
      .reduce((s, t) => s + t.coef, 0);
    if (coef === 0) continue;
    const rest = c.terms
      .filter((t) => t.key !== key)
      .reduce((s, t) => s + t.coef * t.cell.parsed.value!, c.constant);
    const v = -rest / coef;
    if (value === undefined) value = v;
    else if (Math.abs(v - value) > Math.max(c.tolerance, 1e-9))
      return undefined; // two rules want different values
  }
  // Only ratios involve the cell: the value they allow, if only one fits.
  if (value === undefined)
    for (const c of involved)
      if (
        c.kind === "ratio" &&
        (value = solveRatio(c, key, whole)) !== undefined
      )
        break;
  if (value === undefined) return undefined;
  if (whole) {
    // A whole number stays whole, and a count cannot go below zero.
    if (
      Math.abs(value - Math.round(value)) > 1e-9 ||
      (value < 0 && cell.parsed.value! >= 0)
    )
      return undefined;
    value = Math.round(value);
  } else {
    // Written with the cell's decimals when that still holds (a composite's rounding leaves room).
    const rounded = roundDecimals(value, cell.parsed.decimals);
    if (
      involved.every((c) => c.kind === "ratio") ||
      involved.every((c) => holdsWith(c, key, rounded))
    )
      value = rounded;
  }
  for (const c of involved) if (!holdsWith(c, key, value)) return undefined;
  return value === cell.parsed.value ? undefined : value;
}

const roundDecimals = (v: number, d: number) =>
  Math.round(v * 10 ** d) / 10 ** d;

/** Whether a constraint holds when the cell `key` takes `value`. */
function holdsWith(c: Constraint, key: string, value: number): boolean {
  const v = (t: { key: string; cell: CheckCell }) =>
    t.key === key ? value : t.cell.parsed.value!;
  if (c.kind === "ratio") {
    const den = v(c.denominator);
    if (den === 0) return false;
    return (
      Math.abs((c.scale * v(c.numerator)) / den - v(c.result)) <= c.tolerance
    );
  }
  const total = c.terms.reduce((s, t) => s + t.coef * v(t), c.constant);
  return c.op === "="
    ? Math.abs(total) <= Math.max(c.tolerance, 1e-9)
    : total <= c.tolerance + 1e-9;
}

/** The value of one cell of a ratio that makes it hold: unique for a whole-number part. */
function solveRatio(
  c: RatioConstraint,
  key: string,
  whole: boolean,
): number | undefined {
  const [p, a, b] = [c.result, c.numerator, c.denominator].map(
    (t) => t.cell.parsed.value!,
  );
  if (key === c.result.key) return b === 0 ? undefined : (c.scale * a) / b;
  // The part: the interval the shown percentage allows must hold exactly one whole number.
  const interval =
    key === c.numerator.key
      ? [((p - c.tolerance) * b) / c.scale, ((p + c.tolerance) * b) / c.scale]
      : p - c.tolerance <= 0
        ? undefined
        : [
            (c.scale * a) / (p + c.tolerance),
            (c.scale * a) / (p - c.tolerance),
          ];
  if (!interval) return undefined;
  if (!whole) return (interval[0] + interval[1]) / 2;
  const lo = Math.ceil(interval[0] - 1e-9);
  const hi = Math.floor(interval[1] + 1e-9);
  return lo === hi ? lo : undefined;
}

/** Failing constraints that share cells, grouped. */
function components(failing: Constraint[]): Constraint[][] {
  const groups: Constraint[][] = [];
  for (const c of failing) {
    const keys = new Set(constraintCells(c).map((t) => t.key));
    const touching = groups.filter((g) =>
      g.some((x) => constraintCells(x).some((t) => keys.has(t.key))),
    );
    const merged = [c, ...touching.flat()];
    for (const g of touching) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups;
}

/** typoKind on the digits as printed: 0,6594 against 0,6514 compares 6594 with 6514. */
function typoOf(cell: CheckCell, value: number): Candidate["typo"] {
  const scale = 10 ** cell.parsed.decimals;
  const [a, w] = [cell.parsed.value, value].map((v) =>
    v === null ? null : Math.round(v * scale),
  );
  return a !== null && w !== null && Math.abs(value * scale - w) < 1e-6
    ? typoKind(a, w)
    : undefined;
}

/**
 * The one value, of those a single mistyped digit or two swapped digits of the printed figure
 * give, that makes every constraint of the cell hold; undefined when none or several do.
 */
function typoWithin(
  cell: CheckCell,
  key: string,
  involved: Constraint[],
): number | undefined {
  const printed = cell.parsed.value;
  if (printed === null || printed < 0 || cell.parsed.decimals === 0) return;
  const scale = 10 ** cell.parsed.decimals;
  const digits = String(Math.round(printed * scale));
  const variants = new Set<string>();
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++)
      variants.add(digits.slice(0, i) + d + digits.slice(i + 1));
    if (i + 1 < digits.length)
      variants.add(
        digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2),
      );
  }
  variants.delete(digits);
  const fit = [...variants]
    .map((v) => Number(v) / scale)
    .filter((v) => involved.every((c) => holdsWith(c, key, v)));
  return fit.length === 1 ? fit[0] : undefined;
}

/** Same digits but one (a mistyped digit), or two adjacent digits swapped. */
export function typoKind(
  actual: number | null,
  wanted: number,
): Candidate["typo"] {
  if (
    actual === null ||
    !Number.isInteger(actual) ||
    !Number.isInteger(wanted) ||
    actual < 0 ||
    wanted < 0
  )
    return undefined;
  const a = String(actual);
  const w = String(wanted);
  if (a.length !== w.length) return undefined;
  const diff = [...a]
    .map((ch, i) => (ch === w[i] ? -1 : i))
    .filter((i) => i >= 0);
  if (diff.length === 1) return "digit-typo";
  if (
    diff.length === 2 &&
    diff[1] === diff[0] + 1 &&
    a[diff[0]] === w[diff[1]] &&
    a[diff[1]] === w[diff[0]]
  )
    return "transposition";
  return undefined;
}

function toSuggestion(c: Candidate, failures: number): Suggestion {
  const shown = formatVietnameseNumber(c.value, {
    decimals: c.cell.parsed.decimals,
  });
  const where =
    c.cell.where.cell ??
    `dòng ${c.cell.where.line}, cột ${c.cell.where.column}`;
  const whereEn =
    c.cell.where.cell ??
    `line ${c.cell.where.line}, column ${c.cell.where.column}`;
  const both = c.explains.length >= 2;
  const typo =
    c.typo === "digit-typo"
      ? [
          " — chỉ khác một chữ số, có lẽ gõ nhầm",
          " — one digit differs: most likely a typing error",
        ]
      : c.typo === "transposition"
        ? [" — hai chữ số liền nhau bị đảo", " — two adjacent digits swapped"]
        : ["", ""];
  const alone = c.explains.length === failures;
  return {
    where: c.cell.where,
    value: c.value,
    kind: c.typo ?? "single-cell",
    explains: [...new Set(c.explains.map((x) => x.ruleId))],
    reason: {
      vi: `Sửa ô ${where} (“${c.cell.text}”) thành ${shown} thì ${both ? `cả ${c.explains.length} quy tắc đang sai cùng đúng` : alone ? "quy tắc đúng" : "quy tắc này đúng"}${typo[0]}`,
      en: `Changing ${whereEn} (“${c.cell.text}”) to ${shown} makes ${both ? `all ${c.explains.length} failing rules hold at once` : "the rule hold"}${typo[1]}`,
    },
  };
}
