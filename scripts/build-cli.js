/**
 * Builds the chiso command, unless the build is newer than every source it is made from (`npm
 * run demo` and `npm run bench` then start at once):
 * - tsc (incremental) into dist/src, dist/bench: the bench, the fuzzer and the layering checks;
 * - esbuild into one file, dist/chiso.js, which bin/chiso.js starts: one file to read and compile
 *   instead of a few hundred, ExcelJS and JSZip left out and loaded only when a workbook is
 *   opened or written, zod's messages in other languages left out as in the pane.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const built = path.join(root, "dist/.built");
const bundle = path.join(root, "dist/chiso.js");
const sources = ["src/core", "src/workbook", "src/steps", "src/cli", "src/demo", "bench", "bin", "scripts/build-cli.js", "tsconfig.json", "tsconfig.cli.json", "package.json"];

function newest(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((t, name) => Math.max(t, newest(path.join(p, name))), stat.mtimeMs);
}

const upToDate =
  fs.existsSync(built) &&
  fs.existsSync(path.join(root, "dist/src/cli/bin.js")) &&
  fs.existsSync(bundle) &&
  newest(built) >= Math.max(...sources.map((s) => newest(path.join(root, s))));
/** zod's messages in other languages, as the pane's webpack does (src/taskpane/noZodLocales.mjs). */
const noZodLocales = {
  name: "no-zod-locales",
  setup(build) {
    build.onResolve({ filter: /locales[\\/]index\.c?js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: path.join(root, "src/taskpane/noZodLocales.mjs") } : undefined,
    );
  },
};

async function build() {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
  await require("esbuild").build({
    entryPoints: [path.join(root, "src/cli/bin.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    outfile: bundle,
    external: ["exceljs", "jszip"],
    plugins: [noZodLocales],
    logLevel: "warning",
  });
  fs.rmSync(path.join(root, "dist/chiso.cache"), { force: true });
  fs.writeFileSync(built, new Date().toISOString());
}

if (!upToDate)
  build().catch((e) => {
    console.error(e);
    process.exit(1);
  });
