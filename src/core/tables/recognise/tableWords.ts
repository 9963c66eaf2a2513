/**
 * What a table's words name: the measure it ranks by (its value column's words, then its title's,
 * then its figures) and the criteria group (the keywords the methodology gives each group, or
 * the roles of the criteria its columns fill).
 */
import { toneKey } from "../../text/vietnameseText";
import type { Profile } from "../vocabulary/profile";
import type { ColumnFacts } from "./columnFacts";
import type { RecogniseContext } from "./context";
import type { Measure } from "./types";

export function firstHit<T>(
  texts: string[],
  find: (text: string) => T | undefined,
): T | undefined {
  for (const t of texts) {
    const hit = find(t);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** What the table ranks by: the value column's words, then the title's, then its figures. */
export function measureOf(
  texts: (string | undefined)[],
  value: ColumnFacts | undefined,
  profile: Profile,
): Measure | undefined {
  const named = firstHit(
    texts.filter((t): t is string => !!t),
    (t) => profile.measures.first(t),
  );
  // Words are hints: a count named in the words (`Số dịch vụ`) is no count when the figures
  // under it have decimals.
  const whole = (f: ColumnFacts) =>
    f.values.every((v) => v === null || Number.isInteger(v));
  if (named && !(named !== "index" && value && !whole(value))) return named;
  if (!value) return undefined;
  if (
    value.unitDecimals > 0 &&
    value.values.every((v) => v === null || (v >= 0 && v <= 1))
  )
    return "index";
  if (whole(value)) return "count";
  return "score";
}

/** The criteria group the words name (its keywords or name), else the one whose criteria the columns fill. */
export function groupOf(
  texts: string[],
  levelRoles: string[],
  ctx: RecogniseContext,
): { id: string; from: "words" | "roles" } | undefined {
  for (const text of texts) {
    const hits = ctx.groups
      .map((g) => ({
        id: g.id,
        at: Math.min(
          ...g.keywords.map((k) => keywordAt(text, k)).filter((x) => x >= 0),
        ),
      }))
      .filter((h) => Number.isFinite(h.at))
      .sort((a, b) => a.at - b.at);
    if (hits.length) return { id: hits[0].id, from: "words" };
  }
  if (levelRoles.length) {
    const g = ctx.groups.find((x) =>
      levelRoles.every((r) => x.roles.includes(r)),
    );
    if (g) return { id: g.id, from: "roles" };
  }
  return undefined;
}

/** Where a keyword is in a text, ignoring case, punctuation and tone placement; -1 if not. */
function keywordAt(text: string, keyword: string): number {
  return ` ${toneKey(text)} `.indexOf(` ${toneKey(keyword)} `);
}

/** Whether a text names a keyword, as whole words, ignoring case, punctuation and tone placement. */
export const hasKeyword = (text: string, keyword: string): boolean =>
  keywordAt(text, keyword) >= 0;
