/**
 * The floors the benchmark measures the engine against: the same outputs computed by the plain
 * typed-array code one would write by hand for this one case — no methodology to interpret, no
 * issues reported, no messages, no localisation; ranks by Float64Array sort and bisection.
 * Only for `npm run bench`; never used by the product.
 */

/** Competition ranks (1-based, 0 for NaN) of values rounded to `decimals`, higher first. */
export function plainRanks(values: Float64Array, decimals: number | null): Int32Array {
  const n = values.length;
  const f = decimals === null ? 1 : 10 ** decimals;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = decimals === null ? -values[i] : -Math.round(values[i] * f);
  const sorted = keys.slice().sort();
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k !== k) continue;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo + 1;
  }
  return ranks;
}

export interface PlainCriterion {
  type: "ratio" | "relative-to-best" | "yes-no" | "count-capped" | "tiers" | "min-max";
  values: Float64Array;
  maxPoints: number;
  scale?: number;
  pointsPerItem?: number;
  tiers?: { atLeast: number; points: number }[];
}

/** Group indices (earned / maximum, 3 decimals), their ranks, the equal-weight overall and its ranks. */
export function plainScore(groups: PlainCriterion[][], n: number) {
  const indices: Float64Array[] = [];
  const ranks: Int32Array[] = [];
  for (const criteria of groups) {
    const earned = new Float64Array(n);
    let most = 0;
    for (const c of criteria) {
      const v = c.values;
      const m = c.maxPoints;
      most += m;
      let lo = Infinity;
      let hi = -Infinity;
      if (c.type === "relative-to-best" || c.type === "min-max")
        for (let i = 0; i < n; i++) {
          if (v[i] < lo) lo = v[i];
          if (v[i] > hi) hi = v[i];
        }
      // One loop per rule type, as one would write it by hand.
      const add = (i: number, p: number) => (earned[i] += p < 0 ? 0 : p > m ? m : p);
      switch (c.type) {
        case "ratio":
          for (let i = 0; i < n; i++) if (v[i] === v[i]) add(i, (v[i] / c.scale!) * m);
          break;
        case "relative-to-best":
          for (let i = 0; i < n; i++) if (v[i] === v[i]) add(i, hi > 0 ? (v[i] / hi) * m : 0);
          break;
        case "yes-no":
          for (let i = 0; i < n; i++) if (v[i] === v[i] && v[i] !== 0) earned[i] += m;
          break;
        case "count-capped":
          for (let i = 0; i < n; i++) if (v[i] === v[i]) add(i, v[i] * c.pointsPerItem!);
          break;
        case "tiers":
          for (let i = 0; i < n; i++) {
            let p = 0;
            for (const t of c.tiers!) if (v[i] >= t.atLeast) p = t.points;
            add(i, p);
          }
          break;
        case "min-max":
          for (let i = 0; i < n; i++) if (v[i] === v[i]) add(i, hi > lo ? ((v[i] - lo) / (hi - lo)) * m : m);
          break;
      }
    }
    const index = new Float64Array(n);
    for (let i = 0; i < n; i++) index[i] = Math.round((earned[i] / most) * 1000) / 1000;
    indices.push(index);
    ranks.push(plainRanks(index, 3));
  }
  const overall = new Float64Array(n);
  for (const index of indices) for (let i = 0; i < n; i++) overall[i] += index[i] / indices.length;
  for (let i = 0; i < n; i++) overall[i] = Math.round(overall[i] * 1000) / 1000;
  return { indices, ranks, overall, overallRanks: plainRanks(overall, 3) };
}

/** Failing rows of `a = b + c` and `a <= b + k` rules over columns. */
export function plainChecks(
  columns: Float64Array[],
  rules: ({ kind: "sum"; a: number; b: number; c: number } | { kind: "at-most"; a: number; b: number; k: number })[],
): number {
  let failing = 0;
  const n = columns[0].length;
  for (const r of rules) {
    const a = columns[r.a];
    const b = columns[r.b];
    if (r.kind === "sum") {
      const c = columns[r.c];
      for (let i = 0; i < n; i++) if (Math.abs(a[i] - (b[i] + c[i])) > 1e-9) failing++;
    } else for (let i = 0; i < n; i++) if (!(a[i] <= b[i] + r.k)) failing++;
  }
  return failing;
}

/** Draws of weights × factor in [1 − s, 1 + s], the weighted mean of the group indices, its ranks; then each unit's 5th, 50th, 95th percentile. */
export function plainUncertainty(indices: Float64Array[], draws: number, spread: number, random: () => number) {
  const n = indices[0].length;
  const g = indices.length;
  const ranks = new Int32Array(draws * n);
  const overall = new Float64Array(n);
  const w = new Float64Array(g);
  for (let d = 0; d < draws; d++) {
    let total = 0;
    for (let k = 0; k < g; k++) total += w[k] = 1 - spread + 2 * spread * random();
    overall.fill(0);
    for (let k = 0; k < g; k++) {
      const x = indices[k];
      const wk = w[k] / total;
      for (let i = 0; i < n; i++) overall[i] += wk * x[i];
    }
    ranks.set(plainRanks(overall, 3), d * n);
  }
  const column = new Int32Array(draws);
  const out = new Int32Array(3 * n);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < draws; d++) column[d] = ranks[d * n + i];
    column.sort();
    out[3 * i] = column[Math.ceil(0.05 * draws) - 1];
    out[3 * i + 1] = column[Math.ceil(0.5 * draws) - 1];
    out[3 * i + 2] = column[Math.ceil(0.95 * draws) - 1];
  }
  return out;
}

/**
 * A composite's weights by least squares over `parts` columns (normal equations, Gaussian
 * elimination, no sign constraint: the generated weights are positive), and the rows that do not
 * fit within `tolerance`: what `tong-hop` infers, for one known shape.
 */
export function plainWeightFit(columns: Float64Array[], composite: Float64Array, tolerance: number): { weights: Float64Array; misfits: number } {
  const p = columns.length;
  const n = composite.length;
  const a = new Float64Array(p * (p + 1));
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let s = 0;
      for (let r = 0; r < n; r++) s += columns[i][r] * columns[j][r];
      a[i * (p + 1) + j] = s;
      a[j * (p + 1) + i] = s;
    }
    let s = 0;
    for (let r = 0; r < n; r++) s += columns[i][r] * composite[r];
    a[i * (p + 1) + p] = s;
  }
  for (let c = 0; c < p; c++)
    for (let r = c + 1; r < p; r++) {
      const f = a[r * (p + 1) + c] / a[c * (p + 1) + c];
      for (let k = c; k <= p; k++) a[r * (p + 1) + k] -= f * a[c * (p + 1) + k];
    }
  const weights = new Float64Array(p);
  for (let r = p - 1; r >= 0; r--) {
    let s = a[r * (p + 1) + p];
    for (let k = r + 1; k < p; k++) s -= a[r * (p + 1) + k] * weights[k];
    weights[r] = s / a[r * (p + 1) + r];
  }
  let misfits = 0;
  for (let r = 0; r < n; r++) {
    let v = 0;
    for (let i = 0; i < p; i++) v += weights[i] * columns[i][r];
    if (Math.abs(v - composite[r]) > tolerance) misfits++;
  }
  return { weights, misfits };
}
