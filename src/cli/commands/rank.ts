/**
 * `chiso rank FILE [--ties …] [--columns …] [--block …] [--json]`: a ranked table pasted from a
 * report (text, in any layout), or a workbook in the template layout (.xlsx). Prints recomputed
 * ranks beside the published ones, and the previous period's rank and the movement where the
 * table gives them.
 */
import { promises as fs } from "fs";
import * as path from "path";
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
import { UserError } from "../../core/userError";
import { rankedTables } from "../../steps/rank";
import type { RankedTableOut } from "../../steps/rankedTables";
import { jsonRow, jsonRows, toJson } from "../json";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsxWorkbook";
import { CliError, Io } from "../cliError";
import { num, textTable } from "../format";

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

  const text = bytes.toString("utf8");
  if (text.includes("\u0000"))
    throw new CliError({
      vi: `“${file}” không phải tệp văn bản hay .xlsx.`,
      en: `“${file}” is neither a text file nor an .xlsx workbook.`,
    });
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
    const others = parsed.found.filter(
      (t) => !parsed.tables.some((r) => r.recognised === t),
    );
    io.out(
      [
        ...tables.map((t, i) =>
          describeReranked(
            t,
            describeTable(parsed.tables[i].recognised, register).vi,
          ),
        ),
        ...(others.length
          ? [
              `Không phải bảng xếp hạng, bỏ qua:\n${others
                .map((t) => `  ${describeTable(t, register).vi}`)
                .join("\n")}`,
            ]
          : []),
      ].join("\n\n"),
    );
  }
  return 0;
}

/** Work on one file: a user's error it raises names the file. */
export async function inFile<T>(
  file: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserError) e.place.file ??= path.basename(file);
    throw e;
  }
}

/** An .xlsx file, or a bilingual error saying why it cannot be opened. */
export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  try {
    return await inFile(file, () => XlsxWorkbook.open(file));
  } catch (e) {
    if (e instanceof UserError) throw e;
    // ExcelJS's own words stay as the detail; the message says what to do.
    throw new CliError({
      vi: `Không mở được sổ tính “${file}”: tệp hỏng, bị cắt hoặc không phải .xlsx. Hãy mở rồi lưu lại bằng Excel. (Chi tiết: ${(e as Error).message})`,
      en: `Cannot open workbook “${file}”: the file is damaged, cut short or not an .xlsx. Open and save it again in Excel. (Detail: ${(e as Error).message})`,
    });
  }
}

export async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError({
      vi:
        code === "ENOENT"
          ? `Không tìm thấy tệp “${file}”.`
          : `Không đọc được tệp “${file}” (${code}).`,
      en:
        code === "ENOENT"
          ? `File not found: “${file}”.`
          : `Cannot read “${file}” (${code}).`,
    });
  }
}

export function isXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b; // a zip: PK
}

/** The table as understood (kind, block, group, columns used), its rows, and what differs. */
function describeReranked(t: RerankedTable, understood: string): string {
  const decimals = t.decimals;
  const previous = t.hasPrevious;
  // A table of ranks alone (slides, `rank name` lines) has no value column to show.
  const valued = t.rows.some((r) => r.value !== null);
  const rows = t.rows.map((r) => {
    const notes: string[] = [];
    if (r.difference) notes.push(DIFFERENCE[r.difference].vi);
    if (!r.code) notes.push(`không nhận ra tên “${r.inputName}”`);
    else if (r.match.status !== "exact")
      notes.push(
        `tên “${r.inputName}”: ${r.match.notes.map((n) => MATCH_NOTE[n].vi).join(", ")}${r.match.confidence < 1 ? ` (độ tin cậy ${num(r.match.confidence, 2)})` : ""}`,
      );
    return [
      r.rank === null ? "—" : String(r.rank),
      r.publishedRank === null ? "—" : String(r.publishedRank),
      r.difference ? "≠" : "",
      r.agency,
      ...(valued ? [num(r.value, decimals)] : []),
      ...(previous
        ? [
            r.previousRank === null ? "—" : String(r.previousRank),
            movementMark(r.movement, "=", "—"),
          ]
        : []),
      notes.join("; "),
    ];
  });
  const names = t.rows.filter((r) => r.match.status !== "exact").length;
  const published = t.rows.some((r) => r.publishedRank !== null);
  const summary = !published
    ? `Bảng không có hạng công bố: hạng tính lại (${t.ties}) từ giá trị.`
    : !valued
      ? "Bảng chỉ có thứ hạng, không có giá trị để tính lại."
      : !t.recomputed
        ? "Bảng là trích đoạn với thứ hạng không liền nhau: giữ hạng như công bố, chưa tính lại."
        : t.differences === 0
          ? `Hạng tính lại (${t.ties}) trùng với hạng công bố ở cả ${t.rows.length} cơ quan.`
          : `Hạng tính lại (${t.ties}) khác hạng công bố ở ${t.differences}/${t.rows.length} cơ quan.`;
  const moved = t.rows.filter((r) => r.movement !== null && r.movement !== 0);
  const movement = previous
    ? ` So với kỳ trước${t.periods.previous ? ` (${t.periods.previous})` : ""}: ${moved.filter((r) => r.movement! > 0).length} cơ quan lên hạng, ${moved.filter((r) => r.movement! < 0).length} xuống hạng.`
    : "";
  const header = [
    "Hạng",
    "Công bố",
    "",
    "Cơ quan",
    ...(valued ? ["Giá trị"] : []),
    ...(previous ? ["Kỳ trước", "Thay đổi"] : []),
    "Ghi chú",
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
    summary + movement + (names ? ` Tên viết khác chuẩn: ${names}.` : ""),
  ].join("\n");
}

async function rankWorkbook(
  file: string,
  options: RankOptions,
  io: Io,
): Promise<number> {
  const wb = await openWorkbook(file);
  const { tables, read } = await inFile(file, () =>
    rankedTables(wb, getDefaultRegister(), { ties: options.ties }),
  );
  if (read.blocks.length === 0)
    throw new CliError({
      vi: `${file}: không có cơ quan nào trong các trang số liệu.`,
      en: `${file}: no agency rows in the data sheets.`,
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
    io.out(tables.map(describeWorkbookTable).join("\n\n"));
    for (const p of read.problems)
      io.err(`${p.sheet}!${p.cell}: ${p.message.vi} / ${p.message.en}`);
  }
  return 0;
}

export function describeWorkbookTable(t: RankedTableOut): string {
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
    num(r.value, t.decimals),
  ]);
  const header = [
    "Hạng",
    ...(hasPublished ? ["Công bố", ""] : []),
    "Cơ quan",
    t.valueHeader,
  ];
  const align: ("l" | "r")[] = [
    "r",
    ...(hasPublished ? (["r", "l"] as const) : []),
    "l",
    "r",
  ];
  return `${t.title} [${t.method}]\n${textTable(header, rows, align)}`;
}
