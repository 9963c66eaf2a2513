/**
 * Ranked tables as published: one per block and criteria group, plus the overall. Built from
 * a scored block; written by any gateway.
 */
import type { BlockId } from "../core/agencies/registerSchema";
import type { Methodology } from "../core/methodology/methodologySchema";
import { sortRankedRows } from "../core/ranking/rankedTable";
import type { BlockResult } from "../core/scoring/scoreBlock";
import { OVERALL } from "../core/tables/recognise/types";
import { safeSheetName } from "./sheets";
import type { TableToWrite } from "./workbookPort";
import { tableNameOf } from "./writeRules";

export interface RankedRowOut {
  block: BlockId;
  group: string;
  rank: number | null;
  agency: string;
  code: string;
  input_name: string;
  value: number | null;
  published_rank: number | null;
}

export interface RankedTableOut {
  block: BlockId;
  /** Group id, or `TH` for the overall. */
  group: string;
  title: string;
  /** How the ranked value was made, e.g. `index:entered`, `overall:mean-rank(N1,N2,…)`. */
  method: string;
  valueHeader: string;
  decimals: number;
  rows: RankedRowOut[];
  /** For the overall: weighted groups left out because nobody had a figure for them. */
  leftOut?: string[];
}

export const BLOCK_SHORT: Record<BlockId, string> = {
  ministry: "Bộ",
  government: "CQCP",
  province: "Tỉnh",
};

const OVERALL_LABEL: Record<
  string,
  { title: string; short: string; header: string }
> = {
  "weighted-arithmetic": {
    title: "Chỉ số tổng hợp (trung bình cộng có trọng số của các chỉ số nhóm)",
    short: "TH chỉ số",
    header: "Chỉ số tổng hợp",
  },
  "weighted-geometric": {
    title: "Chỉ số tổng hợp (trung bình nhân có trọng số của các chỉ số nhóm)",
    short: "TH nhân",
    header: "Chỉ số tổng hợp",
  },
  "mean-rank": {
    title: "Xếp hạng tổng hợp (trung bình thứ hạng các nhóm)",
    short: "TH thứ hạng",
    header: "Thứ hạng trung bình",
  },
};

export interface RankedTableContext {
  blockName: string;
  publishedRanks?: Record<string, Map<string, number>>;
  inputNames?: Map<string, string>;
}

export function rankedTablesOf(
  m: Methodology,
  result: BlockResult,
  ctx: RankedTableContext,
  include: { groups?: boolean } = {},
): RankedTableOut[] {
  const rowsFor = (
    group: string,
    values: Float64Array,
    ranks: Int32Array,
    published?: Map<string, number>,
  ): RankedRowOut[] =>
    sortRankedRows(
      result.agencies.map((a, i) => ({
        block: result.block,
        group,
        rank: ranks[i] || null,
        agency: a.name,
        code: a.code,
        input_name: ctx.inputNames?.get(a.code) ?? a.name,
        value: Number.isNaN(values[i]) ? null : values[i],
        published_rank: published?.get(a.code) ?? null,
      })),
    );
  const tables: RankedTableOut[] = [];
  if (include.groups !== false) {
    m.groups.forEach((g, k) => {
      const r = result.groups[k];
      const count = g.source === "count";
      tables.push({
        block: result.block,
        group: g.id,
        title: `${count ? "Xếp hạng theo số lượng " : /^chỉ số\b/i.test(g.name.vi) ? "" : "Chỉ số "}${g.name.vi} — ${ctx.blockName}`,
        method: count
          ? `count:${(g.countOf ?? []).join("+")}`
          : g.source === "index"
            ? "index:entered"
            : "index:criteria",
        valueHeader: count ? "Tổng số" : "Chỉ số",
        decimals: count ? 0 : m.groupIndex.decimals,
        rows: rowsFor(g.id, r.values, r.ranks, ctx.publishedRanks?.[g.id]),
      });
    });
  }
  if (result.overall) {
    const o = result.overall;
    const label = OVERALL_LABEL[o.method];
    const left = o.leftOut.length
      ? ` (không tính ${o.leftOut.join(", ")}: chưa có số liệu)`
      : "";
    tables.push({
      block: result.block,
      group: "TH",
      title: `${label.title} — ${ctx.blockName}${left}`,
      ...(o.leftOut.length ? { leftOut: o.leftOut } : {}),
      method: `overall:${o.method}(${o.groupIds.join(",")})`,
      valueHeader: label.header,
      decimals: o.decimals,
      rows: rowsFor(OVERALL, o.values, o.ranks, ctx.publishedRanks?.[OVERALL]),
    });
  }
  return tables;
}

export function resultSheetName(t: RankedTableOut): string {
  const kind =
    t.group === "TH"
      ? OVERALL_LABEL[t.method.slice("overall:".length).split("(")[0]].short
      : t.group;
  return safeSheetName(`XH ${BLOCK_SHORT[t.block]} - ${kind}`);
}

export function rankedTableToWrite(t: RankedTableOut): TableToWrite {
  const hasPublished = t.rows.some((r) => r.published_rank !== null);
  return {
    sheet: resultSheetName(t),
    tableName: tableNameOf("XH", t.block, t.group, t.method),
    title: t.title,
    chart: { title: t.title, labels: 1, values: 3 },
    columns: [
      {
        header: "Thứ hạng",
        format: { kind: "number", decimals: 0 },
        width: 10,
      },
      { header: "Cơ quan", format: { kind: "text" }, width: 44 },
      { header: "Mã", format: { kind: "text" }, width: 12 },
      {
        header: t.valueHeader,
        format: { kind: "number", decimals: t.decimals },
        width: 16,
      },
      ...(hasPublished
        ? [
            {
              header: "Hạng công bố",
              format: { kind: "number" as const, decimals: 0 },
              width: 12,
            },
          ]
        : []),
    ],
    rows: t.rows.map((r) => [
      r.rank,
      r.agency,
      r.code,
      r.value,
      ...(hasPublished ? [r.published_rank] : []),
    ]),
  };
}
