/**
 * The pipeline for one block: raw indicator values → points per criterion → group index →
 * overall index → ranks. Column-oriented typed arrays (NaN = missing) keep 10,000 agencies ×
 * 100 indicators well inside a frame. Every missing value is reported, whichever way the
 * methodology treats it.
 */
import type { BlockId } from "../agencies/registerSchema";
import type {
  Criterion,
  Group,
  Methodology,
} from "../methodology/methodologySchema";
import { rankValues, roundTo } from "../ranking/rank";
import { criterionPoints } from "./criterionPoints";

export interface BlockInput {
  block: BlockId;
  agencies: readonly { code: string; name: string }[];
  /** Raw criterion values by criterion id, one per agency; NaN where missing. */
  values: Readonly<Record<string, ArrayLike<number>>>;
  /** Group indices entered directly (groups with source "index"), by group id. */
  groupIndices?: Readonly<Record<string, ArrayLike<number>>>;
}

export type ScoringIssueKind =
  | "missing-scored-zero"
  | "missing-excluded"
  | "group-missing"
  | "index-out-of-range"
  | "overall-incomplete";

/** One per kind, group and criterion, listing every agency it concerns (0-based positions). */
export interface ScoringIssue {
  kind: ScoringIssueKind;
  agencies: number[];
  groupId?: string;
  criterionId?: string;
}

/** A criterion's points for every agency, kept so a group can be re-scored when they move. */
export interface CriterionParts {
  id: string;
  maxPoints: number;
  /** Points earned; 0 where missing. */
  points: Float64Array;
  /** 1 where the criterion counts in the agency's maximum: absent when it always does. */
  counted?: Uint8Array;
}

export interface GroupParts {
  criteria: CriterionParts[];
  rescale: Group["rescale"];
  decimals: number;
  /**
   * 1 where the agency has a figure for at least one of the group's criteria. What a missing
   * figure is worth (zero, or left out) is the methodology's rule for an agency that has some;
   * an agency with none has no index in the group, hence no rank: a rank of nothing is never said.
   */
  figured: Uint8Array;
}

export interface GroupResult {
  id: string;
  /** index: a value in [0, 1]; count: the number the group is ranked by. */
  kind: "index" | "count";
  values: Float64Array;
  ranks: Int32Array;
  /** For a group computed from criteria: its criteria's points. */
  parts?: GroupParts;
}

export interface OverallResult {
  method: Methodology["overall"]["method"];
  /** The overall index, or the (weighted) mean rank for mean-rank. */
  values: Float64Array;
  ranks: Int32Array;
  direction: "higher" | "lower";
  decimals: number;
  /** Groups the overall was made from. */
  groupIds: string[];
  /**
   * Weighted groups left out because no agency of the block has a figure for them: the overall
   * is made from the others, their weights renormalised.
   */
  leftOut: string[];
}

export interface BlockResult {
  block: BlockId;
  agencies: readonly { code: string; name: string }[];
  groups: GroupResult[];
  overall?: OverallResult;
  issues: ScoringIssue[];
}

/** Weights by group id, overriding the methodology's (the what-if sliders). */
export type WeightOverrides = Readonly<Record<string, number>>;

/** Maximum points by criterion id, overriding the methodology's (what-if below the groups). */
export type PointOverrides = Readonly<Record<string, number>>;

export function scoreBlock(
  methodology: Methodology,
  input: BlockInput,
  weights: WeightOverrides = {},
): BlockResult {
  const n = input.agencies.length;
  const issues: ScoringIssue[] = [];
  const names = input.agencies.map((a) => a.name);
  const { ties, basis } = methodology.ranking;
  const indexDecimals = methodology.groupIndex.decimals;

  const groups: GroupResult[] = methodology.groups.map((group) => {
    const parts =
      group.source === "criteria"
        ? groupParts(group, input, n, indexDecimals, issues)
        : undefined;
    const values = parts
      ? groupIndex(parts)
      : groupValues(group, input, n, issues);
    if (parts) report(issues, "group-missing", values, { groupId: group.id });
    const kind = group.source === "count" ? "count" : "index";
    const decimals =
      kind === "index" && basis === "published" ? indexDecimals : null;
    return {
      id: group.id,
      kind,
      values,
      ranks: rankValues(values, { ties, decimals, names }),
      ...(parts ? { parts } : {}),
    };
  });

  const overall =
    methodology.overall.method === "none"
      ? undefined
      : overallOf(methodology, groups, weights, names, issues);
  return {
    block: input.block,
    agencies: input.agencies,
    groups,
    overall,
    issues,
  };
}

