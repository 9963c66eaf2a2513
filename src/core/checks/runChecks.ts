/**
 * Confronts tables with their rules and returns the findings: each table's default rules, the
 * user's rules, relations inferred for tables without a template, then the rules across
 * tables, and finally the search for the cell most likely wrong.
 */
import type { AgencyRegister } from "../agencies/agencyRegister";
import type { CheckRow, CheckTable } from "./checkTable";
import {
  checkCopies,
  checkDossiersAgainstServices,
  checkSummaries,
} from "./crossTableRules";
import { defaultRulesFor, RULES } from "./defaultRules";
import { Finding, sortFindings } from "./finding";
import { localise } from "./localise";
import { checkRanks } from "./rankRule";
import { checkRegister } from "./registerRule";
import { parseRuleExpression, ParsedRule } from "./ruleExpression";
import type { Rule } from "./ruleSchema";
import {
  checkColumnTotals,
  checkExpression,
  checkRanges,
  checkRatioNotes,
  inferRelations,
  LinearConstraint,
} from "./tableRules";

export interface UserRule {
  /** Table name or sheet the rule is for; every table with the rule's columns when absent. */
  table?: string;
  rule: Rule;
  /** Where the rule was written, for messages about it. */
  where?: { source: string; table: string; cell?: string; line?: number };
}

export interface InferredRelation {
  source: string;
  table: string;
  expression: string;
  description: { vi: string; en: string };
}

export interface CheckReport {
  findings: Finding[];
  inferred: InferredRelation[];
  tables: {
    source: string;
    name: string;
    kind: CheckTable["kind"];
    block?: string;
    group?: string;
    rows: number;
  }[];
}

export function runChecks(
  tables: CheckTable[],
  register: AgencyRegister,
  userRules: UserRule[] = [],
): CheckReport {
  const findings: Finding[] = [];
  const constraints: LinearConstraint[] = [];
  const inferred: InferredRelation[] = [];

  for (const table of tables) {
    const expressions: {
      rule: Rule & { kind: "expression" };
      parsed: ParsedRule;
      inferred: boolean;
    }[] = [];
    const own = userRules
      .filter(
        (u) => !u.table || u.table === table.name || u.table === table.sheet,
      )
      .map((u) => u.rule);
    const rules = [...defaultRulesFor(table), ...own];
    const outOfRange = new Set<CheckRow>();
    for (const rule of rules) {
      switch (rule.kind) {
        case "expression": {
          const parsed = parseRuleExpression(
            rule.expression,
            table.columns.map((c) => c.name),
          );
          if (!parsed.ok) {
            // Default rules, and user rules written for every table, apply only where their columns exist.
            const user = userRules.find((u) => u.rule === rule);
            if (user?.table)
              findings.push(invalidRule(rule, parsed.error, table, user));
            continue;
          }
          expressions.push({ rule, parsed: parsed.rule, inferred: false });
          break;
        }
        case "column-total": {
          const out = checkColumnTotals(table, rule);
          findings.push(...out.findings);
          constraints.push(...out.constraints);
          break;
        }
        case "range": {
          const found = checkRanges(table, rule);
          findings.push(...found);
          const valueCol = table.roles.value;
          for (const f of found) {
            if (f.severity !== "error" || valueCol === undefined) continue;
            const row = table.rows.find(
              (r) => r.cells[valueCol].where === f.where,
            );
            if (row) outOfRange.add(row);
          }
          break;
        }
        case "ratio-note":
          findings.push(...checkRatioNotes(table, rule));
          break;
        case "rank":
          findings.push(...checkRanks(table, rule, outOfRange));
          break;
        case "register":
          findings.push(...checkRegister(table, rule, register));
          break;
        default:
          break; // rules across tables run below
      }
    }
    // A table without declared rules (a pasted table): infer what its shape most likely means.
    if (table.kind === "generic" && own.length === 0) {
      for (const { rule, parsed } of inferRelations(table)) {
        inferred.push({
          source: table.source,
          table: table.name,
          expression: rule.expression,
          description: rule.description,
        });
        expressions.push({ rule, parsed, inferred: true });
      }
    }
    // First find the rows where any expression fails; then check those rows again, keeping
    // every rule's constraint there for the localiser.
    const failing = new Set<CheckRow>();
    for (const e of expressions)
      for (const row of checkExpression(table, e.rule, e.parsed).failingRows)
        failing.add(row);
    for (const e of expressions) {
      const out = checkExpression(table, e.rule, e.parsed, {
        inferred: e.inferred,
        rows: [...failing],
        constraints: true,
      });
      findings.push(...out.findings);
      constraints.push(...out.constraints);
    }
  }

  findings.push(...checkCopies(tables, RULES.crossTable));
  findings.push(...checkDossiersAgainstServices(tables, RULES.summary));
  const summaries = checkSummaries(tables, RULES.summary);
  findings.push(...summaries.findings);
  constraints.push(...summaries.constraints);
  localise(constraints);

  return {
    findings: sortFindings(findings),
    inferred,
    tables: tables.map((t) => ({
      source: t.source,
      name: t.name,
      kind: t.kind,
      ...(t.block ? { block: t.block } : {}),
      ...(t.group ? { group: t.group } : {}),
      rows: t.rows.length,
    })),
  };
}

function invalidRule(
  rule: Rule,
  error: { vi: string; en: string; at: number },
  table: CheckTable,
  user?: UserRule,
): Finding {
  return {
    ruleId: rule.id,
    severity: "error",
    where: user?.where
      ? { ...user.where }
      : { source: table.source, table: table.name },
    message: {
      vi: `Quy tắc “${rule.kind === "expression" ? rule.expression : rule.id}” không dùng được với ${table.name}: ${error.vi} (vị trí ${error.at + 1})`,
      en: `Rule “${rule.kind === "expression" ? rule.expression : rule.id}” cannot be used on ${table.name}: ${error.en} (at ${error.at + 1})`,
    },
  };
}
