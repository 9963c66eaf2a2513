/**
 * What the pane's steps do, as plain functions over the workbook port: put a pasted table into
 * the structured sheets, check, rank and write back, try weights and save the scenario. Beside
 * this file: prepareSheets.ts (step 1, kept apart so the pane's first screen loads little),
 * rankUncertainty.ts and compareRankings.ts. The same functions run on Excel, on an .xlsx file
 * and in memory, for the pane and for `chiso`.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { getRegisters } from "../core/agencies/registerEditions";
import { isResolved } from "../core/agencies/matchAgency";
import type { BlockId } from "../core/agencies/registerSchema";
import type { Finding } from "../core/checks/finding";
import { CheckReport, runChecks } from "../core/checks/runChecks";
import type {
  Group,
  Methodology,
  TieMethod,
} from "../core/methodology/methodologySchema";
import {
  BlockInput,
  BlockResult,
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
  MethodologyError,
  MissingSheetError,
  ScenarioExistsError,
  UserError,
} from "../core/userError";
import {
  parseRankedTables,
  PastedRankedTable,
} from "../core/tables/parseRankedTables";
import type {
  ColumnOverrides,
  RecognisedTable,
} from "../core/tables/recognise/types";
import { checkTablesFromWorkbook, WorkbookCheckInput } from "./checkWorkbook";
import {
  COL,
  columnLetter,
  criterionHeader,
  groupSheetName,
  indexHeader,
  METHOD_SHEET,
  readMethodology,
  safeSheetName,
  SETTINGS_SHEET,
} from "./sheets";
import {
  rankedTablesOf,
  rankedTableToWrite,
  RankedTableOut,
  resultSheetName,
} from "./rankedTables";
import { readWorkbook, ReadWorkbookResult } from "./readWorkbook";
import { tableNameOf } from "./writeRules";
import {
  Cell,
  PREPARE_FIRST,
  TableToWrite,
  WorkbookPort,
} from "./workbookPort";

export const FINDINGS_SHEET = "Phát hiện";

export { prepareSheets } from "./prepareSheets";

export interface PastePreview {
  /** The first ranking found: what the import writes. */
  table?: PastedRankedTable;
  /** Every ranking found in the text. */
  tables: PastedRankedTable[];
  /** Every table found, rankings or not, as understood. */
  found: RecognisedTable[];
  problem?: { vi: string; en: string };
}

/**
 * What a paste holds, as the import would read it. The workbook's methodology (when given) names
 * the groups; the user's word on the columns and the block overrides what was recognised.
 */
export function previewPaste(
  text: string,
  register: AgencyRegister,
  options: {
    methodology?: Methodology;
    overrides?: ColumnOverrides;
    /** The register edition to read with; by default the one the table fits. */
    edition?: string;
  } = {},
): PastePreview {
  const parsed = parseRankedTables(text, register, options);
  return {
    tables: parsed.tables,
    found: parsed.found,
    ...(parsed.tables[0] ? { table: parsed.tables[0] } : {}),
    ...(parsed.problem ? { problem: parsed.problem } : {}),
  };
}

/** The methodology the workbook's own sheets hold. */
export async function workbookMethodology(
  port: WorkbookPort,
): Promise<Methodology> {
  const read = readMethodology(
    await port.readTable(SETTINGS_SHEET),
    await port.readTable(METHOD_SHEET),
  );
  if (!read.ok) throw new MethodologyError(read.problems);
  return read.methodology;
}

/** What an import will do to the data sheet, shown to the user before anything is written. */
export interface ImportPlan {
  sheet: string;
  /** Cells to write, with what they hold now (null: empty). */
  writes: {
    cell: string;
    value: Cell;
    before: Cell;
    row: number;
    column: number;
  }[];
  /** Cells holding a figure where the paste has none (empty, `--`, "chưa có"): kept. */
  kept: { cell: string; agency: string; before: Cell }[];
  /** Cells that already hold the pasted figure. */
  same: number;
  /** Agencies of the paste not found in the sheet. */
  skipped: string[];
}

/** What an import wrote, kept (a figure where the paste had none) and skipped. */
export interface ImportResult {
  written: number;
  kept: number;
  skipped: string[];
  sheet: string;
}

