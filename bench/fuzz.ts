/**
 * `npm run fuzz [-- N]`: N generated pastes (default 10,000; as many of each kind) read, ranked
 * and checked as `chiso` would: pieces of real pastes, arbitrary text, damaged reference tables,
 * wide tables, HTML spans, long lines and extreme figures. Prints the uncaught exceptions and the slowest inputs; exits 1
 * if any input threw or took over 2 s.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { getDefaultRegister } from "../src/core/agencies";
import { checkTablesFromText, runChecks } from "../src/core/checks";
import { parseRankedTables, rerankTable } from "../src/core/tables";
import { UserError } from "../src/core/userError";
import { fuzzKinds } from "./fuzzInputs";

const total = Number(process.argv[2] ?? 10_000);
const register = getDefaultRegister();
const dir = path.join(__dirname, "../../test/fixtures/tables");
const fixtures = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));

const kinds = fuzzKinds(fixtures);
const thrown: { kind: string; text: string; error: string }[] = [];
const times: { kind: string; ms: number; text: string }[] = [];
for (const [kind, arb] of Object.entries(kinds)) {
  const inputs = fc.sample(arb, {
    numRuns: Math.ceil(total / Object.keys(kinds).length),
    seed: 20261125,
  });
  for (const text of inputs) {
    const start = performance.now();
    try {
      for (const t of parseRankedTables(text, register).tables) rerankTable(t);
      runChecks(checkTablesFromText(text, "fuzz.txt", register), register);
    } catch (e) {
      // A user's error (a limit) is an answer, not a crash.
      if (!(e instanceof UserError))
        thrown.push({ kind, text, error: String((e as Error).stack ?? e) });
    }
    times.push({ kind, ms: performance.now() - start, text });
  }
}
times.sort((a, b) => b.ms - a.ms);
const over = times.filter((t) => t.ms > 2000);
const median = times[Math.floor(times.length / 2)].ms;
console.log(
  `${times.length} inputs: ${thrown.length} uncaught exceptions, ${over.length} over 2 s; ` +
    `median ${median.toFixed(2)} ms, slowest ${times[0].ms.toFixed(0)} ms (${times[0].kind}, ${times[0].text.length} characters)`,
);
// The slowest input of each generator: where the next cost would come from.
for (const kind of Object.keys(kinds)) {
  const slowest = times.find((t) => t.kind === kind);
  if (slowest)
    console.log(
      `  slowest ${kind}: ${slowest.ms.toFixed(0)} ms (${slowest.text.length} characters)`,
    );
}
for (const t of thrown.slice(0, 5))
  console.log(
    `\n${t.kind}: ${JSON.stringify(t.text.slice(0, 200))}\n${t.error}`,
  );
process.exit(thrown.length || over.length ? 1 : 0);
