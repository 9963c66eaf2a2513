/**
 * Recognised tables as tables to check. Columns whose role is known get canonical names, so that
 * the rules (`Tổng cộng = Mức độ 3 + Mức độ 4`) apply whatever the header says; every cell keeps
 * where it is (line and column of the pasted text, or the A1 cell of a sheet). A prose cell of a
 * dossiers table gives the figures it states as columns of their own.
 */
import type { AgencyRegister } from "../agencies/agencyRegister";
import {
  ExpectedKind,
  parseVietnameseNumber,
} from "../numbers/parseVietnameseNumber";
import { columnLetter } from "../tables/layout/columnLetter";
import type { SourceCell } from "../tables/layout/grid";
import { ReadOptions, readSheet, readTables } from "../tables/readTables";
import type {
  RecognisedTable,
  TableColumn,
  TableRow,
} from "../tables/recognise/types";
import { describeTable } from "../tables/recognise/understood";
import { getDefaultProfile } from "../tables/vocabulary/profile";
import type {
  CheckColumn,
  CheckRow,
  CheckTable,
  ColumnKind,
  Location,
  TableKind,
} from "./checkTable";
import { readDossierText } from "./dossierFigures";

/** The canonical names of columns with a known role. */
export const COLUMN = {
  rank: "Thứ hạng",
  agency: "Cơ quan",
  website: "Website",
  index: "Chỉ số",
  total: "Tổng cộng",
  dossiers: "Tổng số hồ sơ trực tuyến",
  services: "Số lượng dịch vụ",
  servicesWithDossiers: "Số dịch vụ có hồ sơ trực tuyến",
  label: "Hạng mục",
  count: "Số lượng",
  level: (n: number) => `Mức độ ${n}`,
  online: (n: number) => `Hồ sơ trực tuyến mức độ ${n}`,
  processed: (n: number) => `Hồ sơ đã xử lý mức độ ${n}`,
  servicesNamed: (n: number) => `Dịch vụ nêu ở mức độ ${n}`,
} as const;

/** Every table of a pasted text, to check (tables that could not be read too, with why). */
export function checkTablesFromText(
  text: string,
  source: string,
  register: AgencyRegister,
  options: ReadOptions = {},
): CheckTable[] {
  return readTables(text, register, options).map((t) =>
    checkTableOf(t, source, register),
  );
}

/** A sheet that is not in the template layout, read like a pasted table. */
export function checkTableFromSheet(
  sheet: {
    sheet: string;
    header: string[];
    text: string[][];
    headerRow: number;
  },
  source: string,
  register: AgencyRegister,
  options: ReadOptions = {},
): CheckTable {
  const t = readSheet(sheet, register, options);
  return {
    ...checkTableOf({ ...t, name: sheet.sheet }, source, register, sheet.sheet),
    sheet: sheet.sheet,
  };
}

const EXPECTED: Record<ColumnKind, ExpectedKind> = {
  rank: "count",
  name: "any",
  website: "any",
  index: "index",
  count: "count",
  percent: "percent",
  fraction: "any",
  number: "any",
  text: "any",
};

export function cell(text: string | number, kind: ColumnKind, where: Location) {
  const shown = typeof text === "number" ? String(text) : text;
  return {
    text: shown,
    parsed: parseVietnameseNumber(
      kind === "text" || kind === "name" || kind === "website" ? "" : text,
      EXPECTED[kind],
    ),
    where,
  };
}

function checkTableOf(
  t: RecognisedTable,
  source: string,
  register: AgencyRegister,
  sheet?: string,
): CheckTable {
  const where = (c: SourceCell, field: string): Location =>
    sheet
      ? {
          source,
          table: sheet,
          cell: `${columnLetter(c.column - 1)}${c.line}`,
          field,
        }
      : { source, table: t.name, line: c.line, column: c.column, field };
  const columns = t.columns.map((c, k) => checkColumn(t, c, k));
  const byRow = t.variables === "rows";
  const toRow = (row: TableRow, index: number): CheckRow => {
    const kind = byRow ? (row.valueKind ?? "text") : undefined;
    return {
      index,
      label: row.label,
      agencies: row.agencies,
      cells: columns.map((c, k) =>
        cell(
          row.cells[k].text,
          kind && c.role === "value" ? kind : c.kind,
          where(row.cells[k], c.name),
        ),
      ),
      ...(kind ? { kind } : {}),
    };
  };
  const rows = t.rows.map(toRow);
  const rowOf = new Map(t.rows.map((r, i) => [r, rows[i]]));
  const total = t.total ? toRow(t.total, -1) : undefined;
  const roles = {
    ...(t.roles.rank !== undefined ? { rank: t.roles.rank } : {}),
    ...(t.roles.agency !== undefined ? { name: t.roles.agency } : {}),
    ...(t.roles.website !== undefined ? { website: t.roles.website } : {}),
    ...(t.roles.value !== undefined ? { value: t.roles.value } : {}),
    ...(t.roles.previousRank !== undefined
      ? { previousRank: t.roles.previousRank }
      : {}),
    ...(t.roles.previousValue !== undefined
      ? { previousValue: t.roles.previousValue }
      : {}),
  };
  const table: CheckTable = {
    source,
    name: t.name,
    kind: tableKind(t),
    ...(t.block ? { block: t.block } : {}),
    ...(t.group ? { group: t.group } : {}),
    ...(t.measure ? { measure: t.measure } : {}),
    columns,
    rows,
    ...(total ? { total } : {}),
    roles,
    ...(t.title ? { title: t.title } : {}),
    variables: t.variables,
    sums: t.sums.map((s) => ({
      total: rowOf.get(s.total)!,
      parts: s.parts.map((p) => rowOf.get(p)!),
      subset: s.subset,
      label: s.label,
    })),
    ...(t.coverage ? { coverage: t.coverage } : {}),
    understood: describeTable(t, register),
    ...(t.edition ? { edition: t.edition.edition } : {}),
    ...(t.periods.current ? { period: t.periods.current.label } : {}),
  };
  summaryNames(table);
  if (t.measure === "dossiers") withDossierFigures(table, t, where);
  return table;
}

