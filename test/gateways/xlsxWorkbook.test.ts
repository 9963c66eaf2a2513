import JSZip from "jszip";
import ExcelJS from "exceljs";
import { getDefaultRegister } from "../../src/core/agencies";
import { getPreset } from "../../src/core/methodology";
import { scoreBlock } from "../../src/core/scoring";
import { buildSample2016 } from "../../src/demo/sample2016";
import { dataTables, groupSheetName, methodologyTables, METHOD_SHEET, readMethodology, registerTable } from "../../src/workbook/sheets";
import { readWorkbook } from "../../src/steps/readWorkbook";
import { MethodologyError, SheetExistsError } from "../../src/core/userError";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import type { Cell } from "../../src/workbook/workbookPort";

const register = getDefaultRegister();

/** Through real .xlsx bytes and back. */
async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await wb.toBuffer());
}

describe("the .xlsx gateway", () => {
  it("writes names as text, never as formulas, and reads them back", async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeTables([{ sheet: "T", tableName: "T", columns: [{ header: "Tên", format: { kind: "text" } }, { header: "Số", format: { kind: "number", decimals: 3 } }], rows: [["=HYPERLINK(\"http://x\")", 0.96], ["+1", 1]] }], { owned: false });
    const again = await reopen(wb);
    const t = await again.readTable("T");
    expect(t?.rows).toEqual([["=HYPERLINK(\"http://x\")", 0.96], ["+1", 1]]);
    expect(t?.text[0][1]).toBe("0,960");
    const ws = again.workbook.getWorksheet("T")!;
    expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getColumn(1).numFmt).toBe("@");
  });

  it("writes a link column as hyperlinks to the cells it names", async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeTables([{ sheet: "Phát hiện", tableName: "P", columns: [{ header: "Ô", format: { kind: "link" } }, { header: "Nội dung", format: { kind: "text" } }], rows: [["Dữ liệu!D7", "sai"]] }], { owned: true });
    const bytes = await wb.toBuffer();
    // As Excel writes a link inside the workbook: a location, no relationship to an outside file.
    const zip = await JSZip.loadAsync(bytes);
    const parts = await Promise.all(zip.file(/^xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$/).map((f) => f.async("string")));
    expect(parts.filter((x) => /<hyperlink /.test(x))).toEqual([expect.stringMatching(/<hyperlink ref="A2" location="&apos;Dữ liệu&apos;!D7"\/>/)]);
    expect(parts.join("")).not.toMatch(/relationships\/hyperlink/);
    const again = await XlsxWorkbook.load(bytes);
    expect((await again.readTable("Phát hiện"))!.rows[0]).toEqual(["Dữ liệu!D7", "sai"]);
  });

  it("refuses to replace a sheet it does not own, and changes nothing", async () => {
    const wb = XlsxWorkbook.create();
    const table = { sheet: "Dữ liệu", tableName: "D", columns: [{ header: "A", format: { kind: "text" as const } }, { header: "B", format: { kind: "text" as const } }], rows: [["user", "data"]] };
    await wb.writeTables([table], { owned: false });
    await expect(wb.writeTables([{ ...table, sheet: "Mới", tableName: "M" }, { ...table, rows: [["x", "y"]] }], { owned: false })).rejects.toBeInstanceOf(SheetExistsError);
    expect(await wb.sheetNames()).toEqual(["Dữ liệu"]);
    expect((await wb.readTable("Dữ liệu"))?.rows).toEqual([["user", "data"]]);
    // Not even as "owned": the tool did not make this sheet, whatever its name.
    await expect(wb.writeTables([{ ...table, rows: [["x", "y"]] }], { owned: true })).rejects.toBeInstanceOf(SheetExistsError);
    expect((await wb.readTable("Dữ liệu"))?.rows).toEqual([["user", "data"]]);
  });

  it("replaces, as owned, only the sheets it made itself, and remembers them in the file", async () => {
    const wb = XlsxWorkbook.create();
    const table = { sheet: "XH Tỉnh - N1", tableName: "X", columns: [{ header: "A", format: { kind: "text" as const } }, { header: "B", format: { kind: "text" as const } }], rows: [["1", "a"]] };
    await wb.writeTables([table], { owned: true });
    const again = await reopen(wb);
    await again.writeTables([{ ...table, rows: [["2", "b"]] }], { owned: true });
    expect((await again.readTable("XH Tỉnh - N1"))?.rows).toEqual([["2", "b"]]);
    expect(again.workbook.getWorksheet("ChiSo_SoHuu")!.state).toBe("veryHidden");
  });
});

