/**
 * What the pane's steps do, as plain functions over the workbook port: check, rank and write
 * back, try weights and save the scenario. Beside this file: prepareSheets.ts (step 1, kept
 * apart so the pane's first screen loads little), importPasted.ts (step 2), rankUncertainty.ts
 * and compareRankings.ts. The same functions run on Excel, on an .xlsx file
 * and in memory, for the pane and for `chiso`.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { BlockId } from "../core/agencies/registerSchema";
import type { Finding } from "../core/checks/finding";
import { CheckReport, runChecks } from "../core/checks/runChecks";
import type {
  Methodology,
  TieMethod,
} from "../core/methodology/methodologySchema";
import {
  BlockInput,
  BlockResult,
  hasFigures,
  PointOverrides,
  scoreBlock,
  WeightOverrides,
} from "../core/scoring/scoreBlock";
import { whatIf, WhatIfRow } from "../core/scoring/whatIf";
import { formatVietnameseNumber } from "../core/numbers/formatVietnameseNumber";
import { parseVietnameseNumber } from "../core/numbers/parseVietnameseNumber";
import { compareVietnamese } from "../core/text/vietnameseText";
import { LIMITS } from "../core/limits";
import {
  Bilingual,
  Lang,
  ScenarioExistsError,
  UserError,
} from "../core/userError";
import { formatNumber } from "../core/numbers/formatNumber";
import { checkTablesFromWorkbook, WorkbookCheckInput } from "./checkWorkbook";
import { safeSheetName } from "./sheets";
import {
  rankedTablesOf,
  rankedTableToWrite,
  RankedTableOut,
  resultSheetName,
} from "./rankedTables";
import { readWorkbook, ReadWorkbookResult } from "./readWorkbook";
import { HEADER, say } from "./outputWords";
import { tableNameOf } from "./writeRules";
import { TableToWrite, WorkbookPort } from "./workbookPort";

export const FINDINGS_SHEET = "Phát hiện";

export { prepareSheets } from "./prepareSheets";

export type WorkbookReport = CheckReport & {
  /** Sheets and blocks not checked, and why (no figures yet, missing, empty). */
  unchecked: WorkbookCheckInput["unchecked"];
};

/**
 * Checks the workbook; marks the findings on their cells and lists them on a sheet of its own.
 * The report says what each table was understood to be and what was checked in it.
 */
export async function checkWorkbook(
  port: WorkbookPort,
  register: AgencyRegister,
  source = "Sổ tính",
  lang: Lang = "vi",
): Promise<WorkbookReport> {
  const read = await checkTablesFromWorkbook(port, source, register);
  const report = runChecks(read.tables, register, read.userRules);
  const findings = [...read.findings, ...report.findings];
  const w = FINDINGS_WORDS[lang];
  await port.markCells(
    findings
      .filter((f) => f.where.cell)
      .map((f) => ({
        sheet: f.where.table,
        cell: f.where.cell!,
        severity: f.severity,
        note: `${w.severity[f.severity]}: ${f.message[lang]}${f.suggestion ? `\n${w.suggestion}: ${f.suggestion.reason[lang]}` : ""}`,
      })),
  );
  const checked = report.tables.reduce(
    (s, t) => s + t.checked.reduce((n, c) => n + c.count, 0),
    0,
  );
  await port.writeTables([findingsTable(findings, checked, lang)], {
    owned: true,
  });
  return { ...report, findings, unchecked: read.unchecked };
}

const FINDINGS_WORDS = {
  vi: {
    severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
    suggestion: "Gợi ý",
    title: (checked: number, n: number) =>
      checked
        ? `Phát hiện khi kiểm tra (${formatNumber(checked, { lang: "vi" })} lần áp quy tắc): ${n}`
        : `Chưa kiểm tra được quan hệ nào (không có số liệu để kiểm tra); phát hiện: ${n}`,
    headers: ["Mức độ", "Ô", "Cơ quan", "Nội dung", "Gợi ý", "Quy tắc"],
  },
  en: {
    severity: { error: "Error", warning: "Warning", info: "Note" },
    suggestion: "Suggestion",
    title: (checked: number, n: number) =>
      checked
        ? `Findings of the check (${formatNumber(checked, { lang: "en" })} rule applications): ${n}`
        : `No relation could be checked (no figures to check); findings: ${n}`,
    headers: ["Severity", "Cell", "Agency", "Finding", "Suggestion", "Rule"],
  },
};

