/**
 * Reads a workbook in the template layout through the port: the methodology from its sheets
 * (or a given one), then every group's data sheet. A missing or invalid methodology throws
 * (MissingSheetError, MethodologyError).
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { Methodology } from "../core/methodology/methodologySchema";
import { OVERALL } from "../core/tables/recognise/types";
import { MethodologyError } from "../core/userError";
import { publishedOverallRanks } from "./publishedRankings";
import {
  groupSheetName,
  METHOD_SHEET,
  readBlockInputs,
  readMethodology,
  SETTINGS_SHEET,
  WorkbookInputs,
} from "../workbook/sheets";
import type { SheetTable, WorkbookPort } from "../workbook/workbookPort";

export type ReadWorkbookResult = { methodology: Methodology } & WorkbookInputs;

export async function readWorkbook(
  port: WorkbookPort,
  register: AgencyRegister,
  methodology?: Methodology,
): Promise<ReadWorkbookResult> {
  let m = methodology;
  if (!m) {
    const result = readMethodology(
      await port.readTable(SETTINGS_SHEET),
      await port.readTable(METHOD_SHEET),
    );
    if (!result.ok) throw new MethodologyError(result.problems);
    m = result.methodology;
  }
  const sheets = new Map<string, SheetTable>();
  for (const g of m.groups) {
    const table = await port.readTable(groupSheetName(g));
    if (table) sheets.set(table.sheet, table);
  }
  const inputs = readBlockInputs(m, register, sheets);
  // The published overall, where the user pasted it: set beside the computed one.
  const overall = await publishedOverallRanks(port, register);
  if (overall.size) inputs.publishedRanks[OVERALL] = overall;
  return { methodology: m, ...inputs };
}
