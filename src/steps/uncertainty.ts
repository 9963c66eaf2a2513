/**
 * How robust each rank is, for a workbook: the uncertainty analysis of every block scored by
 * scoreWorkbook, its bands in words (which ranks are firm, which are not), and the sheets the
 * tool owns with the bands and a chart. The use case of `chiso sensitivity` and of the pane's
 * step; the pane runs the draws in a worker, in steps, with the same core.
 */
import type { BlockId } from "../core/agencies/registerSchema";
import { formatVietnameseNumber } from "../core/numbers/formatVietnameseNumber";
import {
  startUncertainty,
  UncertaintyOptions,
  UncertaintyResult,
  UncertaintyRow,
  wideBand,
} from "../core/scoring/uncertainty";
import { Msg, Lang, UserError } from "../core/userError";
import { column, number, outputTable, rankedColumns } from "./outputColumns";
import type { ScoredWorkbook } from "./scoredWorkbook";
import { BLOCK_SHORT } from "./rankedTables";
import { safeSheetName } from "../workbook/sheets";
import type { TableToWrite, WorkbookPort } from "../workbook/workbookPort";
import { tableNameOf } from "../workbook/writeRules";

export interface BlockUncertainty {
  block: BlockId;
  name: string;
  result: UncertaintyResult;
}

/** Every block's bands, at once (the command line; the pane steps through a worker). */
export function uncertaintyOf(
  scored: ScoredWorkbook,
  options: UncertaintyOptions,
  onProgress?: (done: number, total: number) => void,
): BlockUncertainty[] {
  const runs = scored.blocks.map((b) => ({
    b,
    run: startUncertainty(scored.methodology, b.base, options),
  }));
  const total = runs.reduce((s, r) => s + r.run.total, 0);
  let before = 0;
  return runs.map(({ b, run }) => {
    while (run.done < run.total) {
      run.step(100);
      onProgress?.(before + run.done, total);
    }
    before += run.total;
    return { block: b.block, name: b.name, result: run.result() };
  });
}

