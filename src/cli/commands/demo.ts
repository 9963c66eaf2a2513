/**
 * `chiso demo [--out DIR] [--json]`: the main job on the embedded 2016 data. Builds the sample
 * workbook from the published tables and writes it (DIR/du-lieu-2016.xlsx: the structured
 * sheets a user edits, on which every command runs), reads it back as a user's workbook would
 * be read, ranks every group, computes an overall index two ways (mean of the group indices;
 * mean of the group ranks, online services ranked by their count as in 2016) and writes every
 * ranked table to DIR/xep-hang-2016.xlsx.
 */
import { mkdirSync } from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../core/agencies/registerEditions";
import { getPreset } from "../../core/methodology/presets";
import { buildSample2016 } from "../../demo/sample2016";
import { buildSampleDti, DTI_SAMPLE_NOTE } from "../../demo/sampleDti";
import { assessedYear } from "../../core/methodology/methodologySchema";
import {
  dataTables,
  methodologyTables,
  registerTable,
  rulesTable,
} from "../../workbook/sheets";
import { rankedTables } from "../../steps/rank";
import { contentsTable, inputSheetsContents } from "../../steps/contents";
import {
  methodWords,
  rankedTableToWrite,
  RankedTableOut,
  resultSheetName,
} from "../../steps/rankedTables";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsxWorkbook";
import { CliError, Io } from "../cliError";
import { CLI } from "../messages";
import { Lang, localise } from "../../core/msg";
import { num } from "../format";
import { jsonRows, toJson } from "../json";
import { refuseToOverwrite } from "../files";

export const DEMO_FILE = "xep-hang-2016.xlsx";
export const DEMO_INPUT = "du-lieu-2016.xlsx";
/** The DTI example: made-up main indices ranked with Decision 922's points. */
export const DEMO_DTI = "dti-tu-tao.xlsx";

export async function demoCommand(
  options: { out: string; json: boolean; force: boolean },
  io: Io,
): Promise<number> {
  const register = getDefaultRegister();
  const m = getPreset("mic-2016");
  const file = path.resolve(io.cwd, options.out, DEMO_FILE);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (e) {
    throw new CliError({
      vi: `Không tạo được thư mục “${options.out}”: ${(e as Error).message}`,
      en: `Cannot create folder “${options.out}”: ${(e as Error).message}`,
    });
  }
  const input = path.resolve(io.cwd, options.out, DEMO_INPUT);
  const dtiFile = path.resolve(io.cwd, options.out, DEMO_DTI);
  await refuseToOverwrite(file, options.force);
  await refuseToOverwrite(input, options.force);
  await refuseToOverwrite(dtiFile, options.force);

  const sample = buildSample2016(register);
  const wb = XlsxWorkbook.create("Chỉ số ứng dụng CNTT năm 2016: số liệu");
  await wb.writeTables(
    [
      ...methodologyTables(m),
      rulesTable(),
      registerTable(m, register),
      ...dataTables(m, register, sample.values),
    ],
    { owned: false },
  );
  await wb.saveAs(input);

  // Ranked the way `chiso rank` and the pane rank a user's workbook, with two overall indices:
  // the mean of the group indices, and the mean of the group ranks.
  const { tables, read } = await rankedTables(wb, register, {
    overalls: [
      { method: "weighted-arithmetic", decimals: 3 },
      { method: "mean-rank", decimals: 2 },
    ],
  });
  if (read.problems.length)
    throw new Error(
      `the sample workbook does not read back: ${read.problems[0].message.en}`,
    );

  await wb.writeTables(
    [
      contentsTable(
        `Xếp hạng năm 2016 tính lại từ các bảng đã công bố (${sample.sources.join(", ")})`,
        [
          ...tables.map((t) => ({
            sheet: resultSheetName(t),
            title: t.title,
            about: methodWords(t),
            agencies: t.rows.length,
          })),
          ...inputSheetsContents(m),
        ],
      ),
      ...tables.map((t) => rankedTableToWrite(t)),
    ],
    { owned: true },
  );
  wb.workbook.title = "Chỉ số ứng dụng CNTT năm 2016: xếp hạng tính lại";
  await wb.saveAs(file);

  const dti = await dtiExample(dtiFile, register);

  if (options.json) {
    io.out(
      toJson(
        tables.flatMap((t) =>
          jsonRows(t, { method: t.method, sheet: resultSheetName(t) }),
        ),
      ),
    );
    return 0;
  }
  const lang = io.lang ?? "vi";
  io.out(summary(tables, file, (b) => register.blockName(b, lang), lang));
  io.out(`\n${localise(CLI, lang).demo.input(input)}`);
  io.out(`\n${dtiSummary(dti, dtiFile, lang)}`);
  return 0;
}

