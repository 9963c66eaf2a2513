/**
 * Workbooks that inflate far past their size (issue 20), made here: a part that declares more
 * than the limit, and a part that lies, declaring little and inflating to much. Both are refused
 * before ExcelJS inflates anything, in words that say why (never "damaged"), quickly and with
 * bounded memory; a workbook of ordinary size opens as before.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { LimitError } from "../../src/core/userError";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { INFLATED_LIMIT } from "../../src/workbook/xlsx/zipSizes";

async function workbookWith(padding: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("N1").addRow(["Tỉnh", "Chỉ số"]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  // Zeros inflate from almost nothing: 20 MB from about 20 KB.
  zip.file("xl/media/pad.bin", new Uint8Array(padding));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The bytes with the size one entry declares in the zip's directory set to `size`. */
function declare(bytes: Uint8Array, entry: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entry);
  for (let i = 0; i + 46 < out.length; i++)
    if (
      view.getUint32(i, true) === 0x02014b50 &&
      view.getUint16(i + 28, true) === name.length &&
      name.every((b, k) => out[i + 46 + k] === b)
    ) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  throw new Error(`no entry ${entry}`);
}

describe("a workbook that inflates past its size", () => {
  it("opens as before when it is of ordinary size", async () => {
    const wb = await XlsxWorkbook.load(await workbookWith(1_000_000));
    expect(await wb.sheetNames()).toEqual(["N1"]);
  });

  it("is refused when a part declares more than the limit, before anything is inflated", async () => {
    const bomb = declare(
      await workbookWith(1_000),
      "xl/media/pad.bin",
      INFLATED_LIMIT + 1,
    );
    const started = performance.now();
    const error = await XlsxWorkbook.load(bomb).catch((e) => e);
    expect(error).toBeInstanceOf(LimitError);
    expect(error.text.vi).toMatch(
      /^sổ tính giải nén ra 200 MB, quá giới hạn 200 MB\. Hãy chia sổ tính/,
    );
    expect(error.text.en).not.toMatch(/damaged/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("is refused when a part inflates to more than it declares (a zip bomb), inflating no further", async () => {
    const lying = declare(
      await workbookWith(20_000_000),
      "xl/media/pad.bin",
      1_000,
    );
    const error = await XlsxWorkbook.load(lying).catch((e) => e);
    expect(error).toBeInstanceOf(LimitError);
    expect(error.text.vi).toMatch(
      /phần “xl\/media\/pad\.bin” của sổ tính giải nén ra lớn hơn kích thước nó khai báo \(0 MB\): tệp có thể là một “bom nén”/,
    );
  });
});
