/**
 * A methodology as data: blocks, criteria groups, criteria with their scoring rule, how a group
 * index and an overall index are made, and how ranks are given. Evaluators edit it in a sheet;
 * this schema is what makes an edited methodology safe to run.
 */
import { z } from "../zodConfig";
import { BlockId } from "../agencies/registerSchema";
import { LIMITS } from "../limits";

export const Msg = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
});
export type Msg = z.infer<typeof Msg>;

const id = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_.-]*$/,
    "mã chỉ gồm chữ, số, . _ - / letters, digits, . _ - only",
  );

/** How raw values become points. `maxPoints` of the criterion caps every rule. */
export const ScoringRule = z.discriminatedUnion("type", [
  /** A share in [0, 1] (or [0, scale]) × max points, e.g. staff with a computer. */
  z.object({
    type: z.literal("ratio"),
    scale: z.number().positive().default(1),
  }),
  /** Value / best value in the block × max points, e.g. bandwidth per staff. */
  z.object({ type: z.literal("relative-to-best") }),
  /** Max points if the value is present and non-zero (yes), else 0. */
  z.object({ type: z.literal("yes-no") }),
  /** Points per item, up to max points, e.g. 1 point per WAN application up to 5. */
  z.object({
    type: z.literal("count-capped"),
    pointsPerItem: z.number().positive(),
  }),
  /** Points of the highest tier whose threshold the value reaches. */
  z.object({
    type: z.literal("tiers"),
    tiers: z
      .array(z.object({ atLeast: z.number(), points: z.number().min(0) }))
      .min(1),
  }),
  /** (value − min) / (max − min) in the block × max points. */
  z.object({ type: z.literal("min-max") }),
  /** Standard score in the block, weighted by max points; the group must rescale by min-max. */
  z.object({ type: z.literal("z-score") }),
]);
export type ScoringRule = z.infer<typeof ScoringRule>;
export type RuleType = ScoringRule["type"];

/**
 * What a criterion's figure is, in words a pasted table's columns are recognised by:
 * `services-level-3` (online services at level 3), `dossiers-total`. Ties a table's column to
 * the criterion without naming any report's headers in code.
 */
export const CriterionRole = z
  .string()
  .regex(
    /^[a-z]+(-[a-z0-9]+)*$/,
    "vai trò dạng services-level-3 / a role like services-level-3",
  );

export const Criterion = z.object({
  id,
  name: Msg,
  role: CriterionRole.optional(),
  /** Required in groups computed from criteria; a count group only adds the values up. */
  rule: ScoringRule.optional(),
  /** Maximum points, or the weight of the criterion for z-score rules. */
  maxPoints: z.number().positive().default(1),
  direction: z.enum(["higher", "lower"]).default("higher"),
  /** A missing value scores zero, or the criterion is left out of that agency's maximum. Either way it is reported. */
  missing: z.enum(["zero", "exclude"]).default("zero"),
  unit: z.string().optional(),
});
export type Criterion = z.infer<typeof Criterion>;

export const Group = z.object({
  id,
  name: Msg,
  /** Words in a table's title or header that name this group (its name is one too). */
  keywords: z.array(z.string().min(1)).default([]),
  /** Weight in the overall index (0 leaves the group out); the overall divides by their sum. */
  weight: z.number().min(0).max(LIMITS.weight).default(1),
  /** Points the methodology's text gives the group (out of its total, e.g. 1,000), where it does. */
  points: z.number().min(0).optional(),
  /** The weight is not published: an assumption, said wherever it is used. */
  assumed: z.boolean().default(false),
  /** The column holds the published composite (the DTI as published), set beside the recomputed one. */
  publishedOverall: z.boolean().default(false),
  /**
   * criteria: computed from raw figures; index: the group index is entered directly, as the
   * published tables give it; count: ranked by the sum of the `countOf` criteria (2016 online services).
   */
  source: z.enum(["criteria", "index", "count"]).default("criteria"),
  criteria: z.array(Criterion).default([]),
  countOf: z.array(z.string()).optional(),
  /** min-max: rescale the group's score to [0, 1] across the block (needed after z-scores). */
  rescale: z.enum(["none", "min-max"]).default("none"),
});
export type Group = z.infer<typeof Group>;

export const TieMethod = z.enum(["competition", "dense", "ordinal"]);
export type TieMethod = z.infer<typeof TieMethod>;

export const OverallMethod = z.enum([
  "none",
  "weighted-arithmetic",
  "weighted-geometric",
  "mean-rank",
]);
export type OverallMethod = z.infer<typeof OverallMethod>;

