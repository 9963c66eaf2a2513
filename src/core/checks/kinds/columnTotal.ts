/** Rows that add up: the detail rows to the total row, and each group to its subtotal. */
import { z } from "../../zodConfig";
import type { CheckTable } from "../checkTable";
import { cellKey, TableCheckOutput } from "../constraint";
import type { Finding } from "../finding";
import { fmt } from "./cellWords";
import { AnyRule, RuleKind, ruleBase } from "./kind";

/** Down the columns: the detail rows add up to the Tổng cộng row, and each group to its subtotal. */
export const columnTotalRule = z.object({
  ...ruleBase,
  kind: z.literal("column-total"),
  columns: z.array(z.string()).optional(),
});

export const COLUMN_TOTAL: RuleKind<z.infer<typeof columnTotalRule>> = {
  kind: "column-total",
  schema: columnTotalRule,
  check: (rule, run) => {
    const out = checkColumnTotals(run.table, rule);
    return { ...out, count: out.constraints.length };
  },
};

/**
 * Rows that add up: the detail rows to the table's total row, in every column of counts; and,
 * in tables of row groups, each group's rows to its subtotal row (or each at most the subtotal,
 * for rows that are `Trong đó …` parts of it), in every column of figures.
 */
export function checkColumnTotals(
  table: CheckTable,
  rule: AnyRule,
): TableCheckOutput {
  const out: TableCheckOutput = {
    findings: [],
    constraints: [],
    failingRows: [],
  };
  const byRow = table.variables === "rows";
  const subtotals = new Set((table.sums ?? []).map((s) => s.total));
  const sums = [
    ...(table.total
      ? [
          {
            total: table.total,
            parts: table.rows.filter(
              (r) => !subtotals.has(r) && (!byRow || r.kind === "count"),
            ),
            subset: false,
            label: "",
          },
        ]
      : []),
    ...(table.sums ?? []),
  ];
  for (const sum of sums) {
    if (byRow && sum.total.kind !== "count") continue;
    table.columns.forEach((col, k) => {
      if (byRow ? col.role !== "value" : col.kind !== "count") return;
      const totalCell = sum.total.cells[k];
      const stated = totalCell.parsed.value;
      if (stated === null) return;
      const parts = sum.parts
        .map((r) => r.cells[k])
        .filter((c) => c.parsed.value !== null);
      if (parts.length === 0) return;
      const group = sum.label ? `Nhóm “${sum.label}”, c` : "C";
      const groupEn = sum.label ? `Group “${sum.label}”, c` : "C";
      if (sum.subset) {
        for (const part of parts) {
          const holds = part.parsed.value! <= stated + rule.tolerance;
          let finding: Finding | undefined;
          if (!holds) {
            finding = {
              ruleId: `${rule.id}.tap-con`,
              severity: rule.severity,
              where: part.where,
              message: {
                vi: `${group}ột “${col.header}”: ${fmt(part.parsed.value!)} lớn hơn tổng ${fmt(stated)} mà nó là một phần`,
                en: `${groupEn}olumn “${col.header}”: ${fmt(part.parsed.value!)} exceeds the total ${fmt(stated)} it is part of`,
              },
              expected: stated,
              actual: part.parsed.value,
            };
            out.findings.push(finding);
          }
          out.constraints.push({
            ruleId: `${rule.id}.tap-con`,
            terms: [
              { cell: part, key: cellKey(part), coef: 1 },
              { cell: totalCell, key: cellKey(totalCell), coef: -1 },
            ],
            constant: 0,
            op: "<=",
            tolerance: rule.tolerance,
            holds,
            finding,
          });
        }
        return;
      }
      const total = parts.reduce((s, c) => s + c.parsed.value!, 0);
      const holds = Math.abs(total - stated) <= rule.tolerance;
      let finding: Finding | undefined;
      if (!holds) {
        finding = {
          ruleId: rule.id,
          severity: rule.severity,
          where: totalCell.where,
          message: sum.label
            ? {
                vi: `${group}ột “${col.header}”: các dòng của nhóm cộng lại được ${fmt(total)}, dòng “${sum.total.label}” ghi ${fmt(stated)}`,
                en: `${groupEn}olumn “${col.header}”: the group's rows add up to ${fmt(total)}, the row “${sum.total.label}” says ${fmt(stated)}`,
              }
            : {
                vi: `Cột “${col.header}”: các dòng cộng lại được ${fmt(total)}, dòng Tổng cộng ghi ${fmt(stated)}`,
                en: `Column “${col.header}”: the rows add up to ${fmt(total)}, the total row says ${fmt(stated)}`,
              },
          expected: total,
          actual: stated,
        };
        out.findings.push(finding);
      }
      out.constraints.push({
        ruleId: rule.id,
        terms: [
          { cell: totalCell, key: cellKey(totalCell), coef: 1 },
          ...parts.map((c) => ({ cell: c, key: cellKey(c), coef: -1 })),
        ],
        constant: 0,
        op: "=",
        tolerance: rule.tolerance,
        holds,
        finding,
      });
    });
  }
  return out;
}
