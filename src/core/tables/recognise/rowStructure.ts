/**
 * Tables of figures that are not lists of agencies: labels on the left (a criterion written
 * once and carried down over its rows, a level under it), figures to the right (often one column
 * per period), notes after them. Rows of a group with a subtotal row (`Tổng 3, 4`, `Cộng`) add
 * up within the group; the table's total row is a row whose label says so and whose figures are
 * the sums; a row's kind (count, percentage, index) comes from its own figures and label.
 */
import type { SourceCell } from "../layout/grid";
import type { Profile } from "../vocabulary/profile";
import { ColumnFacts, percentages } from "./columnFacts";
import type { Frame } from "./frame";
import { parseVietnameseNumber } from "../../numbers/parseVietnameseNumber";
import type { RowSum, TableColumn, TableRow, ValueKind } from "./types";

export interface FigureRows {
  columns: TableColumn[];
  rows: TableRow[];
  total?: TableRow;
  sums: RowSum[];
  variables: "columns" | "rows";
}

const LABEL_HINTS = new Set(["label", "level", "row-number", "unit", "note"]);

export function figureRows(
  frame: Frame,
  facts: ColumnFacts[],
  profile: Profile,
): FigureRows | undefined {
  const isFigureColumn = (f: ColumnFacts) =>
    f.figures > 0 &&
    f.figures >= 0.5 * f.nonEmpty &&
    !(f.hint && LABEL_HINTS.has(f.hint) && f.level === undefined);
  const firstFigure = facts.findIndex(isFigureColumn);
  if (firstFigure < 0) return undefined;
  const columns: TableColumn[] = facts.map((f, c) => {
    const base = {
      header: f.header,
      source: frame.sources[c],
      ...(f.period ? { period: f.period } : {}),
      ...(f.level !== undefined ? { level: f.level } : {}),
      because: "content" as const,
    };
    if (c < firstFigure)
      return {
        ...base,
        role: f.hint === "row-number" ? "row-number" : "label",
        kind: "text",
      };
    if (!isFigureColumn(f)) return { ...base, role: "note", kind: "text" };
    return { ...base, role: "value", kind: columnKind(f) };
  });
  const labels = columns
    .map((c, k) => (c.role === "label" || c.role === "row-number" ? k : -1))
    .filter((k) => k >= 0);
  const figures = columns
    .map((c, k) => (c.role === "value" ? k : -1))
    .filter((k) => k >= 0);

  // A label written once spans the rows below it until the next one: carry it down.
  const carried = labels.slice(0, -1);
  const hasFigures = (row: SourceCell[]) =>
    figures.some((k) => row[k].text.trim() !== "");
  const texts = frame.rows.map((row) => row.map((c) => c.text.trim()));
  for (const k of carried)
    for (let r = 1; r < texts.length; r++)
      if (texts[r][k] === "" && hasFigures(frame.rows[r]))
        texts[r][k] = texts[r - 1][k];
  const outer = carried.find(
    (k) =>
      columns[k].role === "label" &&
      frame.rows.some(
        (row, r) => r > 0 && row[k].text.trim() === "" && hasFigures(row),
      ),
  );
  const nameColumns = labels.filter((k) => columns[k].role === "label");
  const all: TableRow[] = frame.rows.map((cells, r) => {
    const label = nameColumns
      .map((k) => texts[r][k])
      .filter((t, i, all) => t !== "" && all.indexOf(t) === i)
      .join(" › ");
    return {
      cells,
      agencies: [],
      label,
      ...(outer !== undefined ? { group: texts[r][outer] } : {}),
      kind: "data",
    };
  });
  // A label alone on its row heads the rows below (it was carried down to them).
  const rows = all.filter((r) => hasFigures(r.cells));
  const textOf = new Map(all.map((r, i) => [r, texts[i]]));

  // Periods as columns (`Quý I/2018` … `Quý IV/2018`): each row is a series over them.
  const periods = new Set(
    figures.map((k) => facts[k].period?.order).filter((o) => o !== undefined),
  );
  const periodsAcross = periods.size >= 2 && periods.size >= figures.length / 2;
  // Each row's own kind of figures, from its cells and its label.
  for (const row of rows) row.valueKind = rowKind(row, figures, profile);
  const kinds = new Set(rows.map((r) => r.valueKind));
  const variables: FigureRows["variables"] =
    periodsAcross || outer !== undefined || kinds.size > 1 ? "rows" : "columns";

  const innermost = (row: TableRow) =>
    nameColumns.length
      ? textOf.get(row)![nameColumns[nameColumns.length - 1]]
      : row.label;
  const sums: RowSum[] = [];
  // Groups: a subtotal row among the rows of its group.
  if (outer !== undefined) {
    for (const group of groupsOf(rows)) {
      if (group.length < 3) continue;
      const subtotals = group.filter((r) => profile.isTotalLabel(innermost(r)));
      if (subtotals.length !== 1) continue;
      const total = subtotals[0];
      const parts = group.filter((r) => r !== total);
      if (![total, ...parts].every((r) => r.valueKind === "count")) continue;
      total.kind = "subtotal";
      sums.push({
        total,
        parts,
        subset: parts.every((r) => profile.isSubsetLabel(innermost(r))),
        label: total.group ?? total.label,
      });
    }
  }
  // The table's total row: its label says so and its figures are the sums of the rows above.
  let total: TableRow | undefined;
  if (variables === "columns" || outer === undefined) {
    const candidates = rows.filter(
      (r) => r.kind === "data" && profile.isTotalLabel(r.label),
    );
    for (const candidate of candidates.reverse()) {
      const above = rows.filter(
        (r) => r !== candidate && r.kind === "data" && !candidates.includes(r),
      );
      const last = rows[rows.length - 1] === candidate;
      if (last || sumsMostly(candidate, above, figures)) {
        candidate.kind = "total";
        total = candidate;
        break;
      }
    }
  }
  return {
    columns,
    rows: rows.filter((r) => r.kind !== "total"),
    ...(total ? { total } : {}),
    sums,
    variables,
  };
}

