/**
 * Order between columns: does a column of small whole numbers follow another column's values
 * (a rank), or the order of the rows (a row number)?
 */

/**
 * Share of pairs of rows where the better rank has the value at least as high: 1 for a rank
 * column of that value column (ties ranked apart count as agreeing). Undefined when fewer than
 * three pairs can be compared.
 */
export function rankAgreement(
  ranks: (number | null)[],
  values: (number | null)[],
): number | undefined {
  const idx: number[] = [];
  for (let i = 0; i < ranks.length; i++)
    if (ranks[i] !== null && values[i] !== null) idx.push(i);
  // Long tables: a sample of rows is enough to tell.
  const step = Math.max(1, Math.floor(idx.length / 400));
  const rows = idx.filter((_, k) => k % step === 0);
  let agree = 0;
  let compared = 0;
  for (let a = 0; a < rows.length; a++)
    for (let b = a + 1; b < rows.length; b++) {
      const [i, j] = [rows[a], rows[b]];
      if (ranks[i] === ranks[j]) continue;
      compared++;
      const better = ranks[i]! < ranks[j]! ? i : j;
      const worse = better === i ? j : i;
      if (values[better]! >= values[worse]!) agree++;
    }
  return compared < 3 ? undefined : agree / compared;
}

/**
 * The share of rows whose values follow their ranks: the longest run of rows, in rank order,
 * whose values never rise, over the rows with both. One mistyped value costs one row, however
 * many pairs it spoils. Undefined below three rows.
 */
export function rankFollowingShare(
  ranks: (number | null)[],
  values: (number | null)[],
): number | undefined {
  const rows: [number, number][] = [];
  for (let i = 0; i < ranks.length; i++)
    if (ranks[i] !== null && values[i] !== null)
      rows.push([ranks[i]!, values[i]!]);
  if (rows.length < 3) return undefined;
  // Equal ranks in any order of their values; then the longest non-increasing subsequence.
  rows.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const tails: number[] = []; // tails[k]: the largest last value of a run of k + 1 rows
  for (const [, v] of rows) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] >= v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length / rows.length;
}

/** Whole numbers from 1 going up by one row by row, or by more where rows were left out. */
export function rowSequence(
  values: (number | null)[],
): { jumps: boolean } | undefined {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < 2 || xs[0] !== 1 || xs.length < values.length * 0.8)
    return undefined;
  let jumps = false;
  for (let i = 1; i < xs.length; i++) {
    if (!Number.isInteger(xs[i]) || xs[i] <= xs[i - 1]) return undefined;
    if (xs[i] !== xs[i - 1] + 1) jumps = true;
  }
  return { jumps };
}

/** The rows are printed from the highest value down (ties in any order). */
export function descending(values: (number | null)[]): boolean {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < 2) return false;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[i - 1]) return false;
  return true;
}

/** Gaps in published ranks that ties do not explain: rows of the ranking were left out. */
export function rankGaps(ranks: (number | null)[]): number {
  const xs = ranks
    .filter((v): v is number => v !== null && Number.isInteger(v))
    .sort((a, b) => a - b);
  let missing = xs.length && xs[0] > 1 ? xs[0] - 1 : 0;
  for (let i = 1; i < xs.length; i++) {
    // After a group of equal ranks of size s starting at r, the next rank is r + s.
    let start = i - 1;
    while (start > 0 && xs[start - 1] === xs[i - 1]) start--;
    const expected = xs[i - 1] === xs[i] ? xs[i] : xs[start] + (i - start);
    if (xs[i] > expected) missing += xs[i] - expected;
  }
  return missing;
}
