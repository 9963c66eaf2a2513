/** The rules each kind of table ships with, as data. */
import type { CheckTable } from "./checkTable";
import { Rule, RuleInput, RuleSchema } from "./ruleSchema";

const rule = (r: RuleInput): Rule => RuleSchema.parse(r);
const expressionRule = (r: RuleInput & { kind: "expression" }) =>
  RuleSchema.parse(r) as Rule & { kind: "expression" };

export const RULES = {
  partsTotal: rule({
    id: "can-doi.hang",
    kind: "parts-total",
    description: {
      vi: "Cột tổng bằng tổng các cột thành phần (mức độ 3 + mức độ 4 …)",
      en: "The total column equals the sum of its parts (level 3 + level 4 …)",
    },
  }),
  dossiersBalance: rule({
    id: "can-doi.ho-so",
    kind: "parts-total",
    description: {
      vi: "Tổng số hồ sơ trực tuyến bằng tổng số hồ sơ nêu ở từng mức độ",
      en: "Total online dossiers equal the sum of those stated for each level",
    },
  }),
  /** One per level: `{n}` is the level. */
  dossiersProcessed: expressionRule({
    id: "tap-con.ho-so",
    kind: "expression",
    expression: "Hồ sơ trực tuyến mức độ {n} <= Hồ sơ đã xử lý mức độ {n}",
    description: {
      vi: "Hồ sơ xử lý trực tuyến không vượt quá hồ sơ đã xử lý",
      en: "Dossiers handled online cannot exceed dossiers handled",
    },
  }),
  columnTotal: rule({
    id: "can-doi.cot",
    kind: "column-total",
    description: {
      vi: "Các dòng cộng lại bằng dòng tổng (cả nhóm dòng với dòng tổng của nhóm)",
      en: "The rows add up to the total row (and a group of rows to its subtotal)",
    },
  }),
  servicesWithDossiers: rule({
    id: "tap-con.dich-vu-co-ho-so",
    kind: "expression",
    expression: "Số dịch vụ có hồ sơ trực tuyến <= Số lượng dịch vụ",
    description: {
      vi: "Số dịch vụ có hồ sơ trực tuyến không vượt quá số dịch vụ",
      en: "Services with online dossiers cannot exceed services",
    },
  }),
  range: rule({
    id: "mien-gia-tri",
    kind: "range",
    description: {
      vi: "Chỉ số trong [0, 1], tỷ lệ trong [0, 100], số lượng không âm",
      en: "Indices in [0, 1], percentages in [0, 100], counts not negative",
    },
  }),
  ratioNote: rule({
    id: "ty-le.ghi-chu",
    kind: "ratio-note",
    severity: "error",
    description: {
      vi: "Tỷ lệ phần trăm bằng phân số ghi bên cạnh, ở độ chính xác đã in",
      en: "A percentage equals the fraction written beside it, at the precision shown",
    },
  }),
  units: rule({
    id: "don-vi",
    kind: "units",
    severity: "warning",
    description: {
      vi: "Mỗi cột (hoặc mỗi dòng chỉ tiêu) ghi một đơn vị",
      en: "Each column (or each row of a variable) is written in one unit",
    },
  }),
  rank: rule({
    id: "thu-hang",
    kind: "rank",
    severity: "warning",
    description: {
      vi: "Thứ hạng công bố theo đúng giá trị (đồng hạng 1, 1, 3)",
      en: "Published ranks follow from the values (ties 1, 1, 3)",
    },
  }),
  register: rule({
    id: "danh-muc",
    kind: "register",
    severity: "warning",
    description: {
      vi: "Mỗi cơ quan của khối có mặt đúng một lần, đúng tên và địa chỉ trang web",
      en: "Every agency of the block once, with its name and website",
    },
  }),
  crossTable: rule({
    id: "doi-chieu",
    kind: "cross-table",
    description: {
      vi: "Cùng một số liệu của cùng cơ quan ở hai bảng phải khớp",
      en: "The same figure for the same agency agrees across tables",
    },
  }),
  composite: rule({
    id: "tong-hop",
    kind: "composite",
    description: {
      vi: "Chỉ số tổng hợp (tổng, DTI, trụ cột) bằng tổng hợp các cột thành phần, ở độ chính xác đã in",
      en: "A composite (total, DTI, pillar) equals the aggregation of its part columns, at the precision shown",
    },
  }),
  summary: rule({
    id: "bang-tong-hop",
    kind: "summary",
    description: {
      vi: "Bảng tổng hợp khớp với bảng chi tiết",
      en: "Summary tables agree with their detail tables",
    },
  }),
} as const;

/** The rules a table's recognised structure calls for. */
export function defaultRulesFor(table: CheckTable): Rule[] {
  const rules: Rule[] = [];
  const has = (role: string) => table.columns.some((c) => c.role === role);
  if (table.measure === "dossiers" && has("part")) {
    rules.push(RULES.dossiersBalance);
    for (const c of table.columns)
      if (c.role === "part" && c.level !== undefined)
        rules.push({
          ...RULES.dossiersProcessed,
          expression: RULES.dossiersProcessed.expression.replace(
            /\{n\}/g,
            String(c.level),
          ),
        });
  } else if (has("part") && has("total")) rules.push(RULES.partsTotal);
  if (table.total || table.sums?.length) rules.push(RULES.columnTotal);
  if (table.kind === "services-summary") rules.push(RULES.servicesWithDossiers);
  rules.push(RULES.range, RULES.ratioNote, RULES.units, RULES.composite);
  if (table.roles.rank !== undefined) rules.push(RULES.rank);
  if (table.roles.name !== undefined) rules.push(RULES.register);
  return rules;
}

/** Rules that look across tables. */
export const WORKBOOK_RULES: Rule[] = [RULES.crossTable, RULES.summary];
