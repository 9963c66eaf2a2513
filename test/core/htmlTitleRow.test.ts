/**
 * An HTML table as web pages give it (found walking the pane for issue 20): a first row of one
 * cell spanning the table (its title, `colspan="1000"`), then a header over two rows (`Chỉ số`
 * over `DTI 2023 | DTI 2022`). The title row is the table's caption, not a header nor a row; a
 * rowspan of a narrow table still covers its rows.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { readTables } from "../../src/core/tables";
import { UserError } from "../../src/core/userError";

const register = getDefaultRegister();
const text = fs.readFileSync(
  path.join(__dirname, "../fixtures/walk/dti-2023-colspan.html.txt"),
  "utf8",
);

it("reads the title row as the caption and the two header rows as one", () => {
  const [t] = readTables(text, register);
  expect(t.columns.map((c) => c.header)).toEqual([
    "Xếp hạng",
    "Tỉnh, thành phố",
    "Chỉ số DTI 2023",
    "Chỉ số DTI 2022",
  ]);
  expect([
    t.roles.rank,
    t.roles.agency,
    t.roles.value,
    t.roles.previousValue,
  ]).toEqual([0, 1, 2, 3]);
  expect(t.periods.current?.label).toBe("2023");
  expect(t.rows).toHaveLength(6);
  const raised = runChecks(
    checkTablesFromText(text, "x.txt", register),
    register,
  ).findings.filter((f) => f.severity !== "info");
  expect(raised).toEqual([]);
});

it("a rowspan longer than the table is wide still covers its rows (spans are capped by rows, columns by width)", () => {
  const html = fs.readFileSync(
    path.join(__dirname, "../fixtures/walk/nhom-rowspan.html.txt"),
    "utf8",
  );
  const [t] = readTables(html, register);
  expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
    ["Miền Bắc", "Hà Nội", "0,81"],
    ["", "Hải Phòng", "0,77"],
    ["", "Quảng Ninh", "0,75"],
    ["", "Bắc Ninh", "0,74"],
    ["", "Lào Cai", "0,70"],
  ]);
});

describe("spans that overlap", () => {
  const overlapping = (rows: number) =>
    [
      "<table>",
      ...Array.from(
        { length: rows },
        (_, i) =>
          `<tr><td rowspan="1000" colspan="1000">Hà Nội</td><td>${i}</td><td>0,${i}</td></tr>`,
      ),
      "</table>",
    ].join("\n");

  it("are refused with the line where the rows spread, not laid out as rows² cells", () => {
    let caught: unknown;
    try {
      readTables(overlapping(2_000), register);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UserError);
    const { text, place } = caught as UserError;
    expect(text.vi).toMatch(
      /ô gộp \(rowspan, colspan\) của bảng HTML chồng lên nhau: hàng này trải ra 23 ô, trong khi hàng rộng nhất chỉ có 5 ô/,
    );
    expect(text.en).toMatch(
      /Copy the table again from its page, or paste it as text/,
    );
    expect(place.row).toBe(8); // the 7th row: each row starts 3 cells further right
  });

  it("a rowspan one row too long still reads: a row spread a little past the widest is kept", () => {
    const html = [
      "<table>",
      "<tr><th>Xếp hạng</th><th>Tỉnh</th><th>Chỉ số</th></tr>",
      '<tr><td rowspan="3">1</td><td>Hà Nội</td><td>0,81</td></tr>',
      "<tr><td>Hải Phòng</td><td>0,80</td></tr>",
      "<tr><td>3</td><td>Quảng Ninh</td><td>0,75</td></tr>",
      "</table>",
    ].join("\n");
    const [t] = readTables(html, register);
    expect(t.rows.map((r) => r.cells.map((c) => c.text).join("|"))).toEqual([
      "1|Hà Nội|0,81|",
      "|Hải Phòng|0,80|",
      "|3|Quảng Ninh|0,75", // pushed right by the rowspan, as a browser lays it out
    ]);
  });
});
