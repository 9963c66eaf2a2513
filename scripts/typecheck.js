/**
 * `npm run typecheck`: every tsconfig — the whole project (tests and bench included), then each
 * layer under its own (core, workbook and steps, pane, cli: docs/architecture.md) — in two lanes
 * at once, as this machine has two cores. Fails if any does, printing the compiler's errors.
 */
const { spawn } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc");
const lanes = [["tsconfig.json"], ["tsconfig.core.json", "tsconfig.workbook.json", "tsconfig.pane.json", "tsconfig.cli.json"]];

const check = (config) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, "--noEmit", "-p", config], { cwd: root });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => {
      if (code !== 0) process.stderr.write(`${config}:\n${out}`);
      resolve(code === 0);
    });
  });

Promise.all(
  lanes.map(async (lane) => {
    let ok = true;
    for (const config of lane) ok = (await check(config)) && ok;
    return ok;
  }),
).then((results) => process.exit(results.every(Boolean) ? 0 : 1));
