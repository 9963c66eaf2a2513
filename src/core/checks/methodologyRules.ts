/**
 * The rules a methodology gives a pasted table: its composite (the published overall, e.g. the
 * DTI) equals the aggregation of its weighted groups, matched by their names and keywords, with
 * the methodology's weights. A methodology without a published composite, or ranked by mean rank,
 * gives none.
 */
import type { Methodology } from "../methodology/methodologySchema";
import { RULES } from "./defaultRules";
import type { Rule } from "./ruleSchema";

export function compositeRuleOf(m: Methodology): Rule | undefined {
  const composite = m.groups.find((g) => g.publishedOverall);
  const form =
    m.overall.method === "weighted-geometric"
      ? "geometric"
      : m.overall.method === "weighted-arithmetic"
        ? "linear"
        : undefined;
  const parts = m.groups.filter((g) => g.weight > 0 && !g.publishedOverall);
  if (!composite || !form || parts.length < 2) return undefined;
  const assumed = parts.some((g) => g.assumed);
  return {
    ...RULES.composite,
    composite: [...composite.keywords, composite.name.vi],
    parts: parts.map((g) => ({
      words: [g.name.vi, ...g.keywords],
      weight: g.weight,
    })),
    form,
    source: {
      vi: `${m.id}${assumed ? " (trọng số giả định)" : ""}`,
      en: `${m.id}${assumed ? " (assumed weights)" : ""}`,
    },
  } as Rule;
}
