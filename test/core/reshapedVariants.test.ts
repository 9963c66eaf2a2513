/**
 * Metamorphic tests: every table of the reference reports, reshaped into the layouts users
 * really paste, must read back to the same agencies, values, ranks and findings. A variant may
 * only lose what its layout cannot carry (said per variant below), never gain a finding.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { parseRankedTables, rerankTable } from "../../src/core/tables";
import * as reshape from "../helpers/reshape";

const register = getDefaultRegister();
const dir = path.join(__dirname, "../fixtures/tables");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

/** The agencies with their published rank, value and recomputed rank; and the findings, without places. */
function readBack(text: string) {
  const parsed = parseRankedTables(text, register);
  expect(parsed.problem).toBeUndefined();
  const [table] = parsed.tables;
  const reranked = rerankTable(table);
  const rows = reranked.rows
    .map((r) => [r.code ?? r.inputName, r.publishedRank, r.value, r.rank].join(" | "))
    .sort();
  const report = runChecks(checkTablesFromText(text, "x.txt", register), register);
  const findings = report.findings
    .map((f) => [f.severity, f.ruleId, f.agency?.code ?? f.agency?.name ?? "", f.expected ?? "", f.actual ?? ""].join(" | "))
    .sort();
  return { table, reranked, rows, findings };
}

const SYNONYMS: Record<string, string> = {
  "Thứ hạng": "Xếp hạng",
  "Tỉnh, thành phố": "Địa phương",
  "Bộ, cơ quan ngang Bộ": "Bộ, ngành",
  "Cơ quan thuộc Chính phủ": "Tên cơ quan",
  "Chỉ số năm 2016": "Điểm năm 2016",
  "Chỉ số": "Điểm",
  "Tổng cộng": "Tổng",
  "Địa chỉ Website/Portal": "Trang thông tin điện tử",
  "Mức độ 3": "Mức 3",
  "Mức độ 4": "Mức 4",
  "Số lượng DVCTT mức độ 3": "DVC mức độ 3",
  "Số lượng DVCTT mức độ 4": "DVC mức độ 4",
};

let variantsRead = 0;
afterAll(() => {
  // The count of variants read back, for the closing note of the issue.
  console.log(`reshaped variants read back identically: ${variantsRead}`);
});

