/**
 * Step 2's write: a pasted table planned into the workbook where its choice says (a group's data
 * sheet, a criterion's column, the published overall beside the computed one, or a published
 * ranking on a sheet of its own), shown, then applied. Nothing changes until the plan is
 * applied, and a figure the user typed is replaced only on their word.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { isResolved } from "../core/agencies/matchAgency";
import {
  getDefaultRegister,
  getRegisters,
} from "../core/agencies/registerEditions";
import {
  assessedYear,
  Criterion,
  Group,
  Methodology,
} from "../core/methodology/methodologySchema";
import { parseVietnameseNumber } from "../core/numbers/parseVietnameseNumber";
import { duplicateAgencies } from "../core/tables/duplicates";
import { PastedRankedTable } from "../core/tables/parseRankedTables";
import { OVERALL } from "../core/tables/recognise/types";
import { Lang, MissingSheetError, UserError } from "../core/userError";
import { planPublishedSheet } from "./publishedRankings";
import {
  COL,
  columnLetter,
  criterionHeader,
  groupSheetName,
  indexHeader,
  METHOD_SHEET,
  SETTINGS_SHEET,
} from "../workbook/sheets";
import {
  Cell,
  PREPARE_FIRST,
  TableToWrite,
  WorkbookPort,
} from "../workbook/workbookPort";

import { hasKeyword } from "../core/tables/recognise/tableWords";
import { PUBLISHED_ONLY, targetOf } from "./paste";

/**
 * Figures into the cells of structured sheets, on each agency's row: one group's sheet, or, for
 * a detail table (a column per main index and the composite), each column's group sheet.
 */
export interface CellsPlan {
  kind: "cells";
  /** The sheet written, or the first of several (`sheets`). */
  sheet: string;
  sheets: string[];
  /** Cells to write, with what they hold now (null: empty). */
  writes: {
    sheet: string;
    cell: string;
    value: Cell;
    before: Cell;
    row: number;
    column: number;
  }[];
  /** Cells holding a figure where the paste has none (empty, `--`, "chưa có"): kept. */
  kept: { sheet: string; cell: string; agency: string; before: Cell }[];
  /** Cells that already hold the pasted figure. */
  same: number;
  /** Agencies of the paste not found in the sheet. */
  skipped: string[];
}

/** The table as a sheet of its own (a published ranking). */
export interface SheetPlan {
  kind: "sheet";
  sheet: string;
  table: TableToWrite;
  /** The same published table is on that sheet already: replaced only on the user's word. */
  replaces: boolean;
  /** Names of the paste not resolved to an agency (written as printed, without a code). */
  skipped: string[];
}

/** What an import will do, shown to the user before anything is written. */
export type ImportPlan = CellsPlan | SheetPlan;

/** What an import wrote, kept (a figure where the paste had none) and skipped. */
export interface ImportResult {
  written: number;
  kept: number;
  skipped: string[];
  sheet: string;
  /** The table went to a sheet of its own (a published ranking). */
  newSheet: boolean;
  /** Every sheet written, when a detail table filled several groups' sheets. */
  sheets?: string[];
}

/** The writes of a plan that replace a figure already in the sheet: the user confirms these. */
export function replacedCells(plan: ImportPlan): CellsPlan["writes"] {
  return plan.kind === "cells"
    ? plan.writes.filter((w) => w.before !== null && w.before !== "")
    : [];
}

/** Whether applying the plan replaces saved work, which only the user's word allows. */
export function replacesSaved(plan: ImportPlan): boolean {
  return plan.kind === "cells" ? replacedCells(plan).length > 0 : plan.replaces;
}

/**
 * Plans writing a pasted ranked table where its choice of group sends it. Refuses, before any
 * change, a table that lists an agency twice, a table whose group is not known, and a table of
 * another register edition than the workbook's (but for a published ranking kept to compare).
 */
