/**
 * Tables pasted from a report, recognised for checking: ranked tables (index, services by level
 * with their total, dossiers), the summary tables of services by level and of counts of
 * agencies, and any other table of figures. Column roles are given canonical names so that
 * the default rules (`Tổng cộng = Mức độ 3 + Mức độ 4`) apply whatever the header says.
 */
import type { AgencyRegister } from "../agencies/agencyRegister";
import { AgencyMatch, matcherCache } from "../agencies/matchAgency";
import {
  ExpectedKind,
  parseVietnameseNumber,
} from "../numbers/parseVietnameseNumber";
import {
  blockFromText,
  groupFromTitle,
  isRankedHeader,
  PastedRankedTable,
  rankedTable,
  TOTAL_LABEL,
} from "../tables/parseRankedTables";
import { splitTextTables, TextTable } from "../tables/splitTextTables";
import { readDossierText } from "./dossierFigures";
import {
  CheckColumn,
  CheckRow,
  CheckTable,
  ColumnKind,
  Location,
  TableKind,
} from "./checkTable";

export const COLUMN = {
  rank: "Thứ hạng",
  agency: "Cơ quan",
  website: "Website",
  index: "Chỉ số",
  level3: "Mức độ 3",
  level4: "Mức độ 4",
  total: "Tổng cộng",
  dossiers: "Tổng số hồ sơ trực tuyến",
  services: "Số lượng dịch vụ",
  servicesWithDossiers: "Số dịch vụ có hồ sơ trực tuyến",
  online3: "Hồ sơ trực tuyến mức độ 3",
  online4: "Hồ sơ trực tuyến mức độ 4",
  processed3: "Hồ sơ đã xử lý mức độ 3",
  processed4: "Hồ sơ đã xử lý mức độ 4",
  services3: "Dịch vụ nêu ở mức độ 3",
  services4: "Dịch vụ nêu ở mức độ 4",
  label: "Hạng mục",
  count: "Số lượng",
} as const;

export function checkTablesFromText(
  text: string,
  source: string,
  register: AgencyRegister,
): CheckTable[] {
  const matcherFor = matcherCache(register);
  return splitTextTables(text)
    .map((t) =>
      isRankedHeader(t.header)
        ? fromRanked(rankedTable(t, matcherFor), t, source)
        : fromGeneric(t, source),
    )
    .filter((t): t is CheckTable => t !== undefined && t.rows.length > 0);
}

function tableName(t: TextTable): string {
  return t.tableNo ? `Bảng ${t.tableNo}` : `Bảng ở dòng ${t.line}`;
}

function fromRanked(
  ranked: PastedRankedTable,
  source: TextTable,
  file: string,
): CheckTable {
  const { columns: roles, measure } = ranked;
  const columns: CheckColumn[] = ranked.header.map((header, i) => {
    if (i === roles.rank) return { name: COLUMN.rank, header, kind: "rank" };
    if (i === roles.name) return { name: COLUMN.agency, header, kind: "name" };
    if (i === roles.website)
      return { name: COLUMN.website, header, kind: "website" };
    if (i === roles.value) {
      if (measure === "index")
        return { name: COLUMN.index, header, kind: "index" };
      return {
        name: measure === "services" ? COLUMN.total : COLUMN.dossiers,
        header,
        kind: "count",
      };
    }
    if (measure === "services" && /mức độ 3/i.test(header))
      return { name: COLUMN.level3, header, kind: "count" };
    if (measure === "services" && /mức độ 4/i.test(header))
      return { name: COLUMN.level4, header, kind: "count" };
    return { name: header, header, kind: "text" };
  });
  const name = tableName(source);
  const toRow = (
    index: number,
    line: number,
    cells: string[],
    agencies: AgencyMatch[],
    label: string,
  ): CheckRow => ({
    index,
    label,
    agencies,
    cells: columns.map((c, k) =>
      cell(cells[k] ?? "", c.kind, {
        source: file,
        table: name,
        line,
        column: k + 1,
        field: c.name,
      }),
    ),
  });
  if (measure === "dossiers")
    return withDossierFigures(ranked, columns, toRow, {
      file,
      name,
      title: ranked.title,
    });
  return {
    source: file,
    name,
    kind: "ranked",
    ...(ranked.block ? { block: ranked.block } : {}),
    ...(ranked.group ? { group: ranked.group } : {}),
    measure,
    columns,
    rows: ranked.rows.map((r, i) =>
      toRow(i, r.line, r.cells, r.agencies, r.cells[roles.name]),
    ),
    ...(ranked.total
      ? {
          total: toRow(
            -1,
            ranked.total.line,
            ranked.total.cells,
            [],
            ranked.total.cells[roles.name],
          ),
        }
      : {}),
    roles: {
      rank: roles.rank,
      name: roles.name,
      website: roles.website,
      value: roles.value,
    },
    ...(ranked.title ? { title: ranked.title } : {}),
  };
}

