/**
 * Fuzzing the readers: random pastes made of the pieces real ones are made of (tabs, line
 * breaks, figures, names, HTML, brackets, look-alike letters), and reference tables damaged at
 * random. Reading, ranking and checking never throw, and every cell found points inside the text.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { parseRankedTables, readTables, rerankTable } from "../../src/core/tables";

const register = getDefaultRegister();
const dir = path.join(__dirname, "../fixtures/tables");
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));

const PIECES = [
  "\t", "\n", "\n\n", " ", "  ", "1", "17", "0,633", "1.000", "94,73%", "18/19", "(0,727)", "17 (0,633)", "-", "x", "…",
  "Thứ hạng", "Xếp hạng 2011", "TT", "Tỉnh, thành phố", "Năm 2017", "Quý I/2018", "Tổng cộng", "Tổng 3, 4", "Mức độ 3",
  "Tỷ lệ", "Hà Giang", "TP. Hồ Chí Minh", "Bộ TT&TT", "Bạc Liêu, Bắc Kạn", "Thanh tra Chính phủ (ghi chú)", "Хếp",
  "<td>", "</td>", "<tr>", "<table>", "</table>", "| a |", "|---|", "**Bảng 2.1.**", "www.angiang.gov.vn", "Chưa có",
];

function run(text: string): void {
  const lines = text.split(/\r\n?|\n/).length;
  for (const t of readTables(text, register)) {
    for (const row of [...t.rows, ...(t.total ? [t.total] : [])])
      for (const c of row.cells) {
        expect(c.line).toBeGreaterThanOrEqual(1);
        expect(c.line).toBeLessThanOrEqual(lines);
        expect(c.column).toBeGreaterThanOrEqual(1);
      }
  }
  for (const t of parseRankedTables(text, register).tables) rerankTable(t);
  runChecks(checkTablesFromText(text, "fuzz.txt", register), register);
}

describe("reading never crashes", () => {
  it("on random pastes of table-like pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (pieces) => run(pieces.join(""))),
      { numRuns: 400 },
    );
  });

  it("on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), run), { numRuns: 300 });
  });

  it("on reference tables with lines dropped, doubled, cut or swapped", () => {
    const damage = fc.record({
      table: fc.nat(fixtures.length - 1),
      edits: fc.array(
        fc.record({ kind: fc.constantFrom("drop", "double", "cut", "swap", "tabs-to-spaces"), at: fc.nat(), len: fc.nat(40) }),
        { minLength: 1, maxLength: 6 },
      ),
    });
    fc.assert(
      fc.property(damage, ({ table, edits }) => {
        const lines = fixtures[table].split("\n");
        for (const e of edits) {
          const i = e.at % lines.length;
          if (e.kind === "drop") lines.splice(i, 1);
          if (e.kind === "double") lines.splice(i, 0, lines[i]);
          if (e.kind === "cut") lines[i] = lines[i].slice(0, e.len);
          if (e.kind === "swap" && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
          if (e.kind === "tabs-to-spaces") lines[i] = lines[i].replace(/\t/g, " ");
          if (lines.length === 0) lines.push("");
        }
        run(lines.join("\n"));
      }),
      { numRuns: 200 },
    );
  });
});