function tableKind(t: RecognisedTable): TableKind {
  if (t.shape === "ranking") return "ranked";
  if (t.shape !== "figures" || t.variables !== "columns") return "generic";
  const profile = getDefaultProfile();
  const labels = t.rows.map((r) => r.label);
  const headers = t.columns
    .filter((c) => c.role === "value")
    .map((c) => c.header);
  const measures = (h: string) => profile.measures.find(h).map((x) => x.key);
  if (
    labels.some((l) => profile.levelsOf(l).length > 0) &&
    headers.some((h) => measures(h)[0] === "services")
  )
    return "services-summary";
  if (labels.some((l) => profile.isAgencyCountLabel(l)) && headers.length === 1)
    return "count-summary";
  return "generic";
}

function checkColumn(
  t: RecognisedTable,
  c: TableColumn,
  k: number,
): CheckColumn {
  const base = {
    header: c.header,
    role: c.role,
    ...(c.level !== undefined ? { level: c.level } : {}),
  };
  const named = (name: string, kind: ColumnKind): CheckColumn => ({
    ...base,
    name,
    kind,
  });
  const kind: ColumnKind = c.kind;
  switch (c.role) {
    case "agency":
      return named(COLUMN.agency, "name");
    case "website":
      return named(COLUMN.website, "website");
    case "rank":
      return named(
        k === t.roles.rank ? COLUMN.rank : c.header || `Thứ hạng (${k + 1})`,
        "rank",
      );
    case "row-number":
      return named(c.header || "TT", "rank");
    case "part":
      return named(
        c.level !== undefined ? COLUMN.level(c.level) : c.header,
        kind,
      );
    case "total":
    case "value":
      if (k !== t.roles.value)
        return named(c.role === "total" ? COLUMN.total : c.header, kind);
      return named(
        t.measure === "index"
          ? COLUMN.index
          : t.measure === "dossiers"
            ? COLUMN.dossiers
            : t.measure === "services" || c.role === "total"
              ? COLUMN.total
              : c.header,
        kind,
      );
    default:
      return named(c.header, "text");
  }
}

/** Summary tables name their figures as the rules across tables know them. */
function summaryNames(table: CheckTable): void {
  const profile = getDefaultProfile();
  for (const c of table.columns) {
    if (c.role !== "value") continue;
    if (table.kind === "count-summary") c.name = COLUMN.count;
    if (table.kind === "services-summary") {
      const measures = profile.measures.find(c.header).map((h) => h.key);
      c.name = measures.includes("dossiers")
        ? COLUMN.servicesWithDossiers
        : COLUMN.services;
    }
  }
}

/**
 * A dossiers table: the figures stated in its prose cells, for each level, become columns of
 * their own (online and processed dossiers, services named); a line continuing a row belongs to
 * it. The online figures are the parts of the table's total.
 */
function withDossierFigures(
  table: CheckTable,
  t: RecognisedTable,
  where: (c: SourceCell, field: string) => Location,
): void {
  const levels = table.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.kind === "text" && c.level !== undefined);
  if (levels.length === 0) return;
  for (const { c } of levels)
    table.columns.push(
      {
        name: COLUMN.online(c.level!),
        header: COLUMN.online(c.level!),
        kind: "count",
        role: "part",
        level: c.level,
      },
      {
        name: COLUMN.processed(c.level!),
        header: COLUMN.processed(c.level!),
        kind: "count",
      },
      {
        name: COLUMN.servicesNamed(c.level!),
        header: COLUMN.servicesNamed(c.level!),
        kind: "count",
      },
    );
  table.rows.forEach((row, i) => {
    const source = t.rows[i];
    const line = source.cells[t.roles.agency ?? 0].line;
    const next = t.rows[i + 1]?.cells[t.roles.agency ?? 0].line ?? Infinity;
    // Lines continuing this row (a list of fields on the lines below it).
    const more = t.continuation.filter((x) => x.line > line && x.line < next);
    for (const { c, k } of levels) {
      const text = [
        source.cells[k].text,
        ...more.map((m) => m.cells[k]?.text ?? ""),
      ]
        .filter((x) => x.trim() !== "")
        .join(" ");
      const stated = readDossierText(text);
      const at = where(source.cells[k], c.name);
      const derived = (value: number | null, field: string) => ({
        text: value === null ? "" : String(value),
        parsed: parseVietnameseNumber(value === null ? "" : value, "count"),
        where: { ...at, field },
      });
      // An empty level cell states zero; a cell that states no figure is unknown.
      row.cells.push(
        derived(
          text.trim() === "" ? 0 : stated.online,
          COLUMN.online(c.level!),
        ),
        derived(
          text.trim() === "" ? null : stated.processed,
          COLUMN.processed(c.level!),
        ),
        derived(
          text.trim() === "" ? null : stated.services,
          COLUMN.servicesNamed(c.level!),
        ),
      );
    }
  });
}
