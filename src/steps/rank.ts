/**
 * Step 4, rank: every block scored and one ranked table written per block and group that has
 * figures, plus the overall. `rankedTables` is the same reading and scoring without writing, for
 * `chiso rank` on a workbook and `chiso demo`. No figure, no rank: a table without figures is
 * left out and named, an agency without figures in a table is left unranked in it.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { BlockId } from "../core/agencies/registerSchema";
import type {
  Methodology,
  TieMethod,
} from "../core/methodology/methodologySchema";
import { scoreBlock } from "../core/scoring/scoreBlock";
import { Lang, UserError } from "../core/userError";
import type { WorkbookPort } from "../workbook/workbookPort";
import {
  rankedTablesOf,
  rankedTableToWrite,
  RankedTableOut,
  resultSheetName,
} from "./rankedTables";
import { readWorkbook, ReadWorkbookResult } from "./readWorkbook";

export interface RankOutcome {
  tables: RankedTableOut[];
  sheets: string[];
  /** Tables (block and group) left unwritten: no agency had a figure for them. */
  empty: { block: BlockId; group: string; title: string }[];
}

/** Said when a step finds no figure at all to work on. */
export const NO_FIGURES = {
  vi: "Chưa có số liệu nào để tính: hãy dán bảng ở bước 2 (Nhập dữ liệu).",
  en: "There are no figures to compute yet: paste tables in step 2 (Paste data).",
};

/**
 * Scores every block and writes one ranked table per block and group that has figures, plus
 * the overall; says which were left out for want of figures. With no figure at all, nothing is
 * written and the user is told what to do.
 */
export async function rankWorkbook(
  port: WorkbookPort,
  register: AgencyRegister,
  lang: Lang = "vi",
): Promise<RankOutcome> {
  const { tables, empty } = await rankedTables(port, register, { lang });
  if (tables.length === 0) throw new UserError(NO_FIGURES);
  await port.writeTables(
    tables.map((t) => rankedTableToWrite(t, lang)),
    { owned: true },
  );
  return { tables, sheets: tables.map(resultSheetName), empty };
}

export interface RankingOptions {
  /** How ties share ranks, when not as the methodology says. */
  ties?: TieMethod;
  /** Overall indices to make, each its own table; by default the methodology's own. */
  overalls?: Methodology["overall"][];
  /** The language of the tables' titles and headers (default Vietnamese). */
  lang?: Lang;
}

/**
 * The rankings of a workbook, read once: every block's group tables, then one overall table per
 * overall method asked for. Nothing is written. The rank use case of the pane, `chiso rank` on a
 * workbook and `chiso demo`.
 */
export async function rankedTables(
  port: WorkbookPort,
  register: AgencyRegister,
  options: RankingOptions = {},
): Promise<{
  /** The tables with at least one figure: a table of nothing is never given ranks. */
  tables: RankedTableOut[];
  empty: RankOutcome["empty"];
  read: ReadWorkbookResult;
}> {
  const read = await readWorkbook(port, register);
  const own = read.methodology;
  const base: Methodology = options.ties
    ? { ...own, ranking: { ...own.ranking, ties: options.ties } }
    : own;
  const overalls = options.overalls ?? [base.overall];
  const tables = read.blocks.flatMap((input) => {
    const ctx = {
      blockName: register.blockName(input.block, options.lang),
      ...(options.lang ? { lang: options.lang } : {}),
      publishedRanks: read.publishedRanks,
      inputNames: read.inputNames,
    };
    // The group tables once, with the first overall; the other overalls alone.
    return overalls.flatMap((overall, i) => {
      const m = { ...base, overall };
      return rankedTablesOf(m, scoreBlock(m, input), ctx, {
        groups: i === 0,
      });
    });
  });
  const filled = (t: RankedTableOut) => t.rows.some((r) => r.value !== null);
  return {
    tables: tables.filter(filled),
    empty: tables
      .filter((t) => !filled(t))
      .map((t) => ({ block: t.block, group: t.group, title: t.title })),
    read,
  };
}
