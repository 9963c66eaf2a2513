/**
 * A table as it was laid out in what the user pasted or in a sheet, before anything is
 * recognised: header rows and body rows of cells, each cell knowing where it came from, so that
 * every finding can point back at the very line and column the user sees.
 */

/** A cell's text and its place in the source: 1-based line (or sheet row) and column. */
export interface SourceCell {
  text: string;
  line: number;
  column: number;
}

/**
 * tabs: tab-separated rows (copied from a browser, Excel, Word); html: `<table>` markup;
 * pipes: `| a | b |` rows; semicolons: `a;b;c` rows (CSV in a Vietnamese locale); cells-per-line: one cell per line or paragraph (PDF and web text);
 * spaces: a row per line with cells separated by spaces; sheet: a worksheet.
 */
export type Layout =
  | "tabs"
  | "html"
  | "pipes"
  | "semicolons"
  /** `a,b,c` rows: CSV from an English locale. */
  | "commas"
  | "cells-per-line"
  | "spaces"
  /** A numbered list (`1. name`), one agency a line. */
  | "list"
  | "sheet";

export interface Grid {
  layout: Layout;
  /** First line (or sheet row) of the table. */
  line: number;
  /** The title line before the table (`Bảng 2.1. …`), and its number. */
  title?: string;
  tableNo?: string;
  /** The nearest short line of text before the table when there is no title: a hint of what it is. */
  caption?: string;
  /**
   * The short lines of text just before the table, nearest first (at most three, the caption
   * among them): where a period may be named when the caption is a posting date.
   */
  lead?: string[];
  header: SourceCell[][];
  rows: SourceCell[][];
  /** Lines of rows that came short of a dropped cell, their cells placed by content. */
  aligned?: number[];
  /** Lines inside the table that are not rows of it. */
  skipped: { line: number; text: string; reason: SkipReason }[];
}

export type SkipReason =
  | "repeated-header"
  | "page-number"
  | "not-a-row"
  /** A line among the rows that could not be read as one: listed, never dropped in silence. */
  | "not-read"
  /** Left out by the user (one of an agency's rows when it is listed twice). */
  | "left-out";

/**
 * The text of a header: each column's header cells joined, top to bottom. A cell left empty to
 * the right of a filled one, over a filled cell below, is the filled one spanning columns
 * (`Xếp hạng` over `2011 | 2010`).
 */
export function headerTexts(grid: Grid, width: number): string[] {
  const rows = grid.header.map((row) =>
    Array.from({ length: width }, (_, c) => row[c]?.text ?? ""),
  );
  rows.forEach((row, r) => {
    for (let c = 1; c < width; c++)
      if (
        row[c] === "" &&
        row[c - 1] !== "" &&
        rows.slice(r + 1).some((below) => below[c] !== "")
      )
        row[c] = row[c - 1];
  });
  return Array.from({ length: width }, (_, c) =>
    rows
      .map((row) => row[c])
      .filter((t) => t !== "")
      .join(" ")
      .trim(),
  );
}

export function gridWidth(grid: Grid): number {
  return Math.max(
    0,
    ...grid.header.map((r) => r.length),
    ...grid.rows.map((r) => r.length),
  );
}
