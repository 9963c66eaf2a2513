/**
 * One contract, three gateways: the same behaviour of the workbook port, run against the
 * in-memory workbook, the .xlsx gateway (ExcelJS) and the Office gateway over a fake Excel as
 * strict as Excel, on the hosts the manifest admits: ExcelApi 1.9 (its minimum), 1.14 (the
 * trigger source of an edit) and 1.18 (cell notes); on 1.7, below the minimum, every action is
 * refused before it sends anything. Reading (header under a title, numbers from
 * values), owned sheets, refused writes that change nothing, marks and notes given back, limits.
 */
import ExcelJS from "exceljs";
import { LimitError, MissingSheetError, OldExcelError, SheetExistsError, UserError } from "../../src/core/userError";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import type { Cell, TableToWrite, WorkbookPort } from "../../src/workbook/workbookPort";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { fakeExcel, hostSupports } from "../helpers/fakeExcel";

interface Probe {
  port: WorkbookPort;
  /** A cell's note, where the gateway writes notes (undefined where it has none). */
  note?(sheet: string, cell: string): string | undefined;
  value(sheet: string, cell: string): Cell | undefined;
  fill(sheet: string, cell: string): string | undefined;
  setFill(sheet: string, cell: string, color: string): void;
  /** Everything a user could see, to compare before and after a refused write. */
  snapshot(): Promise<string>;
}

