/**
 * Fuzzing the readers: random pastes made of the pieces real ones are made of (tabs, line
 * breaks, figures, names, HTML, brackets, look-alike letters), and reference tables damaged at
 * random. Reading, ranking and checking never throw, and every cell found points inside the text.
 */
import fc from "fast-check";
import { fuzzKinds } from "../../bench/fuzzInputs";
import { UserError } from "../../src/core/userError";
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import {
  parseRankedTables,
  readTables,
  rerankTable,
} from "../../src/core/tables";

const register = getDefaultRegister();
const dir = path.join(__dirname, "../fixtures/tables");
const fixtures = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
const {
  pieces,
  arbitraryText,
  damaged,
  wideTables,
  spannedHtml,
  longLines,
  extremeFigures,
} = fuzzKinds(fixtures);

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
    fc.assert(fc.property(pieces, run), { numRuns: 400 });
  });

  it("on arbitrary text", () => {
    fc.assert(fc.property(arbitraryText, run), { numRuns: 300 });
  });

  it("on reference tables with lines dropped, doubled, cut or swapped", () => {
    fc.assert(fc.property(damaged, run), { numRuns: 200 });
  });

  // Issue 20's inputs: an answer (a limit said, in words) or a reading, never an uncaught error.
  const answered = (text: string) => {
    try {
      run(text);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
    }
  };
  it("on wide tables, HTML spans up to 1,000, long lines and extreme figures", () => {
    fc.assert(fc.property(wideTables, answered), { numRuns: 8 });
    fc.assert(fc.property(spannedHtml, answered), { numRuns: 20 });
    fc.assert(fc.property(longLines, answered), { numRuns: 20 });
    fc.assert(fc.property(extremeFigures, answered), { numRuns: 60 });
  }, 60_000);
});
