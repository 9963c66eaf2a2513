/**
 * The agencies of a table against the register: each agency of the block once, names resolved,
 * websites that belong to the agency. A misspelt name (a letter or a diacritic wrong or missing,
 * beyond where the tone mark sits) is a warning with the register's spelling; a harmless variant
 * (tone placement, `TP.`, hyphens, case, an official other name or abbreviation) is information.
 * Agencies missing from an excerpt are said once.
 */
import type { AgencyRegister } from "../../agencies/agencyRegister";
import { isResolved, MATCH_NOTE } from "../../agencies/matchAgency";
import type { CheckTable, Location } from "../checkTable";
import type { Finding } from "../finding";
import { z } from "../../zodConfig";
import { AnyRule, RuleKind, ruleBase } from "./kind";

/** Every agency of the block once, names and websites as in the register. */
export const registerRule = z.object({
  ...ruleBase,
  kind: z.literal("register"),
});

export const REGISTER: RuleKind<z.infer<typeof registerRule>> = {
  kind: "register",
  schema: registerRule,
  check: (rule, run) => {
    const out = checkRegister(run.table, rule, run.register);
    return { findings: out.findings, count: out.checked };
  },
};

/** Notes of a match that mean the name is spelt wrong, not merely written another way. */
const MISSPELT = new Set(["diacritics", "typo"]);

export function checkRegister(
  table: CheckTable,
  rule: AnyRule,
  register: AgencyRegister,
): { findings: Finding[]; checked: number } {
  const nameCol = table.roles.name;
  if (nameCol === undefined) return { findings: [], checked: 0 };
  let checked = 0;
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
      checked++;
      if (m.otherEdition) {
        const { agency: former, fate } = m.otherEdition;
        push(
          "khac-danh-muc",
          "warning",
          where,
          {
            vi: `${fate.vi} (bảng được đọc theo danh mục đơn vị ${register.edition})`,
            en: `${fate.en} (the table is read with the ${register.edition} register)`,
          },
          { code: former.code, name: former.name },
        );
        continue;
      }
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
            vi: `${a.name} có mặt hơn một lần (lần đầu ở ${first.line ? `dòng ${first.line}` : `ô ${first.cell}`}); chỉ một dòng được dùng: hãy xoá dòng thừa, hoặc giữ dòng đúng`,
            en: `${a.name} is listed more than once (first at ${first.line ? `line ${first.line}` : `cell ${first.cell}`}); only one row is used: delete the extra row, or keep the right one`,
          },
          agency,
        );
      } else seen.set(a.code, where);
      if (m.status !== "exact") {
        const vi = m.notes.map((n) => MATCH_NOTE[n].vi).join(", ");
        const en = m.notes.map((n) => MATCH_NOTE[n].en).join(", ");
        const misspelt =
          m.status === "fuzzy" || m.notes.some((n) => MISSPELT.has(n));
        push(
          misspelt ? "sai-chinh-ta" : "ten-khac",
          misspelt ? "warning" : "info",
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
  const coverage = table.coverage;
  if (coverage && coverage.missing.length) {
    const where = {
      ...table.rows[0].cells[nameCol].where,
      line: undefined,
      column: undefined,
      cell: undefined,
    };
    const block = table.block ? register.blockName(table.block) : "";
    const blockEn = table.block ? register.blockName(table.block, "en") : "";
    if (coverage.excerpt) {
      const names = coverage.missing.map((a) => a.name).join(", ");
      const why = EXCERPT[coverage.why ?? "most-missing"];
      push("trich-doan", "info", where, {
        vi: `Bảng liệt kê ${coverage.listed}/${coverage.of} cơ quan của khối ${block} (${why[0]}); không có: ${names}`,
        en: `The table lists ${coverage.listed} of the ${coverage.of} agencies of the block ${blockEn} (${why[1]}); not listed: ${names}`,
      });
    } else
      for (const a of coverage.missing)
        push(
          "thieu",
          "warning",
          where,
          {
            vi: `Thiếu ${a.name} (khối ${block})`,
            en: `${a.name} is missing (block: ${blockEn})`,
          },
          { code: a.code, name: a.name },
        );
  }
  return { findings, checked };
}

const EXCERPT: Record<string, [string, string]> = {
  "row-numbers-jump": [
    "số thứ tự nhảy cóc: một trích đoạn",
    "row numbers jump: an excerpt",
  ],
  "ranks-jump": ["thứ hạng nhảy cóc: một trích đoạn", "ranks jump: an excerpt"],
  "most-missing": [
    "phần lớn khối không có trong bảng: một trích đoạn",
    "most of the block is not listed: an excerpt",
  ],
  "partial-list": [
    "bảng chỉ gồm các cơ quan có số liệu này",
    "the table lists only the agencies that have this figure",
  ],
};
