/**
 * Ranked tables as published: one per block and criteria group, plus the overall. Built from
 * a scored block; written by any gateway.
 */
import type { BlockId } from "../core/agencies/registerSchema";
import type { Methodology } from "../core/methodology/methodologySchema";
import { RankedRow, sortRankedRows } from "../core/ranking/rankedTable";
import type { BlockResult } from "../core/scoring/scoreBlock";
import { OVERALL } from "../core/tables/recognise/types";
import type { Msg, Lang } from "../core/userError";
import {
  column,
  HEADER,
  number,
  outputTable,
  rankedColumns,
} from "./outputColumns";
import { safeSheetName } from "../workbook/sheets";
import type { TableToWrite } from "../workbook/workbookPort";
import { tableNameOf } from "../workbook/writeRules";

export interface RankedTableOut {
  block: BlockId;
  /** Group id, or `TH` for the overall. */
  group: string;
  title: string;
  /** How the ranked value was made, e.g. `index:entered`, `overall:mean-rank(N1,N2,…)`. */
  method: string;
  valueHeader: string;
  decimals: number;
  rows: RankedRow[];
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
  { title: Msg; short: string; header: Msg }
> = {
  "weighted-arithmetic": {
    title: {
      vi: "Chỉ số tổng hợp (trung bình cộng có trọng số của các chỉ số nhóm)",
      en: "Overall index (weighted arithmetic mean of the group indices)",
    },
    short: "TH chỉ số",
    header: { vi: "Chỉ số tổng hợp", en: "Overall index" },
  },
  "weighted-geometric": {
    title: {
      vi: "Chỉ số tổng hợp (trung bình nhân có trọng số của các chỉ số nhóm)",
      en: "Overall index (weighted geometric mean of the group indices)",
    },
    short: "TH nhân",
    header: { vi: "Chỉ số tổng hợp", en: "Overall index" },
  },
  "mean-rank": {
    title: {
      vi: "Xếp hạng tổng hợp (trung bình thứ hạng các nhóm)",
      en: "Overall ranking (mean of the group ranks)",
    },
    short: "TH thứ hạng",
    header: { vi: "Thứ hạng trung bình", en: "Mean rank" },
  },
};

/** A group's table title: `Chỉ số Hạ tầng số`, but `Chỉ số DTI`, never `Chỉ số Chỉ số DTI`. */
function groupTitle(g: Methodology["groups"][number], lang: Lang): string {
  const name = g.name[lang];
  if (g.source === "count")
    return lang === "vi"
      ? `Xếp hạng theo số lượng ${name}`
      : `Ranking by the count of ${name}`;
  const named = lang === "vi" ? /(^|\s)chỉ số(\s|$)/i : /\bindex\b/i;
  return named.test(name)
    ? name
    : lang === "vi"
      ? `Chỉ số ${name}`
      : `${name} index`;
}

export interface RankedTableContext {
  blockName: string;
  /** The language of titles and headers (default Vietnamese). */
  lang?: Lang;
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
    publishedValues?: Float64Array,
  ): RankedRow[] =>
    sortRankedRows(
      result.agencies.map((a, i) => ({
        ...(publishedValues
          ? {
              publishedValue: Number.isNaN(publishedValues[i])
                ? null
                : publishedValues[i],
            }
          : {}),
        block: result.block,
        group,
        rank: ranks[i] || null,
        agency: a.name,
        code: a.code,
        inputName: ctx.inputNames?.get(a.code) ?? a.name,
        value: Number.isNaN(values[i]) ? null : values[i],
        publishedRank: published?.get(a.code) ?? null,
      })),
    );
  const lang = ctx.lang ?? "vi";
  const tables: RankedTableOut[] = [];
  if (include.groups !== false) {
    m.groups.forEach((g, k) => {
      const r = result.groups[k];
      const count = g.source === "count";
      tables.push({
        block: result.block,
        group: g.id,
        title: `${groupTitle(g, lang)} — ${ctx.blockName}`,
        method: count
          ? `count:${(g.countOf ?? []).join("+")}`
          : g.source === "index"
            ? "index:entered"
            : "index:criteria",
        valueHeader: (count ? HEADER.count : HEADER.index)[lang],
        decimals: count ? 0 : m.groupIndex.decimals,
        rows: rowsFor(g.id, r.values, r.ranks, ctx.publishedRanks?.[g.id]),
      });
    });
  }
  if (result.overall) {
    const o = result.overall;
    const label = OVERALL_LABEL[o.method];
    const left = o.leftOut.length
      ? lang === "vi"
        ? ` (không tính ${o.leftOut.join(", ")}: chưa có số liệu)`
        : ` (without ${o.leftOut.join(", ")}: no figures yet)`
      : "";
    const pub = m.groups.findIndex((g) => g.publishedOverall);
    // Weights the methodology's text does not publish are said wherever they are used.
    const assumed = m.groups
      .filter((g) => g.assumed && g.weight > 0 && o.groupIds.includes(g.id))
      .map((g) => g.id);
    const guessed = assumed.length
      ? lang === "vi"
        ? ` — trọng số giả định (văn bản không công bố): ${assumed.join(", ")}`
        : ` — assumed weights (not published): ${assumed.join(", ")}`
      : "";
    tables.push({
      block: result.block,
      group: "TH",
      title: `${label.title[lang]} — ${ctx.blockName}${left}${guessed}`,
      ...(o.leftOut.length ? { leftOut: o.leftOut } : {}),
      method: `overall:${o.method}(${o.groupIds.join(",")})`,
      valueHeader: label.header[lang],
      decimals: o.decimals,
      // The composite as published (the DTI's own group), beside the one recomputed here.
      rows: rowsFor(
        OVERALL,
        o.values,
        o.ranks,
        ctx.publishedRanks?.[OVERALL] ??
          (pub >= 0 ? ctx.publishedRanks?.[m.groups[pub].id] : undefined),
        pub >= 0 ? result.groups[pub].values : undefined,
      ),
    });
  }
  return tables;
}

