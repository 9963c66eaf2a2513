/**
 * Header cells printed over several lines in one-cell-per-line text (issue 19): an
 * administrative-reform index of ministries copied from a PDF, `Điểm` / `thẩm định`, `Xếp` /
 * `hạng`, a title right above the header. The header is grouped into as many cells as the rows
 * have, by the words; the title is never a cell, and no role lands on the wrong column.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { parseRankedTables, readTables, rerankTable } from "../../src/core/tables";

const register = getDefaultRegister();
const text = fs.readFileSync(path.join(__dirname, "../fixtures/shapes/cchc-mot-o-mot-dong.txt"), "utf8");
const headers = (t: string) => readTables(t, register)[0].columns.map((c) => [c.header, c.role]);

describe("header cells over several lines, one cell per line", () => {
  it("groups the header by its words: the title stays a caption, the rank is the rank, no invented previous period", () => {
    expect(headers(text)).toEqual([
      ["STT", "row-number"],
      ["Tên bộ", "agency"],
      ["Điểm thẩm định", "part"],
      ["Điểm điều tra XHH", "part"],
      ["Chỉ số CCHC", "value"],
      ["Xếp hạng", "rank"],
    ].map(([h, r]) => [h, expect.stringMatching(r === "part" ? /.+/ : `^${r}$`)]));
    const [t] = readTables(text, register);
    expect(t.periods.previous).toBeUndefined();
    const rows = rerankTable(parseRankedTables(text, register).tables[0]).rows;
    expect(rows.map((r) => [r.publishedRank, r.rank, r.previousRank])).toEqual([1, 2, 3, 4, 5].map((n) => [n, n, null]));
    const found = runChecks(checkTablesFromText(text, "x.txt", register), register).findings;
    expect(found.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("the same header with the name and the rank broken too (`Bộ, cơ quan` / `ngang bộ`, `Xếp` / `hạng`)", () => {
    const broken = text
      .replace("Tên bộ\n", "Bộ, cơ quan\nngang bộ\n")
      .replace("Xếp hạng\n", "Xếp\nhạng\n");
    const h = headers(broken);
    expect(h[1]).toEqual(["Bộ, cơ quan ngang bộ", "agency"]);
    expect(h[5]).toEqual(["Xếp hạng", "rank"]);
    expect(rerankTable(parseRankedTables(broken, register).tables[0]).rows.every((r) => r.publishedRank === r.rank)).toBe(true);
  });
});
