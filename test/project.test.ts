/**
 * Guards on the project itself: the manifest, the layering of src/, and the safety rules
 * (no eval, no HTML built from data, no network besides office.js).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { z } from "zod";
import "../src/core/zodConfig";
import { importCycles, importGraph, upwardImports } from "./helpers/importGraph";

const root = path.join(__dirname, "..");
const read = (p: string) => fs.readFileSync(path.join(root, p), "utf8");
const walk = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe("manifest.xml", () => {
  const xml = read("manifest.xml");
  it("is an Excel task-pane add-in that reads and writes the workbook", () => {
    expect(xml).toMatch(/<OfficeApp[^>]*xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
    expect([...xml.matchAll(/<Host Name="([^"]+)"\/>/g)].map((m) => m[1])).toEqual(["Workbook"]);
    expect(xml).toMatch(/<Host xsi:type="Workbook">/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });
  it("has a Vietnamese name and description with English overrides", () => {
    expect(xml).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="Chỉ số CNTT[^"]*">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(xml).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
  });
  it("uses https everywhere, and every icon it names exists", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g), ...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    const icons = urls.filter((u) => u.endsWith(".png")).map((u) => u.replace("https://localhost:3000/", ""));
    expect(new Set(icons)).toEqual(new Set(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]));
    for (const icon of icons) {
      const png = fs.readFileSync(path.join(root, icon));
      const size = Number(icon.match(/(\d+)\.png$/)![1]);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("layering and safety", () => {
  const source = walk("src").filter((f) => /\.(ts|tsx|html)$/.test(f));

  // The compiler holds each layer to its environment (tsconfig.core/workbook/pane/cli.json); the
  // graph, as the compiler resolves it, holds the direction and the absence of cycles.
  const graph = importGraph(root);

  it("no import runs up a layer or across between the pane and chiso, and there is no cycle", () => {
    expect(upwardImports(graph)).toEqual([]);
    expect(importCycles(graph)).toEqual([]);
  });

  it("src/core imports no package but zod and one pure-arithmetic solver, in one file", () => {
    // ml-fcnnls (non-negative least squares) has no I/O and no platform: the composite's weights.
    const allowed = (f: string, p: string) => p === "zod" || (p === "ml-fcnnls" && f === "src/core/checks/compositeFit.ts");
    for (const f of graph.files.filter((f) => f.startsWith("src/core/"))) expect([f, graph.packages.get(f)!.filter((p) => !allowed(f, p))]).toEqual([f, []]);
  });

  it("the graph check itself: a wrong import added to a real file is caught, type-only and lazy ones too", () => {
    const file = "src/core/tables/duplicates.ts";
    const mutated = (line: string) => importGraph(root, { [file]: `${line}\n${read(file)}` });
    expect(upwardImports(mutated('import { OWNED_SHEET } from "../../workbook/workbookPort";'))).toEqual([`${file} → src/workbook/workbookPort.ts`]);
    expect(upwardImports(mutated('import type { Strings } from "../../taskpane/strings";'))).toEqual([`${file} → src/taskpane/strings.ts`]);
    expect(upwardImports(importGraph(root, { "src/cli/zz.ts": 'export const s = () => import("../taskpane/strings");' }))).toEqual(["src/cli/zz.ts → src/taskpane/strings.ts"]);
    // The type-only cycle this layout once had: the table's type naming the edition chooser's.
    const types = "src/core/tables/recognise/types.ts";
    const cyclic = importGraph(root, { [types]: `import type { readInEdition } from "../chooseEdition";\n${read(types)}` });
    expect(importCycles(cyclic)).toEqual([["src/core/tables/chooseEdition.ts", types]]);
  });

  it("each layer's tsconfig refuses what the layer must not use", () => {
    const configs = ["core", "workbook", "pane", "cli"].map((l) => JSON.parse(read(`tsconfig.${l}.json`)));
    const [core, workbook, pane, cli] = configs.map((c) => c.compilerOptions);
    expect([core.lib, core.types]).toEqual([["ES2022"], []]);
    expect(Object.keys(core.paths)).toEqual(expect.arrayContaining(["react", "@fluentui/*", "exceljs", "@microsoft/office-js"]));
    expect(Object.keys(workbook.paths)).toEqual(expect.arrayContaining(["react", "@fluentui/*"]));
    expect(pane.types).not.toContain("node");
    expect(Object.keys(pane.paths)).toEqual(expect.arrayContaining(["exceljs", "jszip"]));
    expect(cli.types).toEqual(["node"]);
    expect(Object.keys(cli.paths)).toEqual(expect.arrayContaining(["react", "@fluentui/*", "@microsoft/office-js"]));
    expect(cli.lib).toEqual(["ES2022"]);
    // What a forbidden package is mapped to must stay a script: importing it is then an error.
    expect(read("types/not-in-this-layer.d.ts")).not.toMatch(/^\s*(import|export)\b/m);
    expect(JSON.parse(read("package.json")).scripts.typecheck).toBe("node scripts/typecheck.js");
    expect(read("scripts/typecheck.js")).toMatch(/"tsconfig\.json"\][\s\S]*"tsconfig\.core\.json", "tsconfig\.workbook\.json", "tsconfig\.pane\.json", "tsconfig\.cli\.json"/);
  });

  /** The compiler's errors on one file put in a layer, under that layer's tsconfig. */
  const compileIn = (layer: string, file: string, text: string) => {
    const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, `tsconfig.${layer}.json`), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
    const abs = path.join(root, file);
    const host = ts.createCompilerHost(parsed.options);
    const getSourceFile = host.getSourceFile;
    host.getSourceFile = (f, v) => (path.resolve(f) === abs ? ts.createSourceFile(f, text, v) : getSourceFile(f, v));
    host.fileExists = ((exists) => (f: string) => path.resolve(f) === abs || exists(f))(host.fileExists);
    const program = ts.createProgram([abs], { ...parsed.options, noEmit: true }, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
  };

  it("a mutant that uses what its layer must not does not compile", () => {
    const used = "export const used = [React, fs, document, Excel, ExcelJS];";
    const core = compileIn("core", "src/core/zzMutant.ts", `import * as React from "react";\nimport * as fs from "fs";\nimport ExcelJS from "exceljs";\n${used}`);
    expect(core).toEqual(expect.arrayContaining([expect.stringMatching(/not-in-this-layer\.d\.ts' is not a module/), expect.stringMatching(/Cannot find module 'fs'/), expect.stringMatching(/Cannot find name 'document'/), expect.stringMatching(/Cannot find name 'Excel'/)]));
    const pane = compileIn("pane", "src/taskpane/zzMutant.ts", 'import ExcelJS from "exceljs";\nexport const used = [ExcelJS, process.env];');
    expect(pane).toEqual([expect.stringMatching(/not-in-this-layer\.d\.ts' is not a module/), expect.stringMatching(/Cannot find name 'process'/)]);
    const cli = compileIn("cli", "src/cli/zzMutant.ts", 'import { Button } from "@fluentui/react-components";\nexport const used = [Button, Excel];');
    expect(cli).toEqual([expect.stringMatching(/is not a module/), expect.stringMatching(/Cannot find name 'Excel'/)]);
    // The same lines are fine where they belong: the check is the layer, not the code.
    expect(compileIn("pane", "src/taskpane/zzMutant.ts", 'export const used = [document.body, Excel.run];')).toEqual([]);
  });

  it("nothing evaluates code or builds HTML from data", () => {
    for (const f of source) {
      const text = read(f);
      expect([f, /\beval\s*\(|new Function\s*\(|innerHTML|outerHTML|dangerouslySetInnerHTML|document\.write/.test(text)]).toEqual([f, false]);
    }
  });
  it("zod runs without compiling code (jitless)", () => {
    expect(z.config().jitless).toBe(true);
  });
  it("the task pane loads nothing from the network but office.js, and says so in its CSP", () => {
    const html = read("src/taskpane/taskpane.html");
    const external = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1];
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    for (const f of source) expect([f, /\bfetch\(|XMLHttpRequest|WebSocket\(|sendBeacon/.test(read(f))]).toEqual([f, false]);
  });
});