/** The writes of a plan that replace a figure already in the sheet: the user confirms these. */
export function replacedCells(plan: ImportPlan): ImportPlan["writes"] {
  return plan.writes.filter((w) => w.before !== null && w.before !== "");
}

/**
 * Plans writing a pasted ranked table into the data sheet of its group, on each resolved
 * agency's row: the group index (or the count a group is ranked by), the criteria whose role the
 * table's columns fill (`services-level-3` ← a `Mức độ 3` column), and the published rank when
 * it ranks what the group is ranked by. A cell without a figure is never written: it never
 * erases one. Nothing is written here.
 */
export async function planImport(
  port: WorkbookPort,
  m: Methodology,
  table: PastedRankedTable,
): Promise<ImportPlan> {
  const group = m.groups.find((g) => g.id === table.group);
  if (!group)
    throw new UserError(
      table.group
        ? {
            vi: `Phương pháp của sổ tính không có nhóm ${table.group}. Hãy kiểm tra trang “${METHOD_SHEET}”.`,
            en: `The workbook's methodology has no group ${table.group}. Check the sheet “${METHOD_SHEET}”.`,
          }
        : {
            vi: "Không biết bảng này thuộc nhóm tiêu chí nào: tên bảng không nêu nhóm. Hãy dán cả dòng tên bảng (ví dụ “Bảng 4.1. Chỉ số Hạ tầng kỹ thuật CNTT …”).",
            en: "Which criteria group this table belongs to is unknown: its title does not say. Paste its title line too (e.g. “Bảng 4.1. Chỉ số Hạ tầng kỹ thuật CNTT …”).",
          },
    );
  // The workbook lists the units of its year; a table of the other edition would land on the
  // wrong units (Tuyên Quang of 2025 is Tuyên Quang and Hà Giang of 2016).
  const pasted = table.recognised.edition?.edition;
  const own =
    m.year !== undefined
      ? getRegisters().forYear(m.year)
      : getRegisters().latest;
  if (pasted && own && pasted !== own.edition)
    throw new UserError({
      vi: `Bảng dán theo danh mục đơn vị ${pasted}, còn sổ tính theo danh mục ${own.edition} (${m.year !== undefined ? `năm ${m.year}` : "không ghi năm"} ở trang “${SETTINGS_SHEET}”). Chưa ô nào bị thay đổi. Hãy dán bảng cùng kỳ với sổ tính, hoặc tạo sổ tính cho kỳ của bảng; để đối chiếu hai kỳ, dùng bước So sánh.`,
      en: `The pasted table uses the ${pasted} agency register and the workbook the ${own.edition} one (${m.year !== undefined ? `year ${m.year}` : "no year"} on sheet “${SETTINGS_SHEET}”). No cell was changed. Paste a table of the workbook's period, or make a workbook for the table's; to set two periods side by side, use the Compare step.`,
    });
  const sheet = groupSheetName(group);
  const data = await port.readTable(sheet);
  if (!data) throw new MissingSheetError(sheet, PREPARE_FIRST);
  const col = (name: string) => {
    const k = data.header.indexOf(name);
    if (k < 0)
      throw new UserError(
        {
          vi: `không thấy cột “${name}” ở dòng tiêu đề (dòng ${data.headerRow}); có lẽ tên cột đã bị sửa. Hãy đặt lại tên cột đó rồi dán lại. Chưa ô nào bị thay đổi.`,
          en: `no column “${name}” in the header (row ${data.headerRow}); it may have been renamed. Name it back and paste again. No cell was changed.`,
        },
        { sheet },
      );
    return k;
  };
  const codeCol = col(COL.code);
  const targets = valueTargets(group, table, col);
  if (targets.length === 0)
    throw new UserError(
      {
        vi: `Bảng không có cột nào ghi được vào nhóm ${group.id}: không có giá trị hay cột nào khớp vai trò các tiêu chí của nhóm.`,
        en: `The table has no column to write into group ${group.id}: no value, and no column filling a criterion's role.`,
      },
      { sheet },
    );
  const plan: ImportPlan = {
    sheet,
    writes: [],
    kept: [],
    same: 0,
    skipped: [],
  };
  for (const row of table.rows) {
    for (const match of row.agencies) {
      if (!isResolved(match)) {
        plan.skipped.push(match.name);
        continue;
      }
      const r = data.rows.findIndex((x) => x[codeCol] === match.agency.code);
      if (r < 0) {
        plan.skipped.push(match.agency.name);
        continue;
      }
      const sheetRow = data.headerRow + 1 + r;
      for (const t of targets) {
        const cell = `${columnLetter(t.column)}${sheetRow}`;
        const before = data.rows[r][t.column] ?? null;
        const value = t.value(row);
        if (value === null) {
          if (before !== null && before !== "")
            plan.kept.push({ cell, agency: match.agency.name, before });
        } else if (before === value) plan.same++;
        else
          plan.writes.push({ cell, value, before, row: r, column: t.column });
      }
    }
  }
  return plan;
}

