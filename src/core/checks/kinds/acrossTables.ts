/**
 * Rules across tables, sheets or files: two copies of the same ranked table (same block, group
 * and measure) must give each agency the same value, rank and website; a summary table must
 * agree with its detail table (services by level against the Tổng cộng row; "số tỉnh có dịch
 * vụ mức độ 3" against the rows with level 3 > 0).
 */
import { isResolved } from "../../agencies/matchAgency";
import { formatVietnameseNumber } from "../../numbers/formatVietnameseNumber";
import { CheckRow, CheckTable, columnIndex } from "../checkTable";
import type { Finding } from "../finding";
import { getDefaultProfile } from "../../tables/vocabulary/profile";
import { COLUMN } from "../fromRecognised";
import { z } from "../../zodConfig";
import { cellKey, LinearConstraint } from "../constraint";
import { AnyRule, RuleKind, ruleBase } from "./kind";

/** Between tables: the same figure, rank or website for the same agency agrees. */
export const crossTableRule = z.object({
  ...ruleBase,
  kind: z.literal("cross-table"),
});
/** Between a summary table and its detail table: totals by level, counts of agencies meeting a condition. */
export const summaryRule = z.object({
  ...ruleBase,
  kind: z.literal("summary"),
});

export const CROSS_TABLE: RuleKind<z.infer<typeof crossTableRule>> = {
  kind: "cross-table",
  schema: crossTableRule,
  across: (tables, rule) => ({ findings: checkCopies(tables, rule) }),
};

export const SUMMARY: RuleKind<z.infer<typeof summaryRule>> = {
  kind: "summary",
  schema: summaryRule,
  across: (tables, rule) => {
    const summaries = checkSummaries(tables, rule);
    return {
      findings: [
        ...checkDossiersAgainstServices(tables, rule),
        ...summaries.findings,
      ],
      constraints: summaries.constraints,
    };
  },
};

const fmt = (v: number | null, d = 0) =>
  v === null
    ? "—"
    : formatVietnameseNumber(v, { decimals: Number.isInteger(v) ? 0 : d });
const where = (t: CheckTable) => `${t.source}: ${t.name}`;

export function checkCopies(tables: CheckTable[], rule: AnyRule): Finding[] {
  const findings: Finding[] = [];
  const ranked = tables.filter(
    (t) => t.kind === "ranked" && t.block && t.group,
  );
  for (let i = 0; i < ranked.length; i++) {
    for (let j = i + 1; j < ranked.length; j++) {
      const a = ranked[i];
      const b = ranked[j];
      if (a.block !== b.block || a.group !== b.group || a.measure !== b.measure)
        continue;
      const rowsOf = (t: CheckTable) => {
        const m = new Map<string, CheckRow>();
        for (const r of t.rows)
          for (const x of r.agencies)
            if (isResolved(x)) m.set(x.agency.code, r);
        return m;
      };
      const ra = rowsOf(a);
      const rb = rowsOf(b);
      const rankDiffers: string[] = [];
      for (const [code, rowB] of rb) {
        const rowA = ra.get(code);
        if (!rowA) continue;
        const name = rowB.agencies.find((x) => x.agency?.code === code)!.agency!
          .name;
        const cell = (t: CheckTable, r: CheckRow, k?: number) =>
          k === undefined ? undefined : r.cells[k];
        const [va, vb] = [
          cell(a, rowA, a.roles.value),
          cell(b, rowB, b.roles.value),
        ];
        if (va && vb && va.parsed.value !== vb.parsed.value) {
          findings.push({
            ruleId: `${rule.id}.gia-tri`,
            severity: rule.severity,
            where: vb.where,
            agency: { code, name },
            message: {
              vi: `${name}: ${where(b)} ghi ${vb.text || "—"}, ${where(a)} ghi ${va.text || "—"}`,
              en: `${name}: ${where(b)} says ${vb.text || "—"}, ${where(a)} says ${va.text || "—"}`,
            },
            expected: va.parsed.value,
            actual: vb.parsed.value,
          });
        }
        const [pa, pb] = [
          cell(a, rowA, a.roles.rank),
          cell(b, rowB, b.roles.rank),
        ];
        if (pa && pb && pa.parsed.value !== pb.parsed.value)
          rankDiffers.push(`${name} (${pa.text} / ${pb.text})`);
        const [wa, wb] = [
          cell(a, rowA, a.roles.website),
          cell(b, rowB, b.roles.website),
        ];
        const host = (s: string) =>
          s
            .toLowerCase()
            .replace(/\s+/g, "")
            .replace(/^(https?:\/\/)?(www\.)?/, "")
            .replace(/\/$/, "");
        if (wa?.text && wb?.text && host(wa.text) !== host(wb.text)) {
          findings.push({
            ruleId: `${rule.id}.trang-web`,
            severity: "warning",
            where: wb.where,
            agency: { code, name },
            message: {
              vi: `${name}: địa chỉ ${wb.text} ở ${where(b)}, ${wa.text} ở ${where(a)}`,
              en: `${name}: ${wb.text} in ${where(b)}, ${wa.text} in ${where(a)}`,
            },
            expected: wa.text,
            actual: wb.text,
          });
        }
      }
      if (rankDiffers.length) {
        const first = b.rows[0].cells[b.roles.rank ?? 0].where;
        findings.push({
          ruleId: `${rule.id}.thu-hang`,
          severity: "warning",
          where: { ...first, line: undefined, column: undefined },
          message: {
            vi: `${where(a)} và ${where(b)} xếp hạng khác nhau ở ${rankDiffers.length} cơ quan: ${rankDiffers.join(", ")}`,
            en: `${where(a)} and ${where(b)} rank ${rankDiffers.length} agencies differently: ${rankDiffers.join(", ")}`,
          },
        });
      }
    }
  }
  return findings;
}

