/**
 * The agencies of a ranked table against the register: each agency of the block once, names
 * resolved (variants reported with the canonical name), websites that belong to the agency.
 */
import type { AgencyRegister } from "../agencies/agencyRegister";
import { isResolved } from "../agencies/matchAgency";
import type { CheckTable, Location } from "./checkTable";
import type { Finding } from "./finding";
import type { Rule } from "./ruleSchema";

const NOTE: Record<string, [string, string]> = {
  case: ["chữ hoa/thường", "letter case"],
  spacing: ["khoảng trắng", "spacing"],
  punctuation: ["dấu câu/gạch nối", "punctuation or hyphen"],
  "tone-placement": ["vị trí dấu thanh", "tone-mark placement"],
  prefix: ["tiền tố TP./Tỉnh", "TP./Tỉnh prefix"],
  alias: ["tên gọi khác", "another name"],
  abbreviation: ["viết tắt", "abbreviation"],
  diacritics: ["thiếu hoặc sai dấu", "missing or wrong diacritics"],
  typo: ["gõ sai", "typing error"],
};

export function checkRegister(
  table: CheckTable,
  rule: Rule,
  register: AgencyRegister,
): Finding[] {
  const nameCol = table.roles.name;
  if (nameCol === undefined) return [];
  const findings: Finding[] = [];
  const seen = new Map<string, Location>();
  const push = (
    suffix: string,
    severity: Finding["severity"],
    where: Location,
    message: Finding["message"],
    agency?: Finding["agency"],
    expected?: string | null,
    actual?: string | null,
  ) =>
    findings.push({
      ruleId: `${rule.id}.${suffix}`,
      severity,
      where,
      ...(agency ? { agency } : {}),
      message,
      ...(expected !== undefined ? { expected } : {}),
      ...(actual !== undefined ? { actual } : {}),
    });

  for (const row of table.rows) {
    const where = row.cells[nameCol].where;
    for (const m of row.agencies) {
      if (!isResolved(m)) {
        const near = m.candidates
          .slice(0, 3)
          .map((c) => c.agency.name)
          .join(", ");
        push(
          "khong-ro",
          "error",
          where,
          {
            vi: `Không nhận ra cơ quan “${m.name}”${near ? `; gần nhất: ${near}` : ""}`,
            en: `Unknown agency “${m.name}”${near ? `; nearest: ${near}` : ""}`,
          },
          { name: m.name },
          m.candidates[0]?.agency.name ?? null,
          m.name,
        );
        continue;
      }
      const a = m.agency;
      const agency = { code: a.code, name: a.name };
      if (table.block && a.block !== table.block) {
        push(
          "sai-khoi",
          "error",
          where,
          {
            vi: `${a.name} không thuộc khối ${register.blockName(table.block)}`,
            en: `${a.name} is not in the block ${register.blockName(table.block, "en")}`,
          },
          agency,
        );
      }
      const first = seen.get(a.code);
      if (first) {
        push(
          "trung",
          "error",
          where,
          {
            vi: `${a.name} có mặt hai lần (lần đầu ở dòng ${first.line ?? first.cell})`,
            en: `${a.name} is listed twice (first at ${first.line ? `line ${first.line}` : first.cell})`,
          },
          agency,
        );
      } else seen.set(a.code, where);
      if (m.status !== "exact") {
        const vi = m.notes.map((n) => NOTE[n]?.[0] ?? n).join(", ");
        const en = m.notes.map((n) => NOTE[n]?.[1] ?? n).join(", ");
        const doubtful = m.status === "fuzzy" || m.confidence < 0.9;
        push(
          doubtful ? "ten-gan-dung" : "ten-khac",
          doubtful ? "warning" : "info",
          where,
          {
            vi: `Tên in là “${m.name}”, tên chuẩn là “${a.name}” (${vi}${m.confidence < 1 ? `; độ tin cậy ${m.confidence.toFixed(2).replace(".", ",")}` : ""})`,
            en: `Printed as “${m.name}”, the register name is “${a.name}” (${en}${m.confidence < 1 ? `; confidence ${m.confidence.toFixed(2)}` : ""})`,
          },
          agency,
          a.name,
          m.name,
        );
      }
      const site =
        table.roles.website !== undefined
          ? row.cells[table.roles.website]
          : undefined;
      if (site && site.text) {
        const owner = register.byDomain(site.text);
        if (owner && owner.code !== a.code) {
          push(
            "trang-web",
            "warning",
            site.where,
            {
              vi: `Địa chỉ ${site.text} là của ${owner.name}, không phải của ${a.name} (${a.domains[0] ?? "?"})`,
              en: `${site.text} belongs to ${owner.name}, not to ${a.name} (${a.domains[0] ?? "?"})`,
            },
            agency,
            a.domains[0] ?? null,
            site.text,
          );
        } else if (/\s/.test(site.text.trim())) {
          push(
            "trang-web",
            "info",
            site.where,
            {
              vi: `Địa chỉ “${site.text}” có khoảng trắng`,
              en: `The address “${site.text}” contains a space`,
            },
            agency,
            a.domains[0] ?? null,
            site.text,
          );
        } else if (!owner) {
          push(
            "trang-web",
            "info",
            site.where,
            {
              vi: `Địa chỉ ${site.text} không có trong danh mục của ${a.name}`,
              en: `${site.text} is not in the register for ${a.name}`,
            },
            agency,
            a.domains[0] ?? null,
            site.text,
          );
        }
      }
    }
  }
  if (table.block && table.kind === "ranked" && table.measure !== "dossiers") {
    const missing = register
      .inBlock(table.block, { evaluatedOnly: true })
      .filter((a) => !seen.has(a.code));
    const where = table.rows[0].cells[nameCol].where;
    for (const a of missing) {
      push(
        "thieu",
        "warning",
        { ...where, line: undefined, column: undefined, cell: undefined },
        {
          vi: `Thiếu ${a.name} (khối ${register.blockName(table.block)})`,
          en: `${a.name} is missing (block: ${register.blockName(table.block, "en")})`,
        },
        { code: a.code, name: a.name },
      );
    }
  }
  return findings;
}
