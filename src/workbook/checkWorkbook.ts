/**
 * A workbook, read through the port, as tables to check. In the template layout: one table per
 * group sheet and block (criteria columns named by their id, `Tổng cộng`, `Hạng công bố`), and
 * the user's rules from the `Quy tắc` sheet. Any other workbook: each sheet as a table of figures.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { matcherCache } from "../core/agencies/matchAgency";
import {
  CheckColumn,
  CheckTable,
  ColumnKind,
  Location,
} from "../core/checks/checkTable";
import type { Finding } from "../core/checks/finding";
import { cell, COLUMN, genericTable } from "../core/checks/fromText";
import type { UserRule } from "../core/checks/runChecks";
import { RuleSchema } from "../core/checks/ruleSchema";
import type {
  Criterion,
  Group,
  Methodology,
} from "../core/methodology/methodologySchema";
import { formatProblems } from "../core/methodology/validateMethodology";
import {
  COL,
  columnLetter,
  groupSheetName,
  indexHeader,
  METHOD_SHEET,
  readMethodology,
  RULES_SHEET,
  SETTINGS_SHEET,
} from "./layouts";
import type { SheetTable, WorkbookPort } from "./workbookPort";

export interface WorkbookCheckInput {
  tables: CheckTable[];
  userRules: UserRule[];
  /** Problems reading the workbook itself (an invalid methodology, a rule row that is not a rule). */
  findings: Finding[];
}

export async function checkTablesFromWorkbook(
  port: WorkbookPort,
  source: string,
  register: AgencyRegister,
): Promise<WorkbookCheckInput> {
  const names = await port.sheetNames();
  const findings: Finding[] = [];
  const userRules = await readUserRules(port, source, findings);
  if (!names.includes(SETTINGS_SHEET) || !names.includes(METHOD_SHEET)) {
    const tables: CheckTable[] = [];
    for (const sheet of names.filter((n) => n !== RULES_SHEET)) {
      const t = await port.readTable(sheet);
      if (!t) continue;
      tables.push({
        ...genericTable(
          t.header,
          t.text.map((cells, k) => ({
            cells,
            where: (c: number) => at(source, t, k, c),
          })),
          { source, name: sheet },
        ),
        sheet,
      });
    }
    return {
      tables: tables.filter((t) => t.rows.length > 0),
      userRules,
      findings,
    };
  }
  const method = readMethodology(
    await port.readTable(SETTINGS_SHEET),
    await port.readTable(METHOD_SHEET),
  );
  if (!method.ok) {
    findings.push({
      ruleId: "phuong-phap",
      severity: "error",
      where: { source, table: METHOD_SHEET },
      message: {
        vi: `Phương pháp không hợp lệ:\n${formatProblems(method.problems)}`,
        en: "The methodology is invalid (see the Vietnamese text for each problem).",
      },
    });
    return { tables: [], userRules, findings };
  }
  const tables: CheckTable[] = [];
  for (const group of method.methodology.groups) {
    const sheet = await port.readTable(groupSheetName(group));
    if (sheet)
      tables.push(
        ...groupTables(sheet, group, method.methodology, source, register),
      );
  }
  return { tables, userRules, findings };
}

function at(
  source: string,
  t: SheetTable,
  row: number,
  column: number,
): Location {
  return {
    source,
    table: t.sheet,
    cell: `${columnLetter(column)}${t.headerRow + 1 + row}`,
    field: t.header[column],
  };
}

function criterionKind(c: Criterion): ColumnKind {
  if (c.rule?.type === "ratio")
    return c.rule.scale === 100 ? "percent" : "index";
  if (
    c.rule?.type === "yes-no" ||
    c.rule?.type === "count-capped" ||
    c.rule?.type === "tiers" ||
    !c.rule
  )
    return "count";
  return "number"; // relative to best, min-max, z-score: any figure
}

