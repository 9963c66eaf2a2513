/**
 * The roles of a table's columns when its rows are agencies. The cells decide; the header's
 * words break ties: a column of small whole numbers that follows a value column's order is a
 * rank; 1…n in row order is a row number, unless nothing else is a rank and the rows are in value
 * order; `17 (0,633)` was split into a rank and a value before; a header with a level (`Mức độ
 * 3`) is a part of the total beside it. Where there are periods, the latest is the current one.
 */
import { getDefaultProfile, type Period } from "../vocabulary/profile";
import type { ColumnFacts } from "./columnFacts";
import { percentages, share } from "./columnFacts";
import type { Frame } from "./frame";
import {
  descending,
  rankAgreement,
  rankFollowingShare,
  rowSequence,
} from "./orderFacts";
import type {
  ColumnOverrides,
  RecognisedTable,
  TableColumn,
  ValueKind,
} from "./types";

export interface AgencyColumns {
  columns: TableColumn[];
  roles: RecognisedTable["roles"];
  periods: RecognisedTable["periods"];
}

const isNumeric = (f: ColumnFacts) =>
  f.figures > 0 && f.figures >= 0.6 * f.nonEmpty;
const wholeNumbers = (f: ColumnFacts) =>
  f.values.every((v) => v === null || (Number.isInteger(v) && v >= 0)) &&
  f.values.some((v) => v !== null) &&
  f.percents === 0 &&
  f.fractions === 0 &&
  f.maxDecimals === 0;

export function agencyColumns(
  frame: Frame,
  facts: ColumnFacts[],
  agency: number,
  overrides: ColumnOverrides | undefined,
  /** The period the title names (`… năm 2016`): the period of columns that name none. */
  titlePeriod?: Period,
): AgencyColumns {
  const byUser = userRoles(frame, overrides);
  const columns: TableColumn[] = facts.map((f, c) => {
    const base = {
      header: f.header,
      source: frame.sources[c],
      ...(frame.parts[c] ? { part: frame.parts[c] } : {}),
      ...(f.period ? { period: f.period } : {}),
      ...(f.level !== undefined ? { level: f.level } : {}),
    };
    const user = byUser.get(c);
    if (user) {
      const role = USER_ROLE[user];
      return { ...base, role, kind: kindOf(role, f), because: "user" };
    }
    if (c === agency)
      return { ...base, role: "agency", kind: "text", because: "content" };
    if (
      share(f.websites, f.nonEmpty) >= 0.6 ||
      (f.hint === "website" && share(f.websites, f.nonEmpty) >= 0.3)
    )
      return { ...base, role: "website", kind: "text", because: "content" };
    if (!isNumeric(f))
      return {
        ...base,
        role: f.hint === "note" ? "note" : "label",
        kind: "text",
        because: f.hint ? "header" : "content",
      };
    return { ...base, role: "value", kind: "number", because: "content" };
  });
  const numeric = columns
    .map((col, c) => ({ col, c, f: facts[c] }))
    .filter(({ col }) => col.role === "value" && col.because !== "user");
  const undecided = new Set<number>();
  for (const { col, c, f } of numeric) {
    const whole = wholeNumbers(f);
    if (frame.parts[c] === "rank") set(col, "rank", "content");
    else if (frame.parts[c] === "value") set(col, "value", "content");
    else if (f.hint === "rank" && whole) set(col, "rank", "header");
    else if (f.hint === "row-number" && whole) set(col, "row-number", "header");
    else if (f.level !== undefined) set(col, "part", "header");
    else if (f.hint === "total") set(col, "total", "header");
    else if (f.hint === "value") set(col, "value", "header");
    else if (whole) undecided.add(c);
  }
  // Whole numbers without a telling header: a rank if they follow another column's order.
  const valueColumns = (except?: number) =>
    columns
      .map((col, c) => ({ col, c }))
      .filter(
        ({ col, c }) =>
          (col.role === "value" || col.role === "total") && c !== except,
      );
  const sequences = new Map<number, { jumps: boolean }>();
  for (const c of undecided) {
    const seq = rowSequence(facts[c].values);
    if (seq) {
      sequences.set(c, seq);
      continue;
    }
    const agreement = Math.max(
      0,
      ...valueColumns(c).map(
        ({ c: v }) => rankAgreement(facts[c].values, facts[v].values) ?? 0,
      ),
    );
    // Alone beside the names, small whole numbers in rising order with ties (1, 2, 2, 4) are ranks.
    const alone =
      valueColumns(c).length === 0 &&
      [...undecided].every((o) => o === c) &&
      ascendingRanks(facts[c].values);
    if (
      (agreement >= 0.9 || alone) &&
      looksLikeRanks(facts[c], frame.rows.length)
    )
      set(columns[c], "rank", "content");
    else set(columns[c], "value", "content");
    undecided.delete(c);
  }
  // 1…n in row order: a row number, unless nothing else is a rank and the rows are in value order.
  for (const [c, seq] of sequences) {
    undecided.delete(c);
    const otherRank = columns.some((col) => col.role === "rank");
    const ordered = valueColumns(c).some(
      ({ c: v }) => !sequences.has(v) && descending(facts[v].values),
    );
    const rowNumberWords = facts[c].hint === "row-number";
    if (!otherRank && ordered && !seq.jumps && !rowNumberWords)
      set(columns[c], "rank", "content");
    else set(columns[c], "row-number", "content");
  }
  partsAddUp(columns, facts);
  for (const col of columns)
    col.kind = kindOf(col.role, facts[columns.indexOf(col)]);

  const periods = currentAndPrevious(columns, titlePeriod);
  const roles = pickRoles(columns, facts, periods, byUser);
  return { columns, roles, periods };

  function set(
    col: TableColumn,
    role: TableColumn["role"],
    because: TableColumn["because"],
  ) {
    col.role = role;
    col.because = because;
  }
}

