/**
 * What a cell looks like, before any role is known: a figure, a rank with its value in one cell
 * (`17 (0,633)`), a mark for "no figure" (`-`, `x`), a web address, text, or nothing.
 */
import { parseVietnameseNumber } from "../../numbers/parseVietnameseNumber";
import { cleanCellText } from "../../text/cleanCellText";

export type CellShape =
  "number" | "combined" | "missing" | "website" | "text" | "empty";

/** `17 (0,633)`: a rank, then the value it was given for. */
export const RANK_THEN_VALUE = /^(\d{1,4})\s*\(\s*([-−]?\d[\d.,]*\s*%?)\s*\)$/;
/** `0,633 (17)`: a value, then its rank. */
export const VALUE_THEN_RANK = /^([-−]?\d[\d.,]*\s*%?)\s*\(\s*(\d{1,4})\s*\)$/;

const WEBSITE =
  /^(https?:\/\/)?(www\.)?[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i;
const MISSING_MARK = /^([-–—x.…]{1,3}|n\/a|k\/c)$/i;

/**
 * Readers ask for the shape of the same cell many times (every reading of a table tried, every
 * short row placed): looked up, the cache emptied when it grows past a bound.
 */
const SHAPES = new Map<string, CellShape>();
export function cellShape(text: string): CellShape {
  let shape = SHAPES.get(text);
  if (shape === undefined) {
    if (SHAPES.size >= 20_000) SHAPES.clear();
    shape = shapeOf(text);
    SHAPES.set(text, shape);
  }
  return shape;
}

function shapeOf(text: string): CellShape {
  const t = text.trim();
  if (t === "") return "empty";
  if (RANK_THEN_VALUE.test(t) || VALUE_THEN_RANK.test(t)) return "combined";
  if (MISSING_MARK.test(t)) return "missing";
  // An address is written in small letters (or begins `http`, `www`); `TP.HCM`, `TP.HN` in
  // capitals are names shortened, not addresses.
  if (
    WEBSITE.test(t) &&
    !/\s/.test(t) &&
    (/[a-z]/.test(t.split(".").pop() ?? "") || /^(https?:|www\.)/i.test(t))
  )
    return "website";
  const parsed = parseVietnameseNumber(t);
  // `Chưa có dịch vụ hoạt động`, `Không có số liệu`: words that stand for no figure.
  if (parsed.missingReason === "no-data" && t.length <= 60) return "missing";
  // `3,08 người/cơ quan` is a figure with its unit; `1 Thừa Thiên Huế` is a rank and a name.
  if (parsed.value !== null && !/^\p{Lu}/u.test(parsed.unit ?? ""))
    return "number";
  return "text";
}

/** A year alone (`2017`): it heads a column or names a period; any other figure is data. */
export const isYear = (text: string) =>
  /^(19[89]\d|20\d\d)$/.test(cleanCellText(text));

/** A figure, or where a figure stands (a combined cell, a no-figure mark). */
export const isFigure = (shape: CellShape) =>
  shape === "number" || shape === "combined" || shape === "missing";
