/**
 * Two periods' rankings of one block, side by side: where each agency stood before and how far
 * it moved (previous − current, positive is up). Agencies are matched by register code. Across
 * editions (63 provinces then, 34 now) a unit is matched to the units it was formed from: it
 * carries their ranks and values, and has one previous rank only when it had one predecessor or
 * when the user chose a rule for several (the best of their ranks, or their mean).
 */
import type { AgencyRegister } from "../agencies/agencyRegister";
import type { BlockId } from "../agencies/registerSchema";
import { UserError } from "../userError";
import type { RankedRow } from "./rankedTable";

/** A ranking's row: the register code is null when the name was not resolved. */
export type PeriodRow = RankedRow;

export interface PeriodRanking {
  /** The edition the table's names were read with. */
  register: AgencyRegister;
  block: BlockId | null;
  /** The period as the table prints it (`2024`), if it does. */
  period?: string;
  /** Where it came from, for people: `Bảng 4.7`, `dti-2025.txt`. */
  label: string;
  rows: PeriodRow[];
  /**
   * How many units the ranking ranks (its N): the block's size in its edition for an excerpt,
   * else its ranked rows; never below its worst rank. By default the rows with a rank.
   */
  size?: number;
  /**
   * Agencies the ranking lists without a rank (no figure yet): its ranks are among the others,
   * and its N is every agency it lists.
   */
  unranked?: number;
}

export type PreviousRankRule = "best" | "mean";
export const PREVIOUS_RANK_RULES: readonly PreviousRankRule[] = [
  "best",
  "mean",
];

/** A unit of the previous edition that a unit was formed from, as the previous table ranks it. */
export interface Predecessor extends RankedRow {
  code: string;
}

export interface ComparedRow extends RankedRow {
  previousRank: number | null;
  /** previousRank − rank: positive is up. */
  movement: number | null;
  previousValue: number | null;
  /**
   * `new`: a unit the previous period's register did not have (in no form); `unlisted`: it had
   * the unit, but the previous table does not list it (an excerpt, or not ranked then).
   */
  status: "both" | "new" | "unlisted";
  /** Across editions: the units this one was formed from, as the previous table ranks them. */
  predecessors?: Predecessor[];
  /**
   * When the two rankings rank different numbers of units (63 provinces then, 34 now): where the
   * rank stands in its ranking, 100 at the top and 0 at the bottom — (N − rank) / (N − 1) × 100 —
   * in each period, and the change (positive is up), in percentage points. `movement` is then
   * null: places of rankings of different sizes are not the same distance.
   */
  position?: number | null;
  previousPosition?: number | null;
  relativeMovement?: number | null;
}

export interface GoneRow extends RankedRow {
  /** Across editions: the unit it became part of. */
  mergedInto?: string;
}

export interface Comparison {
  block: BlockId | null;
  editions: { previous: string; current: string };
  periods: { previous?: string; current?: string };
  /** Where each table came from: `dti-2024.txt, bảng 2`, `so-lieu.xlsx, trang “XH Tỉnh - TH”`. */
  labels: { previous: string; current: string };
  /** The tables list units of different editions: matched through predecessors. */
  across: boolean;
  /** How a unit formed from several got one previous rank, when the user chose. */
  rule?: PreviousRankRule;
  /** The number of units each ranking ranks. */
  sizes: { previous: number; current: number };
  /** The sizes differ: movement is the change of relative position (see ComparedRow). */
  relative: boolean;
  /** Agencies each ranking lists without a rank: its ranks are among those with figures. */
  unranked: { previous: number; current: number };
  rows: ComparedRow[];
  gone: GoneRow[];
}