describe("the template layout", () => {
  it("round-trips every shipped methodology through its sheets", async () => {
    for (const id of ["mac-dinh-tai-dung", "mic-2016", "un-egdi"] as const) {
      const m = getPreset(id);
      const wb = XlsxWorkbook.create();
      await wb.writeTables([...methodologyTables(m), ...dataTables(m, register)], { owned: false });
      const read = await readWorkbook(await reopen(wb), register);
      expect(read.methodology).toEqual(m);
    }
  });

  it("prefills a row per evaluated agency of every block in each group sheet", async () => {
    const m = getPreset("mac-dinh-tai-dung");
    const tables = dataTables(m, register);
    expect(tables.map((t) => t.sheet)).toEqual(m.groups.map(groupSheetName));
    expect(tables[0].rows).toHaveLength(19 + 8 + 63);
    expect(tables[0].columns.map((c) => c.header).slice(0, 4)).toEqual(["Khối", "Mã cơ quan", "Tên cơ quan", "N1.1 Tỷ lệ cán bộ được trang bị máy tính (%)"]);
  });

  it("gives the name column a drop-down of the register's names, and yes/no criteria Có / Không read back as 1 / 0", async () => {
    const m = getPreset("mac-dinh-tai-dung");
    const wb = XlsxWorkbook.create();
    await wb.writeTables([...methodologyTables(m), registerTable(m, register), ...dataTables(m, register)], { owned: false });
    // As a file gives them back: one rule per column, on every row.
    const saved = (await reopen(wb)).workbook.getWorksheet(groupSheetName(m.groups[4]))!;
    for (const row of [2, 91]) {
      expect(saved.getCell(`C${row}`).dataValidation).toMatchObject({ type: "list", formulae: ["'Danh mục'!$B$2:$B$91"] });
      expect(saved.getCell(`D${row}`).dataValidation).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    }
    expect(saved.getCell("C92").dataValidation).toBeUndefined();
    expect((await wb.readTable("Danh mục"))!.rows).toHaveLength(90);
    const n5 = wb.workbook.getWorksheet(groupSheetName(m.groups[4]))!;
    n5.getCell("D2").value = "Có";
    n5.getCell("E2").value = "Không";
    const read = await readWorkbook(await reopen(wb), register);
    const code = n5.getCell("B2").value as string;
    const block = read.blocks.find((b) => b.agencies.some((a) => a.code === code))!;
    const i = block.agencies.findIndex((a) => a.code === code);
    expect([block.values["N5.1"][i], block.values["N5.2"][i]]).toEqual([1, 0]);
  });

  it("says which row of the methodology sheet is wrong", async () => {
    const m = getPreset("mac-dinh-tai-dung");
    const wb = XlsxWorkbook.create();
    await wb.writeTables([...methodologyTables(m), ...dataTables(m, register)], { owned: false });
    const ws = wb.workbook.getWorksheet(METHOD_SHEET)!;
    ws.getCell("N4").value = -5; // third criterion of N1: maximum points
    ws.getCell("L5").value = "magic"; // fourth criterion of N1: its scoring rule
    const error = await readWorkbook(await reopen(wb), register).catch((e) => e);
    expect(error).toBeInstanceOf(MethodologyError);
    expect((error as MethodologyError).problems.map((p) => p.where.vi)).toEqual([
      "Phương pháp, dòng 4 — Nhóm 1 (N1) › Tiêu chí 3 (N1.3) › điểm tối đa",
      "Phương pháp, dòng 5 — Nhóm 1 (N1) › Tiêu chí 4 (N1.4) › quy tắc chấm điểm › loại",
    ]);
  });

  it("reads figures typed as Vietnamese text, resolves names typed differently and points at bad cells", async () => {
    const m = getPreset("mic-2016");
    const wb = XlsxWorkbook.create();
    const values = (code: string) => ({ "Chỉ số N1": code === "T01" ? "0,960" : code === "T79" ? "khoảng 0,8" : 0.5 });
    await wb.writeTables([...methodologyTables(m), ...dataTables(m, register, values)], { owned: false });
    const ws = wb.workbook.getWorksheet(groupSheetName(m.groups[0]))!;
    const haNoiRow = ws.getColumn(2).values.findIndex((v) => v === "T01");
    ws.getCell(haNoiRow, 2).value = null; // no code: the name must do
    ws.getCell(haNoiRow, 3).value = "Thành phố Hà Nội";
    const read = await readWorkbook(await reopen(wb), register);
    const provinces = read.blocks.find((b) => b.block === "province")!;
    const i = provinces.agencies.findIndex((a) => a.code === "T01");
    expect(provinces.groupIndices!.N1[i]).toBe(0.96);
    expect(read.problems).toEqual([expect.objectContaining({ sheet: groupSheetName(m.groups[0]), message: { vi: "“khoảng 0,8” không phải là số", en: "“khoảng 0,8” is not a number" } })]);
    expect(read.problems[0].cell).toMatch(/^D\d+$/);
  });

  it("the 2016 sample reads back and reproduces the published index ranks", async () => {
    const m = getPreset("mic-2016");
    const wb = XlsxWorkbook.create();
    await wb.writeTables([...methodologyTables(m), ...dataTables(m, register, buildSample2016(register).values)], { owned: false });
    const read = await readWorkbook(await reopen(wb), register);
    expect(read.problems).toEqual([]);
    expect(read.blocks.map((b) => [b.block, b.agencies.length])).toEqual([["ministry", 19], ["government", 8], ["province", 63]]);
    for (const input of read.blocks) {
      const r = scoreBlock(m, input);
      m.groups.forEach((g, k) => {
        if (g.source !== "index") return;
        const published = read.publishedRanks[g.id];
        input.agencies.forEach((a, i) => {
          const expected = published.get(a.code);
          // One published tie (Bảng 4.11, TP. Hải Phòng at 48 with Trà Vinh at 47) is ranked apart.
          if (!(g.id === "N6" && a.code === "T31")) expect([a.name, g.id, r.groups[k].ranks[i]]).toEqual([a.name, g.id, expected]);
        });
      });
    }
  });
});

