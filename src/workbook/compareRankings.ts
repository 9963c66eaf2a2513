/**
 * The compare use case, for the pane and for `chiso compare`: two rankings, each pasted text or
 * a sheet of a workbook, read in the register edition that fits each, compared, and written to
 * a sheet the tool owns.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { TieMethod } from "../core/methodology/methodologySchema";
import {
  byMovement,
  Comparison,
  comparePeriods,
  PeriodRanking,
  PreviousRankRule,
} from "../core/ranking/comparePeriods";
import { movementMark } from "../core/ranking/movement";
import {
  parseRankedTables,
  PastedRankedTable,
  rankedView,
} from "../core/tables/parseRankedTables";
import { readSheet } from "../core/tables/readTables";
import { rerankTable } from "../core/tables/rerankTable";
import { UserError } from "../core/userError";
import type { TableToWrite, WorkbookPort } from "./workbookPort";

export const COMPARE_SHEET = "So sánh";

/** Where a ranking comes from: pasted text, or a sheet of a workbook (the first ranking found, without a name). */
export type RankingSource =
  | { kind: "text"; text: string; label: string }
  | { kind: "sheet"; port: WorkbookPort; sheet?: string; label: string };

export interface CompareOptions {
  rule?: PreviousRankRule;
  ties?: TieMethod;
  /** The register edition of each table, when the user says (`2016`, `2025`). */
  editions?: { previous?: string; current?: string };
}

export async function compareRankings(
  previous: RankingSource,
  current: RankingSource,
  register: AgencyRegister,
  options: CompareOptions = {},
): Promise<Comparison> {
  const [before, now] = [
    await rankingsOf(previous, register, options.editions?.previous, options),
    await rankingsOf(current, register, options.editions?.current, options),
  ];
  // A workbook holds rankings of several blocks: the first pair of one block is compared, else
  // the first pair where one side's block is unknown.
  const pairs = before.flatMap((b) => now.map((n) => [b, n] as const));
  const pair =
    pairs.find(([b, n]) => b.block && b.block === n.block) ??
    pairs.find(([b, n]) => !b.block || !n.block) ??
    pairs[0];
  return comparePeriods(
    pair[0],
    pair[1],
    options.rule ? { rule: options.rule } : {},
  );
}

/**
 * The rankings of a source, as ranks to compare: published where printed, else computed. A
 * source without one is a user's error saying what was looked for.
 */
export async function rankingsOf(
  source: RankingSource,
  register: AgencyRegister,
  edition: string | undefined,
  options: { ties?: TieMethod } = {},
): Promise<PeriodRanking[]> {
  const tables = await rankingTables(source, register, edition);
  return tables.map(({ table, label }) => {
    const reranked = rerankTable(table, options.ties ?? "competition");
    const chosen = table.recognised.edition?.edition;
    const used =
      (chosen && register.editions?.all.find((r) => r.edition === chosen)) ||
      register;
    const period =
      table.periods.current ??
      (table.recognised.edition?.year !== undefined
        ? String(table.recognised.edition.year)
        : undefined);
    return {
      register: used,
      block: table.block ?? null,
      ...(period ? { period } : {}),
      label,
      rows: reranked.rows.map((r) => ({
        code: r.code,
        agency: r.agency,
        rank: r.published_rank ?? r.rank,
        value: r.value,
      })),
    };
  });
}

