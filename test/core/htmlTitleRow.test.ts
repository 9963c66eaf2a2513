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