/**
 * The groups of a scored block with some criteria's points moved: each group computed from
 * criteria that has a moved criterion is re-scored from its kept points (one pass per
 * criterion) and re-ranked; the others are returned as they are. `rescale` overrides the
 * normalisation of groups computed from criteria, by group id.
 */
export function rescoreGroups(
  methodology: Methodology,
  base: BlockResult,
  points: PointOverrides,
  rescale: Readonly<Record<string, Group["rescale"]>> = {},
): GroupResult[] {
  const { ties, basis } = methodology.ranking;
  const names = base.agencies.map((a) => a.name);
  return base.groups.map((g) => {
    const parts = g.parts;
    if (!parts) return g;
    const moved = parts.criteria.some((c) => points[c.id] !== undefined);
    const normalised = rescale[g.id] ?? parts.rescale;
    if (!moved && normalised === parts.rescale) return g;
    const factors = parts.criteria.map((c) =>
      points[c.id] === undefined ? 1 : points[c.id] / c.maxPoints,
    );
    const values = groupIndex({ ...parts, rescale: normalised }, factors);
    const decimals = basis === "published" ? parts.decimals : null;
    return {
      ...g,
      values,
      ranks: rankValues(values, { ties, decimals, names }),
    };
  });
}

/** Adds one issue listing the agencies whose value is missing (NaN), if any. */
function report(
  issues: ScoringIssue[],
  kind: ScoringIssueKind,
  values: ArrayLike<number>,
  about: { groupId?: string; criterionId?: string } = {},
): void {
  const agencies: number[] = [];
  for (let i = 0; i < values.length; i++)
    if (Number.isNaN(values[i])) agencies.push(i);
  if (agencies.length) issues.push({ kind, agencies, ...about });
}

function groupValues(
  group: Group,
  input: BlockInput,
  n: number,
  issues: ScoringIssue[],
): Float64Array {
  const groupId = group.id;
  const out = new Float64Array(n).fill(NaN);
  if (group.source === "index") {
    const entered = input.groupIndices?.[group.id];
    const outside: number[] = [];
    if (entered)
      for (let i = 0; i < n; i++) {
        const v = (out[i] = entered[i]);
        if (v < 0 || v > 1) outside.push(i);
      }
    report(issues, "group-missing", out, { groupId });
    if (outside.length)
      issues.push({ kind: "index-out-of-range", agencies: outside, groupId });
    return out;
  }
  // count: the sum of the counted criteria, where any is given.
  for (const id of group.countOf ?? []) {
    const col = input.values[id] ?? new Float64Array(n).fill(NaN);
    report(issues, "missing-excluded", col, { groupId, criterionId: id });
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (!Number.isNaN(v)) out[i] = (Number.isNaN(out[i]) ? 0 : out[i]) + v;
    }
  }
  report(issues, "group-missing", out, { groupId });
  return out;
}

/** Every criterion's points, with what a missing value is worth; the rule is chosen once per criterion. */
function groupParts(
  group: Group,
  input: BlockInput,
  n: number,
  decimals: number,
  issues: ScoringIssue[],
): GroupParts {
  const figured = new Uint8Array(n);
  const criteria = group.criteria.map((criterion): CriterionParts => {
    const points = criterionPoints(
      criterion as Criterion & { rule: NonNullable<Criterion["rule"]> },
      input.values[criterion.id],
      n,
    );
    // One pass: missing points become 0, and leave the maximum when the criterion says so.
    const exclude = criterion.missing === "exclude";
    const counted = exclude ? new Uint8Array(n).fill(1) : undefined;
    const missing: number[] = [];
    for (let i = 0; i < n; i++)
      if (points[i] !== points[i]) {
        points[i] = 0;
        missing.push(i);
        if (counted) counted[i] = 0;
      } else figured[i] = 1;
    if (missing.length)
      issues.push({
        kind: exclude ? "missing-excluded" : "missing-scored-zero",
        agencies: missing,
        groupId: group.id,
        criterionId: criterion.id,
      });
    return {
      id: criterion.id,
      maxPoints: criterion.maxPoints,
      points,
      counted,
    };
  });
  return { criteria, rescale: group.rescale, decimals, figured };
}

