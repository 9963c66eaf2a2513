/**
 * The data sheets: the register (its names feed the name columns' drop-down) and one sheet per
 * criteria group, a row per evaluated agency of each block. Written prefilled, read back into
 * one BlockInput per block, by the same columns.
 */
import type { AgencyRegister } from "../../core/agencies/agencyRegister";
import { notANumber } from "../../core/numbers/notANumber";
import { isResolved, matcherCache } from "../../core/agencies/matchAgency";
import type { BlockId } from "../../core/agencies/registerSchema";
import type {
  Criterion,
  Group,
  Methodology,
} from "../../core/methodology/methodologySchema";
import {
  ExpectedKind,
  parseVietnameseNumber,
} from "../../core/numbers/parseVietnameseNumber";
import type { BlockInput } from "../../core/scoring/scoreBlock";
import { columnLetter } from "../../core/tables/layout/columnLetter";
import type {
  Cell,
  ColumnSpec,
  SheetTable,
  TableToWrite,
} from "../workbookPort";
import { tableNameOf } from "../writeRules";
import { num, TEXT } from "./sheetColumns";
import { groupSheetName, REGISTER_SHEET } from "./sheetNames";
import type { Msg } from "../../core/msg";

/** The headers every data sheet and the register share. */
export const COL = {
  block: "Khối",
  code: "Mã cơ quan",
  name: "Tên cơ quan",
  total: "Tổng cộng",
  publishedRank: "Hạng công bố",
} as const;

/** The drop-down answers of a yes/no criterion; read back as 1 and 0. */
export const YES = "Có";
export const NO = "Không";
const yesNo = (v: Cell): Cell =>
  typeof v === "string" && /^\s*(có|co|x|yes)\s*$/i.test(v)
    ? 1
    : typeof v === "string" && /^\s*(không|khong|no)\s*$/i.test(v)
      ? 0
      : v;

/** The register, on a sheet of its own: the agencies' names feed the drop-down of the name columns. */
export function registerTable(
  m: Methodology,
  anyEdition: AgencyRegister,
): TableToWrite {
  const register = anyEdition.forYear(m.year);
  const on = m.year ? `${m.year}-12-31` : undefined;
  const agencies = m.blocks.flatMap((b) =>
    register.inBlock(b, { on, evaluatedOnly: true }),
  );
  return {
    sheet: REGISTER_SHEET,
    tableName: "DanhMuc",
    columns: [
      { header: COL.code, format: TEXT },
      { header: COL.name, format: TEXT },
      { header: COL.block, format: TEXT },
      { header: "Trang thông tin", format: TEXT },
    ],
    rows: agencies.map((a) => [
      a.code,
      a.name,
      register.blockName(a.block),
      a.domains.join(", "),
    ]),
  };
}

function registerRange(count: number): string {
  return `'${REGISTER_SHEET}'!$B$2:$B$${count + 1}`;
}

export function criterionHeader(c: Criterion): string {
  return `${c.id} ${c.name.vi}${c.unit ? ` (${c.unit})` : ""}`;
}

export function indexHeader(group: Group): string {
  return `Chỉ số ${group.id}`;
}

/** The value columns of a group's data sheet. */
function valueColumns(group: Group, indexDecimals: number): ColumnSpec[] {
  if (group.source === "index")
    return [{ header: indexHeader(group), format: num(indexDecimals) }];
  const cols: ColumnSpec[] = group.criteria.map((c) => ({
    header: criterionHeader(c),
    format: num(c.rule?.type === "ratio" ? 2 : 0),
    ...(c.rule?.type === "yes-no" ? { choices: { values: [YES, NO] } } : {}),
  }));
  return group.source === "count"
    ? [...cols, { header: COL.total, format: num(0) }]
    : cols;
}

export interface AgencyValues {
  /** By column header: the value to write (number, or text as published). */
  [header: string]: Cell;
}