/**
 * A dossiers table: the figures stated in its prose cells become columns of their own (online
 * and processed dossiers, services named, per level), so that rules can check them. Lines that
 * continue a row (a list of fields on the next line) belong to that row.
 */
function withDossierFigures(
  ranked: PastedRankedTable,
  columns: CheckColumn[],
  toRow: (
    index: number,
    line: number,
    cells: string[],
    agencies: AgencyMatch[],
    label: string,
  ) => CheckRow,
  meta: { file: string; name: string; title?: string },
): CheckTable {
  const level = (n: 3 | 4) =>
    columns.findIndex(
      (c) => c.kind === "text" && new RegExp(`mức độ ${n}`, "i").test(c.header),
    );
  const [l3, l4] = [level(3), level(4)];
  const extra: CheckColumn[] = [
    { name: COLUMN.online3, header: COLUMN.online3, kind: "count" },
    { name: COLUMN.online4, header: COLUMN.online4, kind: "count" },
    { name: COLUMN.processed3, header: COLUMN.processed3, kind: "count" },
    { name: COLUMN.processed4, header: COLUMN.processed4, kind: "count" },
    { name: COLUMN.services3, header: COLUMN.services3, kind: "count" },
    { name: COLUMN.services4, header: COLUMN.services4, kind: "count" },
  ];
  const rows = ranked.rows.map((r, i) => {
    const cells = [...r.cells];
    for (const s of ranked.skipped.filter(
      (x) =>
        x.reason === "continuation" &&
        x.line > r.line &&
        !ranked.rows.some((o) => o.line > r.line && o.line < x.line),
    )) {
      s.text
        .split("\t")
        .forEach((t, k) => (cells[k] = `${cells[k] ?? ""} ${t}`.trim()));
    }
    const row = toRow(
      i,
      r.line,
      cells,
      r.agencies,
      r.cells[ranked.columns.name],
    );
    const figures = [l3, l4].map((k) =>
      k < 0
        ? undefined
        : {
            text: cells[k] ?? "",
            where: row.cells[k].where,
            ...readDossierText(cells[k] ?? ""),
          },
    );
    const derived = (
      f: (typeof figures)[number],
      key: "online" | "processed" | "services",
      field: string,
    ) => {
      // An empty level cell states zero; a cell that states no figure is unknown.
      const v = !f
        ? null
        : f.text.trim() === ""
          ? key === "online"
            ? 0
            : null
          : f[key];
      return {
        text: v === null ? "" : String(v),
        parsed: parseVietnameseNumber(v === null ? "" : v, "count"),
        where: { ...(f?.where ?? row.cells[0].where), field },
      };
    };
    row.cells.push(
      derived(figures[0], "online", COLUMN.online3),
      derived(figures[1], "online", COLUMN.online4),
      derived(figures[0], "processed", COLUMN.processed3),
      derived(figures[1], "processed", COLUMN.processed4),
      derived(figures[0], "services", COLUMN.services3),
      derived(figures[1], "services", COLUMN.services4),
    );
    return row;
  });
  const { columns: roles } = ranked;
  return {
    source: meta.file,
    name: meta.name,
    kind: "ranked",
    ...(ranked.block ? { block: ranked.block } : {}),
    ...(ranked.group ? { group: ranked.group } : {}),
    measure: "dossiers",
    columns: [...columns, ...extra],
    rows,
    roles: {
      rank: roles.rank,
      name: roles.name,
      website: roles.website,
      value: roles.value,
    },
    ...(meta.title ? { title: meta.title } : {}),
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

/** Any other table: column kinds from what most of their cells hold; a Tổng/Cộng row is the total. */
function fromGeneric(t: TextTable, file: string): CheckTable | undefined {
  // A table of contents (dotted leaders to page numbers) is not a table of figures.
  if (
    t.header.length < 2 ||
    [t.header, ...t.rows.map((r) => r.cells)].some((cells) =>
      cells.some((c) => /\.{4,}/.test(c)),
    )
  )
    return undefined;
  const name = tableName(t);
  return genericTable(
    t.header,
    t.rows.map((r) => ({
      cells: r.cells,
      where: (k: number) => ({
        source: file,
        table: name,
        line: r.line,
        column: k + 1,
      }),
    })),
    { source: file, name, title: t.title, kind: summaryKind(t) },
  );
}

/** A table of figures from any source: rows of texts and where each cell is. */
export function genericTable(
  header: string[],
  rows: { cells: string[]; where: (column: number) => Location }[],
  meta: { source: string; name: string; title?: string; kind?: TableKind },
): CheckTable {
  const labelColumn = header.findIndex((_, k) =>
    rows.some(
      (r) =>
        /\p{L}{2}/u.test(r.cells[k] ?? "") && !/^[\d.,%/\s]+$/.test(r.cells[k]),
    ),
  );
  const kind = meta.kind ?? "generic";
  const columns: CheckColumn[] = header.map((h, k) => ({
    name: canonical(h, kind),
    header: h,
    kind:
      k === labelColumn
        ? "text"
        : kindOfColumn(rows.map((r) => r.cells[k] ?? "")),
  }));
  const out: CheckRow[] = [];
  let total: CheckRow | undefined;
  for (const r of rows) {
    const label = labelColumn >= 0 ? (r.cells[labelColumn] ?? "") : "";
    const row: CheckRow = {
      index: out.length,
      label,
      agencies: [],
      cells: columns.map((c, k) =>
        cell(r.cells[k] ?? "", c.kind, { ...r.where(k), field: c.name }),
      ),
    };
    if (TOTAL_LABEL.test(label) && !kind.startsWith("count")) total = row;
    else out.push(row);
  }
  const block = blockFromText(meta.title ?? "");
  const group = meta.title ? groupFromTitle(meta.title) : undefined;
  return {
    source: meta.source,
    name: meta.name,
    kind,
    ...(block ? { block } : {}),
    ...(group ? { group } : {}),
    columns,
    rows: out,
    ...(total ? { total } : {}),
    roles: {},
    ...(meta.title ? { title: meta.title } : {}),
  };
}

function summaryKind(t: TextTable): TableKind {
  const header = t.header.join(" | ");
  if (!/hạng mục/i.test(header)) return "generic";
  const labels = t.rows.map((r) => r.cells.join(" ")).join("\n");
  if (/số lượng dịch vụ/i.test(header) && /mức độ 3/i.test(labels))
    return "services-summary";
  if (/^\s*\S+\s+số (tỉnh|bộ|cơ quan)/im.test(labels)) return "count-summary";
  return "generic";
}

function canonical(header: string, kind: TableKind): string {
  if (kind === "services-summary") {
    if (/hạng mục/i.test(header)) return COLUMN.label;
    if (/có (phát sinh )?hồ sơ|có hồ sơ|phát sinh hồ sơ/i.test(header))
      return COLUMN.servicesWithDossiers;
    if (/số lượng dịch vụ/i.test(header)) return COLUMN.services;
  }
  if (kind === "count-summary") {
    if (/hạng mục/i.test(header)) return COLUMN.label;
    if (/^số lượng$/i.test(header)) return COLUMN.count;
  }
  return header;
}

function kindOfColumn(texts: string[]): ColumnKind {
  const parsed = texts
    .filter((t) => t.trim() !== "")
    .map((t) => parseVietnameseNumber(t, "any"));
  if (parsed.length === 0) return "text";
  const share = (f: (p: (typeof parsed)[number]) => boolean) =>
    parsed.filter(f).length / parsed.length;
  if (share((p) => p.kind === "percent") > 0.5) return "percent";
  if (share((p) => p.kind === "fraction") > 0.5) return "fraction";
  if (share((p) => p.kind === "integer") > 0.5) return "count";
  if (share((p) => p.value !== null && p.value >= 0 && p.value <= 1) > 0.5)
    return "index";
  return "text";
}
