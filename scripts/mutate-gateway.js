/**
 * Mutation check of the Excel gateway: removes each `load()` and each `sync()` from
 * src/workbook/office/officeWorkbook.ts, one at a time, and runs the gateway's tests (the Excel
 * gateway's own and the contract) against the strict fake Excel. Every removal must make a test
 * fail; one that does not is a call the tests would let a change drop unnoticed. Prints each
 * mutation and the count; exits 1 if any survives. The file is restored whatever happens.
 *
 *   node scripts/mutate-gateway.js
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const file = path.join(root, "src/workbook/office/officeWorkbook.ts");
const original = fs.readFileSync(file, "utf8");
const lines = original.split("\n");

// A statement of its own that loads or syncs; the handler's closing sync is an expression.
const call = /(\w[\w.?]*\.load\([^)]*\);|await context\.sync\(\);|void result\.context\.sync\(\)\.catch\([^;]*\);)/;
const mutations = lines.flatMap((line, i) => {
  const m = call.exec(line);
  return m ? [{ line: i, text: m[1] }] : [];
});

function runTests() {
  const r = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "test/excel", "test/contract", "--silent", "--bail"], { cwd: root, encoding: "utf8" });
  return r.status === 0;
}

let survived = 0;
try {
  if (!runTests()) throw new Error("the gateway's tests fail before any mutation");
  for (const [k, m] of mutations.entries()) {
    const mutated = [...lines];
    mutated[m.line] = mutated[m.line].replace(m.text, "/* removed */");
    fs.writeFileSync(file, mutated.join("\n"));
    const caught = !runTests();
    if (!caught) survived++;
    console.log(`${String(k + 1).padStart(2)}. line ${m.line + 1}: ${m.text.slice(0, 60).padEnd(60)} ${caught ? "caught" : "SURVIVED"}`);
  }
} finally {
  fs.writeFileSync(file, original);
}
const loads = mutations.filter((m) => m.text.includes(".load(")).length;
console.log(`${mutations.length} removals (${loads} load(), ${mutations.length - loads} sync()): ${mutations.length - survived} caught, ${survived} survived.`);
process.exit(survived ? 1 : 0);