/**
 * Writes a plan. The sheet is read again first: if a cell no longer holds what the preview
 * showed, nothing is written and the user is asked to preview again.
 */
export async function applyImport(
  port: WorkbookPort,
  plan: ImportPlan,
): Promise<ImportResult> {
  const data = await port.readTable(plan.sheet);
  if (!data) throw new MissingSheetError(plan.sheet, PREPARE_FIRST);
  const moved = plan.writes.find(
    (w) => (data.rows[w.row]?.[w.column] ?? null) !== w.before,
  );
  if (moved)
    throw new UserError(
      {
        vi: "ô này đã thay đổi từ lúc xem trước; chưa ghi gì. Hãy bấm “Xem trước” lại.",
        en: "this cell changed since the preview; nothing was written. Press “Preview” again.",
      },
      {
        sheet: plan.sheet,
        row: data.headerRow + 1 + moved.row,
        column: columnLetter(moved.column),
      },
    );
  await port.updateCells(
    plan.sheet,
    plan.writes.map((w) => ({ cell: w.cell, value: w.value })),
  );
  return {
    written: plan.writes.length,
    kept: plan.kept.length,
    skipped: plan.skipped,
    sheet: plan.sheet,
  };
}

/** Plans and writes at once, refusing (before any change) to replace a figure already there. */
export async function importPasted(
  port: WorkbookPort,
  m: Methodology,
  table: PastedRankedTable,
  options: { replace?: boolean } = {},
): Promise<ImportResult> {
  const plan = await planImport(port, m, table);
  const replaced = replacedCells(plan);
  if (replaced.length && !options.replace)
    throw new UserError(
      {
        vi: `${replaced.length} ô đang có số khác số dán (ví dụ ${replaced[0].cell}); chưa ghi gì. Hãy xác nhận ghi đè.`,
        en: `${replaced.length} cells hold a figure other than the pasted one (e.g. ${replaced[0].cell}); nothing was written. Confirm to replace them.`,
      },
      { sheet: plan.sheet },
    );
  return applyImport(port, plan);
}

type PastedRow = PastedRankedTable["rows"][number];

/** Which sheet column takes which figure of a pasted row. */
function valueTargets(
  group: Group,
  table: PastedRankedTable,
  col: (name: string) => number,
): { column: number; value: (r: PastedRow) => Cell }[] {
  // `col` refuses a header that is not there: a renamed column stops the import before it writes.
  const columns = table.recognised.columns;
  const cellAt = (k: number) => (r: PastedRow) =>
    parseVietnameseNumber(r.cells[k] ?? "", "count").value;
  const value = (r: PastedRow) => r.value.value;
  const targets: { column: number; value: (r: PastedRow) => Cell }[] = [];
  const measureOfRoles = group.criteria
    .map((c) => /^([a-z]+)-/.exec(c.role ?? "")?.[1])
    .find(Boolean);
  // The group is ranked by what this table ranks: its index, or its count.
  const ranksGroup =
    (group.source === "index" && table.measure === "index") ||
    (group.source === "count" && table.measure === measureOfRoles);
  if (group.source === "index" && table.columns.value !== undefined)
    targets.push({ column: col(indexHeader(group)), value });
  for (const c of group.criteria) {
    const role = /^([a-z]+)-(level-(\d+)|total)$/.exec(c.role ?? "");
    if (!role || role[1] !== table.measure) continue;
    const k =
      role[2] === "total"
        ? table.columns.value
        : columns.findIndex(
            (x) => x.role === "part" && x.level === Number(role[3]),
          );
    if (k !== undefined && k >= 0)
      targets.push({ column: col(criterionHeader(c)), value: cellAt(k) });
  }
  if (
    ranksGroup &&
    group.source === "count" &&
    table.columns.value !== undefined
  )
    targets.push({ column: col(COL.total), value });
  if (ranksGroup && table.columns.rank !== undefined)
    targets.push({
      column: col(COL.publishedRank),
      value: (r) => r.publishedRank.value,
    });
  return targets;
}

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
): Promise<WorkbookReport> {
  const read = await checkTablesFromWorkbook(port, source, register);
  const report = runChecks(read.tables, register, read.userRules);
  const findings = [...read.findings, ...report.findings];
  await port.markCells(
    findings
      .filter((f) => f.where.cell)
      .map((f) => ({
        sheet: f.where.table,
        cell: f.where.cell!,
        severity: f.severity,
        note: `${SEVERITY_VI[f.severity]}: ${f.message.vi}${f.suggestion ? `\nGợi ý: ${f.suggestion.reason.vi}` : ""}`,
      })),
  );
  const checked = report.tables.reduce(
    (s, t) => s + t.checked.reduce((n, c) => n + c.count, 0),
    0,
  );
  await port.writeTables([findingsTable(findings, checked)], { owned: true });
  return { ...report, findings, unchecked: read.unchecked };
}