describe("marking findings on cells (.xlsx)", () => {
  const sheet = "Dữ liệu";
  const make = async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeTables([{ sheet, tableName: "D", columns: [{ header: "A", format: { kind: "text" } }, { header: "B", format: { kind: "number", decimals: 0 } }], rows: [["x", 1], ["y", 2]] }], { owned: false });
    // The user had coloured B3 green.
    wb.workbook.getWorksheet(sheet)!.getCell("B3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
    return wb;
  };
  const fill = (wb: XlsxWorkbook, cell: string) => {
    const f = wb.workbook.getWorksheet(sheet)!.getCell(cell).fill as ExcelJS.FillPattern | undefined;
    return f?.fgColor?.argb;
  };

  it("fills marked cells by severity, and on the next run gives each cell its own fill back", async () => {
    const wb = await make();
    await wb.markCells([{ sheet, cell: "B2", severity: "error" }, { sheet, cell: "B3", severity: "warning" }]);
    expect([fill(wb, "B2"), fill(wb, "B3")]).toEqual(["FFF8C9C4", "FFFFE8A3"]);
    const again = await XlsxWorkbook.load(await wb.toBuffer());
    await again.markCells([{ sheet, cell: "A2", severity: "info" }]);
    expect(fill(again, "B2")).toBeUndefined();
    expect(fill(again, "B3")).toBe("FF00FF00");
    expect(fill(again, "A2")).toBe("FFD6E9F8");
    expect(again.workbook.getWorksheet("ChiSo_DanhDau")!.state).toBe("veryHidden");
  });

  it("leaves the finding as a note, never over the user's, and takes it off next time", async () => {
    const wb = await make();
    wb.workbook.getWorksheet(sheet)!.getCell("B3").note = "ghi chú của tôi";
    await wb.markCells([{ sheet, cell: "B2", severity: "error", note: "Lỗi: sai" }, { sheet, cell: "B3", severity: "warning", note: "Cảnh báo" }]);
    const again = await XlsxWorkbook.load(await wb.toBuffer());
    const ws = again.workbook.getWorksheet(sheet)!;
    const text = (cell: string) => { const n = ws.getCell(cell).note as unknown; return typeof n === "string" ? n : (n as { texts?: { text: string }[] } | undefined)?.texts?.map((t) => t.text).join(""); };
    expect([text("B2"), text("B3")]).toEqual(["Lỗi: sai", "ghi chú của tôi"]);
    await again.markCells([]);
    expect([text("B2"), text("B3")]).toEqual([undefined, "ghi chú của tôi"]);
  });

  it("leaves a marked cell alone if the user changed its fill since", async () => {
    const wb = await make();
    await wb.markCells([{ sheet, cell: "B2", severity: "error" }]);
    wb.workbook.getWorksheet(sheet)!.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF0000FF" } };
    await wb.markCells([]);
    expect(fill(wb, "B2")).toBe("FF0000FF");
  });
});

