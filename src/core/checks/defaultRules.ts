/** The rules each kind of table ships with, as data. */
import type { CheckTable } from "./checkTable";
import { Rule, RuleInput, RuleSchema } from "./ruleSchema";

const rule = (r: RuleInput): Rule => RuleSchema.parse(r);

export const RULES = {
  servicesBalance: rule({
    id: "can-doi.hang",
    kind: "expression",
    expression: "Tổng cộng = Mức độ 3 + Mức độ 4",
    description: {
      vi: "Tổng cộng bằng số dịch vụ mức độ 3 cộng mức độ 4",
      en: "The total equals level 3 plus level 4 services",
    },
  }),
  dossiersBalance: rule({
    id: "can-doi.ho-so",
    kind: "expression",
    expression:
      "Tổng số hồ sơ trực tuyến = Hồ sơ trực tuyến mức độ 3 + Hồ sơ trực tuyến mức độ 4",
    description: {
      vi: "Tổng số hồ sơ trực tuyến bằng số hồ sơ nêu ở mức độ 3 cộng mức độ 4",
      en: "Total online dossiers equal those stated for level 3 plus level 4",
    },
  }),
  dossiersProcessed3: rule({
    id: "tap-con.ho-so",
    kind: "expression",
    expression: "Hồ sơ trực tuyến mức độ 3 <= Hồ sơ đã xử lý mức độ 3",
    description: {
      vi: "Hồ sơ xử lý trực tuyến không vượt quá hồ sơ đã xử lý",
      en: "Dossiers handled online cannot exceed dossiers handled",
    },
  }),
  dossiersProcessed4: rule({
    id: "tap-con.ho-so",
    kind: "expression",
    expression: "Hồ sơ trực tuyến mức độ 4 <= Hồ sơ đã xử lý mức độ 4",
    description: {
      vi: "Hồ sơ xử lý trực tuyến không vượt quá hồ sơ đã xử lý",
      en: "Dossiers handled online cannot exceed dossiers handled",
    },
  }),
  columnTotal: rule({
    id: "can-doi.cot",
    kind: "column-total",
    description: {
      vi: "Các dòng cộng lại bằng dòng Tổng cộng",
      en: "The rows add up to the total row",
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
  summary: rule({
    id: "tong-hop",
    kind: "summary",
    description: {
      vi: "Bảng tổng hợp khớp với bảng chi tiết",
      en: "Summary tables agree with their detail tables",
    },
  }),
} as const;

export function defaultRulesFor(table: CheckTable): Rule[] {
  switch (table.kind) {
    case "ranked":
      if (table.measure === "services")
        return [
          RULES.servicesBalance,
          RULES.columnTotal,
          RULES.range,
          RULES.rank,
          RULES.register,
        ];
      if (table.measure === "dossiers")
        return [
          RULES.dossiersBalance,
          RULES.dossiersProcessed3,
          RULES.dossiersProcessed4,
          RULES.range,
          RULES.rank,
          RULES.register,
        ];
      return [RULES.range, RULES.rank, RULES.register];
    case "services-summary":
      return [RULES.servicesWithDossiers, RULES.range];
    case "count-summary":
      return [RULES.range];
    case "generic":
      return [RULES.columnTotal, RULES.range, RULES.ratioNote];
  }
}

/** Rules that look across tables. */
export const WORKBOOK_RULES: Rule[] = [RULES.crossTable, RULES.summary];
