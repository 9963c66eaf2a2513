/**
 * A composite column (an index, a total, the DTI, a pillar) against its part columns: the sum,
 * the mean, a weighted mean or a weighted geometric mean, at the printed precision. With a
 * methodology the parts and weights are its groups' (matched by their words, else by position);
 * without one they are inferred from the rows and said as inferred, with the rows they fit.
 */
import { z } from "../../zodConfig";
import { roundTo } from "../../ranking/rank";
import type {
  CheckCell,
  CheckColumn,
  CheckRow,
  CheckTable,
} from "../checkTable";
import { cellKey, LinearConstraint } from "../constraint";
import type { Finding } from "../finding";
import {
  aggregate,
  FitRow,
  Fitted,
  inferComposite,
  misfits,
  tolerance,
} from "../compositeFit";
import { formatVietnameseNumber } from "../../numbers/formatVietnameseNumber";
import { hasKeyword } from "../../tables/recognise/tableWords";
import { getDefaultProfile } from "../../tables/vocabulary/profile";
import { agencyOf, fmt } from "./cellWords";
import { KindOutput, RuleKind, ruleBase } from "./kind";

export const compositeRule = z.object({
  ...ruleBase,
  kind: z.literal("composite"),
  /** Words that name the composite column. Absent: composites are found from the figures. */
  composite: z.array(z.string().min(1)).optional(),
  /** Its parts: words that name each one's column, and its weight (points or a share). */
  parts: z
    .array(
      z.object({
        words: z.array(z.string().min(1)).min(1),
        weight: z.number().min(0),
      }),
    )
    .optional(),
  form: z.enum(["linear", "geometric"]).default("linear"),
  /** Where the weights come from, for messages (`dti-tinh-922`). */
  source: z.object({ vi: z.string().min(1), en: z.string().min(1) }).optional(),
});
type CompositeRule = z.infer<typeof compositeRule>;

export const COMPOSITE: RuleKind<CompositeRule> = {
  kind: "composite",
  schema: compositeRule,
  check: (rule, run) =>
    rule.parts
      ? checkDeclared(rule, run.table)
      : checkInferred(rule, run.table),
};

/** Columns that can be a composite or a part: figures on a common scale, this period's. */
const FIGURES = new Set<CheckColumn["kind"]>(["index", "number", "percent"]);
function figureColumns(table: CheckTable): number[] {
  const { rank, previousRank, previousValue } = table.roles;
  return table.columns.flatMap((c, k) =>
    FIGURES.has(c.kind) &&
    k !== rank &&
    k !== previousRank &&
    k !== previousValue
      ? [k]
      : [],
  );
}

interface Relation {
  composite: number;
  parts: number[];
  /** The rows fitted, and their figures (the misfits are positions in these). */
  rows: CheckRow[];
  fitRows: FitRow[];
  fitted: Fitted;
  inferred: boolean;
}

function rowsOf(table: CheckTable, composite: number, parts: number[]) {
  const rows: CheckRow[] = [];
  const fitRows: FitRow[] = [];
  for (const row of table.rows) {
    const cells = [row.cells[composite], ...parts.map((k) => row.cells[k])];
    if (
      cells.some(
        (c) =>
          !c || c.parsed.value === null || !Number.isFinite(c.parsed.value),
      )
    )
      continue;
    rows.push(row);
    fitRows.push({
      composite: cells[0].parsed.value!,
      compositeDecimals: cells[0].parsed.decimals,
      parts: cells.slice(1).map((c) => c.parsed.value!),
      partDecimals: cells.slice(1).map((c) => c.parsed.decimals),
    });
  }
  return { rows, fitRows };
}

/** Without a methodology: each likely composite tried against the other figure columns. */
function checkInferred(rule: CompositeRule, table: CheckTable): KindOutput {
  if (table.variables === "rows") return { findings: [] };
  const figures = figureColumns(table);
  if (figures.length < 3) return { findings: [] };
  // Words only order the tries (vocabulary profile, `composites`); the figures decide.
  const words = getDefaultProfile().data.composites.words;
  const hinted = (k: number) =>
    words.some((w) => hasKeyword(table.columns[k].header, w));
  const order = [
    ...new Set([
      table.roles.value,
      ...figures.filter(hinted),
      figures[figures.length - 1],
      figures[0],
    ]),
  ]
    .filter((k): k is number => k !== undefined && figures.includes(k))
    .slice(0, 4);
  const found: Relation[] = [];
  for (const composite of order) {
    if (found.some((r) => r.parts.includes(composite))) continue;
    const parts = figures
      .filter((k) => k !== composite && !found.some((r) => r.composite === k))
      .slice(0, 16);
    const { rows, fitRows } = rowsOf(table, composite, parts);
    const fitted = inferComposite(fitRows);
    if (!fitted) continue;
    // The parts weighed zero are left out, on the rows the relation was fitted on.
    const kept = (xs: number[]) => xs.filter((_, i) => fitted.weights[i] > 0);
    found.push({
      composite,
      parts: parts.filter((_, i) => fitted.weights[i] > 0),
      rows,
      fitRows: fitRows.map((f) => ({
        ...f,
        parts: kept(f.parts),
        partDecimals: kept(f.partDecimals),
      })),
      fitted: { ...fitted, weights: kept(fitted.weights) },
      inferred: true,
    });
  }
  return report(rule, table, found);
}