/** Rows by nominal rank, the unranked last. */
export function byRank(rows: UncertaintyRow[]): UncertaintyRow[] {
  return [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

const width = (r: UncertaintyRow) =>
  r.p05 === null || r.p95 === null ? 0 : r.p95 - r.p05;

/** Agencies whose 5–95 % band spans at least wideBand(n) places, widest first. */
export function wideBands(result: UncertaintyResult): UncertaintyRow[] {
  const wide = wideBand(result.rows.filter((r) => r.rank !== null).length);
  return result.rows
    .filter((r) => width(r) >= wide)
    .sort((a, b) => width(b) - width(a) || (a.rank ?? 0) - (b.rank ?? 0));
}

/** What the draws moved, in words. */
export function variedWords(result: UncertaintyResult): Msg {
  const s = formatVietnameseNumber(result.spread * 100, { decimals: 0 });
  const v = result.varied;
  const vi = [
    `trọng số ${v.weights.length} nhóm nhân với hệ số ngẫu nhiên trong ±${s}%`,
    ...(v.points.length
      ? [`điểm của ${v.points.length} tiêu chí trong ±${s}%`]
      : []),
    ...(v.aggregation.length
      ? [
          "cách tổng hợp (trung bình cộng, trung bình nhân, trung bình thứ hạng)",
        ]
      : []),
    ...(v.normalisation.length
      ? [`chuẩn hoá ${v.normalisation.length} nhóm (giữ nguyên hoặc min-max)`]
      : []),
  ];
  const en = [
    `the weights of ${v.weights.length} groups multiplied by a random factor within ±${s}%`,
    ...(v.points.length
      ? [`the points of ${v.points.length} criteria within ±${s}%`]
      : []),
    ...(v.aggregation.length
      ? ["the aggregation (arithmetic, geometric, mean of ranks)"]
      : []),
    ...(v.normalisation.length
      ? [
          `the normalisation of ${v.normalisation.length} groups (as is or min-max)`,
        ]
      : []),
  ];
  const draws = formatVietnameseNumber(result.draws, { decimals: 0 });
  return {
    vi: `${draws} lần thử, mỗi lần ${vi.join("; ")}; hạt giống ${result.seed}.`,
    en: `${result.draws.toLocaleString("en-US")} draws, each with ${en.join("; ")}; seed ${result.seed}.`,
  };
}

const BLOCK_EN: Record<BlockId, string> = {
  ministry: "Ministries",
  government: "Government agencies",
  province: "Provinces",
};

/** The bands in plain words: how many ranks are firm, and which are not. */
/** The block's name in a language: `Tỉnh, thành phố trực thuộc Trung ương`, `Provinces`. */
export const blockWords = (u: BlockUncertainty): Msg => ({
  vi: u.name,
  en: BLOCK_EN[u.block],
});

export function uncertaintyWords(u: BlockUncertainty): Msg {
  const blockEn = BLOCK_EN[u.block];
  const rows = u.result.rows.filter((r) => r.rank !== null);
  const firm = rows.filter((r) => width(r) === 0).length;
  const wide = wideBands(u.result);
  const n = rows.length;
  if (n === 0)
    return {
      vi: `${u.name}: không cơ quan nào được xếp hạng với các trọng số này (các nhóm có trọng số chưa có số liệu), nên không nói được hạng nào vững.`,
      en: `${blockEn}: no agency is ranked with these weights (the weighted groups have no figures), so nothing can be said of how firm a rank is.`,
    };
  const named = wide.slice(0, 8);
  // Without a wide band, the widest ones are still worth naming.
  const widest = [...rows]
    .filter((r) => width(r) > 0)
    .sort((a, b) => width(b) - width(a))
    .slice(0, 3);
  const list = (lang: "vi" | "en", which = named) =>
    which
      .map((r) =>
        lang === "vi"
          ? `${r.agency} (hạng ${r.rank}; 90% số lần thử từ ${r.p05} đến ${r.p95})`
          : `${r.agency} (rank ${r.rank}; 90% of draws from ${r.p05} to ${r.p95})`,
      )
      .join("; ");
  const more = wide.length - named.length;
  return {
    vi:
      `${u.name}: ${firm}/${n} cơ quan giữ nguyên hạng trong 90% số lần thử. ` +
      (wide.length
        ? `Hạng chưa chắc chắn (khoảng 5–95% rộng từ ${wideBand(n)} bậc): ${list("vi")}${more > 0 ? ` và ${more} cơ quan khác` : ""}.`
        : `Không cơ quan nào có khoảng 5–95% rộng từ ${wideBand(n)} bậc trở lên${widest.length ? `; rộng nhất: ${list("vi", widest)}` : ""}.`),
    en:
      `${blockEn}: ${firm} of ${n} agencies keep their rank in 90% of draws. ` +
      (wide.length
        ? `Uncertain ranks (5–95% band of ${wideBand(n)} places or more): ${list("en")}${more > 0 ? ` and ${more} more` : ""}.`
        : `No agency has a 5–95% band of ${wideBand(n)} places or more${widest.length ? `; the widest: ${list("en", widest)}` : ""}.`),
  };
}

export function uncertaintySheetName(block: BlockId): string {
  return safeSheetName(`Tin cậy ${BLOCK_SHORT[block]}`);
}

/** One owned sheet per block: the bands by nominal rank, with a band chart beside them. */
export function uncertaintyToWrite(
  u: BlockUncertainty,
  lang: Lang = "vi",
): TableToWrite {
  const vi = lang === "vi";
  const name = vi ? u.name : BLOCK_EN[u.block];
  type Row = UncertaintyRow;
  const table = outputTable<Row>(
    {
      sheet: uncertaintySheetName(u.block),
      tableName: tableNameOf("TinCay", u.block),
      title: `${vi ? "Độ tin cậy của hạng" : "How robust each rank is"} — ${name}: ${variedWords(u.result)[lang]}`,
      columns: [
        ...rankedColumns<Row>(),
        column<Row>(
          { vi: "Hạng trung vị", en: "Median rank" },
          number(0),
          (r) => r.median,
        ),
        column<Row>({ vi: "Hạng P5", en: "Rank P5" }, number(0), (r) => r.p05),
        column<Row>(
          { vi: "Hạng P95", en: "Rank P95" },
          number(0),
          (r) => r.p95,
        ),
        column<Row>(
          { vi: "Độ rộng (P95 − P5)", en: "Width (P95 − P5)" },
          number(0),
          (r) => (r.p05 === null || r.p95 === null ? null : width(r)),
        ),
        column<Row>(
          {
            vi: "Tỷ lệ lần thử trong top 10 (%)",
            en: "Share of draws in the top 10 (%)",
          },
          number(1),
          (r) => Math.round(r.top10 * 1000) / 10,
        ),
      ],
      rows: byRank(u.result.rows),
    },
    lang,
  );
  return {
    ...table,
    chart: {
      kind: "band",
      title: `${vi ? "Hạng (chấm) và khoảng 5–95%" : "Rank (dot) and 5–95% band"} — ${name}`,
      labels: 1,
      low: 4,
      width: 6,
      dot: 0,
    },
  };
}

export async function writeUncertainty(
  port: WorkbookPort,
  blocks: BlockUncertainty[],
  lang: Lang = "vi",
): Promise<string[]> {
  // No rank, no band: a block nobody was ranked in is never written as if all were firm.
  const empty = blocks.find((b) => !b.result.rows.some((r) => r.rank !== null));
  if (empty)
    throw new UserError({
      vi: `${empty.name}: không cơ quan nào được xếp hạng với các trọng số này, nên không có khoảng tin cậy nào để ghi. Chưa ghi gì.`,
      en: `${BLOCK_EN[empty.block]}: no agency is ranked with these weights, so there is no band to write. Nothing was written.`,
    });
  const tables = blocks.map((b) => uncertaintyToWrite(b, lang));
  await port.writeTables(tables, { owned: true });
  return tables.map((t) => t.sheet);
}
