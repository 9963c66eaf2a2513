/**
 * Step 1 on a workbook prepared with another methodology: never two methodologies side by side.
 * The user is asked; the other's sheets are replaced only on their word and only while none of
 * its data sheets holds a figure; otherwise nothing changes and the sheets with figures are named.
 */
import * as fs from "fs";
import * as path from "path";
import { getDefaultRegister } from "../../src/core/agencies";
import { getPreset } from "../../src/core/methodology";
import { previewPaste } from "../../src/steps/paste";
import { importPasted } from "../../src/steps/pasteWrite";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { OtherMethodologyError, prepareSheets } from "../../src/steps/prepare";

const register = getDefaultRegister();
const mic = getPreset("mic-2016");
const dti = getPreset("dti-tinh-405");
const snapshot = (book: MemoryWorkbook) => JSON.stringify([...book.sheets]);

describe("preparing a workbook already prepared", () => {
  it("with the same methodology: repairs what is missing and touches nothing else", async () => {
    const book = new MemoryWorkbook();
    await prepareSheets(book, mic, register);
    book.sheets.delete("Quy tắc");
    expect(await prepareSheets(book, mic, register)).toMatchObject({ created: ["Quy tắc"], replaced: [] });
  });

  it("with another methodology: asks first, changing nothing", async () => {
    const book = new MemoryWorkbook();
    await prepareSheets(book, mic, register);
    const before = snapshot(book);
    const error = await prepareSheets(book, dti, register).catch((e) => e);
    expect(error).toBeInstanceOf(OtherMethodologyError);
    expect(error.replaceable).toBe(true);
    expect(error.current.id).toBe("mic-2016");
    expect(error.replaces).toEqual(expect.arrayContaining(["Cài đặt", "Phương pháp", "Danh mục", "N1 Hạ tầng kỹ thuật CNTT"]));
    expect(error.say("vi")).toMatch(/^Sổ tính này đã chuẩn bị theo phương pháp “.*”\. Thay 9 trang của nó .* bằng các trang của “DTI cấp tỉnh theo Quyết định 405\/QĐ-BKHCN \(DTI 2024 trở đi\)”, hay giữ “.*”\? Chưa thay gì\.$/);
    expect(snapshot(book)).toBe(before);
  });

  it("replaced on the user's word when its data sheets hold no figure: one methodology's sheets only, the user's rules kept", async () => {
    const book = new MemoryWorkbook();
    await prepareSheets(book, mic, register);
    await book.updateCells("Quy tắc", [{ cell: "C2", value: "Tổng cộng >= 0" }]);
    const done = await prepareSheets(book, dti, register, { replace: true });
    expect(done.replaced).toHaveLength(9);
    const names = await book.sheetNames();
    expect(names.filter((n) => /^N\d /.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["Cài đặt", "Phương pháp", "Danh mục", "Quy tắc", "DTI Chỉ số DTI (đã công bố)"]));
    expect(book.cell("Quy tắc", "C2")).toBe("Tổng cộng >= 0");
    expect((await book.readTable("Cài đặt"))!.rows[0][1]).toBe("dti-tinh-405");
    // Now it is a DTI workbook: preparing again with the DTI changes nothing.
    expect(await prepareSheets(book, dti, register)).toMatchObject({ created: [], replaced: [] });
  });

  it("refused, even on the user's word, while a data sheet holds figures: the sheets are named and nothing changes", async () => {
    const book = new MemoryWorkbook();
    await prepareSheets(book, mic, register);
    const bang41 = fs.readFileSync(path.join(__dirname, "../fixtures/tables/000-bang-4.1.txt"), "utf8");
    await importPasted(book, mic, previewPaste(bang41, register, { methodology: mic }).table!);
    const before = snapshot(book);
    const error = await prepareSheets(book, dti, register, { replace: true }).catch((e) => e);
    expect(error).toBeInstanceOf(OtherMethodologyError);
    expect(error.replaceable).toBe(false);
    expect(error.withFigures).toEqual([{ sheet: "N1 Hạ tầng kỹ thuật CNTT", figures: 126 }]);
    expect(error.say("en")).toMatch(/1 of its data sheets hold figures \(cells with figures: “N1 Hạ tầng kỹ thuật CNTT” \(126\)\)\. Nothing was replaced/);
    expect(snapshot(book)).toBe(before);
  });
});