/** With a methodology: its composite and parts found by their words (else by position), its weights. */
function checkDeclared(rule: CompositeRule, table: CheckTable): KindOutput {
  const figures = figureColumns(table);
  const named = (k: number, words: string[]) =>
    words.some((w) =>
      hasKeyword(`${table.columns[k].header} ${table.columns[k].name}`, w),
    );
  const composite = [table.roles.value, ...figures].find(
    (k) =>
      k !== undefined && figures.includes(k) && named(k, rule.composite ?? []),
  );
  if (composite === undefined) return { findings: [] };
  const weighted = rule.parts!.filter((p) => p.weight > 0);
  const others = figures.filter((k) => k !== composite);
  let parts = weighted.map((p) => others.find((k) => named(k, p.words)));
  // By position when no header names a part and the table has as many figure columns as parts.
  if (parts.every((k) => k === undefined) && others.length === weighted.length)
    parts = others;
  if (parts.every((k) => k === undefined)) return { findings: [] };
  if (
    parts.some((k) => k === undefined) ||
    new Set(parts).size < parts.length
  ) {
    const missing = weighted
      .filter((_, i) => parts[i] === undefined)
      .map((p) => p.words[0]);
    return {
      findings: [
        {
          ruleId: `${rule.id}.thieu`,
          severity: "info",
          where: {
            source: table.source,
            table: table.name,
            field: table.columns[composite].name,
          },
          message: {
            vi: `Không đối chiếu được ${table.columns[composite].header} với các thành phần${rule.source ? ` theo ${rule.source.vi}` : ""}: bảng thiếu cột ${missing.map((m) => `“${m}”`).join(", ") || "(hai thành phần trùng một cột)"}.`,
            en: `${table.columns[composite].header} cannot be checked against its parts${rule.source ? ` by ${rule.source.en}` : ""}: the table has no column ${missing.map((m) => `“${m}”`).join(", ") || "(two parts on one column)"}.`,
          },
        },
      ],
    };
  }
  const cols = parts as number[];
  const total = weighted.reduce((s, p) => s + p.weight, 0);
  const weights = weighted.map((p) => p.weight / total);
  const { rows, fitRows } = rowsOf(table, composite, cols);
  if (!fitRows.length) return { findings: [] };
  // Points out of the total (a DTI printed out of 1,000) or a mean of the parts' scale.
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const ratio = med(
    fitRows.map(
      (r) => r.composite / (aggregate(rule.form, weights, r.parts) || 1),
    ),
  );
  const scale =
    rule.form === "linear" && Math.abs(ratio - total) < Math.abs(ratio - 1)
      ? total
      : 1;
  const scaled = weights.map((w) => w * scale);
  const fitted: Fitted = {
    form: rule.form,
    weights: scaled,
    misfits: misfits(rule.form, scaled, fitRows),
    shape:
      rule.form === "geometric"
        ? "weighted-geometric-mean"
        : scale === 1
          ? "weighted-mean"
          : "weighted-sum",
  };
  return report(rule, table, [
    { composite, parts: cols, rows, fitRows, fitted, inferred: false },
  ]);
}

const SHAPE = {
  sum: { vi: "tổng", en: "the sum" },
  mean: { vi: "trung bình cộng", en: "the mean" },
  "weighted-mean": { vi: "trung bình có trọng số", en: "the weighted mean" },
  "weighted-sum": { vi: "tổng có trọng số", en: "the weighted sum" },
  "geometric-mean": { vi: "trung bình nhân", en: "the geometric mean" },
  "weighted-geometric-mean": {
    vi: "trung bình nhân có trọng số",
    en: "the weighted geometric mean",
  },
} as const;

const weightText = (w: number) =>
  formatVietnameseNumber(w, {
    decimals: Math.min(6, Math.max(0, -Math.floor(Math.log10(w) - 3))),
  })
    .replace(/(,\d*?)0+$/, "$1")
    .replace(/,$/, "");

