/**
 * A composite against its parts, as numbers: the value the parts give (a weighted sum, or a
 * weighted geometric mean), whether a printed composite matches it at the printed precision, and
 * the weights a table's rows imply (non-negative least squares, ml-fcnnls), rounded to the
 * simplest fractions that still fit. No table or cell here: `kinds/composite.ts` uses it.
 */
import { fcnnlsVector } from "ml-fcnnls";

/** linear: Σ wᵢ·pᵢ (a sum, a mean, a weighted mean or points); geometric: Π pᵢ^wᵢ, Σ wᵢ = 1. */
export type Form = "linear" | "geometric";

/** One row: the composite and its parts as printed (value and decimals). */
export interface FitRow {
  composite: number;
  compositeDecimals: number;
  parts: number[];
  partDecimals: number[];
}

export function aggregate(
  form: Form,
  weights: number[],
  parts: number[],
): number {
  if (form === "geometric") {
    let log = 0;
    for (let i = 0; i < parts.length; i++)
      if (weights[i]) log += weights[i] * Math.log(parts[i]);
    return Math.exp(log);
  }
  let s = 0;
  for (let i = 0; i < parts.length; i++) s += weights[i] * parts[i];
  return s;
}

// Half a unit of the last printed digit, looked up: a power per cell is most of a fit's time.
const HALVES = Array.from({ length: 21 }, (_, d) => 0.5 * 10 ** -d);
const half = (decimals: number) => HALVES[decimals] ?? 0.5 * 10 ** -decimals;

/**
 * How far the printed composite may be from what the printed parts give: half a unit of its own
 * last digit, plus what rounding each part can carry through its weight.
 */
export function tolerance(
  form: Form,
  weights: number[],
  row: FitRow,
  given = aggregate(form, weights, row.parts),
): number {
  let carried = 0;
  for (let i = 0; i < row.parts.length; i++) {
    if (!weights[i]) continue;
    const h = half(row.partDecimals[i]);
    carried +=
      form === "geometric"
        ? (Math.abs(given * weights[i]) * h) /
          Math.max(Math.abs(row.parts[i]) - h, 1e-12)
        : Math.abs(weights[i]) * h;
  }
  return (
    half(row.compositeDecimals) +
    carried +
    1e-9 * Math.max(1, Math.abs(row.composite))
  );
}

export const fits = (form: Form, weights: number[], row: FitRow): boolean => {
  const given = aggregate(form, weights, row.parts);
  return (
    Math.abs(given - row.composite) <= tolerance(form, weights, row, given)
  );
};

/** Rows (by position) that do not fit; with `upTo`, the search stops once there are more. */
export function misfits(
  form: Form,
  weights: number[],
  rows: FitRow[],
  upTo = Infinity,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length && out.length <= upTo; i++)
    if (!fits(form, weights, rows[i])) out.push(i);
  return out;
}

export interface Fitted {
  form: Form;
  weights: number[];
  /** Rows that do not fit (at most `MAX_MISFITS`). */
  misfits: number[];
  /** sum, mean: every weight 1 or 1/n; weighted-mean: Σ w = 1; weighted-sum: points or other weights. */
  shape:
    | "sum"
    | "mean"
    | "weighted-mean"
    | "weighted-sum"
    | "geometric-mean"
    | "weighted-geometric-mean";
}

/** A relation is taken as meant only when every row but at most two fits. */
export const MAX_MISFITS = 2;

/**
 * The simplest relation the rows show: the sum, then the mean, then a weighted sum with unknown
 * non-negative weights, then a weighted geometric mean. Undefined when none fits every row but
 * two, with at least three rows more than the parts it weighs.
 */
export function inferComposite(rows: FitRow[]): Fitted | undefined {
  const n = rows[0]?.parts.length ?? 0;
  if (n < 2 || rows.length < n + 3) return undefined;
  // A composite that does not vary says nothing about its weights.
  if (rows.every((r) => r.composite === rows[0].composite)) return undefined;
  const ones = Array(n).fill(1);
  for (const [shape, weights] of [
    ["sum", ones],
    ["mean", ones.map(() => 1 / n)],
  ] as const) {
    const bad = misfits("linear", weights, rows, MAX_MISFITS);
    if (bad.length <= MAX_MISFITS)
      return { form: "linear", weights: [...weights], misfits: bad, shape };
  }
  const linear = sampledFit("linear", rows);
  if (linear) return linear;
  if (rows.every((r) => r.composite > 0 && r.parts.every((p) => p > 0)))
    return sampledFit("geometric", rows);
  return undefined;
}

/** Rows a long table is first fitted on: cheap evidence before every row is solved for. */
const SAMPLE = 200;

/**
 * A long table is fitted first on an even sample of its rows: a relation that does not hold there
 * does not hold in the table (every row but two must fit), so most tables are refused at the
 * cost of a small system. One that holds is then fitted on every row.
 */
