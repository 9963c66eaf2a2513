/**
 * The Excel gateway against a fake Excel as strict as Excel (test/helpers/fakeExcel.ts): a
 * property read before it was loaded and synced throws, writes reach the workbook at sync, a
 * very hidden sheet cannot be deleted, and a request or response over 5 MB of UTF-8 is refused.
 * Writes are recorded in order with every sync, so the tests see what reached Excel and how many
 * round trips it took.
 */
import { markCellsInExcel } from "../../src/workbook/office/markCells";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { rowsThatFit } from "../../src/workbook/office/writeTables";
import { fakeExcel, hostSupports, PAYLOAD_LIMIT } from "../helpers/fakeExcel";
import type { TableToWrite } from "../../src/workbook/workbookPort";
import { LimitError, SheetExistsError } from "../../src/core/userError";

const ranked = (rows: number): TableToWrite => ({
  sheet: "XH Tỉnh - N1",
  tableName: "XH_province_N1",
  title: "Chỉ số Hạ tầng kỹ thuật CNTT — Tỉnh, thành phố trực thuộc Trung ương",
  columns: [
    { header: "Thứ hạng", format: { kind: "number", decimals: 0 } },
    { header: "Cơ quan", format: { kind: "text" } },
    { header: "Chỉ số", format: { kind: "number", decimals: 3 } },
  ],
  rows: Array.from({ length: rows }, (_, i) => [i + 1, i === 0 ? "=HYPERLINK(\"http://x\")" : `Đơn vị ${i}`, 0.5]),
});