export const Methodology = z
  .object({
    id,
    name: Msg,
    description: Msg,
    /** True when the methodology is our reconstruction, not an official text. */
    reconstruction: z.boolean().default(false),
    /** The text it follows: decision, date, article or appendix. */
    source: Msg.optional(),
    /** The years of assessment it is in force for (DTI 2021–2023: 922/QĐ-BTTTT). */
    inForce: z
      .object({
        from: z.number().int().min(2000).max(2100),
        to: z.number().int().min(2000).max(2100).optional(),
      })
      .optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    blocks: z.array(BlockId).min(1),
    groupIndex: z
      .object({ decimals: z.number().int().min(0).max(6).default(3) })
      .default({ decimals: 3 }),
    groups: z.array(Group).min(1),
    overall: z
      .object({
        method: OverallMethod,
        decimals: z.number().int().min(0).max(6).default(3),
      })
      .default({ method: "none", decimals: 3 }),
    ranking: z
      .object({
        ties: TieMethod.default("competition"),
        /** published: rank on values rounded to the shown decimals; full: on full precision. */
        basis: z.enum(["published", "full"]).default("published"),
      })
      .default({ ties: "competition", basis: "published" }),
  })
  .superRefine((m, ctx) => {
    for (const p of crossFieldProblems(m))
      ctx.addIssue({ code: "custom", path: p.path, message: p.code });
  });
export type Methodology = z.infer<typeof Methodology>;

/** The year a methodology is for: its own, or the last year it was in force (922: DTI 2023). */
export const assessedYear = (m: Methodology): number | undefined =>
  m.year ?? m.inForce?.to;
export type MethodologyInput = z.input<typeof Methodology>;

/**
 * Rules between fields (unique ids, counted criteria exist, tiers increase…). Written over
 * loosely typed input so that they can also run on a methodology that fails the schema
 * elsewhere: the user then sees every problem at once.
 */
export function crossFieldProblems(
  input: unknown,
): { path: (string | number)[]; code: string }[] {
  const out: { path: (string | number)[]; code: string }[] = [];
  const m = (input ?? {}) as LooseMethodology;
  const groups = Array.isArray(m.groups) ? m.groups : [];
  const groupIds = new Set<unknown>();
  const criterionIds = new Set<unknown>();
  groups.forEach((g, gi) => {
    if (!g || typeof g !== "object") return;
    const at = (...rest: (string | number)[]) => ["groups", gi, ...rest];
    const source = g.source ?? "criteria";
    const criteria = Array.isArray(g.criteria) ? g.criteria : [];
    if (groupIds.has(g.id))
      out.push({ path: at("id"), code: `duplicate-group:${g.id}` });
    groupIds.add(g.id);
    if (source === "criteria" && criteria.length === 0)
      out.push({ path: at("criteria"), code: "no-criteria" });
    if (source === "count") {
      if (!Array.isArray(g.countOf) || g.countOf.length === 0)
        out.push({ path: at("countOf"), code: "no-count-of" });
      else
        g.countOf.forEach((c, ci) => {
          if (!criteria.some((k) => k?.id === c))
            out.push({
              path: at("countOf", ci),
              code: `unknown-criterion:${c}`,
            });
        });
    }
    criteria.forEach((c, ci) => {
      if (!c || typeof c !== "object") return;
      if (criterionIds.has(c.id))
        out.push({
          path: at("criteria", ci, "id"),
          code: `duplicate-criterion:${c.id}`,
        });
      criterionIds.add(c.id);
      if (source === "criteria" && !c.rule)
        out.push({ path: at("criteria", ci, "rule"), code: "no-rule" });
      if (
        c.rule?.type === "z-score" &&
        (g.rescale ?? "none") !== "min-max" &&
        source === "criteria"
      )
        out.push({ path: at("rescale"), code: "z-score-needs-rescale" });
      const tiers =
        c.rule?.type === "tiers" && Array.isArray(c.rule.tiers)
          ? c.rule.tiers
          : [];
      tiers.forEach((tier, ti) => {
        if (
          ti > 0 &&
          typeof tier?.atLeast === "number" &&
          typeof tiers[ti - 1]?.atLeast === "number" &&
          tier.atLeast <= tiers[ti - 1].atLeast!
        ) {
          out.push({
            path: at("criteria", ci, "rule", "tiers", ti, "atLeast"),
            code: "tiers-not-increasing",
          });
        }
        if (
          typeof tier?.points === "number" &&
          typeof c.maxPoints === "number" &&
          tier.points > c.maxPoints
        ) {
          out.push({
            path: at("criteria", ci, "rule", "tiers", ti, "points"),
            code: "tier-above-max",
          });
        }
      });
    });
  });
  const method = m.overall?.method ?? "none";
  const weighted = groups.filter(
    (g) =>
      g &&
      (g.weight ?? 1) > 0 &&
      (method === "mean-rank" || g.source !== "count"),
  );
  if (method !== "none" && weighted.length === 0)
    out.push({ path: ["overall", "method"], code: "no-weighted-group" });
  return out;
}

interface LooseMethodology {
  groups?: {
    id?: unknown;
    weight?: number;
    source?: string;
    rescale?: string;
    countOf?: unknown[];
    criteria?: {
      id?: unknown;
      maxPoints?: unknown;
      rule?: { type?: string; tiers?: { atLeast?: number; points?: number }[] };
    }[];
  }[];
  overall?: { method?: string };
}