/**
 * One data sheet per criteria group, a row per evaluated agency of each block, prefilled with
 * block, code and name. `values(code, group)` fills the value columns (the sample workbook).
 */
export function dataTables(
  m: Methodology,
  anyEdition: AgencyRegister,
  values: (code: string, group: Group) => AgencyValues | undefined = () =>
    undefined,
): TableToWrite[] {
  const register = anyEdition.forYear(m.year);
  const on = m.year ? `${m.year}-12-31` : undefined;
  const agencies = m.blocks.flatMap((b) =>
    register.inBlock(b, { on, evaluatedOnly: true }),
  );
  return m.groups.map((group) => {
    const valueCols = valueColumns(group, m.groupIndex.decimals);
    const columns: ColumnSpec[] = [
      { header: COL.block, format: TEXT },
      { header: COL.code, format: TEXT },
      {
        header: COL.name,
        format: TEXT,
        choices: { range: registerRange(agencies.length) },
      },
      ...valueCols,
      { header: COL.publishedRank, format: num(0) },
    ];
    const rows = agencies.map((a) => {
      const v = values(a.code, group) ?? {};
      return [
        register.blockName(a.block),
        a.code,
        a.name,
        ...valueCols.map((c) => v[c.header] ?? null),
        v[COL.publishedRank] ?? null,
      ];
    });
    return {
      sheet: groupSheetName(group),
      tableName: tableNameOf("DuLieu", group.id),
      columns,
      rows,
    };
  });
}

export interface InputProblem {
  sheet: string;
  /** A1 address of the cell. */
  cell: string;
  message: Msg;
}

export interface WorkbookInputs {
  blocks: BlockInput[];
  /** Published ranks found in the sheets, by group id then agency code. */
  publishedRanks: Record<string, Map<string, number>>;
  /** Input names by agency code, as typed in the sheets. */
  inputNames: Map<string, string>;
  problems: InputProblem[];
}

function expectedKind(c: Criterion): ExpectedKind {
  if (c.rule?.type === "ratio") return c.rule.scale === 1 ? "index" : "percent";
  return c.rule?.type === "z-score" || c.rule?.type === "min-max"
    ? "any"
    : "count";
}

