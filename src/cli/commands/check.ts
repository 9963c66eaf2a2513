/**
 * `chiso check FILE... [--json]`: checks pasted report tables (text) and workbooks (.xlsx)
 * together, with the rules across them. Says first what each table was understood to be and
 * what was checked in it. Exit 0 without an error-level finding, 1 with one, 2 for unusable input
 * (nothing found, or nothing that could be checked).
 */
import * as path from "path";
import { getDefaultRegister } from "../../core/agencies/registerEditions";
import { describeLocation } from "../../core/checks/checkTable";
import { Finding, SEVERITY, Severity } from "../../core/checks/finding";
import { checkTablesFromText } from "../../core/checks/fromRecognised";
import { readTables } from "../../core/tables/readTables";
import type { CheckReport, TableReport } from "../../core/checks/runChecks";
import type { ColumnOverrides } from "../../core/tables/recognise/types";
import { checkInputs } from "../../steps/check";
import { compositeRuleOf } from "../../core/checks/methodologyRules";
import { RULES } from "../../core/checks/defaultRules";
import type { Methodology } from "../../core/methodology/methodologySchema";
import { tablesToCheck, WorkbookCheckInput } from "../../steps/tablesToCheck";
import { CliError, Io, sayBoth } from "../cliError";
import { checkOverrideColumns } from "../options";
import { formatCount } from "../format";
import { CLI } from "../messages";
import { Lang, localise } from "../../core/msg";
import { inFile, isXlsx, openWorkbook, readInput, textOf } from "../files";

export interface CheckOptions {
  json: boolean;
  overrides?: ColumnOverrides;
  /** The register edition to read pasted tables with (by default the one each fits). */
  edition?: string;
  /** Composites weighed by this methodology's weights instead of inferred (`--methodology`). */
  methodology?: Methodology;
}

export async function checkCommand(
  files: string[],
  options: CheckOptions,
  io: Io,
): Promise<number> {
  const register = getDefaultRegister();
  const inputs: WorkbookCheckInput[] = [];
  for (const file of files) {
    const bytes = await readInput(file);
    const source = path.basename(file);
    if (isXlsx(bytes)) {
      const wb = await openWorkbook(file);
      inputs.push(
        await inFile(file, () => tablesToCheck(wb, source, register)),
      );
    } else {
      const text = textOf(bytes, file);
      const found = await inFile(file, async () =>
        checkTablesFromText(text, source, register, {
          ...(options.overrides ? { overrides: options.overrides } : {}),
          ...(options.edition ? { edition: options.edition } : {}),
        }),
      );
      if (options.overrides)
        checkOverrideColumns(
          options.overrides,
          readTables(text, register, { overrides: options.overrides }),
        );
      if (found.length === 0)
        throw new CliError({
          vi: `${file}: không tìm thấy bảng số liệu nào (cần các dòng có ô phân cách bằng tab, mỗi ô một dòng, hoặc các dòng “hạng tên giá trị”, có dòng tiêu đề cột).`,
          en: `${file}: no table found (expected rows of tab-separated cells, one cell per line, or “rank name value” lines, under a header row).`,
        });
      const composite =
        options.methodology && compositeRuleOf(options.methodology);
      inputs.push({
        tables: found,
        userRules: composite ? [{ rule: composite }] : [],
        findings: [],
        unchecked: [],
      });
    }
  }
  const report = checkInputs(inputs, register);
  const { findings, unchecked } = report;
  const readFindings = inputs.flatMap((i) => i.findings);
  const checkedAny = report.tables.some((t) => t.checked.length > 0);
  if (options.json)
    io.out(
      JSON.stringify(
        {
          tables: [
            ...report.tables,
            ...unchecked.map((u) => ({ ...u, checked: [] })),
          ],
          findings,
          inferred: report.inferred,
        },
        null,
        2,
      ),
    );
  else io.out(describe(findings, report, unchecked, checkedAny, io.lang));
  if (!checkedAny && readFindings.length === 0) {
    io.err(
      sayBoth(
        new CliError({
          vi: "không kiểm tra được quan hệ nào trong các bảng đã đọc (xem mô tả từng bảng ở trên).",
          en: "no relation could be checked in the tables read (see each table above).",
        }),
      ),
    );
    return 2;
  }
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** How a table was read and what was checked in it, in one line. */
export function tableLine(t: TableReport, lang: Lang = "vi"): string {
  const w = localise(CLI, lang).check;
  const what = t.understood?.[lang] ?? `${t.name}`;
  const checks = t.checked.length
    ? `${w.checked}: ${t.checked.map((c) => `${c.rule} (${formatCount(c.count, lang)})`).join(", ")}`
    : w.nothing;
  return `${t.source}: ${what} — ${checks}`;
}

function describe(
  findings: Finding[],
  report: CheckReport,
  unchecked: WorkbookCheckInput["unchecked"],
  checkedAny: boolean,
  lang: Lang = "vi",
): string {
  const w = localise(CLI, lang).check;
  const lines: string[] = [];
  const count = (s: Severity) =>
    findings.filter((f) => f.severity === s).length;
  const relations = report.tables.reduce(
    (s, t) => s + t.checked.reduce((n, c) => n + c.count, 0),
    0,
  );
  const checkedTables = report.tables.filter((t) => t.checked.length).length;
  const own = unchecked.filter((u) => u.ownResult).length;
  lines.push(
    report.tables.length === 0 && own > 0 && own === unchecked.length
      ? w.onlyOwn(own)
      : checkedAny
        ? w.summary(
            report.tables.length + unchecked.length,
            checkedTables,
            formatCount(relations, lang),
            count("error"),
            count("warning"),
            count("info"),
          )
        : w.nothingChecked(report.tables.length + unchecked.length),
  );
  if (checkedAny && findings.length === 0) lines.push(w.noFindings);
  lines.push("", w.tablesRead);
  for (const t of report.tables) {
    lines.push(`  ${tableLine(t, lang)}`);
    // A relation checked by a methodology's weights: which columns, how, by whose weights.
    for (const c of t.checked)
      if (
        c.rule === RULES.composite.id &&
        c.description.vi !== RULES.composite.description.vi
      )
        lines.push(`    ${c.rule}: ${c.description[lang]}`);
  }
  for (const u of unchecked)
    lines.push(`  ${u.source}: ${u.name} — ${u.why[lang]}`);
  for (const severity of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${SEVERITY[severity][lang]} (${group.length})`);
    for (const f of group) {
      lines.push(
        `  ${describeLocation(f.where)[lang]} — ${f.message[lang]} [${f.ruleId}]${f.inferred ? w.inferredRule : ""}`,
      );
      if (f.suggestion)
        lines.push(`    ${w.suggestion}: ${f.suggestion.reason[lang]}`);
    }
  }
  if (report.inferred.length) {
    lines.push("", w.inferred);
    for (const r of report.inferred)
      lines.push(`  ${r.source}: ${r.table} — ${r.description[lang]}`);
  }
  return lines.join("\n");
}
