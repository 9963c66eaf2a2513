/**
 * The import graph of src/ as the compiler resolves it (type-only and lazy imports included),
 * and the two rules it must keep: no arrow from a lower layer to a higher one, and no cycle.
 * The layers, lowest first, are described in docs/architecture.md.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** Lowest first; a file may import its own layer and those below. The pane and `chiso` are peers. */
export const LAYERS: readonly (readonly string[])[] = [
  ["core"],
  ["workbook"],
  ["steps", "demo"],
  ["taskpane", "cli"],
];

export interface ImportGraph {
  /** Files under src, as paths from the root with `/`. */
  files: string[];
  /** For each file, the files of src it imports. */
  imports: Map<string, string[]>;
  /** For each file, the packages it imports (`react`, `zod`, `fs`…). */
  packages: Map<string, string[]>;
}

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.ReactJSX,
};

const walk = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/** Reads every .ts/.tsx file under `root/src`; `extra` adds or replaces files' text (for the mutation test). */
export function importGraph(root: string, extra: Record<string, string> = {}): ImportGraph {
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join("/");
  const onDisk = walk(path.join(root, "src"))
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"))
    .map(rel);
  const files = [...new Set([...onDisk, ...Object.keys(extra)])].sort();
  const host: ts.ModuleResolutionHost = {
    fileExists: (f) => rel(f) in extra || ts.sys.fileExists(f),
    readFile: (f) => extra[rel(f)] ?? ts.sys.readFile(f),
  };
  const imports = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const f of files) {
    const abs = path.join(root, f);
    const text = extra[f] ?? fs.readFileSync(abs, "utf8");
    const found = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
    const inside: string[] = [];
    const outside: string[] = [];
    for (const name of found) {
      if (!name.startsWith(".")) {
        outside.push(name);
        continue;
      }
      const resolved = ts.resolveModuleName(name, abs, options, host).resolvedModule?.resolvedFileName;
      // A relative import the compiler cannot resolve is the compiler's to report; JSON data stays out.
      if (resolved && /\.tsx?$/.test(resolved)) inside.push(rel(resolved));
    }
    imports.set(f, [...new Set(inside)]);
    packages.set(f, [...new Set(outside)]);
  }
  return { files, imports, packages };
}

/** The layer a file of src belongs to (its first folder), as an index into LAYERS. */
export function layerOf(file: string): number {
  const top = file.split("/")[1];
  const k = LAYERS.findIndex((l) => l.includes(top));
  if (k < 0) throw new Error(`${file}: src/${top} is in no layer`);
  return k;
}

/** Every import that runs up a layer, or across between peers (the pane and `chiso`). */
export function upwardImports(g: ImportGraph): string[] {
  const top = (f: string) => f.split("/")[1];
  const out: string[] = [];
  for (const [from, tos] of g.imports)
    for (const to of tos) {
      const [a, b] = [layerOf(from), layerOf(to)];
      if (b > a || (a === b && top(from) !== top(to))) out.push(`${from} → ${to}`);
    }
  return out;
}

/** The import cycles, each as the files in it (Tarjan's strongly connected components). */
export function importCycles(g: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.imports.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.imports.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const f of g.files) if (!index.has(f)) visit(f);
  return cycles;
}
