/**
 * `chiso rank FILE [--ties competition|dense|ordinal] [--json]`: a ranked table pasted from a
 * report (text), or a workbook in the template layout (.xlsx). Prints recomputed ranks beside
 * the published ones.
 */
import { promises as fs } from "fs";
import { getDefaultRegister } from "../../core/agencies/agencyRegister";
import type { TieMethod } from "../../core/methodology/methodologySchema";
import { formatProblems } from "../../core/methodology/validateMethodology";
import { scoreBlock } from "../../core/scoring/scoreBlock";
import { parseRankedTables } from "../../core/tables/parseRankedTables";
import { RerankedTable, rerankTable } from "../../core/tables/rerankTable";
import {
  rankedTablesOf,
  RankedRowOut,
  RankedTableOut,
} from "../../workbook/rankedTables";
import { readWorkbook } from "../../workbook/readWorkbook";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsxWorkbook";
import { CliError, Io } from "../cliError";
import { DIFFERENCE_VI, NOTE_VI, num, textTable } from "../format";

export interface RankOptions {
  ties: TieMethod;
  json: boolean;
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
    throw new CliError(
      `“${file}” không phải tệp văn bản hay .xlsx.`,
      `“${file}” is neither a text file nor an .xlsx workbook.`,
    );
  const parsed = parseRankedTables(text, register);
  if (parsed.problem)
    throw new CliError(
      `${file}: ${parsed.problem.vi}`,
      `${file}: ${parsed.problem.en}`,
    );
  const tables = parsed.tables.map((t) => rerankTable(t, options.ties));
  if (options.json) {
    io.out(
      JSON.stringify(
        tables.flatMap((t) => t.rows.map((r) => jsonRow(r))),
        null,
        2,
      ),
    );
  } else {
    io.out(
      tables
        .map((t) => describeReranked(t, register.blockName.bind(register)))
        .join("\n\n"),
    );
  }
  return 0;
}

/** An .xlsx file, or a bilingual error saying why it cannot be opened. */
export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.open(file);
  } catch (e) {
    throw new CliError(
      `Không mở được sổ tính “${file}”: ${(e as Error).message}`,
      `Cannot open workbook “${file}”: ${(e as Error).message}`,
    );
  }
}

export async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ENOENT"
        ? `Không tìm thấy tệp “${file}”.`
        : `Không đọc được tệp “${file}” (${code}).`,
      code === "ENOENT"
        ? `File not found: “${file}”.`
        : `Cannot read “${file}” (${code}).`,
    );
  }
}

export function isXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b; // a zip: PK
}

function describeReranked(
  t: RerankedTable,
  blockName: (b: RerankedTable["block"] & string) => string,
): string {
  const head = [
    t.tableNo ? `Bảng ${t.tableNo}` : "Bảng",
    t.block ? blockName(t.block) : "khối chưa rõ",
    t.group ?? "nhóm chưa rõ",
    MEASURE_VI[t.measure],
  ].join(" — ");
  const decimals = t.measure === "index" ? 3 : 0;
  const rows = t.rows.map((r) => {
    const notes: string[] = [];
    if (r.difference) notes.push(DIFFERENCE_VI[r.difference]);
    if (!r.code) notes.push(`không nhận ra tên “${r.input_name}”`);
    else if (r.match.status !== "exact")
      notes.push(
        `tên “${r.input_name}”: ${r.match.notes.map((n) => NOTE_VI[n]).join(", ")}${r.match.confidence < 1 ? ` (độ tin cậy ${num(r.match.confidence, 2)})` : ""}`,
      );
    return [
      r.rank === null ? "—" : String(r.rank),
      r.published_rank === null ? "—" : String(r.published_rank),
      r.difference ? "≠" : "",
      r.agency,
      num(r.value, decimals),
      notes.join("; "),
    ];
  });
  const names = t.rows.filter((r) => r.match.status !== "exact").length;
  const summary =
    t.differences === 0
      ? `Hạng tính lại (${t.ties}) trùng với hạng công bố ở cả ${t.rows.length} cơ quan.`
      : `Hạng tính lại (${t.ties}) khác hạng công bố ở ${t.differences}/${t.rows.length} cơ quan.`;
  return [
    head,
    textTable(["Hạng", "Công bố", "", "Cơ quan", "Giá trị", "Ghi chú"], rows, [
      "r",
      "r",
      "l",
      "l",
      "r",
      "l",
    ]),
    summary + (names ? ` Tên viết khác chuẩn: ${names}.` : ""),
  ].join("\n");
}

const MEASURE_VI = {
  index: "chỉ số",
  services: "số dịch vụ công trực tuyến mức độ 3, 4",
  dossiers: "số hồ sơ trực tuyến",
} as const;

async function rankWorkbook(
  file: string,
  options: RankOptions,
  io: Io,
): Promise<number> {
  const register = getDefaultRegister();
  const wb = await openWorkbook(file);
  const read = await readWorkbook(wb, register);
  if (!read.ok)
    throw new CliError(
      `${file}: phương pháp không hợp lệ:\n${formatProblems(read.problems)}`,
      `${file}: the methodology is invalid (see above).`,
    );
  const m = {
    ...read.methodology,
    ranking: { ...read.methodology.ranking, ties: options.ties },
  };
  if (read.blocks.length === 0)
    throw new CliError(
      `${file}: không có cơ quan nào trong các trang số liệu.`,
      `${file}: no agency rows in the data sheets.`,
    );
  const tables = read.blocks.flatMap((input) =>
    rankedTablesOf(m, scoreBlock(m, input), {
      blockName: register.blockName(input.block),
      publishedRanks: read.publishedRanks,
      inputNames: read.inputNames,
    }),
  );
  if (options.json)
    io.out(
      JSON.stringify(
        tables.flatMap((t) => jsonRows(t)),
        null,
        2,
      ),
    );
  else {
    io.out(tables.map(describeWorkbookTable).join("\n\n"));
    for (const p of read.problems)
      io.err(`${p.sheet}!${p.cell}: ${p.message.vi} / ${p.message.en}`);
  }
  return 0;
}

/** The row shape of `--json`: {block, group, rank, agency, code, input_name, value, published_rank}. */
export function jsonRow(
  r: Pick<
    RankedRowOut,
    "rank" | "agency" | "input_name" | "value" | "published_rank"
  > & { block: string | null; group: string | null; code: string | null },
  extra: Record<string, unknown> = {},
) {
  const {
    block,
    group,
    rank,
    agency,
    code,
    input_name,
    value,
    published_rank,
  } = r;
  return {
    block,
    group,
    rank,
    agency,
    code,
    input_name,
    value,
    published_rank,
    ...extra,
  };
}

export function jsonRows(
  t: RankedTableOut,
  extra: Record<string, unknown> = {},
) {
  return t.rows.map((r) => jsonRow(r, extra));
}

export function describeWorkbookTable(t: RankedTableOut): string {
  const hasPublished = t.rows.some((r) => r.published_rank !== null);
  const rows = t.rows.map((r) => [
    r.rank === null ? "—" : String(r.rank),
    ...(hasPublished
      ? [
          r.published_rank === null ? "—" : String(r.published_rank),
          r.published_rank !== null && r.published_rank !== r.rank ? "≠" : "",
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
