/**
 * A ranked table as published: rank, agency, value; rows by rank, tied agencies in Vietnamese
 * alphabetical order, agencies without a value last.
 */
import type { BlockId } from "../agencies/registerSchema";
import { compareVietnamese } from "../text/vietnameseText";

/**
 * An agency with its rank: the one row every step, chart and output shares. A table that gives
 * more (the published rank, the previous period) fills the optional fields; a step that knows
 * more still (the draws of the uncertainty, a comparison's predecessors) extends it.
 */
export interface RankedRow {
  /** The canonical name where the agency is resolved, else the name as given. */
  agency: string;
  code: string | null;
  rank: number | null;
  value: number | null;
  block?: BlockId | null;
  /** The criteria group ranked, or `TH` for the overall. */
  group?: string | null;
  /** The name as printed in the table read. */
  inputName?: string;
  publishedRank?: number | null;
  /** The composite as published (the DTI), beside the one recomputed from its parts. */
  publishedValue?: number | null;
  previousRank?: number | null;
  previousValue?: number | null;
  /** previousRank − rank: positive is up. */
  movement?: number | null;
}

export function sortRankedRows<
  T extends { rank: number | null; agency: string },
>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      compareVietnamese(a.agency, b.agency),
  );
}
