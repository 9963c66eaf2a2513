/** Values in range by column kind, and the tell-tales of a number read in the wrong locale. */
import { z } from "../../zodConfig";
import type { CheckTable } from "../checkTable";
import type { Finding } from "../finding";
import { getDefaultProfile } from "../../tables/vocabulary/profile";
import { notANumber } from "../../numbers/notANumber";
import { agencyOf, fmt } from "./cellWords";
import { AnyRule, RuleKind, ruleBase } from "./kind";

/** Values in range by column kind: index [0, 1], percent [0, 100], counts ≥ 0; and locale misreads. */
export const rangeRule = z.object({ ...ruleBase, kind: z.literal("range") });

export const RANGE: RuleKind<z.infer<typeof rangeRule>> = {
  kind: "range",
  schema: rangeRule,
  check: (rule, run) => {
    const findings = checkRanges(run.table, rule);
    // A row whose value is out of range (or beyond its column's scale): its rank is not blamed for it.
    const valueCol = run.table.roles.value;
    for (const f of findings) {
      const outside = f.severity === "error" || f.ruleId.endsWith(".chi-so");
      if (!outside || valueCol === undefined) continue;
      const row = run.table.rows.find(
        (r) => r.cells[valueCol].where === f.where,
      );
      if (row) run.outOfRange.add(row);
    }
    return { findings, count: rangeChecked(run.table) };
  },
};

/**
 * The scale of an index column: [0, 1] on a workbook's sheet (the methodology's); else what its
 * header names (`Chỉ số (%)`, `Điểm (tối đa 1.000)`); else what its values say. Most values in
 * [0, 1] make it [0, 1], and the others errors (`817` for `0,817`); otherwise the smallest of
 * 10, 100 and 1,000 that holds nine values in ten, uncertain: a value beyond it is a warning.
 */
export interface Scale {
  max: number;
  certain: boolean;
}

export function indexScale(
  table: CheckTable,
  k: number,
  rows: CheckTable["rows"],
): Scale {
  if (table.sheet !== undefined) return { max: 1, certain: true };
  const named = namedScale(table.columns[k].header);
  if (named) return named;
  const values = rows
    .map((r) => r.cells[k]?.parsed.value)
    .filter((v): v is number => v !== null && v !== undefined)
    .sort((a, b) => a - b);
  const inUnit = values.filter((v) => v >= 0 && v <= 1).length;
  if (values.length === 0 || inUnit * 2 >= values.length)
    return { max: 1, certain: true };
  const p90 = values[Math.floor(0.9 * (values.length - 1))];
  const max = [10, 100, 1000].find((m) => p90 <= m);
  return max ? { max, certain: false } : { max: Infinity, certain: false };
}

function namedScale(header: string): Scale | undefined {
  const max = getDefaultProfile().scaleOf(header);
  return max === undefined ? undefined : { max, certain: true };
}

/** The same figures as an earlier column in every row: a repeat (two headers over one figure), checked once. */
function repeats(table: CheckTable, rows: CheckTable["rows"]): Set<number> {
  const out = new Set<number>();
  const seen = new Map<string, number>();
  table.columns.forEach((_, k) => {
    const values = rows.map((r) => r.cells[k]?.parsed.value ?? null);
    if (values.every((v) => v === null)) return;
    const key = values.join("|");
    if (seen.has(key)) out.add(k);
    else seen.set(key, k);
  });
  return out;
}

/** Index within its scale, percentage in [0, 100], counts whole and not negative, and the tell-tales of a locale misread. */
export function checkRanges(table: CheckTable, rule: AnyRule): Finding[] {
  const findings: Finding[] = [];
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  const byRow = table.variables === "rows";
  const repeated = byRow ? new Set<number>() : repeats(table, rows);
  const scales = new Map<number, Scale>();
  const scaleOf = (k: number) => {
    let s = scales.get(k);
    if (!s) scales.set(k, (s = indexScale(table, k, rows)));
    return s;
  };
  for (const row of rows) {
    table.columns.forEach((column, k) => {
      if (repeated.has(k)) return;
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
        findings.push(at("warning", "khong-phai-so", notANumber(c.text)));
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
      // Rows as variables: a row's figures are of its own kind, not on one column's scale. Points
      // (a score) have a range only where the header names their maximum.
      const scale =
        col.kind === "index"
          ? byRow
            ? { max: 1, certain: true }
            : scaleOf(k)
          : col.kind === "number" && !byRow && table.sheet === undefined
            ? namedScale(table.columns[k].header)
            : undefined;
      if (scale && (v < 0 || v > scale.max)) {
        const likely =
          scale.max === 1 &&
          v > 1 &&
          Number.isInteger(v) &&
          v <= 1000 &&
          c.parsed.decimals === 0
            ? v / 10 ** String(v).length
            : undefined;
        const range = `[0, ${fmt(scale.max)}]`;
        const what =
          col.kind === "index"
            ? { vi: "Chỉ số", en: "Index" }
            : { vi: "Điểm", en: "Score" };
        findings.push(
          at(
            scale.certain || v < 0 ? "error" : "warning",
            "chi-so",
            likely !== undefined
              ? {
                  vi: `Chỉ số ${fmt(v)} nằm ngoài [0, 1]; có lẽ là ${fmt(likely, String(v).length)} bị đọc sai dấu thập phân`,
                  en: `Index ${fmt(v)} is outside [0, 1]; most likely ${fmt(likely, String(v).length)} read with the wrong decimal mark`,
                }
              : scale.certain
                ? {
                    vi: `${what.vi} ${c.text.trim()} nằm ngoài ${range}`,
                    en: `${what.en} ${c.text.trim()} is outside ${range}`,
                  }
                : {
                    vi: `${what.vi} ${c.text.trim()} vượt ${range}, thang mà các giá trị khác của cột cho thấy`,
                    en: `${what.en} ${c.text.trim()} is beyond ${range}, the scale the column's other values show`,
                  },
            likely ?? null,
          ),
        );
      }
      if (col.kind === "percent" && (v < 0 || v > 100)) {
        findings.push(
          // A share is never above 100 nor below 0: the scale is certain.
          at("error", "ty-le", {
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
