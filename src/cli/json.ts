/**
 * The command line's JSON: the rows and results of the steps, whose fields are camelCase in
 * the code (`publishedRank`), printed with the snake_case keys `chiso` has always printed
 * (`published_rank`). The one place where the two meet.
 */
import type { RankedRow } from "../core/ranking/rankedTable";

const snake = (key: string) =>
  key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [snake(k), snakeKeys(v)]),
  );
}

/** JSON as `chiso … --json` prints it: snake_case keys, two-space indent. */
export function toJson(value: unknown): string {
  return JSON.stringify(snakeKeys(value), null, 2);
}

/** A ranked row as `--json` prints it: {block, group, rank, agency, code, input_name, value, published_rank, …extra}. */
export function jsonRow(r: RankedRow, extra: Record<string, unknown> = {}) {
  return {
    block: r.block ?? null,
    group: r.group ?? null,
    rank: r.rank,
    agency: r.agency,
    code: r.code,
    inputName: r.inputName ?? r.agency,
    value: r.value,
    publishedRank: r.publishedRank ?? null,
    ...extra,
  };
}

export function jsonRows(
  t: { rows: RankedRow[] },
  extra: Record<string, unknown> = {},
) {
  return t.rows.map((r) => jsonRow(r, extra));
}
