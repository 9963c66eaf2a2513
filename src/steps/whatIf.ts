/**
 * Step 5, what-if: a weight the user typed, checked, and the ranking the weights (and criterion
 * points) give, from the workbook scored once.
 */
import type { BlockId } from "../core/agencies/registerSchema";
import { LIMITS } from "../core/limits";
import { formatVietnameseNumber } from "../core/numbers/formatVietnameseNumber";
import { parseVietnameseNumber } from "../core/numbers/parseVietnameseNumber";
import type {
  PointOverrides,
  WeightOverrides,
} from "../core/scoring/scoreBlock";
import { whatIf, WhatIfRow } from "../core/scoring/whatIf";
import { compareVietnamese } from "../core/text/vietnameseText";
import type { Msg } from "../core/userError";
import type { ScoredWorkbook } from "./scoredWorkbook";

/**
 * A weight the user typed, checked: a number, not negative, not absurdly large. The reason is
 * said in both languages; nothing is clamped silently.
 */
export function readWeight(
  text: string,
): { ok: true; value: number } | { ok: false; why: Msg } {
  const parsed = parseVietnameseNumber(text.trim());
  const value = parsed.value;
  if (value === null || parsed.kind === "fraction")
    return {
      ok: false,
      why: {
        vi: `“${text}” không phải là số.`,
        en: `“${text}” is not a number.`,
      },
    };
  if (value < 0)
    return {
      ok: false,
      why: {
        vi: "Trọng số không được âm.",
        en: "A weight cannot be negative.",
      },
    };
  if (value > LIMITS.weight)
    return {
      ok: false,
      why: {
        vi: `Trọng số lớn quá (tối đa ${formatVietnameseNumber(LIMITS.weight, { decimals: 0 })}).`,
        en: `The weight is too large (at most ${LIMITS.weight.toLocaleString("en-US")}).`,
      },
    };
  return { ok: true, value };
}

export function rerank(
  scored: ScoredWorkbook,
  block: BlockId,
  weights: WeightOverrides,
  points: PointOverrides = {},
): WhatIfRow[] {
  const b = scored.blocks.find((x) => x.block === block);
  if (!b) return [];
  return [...whatIf(scored.methodology, b.base, weights, points).rows].sort(
    (x, y) =>
      (x.rank ?? Infinity) - (y.rank ?? Infinity) ||
      compareVietnamese(x.agency, y.agency),
  );
}
