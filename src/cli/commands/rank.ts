/**
 * `chiso rank FILE [--ties …] [--columns …] [--block …] [--json]`: a ranked table pasted from a
 * report (text, in any layout), or a workbook in the template layout (.xlsx). Prints recomputed
 * ranks beside the published ones, and the previous period's rank and the movement where the
 * table gives them.
 */
import { getDefaultRegister } from "../../core/agencies/registerEditions";
import type { TieMethod } from "../../core/methodology/methodologySchema";
import type { Methodology } from "../../core/methodology/methodologySchema";
import { movementMark } from "../../core/ranking/movement";
import { parseRankedTables } from "../../core/tables/parseRankedTables";
import type { ColumnOverrides } from "../../core/tables/recognise/types";
import { describeTable } from "../../core/tables/recognise/understood";
import {
  DIFFERENCE,
  RerankedTable,
  rerankTable,
} from "../../core/tables/rerankTable";
import { MATCH_NOTE } from "../../core/agencies/matchAgency";
import { rankedTables } from "../../steps/rank";
import type { RankedTableOut } from "../../steps/rankedTables";
import { jsonRow, jsonRows, toJson } from "../json";
import { CliError, Io } from "../cliError";
import { checkOverrideColumns } from "../options";
import { inFile, isXlsx, openWorkbook, readInput, textOf } from "../files";
import { num, textTable } from "../format";
import { CLI } from "../messages";
import { Lang, localise } from "../../core/msg";

export interface RankOptions {
  ties: TieMethod;
  json: boolean;
  /** The user's word on the columns and the block of a pasted table. */
  overrides?: ColumnOverrides;
  /** Whose groups a pasted table may belong to. */
  methodology?: Methodology;
  /** The register edition to read the table with (by default the one it fits). */
  edition?: string;
}

export async function rankCommand(
  file: string,
  options: RankOptions,
  io: Io,
): Promise<number> {
  const bytes = await readInput(file);
  const register = getDefaultRegister();
  if (isXlsx(bytes)) return rankWorkbook(file, options, io);

  const text = textOf(bytes, file);
  const parsed = await inFile(file, async () =>
    parseRankedTables(text, register, {
      ...(options.overrides ? { overrides: options.overrides } : {}),
      ...(options.methodology ? { methodology: options.methodology } : {}),
      ...(options.edition ? { edition: options.edition } : {}),
    }),
  );
  if (parsed.problem)
    throw new CliError({
      vi: `${file}: ${parsed.problem.vi}`,
      en: `${file}: ${parsed.problem.en}`,
    });
  checkOverrideColumns(
    options.overrides,
    parsed.tables.map((t) => t.recognised),
  );
  const tables = parsed.tables.map((t) => rerankTable(t, options.ties));
  if (options.json) {
    io.out(
      toJson(
        tables.flatMap((t) =>
          t.rows.map((r) =>
            jsonRow(r, {
              previousRank: r.previousRank,
              movement: r.movement,
            }),
          ),
        ),
      ),
    );
  } else {
    const lang = io.lang ?? "vi";
    const w = localise(CLI, lang);
    const others = parsed.found.filter(
      (t) => !parsed.tables.some((r) => r.recognised === t),
    );
    io.out(
      [
        ...tables.map((t, i) =>
          describeReranked(
            t,
            describeTable(parsed.tables[i].recognised, register)[lang],
            lang,
          ),
        ),
        ...(others.length
          ? [
              `${w.rank.notRanking}\n${others
                .map((t) => `  ${describeTable(t, register)[lang]}`)
                .join("\n")}`,
            ]
          : []),
      ].join("\n\n"),
    );
  }
  return 0;
}