describe("OfficeWorkbook: writing", () => {
  it("writes the same number of round trips for 63 rows and for 10,000", async () => {
    const small = fakeExcel();
    await new OfficeWorkbook(small.run).writeTables([ranked(63)], { owned: true });
    const large = fakeExcel();
    await new OfficeWorkbook(large.run).writeTables([ranked(10_000)], { owned: true });
    expect(small.syncs()).toBe(4);
    expect(large.syncs()).toBe(small.syncs());
  });

  it("sets the text format before any value, so names are never formulas", async () => {
    const x = fakeExcel();
    await new OfficeWorkbook(x.run).writeTables([ranked(63)], { owned: true });
    for (const row of [2, 3]) {
      // The header row, then the data rows: the format reaches Excel before the values.
      const formats = x.ops.findIndex((o) => o.kind === "numberFormat" && o.address[0] === row);
      const values = x.ops.findIndex((o) => o.kind === "values" && o.address[0] === row);
      expect(formats).toBeGreaterThanOrEqual(0);
      expect(formats).toBeLessThan(values);
    }
    const rowFormats = x.ops.find((o) => o.kind === "numberFormat" && o.address[0] === 3)!.data as string[][];
    expect(rowFormats).toHaveLength(63);
    expect(rowFormats[0]).toEqual(["#,##0", "@", "0.000"]);
    expect(x.grids.get("XH Tỉnh - N1")![3][1]).toBe("=HYPERLINK(\"http://x\")");
  });

  it("writes rows as 2D blocks, then makes the table and freezes the header", async () => {
    const x = fakeExcel();
    await new OfficeWorkbook(x.run).writeTables([ranked(63)], { owned: true });
    const values = x.ops.filter((o) => o.kind === "values" && o.sheet !== "ChiSo_SoHuu");
    expect(values.map((o) => o.address)).toEqual([[0, 0, 1, 1], [2, 0, 1, 3], [3, 0, 63, 3]]);
    const kinds = x.ops.filter((o) => o.sheet !== "ChiSo_SoHuu").map((o) => o.kind);
    expect(kinds.indexOf("table")).toBeGreaterThan(kinds.lastIndexOf("values"));
    expect(x.ops.find((o) => o.kind === "freeze")!.data).toBe(3);
    expect(kinds[0]).toBe("suspend");
  });

  it("sets the title and the rank column in bold, in the same round trips", async () => {
    const { rankedTableToWrite } = await import("../../src/steps/rankedTables");
    const t = rankedTableToWrite({
      block: "province", group: "N1", title: "Chỉ số N1", method: "index:entered", valueHeader: "Chỉ số", decimals: 3,
      rows: [{ rank: 1, agency: "Hà Nội", code: "T01", value: 0.9, published_rank: null }, { rank: 2, agency: "Huế", code: "T46", value: 0.8, published_rank: null }],
    } as never);
    const x = fakeExcel();
    await new OfficeWorkbook(x.run).writeTables([t], { owned: true });
    expect(x.ops.filter((o) => o.kind === "bold").map((o) => o.address)).toEqual([[0, 0, 1, 1], [3, 0, 2, 1]]);
    expect(x.syncs()).toBe(4);
  });

  it("chunks a write above the request budget, and halves a chunk Excel still refuses", async () => {
    const rows = ranked(2_000);
    const budget = 20_000;
    expect(rowsThatFit(rows.rows, 0, budget)).toBeLessThan(2_000);
    // Excel refuses less than the gateway's budget: each refused chunk is sent again in halves.
    const x = fakeExcel({}, { payloadLimit: 15_000 });
    await new OfficeWorkbook(x.run, budget).writeTables([{ ...rows, title: undefined }], { owned: true });
    const written = x.grids.get("XH Tỉnh - N1")!;
    expect(written).toHaveLength(2_001);
    expect(written[2_000]).toEqual([2_000, "Đơn vị 1999", 0.5]);
    expect(x.ops.filter((o) => o.kind === "values" && o.address[0] > 0).length).toBeGreaterThan(2);
    expect(x.refused()).toBeGreaterThan(0);
    expect(Math.max(...x.requests())).toBeLessThanOrEqual(15_000);
  });

  it("a second run that rewrites its own state sheets passes: very hidden sheets are cleared and written again, never deleted", async () => {
    const x = fakeExcel({ "Dữ liệu": [["A", "B"], ["x", 1]] });
    const book = new OfficeWorkbook(x.run);
    for (let run = 1; run <= 2; run++) {
      await book.markCells([{ sheet: "Dữ liệu", cell: "B2", severity: "error" }]); // check
      await book.writeTables([ranked(3 + run)], { owned: true }); // then rank
    }
    expect(x.visibility().get("ChiSo_SoHuu")).toBe("VeryHidden");
    expect(x.visibility().get("ChiSo_DanhDau")).toBe("VeryHidden");
    expect(x.grids.get("ChiSo_SoHuu")).toEqual([["XH Tỉnh - N1"]]);
    expect(x.grids.get("XH Tỉnh - N1")).toHaveLength(3 + 5);
    expect(x.ops.some((o) => o.kind === "delete" && o.sheet.startsWith("ChiSo_"))).toBe(false);
    // And the fake is as strict as Excel: a very hidden sheet cannot be deleted.
    await expect(x.run(async (c) => { c.workbook.worksheets.getItem("ChiSo_SoHuu").delete(); await c.sync(); })).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("10,000 rows of long Vietnamese names: every request under 5 MB of UTF-8, in the fewest chunks that fit", async () => {
    const long = "Ủy ban nhân dân tỉnh Thừa Thiên Huế — Sở Thông tin và Truyền thông ".repeat(6);
    const rows = Array.from({ length: 10_000 }, (_, i) => [i + 1, `${long}${i}`, 0.5]);
    const x = fakeExcel();
    await new OfficeWorkbook(x.run).writeTables([{ ...ranked(0), rows }], { owned: true });
    expect(x.refused()).toBe(0);
    expect(Math.max(...x.requests())).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    // The rows' own bytes, over the budget: the chunks can be no fewer, and are no more.
    const chunks = x.ops.filter((o) => o.kind === "values" && o.address[0] > 2).length;
    const bytes = rows.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)) + 1 + Buffer.byteLength(JSON.stringify(["#,##0", "@", "0.000"])) + 1, 0);
    expect(chunks).toBe(Math.ceil(bytes / 4_000_000));
    expect(chunks).toBeGreaterThan(1);
    expect(x.grids.get("XH Tỉnh - N1")![10_002][1]).toBe(`${long}9999`);
  });

  it("replaces, as owned, only a sheet it made itself, remembered in a hidden sheet", async () => {
    const x = fakeExcel();
    const book = new OfficeWorkbook(x.run);
    await book.writeTables([ranked(3)], { owned: true });
    expect(x.grids.get("ChiSo_SoHuu")).toEqual([["XH Tỉnh - N1"]]);
    await book.writeTables([ranked(5)], { owned: true });
    expect(x.grids.get("XH Tỉnh - N1")!.length).toBe(3 + 5);
  });

  it("refuses to replace a sheet it does not own, before changing anything", async () => {
    const x = fakeExcel({ "XH Tỉnh - N1": [["dữ liệu của người dùng"]] });
    // Even as "owned": the user made this sheet, though its name is a result sheet's.
    await expect(new OfficeWorkbook(x.run).writeTables([ranked(3)], { owned: true })).rejects.toBeInstanceOf(SheetExistsError);
    expect(x.ops).toEqual([]);
    expect(x.grids.get("XH Tỉnh - N1")).toEqual([["dữ liệu của người dùng"]]);
  });
});

