/**
 * Builds the chiso command (tsc, incremental) unless the build is newer than every source it is
 * made from: `npm run demo` and `npm run bench` start at once when nothing changed.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const built = path.join(root, "dist/.built");
const sources = ["src/core", "src/workbook", "src/steps", "src/cli", "src/demo", "bench", "tsconfig.json", "tsconfig.cli.json", "package.json"];

function newest(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((t, name) => Math.max(t, newest(path.join(p, name))), stat.mtimeMs);
}

const upToDate = fs.existsSync(built) && fs.existsSync(path.join(root, "dist/src/cli/bin.js")) && newest(built) >= Math.max(...sources.map((s) => newest(path.join(root, s))));
if (!upToDate) {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
  fs.writeFileSync(built, new Date().toISOString());
}
