/**
 * A workbook, read through the port, as tables to check. In the template layout: one table per
 * group sheet and block (criteria columns named by their id, or by their role: `Mức độ 3`;
 * `Tổng cộng`, `Hạng công bố`), and the user's rules from the `Quy tắc` sheet; a sheet or a block
 * with no figure yet is said, not checked. Any other workbook: each sheet read like a pasted table.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { Agency } from "../core/agencies/registerSchema";
import { matcherCache } from "../core/agencies/matchAgency";
import {
  CheckColumn,
  CheckTable,
  ColumnKind,
  Location,
} from "../core/checks/checkTable";
import type { Finding } from "../core/checks/finding";
import {
  cell,
  checkTableFromSheet,
  COLUMN,
} from "../core/checks/fromRecognised";
import type { UserRule } from "../core/checks/runChecks";
import { compositeRuleOf } from "../core/checks/methodologyRules";
import { getDefaultProfile } from "../core/tables/vocabulary/profile";
import { RuleSchema } from "../core/checks/ruleSchema";
import type {
  Criterion,
  Group,
  Methodology,
} from "../core/methodology/methodologySchema";
import { MethodologyError, MissingSheetError } from "../core/userError";
import {
  COL,
  columnLetter,
  groupSheetName,
  indexHeader,
  METHOD_SHEET,
  readMethodology,
  REGISTER_SHEET,
  RULES_SHEET,
  SETTINGS_SHEET,
  columnReader,
  RULE,
} from "../workbook/sheets";
import { isPublishedSheet } from "./publishedRankings";
import {
  isStateSheet,
  PREPARE_FIRST,
  SheetTable,
  WorkbookPort,
} from "../workbook/workbookPort";
import type { Msg } from "../core/msg";

export interface WorkbookCheckInput {
  tables: CheckTable[];
  userRules: UserRule[];
  /** Problems reading the workbook itself (an invalid methodology, a rule row that is not a rule). */
  findings: Finding[];
  /** Sheets and blocks that were not checked, and why (no figure yet, an empty sheet). */
  unchecked: {
    source: string;
    name: string;
    why: Msg;
    /** A result the tool wrote itself: skipped on purpose, not for want of figures. */
    ownResult?: true;
  }[];
}

export async function tablesToCheck(
  port: WorkbookPort,
  source: string,
  register: AgencyRegister,
): Promise<WorkbookCheckInput> {
  const names = await port.sheetNames();
  const findings: Finding[] = [];
  const unchecked: WorkbookCheckInput["unchecked"] = [];
  const userRules = await readUserRules(port, source, findings);
  const template = [SETTINGS_SHEET, METHOD_SHEET, REGISTER_SHEET].filter((n) =>
    names.includes(n),
  );
  // A workbook made by step 1 that lost its methodology cannot be checked as one: say so,
  // never read its data sheets as loose tables and report nothing.
  if (template.length > 0)
    for (const needed of [SETTINGS_SHEET, METHOD_SHEET])
      if (!names.includes(needed))
        throw new MissingSheetError(needed, PREPARE_FIRST);
  if (template.length === 0) {
    const tables: CheckTable[] = [];
    // Sheets the tool wrote (bands, ranked tables) are its results, not figures to check: their
    // ranks follow from draws, not from the values beside them.
    const own = new Set(await port.ownedSheets());
    for (const sheet of names.filter(
      (n) => n !== RULES_SHEET && !isStateSheet(n),
    )) {
      if (own.has(sheet)) {
        unchecked.push({
          source,
          name: sheet,
          why: OWN_RESULT,
          ownResult: true,
        });
        continue;
      }
      const t = await port.readTable(sheet);
      if (!t || t.rows.length === 0) {
        unchecked.push({ source, name: sheet, why: EMPTY_SHEET });
        continue;
      }
      tables.push(checkTableFromSheet(t, source, register));
    }
    return { tables, userRules, findings, unchecked };
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
      message: new MethodologyError(method.problems).text,
    });
    return { tables: [], userRules, findings, unchecked };
  }
  const tables: CheckTable[] = [];
  const read = new Map<string, SheetTable>();
  for (const group of method.methodology.groups) {
    const name = groupSheetName(group);
    const sheet = await port.readTable(name);
    if (sheet) read.set(group.id, sheet);
    if (!sheet) {
      unchecked.push({
        source,
        name,
        why: {
          vi: "không có trang này trong sổ tính — hãy chạy bước Chuẩn bị",
          en: "this sheet is missing from the workbook — run the Prepare step",
        },
      });
      continue;
    }
    const found = groupTables(
      sheet,
      group,
      method.methodology,
      source,
      register,
    );
    tables.push(...found.tables);
    unchecked.push(...found.empty);
  }
  // The published composite (the DTI) against the group indices it is made of, across sheets.
  const composite = compositeRuleOf(method.methodology);
  if (composite) {
    const across = compositeTables(method.methodology, read, source, register);
    tables.push(...across);
    for (const t of across) userRules.push({ table: t.name, rule: composite });
  }
  // Published rankings kept beside the structured sheets: checked like a pasted table.
  for (const name of names.filter(isPublishedSheet)) {
    const t = await port.readTable(name);
    if (!t || t.rows.length === 0)
      unchecked.push({ source, name, why: EMPTY_SHEET });
    else tables.push(checkTableFromSheet(t, source, register));
  }
  return { tables, userRules, findings, unchecked };
}

