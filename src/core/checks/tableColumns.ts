/**
 * A checked table as typed columns: each column's figures (NaN where missing) and the decimals
 * they were shown with, over the data rows and then the total row. Built once per table and
 * shared by every rule, so a rule is a few loops over arrays rather than a walk over cell
 * objects per row.
 */
import type { CheckRow, CheckTable } from "./checkTable";
import type { Comparison, Expr, ParsedRule } from "./ruleExpression";

export interface TableColumns {
  /** The rows the columns run over: the data rows, then the total row. */
  rows: CheckRow[];
  values(column: number): Float64Array;
  /** Decimals shown (up to 127), plus 128 where the figure is not a whole number shown as one. */
  decimals(column: number): Uint8Array;
}

const cache = new WeakMap<CheckTable, TableColumns>();

export function tableColumns(table: CheckTable): TableColumns {
  const known = cache.get(table);
  if (known) return known;
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  const values = new Map<number, Float64Array>();
  const decimals = new Map<number, Uint8Array>();
  const build = (column: number) => {
    const v = new Float64Array(rows.length);
    const d = new Uint8Array(rows.length);
    rows.forEach((row, r) => {
      const parsed = row.cells[column]?.parsed;
      const x = parsed?.value ?? null;
      v[r] = x === null ? NaN : x;
      d[r] = !parsed ? 0 : Math.min(parsed.decimals, 127);
      if (x !== null && parsed!.decimals === 0 && !Number.isInteger(x))
        d[r] |= 128;
    });
    values.set(column, v);
    decimals.set(column, d);
  };
  const columns: TableColumns = {
    rows,
    values: (c) => values.get(c) ?? (build(c), values.get(c)!),
    decimals: (c) => decimals.get(c) ?? (build(c), decimals.get(c)!),
  };
  cache.set(table, columns);
  return columns;
}

/** An expression over whole columns: one loop per operation, NaN where a figure is missing. */
export function evaluateColumns(
  e: Expr,
  column: (name: string) => Float64Array,
  n: number,
): Float64Array {
  switch (e.kind) {
    case "number":
      return new Float64Array(n).fill(e.value);
    case "column":
      return column(e.name);
    case "negate": {
      const a = evaluateColumns(e.operand, column, n);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = -a[i];
      return out;
    }
    case "binary": {
      const a = evaluateColumns(e.left, column, n);
      const b = evaluateColumns(e.right, column, n);
      const out = new Float64Array(n);
      switch (e.op) {
        case "+":
          for (let i = 0; i < n; i++) out[i] = a[i] + b[i];
          break;
        case "-":
          for (let i = 0; i < n; i++) out[i] = a[i] - b[i];
          break;
        case "*":
          for (let i = 0; i < n; i++) out[i] = a[i] * b[i];
          break;
        case "/":
          for (let i = 0; i < n; i++) out[i] = b[i] === 0 ? NaN : a[i] / b[i];
          break;
      }
      return out;
    }
  }
}

/**
 * Where a rule fails, over whole columns: positions in `rows` of the failing rows, and how many
 * rows had every figure it needs. The tolerance is the rule's, plus half a unit of the last
 * decimal shown per cell when any figure has decimals (as the row-by-row check allows).
 */
export function failingPositions(
  columns: TableColumns,
  table: CheckTable,
  parsed: ParsedRule,
  base: number,
  holds: (a: number, op: Comparison, b: number, tolerance: number) => boolean,
): { failing: number[]; checked: number } {
  const n = columns.rows.length;
  const index = (name: string) =>
    table.columns.findIndex((c) => c.name === name);
  const column = (name: string) => columns.values(index(name));
  const left = evaluateColumns(parsed.left, column, n);
  const right = evaluateColumns(parsed.right, column, n);
  // Per row: the largest decimals shown, and 128 if a fraction was shown as a whole number.
  const shown = new Uint8Array(n);
  const fraction = new Uint8Array(n);
  for (const name of parsed.columns) {
    const d = columns.decimals(index(name));
    for (let i = 0; i < n; i++) {
      const places = d[i] & 127;
      if (places > shown[i]) shown[i] = places;
      fraction[i] |= d[i] & 128;
    }
  }
  const slack = 0.5 * parsed.columns.length;
  const failing: number[] = [];
  let checked = 0;
  for (let i = 0; i < n; i++) {
    const a = left[i];
    const b = right[i];
    if (a !== a || b !== b) continue;
    checked++;
    const s = shown[i];
    const tolerance = s === 0 && !fraction[i] ? base : base + slack * 10 ** -s;
    if (!holds(a, parsed.comparison, b, tolerance)) failing.push(i);
  }
  return { failing, checked };
}