export async function planImport(
  port: WorkbookPort,
  m: Methodology,
  table: PastedRankedTable,
  options: { register?: AgencyRegister; lang?: Lang } = {},
): Promise<ImportPlan> {
  const twice = duplicateAgencies(table.recognised);
  if (twice.length)
    throw new UserError({
      vi: `Bảng có ${twice.length} cơ quan ở nhiều dòng (ví dụ ${twice[0].name}: dòng ${twice[0].rows.map((r) => r.line).join(", ")}). Chưa ghi gì. Hãy chọn dòng giữ lại cho mỗi cơ quan, hoặc bỏ các dòng lặp.`,
      en: `The table lists ${twice.length} agencies on several rows (e.g. ${twice[0].name}: lines ${twice[0].rows.map((r) => r.line).join(", ")}). Nothing was written. Choose the row to keep for each agency, or leave out the repeated rows.`,
    });
  const target = targetOf(table);
  // A detail table (a column per group index, e.g. the eight main indices and the DTI): each
  // column into its group's sheet, unless the user said which one group the table is of.
  const detail = detailTargets(m, table);
  if (detail.length) {
    sameEdition(m, table);
    const plans: CellsPlan[] = [];
    for (const { group, column } of detail)
      plans.push(
        (
          await planCells(port, groupSheetName(group), table, (col) => [
            {
              column: col(indexHeader(group)),
              value: (r) =>
                parseVietnameseNumber(r.cells[column] ?? "", "index").value,
            },
            // The published rank is the composite's: the rank column ranks the value column.
            ...(column === table.columns.value &&
            table.columns.rank !== undefined
              ? [
                  {
                    column: col(COL.publishedRank),
                    value: (r: PastedRow) => r.publishedRank.value,
                  },
                ]
              : []),
          ])
        ).plan,
      );
    return {
      kind: "cells",
      sheet: plans[0].sheet,
      sheets: plans.map((p) => p.sheet),
      writes: plans.flatMap((p) => p.writes),
      kept: plans.flatMap((p) => p.kept),
      same: plans.reduce((n, p) => n + p.same, 0),
      skipped: [...new Set(plans.flatMap((p) => p.skipped))],
    };
  }
  if (target === undefined)
    throw new UserError({
      vi: "Chưa biết bảng này là xếp hạng của nhóm tiêu chí nào: tên bảng không nêu. Hãy chọn ở ô “Nhóm” (một nhóm, một tiêu chí, chỉ số tổng hợp, hoặc “chỉ là bảng xếp hạng công bố”). Chưa ghi gì.",
      en: "Which criteria group this table ranks is unknown: its title does not say. Choose it under “Group” (a group, a criterion, the overall index, or “a published ranking only”). Nothing was written.",
    });
  const register = options.register ?? getDefaultRegister();
  if (target === PUBLISHED_ONLY)
    return sheetPlan(port, table, "kept", register, options.lang);
  sameEdition(m, table);
  if (target === OVERALL) {
    if (!table.block)
      throw new UserError({
        vi: "Chưa biết bảng thuộc khối nào: hãy chọn ở ô “Khối”. Chưa ghi gì.",
        en: "The table's block is unknown: choose it under “Block”. Nothing was written.",
      });
    return sheetPlan(port, table, "overall", register, options.lang);
  }
  const group = m.groups.find((g) => g.id === target);
  const criterion = group
    ? undefined
    : m.groups
        .flatMap((g) => g.criteria.map((c) => ({ g, c })))
        .find((x) => x.c.id === target);
  if (!group && !criterion)
    throw new UserError({
      vi: `Phương pháp của sổ tính không có nhóm hay tiêu chí ${target}. Hãy chọn lại ở ô “Nhóm”, hoặc kiểm tra trang “${METHOD_SHEET}”.`,
      en: `The workbook's methodology has no group or criterion ${target}. Choose again under “Group”, or check the sheet “${METHOD_SHEET}”.`,
    });
  const into = group ?? criterion!.g;
  const { plan, targets } = await planCells(
    port,
    groupSheetName(into),
    table,
    (col) =>
      group
        ? groupTargets(group, table, col)
        : criterionTarget(criterion!.c, table, col),
  );
  if (targets === 0)
    throw new UserError(
      {
        vi: `Bảng không có cột nào ghi được vào nhóm ${into.id}: không có giá trị hay cột nào khớp vai trò các tiêu chí của nhóm. Hãy chọn một tiêu chí của nhóm ở ô “Nhóm”, hoặc “chỉ là bảng xếp hạng công bố”.`,
        en: `The table has no column to write into group ${into.id}: no value, and no column filling a criterion's role. Choose one of the group's criteria under “Group”, or “a published ranking only”.`,
      },
      { sheet: plan.sheet },
    );
  return plan;
}

