/**
 * Regroup: a pasted table of the units before a merger carried to the units after it (63
 * provinces → the 34 units of 2025), each column by a stated rule. The result is written as a
 * table that ranks and compares like any pasted one, with the rules and the predecessors said.
 * `chiso regroup` and the pane call this.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { getRegisters } from "../core/agencies/registerEditions";
import {
  regroup,
  Regrouped,
  RegroupRule,
  ruleWords,
} from "../core/agencies/regroup";
import { checkTablesFromText } from "../core/checks/fromRecognised";
import type { Lang } from "../core/msg";
import { formatVietnameseNumber } from "../core/numbers/formatVietnameseNumber";
import type { ColumnOverrides } from "../core/tables/recognise/types";
import { UserError } from "../core/userError";
import { viDate } from "../core/agencies/registerEditions";

export interface RegroupOptions {
  /** The edition to carry the figures to (`2025`); the one in force by default. */
  to?: string;
  rule?: RegroupRule;
  overrides?: ColumnOverrides;
  /** The edition to read the table with (by default the one it fits). */
  edition?: string;
}

/** The first table of the text that lists agencies of a block, carried to `options.to`. */
export function regroupText(
  text: string,
  source: string,
  options: RegroupOptions,
): Regrouped & { table: string } {
  const registers = getRegisters();
  const to = options.to ? registers.get(options.to) : registers.latest;
  const tables = checkTablesFromText(text, source, registers.latest, {
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.edition ? { edition: options.edition } : {}),
  }).filter((t) => t.block && t.rows.some((r) => r.agencies[0]?.agency));
  if (tables.length === 0)
    throw new UserError({
      vi: "không tìm thấy bảng nào liệt kê các cơ quan của một khối (tỉnh, bộ…) để gộp.",
      en: "no table listing the agencies of a block (provinces, ministries…) was found to regroup.",
    });
  const table = tables[0];
  const from: AgencyRegister = table.edition
    ? registers.get(table.edition)
    : registers.latest;
  return { ...regroup(table, from, to, options.rule), table: table.name };
}

const figure = (v: number | null, decimals: number) =>
  v === null ? "" : formatVietnameseNumber(v, { decimals });

/**
 * The regrouped table as tab-separated text — a title that names the units and their date, a
 * header, one row per unit with the units it was formed from — then how each column was carried
 * and which units could not be computed.
 */
export function regroupedText(
  r: Regrouped & { table: string },
  lang: Lang,
): string {
  const vi = lang === "vi";
  const since = viDate(r.to.inForce.from);
  const title = vi
    ? `Số liệu${r.period ? ` năm ${r.period}` : ""} theo ${r.units.length} đơn vị hiện hành, gộp từ các đơn vị tiền thân trong “${r.table}”`
    : `Figures${r.period ? ` of ${r.period}` : ""} of the ${r.units.length} units now in force, carried from their predecessors in “${r.table}”`;
  // The register's year is said below the table: in the title it would be taken for the period.
  const register = vi
    ? `Danh mục đơn vị ${r.to.edition} (từ ${since}); các đơn vị tiền thân theo danh mục ${r.from.edition}.`
    : `The ${r.to.edition} agency register (from ${since}); predecessors as listed in the ${r.from.edition} register.`;
  const header = [
    vi ? "TT" : "No.",
    vi ? "Đơn vị" : "Unit",
    ...r.columns.map((c) => c.header),
    vi ? "Gộp từ" : "Formed from",
  ];
  const rows = r.units.map((u, i) => [
    String(i + 1),
    u.agency.name,
    ...u.values.map((v, k) => figure(v, r.columns[k].decimals)),
    u.predecessors.map((p) => p.agency.name).join("; "),
  ]);
  const how = howSaid(r, lang);
  const notes = [
    register,
    vi
      ? `Cách gộp (mỗi đơn vị từ đúng các đơn vị tiền thân trong danh mục): ${how}${r.population ? ` (trọng số: cột “${r.population}”)` : ""}.`
      : `How each column was carried (each unit from exactly its predecessors in the register): ${how}${r.population ? ` (weights: the “${r.population}” column)` : ""}.`,
    vi
      ? "Số đã làm tròn đến số chữ số thập phân của cột gốc."
      : "Figures rounded to the decimals of the original column.",
  ];
  const missing = r.units.filter((u) => u.missing.length);
  if (missing.length)
    notes.push(
      ...missing.map((u) =>
        vi
          ? `${u.agency.name}: không tính được vì bảng không có ${u.missing.map((a) => a.name).join(", ")}.`
          : `${u.agency.name}: not computed, as the table does not list ${u.missing.map((a) => a.name).join(", ")}.`,
      ),
    );
  return [
    title,
    ...[header, ...rows].map((cells) => cells.join("\t")),
    "",
    ...notes,
  ].join("\n");
}

/** How each column was carried, by rule: `trung bình cộng: DTI, Nhận thức số; tổng: Số dịch vụ`. */
export function howSaid(r: Regrouped, lang: Lang): string {
  const byRule = new Map<string, string[]>();
  for (const c of r.columns) {
    const words = ruleWords(c)[lang];
    byRule.set(words, [...(byRule.get(words) ?? []), c.header]);
  }
  return [...byRule]
    .map(([words, headers]) => `${words}: ${headers.join(", ")}`)
    .join("; ");
}

/** `--json`: one object per unit, the figures by column, and its predecessors' figures. */
export function regroupedJson(r: Regrouped) {
  const byColumn = (values: (number | null)[]) =>
    Object.fromEntries(r.columns.map((c, k) => [c.header, values[k]]));
  return r.units.map((u) => ({
    agency: u.agency.name,
    code: u.agency.code,
    values: byColumn(u.values),
    predecessors: u.predecessors.map((p) => ({
      agency: p.agency.name,
      code: p.agency.code,
      values: byColumn(p.values),
    })),
    ...(u.missing.length ? { missing: u.missing.map((a) => a.name) } : {}),
  }));
}
