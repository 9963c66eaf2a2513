/**
 * Points of one criterion for every agency of a block, by its scoring rule. Rules that compare
 * with the block (relative to best, min-max, z-score) look at the whole column once.
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
  const { rule, maxPoints } = criterion;
  const lower = criterion.direction === "lower";
  const stats =
    rule.type === "relative-to-best" ||
    rule.type === "min-max" ||
    rule.type === "z-score"
      ? columnStats(raw, n)
      : undefined;

  for (let i = 0; i < n; i++) {
    const v = raw[i];
    if (Number.isNaN(v)) {
      out[i] = NaN;
      continue;
    }
    let share: number; // fraction of maxPoints earned, before clamping
    switch (rule.type) {
      case "ratio":
        share = lower ? 1 - v / rule.scale : v / rule.scale;
        break;
      case "relative-to-best": {
        const best = lower ? stats!.min : stats!.max;
        share = lower ? (v > 0 ? best / v : 1) : best > 0 ? v / best : 0;
        break;
      }
      case "yes-no":
        share = (v !== 0) !== lower ? 1 : 0;
        break;
      case "count-capped":
        share = (v * rule.pointsPerItem) / maxPoints;
        break;
      case "tiers": {
        let points = 0;
        for (const tier of rule.tiers)
          if (v >= tier.atLeast) points = tier.points;
        share = points / maxPoints;
        break;
      }
      case "min-max": {
        const range = stats!.max - stats!.min;
        const t = range > 0 ? (v - stats!.min) / range : 1;
        share = lower ? 1 - t : t;
        break;
      }
      case "z-score": {
        // Unbounded on purpose: the group rescales by min-max afterwards.
        const z = stats!.sd > 0 ? (v - stats!.mean) / stats!.sd : 0;
        out[i] = (lower ? -z : z) * maxPoints;
        continue;
      }
    }
    out[i] = Math.min(1, Math.max(0, share)) * maxPoints;
  }
  return out;
}

function columnStats(raw: ArrayLike<number>, n: number) {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    count++;
  }
  const mean = count ? sum / count : 0;
  let ss = 0;
  for (let i = 0; i < n; i++)
    if (!Number.isNaN(raw[i])) ss += (raw[i] - mean) ** 2;
  return { min, max, mean, sd: count ? Math.sqrt(ss / count) : 0 };
}
