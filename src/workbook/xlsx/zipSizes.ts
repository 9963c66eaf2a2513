/**
 * An .xlsx is a zip: a 1 MB file may inflate to gigabytes. Before ExcelJS inflates anything, the
 * sizes each entry declares are read from the zip's directory and summed, and each entry is then
 * inflated once with its output capped at what it declared, so that an entry that lies about its
 * size stops there. Too big, or lying, is refused in words; never "damaged" for a file that is
 * merely too big.
 */
import { inflateRawSync } from "zlib";
import { LimitError, Place } from "../../core/userError";

/** What all the entries of a workbook may inflate to, together and each (shared strings included). */
export const INFLATED_LIMIT = 200_000_000;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  local: number;
}

const mb = (n: number) => `${Math.round(n / 1e6).toLocaleString("en")} MB`;

/** Refuses a workbook whose entries would inflate past the limit, or past what they declare. */
export function checkZipSizes(bytes: Uint8Array, place: Place = {}): void {
  const entries = zipEntries(bytes);
  if (!entries) return; // not a zip ExcelJS could read either: its own error says so
  let total = 0;
  for (const e of entries) {
    total += e.declared;
    if (e.declared > INFLATED_LIMIT || total > INFLATED_LIMIT)
      throw tooBig(Math.max(e.declared, total), place);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.method !== 8) continue; // stored entries are as big as they are
    if (
      e.local + 30 > bytes.length ||
      view.getUint32(e.local, true) !== 0x04034b50
    )
      return; // a damaged directory: ExcelJS's own error
    const start =
      e.local +
      30 +
      view.getUint16(e.local + 26, true) +
      view.getUint16(e.local + 28, true);
    const data = bytes.subarray(start, start + e.compressed);
    try {
      inflateRawSync(data, { maxOutputLength: e.declared + 1, info: false });
    } catch (err) {
      if (
        (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ||
        err instanceof RangeError
      )
        throw new LimitError(
          {
            vi: `phần “${e.name}” của sổ tính giải nén ra lớn hơn kích thước nó khai báo (${mb(e.declared)}): tệp có thể là một “bom nén”, không mở. Hãy mở rồi lưu lại bằng Excel nếu tệp đáng tin.`,
            en: `the part “${e.name}” of the workbook inflates to more than the size it declares (${mb(e.declared)}): the file may be a zip bomb and is not opened. Open and save it again in Excel if you trust it.`,
          },
          place,
        );
      return; // damaged data: ExcelJS's own error says so
    }
  }
}

function tooBig(size: number, place: Place): LimitError {
  return new LimitError(
    {
      vi: `sổ tính giải nén ra ${mb(size)}, quá giới hạn ${mb(INFLATED_LIMIT)}. Hãy chia sổ tính hoặc xoá các trang không cần rồi lưu lại.`,
      en: `the workbook inflates to ${mb(size)}, over the limit of ${mb(INFLATED_LIMIT)}. Split it or delete the sheets not needed, then save it again.`,
    },
    place,
  );
}

/** The entries a zip's central directory lists, or undefined when there is no directory to read. */
function zipEntries(bytes: Uint8Array): Entry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record: within the last 64 KiB (its comment) + 22 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const entry: Entry = {
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      declared: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(
        bytes.subarray(at + 46, at + 46 + nameLength),
      ),
    };
    // Zip64 (sizes of 4 GiB and more) has no place in a workbook this tool reads.
    if (entry.declared === 0xffffffff || entry.compressed === 0xffffffff)
      entry.declared = Infinity;
    entries.push(entry);
    at +=
      46 +
      nameLength +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return entries;
}
