/** Values in range by column kind, and the tell-tales of a number read in the wrong locale. */
import { z } from "../../zodConfig";
import type { CheckTable } from "../checkTable";
import type { Finding } from "../finding";
import { agencyOf, fmt } from "./cellWords";
import { AnyRule, RuleKind, ruleBase } from "./kind";

/** Values in range by column kind: index [0, 1], percent [0, 100], counts ≥ 0; and locale misreads. */
export const rangeRule = z.object({ ...ruleBase, kind: z.literal("range") });

export const RANGE: RuleKind<z.infer<typeof rangeRule>> = {
  kind: "range",
  schema: rangeRule,
  check: (rule, run) => {
    const findings = checkRanges(run.table, rule);
    // A row whose value is out of range: its rank is not blamed for it.
    const valueCol = run.table.roles.value;
    for (const f of findings) {
      if (f.severity !== "error" || valueCol === undefined) continue;
      const row = run.table.rows.find(
        (r) => r.cells[valueCol].where === f.where,
      );
      if (row) run.outOfRange.add(row);
    }
    return { findings, count: rangeChecked(run.table) };
  },
};

/** Index in [0, 1], percentage in [0, 100], counts whole and not negative, and the tell-tales of a locale misread. */
export function checkRanges(table: CheckTable, rule: AnyRule): Finding[] {
  const findings: Finding[] = [];
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  const byRow = table.variables === "rows";
  for (const row of rows) {
    table.columns.forEach((column, k) => {
      // Where rows are variables, a figure's kind is its row's.
      const col =
        byRow && column.role === "value" && row.kind
          ? { ...column, kind: row.kind }
          : column;
      const c = row.cells[k];
      const v = c.parsed.value;
      const at = (
        severity: Finding["severity"],
        suffix: string,
        message: Finding["message"],
        expected?: number | null,
      ): Finding => ({
        ruleId: `${rule.id}.${suffix}`,
        severity,
        where: c.where,
        ...(agencyOf(row) ? { agency: agencyOf(row) } : {}),
        message,
        ...(expected !== undefined ? { expected } : {}),
        actual: v ?? c.text,
      });
      if (
        ["index", "count", "percent", "rank", "number"].includes(col.kind) &&
        c.parsed.missingReason === "not-a-number"
      ) {
        findings.push(
          at("warning", "khong-phai-so", {
            vi: `“${c.text}” không phải là số`,
            en: `“${c.text}” is not a number`,
          }),
        );
        return;
      }
      if (v === null) return;
      if (c.parsed.ambiguity?.resolvedBy === "expected-kind") {
        findings.push(
          at("warning", "dinh-dang", {
            vi: `“${c.text}” viết theo kiểu dấu phân cách tiếng Anh; đọc là ${fmt(v)}`,
            en: `“${c.text}” uses English separators; read as ${fmt(v)}`,
          }),
        );
      }
      if (col.kind === "index" && (v < 0 || v > 1)) {
        const likely =
          v > 1 && Number.isInteger(v) && v <= 1000 && c.parsed.decimals === 0
            ? v / 10 ** String(v).length
            : undefined;
        findings.push(
          at(
            "error",
            "chi-so",
            likely !== undefined
              ? {
                  vi: `Chỉ số ${fmt(v)} nằm ngoài [0, 1]; có lẽ là ${fmt(likely, String(v).length)} bị đọc sai dấu thập phân`,
                  en: `Index ${fmt(v)} is outside [0, 1]; most likely ${fmt(likely, String(v).length)} read with the wrong decimal mark`,
                }
              : {
                  vi: `Chỉ số ${fmt(v)} nằm ngoài [0, 1]`,
                  en: `Index ${fmt(v)} is outside [0, 1]`,
                },
            likely ?? null,
          ),
        );
      }
      if (col.kind === "percent" && (v < 0 || v > 100)) {
        findings.push(
          at("warning", "ty-le", {
            vi: `Tỷ lệ ${fmt(v, 2)}% nằm ngoài [0, 100]`,
            en: `Percentage ${fmt(v, 2)}% is outside [0, 100]`,
          }),
        );
      }
      if (col.kind === "count" && (v < 0 || !Number.isInteger(v))) {
        findings.push(
          at("error", "so-luong", {
            vi: `Số lượng ${fmt(v)} phải là số nguyên không âm`,
            en: `Count ${fmt(v)} must be a whole number ≥ 0`,
          }),
        );
      }
    });
  }
  return findings;
}

/** Cells with a figure the range rule looked at. */
function rangeChecked(table: CheckTable): number {
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  let n = 0;
  for (const row of rows)
    for (const c of row.cells) if (c.parsed.value !== null) n++;
  return n;
}
