/**
 * `chiso sensitivity FILE.xlsx [--draws N] [--spread S] [--seed K] [--points] [--aggregation]
 * [--normalisation] [--block B] [--out OUT.xlsx] [--json]`: how robust each rank of a workbook
 * is (the workbook in the template layout, e.g. the one `chiso demo` writes). Prints what was
 * varied, the bands in words and a table by rank; `--out` writes the band sheets and their
 * contents to a workbook of their own (no chart: only Excel, through the pane, draws one).
 */
import * as path from "path";
import { getDefaultRegister } from "../../core/agencies/registerEditions";
import type { BlockId } from "../../core/agencies/registerSchema";
import {
  UNCERTAINTY_DEFAULTS,
  UncertaintyOptions,
} from "../../core/scoring/uncertainty";
import { scoreWorkbook } from "../../steps/scoredWorkbook";
import {
  BlockUncertainty,
  blockWords,
  byRank,
  uncertaintyOf,
  uncertaintyWords,
  variedWords,
  writeUncertainty,
} from "../../steps/uncertainty";
import { contentsTable } from "../../steps/contents";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsxWorkbook";
import { toJson } from "../json";
import { CliError, Io } from "../cliError";
import { CLI } from "../messages";
import { Lang, localise } from "../../core/msg";
import { num, textTable } from "../format";
import { inFile, isXlsx, openWorkbook, readInput } from "../files";
import { refuseToOverwrite } from "../files";

export interface SensitivityOptions extends UncertaintyOptions {
  json: boolean;
  block?: BlockId;
  out?: string;
  force: boolean;
}

export async function sensitivityCommand(
  file: string,
  options: SensitivityOptions,
  io: Io,
): Promise<number> {
  // Writing the bands over the workbook they come from would lose it: refused before any work,
  // whatever --force says.
  if (
    options.out &&
    path.resolve(io.cwd, options.out) === path.resolve(io.cwd, file)
  )
    throw new CliError({
      vi: `--out “${options.out}” là chính tệp đầu vào; chiso không ghi đè lên số liệu nó đang đọc. Hãy chọn tên khác cho tệp kết quả.`,
      en: `--out “${options.out}” is the input file itself; chiso never writes over the figures it reads. Choose another name for the output.`,
    });
  const bytes = await readInput(file);
  if (!isXlsx(bytes))
    throw new CliError({
      vi: `“${file}” không phải sổ tính .xlsx. Phân tích độ tin cậy của hạng cần sổ tính theo mẫu (trang Phương pháp và số liệu): tạo bằng “chiso template”, hoặc dùng “chiso-demo/du-lieu-2016.xlsx” do “chiso demo” ghi ra.`,
      en: `“${file}” is not an .xlsx workbook. The rank uncertainty analysis needs a workbook in the template layout (the Phương pháp sheet and data): make one with “chiso template”, or use “chiso-demo/du-lieu-2016.xlsx” written by “chiso demo”.`,
    });
  const register = getDefaultRegister();
  const port = await openWorkbook(file);
  const scored = await inFile(file, () => scoreWorkbook(port, register));
  const blocks = scored.blocks.filter(
    (b) =>
      (!options.block || b.block === options.block) &&
      b.withFigures > 0 &&
      b.base.overall?.ranks.some((r) => r > 0),
  );
  if (blocks.length === 0)
    throw new CliError({
      vi: `“${file}”: không khối nào đủ số liệu để xếp hạng tổng hợp${options.block ? ` (khối ${options.block})` : ""}. Hãy nhập số liệu các nhóm rồi chạy lại.`,
      en: `“${file}”: no block has the figures for an overall ranking${options.block ? ` (block ${options.block})` : ""}. Enter the groups' figures and run again.`,
    });
  const result = uncertaintyOf({ ...scored, blocks }, options);

  if (options.out) {
    const out = path.resolve(io.cwd, options.out);
    await refuseToOverwrite(out, options.force);
    const title = `Độ tin cậy của thứ hạng, tính từ “${path.basename(file)}”`;
    const wb = XlsxWorkbook.create(title);
    const sheets = await writeUncertainty(wb, result);
    await wb.writeTables(
      [
        contentsTable(
          title,
          result.map((b, i) => ({
            sheet: sheets[i],
            title: `Độ tin cậy của hạng — ${b.name}`,
            about: variedWords(b.result).vi,
            agencies: b.result.rows.length,
          })),
        ),
      ],
      { owned: true },
    );
    await wb.saveAs(out);
  }
  if (options.json) io.out(toJson(jsonOf(result)));
  else io.out(describe(result, options.out, io.lang));
  return 0;
}

function jsonOf(blocks: BlockUncertainty[]) {
  const first = blocks[0].result;
  return {
    draws: first.draws,
    spread: first.spread,
    seed: first.seed,
    blocks: blocks.map((b) => ({ block: b.block, varied: b.result.varied })),
    rows: blocks.flatMap((b) =>
      byRank(b.result.rows).map((r) => ({
        agency: r.agency,
        code: r.code,
        block: b.block,
        rank: r.rank,
        rankMedian: r.median,
        rankP05: r.p05,
        rankP95: r.p95,
        top10Share: Math.round(r.top10 * 1000) / 1000,
      })),
    ),
  };
}

function describe(
  blocks: BlockUncertainty[],
  out: string | undefined,
  lang: Lang = "vi",
): string {
  const w = localise(CLI, lang);
  const lines: string[] = [];
  for (const b of blocks) {
    const said = uncertaintyWords(b);
    const varied = variedWords(b.result);
    lines.push(`${blockWords(b)[lang]} — ${varied[lang]}`, said[lang], "");
    lines.push(
      textTable(
        [w.column.rank, w.column.median, "P5–P95", "Top 10", w.column.agency],
        byRank(b.result.rows).map((r) => [
          r.rank === null ? "—" : String(r.rank),
          r.median === null ? "—" : String(r.median),
          r.p05 === null ? "—" : `${r.p05}–${r.p95}`,
          `${num(r.top10 * 100, 0, lang)}%`,
          r.agency,
        ]),
        ["r", "r", "r", "r", "l"],
      ),
      "",
    );
  }
  if (out) lines.push(w.sensitivity.written(out));
  return lines.join("\n").trimEnd();
}

/** `--draws`, `--spread`, `--seed` as typed, checked: a number in range, or a clear error. */
export function uncertaintyNumber(
  name: "draws" | "spread" | "seed",
  text: string | undefined,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.trim().replace(",", "."));
  const range = {
    draws: [1, 100_000],
    spread: [0, 0.95],
    seed: [0, 2 ** 32 - 1],
  }[name];
  const whole = name !== "spread";
  if (
    !Number.isFinite(value) ||
    (whole && !Number.isInteger(value)) ||
    value < range[0] ||
    value > range[1]
  )
    throw new CliError({
      vi: `--${name} phải là ${whole ? "số nguyên" : "số"} từ ${range[0]} đến ${String(range[1]).replace(".", ",")} (đang là “${text}”; mặc định ${String(UNCERTAINTY_DEFAULTS[name]).replace(".", ",")}).`,
      en: `--${name} must be a ${whole ? "whole number" : "number"} from ${range[0]} to ${range[1]} (got “${text}”; default ${UNCERTAINTY_DEFAULTS[name]}).`,
    });
  return value;
}
