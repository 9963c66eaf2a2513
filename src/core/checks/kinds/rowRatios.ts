/**
 * In a table whose rows are variables (quarters across, criteria down): each row of percentages
 * as one row of counts over another, found in the figures and checked in every column.
 */
import { roundTo } from "../../ranking/rank";
import type { CheckRow, CheckTable } from "../checkTable";
import { cellKey, TableCheckOutput } from "../constraint";
import type { Finding } from "../finding";
import { lastDigitFinding, lastDigitOf } from "../lastDigit";
import { fmt } from "./cellWords";
import { heldEnough, ratioFits, ratioHolds } from "./relations";
import type { Msg } from "../../msg";

/** A percentage row that is one row of counts over another, in each column of figures. */
export interface RowRatio {
  result: CheckRow;
  numerator: CheckRow;
  denominator: CheckRow;
  held: number;
  tested: number;
  description: Msg;
}

/** In a table whose rows are variables: each row of percentages as a ratio of two rows of counts. */
export function inferRowRatios(table: CheckTable): RowRatio[] {
  if (table.variables !== "rows") return [];
  const figures = table.columns
    .map((c, k) => (c.role === "value" ? k : -1))
    .filter((k) => k >= 0);
  const counts = table.rows.filter((r) => r.kind === "count");
  const out: RowRatio[] = [];
  for (const p of table.rows.filter((r) => r.kind === "percent")) {
    let best: Omit<RowRatio, "description"> | undefined;
    for (const a of counts)
      for (const b of counts) {
        if (a === b) continue;
        let tested = 0;
        let held = 0;
        for (const k of figures) {
          if (
            p.cells[k].parsed.value === null ||
            a.cells[k].parsed.value === null ||
            !b.cells[k].parsed.value
          )
            continue;
          tested++;
          if (ratioFits(p.cells[k], a.cells[k], b.cells[k])) held++;
        }
        if (heldEnough(held, tested) && (!best || held > best.held))
          best = { result: p, numerator: a, denominator: b, held, tested };
      }
    if (best)
      out.push({
        ...best,
        description: {
          vi: `Suy ra từ bảng (đúng ở ${best.held}/${best.tested} cột): “${p.label}” = “${best.numerator.label}” / “${best.denominator.label}” × 100`,
          en: `Inferred from the table (holds in ${best.held}/${best.tested} columns): “${p.label}” = “${best.numerator.label}” / “${best.denominator.label}” × 100`,
        },
      });
  }
  return out;
}

/** A row ratio checked in every column of figures; its constraints go to the localiser. */
export function checkRowRatio(
  table: CheckTable,
  ratio: RowRatio,
  id: string,
): TableCheckOutput {
  const out: TableCheckOutput = {
    findings: [],
    constraints: [],
    failingRows: [],
  };
  table.columns.forEach((col, k) => {
    if (col.role !== "value") return;
    const [p, a, b] = [
      ratio.result.cells[k],
      ratio.numerator.cells[k],
      ratio.denominator.cells[k],
    ];
    if (p.parsed.value === null || a.parsed.value === null || !b.parsed.value)
      return;
    const exact = (100 * a.parsed.value) / b.parsed.value;
    const d = p.parsed.decimals;
    // One unit off in the last printed digit is how it was printed (see lastDigit.ts).
    const exactly = ratioHolds(p, a, b);
    const how = exactly ? undefined : lastDigitOf(p.parsed.value, exact, d);
    const holds = exactly || how !== undefined;
    let finding: Finding | undefined;
    if (how) out.findings.push(lastDigitFinding(id, p, exact, how));
    if (!holds) {
      finding = {
        ruleId: id,
        severity: "warning",
        where: p.where,
        message: {
          vi: `Cột “${col.header}”: “${ratio.result.label}” ghi ${p.text}, nhưng ${fmt(a.parsed.value)} / ${fmt(b.parsed.value)} × 100 = ${fmt(roundTo(exact, d), d)}`,
          en: `Column “${col.header}”: “${ratio.result.label}” says ${p.text}, but ${fmt(a.parsed.value)} / ${fmt(b.parsed.value)} × 100 = ${fmt(roundTo(exact, d), d)}`,
        },
        expected: roundTo(exact, d),
        actual: p.parsed.value,
        inferred: true,
      };
      out.findings.push(finding);
      if (!out.failingRows.includes(ratio.result))
        out.failingRows.push(ratio.result);
    }
    out.constraints.push({
      kind: "ratio",
      ruleId: id,
      result: { cell: p, key: cellKey(p) },
      numerator: { cell: a, key: cellKey(a) },
      denominator: { cell: b, key: cellKey(b) },
      scale: 100,
      tolerance: 0.5 * 10 ** -d + 1e-9,
      holds,
      finding,
    });
  });
  return out;
}