describe("OfficeWorkbook: links", () => {
  it("makes each cell of a link column a hyperlink to the cell it names, in the same round trips", async () => {
    const x = fakeExcel();
    await new OfficeWorkbook(x.run).writeTables(
      [{ sheet: "Phát hiện", tableName: "PhatHien", columns: [{ header: "Ô", format: { kind: "link" } }, { header: "Nội dung", format: { kind: "text" } }], rows: [["Dữ liệu!D7", "sai"], ["không phải ô", "x"]] }],
      { owned: true },
    );
    expect(x.ops.filter((o) => o.kind === "hyperlink")).toEqual([{ sheet: "Phát hiện", kind: "hyperlink", address: [1, 0, 1, 1], data: { documentReference: "'Dữ liệu'!D7", textToDisplay: "Dữ liệu!D7" } }]);
    expect(x.syncs()).toBe(4);
  });
});

describe("OfficeWorkbook: drop-downs", () => {
  // Table names are never cell references (`N5` is a cell): Excel refuses them, and so does the fake.
  const n5: TableToWrite = { sheet: "N5", tableName: "DuLieu_N5", columns: [{ header: "Tên cơ quan", format: { kind: "text" }, choices: { range: "'Danh mục'!$B$2:$B$91" } }, { header: "N5.1", format: { kind: "number", decimals: 0 }, choices: { values: ["Có", "Không"] } }], rows: [["An Giang", 1], ["Bắc Ninh", 0]] };
  afterEach(() => hostSupports(undefined));

  it("puts a list validation on the data cells of a column with choices", async () => {
    hostSupports("1.9");
    const x = fakeExcel();
    await new OfficeWorkbook(x.run).writeTables([n5], { owned: false });
    expect(x.ops.filter((o) => o.kind === "validation").map((o) => [o.address, o.data])).toEqual([
      [[1, 0, 2, 1], { list: { inCellDropDown: true, source: "='Danh mục'!$B$2:$B$91" } }],
      [[1, 1, 2, 1], { list: { inCellDropDown: true, source: "Có,Không" } }],
    ]);
  });

  it("refuses a table name that is a cell reference, before any request", async () => {
    const x = fakeExcel();
    await expect(new OfficeWorkbook(x.run).writeTables([{ ...n5, tableName: "N5" }], { owned: false })).rejects.toThrow(/table name “N5” is not one Excel accepts/);
    expect(x.syncs()).toBe(0);
  });
});

