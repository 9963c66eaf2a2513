/**
 * A grid as a frame of aligned columns, and the reshapes that bring any table to one row per
 * agency (or per labelled row): agencies across the header turned down (transposed), one row per
 * agency and figure turned wide (long), a combined `rank (value)` column split in two.
 */
import { gridWidth, headerTexts } from "../layout/grid";
import type { Grid, SourceCell } from "../layout/grid";
import { splitCombined } from "./columnFacts";

export interface Frame {
  headers: string[];
  /** Where each header is, for findings about a header (a cell above the column). */
  headerCells: SourceCell[];
  rows: SourceCell[][];
  /** Per column: the grid column its cells come from, and the part of a combined cell. */
  sources: number[];
  parts: ("rank" | "value" | undefined)[];
}

export function frameOf(grid: Grid): Frame {
  const width = gridWidth(grid);
  const headers = headerTexts(grid, width);
  const lastHeader = grid.header[grid.header.length - 1];
  const headerCells = headers.map((text, c): SourceCell => ({
    text,
    line: lastHeader?.[c]?.line ?? grid.line,
    column: c + 1,
  }));
  const rows = grid.rows
    .map((row) =>
      Array.from(
        { length: width },
        (_, c): SourceCell =>
          row[c] ?? {
            text: "",
            line: row[0]?.line ?? grid.line,
            column: c + 1,
          },
      ),
    )
    .filter((row) => row.some((c) => c.text.trim() !== ""));
  // Columns empty from top to bottom (a trailing tab) are not columns.
  const keep = headers
    .map((h, c) => h !== "" || rows.some((r) => r[c].text.trim() !== ""))
    .map((k, c) => (k ? c : -1))
    .filter((c) => c >= 0);
  return {
    headers: keep.map((c) => headers[c]),
    headerCells: keep.map((c) => headerCells[c]),
    rows: rows.map((r) => keep.map((c) => r[c])),
    sources: keep,
    parts: keep.map(() => undefined),
  };
}

/** Rows become columns: the header row names the agencies, the first column the figures. */
export function transpose(frame: Frame): Frame {
  const width = frame.headers.length;
  const headerCells = [frame.headerCells[0], ...frame.rows.map((r) => r[0])];
  const rows = Array.from({ length: width - 1 }, (_, k) => [
    frame.headerCells[k + 1],
    ...frame.rows.map((r) => r[k + 1]),
  ]);
  return {
    headers: headerCells.map((c) => c.text),
    headerCells,
    rows,
    sources: headerCells.map((c) => c.column - 1),
    parts: headerCells.map(() => undefined),
  };
}

/**
 * One row per agency and figure (the agency written once, the figure's name in a label column)
 * turned into one row per agency with a column per figure name.
 */
export function widen(
  frame: Frame,
  agency: number,
  label: number,
  figures: number[],
): Frame {
  const names: string[] = [];
  const byAgency: { agency: SourceCell; cells: Map<string, SourceCell> }[] = [];
  for (const row of frame.rows) {
    const a = row[agency];
    if (a.text.trim() !== "" || byAgency.length === 0)
      byAgency.push({ agency: a, cells: new Map() });
    const current = byAgency[byAgency.length - 1];
    const variable = row[label].text.trim();
    if (variable === "") continue;
    for (const f of figures) {
      const name =
        figures.length > 1 ? `${variable} ${frame.headers[f]}` : variable;
      if (!names.includes(name)) names.push(name);
      current.cells.set(name, row[f]);
    }
  }
  const head = frame.headerCells[agency];
  return {
    headers: [frame.headers[agency], ...names],
    headerCells: [
      head,
      ...names.map((text, k) => ({ text, line: head.line, column: k + 2 })),
    ],
    rows: byAgency.map((b) => [
      b.agency,
      ...names.map(
        (n) =>
          b.cells.get(n) ?? {
            text: "",
            line: b.agency.line,
            column: b.agency.column,
          },
      ),
    ]),
    sources: [
      frame.sources[agency],
      ...names.map(() => frame.sources[figures[0]]),
    ],
    parts: [undefined, ...names.map(() => undefined)],
  };
}

/** A combined `rank (value)` column as two columns: the rank, then the value. */
export function splitCombinedColumn(frame: Frame, column: number): Frame {
  const part = (cell: SourceCell, which: "rank" | "value"): SourceCell => {
    const split = splitCombined(cell.text);
    return {
      ...cell,
      text: split ? split[which] : which === "rank" ? cell.text : "",
    };
  };
  const insert = <T>(list: T[], rank: T, value: T) => [
    ...list.slice(0, column),
    rank,
    value,
    ...list.slice(column + 1),
  ];
  return {
    headers: insert(
      frame.headers,
      frame.headers[column],
      frame.headers[column],
    ),
    headerCells: insert(
      frame.headerCells,
      frame.headerCells[column],
      frame.headerCells[column],
    ),
    rows: frame.rows.map((r) =>
      insert(r, part(r[column], "rank"), part(r[column], "value")),
    ),
    sources: insert(
      frame.sources,
      frame.sources[column],
      frame.sources[column],
    ),
    parts: insert(frame.parts, "rank", "value"),
  };
}