function* groupsOf(rows: TableRow[]): Generator<TableRow[]> {
  let current: TableRow[] = [];
  for (const row of rows) {
    if (current.length && current[0].group !== row.group) {
      yield current;
      current = [];
    }
    current.push(row);
  }
  if (current.length) yield current;
}

function columnKind(f: ColumnFacts): ValueKind {
  if (percentages(f)) return "percent";
  if (f.fractions > f.figures / 2) return "fraction";
  if (
    f.integers > 0 &&
    f.values.every((v) => v === null || Number.isInteger(v)) &&
    f.maxDecimals === 0
  )
    return "count";
  if (
    f.unitDecimals > f.figures / 2 &&
    f.values.every((v) => v === null || (v >= 0 && v <= 1))
  )
    return "index";
  return "number";
}

function rowKind(
  row: TableRow,
  figures: number[],
  profile: Profile,
): ValueKind {
  const parsed = figures
    .map((k) => row.cells[k].text.trim())
    .filter((t) => t !== "")
    .map((t) => parseVietnameseNumber(t));
  const values = parsed.filter((p) => p.value !== null);
  if (values.length === 0) return "text";
  const percentLabel = profile.isPercentLabel(row.label);
  if (values.some((p) => p.kind === "percent") || percentLabel)
    return "percent";
  if (values.every((p) => p.kind === "fraction")) return "fraction";
  if (values.every((p) => p.kind === "integer" && p.value! >= 0))
    return "count";
  if (values.every((p) => p.value! >= 0 && p.value! <= 1)) return "index";
  return "number";
}

/** The row's figures equal the sums of the other rows in most figure columns. */
function sumsMostly(
  total: TableRow,
  rows: TableRow[],
  figures: number[],
): boolean {
  let held = 0;
  let tried = 0;
  for (const k of figures) {
    const t = parseVietnameseNumber(total.cells[k].text).value;
    if (t === null) continue;
    tried++;
    const sum = rows.reduce(
      (s, r) => s + (parseVietnameseNumber(r.cells[k].text).value ?? 0),
      0,
    );
    if (Math.abs(sum - t) <= Math.max(1e-9, Math.abs(t) * 1e-6)) held++;
  }
  return tried > 0 && held >= tried / 2;
}