/** The writes of `targets` into one structured sheet, on each pasted agency's row. */
async function planCells(
  port: WorkbookPort,
  sheet: string,
  table: PastedRankedTable,
  targetsOf: (col: (name: string) => number) => Target[],
): Promise<{ plan: CellsPlan; targets: number }> {
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
  const targets = targetsOf(col);
  const plan: CellsPlan = {
    kind: "cells",
    sheet,
    sheets: [sheet],
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
            plan.kept.push({ sheet, cell, agency: match.agency.name, before });
        } else if (before === value) plan.same++;
        else
          plan.writes.push({
            sheet,
            cell,
            value,
            before,
            row: r,
            column: t.column,
          });
      }
    }
  }
  return { plan, targets: targets.length };
}

const NOT_FIGURES = new Set<string>([
  "row-number",
  "rank",
  "agency",
  "website",
  "label",
  "note",
  "ignore",
]);

/**
 * A detail table's columns and the index groups they fill (two or more), or none: a table the
 * user said is of one group, or a published ranking only, is written as such.
 */
export function detailTargets(
  m: Methodology,
  table: PastedRankedTable,
): { group: Group; column: number }[] {
  if (
    targetOf(table) === PUBLISHED_ONLY ||
    table.recognised.groupFrom === "user"
  )
    return [];
  const found = detailColumns(m, table);
  return found.length >= 2 ? found : [];
}

/**
 * The columns of a pasted table that each hold one group's index (source `index`), by the
 * group's name or keywords in the column's header; the longest word decides between groups.
 */
function detailColumns(
  m: Methodology,
  table: PastedRankedTable,
): { group: Group; column: number }[] {
  const groups = m.groups.filter((g) => g.source === "index");
  const out: { group: Group; column: number }[] = [];
  table.recognised.columns.forEach((c, column) => {
    if (
      NOT_FIGURES.has(c.role) ||
      column === table.columns.previousValue ||
      column === table.columns.previousRank
    )
      return;
    let best: { group: Group; length: number } | undefined;
    for (const g of groups)
      for (const w of [g.name.vi, ...g.keywords])
        if (hasKeyword(c.header, w) && (!best || w.length > best.length))
          best = { group: g, length: w.length };
    if (best && !out.some((o) => o.group === best!.group))
      out.push({ group: best.group, column });
  });
  return out;
}

/** A workbook lists the units of its year: a table of the other edition would land on the wrong units. */
function sameEdition(m: Methodology, table: PastedRankedTable): void {
  const pasted = table.recognised.edition?.edition;
  const year = assessedYear(m);
  const own =
    year !== undefined ? getRegisters().forYear(year) : getRegisters().latest;
  if (pasted && own && pasted !== own.edition)
    throw new UserError({
      vi: `Bảng dán theo danh mục đơn vị ${pasted}, còn sổ tính theo danh mục ${own.edition} (${year !== undefined ? `năm ${year}` : "không ghi năm"} ở trang “${SETTINGS_SHEET}”). Chưa ô nào bị thay đổi. Hãy dán bảng cùng kỳ với sổ tính, hoặc tạo sổ tính cho kỳ của bảng; để đối chiếu hai kỳ, chọn “chỉ là bảng xếp hạng công bố” rồi dùng bước So sánh.`,
      en: `The pasted table uses the ${pasted} agency register and the workbook the ${own.edition} one (${year !== undefined ? `year ${year}` : "no year"} on sheet “${SETTINGS_SHEET}”). No cell was changed. Paste a table of the workbook's period, or make a workbook for the table's; to set two periods side by side, choose “a published ranking only” and use the Compare step.`,
    });
}

async function sheetPlan(
  port: WorkbookPort,
  table: PastedRankedTable,
  kind: "overall" | "kept",
  register: AgencyRegister,
  lang: Lang = "vi",
): Promise<SheetPlan> {
  const planned = await planPublishedSheet(port, table, kind, register, lang);
  return {
    kind: "sheet",
    sheet: planned.table.sheet,
    table: planned.table,
    replaces: planned.replaces,
    skipped: table.rows.flatMap((r) =>
      r.agencies.filter((m) => !isResolved(m)).map((m) => m.name),
    ),
  };
}

/**
 * Writes a plan. For cells, the sheet is read again first: if a cell no longer holds what the
 * preview showed, nothing is written and the user is asked to preview again.
 */