/** A value column that is the sum of the part columns (`Mức độ 3`, `Mức độ 4`) row by row is their total. */
function partsAddUp(columns: TableColumn[], facts: ColumnFacts[]): void {
  const parts = columns
    .map((c, k) => (c.role === "part" ? k : -1))
    .filter((k) => k >= 0);
  if (parts.length < 2 || columns.some((c) => c.role === "total")) return;
  for (const [k, col] of columns.entries()) {
    if (col.role !== "value" || col.because === "user") continue;
    let tested = 0;
    let held = 0;
    facts[k].values.forEach((v, r) => {
      const ps = parts.map((p) => facts[p].values[r]);
      if (v === null || ps.some((x) => x === null)) return;
      tested++;
      if (ps.reduce<number>((s, x) => s + (x ?? 0), 0) === v) held++;
    });
    if (tested >= 2 && held >= 0.8 * tested) {
      col.role = "total";
      col.because = "content";
      return;
    }
  }
}

/** Ranks as published, row by row: from 1 or more, never falling, ties followed by a skip (1, 1, 3). */
function ascendingRanks(values: (number | null)[]): boolean {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < 2 || xs[0] < 1) return false;
  for (let i = 1; i < xs.length; i++) {
    if (xs[i] < xs[i - 1]) return false;
    // After k equal ranks r, the next is r + k (competition), or r + 1 (dense).
    if (xs[i] > xs[i - 1]) {
      let k = 1;
      while (i - 1 - k >= 0 && xs[i - 1 - k] === xs[i - 1]) k++;
      if (
        xs[i] !== xs[i - 1] + k &&
        xs[i] !== xs[i - 1] + 1 &&
        xs[i] - xs[i - 1] > k + 10
      )
        return false;
    }
  }
  return true;
}

/** Positive whole numbers no larger than the rows allow (ties skip, so allow some room). */
function looksLikeRanks(f: ColumnFacts, rows: number): boolean {
  return f.values.every(
    (v) => v === null || (v >= 1 && v <= Math.max(rows * 2, rows + 70)),
  );
}

function kindOf(role: TableColumn["role"], f: ColumnFacts): ValueKind {
  switch (role) {
    case "rank":
    case "row-number":
      return "rank";
    case "agency":
    case "website":
    case "label":
    case "note":
    case "ignore":
      return "text";
    default:
      if (percentages(f)) return "percent";
      if (f.fractions > f.figures / 2) return "fraction";
      if (wholeNumbers(f)) return "count";
      if (
        f.unitDecimals > 0 &&
        f.values.every((v) => v === null || (v >= 0 && v <= 1))
      )
        return "index";
      return "number";
  }
}

