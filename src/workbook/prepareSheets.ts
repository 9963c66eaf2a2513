/** Step 1: the structured sheets a workbook needs, created where missing. */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { Methodology } from "../core/methodology/methodologySchema";
import {
  dataTables,
  methodologyTables,
  registerTable,
  rulesTable,
} from "./sheets";
import type { WorkbookPort } from "./workbookPort";

/** Creates the structured sheets that are missing; never touches the ones that exist. */
export async function prepareSheets(
  port: WorkbookPort,
  m: Methodology,
  register: AgencyRegister,
): Promise<{ created: string[]; kept: string[] }> {
  const existing = new Set(await port.sheetNames());
  const wanted = [
    ...methodologyTables(m),
    rulesTable(),
    registerTable(m, register),
    ...dataTables(m, register),
  ];
  const missing = wanted.filter((t) => !existing.has(t.sheet));
  if (missing.length) await port.writeTables(missing, { owned: false });
  return {
    created: missing.map((t) => t.sheet),
    kept: wanted.filter((t) => existing.has(t.sheet)).map((t) => t.sheet),
  };
}