function findingsTable(
  findings: Finding[],
  checked: number,
  lang: Lang,
): TableToWrite {
  const w = FINDINGS_WORDS[lang];
  const widths = [14, 28, 14, 60, 60, 14];
  return {
    sheet: FINDINGS_SHEET,
    tableName: "PhatHien",
    title: w.title(checked, findings.length),
    columns: w.headers.map((header, k) => ({
      header,
      format:
        k === 1 ? ({ kind: "link" } as const) : ({ kind: "text" } as const),
      width: widths[k],
    })),
    rows: findings.map((f) => [
      w.severity[f.severity],
      f.where.cell ? `${f.where.table}!${f.where.cell}` : f.where.table,
      f.agency?.name ?? "",
      f.message[lang],
      f.suggestion?.reason[lang] ?? "",
      f.ruleId,
    ]),
  };
}

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
  const { tables: all } = await rankedTables(port, register, { lang });
  const filled = (t: RankedTableOut) => t.rows.some((r) => r.value !== null);
  const tables = all.filter(filled);
  if (tables.length === 0) throw new UserError(NO_FIGURES);
  await port.writeTables(
    tables.map((t) => rankedTableToWrite(t, lang)),
    { owned: true },
  );
  return {
    tables,
    sheets: tables.map(resultSheetName),
    empty: all
      .filter((t) => !filled(t))
      .map((t) => ({ block: t.block, group: t.group, title: t.title })),
  };
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
): Promise<{ tables: RankedTableOut[]; read: ReadWorkbookResult }> {
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
  return { tables, read };
}

export interface WhatIfSession {
  methodology: Methodology;
  blocks: {
    block: BlockId;
    name: string;
    base: BlockResult;
    /** Agencies with at least one figure: a block without any is all ties at 0, not a ranking. */
    withFigures: number;
  }[];
}

/**
 * Reads and scores the workbook once; the sliders then only re-rank, and the uncertainty
 * analysis draws from the same scored blocks. A methodology without an overall index is
 * given the weighted mean of its groups, as the sliders need one.
 */
export async function startWhatIf(
  port: WorkbookPort,
  register: AgencyRegister,
): Promise<WhatIfSession> {
  const read = await readWorkbook(port, register);
  const methodology: Methodology =
    read.methodology.overall.method === "none"
      ? {
          ...read.methodology,
          overall: { method: "weighted-arithmetic", decimals: 3 },
        }
      : read.methodology;
  return {
    methodology,
    blocks: read.blocks.map((input) => ({
      block: input.block,
      name: register.blockName(input.block),
      base: scoreBlock(methodology, input),
      withFigures: agenciesWithFigures(input),
    })),
  };
}

function agenciesWithFigures(input: BlockInput): number {
  const columns = [
    ...Object.values(input.values),
    ...Object.values(input.groupIndices ?? {}),
  ];
  return input.agencies.filter((_, i) =>
    columns.some((c) => !Number.isNaN(c[i])),
  ).length;
}

/** Agencies the weights cannot score, with the weighted groups that lack their figures. */
export function unscored(
  session: WhatIfSession,
  block: BlockId,
  weights: WeightOverrides,
): { name: string; groups: string[] }[] {
  const b = session.blocks.find((x) => x.block === block);
  if (!b) return [];
  // A group nobody has a figure for is left out of the overall, not a reason to leave anyone unscored.
  const weighted = b.base.groups.filter(
    (g) =>
      (weights[g.id] ??
        session.methodology.groups.find((x) => x.id === g.id)?.weight ??
        0) > 0 && hasFigures(g.values),
  );
  return b.base.agencies.flatMap((a, i) => {
    const groups = weighted
      .filter((g) => Number.isNaN(g.values[i]))
      .map((g) => g.id);
    return groups.length ? [{ name: a.name, groups }] : [];
  });
}

/**
 * A weight the user typed, checked: a number, not negative, not absurdly large. The reason is
 * said in both languages; nothing is clamped silently.
 */