/**
 * The DTI end to end, on made-up main indices: a workbook of Decision 922's methodology (its
 * points on the Phương pháp sheet), the indices in its data sheets, the DTI computed from the
 * points and ranked, written beside the inputs in one file, said to be made up.
 */
async function dtiExample(
  file: string,
  register: ReturnType<typeof getDefaultRegister>,
): Promise<RankedTableOut> {
  const preset = getPreset("dti-tinh-922");
  const m = { ...preset, year: assessedYear(preset) };
  const wb = XlsxWorkbook.create(`DTI cấp tỉnh: ${DTI_SAMPLE_NOTE.vi}`);
  await wb.writeTables(
    [
      ...methodologyTables(m),
      rulesTable(),
      registerTable(m, register),
      ...dataTables(m, register, buildSampleDti(register, m.groups, m.year!)),
    ],
    { owned: false },
  );
  const { tables, read } = await rankedTables(wb, register);
  if (read.problems.length)
    throw new Error(
      `the DTI sample does not read back: ${read.problems[0].message.en}`,
    );
  const overall = tables.find((t) => t.group === "TH")!;
  await wb.writeTables(
    [
      contentsTable(
        `DTI cấp tỉnh tính từ các chỉ số chính theo điểm của Quyết định 922/QĐ-BTTTT — ${DTI_SAMPLE_NOTE.vi}`,
        [
          {
            sheet: resultSheetName(overall),
            title: overall.title,
            about: methodWords(overall),
            agencies: overall.rows.length,
          },
          ...inputSheetsContents(m),
        ],
      ),
      rankedTableToWrite(overall),
    ],
    { owned: true },
  );
  wb.workbook.title = `DTI cấp tỉnh (${DTI_SAMPLE_NOTE.vi})`;
  await wb.saveAs(file);
  return overall;
}

function dtiSummary(t: RankedTableOut, file: string, lang: Lang): string {
  const w = localise(CLI, lang).demo;
  const show = (rs: RankedTableOut["rows"]) =>
    rs
      .map((r) => `${r.rank}. ${r.agency} (${num(r.value, t.decimals, lang)})`)
      .join(", ");
  const ranked = t.rows.filter((r) => r.rank !== null);
  return w.dti(
    file,
    DTI_SAMPLE_NOTE[lang],
    show(ranked.slice(0, 3)),
    ranked.length,
  );
}

function summary(
  tables: RankedTableOut[],
  file: string,
  blockName: (b: RankedTableOut["block"]) => string,
  lang: Lang,
): string {
  const w = localise(CLI, lang).demo;
  const lines = [w.written(tables.length, file), ""];
  for (const block of [...new Set(tables.map((t) => t.block))]) {
    const own = tables.filter((t) => t.block === block);
    lines.push(`${blockName(block)} (${w.agencies(own[0].rows.length)})`);
    const differing = own.flatMap((t) =>
      t.rows
        .filter((r) => r.publishedRank !== null && r.publishedRank !== r.rank)
        .map((r) =>
          w.differs(t.group, r.agency, r.publishedRank ?? null, r.rank),
        ),
    );
    lines.push(
      differing.length
        ? w.differing(differing.length, differing.join("; "))
        : w.allAgree,
    );
    for (const t of own.filter((x) => x.group === "TH")) {
      const ranked = t.rows.filter((r) => r.rank !== null);
      const show = (rs: typeof ranked) =>
        rs
          .map(
            (r) => `${r.rank}. ${r.agency} (${num(r.value, t.decimals, lang)})`,
          )
          .join(", ");
      lines.push(
        w.ends(t.method, show(ranked.slice(0, 3)), show(ranked.slice(-3))),
      );
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}
