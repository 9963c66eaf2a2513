/**
 * Figures of the units of one register edition carried to the units of the next, each new unit
 * from exactly the predecessors the register names: the mean for indices, the sum for counts
 * (how DTI 2024 was computed for the 34 units of 2025: each main index the mean of the merged
 * provinces', Decision 405/QĐ-BKHCN), or one rule for every column, stated.
 */
import type { CheckTable, ColumnKind } from "../checks/checkTable";
import type { Msg } from "../msg";
import { UserError } from "../userError";
import type { AgencyRegister } from "./agencyRegister";
import type { Agency } from "./registerSchema";
import { hasKeyword } from "../tables/recognise/tableWords";
import { getDefaultProfile } from "../tables/vocabulary/profile";

/** A population column, by its header's words (vocabulary profile, `population`). */
const isPopulation = (header: string) =>
  getDefaultProfile().data.population.words.some((w) => hasKeyword(header, w));

export type RegroupRule = "mean" | "sum" | "max" | "population";
export const REGROUP_RULES: readonly RegroupRule[] = [
  "mean",
  "sum",
  "max",
  "population",
];

export interface RegroupColumn {
  header: string;
  kind: ColumnKind;
  /** How the predecessors' figures become the unit's (`population` weighs indices, sums the rest). */
  rule: "mean" | "sum" | "max" | "weighted-mean";
  /** The most decimals its cells print. */
  decimals: number;
}

export interface RegroupedUnit {
  agency: Agency;
  /** One figure per column; null where a predecessor has none. */
  values: (number | null)[];
  predecessors: { agency: Agency; values: (number | null)[] }[];
  /** Predecessors the table does not list: the unit's figures are then not computed. */
  missing: Agency[];
}

export interface Regrouped {
  columns: RegroupColumn[];
  units: RegroupedUnit[];
  from: AgencyRegister;
  to: AgencyRegister;
  /** The population column the weights came from (rule population). */
  population?: string;
  /** The period of the figures (`2023`), kept: regrouping changes the units, not the year. */
  period?: string;
}

const RULE_WORDS: Record<RegroupColumn["rule"], Msg> = {
  mean: { vi: "trung bình cộng", en: "the mean" },
  sum: { vi: "tổng", en: "the sum" },
  max: { vi: "giá trị lớn nhất", en: "the largest" },
  "weighted-mean": {
    vi: "trung bình theo dân số",
    en: "the population-weighted mean",
  },
};
export const ruleWords = (c: RegroupColumn): Msg => RULE_WORDS[c.rule];

/**
 * The table's figures carried to `to`'s units of its block. The table must list the units of an
 * earlier edition (`from`); a unit's figure is computed only when every predecessor has one.
 */
export function regroup(
  table: CheckTable,
  from: AgencyRegister,
  to: AgencyRegister,
  rule?: RegroupRule,
): Regrouped {
  const block = table.block;
  if (!block)
    throw new UserError({
      vi: "không nhận ra khối của bảng (tỉnh, bộ…): hãy chỉ rõ bằng --block.",
      en: "the table's block (provinces, ministries…) is not recognised: give it with --block.",
    });
  if (from === to)
    throw new UserError({
      vi: `bảng đã theo danh mục đơn vị ${to.edition}: không có gì để gộp.`,
      en: `the table already lists the units of the ${to.edition} register: nothing to regroup.`,
    });
  const { rank, name, website, previousRank } = table.roles;
  const figureColumns = table.columns.flatMap((c, k) =>
    k !== rank &&
    k !== name &&
    k !== website &&
    k !== previousRank &&
    ["index", "count", "percent", "number"].includes(c.kind)
      ? [k]
      : [],
  );
  if (figureColumns.length === 0)
    throw new UserError({
      vi: "bảng không có cột số liệu nào để gộp.",
      en: "the table has no column of figures to regroup.",
    });
  const population =
    rule === "population"
      ? figureColumns.find((k) => isPopulation(table.columns[k].header))
      : undefined;
  if (rule === "population" && population === undefined)
    throw new UserError({
      vi: "--rule population cần một cột dân số trong bảng (tiêu đề có “dân số”). Bảng không có: hãy thêm cột dân số, hoặc dùng mean hay sum.",
      en: "--rule population needs a population column in the table (a header with “dân số” or “population”). There is none: add one, or use mean or sum.",
    });
  const columns: RegroupColumn[] = figureColumns.map((k) => {
    const c = table.columns[k];
    const decimals = Math.max(
      0,
      ...table.rows.map((r) => r.cells[k]?.parsed.decimals ?? 0),
    );
    const counted = c.kind === "count" || k === population;
    const chosen: RegroupColumn["rule"] =
      rule === "population"
        ? counted
          ? "sum"
          : "weighted-mean"
        : (rule ?? (counted ? "sum" : "mean"));
    return { header: c.header || c.name, kind: c.kind, rule: chosen, decimals };
  });
  const byCode = new Map<string, (number | null)[]>();
  for (const row of table.rows) {
    const agency = row.agencies[0]?.agency;
    if (agency)
      byCode.set(
        agency.code,
        figureColumns.map((k) => row.cells[k]?.parsed.value ?? null),
      );
  }
  const units = to.inBlock(block).map((agency): RegroupedUnit => {
    const codes = agency.predecessors.length
      ? agency.predecessors
      : [agency.code];
    const predecessors = codes.flatMap((code) => {
      const a = from.get(code);
      const values = byCode.get(code);
      return a && values ? [{ agency: a, values }] : [];
    });
    const missing = codes
      .filter((code) => !byCode.has(code))
      .map((code) => from.get(code))
      .filter((a): a is Agency => a !== undefined);
    const weights =
      population === undefined
        ? undefined
        : predecessors.map((p) => p.values[figureColumns.indexOf(population)]);
    const values = columns.map((c, i) =>
      missing.length
        ? null
        : combine(
            c.rule,
            predecessors.map((p) => p.values[i]),
            weights,
          ),
    );
    return { agency, values, predecessors, missing };
  });
  return {
    columns,
    units,
    from,
    to,
    ...(population !== undefined
      ? { population: table.columns[population].header }
      : {}),
    ...(table.period ? { period: table.period } : {}),
  };
}

function combine(
  rule: RegroupColumn["rule"],
  xs: (number | null)[],
  weights?: (number | null)[],
): number | null {
  if (xs.length === 0 || xs.some((x) => x === null)) return null;
  const v = xs as number[];
  switch (rule) {
    case "sum":
      return v.reduce((a, b) => a + b, 0);
    case "max":
      return Math.max(...v);
    case "mean":
      return v.reduce((a, b) => a + b, 0) / v.length;
    case "weighted-mean": {
      if (!weights || weights.some((w) => w === null || w <= 0)) return null;
      const w = weights as number[];
      const total = w.reduce((a, b) => a + b, 0);
      return v.reduce((s, x, i) => s + x * w[i], 0) / total;
    }
  }
}
