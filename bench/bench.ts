/**
 * `npm run bench [-- --write]`: each case's median time and spread (10th–90th percentile)
 * over several runs, and beside it the floor — the same output computed by plain typed-array
 * code written for that one case (bench/floor.ts), measured in the same run — and the ratio.
 * Generated data with fixed seeds, so runs compare. Prints figures; asserts nothing.
 * `--write` also writes the table into docs/benchmarks.md between its bench markers.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { getPreset } from "../src/core/methodology/presets";
import { Methodology, validateMethodology } from "../src/core/methodology";
import { BlockInput, scoreBlock } from "../src/core/scoring/scoreBlock";
import { sfc32, startUncertainty } from "../src/core/scoring/uncertainty";
import { whatIf } from "../src/core/scoring/whatIf";
import { getDefaultRegister } from "../src/core/agencies/registerEditions";
import { CheckTable } from "../src/core/checks/checkTable";
import { cell } from "../src/core/checks/fromRecognised";
import { runChecks } from "../src/core/checks/runChecks";
import { RuleSchema } from "../src/core/checks/ruleSchema";
import { growthSeries, measureSeries } from "./growth";
import { FitRow, inferComposite } from "../src/core/checks/compositeFit";
import { plainChecks, PlainCriterion, plainRanks, plainScore, plainUncertainty, plainWeightFit } from "./floor";

const root = path.join(__dirname, "../..");

function inputFor(m: Methodology, units: number, seed: number): BlockInput {
  const r = sfc32(seed);
  const values: Record<string, Float64Array> = {};
  for (const g of m.groups)
    for (const c of g.criteria) {
      values[c.id] = Float64Array.from({ length: units }, () => {
        if (r() < 0.02) return NaN; // some missing figures
        switch (c.rule?.type) {
          case "ratio": return r() * (c.rule.scale ?? 1);
          case "yes-no": return r() < 0.8 ? 1 : 0;
          case "count-capped": case "tiers": return Math.floor(r() * 8);
          default: return r() * 1000;
        }
      });
    }
  return { block: "province", agencies: Array.from({ length: units }, (_, i) => ({ code: `U${i}`, name: `Đơn vị ${i}` })), values };
}

/** Six groups of criteria of every rule type, `indicators` in all, equal weights. */
function largeMethodology(indicators: number): Methodology {
  const types = ["ratio", "relative-to-best", "yes-no", "count-capped", "tiers", "min-max"] as const;
  const per = Math.ceil(indicators / 6);
  const groups = Array.from({ length: 6 }, (_, g) => ({
    id: `G${g + 1}`,
    name: { vi: `Nhóm ${g + 1}`, en: `Group ${g + 1}` },
    criteria: Array.from({ length: Math.min(per, indicators - g * per) }, (_, k) => {
      const id = g * 100 + k;
      const type = types[(id + k) % types.length];
      const rule = type === "ratio" ? { type, scale: 100 } : type === "count-capped" ? { type, pointsPerItem: 2 } : type === "tiers" ? { type, tiers: [{ atLeast: 1, points: 5 }, { atLeast: 4, points: 10 }] } : { type };
      return { id: `C${id}`, name: { vi: `Tiêu chí ${id}`, en: `Criterion ${id}` }, rule, maxPoints: 10 };
    }),
  }));
  const r = validateMethodology({ id: "bench", name: { vi: "b", en: "b" }, description: { vi: "b", en: "b" }, blocks: ["province"], groups, overall: { method: "weighted-arithmetic", decimals: 3 } });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.methodology;
}

/** The same criteria as plain arrays, for the floor. */
function plainGroups(m: Methodology, input: BlockInput): PlainCriterion[][] {
  return m.groups.map((g) =>
    g.criteria.map((c) => {
      const rule = c.rule!;
      return {
        type: rule.type as PlainCriterion["type"],
        values: input.values[c.id] as Float64Array,
        maxPoints: c.maxPoints,
        ...(rule.type === "ratio" ? { scale: rule.scale } : {}),
        ...(rule.type === "count-capped" ? { pointsPerItem: rule.pointsPerItem } : {}),
        ...(rule.type === "tiers" ? { tiers: rule.tiers } : {}),
      };
    }),
  );
}

interface Timing {
  median: number;
  p10: number;
  p90: number;
  runs: number;
}

function time(runs: number, fn: () => void): Timing {
  for (let i = 0; i < Math.min(3, runs); i++) fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), runs };
}

