/**
 * Mutation check of the Excel gateway: removes each `load()` and each `sync()` from the files of
 * src/workbook/office/, one at a time, and runs the gateway's tests (the Excel gateway's own and
 * the contract) against the strict fake Excel. Every removal must make a test fail; one that
 * does not is a call the tests would let a change drop unnoticed. Prints each mutation and the
 * count; exits 1 if any survives. Each file is restored whatever happens.
 *
 *   node scripts/mutate-gateway.js
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const dir = path.join(root, "src/workbook/office");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f));
const originals = new Map(files.map((f) => [f, fs.readFileSync(f, "utf8")]));

// A statement of its own that loads or syncs; the handler's closing sync is an expression.
const call = /(\w[\w.?]*\.load\([^)]*\);|await context\.sync\(\);|void result\.context\.sync\(\)\.catch\([^;]*\);)/;
const mutations = files.flatMap((file) =>
  originals
    .get(file)
    .split("\n")
    .flatMap((line, i) => {
      const m = call.exec(line);
      return m ? [{ file, line: i, text: m[1] }] : [];
    }),
);

function runTests() {
  const r = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "test/gateways/officeWorkbook.test.ts", "test/gateways/contract.test.ts", "--silent", "--bail"], { cwd: root, encoding: "utf8" });
  return r.status === 0;
}

let survived = 0;
try {
  if (!runTests()) throw new Error("the gateway's tests fail before any mutation");
  for (const [k, m] of mutations.entries()) {
    const lines = originals.get(m.file).split("\n");
    lines[m.line] = lines[m.line].replace(m.text, "/* removed */");
    fs.writeFileSync(m.file, lines.join("\n"));
    const caught = !runTests();
    fs.writeFileSync(m.file, originals.get(m.file));
    if (!caught) survived++;
    const where = `${path.basename(m.file)}:${m.line + 1}`;
    console.log(`${String(k + 1).padStart(2)}. ${where.padEnd(22)} ${m.text.slice(0, 56).padEnd(56)} ${caught ? "caught" : "SURVIVED"}`);
  }
} finally {
  for (const [file, text] of originals) fs.writeFileSync(file, text);
}
const loads = mutations.filter((m) => m.text.includes(".load(")).length;
console.log(`${mutations.length} removals (${loads} load(), ${mutations.length - loads} sync()): ${mutations.length - survived} caught, ${survived} survived.`);
process.exit(survived ? 1 : 0);
