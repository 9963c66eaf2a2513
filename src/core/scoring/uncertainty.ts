/**
 * How robust is a rank? Monte Carlo uncertainty analysis, as COINr's get_sensitivity and the
 * JRC's guidance on composite indicators do it: many draws, each with the group weights
 * multiplied by a uniform factor in [1 − spread, 1 + spread] (renormalised by the overall),
 * and optionally each criterion's points too, the aggregation, and the normalisation of groups
 * computed from criteria; every draw re-ranks the block. Each agency gets its median rank, the
 * 5th–95th percentile band and its share of draws in the top 10. Seeded: the same seed gives
 * the same bands. Runs in steps, so a worker can report progress and stop between them.
 */
import type { RankedRow } from "../ranking/rankedTable";
import { checkDrawSize } from "../limits";
import type {
  Group,
  Methodology,
  OverallMethod,
} from "../methodology/methodologySchema";
import {
  BlockResult,
  hasFigures,
  overallOf,
  PointOverrides,
  rescoreGroups,
} from "./scoreBlock";

export interface UncertaintyOptions {
  /** Number of draws (default 1,000). */
  draws?: number;
  /** Each weight (and moved point) is multiplied by a factor in [1 − spread, 1 + spread] (default 0.25). */
  spread?: number;
  seed?: number;
  /** Also move each criterion's points, within its group. */
  points?: boolean;
  /** Also draw the aggregation: weighted arithmetic, weighted geometric, mean of ranks. */
  aggregation?: boolean;
  /** Also draw each criteria group's normalisation: as computed, or min-max rescaled. */
  normalisation?: boolean;
}

export const UNCERTAINTY_DEFAULTS = { draws: 1000, spread: 0.25, seed: 1 };
/** An agency's band is called wide from this many places (at least 3, or 15 % of the block). */
export const wideBand = (agencies: number) =>
  Math.max(3, Math.ceil(0.15 * agencies));

/** An agency's rank with the methodology as it is (and its overall value), and its band over the draws. */
export interface UncertaintyRow extends RankedRow {
  code: string;
  median: number | null;
  p05: number | null;
  p95: number | null;
  /** Share of draws in which the agency ranks in the top 10. */
  top10: number;
}

export interface UncertaintyResult {
  draws: number;
  spread: number;
  seed: number;
  /** What the draws moved, for saying so. */
  varied: {
    weights: string[];
    points: string[];
    aggregation: OverallMethod[];
    normalisation: string[];
  };
  rows: UncertaintyRow[];
}

export interface UncertaintyRun {
  readonly total: number;
  readonly done: number;
  /** Runs up to `count` more draws; returns the number done so far. */
  step(count: number): number;
  /** The bands from the draws done so far. */
  result(): UncertaintyResult;
}

const AGGREGATIONS: OverallMethod[] = [
  "weighted-arithmetic",
  "weighted-geometric",
  "mean-rank",
];

export function startUncertainty(
  methodology: Methodology,
  base: BlockResult,
  options: UncertaintyOptions = {},
): UncertaintyRun {
  const draws = Math.max(
    1,
    Math.floor(options.draws ?? UNCERTAINTY_DEFAULTS.draws),
  );
  const spread = Math.min(
    0.99,
    Math.max(0, options.spread ?? UNCERTAINTY_DEFAULTS.spread),
  );
  const seed = options.seed ?? UNCERTAINTY_DEFAULTS.seed;
  const nominal = base.overall;
  if (!nominal) throw new Error("the methodology computes no overall index");
  const n = base.agencies.length;
  checkDrawSize(draws, n);
  const names = base.agencies.map((a) => a.name);
  const random = sfc32(seed);
  const factor = () => 1 - spread + 2 * spread * random();

  const aggregations = options.aggregation
    ? AGGREGATIONS.filter((a) => a !== nominal.method).concat(nominal.method)
    : [nominal.method];
  // Only what the methodology has: index and count groups have no criteria to move.
  // A group nobody has a figure for is no part of any draw (overallOf leaves it out).
  const weighted = methodology.groups.filter(
    (g, k) => g.weight > 0 && hasFigures(base.groups[k].values),
  );
  const criteriaGroups = methodology.groups.filter(
    (g, k) => g.source === "criteria" && base.groups[k].parts,
  );
  const moved = options.points ? criteriaGroups.flatMap((g) => g.criteria) : [];
  const rescalable = options.normalisation
    ? criteriaGroups.filter(
        (g) => !g.criteria.some((c) => c.rule?.type === "z-score"),
      )
    : [];
  // The weights said to vary are those of the groups an overall draws on.
  const drawnOn = new Set(
    options.aggregation ? weighted.map((g) => g.id) : nominal.groupIds,
  );
  const varied = {
    weights: weighted.filter((g) => drawnOn.has(g.id)).map((g) => g.id),
    points: moved.map((c) => c.id),
    aggregation: options.aggregation ? AGGREGATIONS : [],
    normalisation: rescalable.map((g) => g.id),
  };

  const ranks = new Int32Array(draws * n);
  let done = 0;
  const step = (count: number) => {
    const end = Math.min(draws, done + Math.max(1, count));
    for (; done < end; done++) {
      const weights: Record<string, number> = {};
      for (const g of weighted) weights[g.id] = g.weight * factor();
      const points: Record<string, number> = {};
      for (const c of moved) points[c.id] = c.maxPoints * factor();
      const rescale: Record<string, Group["rescale"]> = {};
      for (const g of rescalable)
        rescale[g.id] = random() < 0.5 ? g.rescale : otherRescale(g.rescale);
      const method =
        aggregations.length > 1
          ? aggregations[Math.floor(random() * aggregations.length)]
          : nominal.method;
      const groups =
        moved.length || rescalable.length
          ? rescoreGroups(methodology, base, points as PointOverrides, rescale)
          : base.groups;
      const m =
        method === methodology.overall.method
          ? methodology
          : { ...methodology, overall: { ...methodology.overall, method } };
      const overall = overallOf(m, groups, weights, names, []);
      ranks.set(overall.ranks, done * n);
    }
    return done;
  };

  const result = (): UncertaintyResult => {
    const k = done;
    const column = new Int32Array(k);
    const rows = base.agencies.map((a, i): UncertaintyRow => {
      let ranked = 0;
      let top = 0;
      for (let d = 0; d < k; d++) {
        const r = ranks[d * n + i];
        if (r > 0) column[ranked++] = r;
        if (r > 0 && r <= 10) top++;
      }
      const sorted = column.subarray(0, ranked).sort();
      const q = (p: number) =>
        ranked ? sorted[Math.max(0, Math.ceil(p * ranked) - 1)] : null;
      return {
        agency: a.name,
        code: a.code,
        rank: nominal.ranks[i] || null,
        value: Number.isNaN(nominal.values[i]) ? null : nominal.values[i],
        median: q(0.5),
        p05: q(0.05),
        p95: q(0.95),
        top10: k ? top / k : 0,
      };
    });
    return { draws: k, spread, seed, varied, rows };
  };

  return {
    total: draws,
    get done() {
      return done;
    },
    step,
    result,
  };
}

function otherRescale(r: Group["rescale"]): Group["rescale"] {
  return r === "none" ? "min-max" : "none";
}

/** A small seeded generator (sfc32): the same seed, the same draws, on every machine. */
export function sfc32(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}
