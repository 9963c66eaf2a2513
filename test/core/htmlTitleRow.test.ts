/**
 * An HTML table as web pages give it (found walking the pane for issue 20): a first row of one
 * cell spanning the table (its title, `colspan="1000"`), then a header over two rows (`Chỉ số`
 * over `DTI 2023 | DTI 2022`). The title row is the table's caption, not a header nor a row.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { readTables } from "../../src/core/tables";

const register = getDefaultRegister();
const text = fs.readFileSync(path.join(__dirname, "../fixtures/walk/dti-2023-colspan.html.txt"), "utf8");

it("reads the title row as the caption and the two header rows as one", () => {
  const [t] = readTables(text, register);
  expect(t.columns.map((c) => c.header)).toEqual(["Xếp hạng", "Tỉnh, thành phố", "Chỉ số DTI 2023", "Chỉ số DTI 2022"]);
  expect([t.roles.rank, t.roles.agency, t.roles.value, t.roles.previousValue]).toEqual([0, 1, 2, 3]);
  expect(t.periods.current?.label).toBe("2023");
  expect(t.rows).toHaveLength(6);
  const raised = runChecks(checkTablesFromText(text, "x.txt", register), register).findings.filter((f) => f.severity !== "info");
  expect(raised).toEqual([]);
});
