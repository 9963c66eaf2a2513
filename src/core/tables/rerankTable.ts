/**
 * Recomputes the ranks of a pasted ranked table from its values and sets them beside the
 * published ones. Where they differ, says the likely reason; the consistency checks build on it.
 * Where the table gives a previous period (its rank, or its value to rank by), each agency also
 * gets its previous rank and its movement: previous − current, positive when it moved up.
 */
import { isResolved, MatchNote, MatchStatus } from "../agencies/matchAgency";
import type { Msg } from "../msg";
import type { BlockId } from "../agencies/registerSchema";
import type { TieMethod } from "../methodology/methodologySchema";
import { rankValues } from "../ranking/rank";
import { RankedRow, sortRankedRows } from "../ranking/rankedTable";
import type { Measure, PastedRankedTable } from "./parseRankedTables";

export type RankDifference =
  /** Equal values, published with different ranks (ties numbered in sequence). */
  | "tie-ranked-apart"
  /** No value, yet a published rank (often put at the bottom). */
  | "no-data-ranked"
  /** The published rank is missing or not a number. */
  | "no-published-rank"
  | "rank-differs";

/** Why a recomputed rank differs from the published one, in words. */
export const DIFFERENCE: Record<RankDifference, Msg> = {
  "tie-ranked-apart": {
    vi: "bằng giá trị nhưng công bố khác hạng",
    en: "equal value, published with another rank",
  },
  "no-data-ranked": {
    vi: "không có số liệu nhưng được xếp hạng",
    en: "no figure, yet ranked",
  },
  "no-published-rank": {
    vi: "không có hạng công bố",
    en: "no published rank",
  },
  "rank-differs": {
    vi: "hạng công bố khác hạng tính lại",
    en: "published rank differs from the recomputed one",
  },
};

/** A pasted table's row ranked again: every field of a ranked row filled, and where it was read. */
export interface RerankedRow extends RankedRow {
  block: BlockId | null;
  group: string | null;
  /** Recomputed rank (the published one where the table has no values); null without either. */
  rank: number | null;
  inputName: string;
  publishedRank: number | null;
  /** The previous period's rank: as published, or computed from its values. */
  previousRank: number | null;
  previousValue: number | null;
  /** previousRank − current rank (the published one where there is one): positive is up. */
  movement: number | null;
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
  decimals: number;
  ties: TieMethod;
  periods: { current?: string; previous?: string };
  /** Whether the table gives a previous period (a rank or a value column). */
  hasPrevious: boolean;
  /** An excerpt of a longer ranking. */
  excerpt: boolean;
  /** Whether ranks were computed again from the values (not for an excerpt with gaps in its ranks). */
  recomputed: boolean;
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
      previousPublished:
        row.previousRank?.kind === "integer" ? row.previousRank.value : null,
      previousValue: row.previousValue?.value ?? null,
    })),
  );
  const names = entries.map((e) => e.agency);
  const hasValues = table.columns.value !== undefined;
  const hasRanks = table.columns.rank !== undefined;
  const ranks = rankValues(
    Float64Array.from(entries, (e) => e.value ?? NaN),
    { ties, names },
  );
  // The previous period's ranks: as published, else from its values.
  const previousRanks =
    table.columns.previousRank === undefined &&
    table.columns.previousValue !== undefined
      ? rankValues(
          Float64Array.from(entries, (e) => e.previousValue ?? NaN),
          { ties, names },
        )
      : undefined;

  // An excerpt's ranks place it in a ranking it shows only part of. A run of consecutive ranks
  // (the top ten, ranks 20–29) is ranked again within itself from its first rank; any other
  // excerpt keeps its ranks as published.
  const offset = table.excerpt && hasRanks ? runStart(entries) : 0;
  const recompute = hasValues && offset !== undefined;
  const rows: RerankedRow[] = entries.map((e, i) => {
    const rank = recompute
      ? ranks[i]
        ? ranks[i] + (offset ?? 0)
        : null
      : e.published;
    const previous =
      e.previousPublished ?? (previousRanks ? previousRanks[i] || null : null);
    const current = e.published ?? rank;
    const out: RerankedRow = {
      block: table.block ?? null,
      group: table.group ?? null,
      rank,
      agency: e.agency,
      code: e.code,
      inputName: e.match.input.trim(),
      value: e.value,
      publishedRank: e.published,
      previousRank: previous,
      previousValue: e.previousValue,
      movement:
        previous !== null && current !== null ? previous - current : null,
      line: e.row.line,
      match: {
        status: e.match.status,
        confidence: e.match.confidence,
        notes: e.match.notes,
      },
    };
    if (!hasRanks || !recompute) return out;
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
    decimals: table.decimals,
    ties,
    periods: table.periods,
    hasPrevious:
      table.columns.previousRank !== undefined ||
      table.columns.previousValue !== undefined,
    excerpt: table.excerpt,
    recomputed: recompute,
    rows: sortRankedRows(rows),
    differences: rows.filter((r) => r.difference).length,
  };
}

/**
 * Where an excerpt's published ranks run without a gap (ties as competition ranks leave them),
 * the rank before its first; undefined where they do not, or where one is missing.
 */
function runStart(entries: { published: number | null }[]): number | undefined {
  const ranks = entries.map((e) => e.published);
  if (ranks.length === 0 || ranks.some((r) => r === null)) return undefined;
  const sorted = (ranks as number[]).slice().sort((a, b) => a - b);
  const first = sorted[0];
  // Competition ranks: the k-th row in order holds a rank no higher than first + k, and the
  // last is at most first + n − 1.
  const inRun =
    sorted.every((r, k) => r <= first + k) &&
    sorted[sorted.length - 1] <= first + sorted.length - 1;
  return inRun ? first - 1 : undefined;
}