/**
 * points earned / maximum points, clamped to [0, 1] and rounded; or min-max rescaled (z-scores).
 * `factors` scale each criterion's points (what-if and uncertainty below the groups); NaN where
 * an agency has no criterion that counts.
 */
export function groupIndex(
  parts: GroupParts,
  factors?: ArrayLike<number>,
): Float64Array {
  const n = parts.criteria[0]?.points.length ?? 0;
  const earned = new Float64Array(n);
  // The maximum is the same for every agency, except where a missing value was excluded.
  const maximum = new Float64Array(n);
  let shared = 0;
  for (let k = 0; k < parts.criteria.length; k++) {
    const { points, counted, maxPoints } = parts.criteria[k];
    const f = factors ? factors[k] : 1;
    if (f === 1) for (let i = 0; i < n; i++) earned[i] += points[i];
    else for (let i = 0; i < n; i++) earned[i] += f * points[i];
    if (!counted) shared += f * maxPoints;
    else for (let i = 0; i < n; i++) maximum[i] += counted[i] * f * maxPoints;
  }
  if (shared) for (let i = 0; i < n; i++) maximum[i] += shared;
  const out = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = (out[i] =
      maximum[i] === 0 || !parts.figured[i] ? NaN : earned[i] / maximum[i]);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const minMax = parts.rescale === "min-max";
  for (let i = 0; i < n; i++) {
    let v = out[i];
    if (v !== v) continue;
    if (minMax) v = hi > lo ? (v - lo) / (hi - lo) : 1;
    out[i] = roundTo(v < 0 ? 0 : v > 1 ? 1 : v, parts.decimals);
  }
  return out;
}

/** The overall index and ranks from already scored groups, with the given weights. */
export function overallOf(
  methodology: Methodology,
  groups: GroupResult[],
  overrides: WeightOverrides,
  names: string[],
  issues: ScoringIssue[],
): OverallResult {
  const { method, decimals } = methodology.overall;
  const n = names.length;
  const weighted = methodology.groups
    .map((g, k) => ({ weight: overrides[g.id] ?? g.weight, result: groups[k] }))
    .filter(
      ({ weight, result }) =>
        weight > 0 && (method === "mean-rank" || result.kind === "index"),
    );
  // No figure, no part in the overall: a group nobody has a figure for would leave every agency
  // unscored; the others share its weight.
  const used = weighted.filter(({ result }) => hasFigures(result.values));
  const leftOut = weighted
    .filter(({ result }) => !hasFigures(result.values))
    .map(({ result }) => result.id);
  const totalWeight = used.reduce((s, u) => s + u.weight, 0);
  const values = new Float64Array(n);
  const raw = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let acc = method === "weighted-geometric" ? 1 : 0;
    let complete = totalWeight > 0;
    for (const { weight, result } of used) {
      const w = weight / totalWeight;
      if (method === "mean-rank") {
        const r = result.ranks[i];
        if (r === 0) complete = false;
        acc += w * r;
      } else {
        const v = result.values[i];
        if (Number.isNaN(v)) complete = false;
        acc =
          method === "weighted-geometric"
            ? acc * Math.pow(Math.max(v, 0), w)
            : acc + w * v;
      }
    }
    raw[i] = complete ? acc : NaN;
    values[i] = complete ? roundTo(acc, decimals) : NaN;
  }
  report(issues, "overall-incomplete", raw);
  const direction = method === "mean-rank" ? "lower" : "higher";
  const { ties, basis } = methodology.ranking;
  const ranks = rankValues(raw, {
    ties,
    direction,
    decimals: basis === "published" ? decimals : null,
    names,
  });
  return {
    method,
    values,
    ranks,
    direction,
    decimals,
    groupIds: used.map((u) => u.result.id),
    leftOut,
  };
}

/** At least one agency has a figure. */
export function hasFigures(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++)
    if (values[i] === values[i]) return true;
  return false;
}
