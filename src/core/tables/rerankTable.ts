/**
 * Recomputes the ranks of a pasted ranked table from its values and sets them beside the
 * published ones. Where they differ, says the likely reason; the consistency checks build on it.
 */
import { isResolved, MatchNote, MatchStatus } from "../agencies/matchAgency";
import type { BlockId } from "../agencies/registerSchema";
import type { TieMethod } from "../methodology/methodologySchema";
import { rankValues } from "../ranking/rank";
import { sortRankedRows } from "../ranking/rankedTable";
import type { Measure, PastedRankedTable } from "./parseRankedTables";

export type RankDifference =
  /** Equal values, published with different ranks (ties numbered in sequence). */
  | "tie-ranked-apart"
  /** No value, yet a published rank (often put at the bottom). */
  | "no-data-ranked"
  /** The published rank is missing or not a number. */
  | "no-published-rank"
  | "rank-differs";

export interface RerankedRow {
  block: BlockId | null;
  group: string | null;
  /** Recomputed rank; null when the agency has no value. */
  rank: number | null;
  /** Canonical name when resolved, else the name as given. */
  agency: string;
  code: string | null;
  input_name: string;
  value: number | null;
  published_rank: number | null;
  /** Line in the pasted text. */
  line: number;
  match: { status: MatchStatus; confidence: number; notes: MatchNote[] };
  difference?: RankDifference;
}

export interface RerankedTable {
  title?: string;
  tableNo?: string;
  block: BlockId | null;
  group: string | null;
  measure: Measure;
  ties: TieMethod;
  rows: RerankedRow[];
  /** Rows whose recomputed rank differs from the published one. */
  differences: number;
}

export function rerankTable(
  table: PastedRankedTable,
  ties: TieMethod = "competition",
): RerankedTable {
  const entries = table.rows.flatMap((row) =>
    row.agencies.map((m) => ({
      row,
      match: m,
      agency: isResolved(m) ? m.agency.name : m.name,
      code: isResolved(m) ? m.agency.code : null,
      value: row.value.value,
      published:
        row.publishedRank.kind === "integer" ? row.publishedRank.value : null,
    })),
  );
  const values = Float64Array.from(entries, (e) => e.value ?? NaN);
  const ranks = rankValues(values, {
    ties,
    names: entries.map((e) => e.agency),
  });

  const rows: RerankedRow[] = entries.map((e, i) => {
    const rank = ranks[i] || null;
    const out: RerankedRow = {
      block: table.block ?? null,
      group: table.group ?? null,
      rank,
      agency: e.agency,
      code: e.code,
      input_name: e.match.input.trim(),
      value: e.value,
      published_rank: e.published,
      line: e.row.line,
      match: {
        status: e.match.status,
        confidence: e.match.confidence,
        notes: e.match.notes,
      },
    };
    if (e.published === null) out.difference = "no-published-rank";
    else if (rank !== e.published) {
      const tiedElsewhere =
        e.value !== null &&
        entries.some(
          (o, j) =>
            j !== i && o.value === e.value && o.published !== e.published,
        );
      out.difference =
        e.value === null
          ? "no-data-ranked"
          : tiedElsewhere
            ? "tie-ranked-apart"
            : "rank-differs";
    }
    return out;
  });
  return {
    ...(table.title ? { title: table.title } : {}),
    ...(table.tableNo ? { tableNo: table.tableNo } : {}),
    block: table.block ?? null,
    group: table.group ?? null,
    measure: table.measure,
    ties,
    rows: sortRankedRows(rows),
    differences: rows.filter((r) => r.difference).length,
  };
}
