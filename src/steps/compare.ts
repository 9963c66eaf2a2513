/**
 * The compare use case, for the pane and for `chiso compare`: two rankings, each pasted text or
 * a sheet of a workbook, read in the register edition that fits each, compared, and written to
 * a sheet the tool owns.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { TieMethod } from "../core/methodology/methodologySchema";
import { formatNumber } from "../core/numbers/formatNumber";
import {
  byMovement,
  ComparedRow,
  comparePeriods,
  Comparison,
  GoneRow,
  moveOf,
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
import { Msg, Lang, UserError } from "../core/userError";
import { column, HEADER, number, outputTable, TEXT } from "./outputColumns";
import type { TableToWrite, WorkbookPort } from "../workbook/workbookPort";

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
    // An excerpt ranks the whole block: its N is the block's, not its rows'. A table that lists
    // agencies without a figure (a ranked sheet of a workbook half filled) ranks the others
    // among themselves, but stands for every agency it lists: 7 ranked of 63 are 1–7 of 63, not
    // of 7, or a first place would read as a fall.
    const unranked = reranked.rows.filter(
      (r) => (r.publishedRank ?? r.rank) === null,
    ).length;
    const size =
      table.excerpt && table.block
        ? used.inBlock(table.block, { evaluatedOnly: true }).length
        : unranked
          ? reranked.rows.length
          : undefined;
    return {
      register: used,
      block: table.block ?? null,
      ...(period ? { period } : {}),
      ...(size ? { size } : {}),
      ...(unranked ? { unranked } : {}),
      label,
      rows: reranked.rows.map((r) => ({
        code: r.code,
        agency: r.agency,
        rank: r.publishedRank ?? r.rank,
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

/** `44/63`: a rank and the size of its ranking, where the sizes differ. */
export function rankOf(
  rank: number | null,
  n: number,
  lang: Lang = "vi",
): string {
  if (rank === null) return "—";
  return `${formatNumber(rank, { decimals: rank % 1 ? 1 : 0, lang })}/${n}`;
}

/** The comparison as a sheet: biggest moves first, then the units gone since the previous period. */
export function comparisonToWrite(
  c: Comparison,
  lang: Lang = "vi",
): TableToWrite {
  const w = COMPARE_WORDS[lang];
  const period = (p: string | undefined, edition: string, n: number) =>
    `${p ?? w.register(edition)} (${w.units(n)})`;
  const periods = `${period(c.periods.previous, c.editions.previous, c.sizes.previous)} → ${period(c.periods.current, c.editions.current, c.sizes.current)}`;
  const predecessors = (r: Comparison["rows"][number]) =>
    (r.predecessors ?? [])
      .map((p) => `${p.agency} (${p.rank ?? "—"})`)
      .join("; ");
  type Row = ComparedRow | GoneRow;
  const compared = (r: Row): r is ComparedRow => "status" in r;
  // The comparison's own headers, already in the language: the same words either side.
  const own = (header: string) => ({ vi: header, en: header });
  return outputTable<Row>(
    {
      sheet: COMPARE_SHEET,
      tableName: "SoSanh",
      title: `${w.title} ${periods}${c.relative ? ` — ${w.relative}` : ""}${c.across ? ` — ${w.across}${c.rule ? `, ${w.rule(RULE_WORDS[c.rule][lang])}` : ""}` : ""}`,
      columns: [
        column<Row>(
          HEADER.rank,
          number(0),
          (r) => (compared(r) ? r.rank : null),
          true,
        ),
        column<Row>(HEADER.agency, TEXT, (r) => r.agency),
        column<Row>(HEADER.previousRank, number(1), (r) =>
          compared(r) ? r.previousRank : r.rank,
        ),
        c.relative &&
          column<Row>(own(w.position), number(1), (r) =>
            compared(r) ? (r.position ?? null) : null,
          ),
        c.relative &&
          column<Row>(own(w.previousPosition), number(1), (r) =>
            compared(r) ? (r.previousPosition ?? null) : null,
          ),
        column<Row>(own(c.relative ? w.changePoints : w.change), TEXT, (r) =>
          compared(r) ? movementMark(moveOf(r), "=", "", lang) : "",
        ),
        column<Row>(HEADER.value, number(4), (r) =>
          compared(r) ? r.value : null,
        ),
        column<Row>(HEADER.previousValue, number(4), (r) =>
          compared(r) ? r.previousValue : r.value,
        ),
        c.across &&
          column<Row>(own(w.predecessors), TEXT, (r) =>
            compared(r) ? predecessors(r) : "",
          ),
        column<Row>(own(w.note), TEXT, (r) =>
          compared(r)
            ? r.status === "new"
              ? w.isNew
              : r.status === "unlisted"
                ? w.unlisted
                : ""
            : r.mergedInto
              ? w.mergedInto(r.mergedInto)
              : w.gone,
        ),
      ],
      rows: [...byMovement(c.rows), ...c.gone],
    },
    lang,
  );
}

const COMPARE_WORDS = {
  vi: {
    title: "So sánh thứ hạng",
    register: (e: string) => `danh mục ${e}`,
    units: (n: number) => `${n} đơn vị`,
    relative:
      "hai bảng khác số đơn vị: thay đổi là vị trí tương đối, (N − hạng) / (N − 1) × 100, kỳ này trừ kỳ trước, tính bằng điểm phần trăm",
    across: "đơn vị mới so với các đơn vị tiền thân",
    rule: (r: string) => `hạng kỳ trước theo quy tắc ${r}`,
    position: "Vị trí tương đối (%)",
    previousPosition: "Vị trí kỳ trước (%)",
    change: "Thay đổi",
    changePoints: "Thay đổi (điểm %)",
    predecessors: "Đơn vị tiền thân (hạng kỳ trước)",
    note: "Ghi chú",
    isNew: "đơn vị mới, chưa có ở kỳ trước",
    unlisted: "không có trong bảng kỳ trước",
    gone: "không có trong bảng kỳ này",
    mergedInto: (u: string) => `đã nhập vào ${u}`,
  },
  en: {
    title: "Ranks compared",
    register: (e: string) => `register ${e}`,
    units: (n: number) => `${n} units`,
    relative:
      "the rankings have different sizes: the change is of relative position, (N − rank) / (N − 1) × 100, this period minus the previous, in percentage points",
    across: "each new unit against the units it was formed from",
    rule: (r: string) => `previous rank by the rule: ${r}`,
    position: "Relative position (%)",
    previousPosition: "Previous position (%)",
    change: "Change",
    changePoints: "Change (% points)",
    predecessors: "Predecessors (previous rank)",
    note: "Note",
    isNew: "a new unit, not in the previous period",
    unlisted: "not in the previous table",
    gone: "not in this period's table",
    mergedInto: (u: string) => `merged into ${u}`,
  },
};

export const RULE_WORDS: Record<PreviousRankRule, Msg> = {
  best: {
    vi: "hạng tốt nhất của các đơn vị tiền thân",
    en: "the best rank of the predecessors",
  },
  mean: {
    vi: "trung bình hạng của các đơn vị tiền thân",
    en: "the mean rank of the predecessors",
  },
};

/** Writes the comparison to the sheet the tool owns (a user's sheet of that name is never replaced). */
export async function writeComparison(
  port: WorkbookPort,
  c: Comparison,
  lang: Lang = "vi",
): Promise<string> {
  const table = comparisonToWrite(c, lang);
  await port.writeTables([table], { owned: true });
  return table.sheet;
}