type UserRole =
  "agency" | "rank" | "value" | "previous-rank" | "previous-value" | "ignore";
const USER_ROLE: Record<UserRole, TableColumn["role"]> = {
  agency: "agency",
  rank: "rank",
  value: "value",
  "previous-rank": "rank",
  "previous-value": "value",
  ignore: "ignore",
};

function userRoles(
  frame: Frame,
  overrides: ColumnOverrides | undefined,
): Map<number, UserRole> {
  const out = new Map<number, UserRole>();
  if (!overrides) return out;
  // The user names the columns as pasted (1-based); a combined column gives its rank or value part.
  const at = (source: number | undefined, part?: "rank" | "value") => {
    if (source === undefined) return -1;
    const cols = frame.sources
      .map((s, c) => (s === source - 1 ? c : -1))
      .filter((c) => c >= 0);
    return cols.find((c) => frame.parts[c] === part) ?? cols[0] ?? -1;
  };
  const put = (c: number, role: UserRole) => {
    if (c >= 0) out.set(c, role);
  };
  put(at(overrides.agency), "agency");
  put(at(overrides.rank, "rank"), "rank");
  put(at(overrides.value, "value"), "value");
  put(at(overrides.previousRank, "rank"), "previous-rank");
  put(at(overrides.previousValue, "value"), "previous-value");
  for (const c of overrides.ignore ?? [])
    for (let k = 0; k < frame.sources.length; k++)
      if (frame.sources[k] === c - 1) out.set(k, "ignore");
  return out;
}

/**
 * The current period and the one before it. A column that names no period belongs to the period
 * the title names; else, beside a column of its kind that names one (`Chỉ số` beside `Chỉ số năm
 * 2015`), it is the newer; else it goes with the other columns (`Thứ hạng` beside `Chỉ số năm
 * 2016`). Undefined current: the newest columns name no period.
 */
function currentAndPrevious(
  columns: TableColumn[],
  titlePeriod: Period | undefined,
): RecognisedTable["periods"] {
  const kinds = [["rank"], ["value", "total"]];
  const figures = columns.filter((c) => kinds.flat().includes(c.role));
  const named = (kind?: string[]) =>
    figures
      .filter((c) => c.period && (!kind || kind.includes(c.role)))
      .map((c) => c.period!)
      .sort((a, b) => b.order - a.order);
  const all = named();
  const unnamed = (kind: string[]) =>
    figures.some((c) => !c.period && kind.includes(c.role));
  const anyUnnamed = kinds.some(unnamed);
  const fromTitle = anyUnnamed && titlePeriod !== undefined;
  let current: Period | undefined = fromTitle ? titlePeriod : all[0];
  if (!fromTitle) {
    // …of its kind and its words: `Thể chế` beside `DTI 2023` is a part of the index, not a
    // newer period of it.
    const alike = (kind: string[]) =>
      figures.some(
        (c) =>
          !c.period &&
          kind.includes(c.role) &&
          figures.some(
            (n) =>
              n.period &&
              kind.includes(n.role) &&
              withoutPeriod(n.header, n.period) === withoutPeriod(c.header),
          ),
      );
    const newerThanNamed = kinds.some((kind) => {
      const other = kinds.find((k) => k !== kind)!;
      const same = named(kind)[0];
      const besides = named(other)[0];
      return (
        unnamed(kind) &&
        alike(kind) &&
        same !== undefined &&
        (!besides || besides.order <= same.order)
      );
    });
    if (newerThanNamed) current = undefined;
  }
  const previous = current ? all.find((p) => p.order < current!.order) : all[0];
  return {
    ...(current ? { current } : {}),
    ...(previous ? { previous } : {}),
  };
}