export function readWeight(
  text: string,
): { ok: true; value: number } | { ok: false; why: Bilingual } {
  const parsed = parseVietnameseNumber(text.trim());
  const value = parsed.value;
  if (value === null || parsed.kind === "fraction")
    return {
      ok: false,
      why: {
        vi: `“${text}” không phải là số.`,
        en: `“${text}” is not a number.`,
      },
    };
  if (value < 0)
    return {
      ok: false,
      why: {
        vi: "Trọng số không được âm.",
        en: "A weight cannot be negative.",
      },
    };
  if (value > LIMITS.weight)
    return {
      ok: false,
      why: {
        vi: `Trọng số lớn quá (tối đa ${formatVietnameseNumber(LIMITS.weight, { decimals: 0 })}).`,
        en: `The weight is too large (at most ${LIMITS.weight.toLocaleString("en-US")}).`,
      },
    };
  return { ok: true, value };
}

export function rerank(
  session: WhatIfSession,
  block: BlockId,
  weights: WeightOverrides,
  points: PointOverrides = {},
): WhatIfRow[] {
  const b = session.blocks.find((x) => x.block === block);
  if (!b) return [];
  return [...whatIf(session.methodology, b.base, weights, points).rows].sort(
    (x, y) =>
      (x.rank ?? Infinity) - (y.rank ?? Infinity) ||
      compareVietnamese(x.name, y.name),
  );
}

/** A scenario sheet: `KB<number> <name, cut>`; the number makes it unique, the title keeps the name. */
const SCENARIO_SHEET = /^KB(\d+)(?: |$)/;
const SCENARIO_TITLE = /^(?:Kịch bản|Scenario) “(.*)”: /;

/**
 * Saves a scenario (the weights and the ranking they give) to a sheet of its own, named by a
 * number no other scenario sheet has and the start of its name; the full name is in its title.
 * A scenario of the same name is replaced only with `replace` (ScenarioExistsError otherwise).
 */
export async function saveScenario(
  port: WorkbookPort,
  name: string,
  weights: Record<string, number>,
  rows: WhatIfRow[],
  options: {
    replace?: boolean;
    points?: Record<string, number>;
    lang?: Lang;
  } = {},
): Promise<string> {
  const lang = options.lang ?? "vi";
  const saved: { sheet: string; k: number; name?: string }[] = [];
  for (const sheet of await port.sheetNames()) {
    const m = SCENARIO_SHEET.exec(sheet);
    if (!m) continue;
    const title = (await port.readTable(sheet))?.title ?? "";
    saved.push({
      sheet,
      k: Number(m[1]),
      name: SCENARIO_TITLE.exec(title)?.[1],
    });
  }
  const same = saved.find(
    (x) => x.name?.trim().toLowerCase() === name.trim().toLowerCase(),
  );
  if (same && !options.replace) throw new ScenarioExistsError(name, same.sheet);
  let k = 1;
  while (saved.some((x) => x.k === k)) k++;
  const sheet = same?.sheet ?? safeSheetName(`KB${k} ${name}`);
  await port.writeTables(
    [
      {
        sheet,
        tableName: tableNameOf(
          "KichBan",
          same ? SCENARIO_SHEET.exec(sheet)![1] : k,
        ),
        title: `${lang === "vi" ? "Kịch bản" : "Scenario"} “${name}”: ${lang === "vi" ? "trọng số" : "weights"} ${Object.entries(
          weights,
        )
          .map(
            ([g, w]) =>
              `${g} = ${formatNumber(w, { decimals: w % 1 ? 2 : 0, lang })}`,
          )
          .join(", ")}${
          Object.keys(options.points ?? {}).length
            ? `; ${lang === "vi" ? "điểm tiêu chí" : "criterion points"} ${Object.entries(
                options.points!,
              )
                .map(
                  ([c, p]) =>
                    `${c} = ${formatNumber(p, { decimals: p % 1 ? 2 : 0, lang })}`,
                )
                .join(", ")}`
            : ""
        }`,
        columns: [
          {
            header: say(HEADER.rank, lang),
            format: { kind: "number", decimals: 0 },
          },
          { header: say(HEADER.agency, lang), format: { kind: "text" } },
          {
            header: lang === "vi" ? "Chỉ số tổng hợp" : "Overall index",
            format: { kind: "number", decimals: 3 },
          },
          {
            header:
              lang === "vi"
                ? "Hạng theo trọng số gốc"
                : "Rank with the methodology's weights",
            format: { kind: "number", decimals: 0 },
          },
          {
            header: lang === "vi" ? "Thay đổi" : "Change",
            format: { kind: "number", decimals: 0 },
          },
        ],
        rows: rows.map((r) => [r.rank, r.name, r.value, r.baseRank, r.change]),
      },
    ],
    { owned: true },
  );
  return sheet;
}
