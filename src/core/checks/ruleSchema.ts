/**
 * Rules as data: an id, a description in Vietnamese and English, a severity, a tolerance and a
 * kind, each kind's fields declared in its module of `kinds/`. Each table kind ships with its
 * default rules; users add expression rules in a rules sheet.
 */
import { z } from "../zodConfig";
import { crossTableRule, summaryRule } from "./kinds/acrossTables";
import { columnTotalRule } from "./kinds/columnTotal";
import { compositeRule } from "./kinds/composite";
import { expressionRule, partsTotalRule } from "./kinds/expression";
import { rangeRule } from "./kinds/range";
import { rankRule } from "./kinds/rank";
import { ratioNoteRule } from "./kinds/ratioNote";
import { registerRule } from "./kinds/register";
import { unitsRule } from "./kinds/units";

export const RuleSchema = z.discriminatedUnion("kind", [
  expressionRule,
  partsTotalRule,
  columnTotalRule,
  compositeRule,
  rangeRule,
  ratioNoteRule,
  unitsRule,
  rankRule,
  registerRule,
  crossTableRule,
  summaryRule,
]);
export type Rule = z.infer<typeof RuleSchema>;
export type RuleInput = z.input<typeof RuleSchema>;