/** The table as understood (kind, block, group, columns used), its rows, and what differs. */
function describeReranked(
  t: RerankedTable,
  understood: string,
  lang: Lang,
): string {
  const w = localise(CLI, lang);
  const decimals = t.decimals;
  const previous = t.hasPrevious;
  // A table of ranks alone (slides, `rank name` lines) has no value column to show.
  const valued = t.rows.some((r) => r.value !== null);
  const rows = t.rows.map((r) => {
    const notes: string[] = [];
    if (r.difference) notes.push(DIFFERENCE[r.difference][lang]);
    if (!r.code) notes.push(w.rank.unknownName(r.inputName));
    else if (r.match.status !== "exact")
      notes.push(
        w.rank.nameNotes(
          r.inputName,
          r.match.notes.map((n) => MATCH_NOTE[n][lang]).join(", "),
          r.match.confidence < 1 ? num(r.match.confidence, 2, lang) : undefined,
        ),
      );
    return [
      r.rank === null ? "—" : String(r.rank),
      r.publishedRank === null ? "—" : String(r.publishedRank),
      r.difference ? "≠" : "",
      r.agency,
      ...(valued ? [num(r.value, decimals, lang)] : []),
      ...(previous
        ? [
            r.previousRank === null ? "—" : String(r.previousRank),
            movementMark(r.movement, "=", "—", lang),
          ]
        : []),
      notes.join("; "),
    ];
  });
  const names = t.rows.filter((r) => r.match.status !== "exact").length;
  const published = t.rows.some((r) => r.publishedRank !== null);
  const summary = !published
    ? w.rank.noPublished(t.ties)
    : !valued
      ? w.rank.ranksOnly
      : !t.recomputed
        ? w.rank.excerptKept
        : t.differences === 0
          ? w.rank.agree(t.ties, t.rows.length)
          : w.rank.differ(t.ties, t.differences, t.rows.length);
  const moved = t.rows.filter((r) => r.movement !== null && r.movement !== 0);
  const movement = previous
    ? w.rank.movement(
        t.periods.previous,
        moved.filter((r) => r.movement! > 0).length,
        moved.filter((r) => r.movement! < 0).length,
      )
    : "";
  const c = w.column;
  const header = [
    c.rank,
    c.published,
    "",
    c.agency,
    ...(valued ? [c.value] : []),
    ...(previous ? [c.previous, c.movement] : []),
    c.notes,
  ];
  const align: ("l" | "r")[] = [
    "r",
    "r",
    "l",
    "l",
    ...(valued ? (["r"] as const) : []),
    ...(previous ? (["r", "r"] as const) : []),
    "l",
  ];
  return [
    understood,
    textTable(header, rows, align),
    summary + movement + (names ? w.rank.namesOtherwise(names) : ""),
  ].join("\n");
}

async function rankWorkbook(
  file: string,
  options: RankOptions,
  io: Io,
): Promise<number> {
  const wb = await openWorkbook(file);
  const { tables, empty, read } = await inFile(file, () =>
    rankedTables(wb, getDefaultRegister(), {
      ties: options.ties,
      ...(io.lang ? { lang: io.lang } : {}),
    }),
  );
  if (read.blocks.length === 0)
    throw new CliError({
      vi: `${file}: không có cơ quan nào trong các trang số liệu.`,
      en: `${file}: no agency rows in the data sheets.`,
    });
  // No figure, no rank: a workbook with none is an input error, never a table of ties at 0.
  if (tables.length === 0)
    throw new CliError({
      vi: `${file}: chưa có số liệu nào để xếp hạng. Hãy nhập số liệu vào các trang số liệu (hoặc dán bảng bằng bước 2 của phần bổ trợ).`,
      en: `${file}: there are no figures to rank yet. Enter figures in the data sheets (or paste tables with step 2 of the add-in).`,
    });
  if (options.json)
    io.out(
      toJson(
        tables.flatMap((t) =>
          jsonRows(t, { previousRank: null, movement: null }),
        ),
      ),
    );
  else {
    const w = localise(CLI, io.lang ?? "vi");
    io.out(tables.map((t) => describeWorkbookTable(t, io.lang)).join("\n\n"));
    if (empty.length)
      io.out(
        `\n${w.rank.emptyTables(empty.length, empty.map((e) => e.title).join("; "))}`,
      );
    for (const p of read.problems)
      io.err(`${p.sheet}!${p.cell}: ${p.message.vi} / ${p.message.en}`);
  }
  return 0;
}

export function describeWorkbookTable(
  t: RankedTableOut,
  lang: Lang = "vi",
): string {
  const c = localise(CLI, lang).column;
  const hasPublished = t.rows.some((r) => r.publishedRank !== null);
  const rows = t.rows.map((r) => [
    r.rank === null ? "—" : String(r.rank),
    ...(hasPublished
      ? [
          r.publishedRank === null ? "—" : String(r.publishedRank),
          r.publishedRank !== null && r.publishedRank !== r.rank ? "≠" : "",
        ]
      : []),
    r.agency,
    num(r.value, t.decimals, lang),
  ]);
  const header = [
    c.rank,
    ...(hasPublished ? [c.published, ""] : []),
    c.agency,
    t.valueHeader,
  ];
  const align: ("l" | "r")[] = [
    "r",
    ...(hasPublished ? (["r", "l"] as const) : []),
    "l",
    "r",
  ];
  const unranked = t.rows.filter((r) => r.value === null).map((r) => r.agency);
  const w = localise(CLI, lang).rank;
  return `${t.title} [${t.method}]\n${textTable(header, rows, align)}${unranked.length ? `\n${w.unranked(unranked.length, unranked.join(", "))}` : ""}`;
}
