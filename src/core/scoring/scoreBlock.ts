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

export interface ScoringIssue {
  kind: ScoringIssueKind;
  agency: number;
  groupId?: string;
  criterionId?: string;
}

export interface GroupResult {
  id: string;
  /** index: a value in [0, 1]; count: the number the group is ranked by. */
  kind: "index" | "count";
  values: Float64Array;
  ranks: Int32Array;
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
    const values = groupValues(group, input, n, indexDecimals, issues);
    const kind = group.source === "count" ? "count" : "index";
    const decimals =
      kind === "index" && basis === "published" ? indexDecimals : null;
    return {
      id: group.id,
      kind,
      values,
      ranks: rankValues(values, { ties, decimals, names }),
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

function groupValues(
  group: Group,
  input: BlockInput,
  n: number,
  decimals: number,
  issues: ScoringIssue[],
): Float64Array {
  const out = new Float64Array(n);
  if (group.source === "index") {
    const entered = input.groupIndices?.[group.id];
    for (let i = 0; i < n; i++) {
      const v = entered ? entered[i] : NaN;
      out[i] = v;
      if (Number.isNaN(v))
        issues.push({ kind: "group-missing", agency: i, groupId: group.id });
      else if (v < 0 || v > 1)
        issues.push({
          kind: "index-out-of-range",
          agency: i,
          groupId: group.id,
        });
    }
    return out;
  }
  if (group.source === "count") {
    out.fill(NaN);
    for (const id of group.countOf ?? []) {
      const col = input.values[id];
      for (let i = 0; i < n; i++) {
        const v = col ? col[i] : NaN;
        if (Number.isNaN(v))
          issues.push({
            kind: "missing-excluded",
            agency: i,
            groupId: group.id,
            criterionId: id,
          });
        else out[i] = (Number.isNaN(out[i]) ? 0 : out[i]) + v;
      }
    }
    for (let i = 0; i < n; i++)
      if (Number.isNaN(out[i]))
        issues.push({ kind: "group-missing", agency: i, groupId: group.id });
    return out;
  }
  return criteriaIndex(group, input, n, decimals, issues);
}

/** points earned / maximum points, clamped to [0, 1] and rounded; or min-max rescaled (z-scores). */
function criteriaIndex(
  group: Group,
  input: BlockInput,
  n: number,
  decimals: number,
  issues: ScoringIssue[],
): Float64Array {
  const earned = new Float64Array(n);
  const maximum = new Float64Array(n);
  for (const criterion of group.criteria) {
    const raw = input.values[criterion.id];
    const points = criterionPoints(
      criterion as Criterion & { rule: NonNullable<Criterion["rule"]> },
      raw,
      n,
    );
    for (let i = 0; i < n; i++) {
      const p = points[i];
      if (Number.isNaN(p)) {
        if (criterion.missing === "exclude") {
          issues.push({
            kind: "missing-excluded",
            agency: i,
            groupId: group.id,
            criterionId: criterion.id,
          });
          continue;
        }
        issues.push({
          kind: "missing-scored-zero",
          agency: i,
          groupId: group.id,
          criterionId: criterion.id,
        });
      } else earned[i] += p;
      maximum[i] += criterion.maxPoints;
    }
  }
  const out = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (maximum[i] === 0) {
      out[i] = NaN;
      issues.push({ kind: "group-missing", agency: i, groupId: group.id });
      continue;
    }
    out[i] = earned[i] / maximum[i];
    if (out[i] < lo) lo = out[i];
    if (out[i] > hi) hi = out[i];
  }
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(out[i])) continue;
    let v = out[i];
    if (group.rescale === "min-max") v = hi > lo ? (v - lo) / (hi - lo) : 1;
    out[i] = roundTo(Math.min(1, Math.max(0, v)), decimals);
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
  const used = methodology.groups
    .map((g, k) => ({ weight: overrides[g.id] ?? g.weight, result: groups[k] }))
    .filter(
      ({ weight, result }) =>
        weight > 0 && (method === "mean-rank" || result.kind === "index"),
    );
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
    if (!complete) issues.push({ kind: "overall-incomplete", agency: i });
    raw[i] = complete ? acc : NaN;
    values[i] = complete ? roundTo(acc, decimals) : NaN;
  }
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
  };
}