describe("OfficeWorkbook: charts", () => {
  const table = (rows: number): TableToWrite => ({ ...ranked(rows), chart: { title: "Chỉ số Hạ tầng kỹ thuật CNTT", labels: 1, values: 2 } });
  afterEach(() => hostSupports(undefined));

  it("puts a bar chart beside a ranked table: its values as bars, its names as labels, rank 1 on top", async () => {
    hostSupports("1.9");
    const x = fakeExcel();
    await new OfficeWorkbook(x.run).writeTables([table(63)], { owned: true });
    const charts = x.ops.filter((o) => o.kind === "chart");
    expect(charts.map((o) => [o.sheet, o.data])).toEqual([
      [
        "XH Tỉnh - N1",
        // Under the title, the header is row 2 (0-based): the values column with its header, the 63 names below it.
        { type: "BarClustered", source: [2, 2, 64, 1], seriesBy: "Columns", title: "Chỉ số Hạ tầng kỹ thuật CNTT", legend: false, labels: [3, 1, 63, 1], reversed: true, valuesReversed: false, at: [2, 4, 1, 1], width: 420, height: 15 * 63 + 60, series: [{ values: [2, 2, 64, 1], filled: true }] },
      ],
    ]);
    // In the same round trips as the table's formatting: no extra sync for the chart.
    const without = fakeExcel();
    await new OfficeWorkbook(without.run).writeTables([ranked(63)], { owned: true });
    expect(x.syncs()).toBe(without.syncs());
  });

  it("writes no chart for an empty table", async () => {
    hostSupports("1.9");
    const empty = fakeExcel();
    await new OfficeWorkbook(empty.run).writeTables([table(0)], { owned: true });
    expect(empty.ops.filter((o) => o.kind === "chart")).toEqual([]);
  });

  it("a band chart: an invisible column up to the 5th percentile, the band stacked on it, the nominal rank as dots, rank 1 at the top", async () => {
    hostSupports("1.9");
    const x = fakeExcel();
    const bands: TableToWrite = {
      sheet: "Độ tin cậy hạng",
      tableName: "DoTinCay_Tinh",
      title: "Độ tin cậy của hạng",
      columns: ["Cơ quan", "Hạng", "P5", "Độ rộng"].map((header) => ({ header, format: { kind: "text" as const } })),
      rows: [["Hà Nội", 1, 1, 2], ["Đà Nẵng", 2, 1, 3]],
      chart: { kind: "band", title: "Hạng và khoảng 5–95 %", labels: 0, low: 2, width: 3, dot: 1 },
    };
    await new OfficeWorkbook(x.run).writeTables([bands], { owned: true });
    const [chart] = x.ops.filter((o) => o.kind === "chart").map((o) => o.data as Record<string, unknown>);
    expect(chart).toMatchObject({ type: "ColumnStacked", source: [2, 2, 3, 1], labels: [3, 0, 2, 1], valuesReversed: true, legend: true, title: "Hạng và khoảng 5–95 %", at: [2, 5, 1, 1] });
    expect(chart.series).toEqual([
      { values: [2, 2, 3, 1], filled: false },
      { name: "5–95 %", values: [3, 3, 2, 1], filled: true },
      { name: "Hạng", values: [3, 1, 2, 1], filled: true, type: "LineMarkers", line: "None" },
    ]);
  });

  it("the ranked tables the tool writes ask for their chart: names as labels, the ranked value as bars", async () => {
    const { rankedTableToWrite } = await import("../../src/steps/rankedTables");
    const t = rankedTableToWrite({ block: "province", group: "N1", title: "Chỉ số N1", method: "index:entered", valueHeader: "Chỉ số", decimals: 3, rows: [] } as never);
    expect(t.columns[t.chart!.labels].header).toBe("Cơ quan");
    expect(t.chart!.kind ?? "bars").toBe("bars");
    expect(t.columns[(t.chart as { values: number }).values].header).toBe("Chỉ số");
  });
});