describe.each(files)("%s, reshaped", (file) => {
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const t = reshape.splitFixture(text);
  const base = readBack(text);
  const name = base.table.columns.name;
  const last = t.header.length - 1;
  // Prose in cells (the dossiers tables) cannot be laid out one cell per line or with spaces.
  const prose = t.rows.some((r) => r.some((c) => c.split(" ").length > 12));
  // A web address printed with a space in it cannot be told from two cells when spaces separate cells.
  const spacedAddress = t.rows.some((r) => r.some((c) => /\S \S+\.gov\.vn/.test(c)));
  const index = base.table.measure === "index";

  const same = (variant: string) => {
    const back = readBack(variant);
    expect(back.rows).toEqual(base.rows);
    expect(back.findings).toEqual(base.findings);
    variantsRead++;
    return back;
  };

  it("with other header words", () => void same(reshape.synonyms(t, SYNONYMS)));
  it("with its columns in another order", () => void same(reshape.reorder(t, t.header.map((_, i) => last - i))));
  it("as HTML", () => void same(reshape.html(t)));
  if (!prose) {
    it("one cell per line, a blank line between cells", () => {
      const back = same(reshape.cellsPerLine(t));
      expect(back.table.recognised.layout).toBe("cells-per-line");
    });
    it("one cell per line", () => void same(reshape.cellsPerLine(t, false)));
    it("one cell per line, header cells broken over two lines", () => {
      const back = same(reshape.headerOverLines(t));
      expect(back.table.recognised.columns.map((c) => c.header)).toEqual(base.table.recognised.columns.map((c) => c.header));
    });
    it("with the rank and the value in one cell", () => {
      const back = same(reshape.rankAndValue(t, 0, last));
      expect(back.table.recognised.columns.filter((c) => c.part).map((c) => c.role)).toEqual(["rank", index ? "value" : "total"]);
    });
  }
  it("as CSV saved in a Vietnamese locale (`;`, a byte-order mark, quoted cells)", () => {
    const back = same(reshape.semicolonCsv(t));
    expect(back.table.recognised.layout).toBe("semicolons");
  });
  it("as CSV saved in an English locale (`,`, figures written `1,299` and `0.633`)", () => {
    const back = same(reshape.commaCsv(t));
    expect(back.table.recognised.layout).toBe("commas");
  });
  // A PDF or web copy drops an empty cell: where the cell's column is the only one of its form
  // (so its content places it), the short row reads as the table with that cell empty.
  const form = (c: string) => {
    const m = /^[-−]?\d[\d.]*(?:,(\d+))?\s*(%?)$/.exec(c.trim());
    return m ? `${m[1]?.length ?? 0}${m[2]}` : undefined;
  };
  const formsOf = (k: number) => new Set(t.rows.map((r) => (r[k] ?? "").trim() === "" ? "-" : form(r[k])));
  const middle = Math.floor(t.rows.length / 2);
  const lone = t.header.findIndex((_, k) => {
    const own = formsOf(k);
    if (own.has(undefined) || own.has("-") || (t.rows[middle][k] ?? "").trim() === "") return false;
    return t.header.every((_, j) => j === k || ![...formsOf(j)].some((f) => f !== undefined && own.has(f)));
  });
  if (!prose && lone >= 0) {
    const dropped = reshape.droppedCell(t, middle, lone);
    const layouts: [string, "cellsPerLine" | "spaces", string][] = [["one cell per line", "cellsPerLine", "cells-per-line"]];
    if (!spacedAddress) layouts.push(["space-separated", "spaces", "spaces"]);
    for (const [said, variant, layout] of layouts)
      it(`${said}, an empty cell dropped: aligned by content`, () => {
        const want = readBack(dropped.tabs);
        const back = readBack(dropped[variant]);
        expect(back.table.recognised.layout).toBe(layout);
        expect(back.table.recognised.aligned).toHaveLength(1);
        expect(back.rows).toEqual(want.rows);
        expect(back.findings).toEqual(want.findings);
        variantsRead++;
      });
  }
  if (!prose && !spacedAddress)
    it("as space-separated rows", () => {
      const back = same(reshape.spaceSeparated(t));
      expect(back.table.recognised.layout).toBe("spaces");
    });
  if (!prose && name === 1) {
    it("in long layout: one row per agency and figure", () => {
      const back = same(reshape.long(t, name));
      expect(back.table.recognised.reshaped).toBe("long");
    });
    it("turned on its side: agencies across the header", () => {
      const back = same(reshape.transposed(t, name));
      expect(back.table.recognised.reshaped).toBe("transposed");
    });
  }
  // A ranking of rank, name and value alone, numbered as a list: the same agencies, ranks and values.
  const rankCol = base.table.columns.rank;
  const valueCol = base.table.columns.value;
  if (!prose && t.header.length === 3 && rankCol !== undefined && valueCol !== undefined && name !== undefined)
    it("as a numbered list (`1. name value`)", () => {
      const back = readBack(reshape.numberedList(t, rankCol, name, valueCol));
      expect(back.table.recognised.layout).toBe("list");
      expect(back.rows).toEqual(base.rows);
      variantsRead++;
    });
  if (index) {
    it("with the previous period's values: previous ranks and movement", () => {
      // The previous year: the same values, the last three agencies moved up.
      const n = t.rows.length;
      const variant = reshape.secondPeriod(t, "Chỉ số năm 2015", (r, i) => (i >= n - 3 ? "1,000" : r[last]));
      const back = same(variant);
      expect(back.table.periods).toEqual({ current: "2016", previous: "2015" });
      for (const r of back.reranked.rows) {
        expect(r.previousRank).not.toBeNull();
        expect(r.movement).toBe(r.previousRank! - (r.publishedRank ?? r.rank)!);
      }
      expect(back.reranked.rows.filter((r) => r.movement! < 0).length).toBeGreaterThan(0);
    });
    it("with the previous period's ranks", () => {
      const variant = reshape.secondPeriod(t, "Xếp hạng 2015", (r) => r[0]);
      const back = same(variant);
      expect(back.reranked.rows.every((r) => r.movement === 0)).toBe(true);
    });
  }
  if (base.table.block && t.rows.length >= 19)
    it("as an excerpt (top 6, bottom 5, numbered): said once, not one warning per agency", () => {
      const variant = reshape.excerpt(t, 6, 5);
      const back = readBack(variant);
      // The rows kept, with their published rank and value; an excerpt's ranks stand as published.
      const published = (rows: string[]) => rows.map((r) => r.split(" | ").slice(0, 3).join(" | "));
      for (const row of published(back.rows)) expect(published(base.rows)).toContain(row);
      expect(back.reranked.rows.every((r) => r.rank === r.publishedRank)).toBe(true);
      expect(back.table.recognised.coverage).toMatchObject({ excerpt: true, why: "row-numbers-jump" });
      const about = (id: string) => back.findings.filter((f) => f.includes(` | ${id} | `));
      expect(about("danh-muc.trich-doan")).toHaveLength(1);
      expect(about("danh-muc.thieu")).toEqual([]);
      expect(about("thu-hang.bo-hang")).toEqual([]); // the ranks jump over the rows left out
      variantsRead++;
    });
});
