/**
 * An agency listed twice in one table: which rows name it. A paste that repeats rows (copied
 * twice, a page break that repeated a block of rows) would otherwise let the last copy win
 * silently; the user picks the row to keep, or keeps the first of each.
 */
import { isResolved } from "../agencies/matchAgency";
import type { RecognisedTable } from "./recognise/types";

export interface DuplicateAgency {
  code: string;
  /** The register's name. */
  name: string;
  /** Every row naming it, in the order of the text: the agency cell's line and the row's cells. */
  rows: { line: number; printed: string; cells: string[] }[];
}

export function duplicateAgencies(t: RecognisedTable): DuplicateAgency[] {
  const agency = t.roles.agency;
  if (agency === undefined) return [];
  const byCode = new Map<string, DuplicateAgency>();
  for (const row of t.rows) {
    const seen = new Set<string>();
    for (const m of row.agencies) {
      if (!isResolved(m) || seen.has(m.agency.code)) continue;
      seen.add(m.agency.code);
      const d = byCode.get(m.agency.code) ?? {
        code: m.agency.code,
        name: m.agency.name,
        rows: [],
      };
      d.rows.push({
        line: row.cells[agency].line,
        printed: row.label,
        cells: row.cells.map((c) => c.text),
      });
      byCode.set(m.agency.code, d);
    }
  }
  return [...byCode.values()].filter((d) => d.rows.length > 1);
}

/** The lines to leave out so that each agency keeps one row: `keep` picks it (the first by default). */
export function linesToLeaveOut(
  duplicates: readonly DuplicateAgency[],
  keep: (d: DuplicateAgency) => number = (d) => d.rows[0].line,
): number[] {
  return duplicates.flatMap((d) => {
    const kept = keep(d);
    return d.rows.map((r) => r.line).filter((l) => l !== kept);
  });
}
