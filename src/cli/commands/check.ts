/**
 * `chiso check FILE... [--json]`: checks pasted report tables (text) and workbooks (.xlsx)
 * together, with the rules across them. Exit 0 without an error-level finding, 1 with one,
 * 2 for unusable input.
 */
import * as path from "path";
import { getDefaultRegister } from "../../core/agencies/agencyRegister";
import { CheckTable, describeLocation } from "../../core/checks/checkTable";
import type { Finding, Severity } from "../../core/checks/finding";
import { checkTablesFromText } from "../../core/checks/fromText";
import { runChecks, UserRule } from "../../core/checks/runChecks";
import { checkTablesFromWorkbook } from "../../workbook/checkWorkbook";
import { CliError, Io } from "../cliError";
import { isXlsx, openWorkbook, readInput } from "./rank";

const SEVERITY_VI: Record<Severity, string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
};

export async function checkCommand(
  files: string[],
  options: { json: boolean },
  io: Io,
): Promise<number> {
  const register = getDefaultRegister();
  const tables: CheckTable[] = [];
  const userRules: UserRule[] = [];
  const readFindings: Finding[] = [];
  for (const file of files) {
    const bytes = await readInput(file);
    const source = path.basename(file);
    if (isXlsx(bytes)) {
      const wb = await openWorkbook(file);
      const read = await checkTablesFromWorkbook(wb, source, register);
      tables.push(...read.tables);
      userRules.push(...read.userRules);
      readFindings.push(...read.findings);
      if (read.tables.length === 0 && read.findings.length === 0)
        throw new CliError(
          `${file}: không có bảng số liệu nào để kiểm tra.`,
          `${file}: no table of figures to check.`,
        );
    } else {
      const text = bytes.toString("utf8");
      if (text.includes("\u0000"))
        throw new CliError(
          `“${file}” không phải tệp văn bản hay .xlsx.`,
          `“${file}” is neither a text file nor an .xlsx workbook.`,
        );
      const found = checkTablesFromText(text, source, register);
      if (found.length === 0) {
        throw new CliError(
          `${file}: không tìm thấy bảng số liệu nào (cần các dòng phân cách bằng tab, có dòng tiêu đề cột).`,
          `${file}: no table found (expected tab-separated rows under a header row).`,
        );
      }
      tables.push(...found);
    }
  }
  const report = runChecks(tables, register, userRules);
  const findings = [...readFindings, ...report.findings];
  if (options.json) io.out(JSON.stringify(findings, null, 2));
  else io.out(describe(findings, report.inferred, tables.length));
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

function describe(
  findings: Finding[],
  inferred: ReturnType<typeof runChecks>["inferred"],
  tableCount: number,
): string {
  const lines: string[] = [];
  const count = (s: Severity) =>
    findings.filter((f) => f.severity === s).length;
  lines.push(
    `Đã kiểm tra ${tableCount} bảng: ${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} thông tin.`,
  );
  for (const severity of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${SEVERITY_VI[severity]} (${group.length})`);
    for (const f of group) {
      lines.push(
        `  ${describeLocation(f.where).vi} — ${f.message.vi} [${f.ruleId}]${f.inferred ? " (quy tắc suy ra)" : ""}`,
      );
      if (f.suggestion) lines.push(`    Gợi ý: ${f.suggestion.reason.vi}`);
    }
  }
  if (inferred.length) {
    lines.push("", "Quan hệ suy ra từ hình dạng bảng (hãy xác nhận):");
    for (const r of inferred)
      lines.push(`  ${r.source}: ${r.table} — ${r.description.vi}`);
  }
  return lines.join("\n");
}