async function rankingTables(
  source: RankingSource,
  register: AgencyRegister,
  edition: string | undefined,
): Promise<{ table: PastedRankedTable; label: string }[]> {
  const options = edition ? { edition } : {};
  if (source.kind === "text") {
    const parsed = parseRankedTables(source.text, register, options);
    if (parsed.tables.length)
      return parsed.tables.map((table) => ({
        table,
        label: table.tableNo
          ? `${source.label}, bảng ${table.tableNo}`
          : source.label,
      }));
    throw new UserError(
      parsed.problem ?? {
        vi: "Không tìm thấy bảng xếp hạng.",
        en: "No ranked table found.",
      },
      { file: source.label },
    );
  }
  const sheets = source.sheet ? [source.sheet] : await source.port.sheetNames();
  const found: { table: PastedRankedTable; label: string }[] = [];
  for (const name of sheets) {
    const sheet = await source.port.readTable(name);
    if (!sheet || sheet.rows.length === 0) continue;
    const t = readSheet(sheet, register, options);
    if (t.shape === "ranking" && t.rows.length > 0)
      found.push({
        table: rankedView(t),
        label: `${source.label}, trang “${name}”`,
      });
  }
  if (found.length) return found;
  throw new UserError(
    {
      vi: `Không có bảng xếp hạng nào${source.sheet ? ` trên trang “${source.sheet}”` : " trong sổ tính"} (cần cột tên cơ quan và cột thứ hạng hoặc giá trị).`,
      en: `No ranked table${source.sheet ? ` on sheet “${source.sheet}”` : " in the workbook"} (it needs a column of agency names and one of ranks or values).`,
    },
    { file: source.label, ...(source.sheet ? { sheet: source.sheet } : {}) },
  );
}

/** The comparison as a sheet: biggest moves first, then the units gone since the previous period. */
export function comparisonToWrite(c: Comparison): TableToWrite {
  const periods = `${c.periods.previous ?? `danh mục ${c.editions.previous}`} → ${c.periods.current ?? `danh mục ${c.editions.current}`}`;
  const predecessors = (r: Comparison["rows"][number]) =>
    (r.predecessors ?? [])
      .map((p) => `${p.agency} (${p.rank ?? "—"})`)
      .join("; ");
  return {
    sheet: COMPARE_SHEET,
    tableName: "SoSanh",
    title: `So sánh thứ hạng ${periods}${c.across ? ` — đơn vị mới so với các đơn vị tiền thân${c.rule ? `, hạng kỳ trước theo quy tắc ${RULE_VI[c.rule]}` : ""}` : ""}`,
    columns: [
      {
        header: "Thứ hạng",
        format: { kind: "number", decimals: 0 },
        width: 10,
      },
      { header: "Cơ quan", format: { kind: "text" }, width: 36 },
      {
        header: "Hạng kỳ trước",
        format: { kind: "number", decimals: 1 },
        width: 14,
      },
      { header: "Thay đổi", format: { kind: "text" }, width: 10 },
      { header: "Giá trị", format: { kind: "number", decimals: 4 }, width: 12 },
      {
        header: "Giá trị kỳ trước",
        format: { kind: "number", decimals: 4 },
        width: 16,
      },
      ...(c.across
        ? [
            {
              header: "Đơn vị tiền thân (hạng kỳ trước)",
              format: { kind: "text" as const },
              width: 48,
            },
          ]
        : []),
      { header: "Ghi chú", format: { kind: "text" }, width: 28 },
    ],
    rows: [
      ...byMovement(c.rows).map((r) => [
        r.rank,
        r.agency,
        r.previous_rank,
        movementMark(r.movement, "=", ""),
        r.value,
        r.previous_value,
        ...(c.across ? [predecessors(r)] : []),
        r.status === "new" ? "mới so với kỳ trước" : "",
      ]),
      ...c.gone.map((g) => [
        null,
        g.agency,
        g.rank,
        "",
        null,
        g.value,
        ...(c.across ? [""] : []),
        g.merged_into
          ? `đã nhập vào ${g.merged_into}`
          : "không có trong kỳ này",
      ]),
    ],
  };
}

export const RULE_VI: Record<PreviousRankRule, string> = {
  best: "hạng tốt nhất của các đơn vị tiền thân",
  mean: "trung bình hạng của các đơn vị tiền thân",
};

/** Writes the comparison to the sheet the tool owns (a user's sheet of that name is never replaced). */
export async function writeComparison(
  port: WorkbookPort,
  c: Comparison,
): Promise<string> {
  const table = comparisonToWrite(c);
  await port.writeTables([table], { owned: true });
  return table.sheet;
}