describe("the settings sheet", () => {
  const m = getPreset("mic-2016");
  const [settings, method] = methodologyTables(m);
  const asRead = (rows: Cell[][]) => ({ sheet: "Cài đặt", header: settings.columns.map((c) => c.header), rows, text: rows.map((r) => r.map(String)), headerRow: 1 });
  const methodSheet = { sheet: "Phương pháp", header: method.columns.map((c) => c.header), rows: method.rows, text: method.rows.map((r) => r.map(String)), headerRow: 1 };
  const value = (key: string) => settings.rows.find((r) => r[0] === key)![1];

  it("is written in words, the codes only in a column of their own, and read back to the same methodology", () => {
    expect(value("Xử lý đồng hạng")).toBe("Đồng hạng, bỏ hạng kế tiếp (1, 1, 3)");
    expect(value("Cách tính chỉ số tổng hợp")).toBe("Không tính");
    expect(value("Khối đánh giá")).toBe("Bộ, cơ quan ngang Bộ; Cơ quan thuộc Chính phủ; Tỉnh, thành phố trực thuộc Trung ương");
    expect(settings.rows.find((r) => r[0] === "Xử lý đồng hạng")![3]).toBe("competition; dense; ordinal");
    const read = readMethodology(asRead(settings.rows), methodSheet);
    expect(read.ok && read.methodology).toMatchObject({ blocks: ["ministry", "government", "province"], overall: { method: "none" }, ranking: { ties: "competition", basis: m.ranking.basis } });
  });

  it("reads the codes of a workbook made before, and words typed in English or without care for case", () => {
    const rows = settings.rows.map((r) =>
      r[0] === "Xử lý đồng hạng" ? [r[0], "dense"] : r[0] === "Khối đánh giá" ? [r[0], "ministry, province"] : r[0] === "Cách tính chỉ số tổng hợp" ? [r[0], "mean of the group ranks"] : r,
    );
    const read = readMethodology(asRead(rows), methodSheet);
    expect(read.ok && read.methodology).toMatchObject({ blocks: ["ministry", "province"], overall: { method: "mean-rank" }, ranking: { ties: "dense" } });
  });

  it("names a value that is neither, with the sheet", () => {
    const rows = settings.rows.map((r) => (r[0] === "Xử lý đồng hạng" ? [r[0], "Ngẫu nhiên"] : r));
    const read = readMethodology(asRead(rows), methodSheet);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.map((p) => p.where.vi).join(" ")).toMatch(/Cài đặt/);
  });
});