/**
 * One table per block whose columns are the index groups' sheets side by side — each cell where
 * it is, on its own sheet — for the methodology's composite rule alone: a published DTI that its
 * main indices do not give is found, and a mistyped main index can be the cell blamed.
 */
function compositeTables(
  m: Methodology,
  sheets: Map<string, SheetTable>,
  source: string,
  anyEdition: AgencyRegister,
): CheckTable[] {
  const register = anyEdition.forYear(m.year);
  const groups = m.groups.filter(
    (g) =>
      g.source === "index" &&
      (g.weight > 0 || g.publishedOverall) &&
      sheets.has(g.id),
  );
  const published = groups.find((g) => g.publishedOverall);
  if (!published || groups.length < 3) return [];
  const indexAt = (g: Group) =>
    sheets.get(g.id)!.header.indexOf(indexHeader(g));
  const codeAt = (g: Group) => sheets.get(g.id)!.header.indexOf(COL.code);
  const columns: CheckColumn[] = [
    { name: COLUMN.agency, header: COL.name, kind: "name", role: "agency" },
    ...groups.map((g): CheckColumn => ({
      name: g.name.vi,
      header: g.name.vi,
      kind: "index",
    })),
  ];
  const tables: CheckTable[] = [];
  for (const block of m.blocks) {
    const agencies = register.inBlock(block);
    const rows = agencies.flatMap((agency, index) => {
      const cells = groups.map((g) => {
        const sheet = sheets.get(g.id)!;
        const r = sheet.rows.findIndex((row) => row[codeAt(g)] === agency.code);
        const value = r < 0 ? null : sheet.rows[r][indexAt(g)];
        return r < 0 || indexAt(g) < 0
          ? undefined
          : cell(
              (value as string | number | null) ?? "",
              "index",
              at(source, sheet, r, indexAt(g)),
            );
      });
      if (cells.some((c) => c === undefined || c.parsed.value === null))
        return [];
      const where = cells[0]!.where;
      return [
        {
          index,
          label: agency.name,
          agencies: [exactMatch(agency, agency.name)],
          cells: [
            cell(agency.name, "name", where),
            ...(cells as NonNullable<(typeof cells)[number]>[]),
          ],
        },
      ];
    });
    if (rows.length === 0) continue;
    const name = `${published.name.vi} và các chỉ số thành phần (${register.blockName(block)})`;
    tables.push({
      source,
      name,
      kind: "generic",
      block,
      columns,
      rows,
      roles: { name: 0 },
      onlyGivenRules: true,
      understood: {
        vi: `${name}: ${published.id} công bố đặt cạnh ${groups.length - 1} chỉ số thành phần, ${rows.length} cơ quan đủ số liệu`,
        en: `${published.name.en} and its parts (${register.blockName(block)}): the published ${published.id} beside ${groups.length - 1} parts, ${rows.length} agencies with every figure`,
      },
      edition: register.edition,
    });
  }
  return tables;
}