describe("OfficeWorkbook: reading", () => {
  const sheet = [
    ["Bảng dữ liệu N1", "", ""],
    ["", "", ""],
    ["Mã cơ quan", "Tên cơ quan", "Chỉ số N1"],
    ["T01", "TP. Hà Nội", 1],
    ["T48", "TP. Đà Nẵng", 960],
    ["", "", ""],
  ];

  it("finds the header under a title, and reads values and the shown text (load, then sync, then read)", async () => {
    const x = fakeExcel({ N1: sheet });
    const t = await new OfficeWorkbook(x.run).readTable("N1");
    expect(t).toEqual({
      sheet: "N1",
      header: ["Mã cơ quan", "Tên cơ quan", "Chỉ số N1"],
      rows: [["T01", "TP. Hà Nội", 1], ["T48", "TP. Đà Nẵng", 960]],
      text: [["T01", "TP. Hà Nội", "1"], ["T48", "TP. Đà Nẵng", "960"]],
      headerRow: 3,
      title: "Bảng dữ liệu N1",
    });
    expect(x.syncs()).toBe(2);
  });

  it("reads numbers from their values, never from the text the locale shows", async () => {
    // en-US Excel shows 1374 as "1,374"; read as shown, that is 1,374 in the Vietnamese sense.
    const x = fakeExcel({ N4: [["Tỉnh", "Tổng cộng"], ["Hà Giang", 1374], ["An Giang", 0.96]] });
    const t = (await new OfficeWorkbook(x.run).readTable("N4"))!;
    expect(t.text).toEqual([["Hà Giang", "1.374"], ["An Giang", "0,96"]]);
  });

  it("reads a large sheet in blocks, one sync each, every response under the budget", async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`Đơn vị ${i}`, i, i / 2]);
    const x = fakeExcel({ Lon: [["Tên", "Số", "Nửa"], ...rows] });
    const budget = 30_000; // 100 rows of 3 columns per block
    const t = (await new OfficeWorkbook(x.run, budget).readTable("Lon"))!;
    expect(t.rows).toHaveLength(500);
    expect(t.rows[499]).toEqual(["Đơn vị 499", 499, 249.5]);
    expect(x.syncs()).toBe(1 + Math.ceil(501 / 100));
  });

  it("refuses a sheet over the size limit before reading it, with the sheet named", async () => {
    const x = fakeExcel({ Lon: [["Tên", "Số"]] }, { usedRange: { Lon: { rowCount: 1_048_576, columnCount: 2 } } });
    const error = await new OfficeWorkbook(x.run).readTable("Lon").catch((e) => e);
    expect(error).toBeInstanceOf(LimitError);
    expect(error.say("en")).toMatch(/^Sheet “Lon”: the sheet uses 1,048,576 rows × 2 columns, over the limit/);
    expect(x.syncs()).toBe(1);
  });

  it("a response Excel finds too large is read again in halves", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`Đơn vị có một cái tên rất dài số ${i}`, i]);
    const x = fakeExcel({ Lon: [["Tên", "Số"], ...rows] }, { payloadLimit: 20_000 });
    // The gateway's estimate (100 bytes a cell) lets 500 rows into a block of 100 KB; Excel refuses it.
    const t = (await new OfficeWorkbook(x.run, 100_000).readTable("Lon"))!;
    expect(t.rows).toHaveLength(400);
    expect(t.rows[399]).toEqual(["Đơn vị có một cái tên rất dài số 399", 399]);
    expect(x.refused()).toBeGreaterThan(0);
  });

  it("selects a finding's cell: the sheet shown, the cell selected", async () => {
    const x = fakeExcel({ N1: sheet, N2: sheet });
    await new OfficeWorkbook(x.run).selectCell("N2", "C5");
    expect(x.ops.map((o) => [o.kind, o.sheet, o.address])).toEqual([
      ["activate", "N2", [0, 0, 0, 0]],
      ["select", "N2", [4, 2, 1, 1]],
    ]);
  });

  it("answers undefined for a sheet that does not exist, and lists sheets", async () => {
    const x = fakeExcel({ N1: sheet });
    expect(await new OfficeWorkbook(x.run).readTable("Không có")).toBeUndefined();
    expect(await new OfficeWorkbook(x.run).sheetNames()).toEqual(["N1"]);
  });
});