const a1 = (cell: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return { row: Number(m[2]) - 1, col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
};

const gateways: Record<string, (sheets: Record<string, Cell[][]>) => Promise<Probe>> = {
  memory: async (sheets) => {
    const book = new MemoryWorkbook();
    for (const [name, rows] of Object.entries(sheets)) book.sheets.set(name, { rows: rows.map((r) => [...r]), formats: [], fills: new Map() });
    return {
      port: book,
      value: (s, c) => book.cell(s, c) ?? null,
      fill: (s, c) => book.sheets.get(s)?.fills.get(c),
      setFill: (s, c, color) => book.sheets.get(s)!.fills.set(c, color),
      snapshot: async () => JSON.stringify([...book.sheets].map(([n, s]) => [n, s.rows, [...s.fills]])),
    };
  },
  xlsx: async (sheets) => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
    // Through bytes, as a user's file is opened: cells with one style share one style object.
    const book = await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    const cellOf = (s: string, c: string) => book.workbook.getWorksheet(s)!.getCell(c);
    return {
      port: book,
      value: (s, c) => {
        const v = cellOf(s, c).value;
        return v === undefined ? null : (v as Cell);
      },
      fill: (s, c) => {
        const f = cellOf(s, c).fill;
        return f && f.type === "pattern" && f.pattern === "solid" ? `#${f.fgColor!.argb!.slice(2)}` : undefined;
      },
      setFill: (s, c, color) => {
        cellOf(s, c).style = { ...cellOf(s, c).style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.slice(1)}` } } };
      },
      note: (s, c) => {
        const n = cellOf(s, c).note as string | { texts?: { text: string }[] } | undefined;
        return !n ? undefined : typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
      },
      snapshot: async () =>
        JSON.stringify(
          book.workbook.worksheets.map((ws) => {
            const cells: unknown[] = [];
            ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.value, c.style])));
            return [ws.name, ws.state, cells];
          }),
        ),
    };
  },
  ...Object.fromEntries(
    ["1.9", "1.14", "1.18"].map((host) => [
      `office (ExcelApi ${host})`,
      async (sheets: Record<string, Cell[][]>): Promise<Probe> => {
        hostSupports(host);
        const x = fakeExcel(sheets);
        const key = (s: string, c: string) => `${s}!${a1(c).row}:${a1(c).col}`;
        return {
          port: new OfficeWorkbook(x.run),
          value: (s, c) => {
            const v = x.grids.get(s)?.[a1(c).row]?.[a1(c).col];
            return v === undefined || v === "" ? null : (v as Cell);
          },
          fill: (s, c) => x.fills.get(key(s, c))?.color,
          setFill: (s, c, color) => x.fills.set(key(s, c), { color, pattern: "Solid" }),
          ...(host === "1.18" ? { note: (s: string, c: string) => x.notes.get(`${s}!${c}`) } : {}),
          snapshot: async () => JSON.stringify([[...x.grids], [...x.fills], [...x.notes]]),
        };
      },
    ]),
  ),
};

const data: Record<string, Cell[][]> = {
  "Dữ liệu": [
    ["Số dịch vụ công theo tỉnh", null, null],
    [null, null, null],
    ["Mã", "Tỉnh", "Tổng cộng"],
    ["T02", "Hà Giang", 1374],
    ["T89", "An Giang", 0.96],
    ["T04", "Cao Bằng", null],
  ],
};

const result = (sheet: string, rows: Cell[][] = [["x", 1]]): TableToWrite => ({
  sheet,
  tableName: "KetQua",
  title: "Kết quả",
  columns: [
    { header: "Tên", format: { kind: "text" } },
    { header: "Số", format: { kind: "number", decimals: 0 } },
  ],
  rows,
});

describe.each(Object.keys(gateways))("the %s gateway keeps the port's contract", (name) => {
  const open = (sheets: Record<string, Cell[][]> = data) => gateways[name](sheets);
  afterEach(() => hostSupports(undefined));

  it("finds the header under a title and reads numbers from their values, whatever the locale shows", async () => {
    const { port } = await open();
    const t = (await port.readTable("Dữ liệu"))!;
    expect(t.header).toEqual(["Mã", "Tỉnh", "Tổng cộng"]);
    expect(t.headerRow).toBe(3);
    expect(t.title).toBe("Số dịch vụ công theo tỉnh");
    expect(t.rows).toEqual([["T02", "Hà Giang", 1374], ["T89", "An Giang", 0.96], ["T04", "Cao Bằng", null]]);
    // The count is 1.374 in Vietnamese, never "1,374" (which would read as one and a bit).
    expect(t.text.map((r) => r[2])).toEqual(["1.374", "0,96", ""]);
    expect(await port.readTable("Không có")).toBeUndefined();
  });

  it("reads a sheet the same way as every other gateway: a header below 24 rows of notes, an empty text as no value, empty rows at the end left out", async () => {
    const notes: Cell[][] = Array.from({ length: 24 }, (_, i) => [`Ghi chú ${i + 1}`]);
    const { port } = await open({ "Ghi chú": [...notes, ["Tỉnh", "Chỉ số", null], ["Huế", 0.5, "x"], ["Lạng Sơn", "", null], [null, null, null], ["", null, null]] });
    const t = (await port.readTable("Ghi chú"))!;
    expect(t.headerRow).toBe(25);
    expect(t.title).toBe("Ghi chú 1");
    // As wide as its widest row: a note beyond the header is kept, under an empty header.
    expect(t.header).toEqual(["Tỉnh", "Chỉ số", ""]);
    expect(t.rows).toEqual([["Huế", 0.5, "x"], ["Lạng Sơn", null, null]]);
    expect(t.text).toEqual([["Huế", "0,5", "x"], ["Lạng Sơn", "", ""]]);
  });

  it("replaces, as owned, only a sheet it made, and refuses a user's sheet of that name before changing anything", async () => {
    const probe = await open();
    await probe.port.writeTables([result("Kết quả")], { owned: true });
    await probe.port.writeTables([result("Kết quả", [["y", 2]])], { owned: true });
    expect((await probe.port.readTable("Kết quả"))!.rows).toEqual([["y", 2]]);
    // Its own results, and only those: never the user's sheets.
    expect(await probe.port.ownedSheets()).toEqual(["Kết quả"]);
    const before = await probe.snapshot();
    // A new sheet first, then the user's: the whole write is refused, the new sheet not made.
    const error = await probe.port.writeTables([result("Mới"), result("Dữ liệu")], { owned: true }).catch((e) => e);
    expect(error).toBeInstanceOf(SheetExistsError);
    expect(error.say("vi")).toMatch(/^Trang “Dữ liệu”: đã có một trang cùng tên do bạn tạo/);
    expect(await probe.snapshot()).toBe(before);
  });

  it("refuses a write with a cell longer than Excel holds, and changes nothing", async () => {
    const probe = await open();
    const before = await probe.snapshot();
    const long = "x".repeat(32_768);
    const error = await probe.port.writeTables([result("Một"), result("Hai", [["ngắn", 1], [long, 2]])], { owned: true }).catch((e) => e);
    expect(error).toBeInstanceOf(LimitError);
    expect(error.place).toEqual({ sheet: "Hai", row: 5 });
    expect(await probe.snapshot()).toBe(before);
  });

  it("updates cells only when every update is valid: a bad address or a missing sheet changes nothing", async () => {
    const probe = await open();
    const before = await probe.snapshot();
    await expect(probe.port.updateCells("Dữ liệu", [{ cell: "C4", value: 1 }, { cell: "C0", value: 2 }])).rejects.toBeInstanceOf(UserError);
    await expect(probe.port.updateCells("Dữ liệu", [{ cell: "C4", value: "y".repeat(40_000) }])).rejects.toBeInstanceOf(LimitError);
    await expect(probe.port.updateCells("Không có", [{ cell: "A1", value: 1 }])).rejects.toBeInstanceOf(MissingSheetError);
    expect(await probe.snapshot()).toBe(before);
    await probe.port.updateCells("Dữ liệu", [{ cell: "C6", value: 7 }]);
    expect(probe.value("Dữ liệu", "C6")).toBe(7);
  });

  it("marks cells by severity and on the next run gives every fill back, the user's own included", async () => {
    const probe = await open();
    probe.setFill("Dữ liệu", "C5", "#00FF00");
    await probe.port.markCells([
      { sheet: "Dữ liệu", cell: "C4", severity: "error" },
      { sheet: "Dữ liệu", cell: "C5", severity: "warning" },
    ]);
    expect([probe.fill("Dữ liệu", "C4"), probe.fill("Dữ liệu", "C5"), probe.fill("Dữ liệu", "B4")]).toEqual(["#F8C9C4", "#FFE8A3", undefined]);
    await probe.port.markCells([]);
    expect([probe.fill("Dữ liệu", "C4"), probe.fill("Dữ liệu", "C5")]).toEqual([undefined, "#00FF00"]);
  });

  it("leaves a finding's note where it has notes, never over the user's, and takes it off next time", async () => {
    const probe = await open();
    await probe.port.markCells([
      { sheet: "Dữ liệu", cell: "C4", severity: "error", note: "Lỗi: 1.374 không khớp" },
      { sheet: "Dữ liệu", cell: "C5", severity: "warning", note: "Cảnh báo" },
    ]);
    if (!probe.note) return; // this gateway has no notes: the fill and the findings sheet say it
    expect(probe.note("Dữ liệu", "C4")).toBe("Lỗi: 1.374 không khớp");
    await probe.port.markCells([{ sheet: "Dữ liệu", cell: "C5", severity: "warning", note: "Cảnh báo" }]);
    expect(probe.note("Dữ liệu", "C4")).toBeUndefined();
    expect(probe.note("Dữ liệu", "C5")).toBe("Cảnh báo");
  });

  it("deletes sheets it is asked to, passes over sheets that are not there, and never leaves the workbook without a visible sheet", async () => {
    const probe = await open({ ...data, "Phương pháp": [["Mã", "Tên"], ["N1", "Hạ tầng"]] });
    await probe.port.deleteSheets(["Phương pháp", "Không có"]);
    expect((await probe.port.sheetNames()).filter((n) => !n.startsWith("ChiSo_"))).toEqual(["Dữ liệu"]);
    const before = await probe.snapshot();
    const error = await probe.port.deleteSheets(["Dữ liệu"]).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.say("vi")).toBe("Excel cần giữ ít nhất một trang tính hiển thị; chưa xoá trang nào.");
    expect(await probe.snapshot()).toBe(before);
  });

  it("refuses a sheet over the size limit with its name, before reading it", async () => {
    const rows: Cell[][] = [["Tên", "Số"], ...Array.from({ length: 100_001 }, (_, i) => [`Đơn vị ${i}`, i] as Cell[])];
    const { port } = await open({ Lon: rows });
    const error = await port.readTable("Lon").catch((e) => e);
    expect(error).toBeInstanceOf(LimitError);
    expect(error.say("en")).toMatch(/^Sheet “Lon”: the sheet uses 100,00[12] rows × 2 columns, over the limit of 100,000 rows/);
  }, 60_000);
});

describe("the office gateway on a host below the manifest's minimum (ExcelApi 1.7)", () => {
  afterEach(() => hostSupports(undefined));

  // Only a manifest edited by hand lets Office 2019 load the pane; there the fake refuses the
  // 1.8 drop-downs and 1.9 fills mid-write, so the gateway must refuse before its first call.
  it.each<[string, (port: WorkbookPort) => Promise<unknown>]>([
    ["readTable", (p) => p.readTable("Dữ liệu")],
    ["sheetNames", (p) => p.sheetNames()],
    ["ownedSheets", (p) => p.ownedSheets()],
    ["writeTables", (p) => p.writeTables([result("Kết quả")], { owned: true })],
    ["markCells", (p) => p.markCells([{ sheet: "Dữ liệu", cell: "C4", severity: "error", note: "Lỗi" }])],
    ["updateCells", (p) => p.updateCells("Dữ liệu", [{ cell: "C6", value: 7 }])],
    ["deleteSheets", (p) => p.deleteSheets(["Dữ liệu"])],
    ["selectCell", (p) => p.selectCell("Dữ liệu", "C4")],
    ["onChange", (p) => p.onChange!(() => undefined)],
  ])("%s says which Excel to use and sends nothing", async (_, action) => {
    hostSupports("1.7");
    const x = fakeExcel(data);
    const before = JSON.stringify([[...x.grids], [...x.fills], [...x.notes]]);
    const error = (await action(new OfficeWorkbook(x.run)).catch((e: unknown) => e)) as OldExcelError;
    expect(error).toBeInstanceOf(OldExcelError);
    expect(error.say("vi")).toMatch(/^Phiên bản Excel này chưa có bộ lệnh ExcelApi 1\.9 .*Microsoft 365 \(bản 1903 trở lên\), Office 2021 hoặc Office 2024\.$/);
    expect(x.syncs()).toBe(0);
    expect(JSON.stringify([[...x.grids], [...x.fills], [...x.notes]])).toBe(before);
  });
});

describe("marks on an .xlsx workbook whose cells share one style", () => {
  it("recolours only the marked cells, and unmarking gives every cell its style back", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dữ liệu");
    ws.addRow(["Tỉnh", "Tổng cộng"]);
    for (let i = 0; i < 200; i++) {
      const row = ws.addRow([`Tỉnh ${i}`, i]);
      // The user's own look on every cell: one style, shared by all of them once read back.
      row.eachCell((c) => (c.style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } }, font: { bold: true } }));
    }
    const book = await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    const sheet = book.workbook.getWorksheet("Dữ liệu")!;
    const styles = () => {
      const out: string[] = [];
      sheet.eachRow((row) => row.eachCell((c) => out.push(`${c.address}:${JSON.stringify(c.style)}`)));
      return out;
    };
    const before = styles();
    await book.markCells([{ sheet: "Dữ liệu", cell: "B5", severity: "error" }, { sheet: "Dữ liệu", cell: "B9", severity: "info" }]);
    const marked = styles();
    const changed = marked.filter((s, i) => s !== before[i]).map((s) => s.split(":")[0]);
    expect(changed).toEqual(["B5", "B9"]);
    // Through a file and back, as the next run would find it.
    const again = await XlsxWorkbook.load(await book.toBuffer());
    await again.markCells([]);
    const sheetAgain = again.workbook.getWorksheet("Dữ liệu")!;
    const after: string[] = [];
    sheetAgain.eachRow((row) => row.eachCell((c) => after.push(`${c.address}:${JSON.stringify(c.style)}`)));
    expect(after).toEqual(before);
  });
});
