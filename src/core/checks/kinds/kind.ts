/**
 * What a rule kind is: its schema (the rule as data), its check on one table or across tables,
 * and what one table's run shares between kinds. `index.ts` lists the kinds; `runChecks` loops
 * over them. A new kind is a module here and a line in the list.
 */
import type { AgencyRegister } from "../../agencies/agencyRegister";
import { z } from "../../zodConfig";
import type { CheckRow, CheckTable } from "../checkTable";
import type { Constraint } from "../constraint";
import type { Finding } from "../finding";
import type { ParsedRule } from "../ruleExpression";

const Msg = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** The fields every rule has, whatever its kind. */
export const ruleBase = {
  id: z
    .string()
    .regex(
      /^[\p{L}\p{N}_.-]+$/u,
      "mã quy tắc chỉ gồm chữ, số, . _ - / letters, digits, . _ - only",
    ),
  description: Msg,
  severity: z.enum(["error", "warning", "info"]).default("error"),
  /** Absolute tolerance; equalities on a shown value also allow half a unit of its last digit. */
  tolerance: z.number().min(0).default(0),
};

/** A rule of any kind, as the checks use it. */
export type AnyRule = z.infer<z.ZodObject<typeof ruleBase>> & { kind: string };

/** An expression rule read and parsed, waiting for every rule of the table to be seen. */
export interface PendingExpression {
  rule: AnyRule & { kind: "expression"; expression: string };
  parsed: ParsedRule;
  inferred: boolean;
}

/** What one table's run shares between the kinds. */
export interface TableRun {
  table: CheckTable;
  /** The register of the table's edition. */
  register: AgencyRegister;
  /** Rows whose value is out of range: the rank rule does not blame their ranks. */
  outOfRange: Set<CheckRow>;
  /** Expressions to evaluate once all the table's rules are seen (the failing rows first). */
  expressions: PendingExpression[];
  /** A rule that cannot be used on this table, said where the user wrote it (or not at all). */
  unusable(rule: AnyRule, error: { vi: string; en: string; at: number }): void;
}

/** What a kind found: findings, constraints for the localiser, and on how many rows or cells it looked. */
export interface KindOutput {
  findings: Finding[];
  constraints?: Constraint[];
  count?: number;
  /** Relations the kind inferred from the figures, for the report to list as inferred. */
  inferred?: { expression: string; description: { vi: string; en: string } }[];
  /** What was checked, in words, where the rule's own description says less (the columns it read). */
  said?: { vi: string; en: string };
}

export interface RuleKind<R extends AnyRule = AnyRule> {
  kind: R["kind"];
  schema: z.ZodType<R, unknown>;
  /** On one table. */
  check?(rule: R, run: TableRun): KindOutput;
  /** Once, across every table checked together. */
  across?(tables: CheckTable[], rule: R): KindOutput;
}
