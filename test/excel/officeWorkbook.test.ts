/**
 * The Excel gateway against a fake workbook. Reads go through office-addin-mock objects, which
 * refuse a property that was not loaded and synced; writes are recorded in order with every
 * sync, so the tests can see what reached Excel and how many round trips it took.
 */
import { OfficeMockObject } from "office-addin-mock";
import { markCellsInExcel, OfficeWorkbook, rowsThatFit } from "../../src/workbook/office/officeWorkbook";
import type { TableToWrite } from "../../src/workbook/workbookPort";
import { SheetExistsError } from "../../src/workbook/workbookPort";

type Op = { sheet: string; kind: string; address: [number, number, number, number]; data?: unknown };

function fakeExcel(initial: Record<string, unknown[][]> = {}, options: { payloadLimit?: number } = {}) {
  const grids = new Map(Object.entries(initial).map(([k, v]) => [k, v.map((r) => [...r])]));
  const ops: Op[] = [];
  const pending: Op[] = [];
  const mocks: OfficeMockObject[] = [];
  const fills = new Map<string, { color: string; pattern: string }>();
  const notes = new Map<string, string>();
  let syncs = 0;

  const worksheet = (name: string) => {
    const grid = () => grids.get(name) ?? [];
    const range = (r: number, c: number, rc: number, cc: number) => {
      const slice = grid().slice(r, r + rc).map((row) => row.slice(c, c + cc).map((v) => v ?? ""));
      const mock = new OfficeMockObject({ values: slice, text: slice.map((row) => row.map((v) => String(v))), address: `${name}!R${r}C${c}` }) as any;
      mocks.push(mock);
      const record = (kind: string) => (data: unknown) => pending.push({ sheet: name, kind, address: [r, c, rc, cc], data });
      // Writes are recorded; reads stay with the mock (load, then sync, then read).
      return new Proxy(mock, {
        set(target, prop, value) {
          // The mock sets its own fields while loading; only arrays are writes from the gateway.
          if ((prop === "values" || prop === "numberFormat") && Array.isArray(value)) record(String(prop))(value);
          if (prop === "hyperlink") record("hyperlink")(value);
          target[prop] = value;
          return true;
        },
        get(target, prop) {
          if (prop === "dataValidation") return { set rule(rule: unknown) { record("validation")(rule); } };
          if (prop === "format") return { font: {}, fill: fillOf(`${name}!${r}:${c}`), autofitColumns: () => record("autofit")(null) };
          return target[prop];
        },
      });
    };
    const used = () => {
      const g = grid();
      const mock = new OfficeMockObject({ values: g, rowIndex: 0, columnIndex: 0, rowCount: g.length, columnCount: Math.max(0, ...g.map((r) => r.length)) }) as any;
      mock.isNullObject = g.length === 0; // as in Office.js, known after the sync without a load
      mocks.push(mock);
      return mock;
    };
    return {
      name,
      isNullObject: !grids.has(name),
      getUsedRangeOrNullObject: () => used(),
      getRangeByIndexes: range,
      getRange: (address: string) => {
        const m = /^([A-Z]+)(\d+)$/.exec(address)!;
        const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        return range(Number(m[2]) - 1, col, 1, 1);
      },
      set visibility(v: string) {
        pending.push({ sheet: name, kind: "visibility", address: [0, 0, 0, 0], data: v });
      },
      delete: () => pending.push({ sheet: name, kind: "delete", address: [0, 0, 0, 0] }),

      notes: {
        getItemOrNullObject: (cell: string) => ({
          isNullObject: !notes.has(`${name}!${cell}`),
          content: notes.get(`${name}!${cell}`),
          load: () => void 0,
          delete: () => pending.push({ sheet: `${name}!${cell}`, kind: "note", address: [0, 0, 0, 0], data: null }),
        }),
        add: (cell: string, content: string) => pending.push({ sheet: `${name}!${cell}`, kind: "note", address: [0, 0, 0, 0], data: content }),
      },
      tables: { add: (_: unknown, hasHeaders: boolean) => (pending.push({ sheet: name, kind: "table", address: [0, 0, 0, 0], data: hasHeaders }), {}) },
      freezePanes: { freezeRows: (n: number) => pending.push({ sheet: name, kind: "freeze", address: [0, 0, 0, 0], data: n }) },
    };
  };

  /** A cell's fill: read at once (as after a load and sync), changed at the next sync. */
  const fillOf = (key: string) => ({
    load: () => void 0,
    get color() {
      return fills.get(key)?.color ?? "#FFFFFF";
    },
    set color(color: string) {
      pending.push({ sheet: key, kind: "fill", address: [0, 0, 0, 0], data: color });
    },
    get pattern() {
      return fills.get(key)?.pattern ?? "None";
    },
    clear: () => pending.push({ sheet: key, kind: "fill", address: [0, 0, 0, 0], data: null }),
  });

  const worksheets = {
    items: [] as { name: string }[],
    load: () => void 0,
    getItemOrNullObject: (name: string) => worksheet(name),
    getItem: (name: string) => worksheet(name),
    add: (name: string) => (pending.push({ sheet: name, kind: "add", address: [0, 0, 0, 0] }), worksheet(name)),
  };
  const context = {
    workbook: { worksheets, application: { suspendApiCalculationUntilNextSync: () => pending.push({ sheet: "", kind: "suspend", address: [0, 0, 0, 0] }) } },
    sync: async () => {
      syncs++;
      const payload = JSON.stringify(pending.map((p) => p.data ?? null)).length;
      if (options.payloadLimit && payload > options.payloadLimit) {
        pending.length = 0;
        throw Object.assign(new Error("too large"), { code: "RequestPayloadSizeLimitExceeded" });
      }
      for (const m of mocks) await m.sync();
      for (const op of pending.splice(0)) {
        ops.push(op);
        if (op.kind === "add") grids.set(op.sheet, []);
        if (op.kind === "delete") grids.delete(op.sheet);
        if (op.kind === "note") {
          if (op.data === null) notes.delete(op.sheet);
          else notes.set(op.sheet, op.data as string);
        }
        if (op.kind === "fill") {
          if (op.data === null) fills.delete(op.sheet);
          else fills.set(op.sheet, { color: op.data as string, pattern: "Solid" });
        }
        if (op.kind === "values") {
          const g = grids.get(op.sheet)!;
          (op.data as unknown[][]).forEach((row, i) => {
            g[op.address[0] + i] ??= [];
            row.forEach((v, j) => (g[op.address[0] + i][op.address[1] + j] = v));
          });
        }
      }
      worksheets.items = [...grids.keys()].map((name) => ({ name }));
    },
  };
  worksheets.items = [...grids.keys()].map((name) => ({ name }));
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context as unknown as Excel.RequestContext);
  return { run, ops, grids, fills, notes, syncs: () => syncs };
}

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

  it("chunks a write above the request budget, and halves a chunk Excel still refuses", async () => {
    const rows = ranked(2_000);
    const budget = 20_000;
    expect(rowsThatFit(rows.rows, 0, budget)).toBeLessThan(2_000);
    const x = fakeExcel({}, { payloadLimit: 15_000 });
    await new OfficeWorkbook(x.run, budget).writeTables([{ ...rows, title: undefined }], { owned: true });
    const written = x.grids.get("XH Tỉnh - N1")!;
    expect(written).toHaveLength(2_001);
    expect(written[2_000]).toEqual([2_000, "Đơn vị 1999", 0.5]);
    const chunks = x.ops.filter((o) => o.kind === "values" && o.address[0] > 0);
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((o) => JSON.stringify(o.data).length))).toBeLessThanOrEqual(15_000);
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
  it("puts a list validation on the data cells of a column with choices", async () => {
    const x = fakeExcel();
    await new OfficeWorkbook(x.run).writeTables(
      [{ sheet: "N5", tableName: "N5", columns: [{ header: "Tên cơ quan", format: { kind: "text" }, choices: { range: "'Danh mục'!$B$2:$B$91" } }, { header: "N5.1", format: { kind: "number", decimals: 0 }, choices: { values: ["Có", "Không"] } }], rows: [["An Giang", 1], ["Bắc Ninh", 0]] }],
      { owned: false },
    );
    expect(x.ops.filter((o) => o.kind === "validation").map((o) => [o.address, o.data])).toEqual([
      [[1, 0, 2, 1], { list: { inCellDropDown: true, source: "='Danh mục'!$B$2:$B$91" } }],
      [[1, 1, 2, 1], { list: { inCellDropDown: true, source: "Có,Không" } }],
    ]);
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
    });
    expect(x.syncs()).toBe(2);
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

  it("marks by severity in four round trips, remembers in a hidden sheet, and restores on the next run", async () => {
    const x = fakeExcel(data);
    x.fills.set(key("B3"), { color: "#00FF00", pattern: "Solid" }); // the user's own green
    const book = new OfficeWorkbook(x.run);
    await book.markCells([{ sheet, cell: "B2", severity: "error" }, { sheet, cell: "B3", severity: "warning" }]);
    expect(x.syncs()).toBe(4);
    expect(x.fills.get(key("B2"))?.color).toBe("#F8C9C4");
    expect(x.grids.get("ChiSo_DanhDau")).toEqual([["Trang", "Ô", "Màu trước", "Màu đánh dấu", "Ghi chú"], [sheet, "B2", "none", "#F8C9C4", ""], [sheet, "B3", "#00FF00", "#FFE8A3", ""]]);
    expect(x.ops.find((o) => o.kind === "visibility")?.data).toBe("Hidden");

    await book.markCells([{ sheet, cell: "A2", severity: "info" }]);
    expect(x.syncs()).toBe(8);
    expect(x.fills.has(key("B2"))).toBe(false);
    expect(x.fills.get(key("B3"))?.color).toBe("#00FF00");
    expect(x.fills.get(key("A2"))?.color).toBe("#D6E9F8");
  });

  it("leaves a note with the finding where notes exist (ExcelApi 1.18), never over the user's, and takes it off next time", async () => {
    const x = fakeExcel(data);
    x.notes.set(`${sheet}!B3`, "ghi chú của tôi");
    await markCellsInExcel(x.run, [{ sheet, cell: "B2", severity: "error", note: "Lỗi: sai" }, { sheet, cell: "B3", severity: "warning", note: "Cảnh báo: xem lại" }], true);
    expect(x.syncs()).toBe(4);
    expect(Object.fromEntries(x.notes)).toEqual({ [`${sheet}!B2`]: "Lỗi: sai", [`${sheet}!B3`]: "ghi chú của tôi" });
    await markCellsInExcel(x.run, [], true);
    expect(Object.fromEntries(x.notes)).toEqual({ [`${sheet}!B3`]: "ghi chú của tôi" });
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