/** One table per block of a group's data sheet, so that ranks and the register are checked within the block. */
function groupTables(
  sheet: SheetTable,
  group: Group,
  m: Methodology,
  source: string,
  register: AgencyRegister,
): CheckTable[] {
  const columns: CheckColumn[] = sheet.header.map((header) => {
    const criterion = group.criteria.find(
      (c) => header === c.id || header.startsWith(`${c.id} `),
    );
    if (header === COL.block) return { name: header, header, kind: "text" };
    if (header === COL.code) return { name: header, header, kind: "text" };
    if (header === COL.name)
      return { name: COLUMN.agency, header, kind: "name" };
    if (header === COL.publishedRank)
      return { name: COLUMN.rank, header, kind: "rank" };
    if (header === COL.total)
      return { name: COLUMN.total, header, kind: "count" };
    if (header === indexHeader(group))
      return { name: COLUMN.index, header, kind: "index" };
    if (criterion && group.source === "count" && /mức độ 3/i.test(header))
      return { name: COLUMN.level3, header, kind: "count" };
    if (criterion && group.source === "count" && /mức độ 4/i.test(header))
      return { name: COLUMN.level4, header, kind: "count" };
    if (criterion)
      return { name: criterion.id, header, kind: criterionKind(criterion) };
    return { name: header, header, kind: "text" };
  });
  const k = (name: string) => columns.findIndex((c) => c.name === name);
  const matcher = matcherCache(register);
  const codeCol = sheet.header.indexOf(COL.code);
  const valueCol = group.source === "index" ? k(COLUMN.index) : k(COLUMN.total);
  const measure =
    group.source === "count" ? ("services" as const) : ("index" as const);
  return m.blocks
    .map((block) => {
      const rows = sheet.rows
        .map((values, r) => ({ values, r }))
        .filter(({ values }) => {
          const code = String(values[codeCol] ?? "");
          const agency = register.get(code);
          return agency
            ? agency.block === block
            : String(values[0] ?? "").trim() === register.blockName(block);
        })
        .map(({ values, r }, index) => {
          const code = String(values[codeCol] ?? "");
          const name = String(values[k(COLUMN.agency)] ?? "");
          const agency = register.get(code);
          const match =
            agency && (!name || name === agency.name)
              ? {
                  input: name || agency.name,
                  name: agency.name,
                  status: "exact" as const,
                  agency,
                  confidence: 1,
                  notes: [],
                  candidates: [],
                }
              : matcher(block).match(name);
          return {
            index,
            label: name,
            agencies: [match],
            cells: columns.map((c, col) =>
              cell(
                typeof values[col] === "boolean"
                  ? String(values[col])
                  : ((values[col] as string | number | null) ?? ""),
                c.kind,
                at(source, sheet, r, col),
              ),
            ),
          };
        });
      return {
        source,
        name: `${sheet.sheet} (${register.blockName(block)})`,
        sheet: sheet.sheet,
        kind: "ranked" as const,
        block,
        group: group.id,
        measure,
        columns,
        rows,
        roles: {
          rank: k(COLUMN.rank) >= 0 ? k(COLUMN.rank) : undefined,
          name: k(COLUMN.agency),
          value: valueCol >= 0 ? valueCol : undefined,
        },
      };
    })
    .filter((t) => t.rows.length > 0)
    .map((t) => {
      // Without published ranks there is nothing to compare the ranks with.
      if (
        !t.rows.some(
          (r) =>
            t.roles.rank !== undefined &&
            r.cells[t.roles.rank].parsed.value !== null,
        )
      )
        t.roles = { ...t.roles, rank: undefined };
      return t;
    });
}

const SEVERITY: Record<string, "error" | "warning" | "info"> = {
  lỗi: "error",
  error: "error",
  "cảnh báo": "warning",
  warning: "warning",
  "thông tin": "info",
  info: "info",
};

/** The user's rules: one per row of the `Quy tắc` sheet. */
async function readUserRules(
  port: WorkbookPort,
  source: string,
  findings: Finding[],
): Promise<UserRule[]> {
  const sheet = await port.readTable(RULES_SHEET);
  if (!sheet) return [];
  const col = (name: string) => sheet.header.indexOf(name);
  const rules: UserRule[] = [];
  sheet.rows.forEach((row, r) => {
    const get = (name: string) => String(row[col(name)] ?? "").trim();
    const expression = get("Quy tắc");
    if (!expression) return;
    const where = {
      source,
      table: RULES_SHEET,
      cell: `${columnLetter(Math.max(0, col("Quy tắc")))}${sheet.headerRow + 1 + r}`,
    };
    const severity = SEVERITY[get("Mức độ").toLowerCase() || "lỗi"];
    const parsed = RuleSchema.safeParse({
      id: get("Mã quy tắc") || `quy-tac-${r + 1}`,
      kind: "expression",
      expression,
      severity,
      tolerance: Number(get("Sai số").replace(",", ".") || 0),
      description: {
        vi: get("Mô tả") || expression,
        en: get("Mô tả") || expression,
      },
    });
    if (!parsed.success || !severity) {
      findings.push({
        ruleId: "quy-tac",
        severity: "error",
        where,
        message: {
          vi: `Dòng quy tắc không hợp lệ: ${!severity ? `mức độ “${get("Mức độ")}” phải là lỗi, cảnh báo hoặc thông tin` : parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
          en: `Invalid rule row: ${!severity ? `severity “${get("Mức độ")}” must be lỗi (error), cảnh báo (warning) or thông tin (info)` : parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        },
      });
      return;
    }
    const table = get("Trang tính");
    rules.push({ rule: parsed.data, where, ...(table ? { table } : {}) });
  });
  return rules;
}