/** A sheet row's agency, known by its code: matched exactly, whatever the name cell says. */
const exactMatch = (agency: Agency, input: string) => ({
  input,
  name: agency.name,
  status: "exact" as const,
  agency,
  confidence: 1,
  notes: [],
  candidates: [],
});

const OWN_RESULT = {
  vi: "kết quả do chiso ghi — không kiểm tra lại",
  en: "a result written by chiso — not checked again",
};

const EMPTY_SHEET = {
  vi: "trang trống — không có bảng để kiểm tra",
  en: "an empty sheet — no table to check",
};

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

/** The measure a group is ranked by, from its source and its criteria's roles. */
function groupMeasure(group: Group): CheckTable["measure"] {
  if (group.source === "index") return "index";
  const role = group.criteria.find((c) => c.role)?.role ?? "";
  return role.startsWith("services")
    ? "services"
    : role.startsWith("dossiers")
      ? "dossiers"
      : group.source === "count"
        ? "count"
        : "score";
}

/**
 * One table per block of a group's data sheet, so that ranks and the register are checked
 * within the block. Rows with no figure yet are left out and said; a block with none is not checked.
 */
function groupTables(
  sheet: SheetTable,
  group: Group,
  m: Methodology,
  source: string,
  anyEdition: AgencyRegister,
): { tables: CheckTable[]; empty: WorkbookCheckInput["unchecked"] } {
  const register = anyEdition.forYear(m.year);
  const columns: CheckColumn[] = sheet.header.map((header) => {
    const criterion = group.criteria.find(
      (c) => header === c.id || header.startsWith(`${c.id} `),
    );
    // The criterion's role says its level; a workbook made before roles existed, its name.
    const byRole = /-level-(\d+)$/.exec(criterion?.role ?? "");
    const level = byRole
      ? Number(byRole[1])
      : criterion && group.source === "count"
        ? getDefaultProfile().levelOf(criterion.name.vi)
        : undefined;
    if (header === COL.block) return { name: header, header, kind: "text" };
    if (header === COL.code) return { name: header, header, kind: "text" };
    if (header === COL.name)
      return { name: COLUMN.agency, header, kind: "name", role: "agency" };
    if (header === COL.publishedRank)
      return { name: COLUMN.rank, header, kind: "rank", role: "rank" };
    if (header === COL.total)
      return { name: COLUMN.total, header, kind: "count", role: "total" };
    if (header === indexHeader(group))
      return { name: COLUMN.index, header, kind: "index", role: "value" };
    if (criterion && level !== undefined)
      return {
        name: COLUMN.level(level),
        header,
        kind: "count",
        role: "part",
        level,
      };
    if (criterion)
      return {
        name: criterion.id,
        header,
        kind: criterionKind(criterion),
        role: "value",
      };
    return { name: header, header, kind: "text" };
  });
  const k = (name: string) => columns.findIndex((c) => c.name === name);
  const matcher = matcherCache(register);
  const codeCol = sheet.header.indexOf(COL.code);
  const valueCol = group.source === "index" ? k(COLUMN.index) : k(COLUMN.total);
  const measure = groupMeasure(group);
  const figureCols = columns
    .map((c, i) =>
      c.role === "value" ||
      c.role === "part" ||
      c.role === "total" ||
      c.role === "rank"
        ? i
        : -1,
    )
    .filter((i) => i >= 0);
  const hasFigure = (values: SheetTable["rows"][number]) =>
    figureCols.some(
      (i) =>
        values[i] !== null &&
        values[i] !== undefined &&
        String(values[i]).trim() !== "",
    );
  const tables: CheckTable[] = [];
  const empty: WorkbookCheckInput["unchecked"] = [];
  for (const block of m.blocks) {
    const name = `${sheet.sheet} (${register.blockName(block)})`;
    const inBlock = sheet.rows
      .map((values, r) => ({ values, r }))
      .filter(({ values }) => {
        const code = String(values[codeCol] ?? "");
        const agency = register.get(code);
        return agency
          ? agency.block === block
          : String(values[0] ?? "").trim() === register.blockName(block);
      });
    const filled = inBlock.filter(({ values }) => hasFigure(values));
    if (inBlock.length && filled.length === 0) {
      empty.push({
        source,
        name,
        why: {
          vi: `chưa có số liệu nào (${inBlock.length} cơ quan, 0 ô có số) — chưa kiểm tra`,
          en: `no figures yet (${inBlock.length} agencies, no filled cell) — not checked`,
        },
      });
      continue;
    }
    if (filled.length === 0) continue;
    const rows = filled.map(({ values, r }, index) => {
      const code = String(values[codeCol] ?? "");
      const label = String(values[k(COLUMN.agency)] ?? "");
      const agency = register.get(code);
      const match =
        agency && (!label || label === agency.name)
          ? exactMatch(agency, label || agency.name)
          : matcher(block).match(label);
      return {
        index,
        label,
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
    const ranked = rows.some(
      (r) =>
        k(COLUMN.rank) >= 0 && r.cells[k(COLUMN.rank)].parsed.value !== null,
    );
    const missing = inBlock.length - filled.length;
    tables.push({
      source,
      name,
      sheet: sheet.sheet,
      kind: "ranked",
      block,
      group: group.id,
      measure,
      columns,
      rows,
      roles: {
        // Without published ranks there is nothing to compare the ranks with.
        rank: ranked ? k(COLUMN.rank) : undefined,
        name: k(COLUMN.agency),
        value: valueCol >= 0 ? valueCol : undefined,
      },
      understood: {
        vi: `${name}: trang số liệu của nhóm ${group.id}, ${filled.length}/${inBlock.length} cơ quan có số liệu${missing ? ` (${missing} cơ quan chưa có)` : ""}${ranked ? ", có hạng công bố" : ""}`,
        en: `${name}: data sheet of group ${group.id}, ${filled.length} of ${inBlock.length} agencies with figures${missing ? ` (${missing} without)` : ""}${ranked ? ", with published ranks" : ""}`,
      },
      edition: register.edition,
    });
  }
  return { tables, empty };
}

const SEVERITY_NAMED: Record<string, "error" | "warning" | "info"> = {
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
  const read = columnReader(sheet);
  const rules: UserRule[] = [];
  sheet.rows.forEach((row, r) => {
    const get = (c: { header: string }) =>
      String(read.cell(row, c) ?? "").trim();
    const expression = get(RULE.expression);
    if (!expression) return;
    const where = {
      source,
      table: RULES_SHEET,
      cell: `${columnLetter(Math.max(0, read.index(RULE.expression)))}${sheet.headerRow + 1 + r}`,
    };
    const severity = SEVERITY_NAMED[get(RULE.severity).toLowerCase() || "lỗi"];
    const parsed = RuleSchema.safeParse({
      id: get(RULE.id) || `quy-tac-${r + 1}`,
      kind: "expression",
      expression,
      severity,
      tolerance: Number(get(RULE.tolerance).replace(",", ".") || 0),
      description: {
        vi: get(RULE.description) || expression,
        en: get(RULE.description) || expression,
      },
    });
    if (!parsed.success || !severity) {
      findings.push({
        ruleId: "quy-tac",
        severity: "error",
        where,
        message: {
          vi: `Dòng quy tắc không hợp lệ: ${!severity ? `mức độ “${get(RULE.severity)}” phải là lỗi, cảnh báo hoặc thông tin` : parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
          en: `Invalid rule row: ${!severity ? `severity “${get(RULE.severity)}” must be lỗi (error), cảnh báo (warning) or thông tin (info)` : parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        },
      });
      return;
    }
    const table = get(RULE.sheet);
    rules.push({ rule: parsed.data, where, ...(table ? { table } : {}) });
  });
  return rules;
}
