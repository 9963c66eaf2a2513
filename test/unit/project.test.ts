/**
 * Guards on the project itself: the manifest, the layering of src/, and the safety rules
 * (no eval, no HTML built from data, no network besides office.js).
 */
import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import "../../src/core/zodConfig";

const root = path.join(__dirname, "../..");
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
  const importsOf = (f: string) => [...read(f).matchAll(/(?:from|import)\s+"([^"]+)"/g)].map((m) => m[1]);
  /** Where a relative import lands, as a path from the root; packages as they are. */
  const target = (f: string, i: string) => (i.startsWith(".") ? path.normalize(path.join(path.dirname(f), i)) : i);
  const inside = (dir: string) => (f: string, i: string) => !i.startsWith(".") || target(f, i).startsWith(path.join("src", dir) + path.sep);

  it("src/core is pure: no Node, Office, React or ExcelJS, and nothing from outside src/core", () => {
    for (const f of source.filter((f) => f.startsWith(path.join("src", "core")))) {
      for (const i of importsOf(f)) {
        expect([f, i]).toEqual([f, expect.stringMatching(/^(\.|zod$)/)]);
        expect([f, i, inside("core")(f, i)]).toEqual([f, i, true]);
      }
      expect(read(f)).not.toMatch(/\b(Excel|Office)\.\w+|process\.|require\(/);
    }
  });

  it("src/workbook uses core and itself, never the pane or the command line", () => {
    for (const f of source.filter((f) => f.startsWith(path.join("src", "workbook"))))
      for (const i of importsOf(f)) expect([f, i, /^src[\\/](taskpane|cli)/.test(target(f, i))]).toEqual([f, i, false]);
  });

  it("the layering check itself: an import of src/workbook from src/core is caught", () => {
    expect(inside("core")(path.join("src", "core", "checks", "x.ts"), "../../workbook/sheets")).toBe(false);
    expect(inside("core")(path.join("src", "core", "checks", "x.ts"), "../limits")).toBe(true);
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
