/**
 * A unit written in the cells (`5,42 Mbps/người`, `94,73%`, `1.250 người`) is its column's unit,
 * or its row's where each row is a variable: a cell written in another unit is a finding. Cells
 * that write no unit are not blamed (the header often says it once).
 */
import { z } from "../../zodConfig";
import type { CheckCell, CheckTable } from "../checkTable";
import type { Finding } from "../finding";
import { agencyOf } from "./cellWords";
import { AnyRule, RuleKind, ruleBase } from "./kind";

export const unitsRule = z.object({ ...ruleBase, kind: z.literal("units") });

export const UNITS: RuleKind<z.infer<typeof unitsRule>> = {
  kind: "units",
  schema: unitsRule,
  check: (rule, run) => checkUnits(run.table, rule),
};

/** The unit a cell writes: `%` for a percentage, else the words after its figure, if any. */
export function unitOf(cell: CheckCell): string | undefined {
  if (cell.parsed.value === null) return undefined;
  if (cell.parsed.kind === "percent") return "%";
  const u = cell.parsed.unit?.trim().replace(/\s+/g, " ");
  return u ? u : undefined;
}

export function checkUnits(
  table: CheckTable,
  rule: AnyRule,
): { findings: Finding[]; count: number } {
  const findings: Finding[] = [];
  let count = 0;
  const values = table.columns
    .map((c, k) =>
      c.role === "value" || c.role === "part" || c.role === "total" ? k : -1,
    )
    .filter((k) => k >= 0);
  // Where each row is a variable, a row keeps one unit; else a column does.
  const groups: {
    cells: CheckCell[];
    row?: CheckTable["rows"][number];
    col?: number;
  }[] =
    table.variables === "rows"
      ? table.rows.map((row) => ({
          cells: values.map((k) => row.cells[k]),
          row,
        }))
      : values.map((k) => ({
          cells: table.rows.map((r) => r.cells[k]),
          col: k,
        }));
  for (const g of groups) {
    const written = g.cells
      .map((cell) => ({ cell, unit: unitOf(cell) }))
      .filter(
        (x): x is { cell: CheckCell; unit: string } => x.unit !== undefined,
      );
    count += written.length;
    // Units compared without case (`Mbps`, `mbps`), said as first written.
    const tally = new Map<string, number>();
    const shown = new Map<string, string>();
    for (const x of written) {
      const key = x.unit.toLowerCase();
      tally.set(key, (tally.get(key) ?? 0) + 1);
      if (!shown.has(key)) shown.set(key, x.unit);
    }
    if (tally.size < 2) continue;
    // The unit most cells write is the group's; a tie has no majority: every cell is said.
    const [first, second] = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    const main = first[1] > second[1] ? first[0] : undefined;
    const where =
      g.row !== undefined
        ? { vi: `dòng “${g.row.label}”`, en: `row “${g.row.label}”` }
        : {
            vi: `cột “${table.columns[g.col!].header}”`,
            en: `column “${table.columns[g.col!].header}”`,
          };
    const all = [...shown.values()].join(", ");
    for (const x of written) {
      if (x.unit.toLowerCase() === main) continue;
      const row = table.rows.find((r) => r.cells.includes(x.cell));
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        where: x.cell.where,
        ...(row && agencyOf(row) ? { agency: agencyOf(row)! } : {}),
        message: main
          ? {
              vi: `${x.cell.text}: đơn vị “${x.unit}” khác đơn vị “${shown.get(main)}” của ${where.vi}`,
              en: `${x.cell.text}: unit “${x.unit}”, not the “${shown.get(main)}” of ${where.en}`,
            }
          : {
              vi: `${x.cell.text}: ${where.vi} ghi nhiều đơn vị (${all})`,
              en: `${x.cell.text}: ${where.en} is written in several units (${all})`,
            },
        actual: x.cell.text,
      });
    }
  }
  return { findings, count };
}
