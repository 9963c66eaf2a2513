/**
 * What-if weights: the group indices do not depend on the weights, so moving a slider only
 * recomputes the overall index and its ranks from the scored groups — well inside a frame.
 * Moving a criterion's points re-scores its group from the points kept at scoring, one pass
 * over that group's criteria.
 */
import type { RankedRow } from "../ranking/rankedTable";
import type { Methodology } from "../methodology/methodologySchema";
import {
  BlockResult,
  overallOf,
  OverallResult,
  PointOverrides,
  rescoreGroups,
  WeightOverrides,
} from "./scoreBlock";

/** A row ranked with the weights tried: its movement is against the methodology's own weights. */
export interface WhatIfRow extends RankedRow {
  code: string;
  /** Rank with the methodology's own weights. */
  baseRank: number | null;
  /** Places gained (positive) or lost (negative) against the methodology's own weights. */
  movement: number | null;
}

export interface WhatIfResult {
  overall: OverallResult;
  rows: WhatIfRow[];
}

/**
 * Re-ranks a scored block under new group weights and criterion points. `base` must come from
 * scoreBlock with the methodology's own weights.
 */
export function whatIf(
  methodology: Methodology,
  base: BlockResult,
  weights: WeightOverrides,
  points: PointOverrides = {},
): WhatIfResult {
  if (methodology.overall.method === "none" || !base.overall)
    throw new Error("the methodology computes no overall index");
  const names = base.agencies.map((a) => a.name);
  const groups = rescoreGroups(methodology, base, points);
  const overall = overallOf(methodology, groups, weights, names, []);
  const rows = base.agencies.map((a, i) => {
    const rank = overall.ranks[i] || null;
    const baseRank = base.overall!.ranks[i] || null;
    return {
      agency: a.name,
      code: a.code,
      rank,
      value: Number.isNaN(overall.values[i]) ? null : overall.values[i],
      baseRank,
      movement: rank !== null && baseRank !== null ? baseRank - rank : null,
    };
  });
  return { overall, rows };
}

/**
 * The methodology with the given group weights in place, and the block's overall scored with
 * them: where an analysis that starts from the user's what-if weights starts.
 */
export function withWeights(
  methodology: Methodology,
  base: BlockResult,
  weights: WeightOverrides,
): { methodology: Methodology; base: BlockResult } {
  const moved = methodology.groups.some(
    (g) => weights[g.id] !== undefined && weights[g.id] !== g.weight,
  );
  if (!moved || !base.overall) return { methodology, base };
  const m: Methodology = {
    ...methodology,
    groups: methodology.groups.map((g) => ({
      ...g,
      weight: weights[g.id] ?? g.weight,
    })),
  };
  const names = base.agencies.map((a) => a.name);
  return {
    methodology: m,
    base: { ...base, overall: overallOf(m, base.groups, {}, names, []) },
  };
}
