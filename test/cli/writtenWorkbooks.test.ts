/**
 * Every workbook `chiso` writes, opened by a second reader: the .xlsx parts themselves (JSZip and
 * the XML), not ExcelJS, which wrote them. What another application needs to show and print a
 * report: the sheet it opens on, the state sheets last, one page wide with the header repeated,
 * a named font, styles on the cells, links from the contents, one drop-down rule per column,
 * a document title, and words where codes were.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/chiso";
import { MARKS_SHEET, OWNED_SHEET } from "../../src/workbook/workbookPort";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-written-"));
async function chiso(...args: string[]): Promise<void> {
  const err: string[] = [];
  const code = await main(args, { out: () => undefined, err: (t) => err.push(t), cwd: dir });
  expect({ args, code, err }).toEqual({ args, code: 0, err: [] });
}

interface Part {
  name: string;
  state: string;
  xml: string;
}

/** The parts of a file, read as another application reads them. */
async function open(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, file)));
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const book = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="/?(?:xl/)?([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  const sheets: Part[] = [];
  for (const [tag] of book.matchAll(/<sheet [^>]*>/g)) {
    const attr = (a: string) => new RegExp(`${a}="([^"]+)"`).exec(tag)?.[1];
    sheets.push({ name: unescape(attr("name")!), state: attr("state") ?? "visible", xml: await text(`xl/${target(attr("r:id")!)}`) });
  }
  return {
    sheets,
    activeTab: Number(/activeTab="(\d+)"/.exec(book)?.[1] ?? 0),
    definedNames: [...book.matchAll(/<definedName name="([^"]+)"[^>]*localSheetId="(\d+)"[^>]*>([^<]*)</g)].map((m) => ({ name: m[1], sheet: Number(m[2]), ref: unescape(m[3]) })),
    title: unescape(/<dc:title>([^<]*)<\/dc:title>/.exec(await text("docProps/core.xml"))?.[1] ?? ""),
    styles: await text("xl/styles.xml"),
    strings: [...(await text("xl/sharedStrings.xml")).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => unescape(m[1])),
  };
}
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** What every written file must be, whatever it holds. */
async function readsAsAReport(file: string, opensOn: string) {
  const book = await open(file);
  const names = book.sheets.map((s) => s.name);
  const visible = book.sheets.filter((s) => s.state === "visible");
  // Opens on a visible sheet, the one a reader starts from; that sheet's tab is the selected one.
  expect(names[book.activeTab]).toBe(opensOn);
  expect(book.sheets[book.activeTab].state).toBe("visible");
  expect(book.sheets.filter((s) => /tabSelected="1"/.test(s.xml)).map((s) => s.name)).toEqual([opensOn]);
  // The tool's state last, hidden.
  const state = book.sheets.filter((s) => s.name === OWNED_SHEET || s.name === MARKS_SHEET);
  expect(names.slice(names.length - state.length)).toEqual(state.map((s) => s.name));
  for (const s of state) expect(s.state).toBe("veryHidden");
  expect(book.title.length).toBeGreaterThan(10);
  // Every font named (a style without a name falls back to a serif outside Excel).
  const fonts = [...book.styles.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]);
  expect(fonts.length).toBeGreaterThan(1);
  for (const f of fonts) expect(f).toMatch(/<name val="Calibri"\/>/);
  for (const s of visible) {
    const where = `${file} › ${s.name}`;
    // One page wide, as many down as it takes, the header row on every page.
    expect({ where, fit: /<pageSetUpPr fitToPage="1"\/>/.test(s.xml) }).toEqual({ where, fit: true });
    const setup = /<pageSetup ([^>]*)\/>/.exec(s.xml)?.[1] ?? "";
    expect({ where, setup }).toEqual({ where, setup: expect.stringMatching(/fitToWidth="1".*fitToHeight="0"|fitToHeight="0".*fitToWidth="1"/) });
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/orientation="(portrait|landscape)"/);
    const header = Number(/<tableParts/.test(s.xml) ? (/ySplit="(\d+)"/.exec(s.xml)?.[1] ?? 0) : 0);
    const titles = book.definedNames.find((d) => d.name === "_xlnm.Print_Titles" && d.sheet === names.indexOf(s.name));
    expect({ where, titles: titles?.ref }).toEqual({ where, titles: expect.stringMatching(new RegExp(`!\\$${header}:\\$${header}$`)) });
    // One drop-down rule per column: no column in two rules.
    const columns = [...s.xml.matchAll(/<dataValidation [^>]*sqref="([A-Z]+)\d+(?::[A-Z]+\d+)?"/g)].map((m) => m[1]);
    expect({ where, columns }).toEqual({ where, columns: [...new Set(columns)] });
  }
  return book;
}

