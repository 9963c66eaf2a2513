/**
 * The files the commands read and write: read with a clear error, a workbook opened or refused
 * in words, a user's error naming its file, and never a person's saved workbook replaced.
 */
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { LIMITS } from "../core/limits";
import { LimitError, UserError } from "../core/userError";
import { isOwnFile, XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";
import { CliError } from "./cliError";

/** Work on one file: a user's error it raises names the file. */
export async function inFile<T>(
  file: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserError) e.place.file ??= path.basename(file);
    throw e;
  }
}

/** An .xlsx file, or a bilingual error saying why it cannot be opened. */
export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  try {
    return await inFile(file, () => XlsxWorkbook.open(file));
  } catch (e) {
    if (e instanceof UserError) throw e;
    // ExcelJS's own words stay as the detail; the message says what to do.
    throw new CliError({
      vi: `Không mở được sổ tính “${file}”: tệp hỏng, bị cắt hoặc không phải .xlsx. Hãy mở rồi lưu lại bằng Excel. (Chi tiết: ${(e as Error).message})`,
      en: `Cannot open workbook “${file}”: the file is damaged, cut short or not an .xlsx. Open and save it again in Excel. (Detail: ${(e as Error).message})`,
    });
  }
}

/**
 * A file's bytes, read no further than the largest input any command takes (a workbook's 50 MB):
 * a device or a pipe that never ends (`/dev/zero`) is refused at the limit, not read until the
 * machine runs out of memory.
 */
export async function readInput(file: string): Promise<Buffer> {
  try {
    const handle = await fs.open(file, "r");
    try {
      const chunks: Buffer[] = [];
      let size = 0;
      for (;;) {
        const chunk = Buffer.alloc(1 << 20);
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        size += bytesRead;
        if (size > LIMITS.workbookBytes)
          throw new LimitError(
            {
              vi: `tệp dài hơn ${LIMITS.workbookBytes / 1_000_000} MB, quá giới hạn đầu vào (hoặc là một thiết bị không có điểm dừng). Hãy chia nhỏ tệp.`,
              en: `the file is longer than ${LIMITS.workbookBytes / 1_000_000} MB, over the input limit (or a device with no end). Split it.`,
            },
            { file },
          );
        chunks.push(chunk.subarray(0, bytesRead));
      }
      return Buffer.concat(chunks, size);
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError({
      vi:
        code === "ENOENT"
          ? `Không tìm thấy tệp “${file}”.`
          : `Không đọc được tệp “${file}” (${code}).`,
      en:
        code === "ENOENT"
          ? `File not found: “${file}”.`
          : `Cannot read “${file}” (${code}).`,
    });
  }
}

/**
 * A text file's text: UTF-8 (a byte-order mark dropped, as Excel's "CSV UTF-8" writes one), or
 * UTF-16 with its mark (Excel's "Unicode text"). Any other encoding (a Windows-1258 or 1252
 * export) is refused in words rather than read as garbled names, and so is a binary file.
 */
export function textOf(bytes: Buffer, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // An OLE compound file: a workbook saved with a password (Excel encrypts into one), or an old .xls.
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from("d0cf11e0a1b11ae1", "hex"))
  )
    throw new CliError({
      vi: `“${file}” là sổ tính có mật khẩu, hoặc tệp .xls cũ: chiso không mở được. Hãy bỏ mật khẩu trong Excel (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xoá mật khẩu) rồi lưu dạng .xlsx.`,
      en: `“${file}” is a password-protected workbook, or an old .xls: chiso cannot open it. Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear it) and save as .xlsx.`,
    });
  if (bytes.includes(0))
    throw new CliError({
      vi: `“${file}” không phải tệp văn bản hay .xlsx.`,
      en: `“${file}” is neither a text file nor an .xlsx workbook.`,
    });
  try {
    // The decoder drops a UTF-8 byte-order mark itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError({
      vi: `Tệp “${file}” không phải văn bản UTF-8 (có lẽ là bảng mã Windows-1258 hoặc 1252): tên tiếng Việt sẽ bị đọc sai. Hãy mở bằng Excel rồi lưu dạng “CSV UTF-8” hoặc “Unicode Text”, hoặc dán bảng vào tệp văn bản UTF-8.`,
      en: `“${file}” is not UTF-8 text (perhaps Windows-1258 or 1252): Vietnamese names would be misread. Open it in Excel and save as “CSV UTF-8” or “Unicode Text”, or paste the table into a UTF-8 text file.`,
    });
  }
}

export function isXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b; // a zip: PK
}

/** Never replace a workbook a person has saved: only our own output, or with --force. */
export async function refuseToOverwrite(
  file: string,
  force: boolean,
): Promise<void> {
  if (!force && existsSync(file) && !(await isOwnFile(file))) {
    throw new CliError({
      vi: `Tệp “${file}” đã có, và không phải tệp chiso ghi ra rồi chưa ai sửa; không ghi đè. Chọn tên khác hoặc thêm --force.`,
      en: `“${file}” exists and is not a file chiso wrote that nobody has changed since; not overwriting. Choose another name or add --force.`,
    });
  }
}