describe("OfficeWorkbook: marking findings", () => {
  const sheet = "Dữ liệu";
  const data = { [sheet]: [["A", "B"], ["x", 1], ["y", 2]] };
  const key = (cell: string) => `${sheet}!${Number(cell.slice(1)) - 1}:${cell.charCodeAt(0) - 65}`;

  it("marks by severity in three round trips, remembers in a very hidden sheet, and restores on the next run in five", async () => {
    const x = fakeExcel(data);
    x.fills.set(key("B3"), { color: "#00FF00", pattern: "Solid" }); // the user's own green
    const book = new OfficeWorkbook(x.run);
    await book.markCells([{ sheet, cell: "B2", severity: "error" }, { sheet, cell: "B3", severity: "warning" }]);
    expect(x.syncs()).toBe(3);
    expect(x.fills.get(key("B2"))?.color).toBe("#F8C9C4");
    expect(x.grids.get("ChiSo_DanhDau")).toEqual([["Trang", "Ô", "Màu trước", "Màu đánh dấu", "Ghi chú"], [sheet, "B2", "none", "#F8C9C4", ""], [sheet, "B3", "#00FF00", "#FFE8A3", ""]]);
    expect(x.ops.find((o) => o.kind === "visibility")?.data).toBe("VeryHidden");

    await book.markCells([{ sheet, cell: "A2", severity: "info" }, { sheet, cell: "B3", severity: "info" }]);
    // The store's size, its rows, last time's cells, this time's, the writes.
    expect(x.syncs()).toBe(3 + 5);
    expect(x.fills.has(key("B2"))).toBe(false);
    expect(x.fills.get(key("A2"))?.color).toBe("#D6E9F8");
    // B3, marked again: what it held before is the user's green, not last time's mark.
    expect(x.fills.get(key("B3"))?.color).toBe("#D6E9F8");
    expect(x.grids.get("ChiSo_DanhDau")![2]).toEqual([sheet, "B3", "#00FF00", "#D6E9F8", ""]);
    await book.markCells([]);
    expect(x.fills.get(key("B3"))?.color).toBe("#00FF00");
  });

  it("leaves a note with the finding where notes exist (ExcelApi 1.18), never over the user's, and takes it off next time", async () => {
    const x = fakeExcel(data);
    x.notes.set(`${sheet}!B3`, "ghi chú của tôi");
    await markCellsInExcel(x.run, [{ sheet, cell: "B2", severity: "error", note: "Lỗi: sai" }, { sheet, cell: "B3", severity: "warning", note: "Cảnh báo: xem lại" }], true);
    expect(x.syncs()).toBe(3);
    expect(Object.fromEntries(x.notes)).toEqual({ [`${sheet}!B2`]: "Lỗi: sai", [`${sheet}!B3`]: "ghi chú của tôi" });
    await markCellsInExcel(x.run, [], true);
    expect(Object.fromEntries(x.notes)).toEqual({ [`${sheet}!B3`]: "ghi chú của tôi" });
  });

  it("marks 5,000 cells with long notes in blocks, every request under 5 MB of UTF-8, and gives every fill and note back", async () => {
    const many = { [sheet]: Array.from({ length: 5_001 }, (_, i) => ["x", i]) };
    const x = fakeExcel(many);
    const note = "Lỗi: Tổng số hồ sơ trực tuyến = Hồ sơ mức độ 3 + Hồ sơ mức độ 4 không đúng; gợi ý: sửa ô thành số đúng. ".repeat(8);
    const marks = Array.from({ length: 5_000 }, (_, i) => ({ sheet, cell: `B${i + 2}`, severity: "error" as const, note }));
    await markCellsInExcel(x.run, marks, true);
    expect(x.refused()).toBe(0);
    expect(Math.max(...x.requests())).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(x.fills.size).toBe(5_000);
    expect(x.notes.size).toBe(5_000);
    // 1 read of the store's size, 3 reads of 2,000 cells, then the writes: as many as their bytes need
    // (4 MB a request), and one more where 2,000 operations end a request first.
    const written = x.requests().slice(4);
    const bytes = written.reduce((n, b) => n + b, 0);
    expect(written.length).toBeLessThanOrEqual(Math.ceil(bytes / 4_000_000) + 1);
    await markCellsInExcel(x.run, [], true);
    expect(x.fills.size).toBe(0);
    expect(x.notes.size).toBe(0);
  });

  it("does not touch a marked cell whose fill the user changed since", async () => {
    const x = fakeExcel(data);
    const book = new OfficeWorkbook(x.run);
    await book.markCells([{ sheet, cell: "B2", severity: "error" }]);
    x.fills.set(key("B2"), { color: "#0000FF", pattern: "Solid" });
    await book.markCells([]);
    expect(x.fills.get(key("B2"))?.color).toBe("#0000FF");
  });
});

describe("OfficeWorkbook: a person's edits", () => {
  afterEach(() => hostSupports(undefined));

  it("reports a person's edits and leaves out the add-in's own by their trigger source (ExcelApi 1.14)", async () => {
    hostSupports("1.14");
    const x = fakeExcel({ A: [["a", "b"]], B: [["c", "d"]] });
    const book = new OfficeWorkbook(x.run);
    const seen: string[] = [];
    const stop = await book.onChange((s) => seen.push(s));
    // One handler for every sheet.
    expect(x.handlers).toHaveLength(1);
    await x.change("A", "Local");
    await x.change("B", "ThisLocalAddin");
    // A person's edit right after the add-in wrote the sheet is still theirs: the source says so.
    await book.updateCells("B", [{ cell: "A2", value: 1 }]);
    await x.change("B", "Local");
    expect(seen).toEqual(["A", "B"]);
    stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(x.handlers).toHaveLength(0);
  });

  it("on a host without the trigger source (ExcelApi 1.9), takes a change to a sheet it just wrote as its own", async () => {
    hostSupports("1.9");
    const x = fakeExcel({ A: [["a", "b"]], B: [["c", "d"]] });
    const book = new OfficeWorkbook(x.run);
    const seen: string[] = [];
    const stop = await book.onChange((s) => seen.push(s));
    await x.change("A", "Local");
    await book.updateCells("B", [{ cell: "A2", value: 1 }]);
    await x.change("B", "ThisLocalAddin"); // arrives without its source on this host
    expect(seen).toEqual(["A"]);
    stop();
  });
});
