/**
 * Step 3, check: the workbook's tables checked (the template's group sheets and published
 * rankings, or any workbook's sheets read like pasted tables), the findings marked on their
 * cells and listed on a sheet of their own. `chiso check` reads the same tables.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { Finding, SEVERITY } from "../core/checks/finding";
import { CheckReport, runChecks } from "../core/checks/runChecks";
import { formatNumber } from "../core/numbers/formatNumber";
import type { Lang } from "../core/userError";
import type { TableToWrite, WorkbookPort } from "../workbook/workbookPort";
import { column, HEADER, outputTable, TEXT } from "./outputColumns";
import { tablesToCheck, WorkbookCheckInput } from "./tablesToCheck";

export const FINDINGS_SHEET = "Phát hiện";

export type WorkbookReport = CheckReport & {
  /** Sheets and blocks not checked, and why (no figures yet, missing, empty). */
  unchecked: WorkbookCheckInput["unchecked"];
};

/**
 * The check itself, on tables read from one or more sources (a workbook, pasted text), together,
 * so that the rules across tables see them all: the findings of reading first, then those of
 * the rules. Writes nothing; the pane's step and `chiso check` both call it.
 */
export function checkInputs(
  inputs: WorkbookCheckInput[],
  register: AgencyRegister,
): WorkbookReport {
  const report = runChecks(
    inputs.flatMap((i) => i.tables),
    register,
    inputs.flatMap((i) => i.userRules),
  );
  return {
    ...report,
    findings: [...inputs.flatMap((i) => i.findings), ...report.findings],
    unchecked: inputs.flatMap((i) => i.unchecked),
  };
}

/**
 * Checks the workbook; marks the findings on their cells and lists them on a sheet of its own.
 * The report says what each table was understood to be and what was checked in it.
 */
export async function checkWorkbook(
  port: WorkbookPort,
  register: AgencyRegister,
  source = "Sổ tính",
  lang: Lang = "vi",
): Promise<WorkbookReport> {
  const report = checkInputs(
    [await tablesToCheck(port, source, register)],
    register,
  );
  const findings = report.findings;
  const w = FINDINGS_WORDS[lang];
  await port.markCells(
    findings
      .filter((f) => f.where.cell)
      .map((f) => ({
        sheet: f.where.table,
        cell: f.where.cell!,
        severity: f.severity,
        note: `${SEVERITY[f.severity][lang]}: ${f.message[lang]}${f.suggestion ? `\n${w.suggestion}: ${f.suggestion.reason[lang]}` : ""}`,
      })),
  );
  const checked = report.tables.reduce(
    (s, t) => s + t.checked.reduce((n, c) => n + c.count, 0),
    0,
  );
  await port.writeTables([findingsTable(findings, checked, lang)], {
    owned: true,
  });
  return report;
}

const FINDINGS_WORDS = {
  vi: {
    suggestion: "Gợi ý",
    title: (checked: number, n: number) =>
      checked
        ? `Phát hiện khi kiểm tra (${formatNumber(checked, { lang: "vi" })} lần áp quy tắc): ${n}`
        : `Chưa kiểm tra được quan hệ nào (không có số liệu để kiểm tra); phát hiện: ${n}`,
  },
  en: {
    suggestion: "Suggestion",
    title: (checked: number, n: number) =>
      checked
        ? `Findings of the check (${formatNumber(checked, { lang: "en" })} rule applications): ${n}`
        : `No relation could be checked (no figures to check); findings: ${n}`,
  },
};

function findingsTable(
  findings: Finding[],
  checked: number,
  lang: Lang,
): TableToWrite {
  return outputTable<Finding>(
    {
      sheet: FINDINGS_SHEET,
      tableName: "PhatHien",
      title: FINDINGS_WORDS[lang].title(checked, findings.length),
      columns: [
        column(
          { vi: "Mức độ", en: "Severity" },
          TEXT,
          (f) => SEVERITY[f.severity][lang],
        ),
        // A link to the cell: `Sheet!D7`.
        column({ vi: "Ô", en: "Cell" }, { kind: "link" }, (f) =>
          f.where.cell ? `${f.where.table}!${f.where.cell}` : f.where.table,
        ),
        column(HEADER.agency, TEXT, (f) => f.agency?.name ?? ""),
        column({ vi: "Nội dung", en: "Finding" }, TEXT, (f) => f.message[lang]),
        column(
          { vi: "Gợi ý", en: "Suggestion" },
          TEXT,
          (f) => f.suggestion?.reason[lang] ?? "",
        ),
        column({ vi: "Quy tắc", en: "Rule" }, TEXT, (f) => f.ruleId),
      ],
      rows: findings,
    },
    lang,
  );
}
