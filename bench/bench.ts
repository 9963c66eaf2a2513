/**
 * `npm run bench`: median time of scoring + ranking (group indices, overall, every rank) for
 * 63 provinces on the default methodology, and for 10,000 units × 100 indicators. Generated
 * data; a fixed seed so runs compare. Prints figures; asserts nothing.
 */
import { performance } from "perf_hooks";
import { getPreset } from "../src/core/methodology/presets";
import { Methodology, validateMethodology } from "../src/core/methodology";
import { BlockInput, scoreBlock } from "../src/core/scoring/scoreBlock";
import { whatIf } from "../src/core/scoring/whatIf";
import { getDefaultRegister } from "../src/core/agencies/registerEditions";
import { CheckTable } from "../src/core/checks/checkTable";
import { cell } from "../src/core/checks/fromRecognised";
import { runChecks, UserRule } from "../src/core/checks/runChecks";
import { RuleSchema } from "../src/core/checks/ruleSchema";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function inputFor(m: Methodology, units: number, seed: number): BlockInput {
  const r = rng(seed);
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

function largeMethodology(indicators: number): Methodology {
  const types = ["ratio", "relative-to-best", "yes-no", "count-capped", "tiers", "min-max"] as const;
  const groups = Array.from({ length: 6 }, (_, g) => ({
    id: `G${g + 1}`,
    name: { vi: `Nhóm ${g + 1}`, en: `Group ${g + 1}` },
    criteria: Array.from({ length: Math.ceil(indicators / 6) }, (_, k) => g * 100 + k)
      .slice(0, indicators - g * Math.ceil(indicators / 6))
      .map((id, k) => {
        const type = types[(id + k) % types.length];
        const rule = type === "ratio" ? { type, scale: 100 } : type === "count-capped" ? { type, pointsPerItem: 2 } : type === "tiers" ? { type, tiers: [{ atLeast: 1, points: 5 }, { atLeast: 4, points: 10 }] } : { type };
        return { id: `C${id}`, name: { vi: `Tiêu chí ${id}`, en: `Criterion ${id}` }, rule, maxPoints: 10 };
      }),
  }));
  const r = validateMethodology({ id: "bench", name: { vi: "b", en: "b" }, description: { vi: "b", en: "b" }, blocks: ["province"], groups, overall: { method: "weighted-arithmetic", decimals: 3 } });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.methodology;
}

function measure(label: string, runs: number, fn: () => void): void {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`${label.padEnd(58)} median ${at(0.5).toFixed(2).padStart(8)} ms   p90 ${at(0.9).toFixed(2).padStart(8)} ms   (${runs} runs)`);
}

const defaultMethodology = getPreset("mac-dinh-tai-dung");
const provinces = inputFor(defaultMethodology, 63, 1);
const criteriaCount = defaultMethodology.groups.reduce((s, g) => s + g.criteria.length, 0);
measure(`scoring + ranking, 63 provinces × ${criteriaCount} criteria (default)`, 500, () => scoreBlock(defaultMethodology, provinces));

const mic1719 = getPreset("mic-2017-2019");
const published = { ...provinces, groupIndices: Object.fromEntries(mic1719.groups.map((g, k) => [g.id, Float64Array.from({ length: 63 }, (_, i) => ((i * 37 + k * 11) % 1000) / 1000)])) };
const baseline = scoreBlock(mic1719, published);
let slider = 0;
measure("what-if: one weight moved, 63 provinces re-ranked", 2000, () => whatIf(mic1719, baseline, { N3: (slider = (slider + 0.1) % 3) }));

const large = largeMethodology(100);
const units = inputFor(large, 10_000, 2);
measure("scoring + ranking, 10,000 units × 100 indicators", 25, () => scoreBlock(large, units));

/**
 * 10,000 rows × 20 count columns, 50 rules: C(k) = C(k+1) + C(k+2) balances and C(k) <= C(j)
 * subsets, consistent except 20 corrupted cells, so that the localiser has work to do.
 */
function checkCase(rows: number, columnCount: number, ruleCount: number): { table: CheckTable; rules: UserRule[] } {
  const r = rng(3);
  const names = Array.from({ length: columnCount }, (_, k) => `C${k + 1}`);
  const data = Array.from({ length: rows }, () => {
    const v = new Array<number>(columnCount).fill(0);
    for (let k = columnCount - 1; k >= 0; k--) v[k] = k % 3 === 0 && k + 2 < columnCount ? v[k + 1] + v[k + 2] : Math.floor(r() * 1000);
    return v;
  });
  for (let i = 0; i < 20; i++) data[Math.floor(r() * rows)][Math.floor(r() * columnCount)] += 7;
  const table: CheckTable = {
    source: "bench",
    name: "Bảng thử",
    kind: "generic",
    columns: names.map((name) => ({ name, header: name, kind: "count" })),
    rows: data.map((v, i) => ({ index: i, label: `Đơn vị ${i}`, agencies: [], cells: v.map((x, k) => cell(x, "count", { source: "bench", table: "Bảng thử", line: i + 2, column: k + 1 })) })),
    roles: {},
  };
  const expressions: string[] = [];
  for (let k = 0; k + 2 < columnCount && expressions.length < ruleCount; k += 3) expressions.push(`C${k + 1} = C${k + 2} + C${k + 3}`);
  for (let k = 0; expressions.length < ruleCount; k++) expressions.push(`C${(k % columnCount) + 1} <= C${((k * 7 + 3) % columnCount) + 1} + 100000`);
  const rules = expressions.map((expression, i) => ({ rule: RuleSchema.parse({ id: `r${i}`, kind: "expression", expression, description: { vi: expression, en: expression } }) }));
  return { table, rules };
}

const register = getDefaultRegister();
const { table, rules } = checkCase(10_000, 20, 50);
measure("checks, 10,000 rows × 20 columns, 50 rules (+ localisation)", 10, () => runChecks([table], register, rules));
