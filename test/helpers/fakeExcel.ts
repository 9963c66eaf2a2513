/**
 * A fake Excel for the Office gateway. Reads go through office-addin-mock objects, which refuse
 * a property that was not loaded and synced; writes are recorded in order with every sync, so
 * tests can see what reached Excel and how many round trips it took.
 */
import { OfficeMockObject } from "office-addin-mock";

/** The API sets the fake host supports: ExcelApi 1.1 up to `version` (1.7 as in Excel 2019). */
export function hostSupports(version: string | undefined): void {
  const g = globalThis as { Office?: unknown };
  if (version === undefined) delete g.Office;
  else
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= Number(version.split(".")[1]),
        },
      },
    };
}

type Op = { sheet: string; kind: string; address: [number, number, number, number]; data?: unknown };

export function fakeExcel(initial: Record<string, unknown[][]> = {}, options: { payloadLimit?: number } = {}) {
  const grids = new Map(Object.entries(initial).map(([k, v]) => [k, v.map((r) => [...r])]));
  const ops: Op[] = [];
  const pending: Op[] = [];
  const mocks: OfficeMockObject[] = [];
  // The rows and columns each range handed out covers: [row, column, rows, columns].
  const extents = new WeakMap<object, [number, number, number, number]>();
  const fills = new Map<string, { color: string; pattern: string }>();
  const visibility = new Map<string, string>();
  const renamed = new Map<string, string>();
  const notes = new Map<string, string>();
  let syncs = 0;

  const worksheet = (name: string) => {
    const grid = () => grids.get(name) ?? [];
    const range = (r: number, c: number, rc: number, cc: number) => {
      // As Excel answers: every row and cell of the range, empty ones as "".
      const slice = Array.from({ length: Math.min(rc, Math.max(0, grid().length - r)) }, (_, i) => Array.from({ length: cc }, (_, j) => grid()[r + i]?.[c + j] ?? ""));
      const mock = new OfficeMockObject({ values: slice, numberFormat: slice.map((row) => row.map(() => "General")), address: `${name}!R${r}C${c}` }) as any;
      mocks.push(mock);
      const record = (kind: string) => (data: unknown) => pending.push({ sheet: name, kind, address: [r, c, rc, cc], data });
      // Writes are recorded; reads stay with the mock (load, then sync, then read).
      const proxy = new Proxy(mock, {
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
      extents.set(proxy, [r, c, rc, cc]);
      return proxy;
    };
    const used = () => {
      const g = grid();
      const mock = new OfficeMockObject({ values: g, rowIndex: 0, columnIndex: 0, rowCount: g.length, columnCount: Math.max(0, ...Array.from(g, (r) => r?.length ?? 0)) }) as any;
      mock.isNullObject = g.length === 0; // as in Office.js, known after the sync without a load
      mocks.push(mock);
      return mock;
    };
    return {
      get name() {
        return name;
      },
      // A rename reaches Excel with the next sync, as every write does.
      set name(to: string) {
        pending.push({ sheet: name, kind: "rename", address: [0, 0, 0, 0], data: to });
      },
      load: () => void 0,
      onChanged: { add: (h: (e: unknown) => Promise<void>) => addHandler(h, name) },
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
      get visibility() {
        return visibility.get(name) ?? "Visible";
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
      tables: {
        add: (_: unknown, hasHeaders: boolean) => {
          pending.push({ sheet: name, kind: "table", address: [0, 0, 0, 0], data: hasHeaders });
          const table = { name: "", worksheet: { name } };
          tables.push(table);
          return table;
        },
      },
      // A chart records what it was given as it is set up; it reaches Excel with the next sync.
      charts: {
        add: (type: string, source: object, seriesBy: string) => {
          const chart = { type, source: extents.get(source), seriesBy, title: "", legend: true, labels: undefined as unknown, reversed: false, valuesReversed: false, at: undefined as unknown, width: 0, height: 0, series: [] as { name?: string; values?: unknown; type?: string; line?: string; filled: boolean }[] };
          pending.push({ sheet: name, kind: "chart", address: [0, 0, 0, 0], data: chart });
          const seriesApi = (s: (typeof chart.series)[number]) => ({
            setXAxisValues: (r: object) => (chart.labels = extents.get(r)),
            setValues: (r: object) => (s.values = extents.get(r)),
            set chartType(t: string) { s.type = t; },
            format: { fill: { clear: () => (s.filled = false) }, line: { set lineStyle(l: string) { s.line = l; } } },
          });
          chart.series.push({ values: extents.get(source), filled: true });
          return {
            title: { set text(t: string) { chart.title = t; } },
            legend: { set visible(v: boolean) { chart.legend = v; } },
            series: {
              getItemAt: (i: number) => seriesApi(chart.series[i]),
              add: (seriesName: string) => {
                const s = { name: seriesName, filled: true };
                chart.series.push(s);
                return seriesApi(s);
              },
            },
            axes: { categoryAxis: { set reversePlotOrder(v: boolean) { chart.reversed = v; } }, valueAxis: { set reversePlotOrder(v: boolean) { chart.valuesReversed = v; } } },
            setPosition: (r: object) => (chart.at = extents.get(r)),
            set width(w: number) { chart.width = w; },
            set height(h: number) { chart.height = h; },
          };
        },
      },
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

  // Change-event handlers registered by the gateway; `change` plays a person's (or the add-in's) edit.
  const handlers: { h: (e: unknown) => Promise<void>; sheet?: string }[] = [];
  const addHandler = (h: (e: unknown) => Promise<void>, sheet?: string) => {
    const entry = { h, sheet };
    handlers.push(entry);
    return { remove: () => handlers.splice(handlers.indexOf(entry), 1), context };
  };
  const change = async (sheet: string, triggerSource?: string) => {
    for (const { h } of handlers.filter((x) => x.sheet === undefined || x.sheet === sheet)) await h({ worksheetId: sheet, ...(triggerSource ? { triggerSource } : {}) });
  };
  const worksheets = {
    onChanged: { add: (h: (e: unknown) => Promise<void>) => addHandler(h) },
    items: [] as { name: string }[],
    load: () => void 0,
    getItemOrNullObject: (name: string) => worksheet(name),
    getItem: (name: string) => worksheet(name),
    add: (name: string) => (pending.push({ sheet: name, kind: "add", address: [0, 0, 0, 0] }), worksheet(name)),
  };
  // The tables made so far, by the sheet they are on.
  const tables: { name: string; worksheet: { name: string } }[] = [];
  const context = {
    workbook: { worksheets, tables: { items: tables, load: () => void 0 }, application: { suspendApiCalculationUntilNextSync: () => pending.push({ sheet: "", kind: "suspend", address: [0, 0, 0, 0] }) } },
    sync: async () => {
      syncs++;
      const payload = JSON.stringify(pending.map((p) => p.data ?? null)).length;
      if (options.payloadLimit && payload > options.payloadLimit) {
        pending.length = 0;
        throw Object.assign(new Error("too large"), { code: "RequestPayloadSizeLimitExceeded" });
      }
      for (const m of mocks) await m.sync();
      for (const op of pending.splice(0)) {
        // A worksheet object is the sheet, whatever its name later: writes follow a rename.
        while (!grids.has(op.sheet) && renamed.has(op.sheet)) op.sheet = renamed.get(op.sheet)!;
        ops.push(op);
        if (op.kind === "add") grids.set(op.sheet, []);
        if (op.kind === "visibility") visibility.set(op.sheet, op.data as string);
        if (op.kind === "rename") {
          const to = op.data as string;
          if (grids.has(to)) {
            pending.length = 0;
            throw Object.assign(new Error(`A sheet named ${to} already exists.`), { code: "ItemAlreadyExists" });
          }
          grids.set(to, grids.get(op.sheet)!);
          grids.delete(op.sheet);
          for (const t of tables) if (t.worksheet.name === op.sheet) t.worksheet.name = to;
          renamed.set(op.sheet, to);
        }
        if (op.kind === "delete") {
          // As Excel: a workbook keeps one visible sheet at least.
          if (![...grids.keys()].some((n) => n !== op.sheet && (visibility.get(n) ?? "Visible") === "Visible")) {
            pending.length = 0;
            throw Object.assign(new Error("A workbook must contain at least one visible worksheet."), { code: "InvalidOperation" });
          }
          grids.delete(op.sheet);
          visibility.delete(op.sheet);
          for (let i = tables.length - 1; i >= 0; i--) if (tables[i].worksheet.name === op.sheet) tables.splice(i, 1);
        }
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
      worksheets.items = [...grids.keys()].map((name) => worksheet(name));
    },
  };
  worksheets.items = [...grids.keys()].map((name) => worksheet(name));
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context as unknown as Excel.RequestContext);
  return { run, ops, grids, fills, notes, tables, handlers, change, syncs: () => syncs };
}

