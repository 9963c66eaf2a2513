/** `chiso template OUT.xlsx [--methodology ID] [--force]`: the structured input workbook. */
import { getDefaultRegister } from "../../core/agencies/registerEditions";
import {
  dataTables,
  methodologyTables,
  registerTable,
  rulesTable,
} from "../../workbook/sheets";
import { XlsxWorkbook } from "../../workbook/xlsx/xlsxWorkbook";
import { Io } from "../cliError";
import { CLI } from "../messages";
import { localise } from "../../core/msg";
import { refuseToOverwrite } from "../files";
import {
  assessedYear,
  Methodology,
} from "../../core/methodology/methodologySchema";

export async function templateCommand(
  out: string,
  options: { methodology: Methodology; force: boolean },
  io: Io,
): Promise<number> {
  // A methodology no longer in force lists the units of its last year (922: the 63 provinces).
  const year = assessedYear(options.methodology);
  const m =
    year === undefined ? options.methodology : { ...options.methodology, year };
  await refuseToOverwrite(out, options.force);
  const wb = XlsxWorkbook.create(`Sổ tính mẫu: ${m.name.vi}`);
  await wb.writeTables(
    [
      ...methodologyTables(m),
      rulesTable(),
      registerTable(m, getDefaultRegister()),
      ...dataTables(m, getDefaultRegister()),
    ],
    { owned: false },
  );
  await wb.saveAs(out);
  const lang = io.lang ?? "vi";
  io.out(localise(CLI, lang).template.made(out, m.name[lang], m.groups.length));
  return 0;
}
