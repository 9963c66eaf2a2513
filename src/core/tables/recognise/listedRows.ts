/**
 * A row whose label lists several items (`- Có trung tâm dữ liệu - Có trung tâm dữ liệu dự phòng
 * - Chỉ có phòng máy chủ`) and whose cells hold as many figures each (`81,82% 45,45% 36,36%`):
 * one sub-row per item, each figure in its own row, so that each is read and checked on its own.
 * A row is split only when every cell with figures holds exactly as many as the label lists
 * items; any other cell with several figures is left as it is (and said to be no figure).
 */
import { parseVietnameseNumber } from "../../numbers/parseVietnameseNumber";
import { cellShape } from "../layout/cellShape";
import type { SourceCell } from "../layout/grid";
import type { Frame } from "./frame";

/** The items a label lists: `- a - b`, `• a • b`, `a; b; c`, `a) … b) …`. */
export function listedItems(label: string): string[] | undefined {
  const t = label.trim();
  const bullets = /(?:^|\s)[-–•+*]\s+/u;
  if (bullets.test(t) && /^[-–•+*]\s/u.test(t)) {
    const items = t
      .split(/(?:^|\s)[-–•+*]\s+/u)
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length >= 2) return items;
  }
  const lettered = t
    .split(/(?:^|\s)[a-zđ]\)\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
  if (/^[a-zđ]\)\s/u.test(t) && lettered.length >= 2) return lettered;
  if (t.includes(";")) {
    const items = t
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length >= 2) return items;
  }
  return undefined;
}

/** The figures of a cell that holds several, separated by spaces; undefined otherwise. */
export function cellFigures(text: string): string[] | undefined {
  const raw = text.trim().split(/\s+/);
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    // `45,45 %`, `5,42 Mbps/người`: a figure and its unit are one.
    const next = raw[i + 1];
    if (next !== undefined && cellShape(next) === "text" && !/\d/.test(next)) {
      const joined = `${raw[i]} ${next}`;
      if (
        cellShape(raw[i]) === "number" &&
        parseVietnameseNumber(joined).unit === next
      ) {
        parts.push(joined);
        i++;
        continue;
      }
    }
    if (cellShape(raw[i]) !== "number") return undefined;
    parts.push(raw[i]);
  }
  return parts.length >= 2 ? parts : undefined;
}

/**
 * The frame with each listing row split into its items; the rows split, by the line they came
 * from. A sub-row keeps its cells' places, so that a finding points at the cell that holds it.
 */
export function splitListedRows(frame: Frame): {
  frame: Frame;
  split: number[];
} {
  const split: number[] = [];
  const rows: SourceCell[][] = [];
  for (const row of frame.rows) {
    const sub = subRows(row);
    if (sub) {
      rows.push(...sub);
      split.push(row[0]?.line ?? 0);
    } else rows.push(row);
  }
  return split.length ? { frame: { ...frame, rows }, split } : { frame, split };
}

function subRows(row: SourceCell[]): SourceCell[][] | undefined {
  // The label: the cell listing items, left of every cell of figures.
  let label = -1;
  let items: string[] | undefined;
  for (let c = 0; c < row.length && !items; c++) {
    if (cellShape(row[c].text) !== "text") continue;
    items = listedItems(row[c].text);
    if (items) label = c;
  }
  if (!items) return undefined;
  const n = items.length;
  // The cells right of the label: figures, several to a cell; words (a note) stay whole.
  const figures = row.map((cell, c) => {
    if (c <= label) return undefined;
    const shape = cellShape(cell.text);
    if (shape === "empty" || shape === "missing") return undefined;
    if (shape === "text" && !/\d/.test(cell.text)) return undefined;
    return cellFigures(cell.text) ?? (shape === "number" ? [cell.text] : null);
  });
  // Every cell with figures holds one per item, and at least one such cell.
  const held = figures.filter((f) => f !== undefined);
  if (held.length === 0 || held.some((f) => f === null || f.length !== n))
    return undefined;
  // Cells left of the label (a row number) stay with the first item.
  return items.map((item, i) =>
    row.map((cell, c) => ({
      ...cell,
      text:
        c === label
          ? item
          : figures[c]
            ? figures[c]![i]
            : c < label && i > 0
              ? ""
              : cell.text,
    })),
  );
}