export function comparePeriods(
  previous: PeriodRanking,
  current: PeriodRanking,
  options: { rule?: PreviousRankRule } = {},
): Comparison {
  if (previous.block && current.block && previous.block !== current.block)
    throw new UserError({
      vi: `Hai bảng thuộc hai khối khác nhau (${previous.register.blockName(previous.block)} và ${current.register.blockName(current.block)}): chỉ so sánh được cùng một khối.`,
      en: `The tables are of different blocks (${previous.register.blockName(previous.block, "en")} and ${current.register.blockName(current.block, "en")}): only one block can be compared.`,
    });
  if (previous.register.inForce.from > current.register.inForce.from)
    throw new UserError({
      vi: `Bảng kỳ trước (${previous.label}) theo danh mục ${previous.register.edition}, mới hơn danh mục ${current.register.edition} của bảng kỳ này (${current.label}): hãy đổi thứ tự hai tệp (kỳ trước trước).`,
      en: `The previous table (${previous.label}) uses the ${previous.register.edition} register, newer than the ${current.register.edition} register of the current one (${current.label}): swap the files (previous first).`,
    });
  const across = previous.register !== current.register;
  const before = new Map(
    previous.rows.flatMap((r) => (r.code ? [[r.code, r] as const] : [])),
  );
  const used = new Set<string>();
  const rows = current.rows.map((r): ComparedRow => {
    const base = {
      agency: r.agency,
      code: r.code,
      rank: r.rank,
      value: r.value,
    };
    // Not in the previous table: a unit of the previous register left out of it, or a new one.
    const existed = (code: string) =>
      previous.register.get(code) !== undefined ||
      (current.register.get(code)?.predecessors ?? []).some(
        (c) => previous.register.get(c) !== undefined,
      );
    const absent = (code: string | null, predecessors?: Predecessor[]) => ({
      ...none(base),
      ...(predecessors ? { predecessors } : {}),
      status: code && existed(code) ? ("unlisted" as const) : ("new" as const),
    });
    if (!r.code) return absent(null);
    if (!across) {
      const p = before.get(r.code);
      if (!p) return absent(r.code);
      used.add(p.code!);
      return {
        ...base,
        ...moved(p.rank, r.rank),
        previousValue: p.value,
        status: "both",
      };
    }
    const codes = current.register.get(r.code)?.predecessors ?? [r.code];
    const predecessors = codes.flatMap((c): Predecessor[] => {
      const p = before.get(c);
      if (!p) return [];
      used.add(c);
      return [{ agency: p.agency, code: c, rank: p.rank, value: p.value }];
    });
    if (predecessors.length === 0) return absent(r.code, predecessors);
    const single = codes.length === 1 ? predecessors[0] : undefined;
    const previousRank = single
      ? single.rank
      : options.rule
        ? ruleRank(predecessors, options.rule)
        : null;
    return {
      ...base,
      ...moved(previousRank, r.rank),
      previousValue: single ? single.value : null,
      status: "both",
      predecessors,
    };
  });
  const successor = (code: string) =>
    current.register.agencies.find((a) => a.predecessors.includes(code));
  const gone = previous.rows
    .filter((r) => !r.code || !used.has(r.code))
    .map((r): GoneRow => {
      const into = across && r.code ? successor(r.code) : undefined;
      return {
        agency: r.agency,
        code: r.code,
        rank: r.rank,
        value: r.value,
        ...(into ? { mergedInto: into.name } : {}),
      };
    });
  const sizes = { previous: sizeOf(previous), current: sizeOf(current) };
  const relative = sizes.previous !== sizes.current;
  return {
    block: current.block ?? previous.block,
    editions: {
      previous: previous.register.edition,
      current: current.register.edition,
    },
    periods: {
      ...(previous.period ? { previous: previous.period } : {}),
      ...(current.period ? { current: current.period } : {}),
    },
    labels: { previous: previous.label, current: current.label },
    across,
    ...(across && options.rule ? { rule: options.rule } : {}),
    sizes,
    relative,
    unranked: {
      previous: previous.unranked ?? 0,
      current: current.unranked ?? 0,
    },
    // An agency ranked in neither table says nothing about a move: it is left out (the note on
    // agencies without figures counts it).
    rows: (relative ? rows.map((r) => relativeRow(r, sizes)) : rows).filter(
      (r) =>
        r.rank !== null || r.previousRank !== null || r.predecessors?.length,
    ),
    gone,
  };
}

function sizeOf(p: PeriodRanking): number {
  const ranks = p.rows
    .map((r) => r.rank)
    .filter((r): r is number => r !== null);
  return Math.max(p.size ?? 0, ranks.length, ...ranks.map(Math.ceil), 1);
}

/** Where a rank stands in a ranking of n: 100 at the top, 0 at the bottom. */
export function relativePosition(rank: number, n: number): number {
  return n <= 1 ? 100 : Math.round(((n - rank) / (n - 1)) * 1000) / 10;
}

function relativeRow(r: ComparedRow, sizes: Comparison["sizes"]): ComparedRow {
  const position =
    r.rank === null ? null : relativePosition(r.rank, sizes.current);
  const previous =
    r.previousRank === null
      ? null
      : relativePosition(r.previousRank, sizes.previous);
  return {
    ...r,
    movement: null,
    position,
    previousPosition: previous,
    relativeMovement:
      position !== null && previous !== null
        ? Math.round((position - previous) * 10) / 10
        : null,
  };
}

/** How far a row moved: in places, or in points of relative position when the sizes differ. */
export function moveOf(r: ComparedRow): number | null {
  return r.relativeMovement !== undefined ? r.relativeMovement : r.movement;
}

function none(
  base: Omit<
    ComparedRow,
    "previousRank" | "movement" | "previousValue" | "status"
  >,
): ComparedRow {
  return {
    ...base,
    previousRank: null,
    movement: null,
    previousValue: null,
    status: "new",
  };
}

function moved(previous: number | null, rank: number | null) {
  return {
    previousRank: previous,
    movement:
      previous !== null && rank !== null
        ? Math.round((previous - rank) * 10) / 10
        : null,
  };
}

/** One previous rank for a unit formed from several: the best of theirs, or their mean (to 0.1). */
function ruleRank(
  predecessors: Predecessor[],
  rule: PreviousRankRule,
): number | null {
  const ranks = predecessors
    .map((p) => p.rank)
    .filter((r): r is number => r !== null);
  if (ranks.length === 0) return null;
  if (rule === "best") return Math.min(...ranks);
  return (
    Math.round((ranks.reduce((s, r) => s + r, 0) / ranks.length) * 10) / 10
  );
}

/** The rows people read first: the biggest moves, gains before losses at equal size; unknown moves last; then by rank. */
export function byMovement(rows: readonly ComparedRow[]): ComparedRow[] {
  const size = (r: ComparedRow) => {
    const m = moveOf(r);
    return m === null ? -1 : Math.abs(m);
  };
  return [...rows].sort(
    (a, b) =>
      size(b) - size(a) ||
      (moveOf(b) ?? 0) - (moveOf(a) ?? 0) ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity),
  );
}