function sampledFit(form: Form, rows: FitRow[]): Fitted | undefined {
  if (rows.length > SAMPLE) {
    const step = rows.length / SAMPLE;
    const sample = Array.from(
      { length: SAMPLE },
      (_, i) => rows[Math.floor(i * step)],
    );
    if (!robustFit(form, sample)) return undefined;
  }
  return robustFit(form, rows);
}

/** Non-negative least squares on the rows kept; a row that does not fit is set aside and the fit redone, at most twice. */
function robustFit(form: Form, rows: FitRow[]): Fitted | undefined {
  const n = rows[0].parts.length;
  let kept = rows.map((_, i) => i);
  for (let round = 0; round <= MAX_MISFITS; round++) {
    const weights = solve(
      form,
      kept.map((i) => rows[i]),
    );
    if (!weights) return undefined;
    const used = weights.filter((w) => w > 0).length;
    const bad = misfits(form, weights, rows);
    if (
      bad.length <= MAX_MISFITS &&
      used >= 2 &&
      rows.length - bad.length >= used + 3
    ) {
      const simple = simplest(form, weights, rows, bad);
      // The rows that do not fit the weights reported (rounding them may fit a row again).
      return {
        form,
        weights: simple,
        misfits: misfits(form, simple, rows),
        shape: shapeOf(form, simple, n),
      };
    }
    // Set aside the kept row furthest from the fit, relative to what it may be off by.
    const candidates = bad.filter((i) => kept.includes(i));
    if (candidates.length === 0) return undefined;
    const worst = candidates.reduce((a, b) =>
      offBy(form, weights, rows[b]) > offBy(form, weights, rows[a]) ? b : a,
    );
    kept = kept.filter((i) => i !== worst);
    if (kept.length < n + 3) return undefined;
  }
  return undefined;
}

const offBy = (form: Form, weights: number[], row: FitRow) =>
  Math.abs(aggregate(form, weights, row.parts) - row.composite) /
  tolerance(form, weights, row);

function solve(form: Form, rows: FitRow[]): number[] | undefined {
  const X = rows.map((r) =>
    form === "geometric" ? r.parts.map(Math.log) : r.parts,
  );
  const y = rows.map((r) =>
    form === "geometric" ? Math.log(r.composite) : r.composite,
  );
  try {
    const k = fcnnlsVector(X, y).K.to1DArray();
    return k.every(Number.isFinite) ? k.map((w) => Math.max(0, w)) : undefined;
  } catch {
    return undefined; // a singular system: no relation
  }
}

/**
 * The weights rounded to the simplest fractions that fit every row that fitted before: the
 * smallest denominator q (of the weights' power of ten) that does — 0,1 ×5, 0,2 and 0,15 ×2
 * rather than 0,09998…, a third rather than 0,3333. The fitted weights rounded to four significant
 * digits when none does.
 */
const DENOMINATORS = [
  ...Array.from({ length: 20 }, (_, i) => i + 1),
  25,
  40,
  50,
  100,
  200,
  400,
  500,
  1000,
  10000,
];
function simplest(
  form: Form,
  weights: number[],
  rows: FitRow[],
  allowed: number[],
): number[] {
  const base = 10 ** Math.ceil(Math.log10(Math.max(...weights)));
  const okWith = (w: number[]) =>
    misfits(form, w, rows, allowed.length).every((i) => allowed.includes(i));
  const max = Math.max(...weights);
  for (const q of DENOMINATORS) {
    const w = weights.map((x) => (Math.round((x / base) * q) / q) * base);
    // Weights moved by more than 5 % of the largest cannot fit what fitted: not tried on the rows.
    if (w.some((x, i) => Math.abs(x - weights[i]) > 0.05 * max)) continue;
    if (w.filter((x) => x > 0).length >= 2 && okWith(w))
      return w.map((x) => Number(x.toPrecision(12)));
  }
  const four = weights.map((x) => Number(x.toPrecision(4)));
  return okWith(four) ? four : weights;
}

function shapeOf(form: Form, w: number[], n: number): Fitted["shape"] {
  const used = w.filter((x) => x > 0);
  const equal = used.every((x) => Math.abs(x - used[0]) < 1e-9);
  const total = used.reduce((a, b) => a + b, 0);
  if (form === "geometric")
    return equal && used.length === n
      ? "geometric-mean"
      : "weighted-geometric-mean";
  if (equal && used.length === n && Math.abs(used[0] - 1) < 1e-9) return "sum";
  if (equal && used.length === n && Math.abs(used[0] * n - 1) < 1e-9)
    return "mean";
  return Math.abs(total - 1) < 1e-6 ? "weighted-mean" : "weighted-sum";
}
