/**
 * What a column's cells are, counted: figures and their kinds, names of agencies, web
 * addresses, text; and what its header says (a hint, a period, a level). Roles are decided on
 * these facts.
 */
import { AgencyMatcher, namesAgency } from "../../agencies/matchAgency";
import { splitAgencyCell } from "../../agencies/splitAgencyCell";
import { parseVietnameseNumber } from "../../numbers/parseVietnameseNumber";
import {
  cellShape,
  RANK_THEN_VALUE,
  VALUE_THEN_RANK,
} from "../layout/cellShape";
import type { SourceCell } from "../layout/grid";
import type { ColumnHint, Period, Profile } from "../vocabulary/profile";

export interface ColumnFacts {
  header: string;
  hint?: ColumnHint;
  period?: Period;
  /** The header names only a period (`Năm 2017`, `2010`): the cells decide the role. */
  periodOnly: boolean;
  /** The header says its figures are percentages (`Tỷ lệ … (%)`), written with or without `%`. */
  percentHeader: boolean;
  level?: number;
  cells: SourceCell[];
  nonEmpty: number;
  /** Cells that are a figure, a combined `rank (value)`, or a no-figure mark. */
  figures: number;
  combined: number;
  texts: number;
  websites: number;
  /** Parsed figures (null for text, marks and empty cells). */
  values: (number | null)[];
  integers: number;
  percents: number;
  fractions: number;
  /** Figures with decimals in [0, 1]. */
  unitDecimals: number;
  maxDecimals: number;
  /** Cells naming agencies of the register. */
  agencies: number;
  /** Texts that repeat: a column of a few labels in a cycle (`Mức độ 3`, `Mức độ 4`, …). */
  distinctTexts: number;
}

export function columnFacts(
  header: string,
  cells: SourceCell[],
  profile: Profile,
  matcher: AgencyMatcher,
): ColumnFacts {
  const facts: ColumnFacts = {
    header,
    periodOnly: header !== "" && profile.isPeriodOnly(header),
    percentHeader: header !== "" && profile.isPercentLabel(header),
    cells,
    nonEmpty: 0,
    figures: 0,
    combined: 0,
    texts: 0,
    websites: 0,
    values: [],
    integers: 0,
    percents: 0,
    fractions: 0,
    unitDecimals: 0,
    maxDecimals: 0,
    agencies: 0,
    distinctTexts: 0,
  };
  const hint = header ? profile.columnHint(header) : undefined;
  if (hint) facts.hint = hint;
  const period = header ? profile.periodOf(header) : undefined;
  if (period) facts.period = period;
  const level = header ? profile.levelOf(header) : undefined;
  if (level !== undefined) facts.level = level;
  const texts = new Set<string>();
  // Agency names are matched on a sample: enough to tell a column of names from others.
  let matched = 0;
  let tried = 0;
  for (const cell of cells) {
    const text = cell.text.trim();
    const shape = cellShape(text);
    facts.values.push(null);
    if (shape === "empty") continue;
    facts.nonEmpty++;
    if (shape === "website") facts.websites++;
    if (shape === "combined") {
      facts.combined++;
      facts.figures++;
      continue;
    }
    if (shape === "missing") {
      facts.figures++;
      continue;
    }
    if (shape === "text") {
      facts.texts++;
      texts.add(text.toLowerCase());
      // Names are short: prose in a cell is not worth the register's fuzzy search.
      if (tried < 200 && (text.length > 80 || text.split(" ").length > 12)) {
        tried++;
      } else if (tried < 200) {
        tried++;
        const found = splitAgencyCell(text, matcher);
        if (found.length && found.every(namesAgency)) matched++;
      }
      continue;
    }
    if (shape !== "number") continue;
    const p = parseVietnameseNumber(text);
    facts.figures++;
    facts.values[facts.values.length - 1] = p.value;
    if (p.kind === "percent") facts.percents++;
    else if (p.kind === "fraction") facts.fractions++;
    else if (p.kind === "integer") facts.integers++;
    if (p.decimals > facts.maxDecimals) facts.maxDecimals = p.decimals;
    if (p.kind === "decimal" && p.value! >= 0 && p.value! <= 1)
      facts.unitDecimals++;
  }
  facts.agencies =
    tried === 0 ? 0 : Math.round((matched / tried) * facts.texts);
  facts.distinctTexts = texts.size;
  return facts;
}

export const share = (part: number, whole: number) =>
  whole === 0 ? 0 : part / whole;

/** Percentages: most cells written with `%`, or the header says so and the figures fit [0, 100]. */
export const percentages = (f: ColumnFacts) =>
  f.percents > f.figures / 2 ||
  (f.percentHeader &&
    f.values.some((v) => v !== null) &&
    f.values.every((v) => v === null || (v >= 0 && v <= 100)));

/** The rank and value of a combined cell: `17 (0,633)` and `0,633 (17)` both give 17 and `0,633`. */
export function splitCombined(
  text: string,
): { rank: string; value: string } | undefined {
  const t = text.trim();
  const rv = RANK_THEN_VALUE.exec(t);
  if (rv) return { rank: rv[1], value: rv[2].trim() };
  const vr = VALUE_THEN_RANK.exec(t);
  if (vr) return { rank: vr[2], value: vr[1].trim() };
  return undefined;
}
