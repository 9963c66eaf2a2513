/**
 * Ranks within a block. Competition ranking (1, 1, 3) is the convention of the published tables
 * and of Excel's RANK.EQ; dense (1, 1, 2) and ordinal (1, 2, 3, ties broken in Vietnamese
 * alphabetical order) are options. A missing value (NaN) gets no rank (0).
 */
import type { TieMethod } from "../methodology/methodologySchema";
import { vietnameseSortKey } from "../text/vietnameseText";

export interface RankOptions {
  ties?: TieMethod;
  /** higher: the largest value ranks first (an index, a count); lower: the smallest (a mean rank). */
  direction?: "higher" | "lower";
  /** Round to this many decimals before comparing: rank on the value as published. */
  decimals?: number | null;
  /** Names, for breaking ordinal ties alphabetically. */
  names?: readonly string[];
}

/** Ranks (1-based; 0 for a missing value), in the order of `values`. */
export function rankValues(
  values: ArrayLike<number>,
  options: RankOptions = {},
): Int32Array {
  const {
    ties = "competition",
    direction = "higher",
    decimals = null,
    names,
  } = options;
  const n = values.length;
  const keys = new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const rounded = decimals === null ? v : roundTo(v, decimals);
    keys[i] = direction === "higher" ? -rounded : rounded;
    order.push(i);
  }
  const sortKeys =
    ties === "ordinal" && names ? names.map(vietnameseSortKey) : undefined;
  order.sort(
    (a, b) =>
      keys[a] - keys[b] ||
      (sortKeys
        ? sortKeys[a] < sortKeys[b]
          ? -1
          : sortKeys[a] > sortKeys[b]
            ? 1
            : 0
        : 0) ||
      a - b,
  );

  const ranks = new Int32Array(n);
  let dense = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const tiedWithPrevious = k > 0 && keys[order[k - 1]] === keys[i];
    if (!tiedWithPrevious) dense++;
    if (ties === "ordinal") ranks[i] = k + 1;
    else if (ties === "dense") ranks[i] = dense;
    else ranks[i] = tiedWithPrevious ? ranks[order[k - 1]] : k + 1;
  }
  return ranks;
}

/** Rounds half away from zero at `decimals`, correcting binary noise (0.1 + 0.2 style). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = value * f;
  const r = Math.round(Math.abs(scaled) + 1e-9 * Math.max(1, Math.abs(scaled)));
  return (Math.sign(scaled) * r) / f;
}
