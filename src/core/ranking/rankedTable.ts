/**
 * A ranked table as published: rank, agency, value; rows by rank, tied agencies in Vietnamese
 * alphabetical order, agencies without a value last.
 */
import { compareVietnamese } from "../text/vietnameseText";

export interface RankedRow {
  rank: number | null;
  code: string;
  agency: string;
  value: number | null;
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