interface Row {
  label: string;
  engine: Timing;
  floor?: Timing;
  floorLabel?: string;
}
const rows: Row[] = [];
function measure(label: string, runs: number, engine: () => void, floor?: () => void, floorLabel?: string): Row {
  const row: Row = { label, engine: time(runs, engine), ...(floor ? { floor: time(runs, floor) } : {}), ...(floorLabel ? { floorLabel } : {}) };
  rows.push(row);
  console.log(line(row));
  return row;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const spread = (t: Timing) => `${ms(t.p10)}–${ms(t.p90)}`;
function line(r: Row): string {
  const floor = r.floor ? `${ms(r.floor.median).padStart(8)} ms  ×${(r.engine.median / r.floor.median).toFixed(2)}` : "";
  return `${r.label.padEnd(62)} ${ms(r.engine.median).padStart(8)} ms  (${spread(r.engine)}, ${r.engine.runs} runs)   floor ${floor}`;
}

// Scoring and ranking.
const defaultMethodology = getPreset("mac-dinh-tai-dung");
const provinces = inputFor(defaultMethodology, 63, 1);
const criteriaCount = defaultMethodology.groups.reduce((s, g) => s + g.criteria.length, 0);
const plainProvinces = plainGroups(defaultMethodology, provinces);
measure(`score + rank, 63 provinces × ${criteriaCount} criteria (default)`, 500, () => scoreBlock(defaultMethodology, provinces), () => plainScore(plainProvinces, 63));

const base63 = scoreBlock(defaultMethodology, provinces);
let slider = 0;
const groupValues = base63.groups.map((g) => g.values);
measure(
  "what-if: one group weight moved, 63 re-ranked",
  2000,
  () => whatIf(defaultMethodology, base63, { N3: (slider = (slider + 0.1) % 3) }),
  () => {
    const w = [1, 1, (slider = (slider + 0.1) % 3), 1, 1, 1];
    const total = w.reduce((s, x) => s + x, 0);
    const overall = new Float64Array(63);
    groupValues.forEach((v, k) => {
      for (let i = 0; i < 63; i++) overall[i] += (w[k] / total) * v[i];
    });
    plainRanks(overall, 3);
  },
);
const first = defaultMethodology.groups[0].criteria[0];
let points = 0;
measure(
  "what-if: one criterion's points moved, its group re-scored, 63",
  2000,
  () => whatIf(defaultMethodology, base63, {}, { [first.id]: (points = (points + 1) % 20) }),
  () => plainScore([plainProvinces[0]], 63),
  "the group scored again",
);

const large = largeMethodology(100);
const units10k = inputFor(large, 10_000, 2);
const plain10k = plainGroups(large, units10k);
const s10k = measure("score + rank, 10,000 units × 100 indicators", 15, () => scoreBlock(large, units10k), () => plainScore(plain10k, 10_000));
const units100k = inputFor(large, 100_000, 2);
const plain100k = plainGroups(large, units100k);
const s100k = measure("score + rank, 100,000 units × 100 indicators", 5, () => scoreBlock(large, units100k), () => plainScore(plain100k, 100_000));

/**
 * 10,000 rows × 20 count columns, 50 rules: C(k) = C(k+1) + C(k+2) balances and C(k) <= C(j)
 * subsets, consistent except 20 corrupted cells, so that the localiser has work to do.
 */
function checkCase(rowCount: number, columnCount: number, ruleCount: number) {
  const r = sfc32(3);
  const names = Array.from({ length: columnCount }, (_, k) => `C${k + 1}`);
  const data = Array.from({ length: rowCount }, () => {
    const v = new Array<number>(columnCount).fill(0);
    for (let k = columnCount - 1; k >= 0; k--) v[k] = k % 3 === 0 && k + 2 < columnCount ? v[k + 1] + v[k + 2] : Math.floor(r() * 1000);
    return v;
  });
  for (let i = 0; i < 20; i++) data[Math.floor(r() * rowCount)][Math.floor(r() * columnCount)] += 7;
  const table: CheckTable = {
    source: "bench",
    name: "Bảng thử",
    kind: "generic",
    columns: names.map((name) => ({ name, header: name, kind: "count" })),
    rows: data.map((v, i) => ({ index: i, label: `Đơn vị ${i}`, agencies: [], cells: v.map((x, k) => cell(x, "count", { source: "bench", table: "Bảng thử", line: i + 2, column: k + 1 })) })),
    roles: {},
  };
  const plain: Parameters<typeof plainChecks>[1] = [];
  const expressions: string[] = [];
  for (let k = 0; k + 2 < columnCount && expressions.length < ruleCount; k += 3) {
    expressions.push(`C${k + 1} = C${k + 2} + C${k + 3}`);
    plain.push({ kind: "sum", a: k, b: k + 1, c: k + 2 });
  }
  for (let k = 0; expressions.length < ruleCount; k++) {
    const [a, b] = [k % columnCount, (k * 7 + 3) % columnCount];
    expressions.push(`C${a + 1} <= C${b + 1} + 100000`);
    plain.push({ kind: "at-most", a, b, k: 100000 });
  }
  const rules = expressions.map((expression, i) => ({ rule: RuleSchema.parse({ id: `r${i}`, kind: "expression", expression, description: { vi: expression, en: expression } }) }));
  const columns = names.map((_, k) => Float64Array.from(data, (v) => v[k]));
  return { table, rules, plain, columns };
}
const register = getDefaultRegister();
const checks = checkCase(10_000, 20, 50);
measure("checks, 10,000 rows × 20 columns × 50 rules (+ localisation)", 10, () => runChecks([checks.table], register, checks.rules), () => plainChecks(checks.columns, checks.plain), "failing rows only");

// A composite against its parts (tong-hop): 10,000 rows of a weighted mean of 10 parts, 4 decimals,
// the weights inferred (non-negative least squares, simplest fractions) and every row tested.
const fitWeights = [0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.15];
const fitRandom = sfc32(21);
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
const fitRows: FitRow[] = Array.from({ length: 10_000 }, () => {
  const parts = fitWeights.map(() => round4(fitRandom()));
  return { composite: round4(parts.reduce((s, x, i) => s + fitWeights[i] * x, 0)), compositeDecimals: 4, parts, partDecimals: parts.map(() => 4) };
});
const fitColumns = fitWeights.map((_, i) => Float64Array.from(fitRows, (f) => f.parts[i]));
const fitComposite = Float64Array.from(fitRows, (f) => f.composite);
measure("tong-hop: weights inferred, 10,000 rows × 10 parts", 10, () => void inferComposite(fitRows), () => void plainWeightFit(fitColumns, fitComposite, 1e-4), "least squares, no constraint");

// Uncertainty analysis: the 63 provinces, and 10,000 units.
const indices63 = base63.groups.map((g) => g.values);
measure(
  "uncertainty: 1,000 draws, 63 provinces",
  20,
  () => startUncertainty(defaultMethodology, base63).step(1000),
  () => plainUncertainty(indices63, 1000, 0.25, sfc32(1)),
);
const base10k = scoreBlock(large, units10k);
measure(
  "uncertainty: 1,000 draws, 10,000 units",
  3,
  () => {
    const run = startUncertainty(large, base10k);
    run.step(1000);
    run.result();
  },
  () => plainUncertainty(base10k.groups.map((g) => g.values), 1000, 0.25, sfc32(1)),
);

// The command's start: `chiso rank` on a 19-row pasted table, as a process (bin/chiso.js: the
// one-file build with its code cache, as a user runs it), against Node starting bare.
const bin = path.join(root, "bin/chiso.js");
const small = path.join(root, "test/fixtures/tables/000-bang-2.6.txt");
measure(
  "chiso rank on a 19-row text table (process, wall)",
  10,
  () => void spawnSync(process.execPath, [bin, "rank", small], { stdio: "ignore" }),
  () => void spawnSync(process.execPath, ["-e", ""], { stdio: "ignore" }),
  "node -e ''",
);

// The readers' growth (bench/growth.ts, also `npm run growth`, which exits 1 when one grows too fast).
const growthLines = (Object.keys(growthSeries) as (keyof typeof growthSeries)[]).map((id) => {
  const { line } = measureSeries(id);
  console.log(line);
  return line;
});

const growth = s100k.engine.median / s10k.engine.median;
const nlogn = (100_000 * Math.log(100_000)) / (10_000 * Math.log(10_000));
const growthLine = `10,000 → 100,000 units: ×${growth.toFixed(1)} (n log n would be ×${nlogn.toFixed(1)}; the floor ×${(s100k.floor!.median / s10k.floor!.median).toFixed(1)})`;
console.log(growthLine);

if (process.argv.includes("--write")) {
  const table = [
    `| case | median | spread (p10–p90) | floor | × floor |`,
    `| --- | ---: | ---: | ---: | ---: |`,
    ...rows.map((r) => `| ${r.label} | ${ms(r.engine.median)} ms | ${spread(r.engine)} ms | ${r.floor ? `${ms(r.floor.median)} ms${r.floorLabel ? ` (${r.floorLabel})` : ""}` : ""} | ${r.floor ? (r.engine.median / r.floor.median).toFixed(2) : ""} |`),
    "",
    growthLine + ".",
    "",
    ...growthLines.map((g) => `- ${g}.`),
  ].join("\n");
  const readme = path.join(root, "docs/benchmarks.md");
  const text = fs.readFileSync(readme, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const at = text.indexOf(start);
  const to = text.indexOf(end);
  if (at < 0 || to < at) throw new Error("docs/benchmarks.md has no bench markers");
  const stamp = `Measured by \`npm run bench -- --write\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${require("os").cpus().length} cores:`;
  fs.writeFileSync(readme, `${text.slice(0, at + start.length)}\n${stamp}\n\n${table}\n${text.slice(to)}`);
  console.log("docs/benchmarks.md: bench table written.");
}
