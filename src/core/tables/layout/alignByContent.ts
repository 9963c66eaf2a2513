/**
 * A row that came with fewer cells than its table, as PDF and web copies give it when they drop
 * an empty cell: its cells placed in the columns whose content they are like. A column is known
 * by its full rows: agency names, other words, or figures of one form (whole numbers, so many
 * decimals, a percentage, a unit). A short row is placed only when exactly one order-keeping
 * placement suits every cell; otherwise it is not read, never placed by position alone.
 */
import { parseVietnameseNumber } from "../../numbers/parseVietnameseNumber";
import { cellShape } from "./cellShape";

/** What a column holds, learnt from its full rows. */
export interface ColumnKind {
  kind: "agency" | "text" | "figure";
  /** Figures: the forms seen (`int`, `dec:3`, `pct:2`, `combined` …). */
  forms?: Set<string>;
  /** …and without their decimals and units (`int`, `dec`, `pct` …). */
  coarse?: Set<string>;
}

export interface AlignContext {
  isAgencyName(text: string): boolean;
}

/** A figure's form: whole or decimal, its decimals, a percentage, its unit (looked up, as cellShape). */
const FORMS = new Map<string, string | undefined>();
function formOf(text: string): string | undefined {
  if (FORMS.has(text)) return FORMS.get(text);
  if (FORMS.size >= 20_000) FORMS.clear();
  const form = figureForm(text);
  FORMS.set(text, form);
  return form;
}

function figureForm(text: string): string | undefined {
  const shape = cellShape(text);
  if (shape === "combined") return "combined";
  if (shape !== "number") return undefined;
  const p = parseVietnameseNumber(text);
  if (p.value === null) return undefined;
  const unit = p.unit ? `:${p.unit.toLowerCase()}` : "";
  if (p.kind === "percent") return `pct:${p.decimals}${unit}`;
  if (p.kind === "fraction") return `frac${unit}`;
  return p.decimals > 0 ? `dec:${p.decimals}${unit}` : `int${unit}`;
}

/**
 * The kinds of a table's columns from its full rows, or undefined when a column is of no one
 * kind (then no short row can be placed by content).
 */
export function columnKinds(
  rows: readonly (readonly string[])[],
  ctx: AlignContext,
): ColumnKind[] | undefined {
  if (rows.length < 2) return undefined;
  const width = rows[0].length;
  const kinds: ColumnKind[] = [];
  for (let c = 0; c < width; c++) {
    const cells = rows.map((r) => r[c] ?? "").filter((t) => t.trim() !== "");
    const shapes = cells.map((t) => cellShape(t));
    const figures = shapes.filter(
      (s) => s === "number" || s === "combined" || s === "missing",
    ).length;
    if (cells.length === 0) return undefined;
    if (figures === cells.length) {
      const forms = new Set<string>();
      for (const t of cells) {
        const f = formOf(t);
        if (f) forms.add(f);
      }
      if (forms.size === 0) return undefined;
      kinds.push({
        kind: "figure",
        forms,
        coarse: new Set([...forms].map(coarseOf)),
      });
    } else if (figures === 0) {
      const names = cells.filter((t) => ctx.isAgencyName(t)).length;
      kinds.push({ kind: names * 2 > cells.length ? "agency" : "text" });
    } else return undefined;
  }
  return kinds;
}

const coarseOf = (form: string) => form.split(":")[0];

function suits(
  cell: string,
  kind: ColumnKind,
  ctx: AlignContext,
  loose = false,
): boolean {
  const shape = cellShape(cell);
  if (kind.kind === "agency") return ctx.isAgencyName(cell);
  if (kind.kind === "text") return shape === "text" || shape === "website";
  // A no-figure mark stands where a figure would: it is a cell, never a dropped one.
  if (shape === "missing") return true;
  const form = formOf(cell);
  if (form === undefined) return false;
  return loose ? kind.coarse!.has(coarseOf(form)) : kind.forms!.has(form);
}

/**
 * Whether each of a full row's cells is like its column's, as broadly as a row of the table
 * varies (a figure's decimals may; whole or decimal may not). An empty cell is like any.
 */
export function fitsKinds(
  cells: readonly string[],
  kinds: readonly ColumnKind[],
  ctx: AlignContext,
): boolean {
  return kinds.every(
    (kind, c) =>
      (cells[c] ?? "").trim() === "" || suits(cells[c], kind, ctx, true),
  );
}

/**
 * The row's cells placed in the table's columns (empty where a cell was dropped), when exactly
 * one placement keeps their order and suits every cell; undefined otherwise.
 */
export function alignByContent(
  cells: readonly string[],
  kinds: readonly ColumnKind[],
  ctx: AlignContext,
): string[] | undefined {
  const n = cells.length;
  const k = kinds.length;
  if (n === 0 || n >= k) return undefined;
  // ways[i][c]: placements of cells i.. into columns c.. (capped at 2: one is all we accept).
  const fit = cells.map((cell) => kinds.map((kind) => suits(cell, kind, ctx)));
  const ways: number[][] = Array.from({ length: n + 1 }, () =>
    new Array<number>(k + 1).fill(0),
  );
  for (let c = 0; c <= k; c++) ways[n][c] = 1;
  for (let i = n - 1; i >= 0; i--)
    for (let c = k - 1; c >= 0; c--)
      ways[i][c] = Math.min(
        2,
        ways[i][c + 1] + (fit[i][c] ? ways[i + 1][c + 1] : 0),
      );
  if (ways[0][0] !== 1) return undefined;
  const out = new Array<string>(k).fill("");
  for (let i = 0, c = 0; i < n; c++)
    if (fit[i][c] && ways[i + 1][c + 1] === 1) out[c] = cells[i++];
  return out;
}
