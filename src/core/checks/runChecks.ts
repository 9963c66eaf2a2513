/**
 * Confronts tables with their rules and returns the findings: each table's default rules (as its
 * recognised structure calls for), the user's rules, relations inferred for tables without
 * declared ones, then the rules across tables, and finally the search for the cell most likely
 * wrong. Says, for each table, what it was understood to be and how much was checked: "no
 * findings" means nothing only when something was checked.
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
import { failingPositions, tableColumns } from "./tableColumns";
import {
  checkColumnTotals,
  checkExpression,
  checkRanges,
  checkRatioNotes,
  checkRowRatio,
  compare,
  Constraint,
  inferRelations,
  inferRowRatios,
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

/** A table as the report describes it: what it was understood to be and what was checked. */
export interface TableReport {
  source: string;
  name: string;
  kind: CheckTable["kind"];
  block?: string;
  group?: string;
  rows: number;
  understood?: { vi: string; en: string };
  /** Relations checked, by rule, with the number of rows (or cells) each was checked on. */
  checked: {
    rule: string;
    description: { vi: string; en: string };
    count: number;
  }[];
}

export interface CheckReport {
  findings: Finding[];
  inferred: InferredRelation[];
  tables: TableReport[];
}

export function runChecks(
  tables: CheckTable[],
  register: AgencyRegister,
  userRules: UserRule[] = [],
): CheckReport {
  const findings: Finding[] = [];
  const constraints: Constraint[] = [];
  const inferred: InferredRelation[] = [];
  const reports: TableReport[] = [];

  for (const table of tables) {
    const checked: TableReport["checked"] = [];
    const count = (rule: Pick<Rule, "id" | "description">, n: number) => {
      if (n <= 0) return;
      const same = checked.find((c) => c.rule === rule.id);
      if (same) same.count += n;
      else
        checked.push({
          rule: rule.id,
          description: rule.description,
          count: n,
        });
    };
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
    const rules = table.rows.length ? [...defaultRulesFor(table), ...own] : [];
    const outOfRange = new Set<CheckRow>();
    for (const rule of rules) {
      switch (rule.kind) {
        case "parts-total":
        case "expression": {
          const expression =
            rule.kind === "expression" ? rule.expression : partsTotal(table);
          if (!expression) continue;
          const parsed = parseRuleExpression(
            expression,
            table.columns.map((c) => c.name),
          );
          if (!parsed.ok) {
            // Default rules, and user rules written for every table, apply only where their columns exist.
            const user = userRules.find((u) => u.rule === rule);
            if (user?.table)
              findings.push(invalidRule(rule, parsed.error, table, user));
            continue;
          }
          expressions.push({
            rule: { ...rule, kind: "expression", expression },
            parsed: parsed.rule,
            inferred: false,
          });
          break;
        }
        case "column-total": {
          const out = checkColumnTotals(table, rule);
          findings.push(...out.findings);
          constraints.push(...out.constraints);
          count(rule, out.constraints.length);
          break;
        }
        case "range": {
          const found = checkRanges(table, rule);
          findings.push(...found);
          count(rule, rangeChecked(table));
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
        case "ratio-note": {
          const out = checkRatioNotes(table, rule);
          findings.push(...out.findings);
          count(rule, out.checked);
          break;
        }
        case "rank": {
          const out = checkRanks(table, rule, outOfRange);
          findings.push(...out.findings);
          count(rule, out.checked);
          break;
        }
        case "register": {
          const out = checkRegister(
            table,
            rule,
            register.editions?.all.find((r) => r.edition === table.edition) ??
              register,
          );
          findings.push(...out.findings);
          count(rule, out.checked);
          break;
        }
        default:
          break; // rules across tables run below
      }
    }
    // Relations the figures show, where nothing was declared: reported as inferred.
    const declared =
      own.length > 0 || expressions.length > 0 || (table.sums?.length ?? 0) > 0;
    if (!declared && table.rows.length) {
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
    if (table.variables === "rows") {
      for (const ratio of inferRowRatios(table)) {
        inferred.push({
          source: table.source,
          table: table.name,
          expression: `“${ratio.result.label}” = “${ratio.numerator.label}” / “${ratio.denominator.label}” * 100`,
          description: ratio.description,
        });
        const out = checkRowRatio(table, ratio, "suy-ra.ty-le");
        findings.push(...out.findings);
        constraints.push(...out.constraints);
        count(
          { id: "suy-ra.ty-le", description: ratio.description },
          out.constraints.length,
        );
      }
    }
    // First find the rows where any expression fails; then check those rows again, keeping
    // every rule's constraint there for the localiser.
    // The first pass runs over typed columns; only failing rows are looked at cell by cell.
    const failing = new Set<CheckRow>();
    const columns = tableColumns(table);
    for (const e of expressions) {
      const out = failingPositions(
        columns,
        table,
        e.parsed,
        e.rule.tolerance,
        compare,
      );
      for (const r of out.failing) failing.add(columns.rows[r]);
      count(e.rule, out.checked);
    }
    for (const e of expressions) {
      const out = checkExpression(table, e.rule, e.parsed, {
        inferred: e.inferred,
        rows: [...failing],
        constraints: true,
      });
      findings.push(...out.findings);
      constraints.push(...out.constraints);
    }
    reports.push({
      source: table.source,
      name: table.name,
      kind: table.kind,
      ...(table.block ? { block: table.block } : {}),
      ...(table.group ? { group: table.group } : {}),
      rows: table.rows.length,
      ...(table.understood ? { understood: table.understood } : {}),
      checked,
    });
  }

  findings.push(...checkCopies(tables, RULES.crossTable));
  findings.push(...checkDossiersAgainstServices(tables, RULES.summary));
  const summaries = checkSummaries(tables, RULES.summary);
  findings.push(...summaries.findings);
  constraints.push(...summaries.constraints);
  localise(constraints);

  return { findings: sortFindings(findings), inferred, tables: reports };
}

/** `[Tổng cộng] = [Mức độ 3] + [Mức độ 4]`: the total column and the columns that are its parts. */
function partsTotal(table: CheckTable): string | undefined {
  const parts = table.columns.filter((c) => c.role === "part");
  const main =
    table.roles.value !== undefined
      ? table.columns[table.roles.value]
      : undefined;
  const total =
    main && (main.role === "total" || table.measure === "dossiers")
      ? main
      : table.columns.find((c) => c.role === "total");
  if (!total || parts.length < 2) return undefined;
  return `[${total.name}] = ${parts.map((p) => `[${p.name}]`).join(" + ")}`;
}

/** Cells with a figure the range rule looked at. */
function rangeChecked(table: CheckTable): number {
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  let n = 0;
  for (const row of rows)
    for (const c of row.cells) if (c.parsed.value !== null) n++;
  return n;
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