/**
 * How a ranked table was made, in words for its reader (the method code stays for the command
 * line's JSON): `overall:mean-rank(N1,N2)` → "Trung bình thứ hạng các nhóm N1, N2; thấp hơn
 * xếp trên".
 */
export function methodWords(t: RankedTableOut, lang: Lang = "vi"): string {
  const vi = lang === "vi";
  const [kind, rest = ""] = t.method.split(":");
  if (kind === "count")
    return vi
      ? "Tổng số đếm được của nhóm (cộng các cột số lượng); nhiều hơn xếp trên"
      : "The group's counted total (its count columns added); more ranks higher";
  if (kind === "index")
    return rest === "entered"
      ? vi
        ? "Chỉ số nhóm như đã nhập; cao hơn xếp trên"
        : "The group index as entered; higher ranks higher"
      : vi
        ? "Chỉ số nhóm tính từ điểm các tiêu chí và trọng số; cao hơn xếp trên"
        : "The group index from the criteria's points and weights; higher ranks higher";
  const method = rest.split("(")[0];
  const groups = (/\((.*)\)/.exec(rest)?.[1] ?? "").split(",").join(", ");
  const what: Record<string, Msg> = {
    "weighted-arithmetic": {
      vi: `Trung bình cộng có trọng số các chỉ số nhóm ${groups}; cao hơn xếp trên`,
      en: `Weighted arithmetic mean of the indices of groups ${groups}; higher ranks higher`,
    },
    "weighted-geometric": {
      vi: `Trung bình nhân có trọng số các chỉ số nhóm ${groups}; cao hơn xếp trên`,
      en: `Weighted geometric mean of the indices of groups ${groups}; higher ranks higher`,
    },
    "mean-rank": {
      vi: `Trung bình thứ hạng các nhóm ${groups}; thấp hơn xếp trên`,
      en: `Mean of the ranks in groups ${groups}; lower ranks higher`,
    },
  };
  return what[method]?.[lang] ?? t.method;
}

export function resultSheetName(t: RankedTableOut): string {
  const kind =
    t.group === "TH"
      ? OVERALL_LABEL[t.method.slice("overall:".length).split("(")[0]].short
      : t.group;
  return safeSheetName(`XH ${BLOCK_SHORT[t.block]} - ${kind}`);
}

export function rankedTableToWrite(
  t: RankedTableOut,
  lang: Lang = "vi",
): TableToWrite {
  const hasPublished = t.rows.some((r) => r.publishedRank !== null);
  const hasPublishedValue = t.rows.some(
    (r) => r.publishedValue !== undefined && r.publishedValue !== null,
  );
  return outputTable<RankedRow>(
    {
      sheet: resultSheetName(t),
      tableName: tableNameOf("XH", t.block, t.group, t.method),
      title: t.title,
      chart: { title: t.title, labels: 1, values: 3 },
      columns: [
        ...rankedColumns<RankedRow>(),
        // The value's header is already in the table's language.
        column<RankedRow>(
          { vi: t.valueHeader, en: t.valueHeader },
          number(t.decimals),
          (r) => r.value,
        ),
        hasPublishedValue &&
          column<RankedRow>(
            HEADER.publishedValue,
            number(t.decimals),
            (r) => r.publishedValue ?? null,
          ),
        hasPublished &&
          column<RankedRow>(
            HEADER.publishedRank,
            number(0),
            (r) => r.publishedRank ?? null,
          ),
      ],
      rows: t.rows,
    },
    lang,
  );
}
