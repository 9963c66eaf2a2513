/** `chiso template OUT.xlsx [--methodology ID] [--force]`: the structured input workbook. */
import { existsSync } from "fs";
import { getDefaultRegister } from "../../core/agencies/registerEditions";
import {
  dataTables,
  methodologyTables,
  registerTable,
  rulesTable,
} from "../../workbook/sheets";
import { isOwnFile, XlsxWorkbook } from "../../workbook/xlsx/xlsxWorkbook";
import { CliError, Io } from "../cliError";
import { methodologyOf } from "../options";

export async function templateCommand(
  out: string,
  options: { methodology: string; force: boolean },
  io: Io,
): Promise<number> {
  const m = methodologyOf(options.methodology);
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
  io.out(
    `Đã tạo sổ tính mẫu “${out}” theo phương pháp “${m.name.vi}”: ${4 + m.groups.length} trang (Cài đặt, Phương pháp, Quy tắc, Danh mục và ${m.groups.length} trang số liệu).`,
  );
  return 0;
}

/** Never replace a workbook a person has saved: only our own output, or with --force. */
export async function refuseToOverwrite(
  file: string,
  force: boolean,
): Promise<void> {
  if (!force && existsSync(file) && !(await isOwnFile(file))) {
    throw new CliError({
      vi: `Tệp “${file}” đã có và không phải do chiso tạo ra; không ghi đè. Chọn tên khác hoặc thêm --force.`,
      en: `“${file}” exists and was not written by chiso; not overwriting. Choose another name or add --force.`,
    });
  }
}