/** Summary tables against their detail tables. Totals also become constraints for the localiser. */
export function checkSummaries(
  tables: CheckTable[],
  rule: AnyRule,
): { findings: Finding[]; constraints: LinearConstraint[] } {
  const findings: Finding[] = [];
  const constraints: LinearConstraint[] = [];
  const details = tables.filter(
    (t) => t.kind === "ranked" && t.measure === "services",
  );
  for (const summary of tables.filter(
    (t) => t.kind === "services-summary" || t.kind === "count-summary",
  )) {
    const detail =
      details.find((d) => d.block === summary.block) ??
      (details.length === 1 ? details[0] : undefined);
    if (!detail) continue;
    const levelsOf = (label: string) => getDefaultProfile().levelsOf(label);
    const part = (n: number) => columnIndex(detail, COLUMN.level(n));
    for (const row of summary.rows) {
      const levels = levelsOf(row.label).filter((n) => part(n) >= 0);
      if (levels.length === 0) continue;
      if (summary.kind === "services-summary" && levels.length === 1) {
        const stated = row.cells[columnIndex(summary, COLUMN.services)];
        const k = part(levels[0]);
        const parts = detail.rows
          .map((r) => r.cells[k])
          .filter((c) => c.parsed.value !== null);
        const sum = parts.reduce((s, c) => s + c.parsed.value!, 0);
        if (!stated || stated.parsed.value === null) continue;
        const holds = stated.parsed.value === sum;
        const finding: Finding | undefined = holds
          ? undefined
          : {
              ruleId: `${rule.id}.dich-vu`,
              severity: rule.severity,
              where: stated.where,
              message: {
                vi: `${row.label}: ${where(summary)} ghi ${fmt(stated.parsed.value)}, các dòng của ${where(detail)} cộng lại được ${fmt(sum)}`,
                en: `${row.label}: ${where(summary)} says ${fmt(stated.parsed.value)}, the rows of ${where(detail)} add up to ${fmt(sum)}`,
              },
              expected: sum,
              actual: stated.parsed.value,
            };
        if (finding) findings.push(finding);
        constraints.push({
          ruleId: `${rule.id}.dich-vu`,
          terms: [
            { cell: stated, key: cellKey(stated), coef: 1 },
            ...parts.map((c) => ({ cell: c, key: cellKey(c), coef: -1 })),
          ],
          constant: 0,
          op: "=",
          tolerance: 0,
          holds,
          finding,
        });
      }
      if (summary.kind === "count-summary") {
        const stated =
          row.cells[columnIndex(summary, COLUMN.count)] ??
          row.cells[row.cells.length - 1];
        if (!stated || stated.parsed.value === null) continue;
        // "… mức độ 3 hoặc mức độ 4": any of the levels named.
        const has = (r: CheckRow) =>
          levels.some((n) => (r.cells[part(n)].parsed.value ?? 0) > 0);
        const counted = detail.rows
          .filter(has)
          .reduce((s, r) => s + Math.max(1, r.agencies.length), 0);
        if (counted !== stated.parsed.value) {
          findings.push({
            ruleId: `${rule.id}.dem`,
            severity: rule.severity,
            where: stated.where,
            message: {
              vi: `${row.label}: ${where(summary)} ghi ${fmt(stated.parsed.value)}, ${where(detail)} có ${counted} cơ quan thỏa điều kiện`,
              en: `${row.label}: ${where(summary)} says ${fmt(stated.parsed.value)}, ${where(detail)} has ${counted} agencies meeting it`,
            },
            expected: counted,
            actual: stated.parsed.value,
          });
        }
      }
    }
  }
  return { findings, constraints };
}

