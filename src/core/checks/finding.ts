/**
 * A finding: one inconsistency, pointed at the cell, said in Vietnamese and English, with the
 * values and, when the search found one, the value that would make every rule hold.
 */
import type { Msg } from "../msg";
import type { Location } from "./checkTable";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The severities in words: on the findings sheet, in the pane, by `chiso check`. */
export const SEVERITY: Record<Severity, Msg> = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Thông tin", en: "Note" },
};

export interface Suggestion {
  where: Location;
  /** The value that makes every failing rule on this cell hold. */
  value: number;
  /** single-cell: one cell explains the failures; digit-typo / transposition: and the difference is one mistyped digit / two swapped digits. */
  kind: "single-cell" | "digit-typo" | "transposition";
  /** Rules this one change satisfies: two or more is the strongest evidence. */
  explains: string[];
  reason: Msg;
}

/** Off by one unit in the last printed digit: cut off, or rounded from unrounded figures. */
export type LastDigit = "rounded" | "truncated";

/** What a finding marked as last-digit rounding keeps for its table's note (see lastDigit.ts). */
export interface LastDigitMark {
  how: LastDigit;
  /** The figure as printed (`18,65%`). */
  printed: string;
  /** What its parts give, unrounded. */
  exact: number;
  decimals: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  where: Location;
  agency?: { code?: string; name: string };
  message: Msg;
  expected?: number | string | null;
  actual?: number | string | null;
  suggestion?: Suggestion;
  /** The rule was inferred from the table's shape, not declared: the user should confirm it. */
  inferred?: boolean;
  /** Off by one unit in the last printed digit: folded into one note per table by `runChecks`. */
  lastDigit?: LastDigitMark;
}

export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding) =>
    [
      SEVERITIES.indexOf(f.severity),
      f.where.source,
      f.where.table,
      f.where.line ?? 0,
      f.where.cell ?? "",
      f.where.column ?? 0,
    ].join("\u0000");
  return [...findings].sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
  );
}
