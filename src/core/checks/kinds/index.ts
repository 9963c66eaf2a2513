/**
 * The rule kinds, in the order a table's run and the checks across tables see them. Each module
 * holds its kind's schema (the rule as data) and its check; a new kind is a module and a line.
 */
import { CROSS_TABLE, SUMMARY } from "./acrossTables";
import { COLUMN_TOTAL } from "./columnTotal";
import { COMPOSITE } from "./composite";
import { EXPRESSION, PARTS_TOTAL } from "./expression";
import type { AnyRule, RuleKind } from "./kind";
import { RANGE } from "./range";
import { RANK } from "./rank";
import { RATIO_NOTE } from "./ratioNote";
import { REGISTER } from "./register";
import { UNITS } from "./units";

export const KINDS = [
  EXPRESSION,
  PARTS_TOTAL,
  COLUMN_TOTAL,
  COMPOSITE,
  RANGE,
  RATIO_NOTE,
  UNITS,
  RANK,
  REGISTER,
  CROSS_TABLE,
  SUMMARY,
] as const;

const byKind = new Map<string, RuleKind>(
  KINDS.map((k) => [k.kind, k as unknown as RuleKind]),
);

/** The kind of a rule (every rule's kind is listed: the schema admits no other). */
export const kindOf = (rule: AnyRule): RuleKind => byKind.get(rule.kind)!;