const withoutPeriod = (header: string, period?: Period) =>
  (period ? header.replace(period.label, "") : header)
    .replace(/\b(năm|year|quý|tháng)\b/gi, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

function pickRoles(
  columns: TableColumn[],
  facts: ColumnFacts[],
  periods: RecognisedTable["periods"],
  byUser: Map<number, UserRole>,
): RecognisedTable["roles"] {
  const of = (role: TableColumn["role"] | TableColumn["role"][]) =>
    columns
      .map((col, c) => ({ col, c }))
      .filter(({ col }) =>
        Array.isArray(role) ? role.includes(col.role) : col.role === role,
      );
  const inPeriod = (period: Period | undefined) => (x: { col: TableColumn }) =>
    x.col.period === undefined ||
    (period !== undefined && x.col.period.order === period.order);
  // A column the user made the rank or the value is never also the previous period's.
  const previousOnly = (x: { col: TableColumn; c: number }) =>
    byUser.get(x.c) !== "rank" &&
    byUser.get(x.c) !== "value" &&
    periods.previous !== undefined &&
    x.col.period?.order === periods.previous.order &&
    x.col.period.order !== periods.current?.order;
  const roles: RecognisedTable["roles"] = {};
  const agency = of("agency")[0];
  if (agency) roles.agency = agency.c;
  const website = of("website")[0];
  if (website) roles.website = website.c;
  const rowNumber = of("row-number")[0];
  if (rowNumber) roles.rowNumber = rowNumber.c;

  const userPrevious = (role: UserRole) =>
    [...byUser].find(([, r]) => r === role)?.[0];
  const ranks = of("rank").filter((x) => byUser.get(x.c) !== "previous-rank");
  const rank =
    ranks.find((x) => byUser.get(x.c) === "rank") ??
    ranks.find(inPeriod(periods.current));
  if (rank) roles.rank = rank.c;
  const values = of(["value", "total"]).filter(
    (x) => !previousOnly(x) && byUser.get(x.c) !== "previous-value",
  );
  const agreement = (c: number) =>
    rank ? (rankAgreement(facts[rank.c].values, facts[c].values) ?? 0) : 0;
  const following = (c: number) =>
    rank ? (rankFollowingShare(facts[rank.c].values, facts[c].values) ?? 0) : 0;
  // What the rank column's header ranks, beyond its rank words (`Xếp hạng DTI` → `dti`): a value
  // column whose header names it is the one ranked (`CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)`), before one
  // whose header merely says `Chỉ số`.
  const ranked = rank ? rankedWords(columns[rank.c].header) : [];
  const namesRanked = (col: TableColumn) =>
    ranked.some((w) => col.header.toLowerCase().includes(w));
  // A column that follows the ranks in most pairs of rows is a candidate; among those, the header
  // words decide before a few more pairs do (one mistyped figure must not move the role).
  const preference = (x: { col: TableColumn; c: number }) =>
    (byUser.get(x.c) === "value" ? 100 : 0) +
    (following(x.c) >= 0.75 ? 10 : agreement(x.c) * 10) +
    (x.col.role === "total" ? 2 : 0) +
    (namesRanked(x.col) ? 1.5 : 0) +
    (x.col.because === "header" ? 1 : 0) +
    x.c / 1000;
  const value = [...values].sort((a, b) => preference(b) - preference(a))[0];
  if (value) roles.value = value.c;
  const userPreviousRank = userPrevious("previous-rank");
  const userPreviousValue = userPrevious("previous-value");
  if (userPreviousRank !== undefined) roles.previousRank = userPreviousRank;
  if (userPreviousValue !== undefined) roles.previousValue = userPreviousValue;
  if (periods.previous) {
    const previousRank = ranks.find(previousOnly);
    if (previousRank) roles.previousRank ??= previousRank.c;
    const previousValues = of(["value", "total"]).filter(previousOnly);
    const same = value
      ? previousValues.find(
          (x) =>
            withoutPeriod(x.col.header, x.col.period) ===
            withoutPeriod(value.col.header, value.col.period),
        )
      : undefined;
    const previousValue = same ?? previousValues[0];
    if (previousValue) roles.previousValue ??= previousValue.c;
  }
  return roles;
}

/** The words of a rank column's header besides its rank words and periods: `Xếp hạng DTI` → `dti`. */
function rankedWords(header: string): string[] {
  const { columns, periods } = getDefaultProfile().data;
  let rest = ` ${header.toLowerCase()} `;
  for (const w of [
    ...columns.rank,
    ...periods.year,
    ...periods.quarter,
    ...periods.month,
  ].sort((a, b) => b.length - a.length))
    rest = rest.split(` ${w} `).join(" ");
  return rest
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !/^\d+$/.test(w));
}
