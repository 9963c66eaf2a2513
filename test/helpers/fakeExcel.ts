/**
 * A fake Excel as strict as Excel, for the Office gateway: every object is a proxy that answers
 * a property only after it was loaded and synced (`PropertyNotLoaded` otherwise, as Office.js
 * throws), `isNullObject` only after a sync, collection `items` only after they were loaded.
 * Writes are queued and reach the workbook, in order, at `sync()`; a failing operation stops the
 * batch there, as Excel does. It refuses what Excel refuses: deleting a very hidden sheet or the
 * last visible one, sheet names over 31 characters or with `[]:*?/\`, two sheets of one name in
 * any case, table names that are cell references or taken, values whose shape is not the
 * range's, calls above the host's API set (`ApiNotFound`), and any request or response over
 * 5 MB as Office.js sends it, counted in UTF-8 bytes (`RequestPayloadSizeLimitExceeded`,
 * `ResponsePayloadSizeLimitExceeded`). Every write is recorded with the sync that sent it, so
 * tests see what reached Excel and in how many round trips.
 *
 * office-addin-mock was the fake's base before: its objects return an error string where
 * Office.js throws, it lets a write be read back before any sync, and it models no workbook, so
 * none of the rules above could be kept with it.
 */

/**
 * The host's API sets: ExcelApi 1.1 up to `version`; `undefined` is no Office at all. With it,
 * the document's settings, kept until the next call: a value must be JSON, as Office stores it.
 */
export function hostSupports(version: string | undefined): void {
  const g = globalThis as { Office?: unknown };
  if (version === undefined) {
    delete g.Office;
    return;
  }
  const saved = new Map<string, string>();
  g.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) => set === "ExcelApi" && minor(v) <= minor(version),
      },
      document: {
        settings: {
          get: (key: string) => (saved.has(key) ? JSON.parse(saved.get(key)!) : null),
          set: (key: string, value: unknown) => void saved.set(key, JSON.stringify(value)),
          saveAsync: (done: (r: { status: string }) => void) => done({ status: "succeeded" }),
        },
      },
    },
  };
}

const minor = (v: string) => Number(v.split(".")[1] ?? 0);
/** The API set a host must have, by what the gateway uses (from @types/office-js). */
const NEEDS = {
  dataValidation: "1.8",
  pattern: "1.9",
  worksheetsOnChanged: "1.9",
  notes: "1.18",
  charts: "1.1",
  setXAxisValues: "1.7",
  hyperlink: "1.7",
  worksheetOnChanged: "1.7",
  getRangeByIndexes: "1.7",
  freezePanes: "1.7",
  suspend: "1.6",
  orNull: "1.4",
} as const;

