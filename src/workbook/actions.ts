/**
 * What the pane's five steps do, as plain functions over the workbook port: prepare the
 * structured sheets, put a pasted table into them, check, rank and write back, try weights and
 * save the scenario. The same functions run on Excel, on an .xlsx file and in memory.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { isResolved } from "../core/agencies/matchAgency";
import type { BlockId } from "../core/agencies/registerSchema";
import type { Finding } from "../core/checks/finding";
import { CheckReport, runChecks } from "../core/checks/runChecks";
import type { Group, Methodology } from "../core/methodology/methodologySchema";
import type { MethodologyProblem } from "../core/methodology/validateMethodology";
import {
  BlockResult,
  scoreBlock,
  WeightOverrides,
} from "../core/scoring/scoreBlock";
import { whatIf, WhatIfRow } from "../core/scoring/whatIf";
import { formatVietnameseNumber } from "../core/numbers/formatVietnameseNumber";
import { parseVietnameseNumber } from "../core/numbers/parseVietnameseNumber";
import { compareVietnamese } from "../core/text/vietnameseText";
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
  dataTables,
  groupSheetName,
  indexHeader,
  METHOD_SHEET,
  methodologyTables,
  readMethodology,
  registerTable,
  rulesTable,
  safeSheetName,
  SETTINGS_SHEET,
} from "./layouts";
import {
  rankedTablesOf,
  rankedTableToWrite,
  RankedTableOut,
  resultSheetName,
} from "./rankedTables";
import { readWorkbook } from "./readWorkbook";
import type { Cell, TableToWrite, WorkbookPort } from "./workbookPort";

export const FINDINGS_SHEET = "Phát hiện";

/** Creates the structured sheets that are missing; never touches the ones that exist. */
export async function prepareSheets(
  port: WorkbookPort,
  m: Methodology,
  register: AgencyRegister,
): Promise<{ created: string[]; kept: string[] }> {
  const existing = new Set(await port.sheetNames());
  const wanted = [
    ...methodologyTables(m),
    rulesTable(),
    registerTable(m, register),
    ...dataTables(m, register),
  ];
  const missing = wanted.filter((t) => !existing.has(t.sheet));
  if (missing.length) await port.writeTables(missing, { owned: false });
  return {
    created: missing.map((t) => t.sheet),
    kept: wanted.filter((t) => existing.has(t.sheet)).map((t) => t.sheet),
  };
}

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
  options: { methodology?: Methodology; overrides?: ColumnOverrides } = {},
): PastePreview {
  const parsed = parseRankedTables(text, register, options);
  return {
    tables: parsed.tables,
    found: parsed.found,
    ...(parsed.tables[0] ? { table: parsed.tables[0] } : {}),
    ...(parsed.problem ? { problem: parsed.problem } : {}),
  };
}

/** The error the pane turns into "Phương pháp không hợp lệ: …", one line per problem. */
function invalidMethodology(problems: MethodologyProblem[]): Error {
  return Object.assign(new Error("invalid methodology"), { problems });
}

/** The methodology the workbook's own sheets hold. */
export async function workbookMethodology(
  port: WorkbookPort,
): Promise<Methodology> {
  const read = readMethodology(
    await port.readTable(SETTINGS_SHEET),
    await port.readTable(METHOD_SHEET),
  );
  if (!read.ok) throw invalidMethodology(read.problems);
  return read.methodology;
}

/** An error the pane says in plain words (Vietnamese and English). */
function userError(vi: string, en: string): Error {
  return Object.assign(new Error(en), { vi, en });
}

/**
 * Writes a pasted ranked table into the data sheet of its group, on each resolved agency's row:
 * the group index (or the count a group is ranked by), the criteria whose role the table's
 * columns fill (`services-level-3` ← a `Mức độ 3` column), and the published rank when it ranks
 * what the group is ranked by. A cell without a figure is not written: it never erases one.
 */
