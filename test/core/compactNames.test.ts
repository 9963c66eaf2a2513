/**
 * Names written without spaces (issue 19) in space-separated rows: `TP.HN`, `TP.HCM`, `BR-VT`,
 * `TT-Huế`, `ĐăkLăk` are names, not web addresses; a row that cannot be read is listed with its
 * line, never dropped in silence, and the table is not split around it.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { readTables } from "../../src/core/tables";
import { describeTable } from "../../src/core/tables/recognise/understood";
import { cellShape } from "../../src/core/tables/layout/cellShape";

const register = getDefaultRegister();
const text = fs.readFileSync(path.join(__dirname, "../fixtures/shapes/ten-viet-lien.txt"), "utf8");

describe("compact names in space-separated rows", () => {
  it("every row read, in one table, each name resolved; nothing raised but the one name written without its tone marks", () => {
    const tables = readTables(text, register);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.agencies[0]?.agency?.code)).toEqual(["T01", "T79", "T22", "T77", "T46", "T66", "T48"]);
    const findings = runChecks(checkTablesFromText(text, "x.txt", register), register).findings;
    // `ĐăkLăk` drops the sắc marks of Đắk Lắk: said as such, the only warning.
    expect(findings.filter((f) => f.severity !== "info").map((f) => [f.ruleId, f.actual])).toEqual([["danh-muc.sai-chinh-ta", "ĐăkLăk"]]);
  });

  it("an address is small letters or begins http/www; a shortened name in capitals is not one", () => {
    expect(["TP.HCM", "TP.HN"].map(cellShape)).toEqual(["text", "text"]);
    expect(["hanoi.gov.vn", "www.hcm.gov.vn", "WWW.HANOI.GOV.VN", "http://X.VN"].map(cellShape)).toEqual(["website", "website", "website", "website"]);
  });

  it("a row that cannot be read is listed with its line and the table goes on after it", () => {
    const broken = text.replace("BR-VT 5,91 4", "XYZ-ABC 5,91\nBR-VT 5,91 4");
    const tables = readTables(broken, register);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toHaveLength(7);
    expect(describeTable(tables[0], register).vi).toMatch(/không đọc được 1 dòng: dòng 6 “XYZ-ABC 5,91”/);
  });
});
