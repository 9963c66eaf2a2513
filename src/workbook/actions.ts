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
import { parseVietnameseNumber } from "../core/numbers/parseVietnameseNumber";
import { compareVietnamese } from "../core/text/vietnameseText";
import {
  parseRankedTables,
  PastedRankedTable,
} from "../core/tables/parseRankedTables";
import { checkTablesFromWorkbook } from "./checkWorkbook";
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
  table?: PastedRankedTable;
  problem?: { vi: string; en: string };
}

export function previewPaste(
  text: string,
  register: AgencyRegister,
): PastePreview {
  const parsed = parseRankedTables(text, register);
  return parsed.problem
    ? { problem: parsed.problem }
    : { table: parsed.tables[0] };
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

/**
 * Writes a pasted ranked table into the data sheet of its group: the value (and, for services,
 * level 3 and level 4) and the published rank, on each resolved agency's row.
 */
export async function importPasted(
  port: WorkbookPort,
  m: Methodology,
  table: PastedRankedTable,
): Promise<{ written: number; skipped: string[]; sheet: string }> {
  const group = m.groups.find((g) => g.id === table.group);
  if (!group)
    throw new Error(`no group ${table.group ?? "?"} in the methodology`);
  const sheet = groupSheetName(group);
  const data = await port.readTable(sheet);
  if (!data) throw new Error(`sheet ${sheet} is missing`);
  const col = (name: string) => data.header.indexOf(name);
  const codeCol = col(COL.code);
  const targets = valueTargets(group, table, col);
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
      for (const t of targets)
        updates.push({
          cell: `${columnLetter(t.column)}${sheetRow}`,
          value: t.value(row),
        });
    }
  }
  await port.updateCells(sheet, updates);
  return { written: updates.length, skipped, sheet };
}

function valueTargets(
  group: Group,
  table: PastedRankedTable,
  col: (name: string) => number,
) {
  const rank = {
    column: col(COL.publishedRank),
    value: (r: PastedRankedTable["rows"][number]) => r.publishedRank.value,
  };
  if (group.source === "index")
    return [
      {
        column: col(indexHeader(group)),
        value: (r: PastedRankedTable["rows"][number]) => r.value.value,
      },
      rank,
    ];
  const level = (n: 3 | 4) =>
    table.header.findIndex((h) => new RegExp(`mức độ ${n}`, "i").test(h));
  const [c3, c4] = group.criteria;
  const at = (k: number) => (r: PastedRankedTable["rows"][number]) =>
    k < 0 ? null : parseVietnameseNumber(r.cells[k] ?? "", "count").value;
  return [
    { column: col(criterionHeader(c3)), value: at(level(3)) },
    { column: col(criterionHeader(c4)), value: at(level(4)) },
    {
      column: col(COL.total),
      value: (r: PastedRankedTable["rows"][number]) => r.value.value,
    },
    rank,
  ].filter((t) => t.column >= 0);
}

/** Checks the workbook; marks the findings on their cells and lists them on a sheet of its own. */
export async function checkWorkbook(
  port: WorkbookPort,
  register: AgencyRegister,
  source = "Sổ tính",
): Promise<CheckReport & { findings: Finding[] }> {
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
  await port.writeTables([findingsTable(findings)], { owned: true });
  return { ...report, findings };
}

const SEVERITY_VI = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
} as const;

function findingsTable(findings: Finding[]): TableToWrite {
  return {
    sheet: FINDINGS_SHEET,
    tableName: "PhatHien",
    title: `Phát hiện khi kiểm tra: ${findings.length}`,
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