export async function importPasted(
  port: WorkbookPort,
  m: Methodology,
  table: PastedRankedTable,
): Promise<{ written: number; skipped: string[]; sheet: string }> {
  const group = m.groups.find((g) => g.id === table.group);
  if (!group)
    throw userError(
      table.group
        ? `Phương pháp của sổ tính không có nhóm ${table.group}. Hãy kiểm tra trang “${METHOD_SHEET}”.`
        : `Không biết bảng này thuộc nhóm tiêu chí nào: tên bảng không nêu nhóm. Hãy dán cả dòng tên bảng (ví dụ “Bảng 4.1. Chỉ số Hạ tầng kỹ thuật CNTT …”).`,
      table.group
        ? `The workbook's methodology has no group ${table.group}. Check the sheet “${METHOD_SHEET}”.`
        : "Which criteria group this table belongs to is unknown: its title does not say. Paste its title line too (e.g. “Bảng 4.1. Chỉ số Hạ tầng kỹ thuật CNTT …”).",
    );
  const sheet = groupSheetName(group);
  const data = await port.readTable(sheet);
  if (!data)
    throw userError(
      `Chưa có trang “${sheet}”: hãy làm bước 1 (Chuẩn bị) trước.`,
      `The sheet “${sheet}” is missing: do step 1 (Prepare) first.`,
    );
  const col = (name: string) => data.header.indexOf(name);
  const codeCol = col(COL.code);
  const targets = valueTargets(group, table, col);
  if (targets.length === 0)
    throw userError(
      `Bảng không có cột nào ghi được vào nhóm ${group.id}: không có giá trị hay cột nào khớp vai trò các tiêu chí của nhóm.`,
      `The table has no column to write into group ${group.id}: no value, and no column filling a criterion's role.`,
    );
  const updates: { cell: string; value: Cell }[] = [];
  const skipped: string[] = [];
  for (const row of table.rows) {
    for (const match of row.agencies) {
      if (!isResolved(match)) {
        skipped.push(match.name);
        continue;
      }
      const r = data.rows.findIndex((x) => x[codeCol] === match.agency.code);
      if (r < 0) {
        skipped.push(match.agency.name);
        continue;
      }
      const sheetRow = data.headerRow + 1 + r;
      for (const t of targets) {
        const value = t.value(row);
        if (value === null) continue;
        updates.push({ cell: `${columnLetter(t.column)}${sheetRow}`, value });
      }
    }
  }
  await port.updateCells(sheet, updates);
  return { written: updates.length, skipped, sheet };
}

type PastedRow = PastedRankedTable["rows"][number];

/** Which sheet column takes which figure of a pasted row. */
function valueTargets(
  group: Group,
  table: PastedRankedTable,
  col: (name: string) => number,
): { column: number; value: (r: PastedRow) => Cell }[] {
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
  return targets.filter((t) => t.column >= 0);
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
}

/** Scores every block and writes one ranked table per block and group, plus the overall. */
export async function rankWorkbook(
  port: WorkbookPort,
  register: AgencyRegister,
): Promise<RankOutcome> {
  const read = await readWorkbook(port, register);
  if (!read.ok) throw invalidMethodology(read.problems);
  const tables = read.blocks.flatMap((input) =>
    rankedTablesOf(read.methodology, scoreBlock(read.methodology, input), {
      blockName: register.blockName(input.block),
      publishedRanks: read.publishedRanks,
      inputNames: read.inputNames,
    }),
  );
  await port.writeTables(tables.map(rankedTableToWrite), { owned: true });
  return { tables, sheets: tables.map(resultSheetName) };
}

export interface WhatIfSession {
  methodology: Methodology;
  blocks: { block: BlockId; name: string; base: BlockResult }[];
}

/** Reads and scores the workbook once; the sliders then only re-rank. */
export async function startWhatIf(
  port: WorkbookPort,
  register: AgencyRegister,
): Promise<WhatIfSession> {
  const read = await readWorkbook(port, register);
  if (!read.ok) throw invalidMethodology(read.problems);
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
    })),
  };
}

export function rerank(
  session: WhatIfSession,
  block: BlockId,
  weights: WeightOverrides,
): WhatIfRow[] {
  const b = session.blocks.find((x) => x.block === block);
  if (!b) return [];
  return [...whatIf(session.methodology, b.base, weights).rows].sort(
    (x, y) =>
      (x.rank ?? Infinity) - (y.rank ?? Infinity) ||
      compareVietnamese(x.name, y.name),
  );
}

/** Saves a scenario (the weights and the ranking they give) to a sheet of its own. */
export async function saveScenario(
  port: WorkbookPort,
  name: string,
  weights: Record<string, number>,
  rows: WhatIfRow[],
): Promise<string> {
  const sheet = safeSheetName(`KB ${name}`);
  await port.writeTables(
    [
      {
        sheet,
        tableName: `KB_${name.replace(/[^A-Za-z0-9]/g, "_")}`,
        title: `Kịch bản “${name}”: trọng số ${Object.entries(weights)
          .map(([g, w]) => `${g} = ${w}`)
          .join(", ")}`,
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