/** Reads every group's data sheet into one BlockInput per block. */
export function readBlockInputs(
  m: Methodology,
  anyEdition: AgencyRegister,
  sheets: Map<string, SheetTable>,
): WorkbookInputs {
  const register = anyEdition.forYear(m.year);
  const problems: InputProblem[] = [];
  const rowsByBlock = new Map<BlockId, { code: string; name: string }[]>();
  const columnValues = new Map<string, Map<string, number>>(); // key → code → value
  const publishedRanks: Record<string, Map<string, number>> = {};
  const inputNames = new Map<string, string>();
  const matcher = matcherCache(register);
  const put = (key: string, code: string, v: number) => {
    if (!columnValues.has(key)) columnValues.set(key, new Map());
    columnValues.get(key)!.set(code, v);
  };

  for (const group of m.groups) {
    const table = sheets.get(groupSheetName(group));
    if (!table) {
      problems.push({
        sheet: groupSheetName(group),
        cell: "A1",
        message: {
          vi: "Không có trang số liệu của nhóm này",
          en: "The data sheet of this group is missing",
        },
      });
      continue;
    }
    const h = (name: string) =>
      table.header.findIndex((x) => x.trim() === name);
    const byPrefix = (id: string) =>
      table.header.findIndex(
        (x) => x.trim() === id || x.trim().startsWith(`${id} `),
      );
    const [blockCol, codeCol, nameCol, rankCol] = [
      h(COL.block),
      h(COL.code),
      h(COL.name),
      h(COL.publishedRank),
    ];
    const valueCols: { key: string; col: number; expected: ExpectedKind }[] =
      group.source === "index"
        ? [
            {
              key: `index:${group.id}`,
              col: h(indexHeader(group)),
              expected: "index",
            },
          ]
        : group.criteria.map((c) => ({
            key: `criterion:${c.id}`,
            col: byPrefix(c.id),
            expected: expectedKind(c),
          }));
    for (const v of valueCols) {
      if (v.col < 0)
        problems.push({
          sheet: table.sheet,
          cell: `${columnLetter(table.header.length)}${table.headerRow}`,
          message: {
            vi: `Thiếu cột ${v.key.split(":")[1]}`,
            en: `Column ${v.key.split(":")[1]} is missing`,
          },
        });
    }
    table.rows.forEach((row, k) => {
      const sheetRow = table.headerRow + 1 + k;
      const name = nameCol >= 0 ? String(row[nameCol] ?? "").trim() : "";
      const codeText = codeCol >= 0 ? String(row[codeCol] ?? "").trim() : "";
      if (!name && !codeText) return;
      const blockHint =
        blockCol >= 0
          ? blockOfLabel(String(row[blockCol] ?? ""), register)
          : undefined;
      let agency = codeText ? register.get(codeText) : undefined;
      if (!agency) {
        const match = matcher(blockHint).match(name);
        if (isResolved(match)) agency = match.agency;
        else {
          problems.push({
            sheet: table.sheet,
            cell: `${columnLetter(nameCol >= 0 ? nameCol : 0)}${sheetRow}`,
            message: {
              vi: `Không nhận ra cơ quan “${name || codeText}”${match.candidates[0] ? ` (gần nhất: ${match.candidates[0].agency.name})` : ""}`,
              en: `Unknown agency “${name || codeText}”${match.candidates[0] ? ` (nearest: ${match.candidates[0].agency.name})` : ""}`,
            },
          });
          return;
        }
      }
      const list = rowsByBlock.get(agency.block) ?? [];
      if (!list.some((a) => a.code === agency!.code))
        list.push({ code: agency.code, name: agency.name });
      rowsByBlock.set(agency.block, list);
      if (name) inputNames.set(agency.code, name);
      for (const v of valueCols) {
        if (v.col < 0) continue;
        const parsed = parseVietnameseNumber(yesNo(row[v.col]), v.expected);
        if (parsed.value !== null) put(v.key, agency.code, parsed.value);
        else if (parsed.missingReason === "not-a-number") {
          problems.push({
            sheet: table.sheet,
            cell: `${columnLetter(v.col)}${sheetRow}`,
            message: notANumber(parsed.text),
          });
        }
      }
      if (rankCol >= 0) {
        const r = parseVietnameseNumber(row[rankCol], "count");
        if (r.value !== null)
          (publishedRanks[group.id] ??= new Map()).set(agency.code, r.value);
      }
    });
  }

  const blocks: BlockInput[] = m.blocks
    .filter((b) => rowsByBlock.has(b))
    .map((block) => {
      const agencies = rowsByBlock.get(block)!;
      const column = (key: string) =>
        Float64Array.from(
          agencies,
          (a) => columnValues.get(key)?.get(a.code) ?? NaN,
        );
      const values: Record<string, Float64Array> = {};
      const groupIndices: Record<string, Float64Array> = {};
      for (const g of m.groups) {
        if (g.source === "index") groupIndices[g.id] = column(`index:${g.id}`);
        else
          for (const c of g.criteria)
            values[c.id] = column(`criterion:${c.id}`);
      }
      return { block, agencies, values, groupIndices };
    });
  return { blocks, publishedRanks, inputNames, problems };
}

function blockOfLabel(
  label: string,
  register: AgencyRegister,
): BlockId | undefined {
  const t = label.trim().toLowerCase();
  if (!t) return undefined;
  return register.blocks.find(
    (b) =>
      b.id === t ||
      b.name.vi.toLowerCase() === t ||
      b.name.en.toLowerCase() === t,
  )?.id;
}
