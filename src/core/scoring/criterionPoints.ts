/**
 * Points of one criterion for every agency of a block, by its scoring rule. Rules that compare
 * with the block (relative to best, min-max, z-score) look at the whole column once. The rule
 * is chosen once per criterion, and each rule is its own loop over the column.
 * NaN in, NaN out: the caller decides what a missing value is worth.
 */
import type { Criterion, ScoringRule } from "../methodology/methodologySchema";

type ScoredCriterion = Criterion & { rule: ScoringRule };

export function criterionPoints(
  criterion: ScoredCriterion,
  raw: ArrayLike<number> | undefined,
  n: number,
): Float64Array {
  const out = new Float64Array(n);
  if (!raw) return out.fill(NaN);
  const { rule, maxPoints: most } = criterion;
  const lower = criterion.direction === "lower";
  // Each rule is its own monomorphic loop: share of the maximum, clamped, × the maximum.
  // `v !== v` is NaN, which every comparison below lets through as NaN.
  switch (rule.type) {
    case "ratio": {
      const k = rule.scale;
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        const s = lower ? 1 - v / k : v / k;
        out[i] = s < 0 ? 0 : s > 1 ? most : s * most;
      }
      return out;
    }
    case "relative-to-best": {
      const { min, max } = columnRange(raw, n);
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        const s = lower
          ? v > 0
            ? min / v
            : v !== v
              ? v
              : 1
          : max > 0
            ? v / max
            : v !== v
              ? v
              : 0;
        out[i] = s < 0 ? 0 : s > 1 ? most : s * most;
      }
      return out;
    }
    case "yes-no":
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        out[i] = v !== v ? NaN : (v !== 0) !== lower ? most : 0;
      }
      return out;
    case "count-capped": {
      const k = rule.pointsPerItem;
      for (let i = 0; i < n; i++) {
        const p = raw[i] * k;
        out[i] = p < 0 ? 0 : p > most ? most : p;
      }
      return out;
    }
    case "tiers": {
      const at = Float64Array.from(rule.tiers, (t) => t.atLeast);
      const points = Float64Array.from(rule.tiers, (t) =>
        Math.min(t.points, most),
      );
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        let p = v !== v ? NaN : 0;
        for (let t = 0; t < at.length; t++) if (v >= at[t]) p = points[t];
        out[i] = p;
      }
      return out;
    }
    case "min-max": {
      const { min, max } = columnRange(raw, n);
      const range = max - min;
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        const t = range > 0 ? (v - min) / range : v !== v ? v : 1;
        const s = lower ? 1 - t : t;
        out[i] = s < 0 ? 0 : s > 1 ? most : s * most;
      }
      return out;
    }
    case "z-score": {
      // Unbounded on purpose: the group rescales by min-max afterwards.
      const { mean, sd } = columnMoments(raw, n);
      const k = sd > 0 ? (lower ? -most : most) / sd : 0;
      for (let i = 0; i < n; i++) {
        const v = raw[i];
        out[i] = v !== v ? v : (v - mean) * k;
      }
      return out;
    }
  }
}

function columnRange(raw: ArrayLike<number>, n: number) {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    if (v < min) min = v; // NaN compares false: skipped
    if (v > max) max = v;
  }
  return { min, max };
}

function columnMoments(raw: ArrayLike<number>, n: number) {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    if (v !== v) continue;
    sum += v;
    count++;
  }
  const mean = count ? sum / count : 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = raw[i] - mean;
    if (d === d) ss += d * d;
  }
  return { mean, sd: count ? Math.sqrt(ss / count) : 0 };
}