/** A row's cells as the second reader sees them: shared strings resolved. */
function cellsOf(part: Part, strings: string[], row: number): string[] {
  const xml = new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(part.xml)?.[1] ?? "";
  return [...xml.matchAll(/<c r="[A-Z]+\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((m) => {
    const v = /<v>([^<]*)<\/v>/.exec(m[2] ?? "")?.[1] ?? "";
    return /t="s"/.test(m[1]) ? strings[Number(v)] : unescape(v);
  });
}

const boldStyles = (styles: string) => {
  const fonts = [...styles.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => /<b\/>/.test(m[1]));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  return [...xfs.matchAll(/<xf [^>]*fontId="(\d+)"/g)].map((m) => fonts[Number(m[1])]);
};

beforeAll(async () => {
  await chiso("template", path.join(dir, "mau.xlsx"));
  await chiso("demo", "--out", ".");
  await chiso("sensitivity", path.join(dir, "du-lieu-2016.xlsx"), "--out", "do-tin-cay.xlsx", "--draws", "200");
}, 60_000);

describe("every workbook chiso writes reads as a report in another application", () => {
  it("the template opens on its settings, in words, with the codes beside them", async () => {
    const book = await readsAsAReport("mau.xlsx", "Cài đặt");
    const settings = book.sheets[0];
    const rows = Array.from({ length: 20 }, (_, r) => cellsOf(settings, book.strings, r + 1));
    expect(rows[0]).toEqual(["Khóa", "Giá trị", "Giá trị hợp lệ", "Mã (dòng lệnh)"]);
    const row = (key: string) => rows.find((r) => r[0] === key)!;
    expect(row("Xử lý đồng hạng").slice(1)).toEqual([
      "Đồng hạng, bỏ hạng kế tiếp (1, 1, 3)",
      "Đồng hạng, bỏ hạng kế tiếp (1, 1, 3); Đồng hạng, không bỏ hạng (1, 1, 2); Mỗi cơ quan một hạng (1, 2, 3)",
      "competition; dense; ordinal",
    ]);
    expect(row("Khối đánh giá")[1]).toBe("Bộ, cơ quan ngang Bộ; Cơ quan thuộc Chính phủ; Tỉnh, thành phố trực thuộc Trung ương");
    // No code where a reader looks for the value.
    for (const r of rows.slice(1)) expect(r[1] ?? "").not.toMatch(/^(none|competition|dense|ordinal|published|full|weighted-\w+|mean-rank)$|ministry|province/);
  });

  it("the ranked workbook opens on its contents, which link to every sheet and say each method in words", async () => {
    const book = await readsAsAReport("xep-hang-2016.xlsx", "Mục lục");
    const contents = book.sheets[0];
    const visible = book.sheets.filter((s) => s.state === "visible").map((s) => s.name);
    // A link to every other visible sheet, to its first cell.
    const links = [...contents.xml.matchAll(/<hyperlink [^>]*location="([^"]+)"/g)].map((m) => unescape(m[1]));
    expect(links).toEqual(visible.slice(1).map((n) => `'${n}'!A1`));
    // Inside the file: no relationship to an outside target, as Excel writes its own links.
    expect(contents.xml).not.toMatch(/<hyperlink [^>]*r:id=/);
    expect(visible.slice(1, 4)).toEqual(["XH Bộ - N1", "XH Bộ - N2", "XH Bộ - N3"]);
    // How each table was made, in words: no `index:entered`, no `overall:mean-rank(…)`.
    const rows = Array.from({ length: visible.length - 1 }, (_, r) => cellsOf(contents, book.strings, r + 4));
    expect(rows[0]).toEqual(["XH Bộ - N1", "Chỉ số Hạ tầng kỹ thuật CNTT — Bộ, cơ quan ngang Bộ", "Chỉ số nhóm như đã nhập; cao hơn xếp trên", "19"]);
    for (const r of rows) expect(r[2]).not.toMatch(/[a-z]+:[a-z]|\(N\d/);
    expect(rows.find((r) => r[0] === "XH Tỉnh - TH thứ hạng")![2]).toBe("Trung bình thứ hạng các nhóm N1, N2, N3, N4, N5, N6; thấp hơn xếp trên");
  });

  it("a ranked sheet: the title, the header and the rank in bold on the cells, the widths from the names", async () => {
    const book = await open("xep-hang-2016.xlsx");
    const sheet = book.sheets.find((s) => s.name === "XH Tỉnh - N1")!;
    const bold = boldStyles(book.styles);
    const styleOf = (cell: string) => Number(new RegExp(`<c r="${cell}"[^>]*s="(\\d+)"`).exec(sheet.xml)?.[1] ?? 0);
    expect(["A1", "A3", "B3", "D3", "A4", "A66"].map((c) => bold[styleOf(c)])).toEqual([true, true, true, true, true, true]);
    expect(["B4", "D4", "B66"].map((c) => bold[styleOf(c)])).toEqual([false, false, false]);
    // The agency column as wide as its longest name (Thừa Thiên Huế, Bà Rịa - Vũng Tàu), no wider.
    const widths = [...sheet.xml.matchAll(/<col min="(\d+)"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[2]));
    expect(widths[1]).toBeGreaterThanOrEqual("Bà Rịa - Vũng Tàu".length + 2);
    expect(widths[1]).toBeLessThan(30);
    // Portrait: five narrow columns fit across an A4 page.
    expect(sheet.xml).toMatch(/orientation="portrait"/);
  });

  it("a wide sheet prints landscape", async () => {
    const book = await open("xep-hang-2016.xlsx");
    expect(book.sheets.find((s) => s.name === "Mục lục")!.xml).toMatch(/orientation="landscape"/);
  });

  it("the bands workbook opens on its contents, never on its state sheet", async () => {
    const book = await readsAsAReport("do-tin-cay.xlsx", "Mục lục");
    expect(book.sheets.map((s) => s.name)).toEqual(["Mục lục", "Tin cậy Bộ", "Tin cậy CQCP", "Tin cậy Tỉnh", OWNED_SHEET]);
    // Its long header wraps on a row tall enough, not clipped.
    const bands = book.sheets[1];
    expect(Number(/<row r="3"[^>]* ht="([\d.]+)"/.exec(bands.xml)?.[1])).toBeGreaterThanOrEqual(30);
  });

  it("the input workbook of the demo opens on its settings", async () => {
    await readsAsAReport("du-lieu-2016.xlsx", "Cài đặt");
  });

  it("reads back in ExcelJS with the same figures", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "xep-hang-2016.xlsx"));
    expect(wb.worksheets[0].name).toBe("Mục lục");
    expect(wb.getWorksheet("XH Bộ - N1")!.getCell("B4").value).toBe("Bộ Công Thương");
  });
});

describe("chiso check on a workbook of its own results", () => {
  it("skips the results and says so, never “no findings”", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["check", path.join(dir, "do-tin-cay.xlsx")], { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir });
    expect(code).toBe(2);
    expect(out.join("\n")).toMatch(/^Chỉ có kết quả do chiso ghi \(4 trang\), không có bảng số liệu nào để kiểm tra\./);
    expect(out.join("\n")).toMatch(/Tin cậy Bộ — kết quả do chiso ghi — không kiểm tra lại/);
    expect(out.join("\n")).not.toMatch(/Cảnh báo|Không có phát hiện nào|ChiSo_SoHuu/);
  });
});
