/**
 * Confronts tables with their rules and returns the findings: each table's default rules (as its
 * recognised structure calls for), the user's rules, relations inferred for tables without
 * declared ones, then the rules across tables, and finally the search for the cell most likely
 * wrong. Says, for each table, what it was understood to be and how much was checked: "no
 * findings" means nothing only when something was checked.
 */
import type { AgencyRegister } from "../agencies/agencyRegister";
import type { CheckRow, CheckTable } from "./checkTable";
import type { Constraint } from "./constraint";
import { defaultRulesFor, RULES } from "./defaultRules";
import { Finding, sortFindings } from "./finding";
import { evaluateExpressions } from "./kinds/expression";
import { kindOf } from "./kinds/index";
import type { KindOutput, TableRun } from "./kinds/kind";
import { inferRelations } from "./kinds/relations";
import { checkRowRatio, inferRowRatios } from "./kinds/rowRatios";
import { formatVietnameseNumber } from "../numbers/formatVietnameseNumber";
import { foldLastDigit } from "./lastDigit";
import { localise } from "./localise";
import type { Rule } from "./ruleSchema";
import type { Msg } from "../msg";

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
  description: Msg;
}

/** A table as the report describes it: what it was understood to be and what was checked. */
export interface TableReport {
  source: string;
  name: string;
  kind: CheckTable["kind"];
  block?: string;
  group?: string;
  rows: number;
  understood?: Msg;
  /** Relations checked, by rule, with the number of rows (or cells) each was checked on. */
  checked: {
    rule: string;
    description: Msg;
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
  // A table's findings, gathered to fold its last-digit rounding into one note.
  let tableFindings: Finding[] = findings;
  const take = (out: KindOutput) => {
    tableFindings.push(...out.findings);
    constraints.push(...(out.constraints ?? []));
  };

  for (const table of tables) {
    tableFindings = [];
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
    const own = userRules
      .filter(
        (u) => !u.table || u.table === table.name || u.table === table.sheet,
      )
      .map((u) => u.rule);
    const run: TableRun = {
      table,
      register:
        register.editions?.all.find((r) => r.edition === table.edition) ??
        register,
      outOfRange: new Set<CheckRow>(),
      expressions: [],
      unusable: (rule, error) => {
        // Default rules, and user rules written for every table, apply only where their columns
        // exist; a user's rule written for this table is said where it was written.
        const user = userRules.find((u) => u.rule === rule);
        if (user?.table) findings.push(invalidRule(rule, error, table, user));
      },
    };
    // A composite rule the user gives (a methodology's) replaces the inferred one.
    const givesComposite = own.some((r) => r.kind === "composite");
    const rules = table.rows.length
      ? [
          ...(table.onlyGivenRules ? [] : defaultRulesFor(table)).filter(
            (r) => !(givesComposite && r.kind === "composite"),
          ),
          ...own,
        ]
      : [];
    for (const rule of rules) {
      const out = kindOf(rule).check?.(rule, run);
      if (!out) continue; // rules across tables run below
      take(out);
      for (const r of out.inferred ?? [])
        inferred.push({ source: table.source, table: table.name, ...r });
      if (out.count)
        count(
          out.said ? { id: rule.id, description: out.said } : rule,
          out.count,
        );
    }
    // Relations the figures show, where nothing was declared: reported as inferred.
    const declared =
      own.length > 0 ||
      run.expressions.length > 0 ||
      (table.sums?.length ?? 0) > 0;
    if (!declared && table.rows.length) {
      const found = inferRelations(table);
      if (found.stoppedAfter)
        tableFindings.push({
          ruleId: "suy-ra.dung",
          severity: "info",
          where: { source: table.source, table: table.name },
          message: {
            vi: `Bảng rộng: việc tìm quan hệ giữa các cột dừng sau ${formatVietnameseNumber(found.stoppedAfter)} lần dò; có thể còn quan hệ chưa tìm ra. Hãy khai báo quy tắc nếu cần.`,
            en: `A wide table: the search for relations between its columns stopped after ${found.stoppedAfter.toLocaleString("en")} lookups; some may not have been found. Declare rules where needed.`,
          },
        });
      for (const { rule, parsed } of found.relations) {
        inferred.push({
          source: table.source,
          table: table.name,
          expression: rule.expression,
          description: rule.description,
        });
        run.expressions.push({ rule, parsed, inferred: true });
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
        take(out);
        count(
          { id: "suy-ra.ty-le", description: ratio.description },
          out.constraints.length,
        );
      }
    }
    take(evaluateExpressions(run, count));
    findings.push(
      ...foldLastDigit(tableFindings, {
        source: table.source,
        table: table.name,
      }),
    );
    tableFindings = findings;
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

  // Rules across tables, once each, as the default rules give them.
  for (const rule of [RULES.crossTable, RULES.summary]) {
    const out = kindOf(rule).across?.(tables, rule);
    if (out) take(out);
  }
  localise(constraints);

  return { findings: sortFindings(findings), inferred, tables: reports };
}

function invalidRule(
  rule: { id: string; expression?: string },
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
      vi: `Quy tắc “${rule.expression ?? rule.id}” không dùng được với ${table.name}: ${error.vi} (vị trí ${error.at + 1})`,
      en: `Rule “${rule.expression ?? rule.id}” cannot be used on ${table.name}: ${error.en} (at ${error.at + 1})`,
    },
  };
}
