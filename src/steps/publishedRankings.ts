/**
 * Published rankings kept in the workbook as they were published, beside the structured sheets:
 * a ranking of no criteria group (another index, kept to compare), or the published overall
 * index of a block (set beside the one the tool computes). One sheet each, which the check step
 * checks and the compare step reads like any ranking.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { isResolved } from "../core/agencies/matchAgency";
import type { BlockId } from "../core/agencies/registerSchema";
import type { PastedRankedTable } from "../core/tables/parseRankedTables";
import { rankedView } from "../core/tables/parseRankedTables";
import { readSheet } from "../core/tables/readTables";
import { RerankedRow, rerankTable } from "../core/tables/rerankTable";
import {
  column,
  HEADER,
  Lang,
  number,
  outputTable,
  TEXT,
} from "./outputColumns";
import { BLOCK_SHORT } from "./rankedTables";
import { safeSheetName } from "../workbook/sheets";
import type { TableToWrite, WorkbookPort } from "../workbook/workbookPort";
import { tableNameOf } from "../workbook/writeRules";

/** `CB1 Chỉ số PCI 2023`: a ranking kept for comparison; the number makes the name unique. */
const KEPT_SHEET = /^CB(\d+)(?: |$)/;
/** `CB Tỉnh - TH`: the published overall index of a block. */
const overallSheet = (block: BlockId) =>
  safeSheetName(`CB ${BLOCK_SHORT[block]} - TH`);

export function isPublishedSheet(name: string): boolean {
  return (
    KEPT_SHEET.test(name) ||
    (Object.keys(BLOCK_SHORT) as BlockId[]).some(
      (b) => overallSheet(b) === name,
    )
  );
}

export type PublishedKind = "overall" | "kept";

/**
 * The sheet a published table goes to, and the table to write: the ranks as published (or, where
 * the table prints none, as its values give them), the agencies by their register names and
 * codes, the values, the previous period where printed, and the name as printed where it differs.
 * `replaces`: a sheet of the same published table is already there (its title says so).
 */
export async function planPublishedSheet(
  port: WorkbookPort,
  table: PastedRankedTable,
  kind: PublishedKind,
  register: AgencyRegister,
  lang: Lang = "vi",
): Promise<{ table: TableToWrite; replaces: boolean }> {
  const names = await port.sheetNames();
  const out = publishedTable(table, kind, register, lang);
  if (kind === "overall") {
    const sheet = overallSheet(table.block!);
    return {
      table: {
        ...out,
        sheet,
        tableName: tableNameOf("CB", table.block!, "TH"),
      },
      replaces: names.includes(sheet),
    };
  }
  const kept: { sheet: string; k: number; title?: string }[] = [];
  for (const sheet of names) {
    const m = KEPT_SHEET.exec(sheet);
    if (!m) continue;
    kept.push({
      sheet,
      k: Number(m[1]),
      title: (await port.readTable(sheet))?.title,
    });
  }
  const same = kept.find((x) => x.title === out.title);
  let k = 1;
  while (kept.some((x) => x.k === k)) k++;
  const number = same ? Number(KEPT_SHEET.exec(same.sheet)![1]) : k;
  const label = labelOf(table);
  return {
    table: {
      ...out,
      sheet: same?.sheet ?? safeSheetName(`CB${number} ${label}`),
      tableName: tableNameOf("CB", number),
    },
    replaces: same !== undefined,
  };
}

/** How people name the table: its title, else the line above it, else where it was. */
const labelOf = (t: PastedRankedTable) =>
  t.title ?? t.recognised.caption ?? t.recognised.name;

function publishedTable(
  table: PastedRankedTable,
  kind: PublishedKind,
  register: AgencyRegister,
  lang: Lang,
): Omit<TableToWrite, "sheet" | "tableName"> {
  const reranked = rerankTable(table);
  const valued = table.columns.value !== undefined;
  const previous = reranked.hasPrevious;
  const printed = reranked.rows.some((r) => r.inputName !== r.agency);
  const block = table.block ? register.blockName(table.block, lang) : "";
  const period = table.periods.current;
  const source = labelOf(table);
  const title =
    kind === "overall"
      ? lang === "vi"
        ? `Chỉ số tổng hợp công bố — ${block}${period ? `, kỳ ${period}` : ""} — từ “${source}”`
        : `Published overall index — ${block}${period ? `, period ${period}` : ""} — from “${source}”`
      : lang === "vi"
        ? `Bảng xếp hạng công bố: ${source}${block ? ` — ${block}` : ""}${period ? `, kỳ ${period}` : ""}`
        : `Published ranking: ${source}${block ? ` — ${block}` : ""}${period ? `, period ${period}` : ""}`;
  type Row = RerankedRow;
  // Its sheet and table name are the caller's to choose.
  return outputTable<Row>(
    {
      sheet: "",
      tableName: "",
      title,
      columns: [
        column<Row>(
          HEADER.rank,
          number(0),
          (r) => r.publishedRank ?? r.rank,
          true,
        ),
        column<Row>(HEADER.agency, TEXT, (r) => r.agency),
        column<Row>(HEADER.code, TEXT, (r) => r.code ?? ""),
        valued &&
          column<Row>(HEADER.value, number(table.decimals), (r) => r.value),
        previous &&
          column<Row>(HEADER.previousRank, number(0), (r) => r.previousRank),
        printed &&
          column<Row>(HEADER.printedAs, TEXT, (r) =>
            r.inputName === r.agency ? "" : r.inputName,
          ),
      ],
      rows: reranked.rows,
    },
    lang,
  );
}

/** The published overall ranks of the workbook's blocks, by agency code. */
export async function publishedOverallRanks(
  port: WorkbookPort,
  register: AgencyRegister,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const names = await port.sheetNames();
  for (const block of Object.keys(BLOCK_SHORT) as BlockId[]) {
    const name = overallSheet(block);
    if (!names.includes(name)) continue;
    const sheet = await port.readTable(name);
    if (!sheet || sheet.rows.length === 0) continue;
    const t = readSheet(sheet, register);
    if (t.shape !== "ranking") continue;
    for (const row of rankedView(t).rows) {
      const rank = row.publishedRank.value;
      const m = row.agencies[0];
      if (rank !== null && m && isResolved(m)) out.set(m.agency.code, rank);
    }
  }
  return out;
}