/** The relation in words: `DTI = 0,1 × Nhận thức số + … + 0,15 × Hoạt động xã hội số`. */
function formula(table: CheckTable, r: Relation, lang: "vi" | "en"): string {
  const name = (k: number) => table.columns[k].header || table.columns[k].name;
  const { shape, weights, form } = r.fitted;
  if (shape === "sum" || shape === "mean" || shape === "geometric-mean")
    return `${SHAPE[shape][lang]} ${lang === "vi" ? "của" : "of"} ${r.parts.map(name).join(", ")}`;
  const en = (s: string) => (lang === "en" ? s.replace(",", ".") : s);
  const terms = r.parts.map((k, i) =>
    form === "geometric"
      ? `${name(k)}^${en(weightText(weights[i]))}`
      : `${en(weightText(weights[i]))} × ${name(k)}`,
  );
  return `${SHAPE[shape][lang]}: ${terms.join(form === "geometric" ? " · " : " + ")}`;
}

function report(
  rule: CompositeRule,
  table: CheckTable,
  relations: Relation[],
): KindOutput {
  const out: Required<
    Pick<KindOutput, "findings" | "constraints" | "inferred">
  > & { count: number; said?: KindOutput["said"] } = {
    findings: [],
    constraints: [],
    inferred: [],
    count: 0,
  };
  for (const r of relations) {
    const { rows, fitRows } = r;
    const col = table.columns[r.composite];
    const header = col.header || col.name;
    const fitCount = fitRows.length - r.fitted.misfits.length;
    const says = { vi: formula(table, r, "vi"), en: formula(table, r, "en") };
    if (r.inferred)
      out.inferred.push({
        expression: `${header} = ${says.vi}`,
        description: {
          vi: `Suy ra từ bảng: ${header} là ${says.vi} (khớp ${fitCount}/${fitRows.length} dòng)`,
          en: `Inferred from the table: ${header} is ${says.en} (fits ${fitCount}/${fitRows.length} rows)`,
        },
      });
    out.count += fitRows.length;
    if (!r.inferred)
      out.said = {
        vi: `${header} là ${says.vi}, theo ${rule.source?.vi ?? "phương pháp"}`,
        en: `${header} is ${says.en}, by ${rule.source?.en ?? "the methodology"}`,
      };
    const by = r.inferred
      ? {
          vi: "theo quan hệ suy ra từ bảng",
          en: "by the relation inferred from the table",
        }
      : {
          vi: `theo trọng số của ${rule.source?.vi ?? "phương pháp"}`,
          en: `by the weights of ${rule.source?.en ?? "the methodology"}`,
        };
    fitRows.forEach((f, i) => {
      const row = rows[i];
      const cell = row.cells[r.composite];
      const given = aggregate(r.fitted.form, r.fitted.weights, f.parts);
      const holds = !r.fitted.misfits.includes(i);
      const d = f.compositeDecimals;
      const finding: Finding | undefined = holds
        ? undefined
        : {
            ruleId: rule.id,
            severity: rule.severity,
            where: cell.where,
            ...(agencyOf(row) ? { agency: agencyOf(row) } : {}),
            message: {
              vi: `${header} in ${fmt(f.composite, d)}, các thành phần cho ${fmt(roundTo(given, d), d)} (${SHAPE[r.fitted.shape].vi}, ${by.vi})`,
              en: `${header} is printed ${fmt(f.composite, d)}; its parts give ${fmt(roundTo(given, d), d)} (${SHAPE[r.fitted.shape].en}, ${by.en})`,
            },
            expected: roundTo(given, d),
            actual: f.composite,
            ...(r.inferred ? { inferred: true } : {}),
          };
      if (finding) out.findings.push(finding);
      // A linear relation goes to the localiser, which may blame a part instead.
      if (r.fitted.form === "linear")
        out.constraints.push(
          linearConstraint(
            rule.id,
            cell,
            r.parts.map((k) => row.cells[k]),
            r.fitted.weights,
            tolerance("linear", r.fitted.weights, f),
            holds,
            finding,
          ),
        );
    });
  }
  return out;
}

function linearConstraint(
  ruleId: string,
  composite: CheckCell,
  parts: CheckCell[],
  weights: number[],
  tol: number,
  holds: boolean,
  finding?: Finding,
): LinearConstraint {
  return {
    ruleId,
    terms: [
      { cell: composite, key: cellKey(composite), coef: 1 },
      ...parts.map((cell, i) => ({
        cell,
        key: cellKey(cell),
        coef: -weights[i],
      })),
    ],
    constant: 0,
    op: "=",
    tolerance: tol,
    holds,
    ...(finding ? { finding } : {}),
  };
}
