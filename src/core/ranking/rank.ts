/**
 * Ranks within a block. Competition ranking (1, 1, 3) is the convention of the published tables
 * and of Excel's RANK.EQ; dense (1, 1, 2) and ordinal (1, 2, 3, ties broken in Vietnamese
 * alphabetical order) are options. A missing value (NaN) gets no rank (0).
 */
import type { TieMethod } from "../methodology/methodologySchema";
import { vietnameseSortKey } from "../text/vietnameseText";
import { orderByKey } from "./orderByKey";

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
  // Keys ascending = best first; rounded values as whole numbers of their last decimal, which
  // a counting sort orders in one pass when their range is small (indices to 3 decimals).
  const keys = new Float64Array(n);
  const sign = direction === "higher" ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    keys[i] = sign * (decimals === null ? v : roundedUnits(v, decimals));
  }
  // A typed sort, then one pass gives the ties their ranks.
  const order = orderByKey(keys);
  const ranks = new Int32Array(n);
  let start = 0;
  let dense = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const tied = k > 0 && keys[order[k - 1]] === keys[i];
    if (!tied) {
      if (ties === "ordinal" && names && k - start > 1)
        alphabetical(order, start, k, names, ranks);
      start = k;
      dense++;
    }
    ranks[i] =
      ties === "ordinal" ? k + 1 : ties === "dense" ? dense : start + 1;
  }
  if (ties === "ordinal" && names && order.length - start > 1)
    alphabetical(order, start, order.length, names, ranks);
  return ranks;
}

/** Ordinal ranks within a tie (order[from..to)), in Vietnamese alphabetical order of the names. */
function alphabetical(
  order: Uint32Array,
  from: number,
  to: number,
  names: readonly string[],
  ranks: Int32Array,
): void {
  const members = [...order.subarray(from, to)];
  const key = new Map(
    members.map((i) => [i, vietnameseSortKey(names[i] ?? "")]),
  );
  members.sort((a, b) =>
    key.get(a)! < key.get(b)! ? -1 : key.get(a)! > key.get(b)! ? 1 : a - b,
  );
  members.forEach((i, k) => (ranks[i] = from + k + 1));
}

/** Rounds half away from zero at `decimals`, correcting binary noise (0.1 + 0.2 style). */
export function roundTo(value: number, decimals: number): number {
  return roundedUnits(value, decimals) / (POWERS[decimals] ?? 10 ** decimals);
}

/** The value rounded as roundTo does, in units of its last decimal (0.6125 at 3 → 613). */
function roundedUnits(value: number, decimals: number): number {
  const scaled = value * (POWERS[decimals] ?? 10 ** decimals);
  const a = scaled < 0 ? -scaled : scaled;
  const r = Math.round(a + 1e-9 * (a > 1 ? a : 1));
  return scaled < 0 ? -r : r;
}

const POWERS = Array.from({ length: 16 }, (_, k) => 10 ** k);