/**
 * A dossiers table against the services table of its block: online dossiers at a level for
 * which the agency lists no service, and more services named than listed at that level.
 */
export function checkDossiersAgainstServices(
  tables: CheckTable[],
  rule: AnyRule,
): Finding[] {
  const findings: Finding[] = [];
  const services = tables.filter(
    (t) => t.kind === "ranked" && t.measure === "services",
  );
  for (const dossiers of tables.filter(
    (t) => t.kind === "ranked" && t.measure === "dossiers",
  )) {
    const detail = services.find((s) => s.block === dossiers.block);
    if (!detail) continue;
    const levels = dossiers.columns
      .filter((c) => c.role === "part" && c.level !== undefined)
      .map((c) => c.level!)
      .filter((n) => columnIndex(detail, COLUMN.level(n)) >= 0);
    const byCode = new Map<string, CheckRow>();
    for (const r of detail.rows)
      for (const m of r.agencies) if (m.agency) byCode.set(m.agency.code, r);
    for (const row of dossiers.rows) {
      for (const m of row.agencies) {
        const listed = m.agency && byCode.get(m.agency.code);
        if (!listed || !m.agency) continue;
        for (const level of levels) {
          const online = row.cells[columnIndex(dossiers, COLUMN.online(level))];
          const named =
            row.cells[columnIndex(dossiers, COLUMN.servicesNamed(level))];
          const count = listed.cells[columnIndex(detail, COLUMN.level(level))];
          if (!count || count.parsed.value === null) continue;
          const agency = { code: m.agency.code, name: m.agency.name };
          if ((online?.parsed.value ?? 0) > 0 && count.parsed.value === 0) {
            findings.push({
              ruleId: `${rule.id}.ho-so-khong-dich-vu`,
              severity: rule.severity,
              where: online.where,
              agency,
              message: {
                vi: `${m.agency.name}: ${fmt(online.parsed.value)} hồ sơ trực tuyến mức độ ${level} (${where(dossiers)}) nhưng ${where(detail)} ghi 0 dịch vụ mức độ ${level}`,
                en: `${m.agency.name}: ${fmt(online.parsed.value)} online dossiers at level ${level} (${where(dossiers)}) but ${where(detail)} lists no level ${level} service`,
              },
              expected: 0,
              actual: online.parsed.value,
            });
          }
          if (
            named &&
            named.parsed.value !== null &&
            named.parsed.value > count.parsed.value
          ) {
            findings.push({
              ruleId: `${rule.id}.so-dich-vu`,
              severity: "warning",
              where: named.where,
              agency,
              message: {
                vi: `${m.agency.name}: nêu ${named.parsed.value} dịch vụ mức độ ${level} (${where(dossiers)}) nhưng ${where(detail)} chỉ có ${fmt(count.parsed.value)}`,
                en: `${m.agency.name}: ${named.parsed.value} level ${level} services named (${where(dossiers)}) but ${where(detail)} lists ${fmt(count.parsed.value)}`,
              },
              expected: count.parsed.value,
              actual: named.parsed.value,
            });
          }
        }
      }
    }
  }
  return findings;
}