const SEVERITY_VI = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
} as const;

function findingsTable(findings: Finding[], checked: number): TableToWrite {
  return {
    sheet: FINDINGS_SHEET,
    tableName: "PhatHien",
    title: checked
      ? `Phát hiện khi kiểm tra (${formatVietnameseNumber(checked, { decimals: 0 })} lần áp quy tắc): ${findings.length}`
      : `Chưa kiểm tra được quan hệ nào (không có số liệu để kiểm tra); phát hiện: ${findings.length}`,
    columns: ["Mức độ", "Ô", "Cơ quan", "Nội dung", "Gợi ý", "Quy tắc"].map(
      (header) => ({
        header,
        format:
          header === "Ô"
            ? ({ kind: "link" } as const)
            : ({ kind: "text" } as const),
        width:
          header === "Nội dung" || header === "Gợi ý"
            ? 60
            : header === "Ô"
              ? 28
              : 14,
      }),
    ),
    rows: findings.map((f) => [
      SEVERITY_VI[f.severity],
      f.where.cell ? `${f.where.table}!${f.where.cell}` : f.where.table,
      f.agency?.name ?? "",
      f.message.vi,
      f.suggestion?.reason.vi ?? "",
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
): Promise<RankOutcome> {
  const { tables: all } = await rankedTables(port, register);
  const filled = (t: RankedTableOut) => t.rows.some((r) => r.value !== null);
  const tables = all.filter(filled);
  if (tables.length === 0) throw new UserError(NO_FIGURES);
  await port.writeTables(tables.map(rankedTableToWrite), { owned: true });
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
      blockName: register.blockName(input.block),
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
  const weighted = b.base.groups.filter(
    (g) =>
      (weights[g.id] ??
        session.methodology.groups.find((x) => x.id === g.id)?.weight ??
        0) > 0,
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
const SCENARIO_TITLE = /^Kịch bản “(.*)”: /;

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
  options: { replace?: boolean; points?: Record<string, number> } = {},
): Promise<string> {
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
        title: `Kịch bản “${name}”: trọng số ${Object.entries(weights)
          .map(([g, w]) => `${g} = ${w}`)
          .join(", ")}${
          Object.keys(options.points ?? {}).length
            ? `; điểm tiêu chí ${Object.entries(options.points!)
                .map(([c, p]) => `${c} = ${p}`)
                .join(", ")}`
            : ""
        }`,
        columns: [
          { header: "Thứ hạng", format: { kind: "number", decimals: 0 } },
          { header: "Cơ quan", format: { kind: "text" } },
          {
            header: "Chỉ số tổng hợp",
            format: { kind: "number", decimals: 3 },
          },
          {
            header: "Hạng theo trọng số gốc",
            format: { kind: "number", decimals: 0 },
          },
          { header: "Thay đổi", format: { kind: "number", decimals: 0 } },
        ],
        rows: rows.map((r) => [r.rank, r.name, r.value, r.baseRank, r.change]),
      },
    ],
    { owned: true },
  );
  return sheet;
}