export async function applyImport(
  port: WorkbookPort,
  plan: ImportPlan,
): Promise<ImportResult> {
  if (plan.kind === "sheet") {
    await port.writeTables([plan.table], { owned: true });
    return {
      written: plan.table.rows.length * plan.table.columns.length,
      kept: 0,
      skipped: plan.skipped,
      sheet: plan.sheet,
      newSheet: true,
    };
  }
  // Every sheet read again and compared with the preview before the first cell changes.
  for (const sheet of plan.sheets) {
    const data = await port.readTable(sheet);
    if (!data) throw new MissingSheetError(sheet, PREPARE_FIRST);
    const moved = plan.writes.find(
      (w) =>
        w.sheet === sheet &&
        (data.rows[w.row]?.[w.column] ?? null) !== w.before,
    );
    if (moved)
      throw new UserError(
        {
          vi: "ô này đã thay đổi từ lúc xem trước; chưa ghi gì. Hãy bấm “Xem trước” lại.",
          en: "this cell changed since the preview; nothing was written. Press “Preview” again.",
        },
        {
          sheet,
          row: data.headerRow + 1 + moved.row,
          column: columnLetter(moved.column),
        },
      );
  }
  for (const sheet of plan.sheets) {
    const writes = plan.writes.filter((w) => w.sheet === sheet);
    if (writes.length)
      await port.updateCells(
        sheet,
        writes.map((w) => ({ cell: w.cell, value: w.value })),
      );
  }
  return {
    written: plan.writes.length,
    kept: plan.kept.length,
    skipped: plan.skipped,
    sheet: plan.sheet,
    newSheet: false,
    ...(plan.sheets.length > 1 ? { sheets: plan.sheets } : {}),
  };
}

/** Plans and writes at once, refusing (before any change) to replace saved work without `replace`. */
export async function importPasted(
  port: WorkbookPort,
  m: Methodology,
  table: PastedRankedTable,
  options: { replace?: boolean; register?: AgencyRegister; lang?: Lang } = {},
): Promise<ImportResult> {
  const plan = await planImport(port, m, table, options);
  if (replacesSaved(plan) && !options.replace) {
    const replaced = replacedCells(plan);
    throw new UserError(
      replaced.length
        ? {
            vi: `${replaced.length} ô đang có số khác số dán (ví dụ ${replaced[0].cell}); chưa ghi gì. Hãy xác nhận ghi đè.`,
            en: `${replaced.length} cells hold a figure other than the pasted one (e.g. ${replaced[0].cell}); nothing was written. Confirm to replace them.`,
          }
        : {
            vi: "trang này đã có bảng công bố này; chưa ghi gì. Hãy xác nhận ghi đè.",
            en: "this sheet already holds this published table; nothing was written. Confirm to replace it.",
          },
      { sheet: plan.sheet },
    );
  }
  return applyImport(port, plan);
}

type PastedRow = PastedRankedTable["rows"][number];
type Target = { column: number; value: (r: PastedRow) => Cell };

/** Which sheet column takes which figure of a pasted row, for a table of a whole group. */
function groupTargets(
  group: Group,
  table: PastedRankedTable,
  col: (name: string) => number,
): Target[] {
  // `col` refuses a header that is not there: a renamed column stops the import before it writes.
  const columns = table.recognised.columns;
  const cellAt = (k: number) => (r: PastedRow) =>
    parseVietnameseNumber(r.cells[k] ?? "", "count").value;
  const value = (r: PastedRow) => r.value.value;
  const targets: Target[] = [];
  const measureOfRoles = group.criteria
    .map((c) => /^([a-z]+)-/.exec(c.role ?? "")?.[1])
    .find(Boolean);
  // The group is ranked by what this table ranks: its index, or its count. A table of a group
  // chosen by the user ranks that group by its value, whatever its words.
  const chosen = table.recognised.groupFrom === "user";
  const ranksGroup =
    (group.source === "index" && (chosen || table.measure === "index")) ||
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

/** A table of one criterion: its value into the criterion's column. */
function criterionTarget(
  c: Criterion,
  table: PastedRankedTable,
  col: (name: string) => number,
): Target[] {
  if (table.columns.value === undefined) return [];
  return [{ column: col(criterionHeader(c)), value: (r) => r.value.value }];
}