/** Excel on the web's limit for one request and one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

type Op = { sheet: string; kind: string; address: [number, number, number, number]; data?: unknown };

const excelError = (code: string, message: string) => Object.assign(new Error(message), { code, name: "RichApi.Error" });
const utf8 = (text: string) => Buffer.byteLength(text, "utf8");
const cellKey = (sheet: string, r: number, c: number) => `${sheet}!${r}:${c}`;

/** A1 (or a column-and-row reference) as 0-based row and column. */
function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address);
  if (!m) throw excelError("InvalidArgument", `Not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

/** A name Excel would read as a cell (`N5`, `AB12`, `R1C1`, `R`, `C`): never a table's. */
function isCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d{1,7}$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

interface Sheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
}

export interface FakeOptions {
  /** The host's API set (default: what `hostSupports` set, else 1.18). */
  host?: string;
  /** The payload limit in UTF-8 bytes (default 5 MB). */
  payloadLimit?: number;
  /** A used range the sheet reports whatever its cells (a sheet whose last cell is far down). */
  usedRange?: Record<string, { rowCount: number; columnCount: number }>;
}

export function fakeExcel(initial: Record<string, unknown[][]> = {}, options: FakeOptions = {}) {
  let nextId = 1;
  const sheets: Sheet[] = Object.keys(initial).map((name) => ({ id: `{S${nextId++}}`, name, visibility: "Visible" }));
  /** Cells by sheet name; kept in step with renames and deletes. */
  const grids = new Map(Object.entries(initial).map(([k, v]) => [k, v.map((r) => [...r])]));
  const formats = new Map<string, Map<string, string>>();
  const fills = new Map<string, { color: string; pattern: string }>();
  const notes = new Map<string, string>();
  const tables: { name: string; worksheet: { name: string } }[] = [];
  const ops: Op[] = [];
  const limit = options.payloadLimit ?? PAYLOAD_LIMIT;
  let syncs = 0;
  /** The size of each request sent, and how many Excel refused as too large. */
  const requests: number[] = [];
  let refused = 0;

  const host = () => {
    if (options.host) return options.host;
    const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported(s: string, v: string): boolean } } } }).Office;
    if (!office) return "1.18";
    for (let v = 18; v >= 1; v--) if (office.context?.requirements?.isSetSupported("ExcelApi", `1.${v}`)) return `1.${v}`;
    return "1.0";
  };
  const requires = (what: keyof typeof NEEDS) => {
    if (minor(host()) < minor(NEEDS[what])) throw excelError("ApiNotFound", `${what} needs ExcelApi ${NEEDS[what]}; this host has ${host()}`);
  };

  /** One queued step of a batch: a write, or the reading of what a load asked for. */
  type Step = { op?: Op; run: () => void; bytes: number };
  let queue: Step[] = [];
  const write = (op: Op, apply: () => void) => {
    queue.push({ op, run: apply, bytes: utf8(JSON.stringify(op.data ?? null)) + 80 });
  };
  const later = (run: () => void) => queue.push({ run, bytes: 60 });
  let response = 0;

  const byName = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  const mustFind = (name: string) => {
    const s = byName(name);
    if (!s) throw excelError("ItemNotFound", `The requested resource doesn't exist: sheet ${name}`);
    return s;
  };
  const gridOf = (name: string) => {
    const g = grids.get(name);
    if (!g) throw excelError("ItemNotFound", `No sheet ${name}`);
    return g;
  };

  /**
   * A loadable object: `extra` gives its methods and the properties it can be given (setters);
   * a property is read only from what a load brought at a sync.
   */
  function loadable<T extends object>(read: (props: string[]) => Record<string, unknown>, extra: T, describe: string) {
    const loaded = new Map<string, unknown>();
    const target = {
      load(props: string | string[]) {
        const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
        later(() => {
          const got = read(list);
          response += utf8(JSON.stringify(got));
          for (const [k, v] of Object.entries(got)) loaded.set(k, v);
        });
        return proxy;
      },
    };
    // Accessors are copied as accessors: a setter stays a setter, a getter runs when read.
    Object.defineProperties(target, Object.getOwnPropertyDescriptors(extra));
    const proxy = new Proxy(target as Record<string | symbol, unknown>, {
      get(t, prop) {
        if (typeof prop === "symbol") return Reflect.get(t, prop);
        const own = Object.getOwnPropertyDescriptor(t, prop);
        if (own && (own.get || "value" in own)) return Reflect.get(t, prop);
        if (prop === "then" || prop === "toJSON") return undefined;
        if (!loaded.has(prop)) throw excelError("PropertyNotLoaded", `The property '${prop}' of ${describe} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
        return loaded.get(prop);
      },
    }) as T & { load(props: string | string[]): unknown } & Record<string, unknown>;
    return proxy;
  }

  /** `isNullObject`: known after a sync, not before. */
  function nullable<T extends object>(obj: T, exists: () => boolean, describe: string): T & { isNullObject: boolean } {
    let known: boolean | undefined;
    later(() => (known = !exists()));
    Object.defineProperty(obj, "isNullObject", {
      get() {
        if (known === undefined) throw excelError("PropertyNotLoaded", `isNullObject of ${describe} is not known before a sync`);
        return known;
      },
    });
    return obj as T & { isNullObject: boolean };
  }

  const worksheet = (ref: string, made?: () => Sheet) => {
    // The sheet this object stands for: found by name or id when its first step runs, then by
    // identity, so that writes follow a rename.
    let bound: Sheet | undefined;
    const sheet = () => {
      if (!bound || !sheets.includes(bound)) bound = made ? made() : mustFind(ref);
      return bound;
    };
    const nameNow = () => sheet().name;
    const range = (r: number, c: number, rc: number, cc: number) => rangeObject(() => nameNow(), ref, r, c, rc, cc);
    const ws = loadable(
      (props) => Object.fromEntries(props.map((p) => [p, p === "name" ? sheet().name : p === "visibility" ? sheet().visibility : p === "id" ? sheet().id : undefined])),
      {
        get __sheet() {
          return sheet();
        },
        set name(to: string) {
          write({ sheet: ref, kind: "rename", address: [0, 0, 0, 0], data: to }, () => {
            checkSheetName(to, sheet());
            const s = sheet();
            grids.set(to, gridOf(s.name));
            grids.delete(s.name);
            for (const t of tables) if (t.worksheet.name === s.name) t.worksheet.name = to;
            s.name = to;
          });
        },
        set visibility(v: string) {
          write({ sheet: ref, kind: "visibility", address: [0, 0, 0, 0], data: v }, () => {
            const s = sheet();
            if (v !== "Visible" && !sheets.some((o) => o !== s && o.visibility === "Visible"))
              throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
            s.visibility = v as Sheet["visibility"];
          });
        },
        delete() {
          write({ sheet: ref, kind: "delete", address: [0, 0, 0, 0] }, () => {
            const s = sheet();
            if (s.visibility === "VeryHidden") throw excelError("InvalidOperation", "This operation is not permitted for the current object: a very hidden sheet cannot be deleted.");
            if (!sheets.some((o) => o !== s && o.visibility === "Visible")) throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
            sheets.splice(sheets.indexOf(s), 1);
            grids.delete(s.name);
            for (let i = tables.length - 1; i >= 0; i--) if (tables[i].worksheet.name === s.name) tables.splice(i, 1);
          });
        },
        activate() {
          write({ sheet: ref, kind: "activate", address: [0, 0, 0, 0] }, () => void sheet());
        },
        getRangeByIndexes(r: number, c: number, rc: number, cc: number) {
          requires("getRangeByIndexes");
          return range(r, c, rc, cc);
        },
        getRange(address?: string) {
          if (address === undefined) return range(0, 0, 1_048_576, 16_384);
          const { row, col } = parseA1(address);
          return range(row, col, 1, 1);
        },
        getUsedRangeOrNullObject(_valuesOnly?: boolean) {
          requires("orNull");
          const bounds = () => {
            const override = options.usedRange?.[nameNow()];
            if (override) return { rowIndex: 0, columnIndex: 0, ...override };
            const g = gridOf(nameNow());
            let top = -1, bottom = -1, left = Infinity, right = -1;
            g.forEach((row, r) =>
              (row ?? []).forEach((v, c) => {
                if (v === "" || v === null || v === undefined) return;
                if (top < 0) top = r;
                bottom = r;
                left = Math.min(left, c);
                right = Math.max(right, c);
              }),
            );
            return top < 0 ? undefined : { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
          };
          let b: ReturnType<typeof bounds>;
          later(() => (b = byName(ref) || bound ? bounds() : undefined));
          const used = rangeObject(() => nameNow(), ref, 0, 0, 0, 0, () => b);
          return nullable(used, () => !!(byName(ref) || bound) && bounds() !== undefined, `the used range of ${ref}`);
        },
        tables: {
          add(source: { __extent: () => [number, number, number, number] }, hasHeaders: boolean) {
            const table = { worksheet: { name: ref } } as { name: string; style: string; worksheet: { name: string } };
            let made: { name: string; worksheet: { name: string } } | undefined;
            write({ sheet: ref, kind: "table", address: [0, 0, 0, 0], data: hasHeaders }, () => {
              void source.__extent();
              made = { name: `Table${tables.length + 1}`, worksheet: { name: nameNow() } };
              tables.push(made);
            });
            Object.defineProperty(table, "name", {
              set(name: string) {
                write({ sheet: ref, kind: "tableName", address: [0, 0, 0, 0], data: name }, () => {
                  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || isCellReference(name))
                    throw excelError("InvalidArgument", `The table name “${name}” is not valid: it is a cell reference or has characters Excel does not allow.`);
                  if (tables.some((t) => t !== made && t.name.toLowerCase() === name.toLowerCase())) throw excelError("ItemAlreadyExists", `A table named ${name} already exists.`);
                  made!.name = name;
                });
              },
            });
            Object.defineProperty(table, "style", { set: () => undefined });
            return table;
          },
        },
        charts: {
          add: (type: string, source: { __extent: () => [number, number, number, number] }, seriesBy: string) => {
            requires("charts");
            const chart = { type, source: source.__extent(), seriesBy, title: "", legend: true, labels: undefined as unknown, reversed: false, valuesReversed: false, at: undefined as unknown, width: 0, height: 0, series: [] as { name?: string; values?: unknown; type?: string; line?: string; filled: boolean }[] };
            write({ sheet: ref, kind: "chart", address: [0, 0, 0, 0], data: chart }, () => void sheet());
            const seriesApi = (s: (typeof chart.series)[number]) => ({
              setXAxisValues: (r: { __extent: () => unknown }) => {
                requires("setXAxisValues");
                chart.labels = r.__extent();
              },
              setValues: (r: { __extent: () => unknown }) => (s.values = r.__extent()),
              set chartType(t: string) {
                s.type = t;
              },
              format: { fill: { clear: () => (s.filled = false) }, line: { set lineStyle(l: string) { s.line = l; } } },
            });
            chart.series.push({ values: source.__extent(), filled: true });
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
              setPosition: (r: { __extent: () => unknown }) => (chart.at = r.__extent()),
              set width(w: number) { chart.width = w; },
              set height(h: number) { chart.height = h; },
            };
          },
        },
        freezePanes: {
          freezeRows(n: number) {
            requires("freezePanes");
            write({ sheet: ref, kind: "freeze", address: [0, 0, 0, 0], data: n }, () => void sheet());
          },
        },
        get notes() {
          requires("notes");
          return {
            getItemOrNullObject: (cell: string) => {
              const key = () => `${nameNow()}!${cell}`;
              const note = loadable((props) => Object.fromEntries(props.map((p) => [p, p === "content" ? notes.get(key()) : undefined])), {
                delete: () => write({ sheet: `${ref}!${cell}`, kind: "note", address: [0, 0, 0, 0], data: null }, () => void notes.delete(key())),
              }, `the note of ${cell}`);
              return nullable(note, () => notes.has(key()), `the note of ${cell}`);
            },
            add: (cell: string, content: string) =>
              write({ sheet: `${ref}!${cell}`, kind: "note", address: [0, 0, 0, 0], data: content }, () => {
                if (notes.has(`${nameNow()}!${cell}`)) throw excelError("InvalidArgument", `The cell ${cell} has a note already.`);
                notes.set(`${nameNow()}!${cell}`, content);
              }),
          };
        },
        onChanged: {
          add: (h: (e: unknown) => Promise<void>) => {
            requires("worksheetOnChanged");
            return addHandler(h, () => sheet().id);
          },
        },
      },
      `the worksheet ${ref}`,
    );
    return ws;
  };

  function rangeObject(sheetName: () => string, ref: string, r: number, c: number, rc: number, cc: number, used?: () => { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | undefined) {
    const extent = (): [number, number, number, number] => [r, c, rc, cc];
    const label = `the range R${r + 1}C${c + 1} of ${ref}`;
    /** Records a write; the sheet it names is the one the range is on when the write runs. */
    const rec = (kind: string, data: unknown, apply: () => void, ofCell = false) => {
      const op: Op = { sheet: ofCell ? cellKey(ref, r, c) : ref, kind, address: extent(), data };
      write(op, () => {
        op.sheet = ofCell ? cellKey(sheetName(), r, c) : sheetName();
        apply();
      });
    };
    const cellsOf = (read: (row: number, col: number) => unknown) => {
      const g = gridOf(sheetName());
      return Array.from({ length: Math.min(rc, Math.max(0, g.length - r)) }, (_, i) => Array.from({ length: cc }, (_, j) => read(r + i, c + j)));
    };
    const shape = (data: unknown, what: string) => {
      if (!Array.isArray(data) || data.length !== rc || data.some((row) => !Array.isArray(row) || row.length !== cc))
        throw excelError("InvalidArgument", `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range (${rc} × ${cc}).`);
    };
    const fill = loadable(
      (props) => {
        if (props.includes("pattern")) requires("pattern");
        const f = fills.get(cellKey(sheetName(), r, c));
        return Object.fromEntries(props.map((p) => [p, p === "color" ? (f?.color ?? "#FFFFFF") : p === "pattern" ? (f?.pattern ?? "None") : undefined]));
      },
      {
        set color(color: string) {
          rec("fill", color, () => void fills.set(cellKey(sheetName(), r, c), { color, pattern: "Solid" }), true);
        },
        clear: () => rec("fill", null, () => void fills.delete(cellKey(sheetName(), r, c)), true),
      },
      `the fill of ${label}`,
    );
    return loadable(
      (props) => {
        const out: Record<string, unknown> = {};
        const u = used?.();
        // A null object's load reads nothing, and fails nothing.
        if (used && !u) return out;
        for (const p of props) {
          if (p === "values") out.values = u ? cellsFrom(sheetName(), u) : cellsOf((row, col) => gridOf(sheetName())[row]?.[col] ?? "");
          else if (p === "numberFormat") out.numberFormat = u ? cellsFrom(sheetName(), u, true) : cellsOf((row, col) => formats.get(sheetName())?.get(`${row}:${col}`) ?? "General");
          else if (u && ["rowIndex", "columnIndex", "rowCount", "columnCount"].includes(p)) out[p] = u[p as keyof typeof u];
        }
        return out;
      },
      {
        __extent: extent,
        set values(data: unknown[][]) {
          shape(data, "values");
          rec("values", data, () => {
            const g = gridOf(sheetName());
            data.forEach((row, i) => {
              g[r + i] ??= [];
              row.forEach((v, j) => (g[r + i][c + j] = v));
            });
          });
        },
        set numberFormat(data: string[][]) {
          shape(data, "numberFormat");
          rec("numberFormat", data, () => {
            const f = formats.get(sheetName()) ?? new Map<string, string>();
            data.forEach((row, i) => row.forEach((v, j) => f.set(`${r + i}:${c + j}`, v)));
            formats.set(sheetName(), f);
          });
        },
        set hyperlink(link: unknown) {
          requires("hyperlink");
          rec("hyperlink", link, () => void gridOf(sheetName()));
        },
        get dataValidation() {
          requires("dataValidation");
          return { set rule(rule: unknown) { rec("validation", rule, () => void gridOf(sheetName())); } };
        },
        format: {
          font: { set bold(_: boolean) { rec("bold", undefined, () => undefined); } },
          fill,
          autofitColumns: () => rec("autofit", null, () => undefined),
        },
        clear: () =>
          rec("clear", undefined, () => {
            const g = gridOf(sheetName());
            for (let i = r; i < Math.min(g.length, r + rc); i++) for (let j = c; j < c + cc && g[i]; j++) if (j < g[i].length) g[i][j] = "";
            while (g.length && (g[g.length - 1] ?? []).every((v) => v === "" || v === null || v === undefined)) g.pop();
            const f = formats.get(sheetName());
            if (f) for (const k of [...f.keys()]) { const [fr, fc] = k.split(":").map(Number); if (fr >= r && fr < r + rc && fc >= c && fc < c + cc) f.delete(k); }
          }),
        select: () => rec("select", undefined, () => undefined),
      },
      label,
    );
  }

  const cellsFrom = (name: string, u: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }, asFormats = false) => {
    const g = gridOf(name);
    return Array.from({ length: u.rowCount }, (_, i) =>
      Array.from({ length: u.columnCount }, (_, j) =>
        asFormats ? (formats.get(name)?.get(`${u.rowIndex + i}:${u.columnIndex + j}`) ?? "General") : (g[u.rowIndex + i]?.[u.columnIndex + j] ?? ""),
      ),
    );
  };

  const checkSheetName = (name: string, self?: Sheet) => {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) throw excelError("InvalidArgument", `The sheet name “${name}” is not valid.`);
    if (sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) throw excelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
  };

  // Change-event handlers registered by the gateway; `change` plays a person's (or the add-in's) edit.
  const handlers: { h: (e: unknown) => Promise<void>; sheet?: () => string }[] = [];
  const addHandler = (h: (e: unknown) => Promise<void>, sheet?: () => string) => {
    const entry: { h: (e: unknown) => Promise<void>; sheet?: () => string } = { h };
    later(() => {
      if (sheet) entry.sheet = (() => { const id = sheet(); return () => id; })();
      handlers.push(entry);
    });
    return { remove: () => write({ sheet: "", kind: "removeHandler", address: [0, 0, 0, 0] }, () => void handlers.splice(handlers.indexOf(entry), 1)), context };
  };
  const change = async (name: string, triggerSource?: string) => {
    const s = mustFind(name);
    // The trigger source came with ExcelApi 1.14: an older host sends the event without it.
    const source = triggerSource && minor(host()) >= 14 ? { triggerSource } : {};
    for (const { h } of handlers.filter((x) => x.sheet === undefined || x.sheet() === s.id)) await h({ worksheetId: s.id, ...source });
  };

  /** Each `Excel.run` is a new request context: what a collection loaded in another is not there. */
  const forgetOnRun: (() => void)[] = [];
  const collectionOf = <T>(items: () => T[], describe: string, pick: (item: T, props: string[]) => Record<string, unknown>) => {
    let loaded: unknown[] | undefined;
    forgetOnRun.push(() => (loaded = undefined));
    return {
      load(props: string) {
        const subs = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        later(() => {
          loaded = items().map((item) => {
            const values = pick(item, subs);
            response += utf8(JSON.stringify(values));
            return strictRecord(values, `an item of ${describe}`);
          });
        });
      },
      get items() {
        if (!loaded) throw excelError("PropertyNotLoaded", `The property 'items' of ${describe} is not available: load it and sync first.`);
        return loaded;
      },
    };
  };
  const strictRecord = (values: Record<string, unknown>, describe: string) =>
    new Proxy(values, {
      get(t, prop) {
        if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
        if (prop === "onChanged") return { add: (h: (e: unknown) => Promise<void>) => { requires("worksheetOnChanged"); return addHandler(h, () => t.id as string); } };
        if (!(prop in t)) throw excelError("PropertyNotLoaded", `The property '${prop}' of ${describe} is not available: load it and sync first.`);
        return t[prop];
      },
    });

  const sheetCollection = collectionOf(() => sheets, "the worksheets", (s, props) => Object.fromEntries(props.map((p) => [p, p === "name" ? s.name : p === "visibility" ? s.visibility : p === "id" ? s.id : undefined])));
  const worksheets = {
    load: (props: string) => sheetCollection.load(props),
    get items() {
      return sheetCollection.items;
    },
    onChanged: {
      add: (h: (e: unknown) => Promise<void>) => {
        requires("worksheetsOnChanged");
        return addHandler(h);
      },
    },
    getItem: (name: string) => {
      const ws = worksheet(name);
      later(() => void mustFind(name));
      return ws;
    },
    getItemOrNullObject: (name: string) => {
      requires("orNull");
      return nullable(worksheet(name), () => !!byName(name), `the worksheet ${name}`);
    },
    add: (name: string) => {
      let made: Sheet | undefined;
      write({ sheet: name, kind: "add", address: [0, 0, 0, 0] }, () => {
        checkSheetName(name);
        made = { id: `{S${nextId++}}`, name, visibility: "Visible" };
        sheets.push(made);
        grids.set(name, []);
      });
      return worksheet(name, () => {
        if (!made) throw excelError("ItemNotFound", `The sheet ${name} was not added`);
        return made;
      });
    },
  };
  const tableCollection = collectionOf(() => tables, "the tables", (t, props) => Object.fromEntries(props.map((p) => [p === "worksheet/name" ? "worksheet" : p, p === "name" ? t.name : p === "worksheet/name" ? { name: t.worksheet.name } : undefined])));

  const context = {
    workbook: {
      worksheets,
      tables: { load: (p: string) => tableCollection.load(p), get items() { return tableCollection.items; } },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          requires("suspend");
          write({ sheet: "", kind: "suspend", address: [0, 0, 0, 0] }, () => undefined);
        },
      },
    },
    sync: async () => {
      syncs++;
      const batch = queue;
      queue = [];
      const request = batch.reduce((s, step) => s + step.bytes, 0);
      if (request > limit) {
        refused++;
        throw excelError("RequestPayloadSizeLimitExceeded", `The request payload size (${request} bytes) has exceeded the limit.`);
      }
      requests.push(request);
      response = 0;
      for (const step of batch) {
        step.run();
        if (step.op) ops.push(step.op);
      }
      if (response > limit) {
        refused++;
        throw excelError("ResponsePayloadSizeLimitExceeded", `The response payload size (${response} bytes) has exceeded the limit.`);
      }
    },
  };
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) => {
    queue = [];
    for (const forget of forgetOnRun) forget();
    return batch(context as unknown as Excel.RequestContext);
  };
  return {
    run,
    ops,
    grids,
    fills,
    notes,
    tables,
    handlers,
    change,
    syncs: () => syncs,
    /** The UTF-8 bytes of each request Excel took. */
    requests: () => [...requests],
    /** How many requests or responses Excel refused as too large. */
    refused: () => refused,
    /** Each sheet's visibility, by name. */
    visibility: () => new Map(sheets.map((s) => [s.name, s.visibility])),
    /** A sheet made very hidden, as the add-in's state sheets are in a workbook it wrote before. */
    hide: (name: string, how: Sheet["visibility"] = "VeryHidden") => void (mustFind(name).visibility = how),
  };
}
