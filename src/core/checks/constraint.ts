/**
 * What the rules leave for the localiser: every relation checked on cells, as a constraint that
 * holds or not (a linear form, or a ratio to its shown precision), with the finding it raised.
 */
import type { CheckCell, CheckRow } from "./checkTable";
import type { Finding } from "./finding";

/** Σ coef × cell + constant (= 0 or ≤ 0): what the localiser searches over. */
export interface LinearConstraint {
  kind?: "linear";
  ruleId: string;
  terms: { cell: CheckCell; key: string; coef: number }[];
  constant: number;
  op: "=" | "<=";
  tolerance: number;
  holds: boolean;
  finding?: Finding;
}

/** result = scale × numerator / denominator, to the result's shown precision (a percentage). */
export interface RatioConstraint {
  kind: "ratio";
  ruleId: string;
  result: { cell: CheckCell; key: string };
  numerator: { cell: CheckCell; key: string };
  denominator: { cell: CheckCell; key: string };
  scale: number;
  /** Half a unit of the result's last shown digit. */
  tolerance: number;
  holds: boolean;
  finding?: Finding;
}

export type Constraint = LinearConstraint | RatioConstraint;

/** The cells a constraint reads. */
export function constraintCells(
  c: Constraint,
): { cell: CheckCell; key: string }[] {
  return c.kind === "ratio" ? [c.result, c.numerator, c.denominator] : c.terms;
}

export interface TableCheckOutput {
  findings: Finding[];
  constraints: Constraint[];
  /** Rows where the rule does not hold. */
  failingRows: CheckRow[];
  /** Rows the rule could be evaluated on (all its cells had figures). */
  checked?: number;
}

export const cellKey = (c: CheckCell) =>
  `${c.where.source}\u0000${c.where.table}\u0000${c.where.cell ?? `${c.where.line}:${c.where.column}`}`;
