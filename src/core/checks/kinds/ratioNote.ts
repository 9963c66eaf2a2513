/** A stated percentage against the fraction written beside it. */
import { roundTo } from "../../ranking/rank";
import { z } from "../../zodConfig";
import type { CheckTable } from "../checkTable";
import type { Finding } from "../finding";
import { lastDigitOf } from "../lastDigit";
import { agencyOf, fmt } from "./cellWords";
import { AnyRule, RuleKind, ruleBase } from "./kind";

/** A stated percentage against the fraction written beside it (`94,73%` and `18/19`). */
export const ratioNoteRule = z.object({
  ...ruleBase,
  kind: z.literal("ratio-note"),
});

export const RATIO_NOTE: RuleKind<z.infer<typeof ratioNoteRule>> = {
  kind: "ratio-note",
  schema: ratioNoteRule,
  check: (rule, run) => {
    const out = checkRatioNotes(run.table, rule);
    return { findings: out.findings, count: out.checked };
  },
};

/** `94,73%` with `18/19` beside it: the percentage must be the fraction, at the precision shown. */
export function checkRatioNotes(
  table: CheckTable,
  rule: AnyRule,
): { findings: Finding[]; checked: number } {
  const findings: Finding[] = [];
  let checked = 0;
  for (const row of table.rows) {
    const percents = row.cells.filter((c) => c.parsed.kind === "percent");
    if (percents.length !== 1) continue;
    const fraction = row.cells
      .map((c) => /(\d[\d.]*)\s*\/\s*(\d[\d.]*)/.exec(c.text))
      .find(Boolean);
    if (!fraction) continue;
    const p = percents[0];
    const num = Number(fraction[1].replace(/\./g, ""));
    const den = Number(fraction[2].replace(/\./g, ""));
    if (!den) continue;
    checked++;
    const exact = (num / den) * 100;
    const d = p.parsed.decimals;
    if (roundTo(exact, d) === p.parsed.value) continue;
    // One unit off in the last printed digit is how it was printed (see lastDigit.ts).
    const how = lastDigitOf(p.parsed.value!, exact, d);
    findings.push({
      ruleId: how ? `${rule.id}.lam-tron` : rule.id,
      severity: how ? "info" : rule.severity,
      where: p.where,
      ...(agencyOf(row) ? { agency: agencyOf(row) } : {}),
      message: {
        vi: `${p.text} không bằng ${num}/${den} = ${fmt(roundTo(exact, d), d)}%`,
        en: `${p.text} is not ${num}/${den} = ${fmt(roundTo(exact, d), d)}%`,
      },
      expected: roundTo(exact, d),
      actual: p.parsed.value,
      ...(how
        ? { lastDigit: { how, printed: p.text, exact, decimals: d } }
        : {}),
    });
  }
  return { findings, checked };
}
