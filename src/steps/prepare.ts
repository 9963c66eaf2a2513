/**
 * Step 1: the structured sheets a workbook needs, created where missing. A workbook prepared
 * with another methodology is never mixed with this one: its sheets are replaced only when the
 * user says so and none of its data sheets holds a figure.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import {
  assessedYear,
  Methodology,
} from "../core/methodology/methodologySchema";
import { isPresetId, RAW_PRESETS } from "../core/methodology/presetCatalog";
import { Msg, Lang, UserError } from "../core/userError";
import {
  COL,
  dataTables,
  METHOD_SHEET,
  methodologyTables,
  REGISTER_SHEET,
  registerTable,
  rulesTable,
  SETTINGS_SHEET,
  settingsIdentity,
} from "../workbook/sheets";
import type { WorkbookPort } from "../workbook/workbookPort";

export interface Prepared {
  created: string[];
  kept: string[];
  /** The other methodology's sheets that were replaced, when the user said so. */
  replaced: string[];
  /** The register edition the data sheets list, and the year that chose it (on `Cài đặt`). */
  edition: string;
  year?: number;
}

/**
 * The year a workbook of a register edition is for, when its methodology names none: the last
 * whole year the edition was in force (2024 for the 63 provinces, which ended on 30/06/2025), or
 * this year for the edition in force.
 */
export function yearOfEdition(r: AgencyRegister, today = new Date()): number {
  const to = r.inForce.to;
  if (!to)
    return Math.max(Number(r.inForce.from.slice(0, 4)), today.getFullYear());
  return Number(to.slice(0, 4)) - (to.endsWith("12-31") ? 0 : 1);
}

/** The workbook holds another methodology's sheets: the user decides, and may only replace empty ones. */
export class OtherMethodologyError extends UserError {
  constructor(
    readonly current: { id: string; name: Msg },
    readonly wanted: { id: string; name: Msg },
    /** The other methodology's data sheets that hold figures, with how many: these block a replacement. */
    readonly withFigures: { sheet: string; figures: number }[],
    /** The sheets a replacement would replace. */
    readonly replaces: string[],
  ) {
    const list = withFigures
      .slice(0, 4)
      .map((x) => `“${x.sheet}” (${x.figures})`)
      .join(", ");
    const more = withFigures.length > 4 ? ", …" : "";
    super(
      withFigures.length
        ? {
            vi: `Sổ tính này đã chuẩn bị theo phương pháp “${current.name.vi}” và ${withFigures.length} trang số liệu của nó đã có số liệu (số ô có số: ${list}${more}). Chưa thay gì: thay các trang đó sẽ mất số liệu. Hãy tạo một sổ tính mới cho phương pháp “${wanted.name.vi}”, hoặc giữ phương pháp “${current.name.vi}”.`,
            en: `This workbook was prepared with the methodology “${current.name.en}”, and ${withFigures.length} of its data sheets hold figures (cells with figures: ${list}${more}). Nothing was replaced: replacing those sheets would lose the figures. Make a new workbook for the methodology “${wanted.name.en}”, or keep “${current.name.en}”.`,
          }
        : {
            vi: `Sổ tính này đã chuẩn bị theo phương pháp “${current.name.vi}”. Thay ${replaces.length} trang của nó (${replaces.join(", ")}; các trang số liệu chưa có số liệu) bằng các trang của “${wanted.name.vi}”, hay giữ “${current.name.vi}”? Chưa thay gì.`,
            en: `This workbook was prepared with the methodology “${current.name.en}”. Replace its ${replaces.length} sheets (${replaces.join(", ")}; the data sheets hold no figures) with those of “${wanted.name.en}”, or keep “${current.name.en}”? Nothing was replaced yet.`,
          },
    );
  }

  /** Whether a replacement is possible at all. */
  get replaceable(): boolean {
    return this.withFigures.length === 0;
  }
}

/**
 * Creates the structured sheets that are missing; never touches the ones that exist. On a
 * workbook of another methodology, refuses (OtherMethodologyError) unless `replace`, and even
 * then while any of its data sheets holds a figure.
 */
export async function prepareSheets(
  port: WorkbookPort,
  methodology: Methodology,
  register: AgencyRegister,
  options: {
    replace?: boolean;
    lang?: Lang;
    /** The register edition chosen (`2016`, `2025`): its year, where the methodology has none. */
    edition?: string;
  } = {},
): Promise<Prepared> {
  const chosen = options.edition
    ? register.editions?.all.find((r) => r.edition === options.edition)
    : undefined;
  // A methodology no longer in force (DTI 2021–2023) is for its last year, and that year's units.
  const assessed = assessedYear(methodology);
  const year =
    methodology.year ??
    // The register chosen, in the last year the methodology was in force when that falls in it.
    (chosen &&
    !(assessed !== undefined && register.forYear(assessed) === chosen)
      ? yearOfEdition(chosen)
      : assessed);
  const m = year === undefined ? methodology : { ...methodology, year };
  const edition = register.forYear(m.year).edition;
  const said = { edition, ...(m.year !== undefined ? { year: m.year } : {}) };
  const existing = new Set(await port.sheetNames());
  const wanted = [
    ...methodologyTables(m),
    rulesTable(),
    registerTable(m, register),
    ...dataTables(m, register),
  ];
  const settings = existing.has(SETTINGS_SHEET)
    ? await port.readTable(SETTINGS_SHEET)
    : undefined;
  const current = settings ? settingsIdentity(settings) : undefined;
  if (current && current.id !== m.id) {
    const data = await dataSheetsOf(port, [...existing]);
    const replaces = [
      SETTINGS_SHEET,
      METHOD_SHEET,
      REGISTER_SHEET,
      ...data.map((d) => d.sheet),
    ].filter((s) => existing.has(s));
    const withFigures = data.filter((d) => d.figures > 0);
    if (!options.replace || withFigures.length)
      throw new OtherMethodologyError(
        { id: current.id ?? "?", name: namesOf(current) },
        { id: m.id, name: m.name },
        withFigures,
        replaces,
      );
    // New names first, so that a visible sheet always remains; then the old sheets go, and
    // those of the same names are written anew.
    const first = wanted.filter((t) => !existing.has(t.sheet));
    if (first.length) await port.writeTables(first, { owned: false });
    await port.deleteSheets(replaces);
    const again = wanted.filter((t) => replaces.includes(t.sheet));
    if (again.length) await port.writeTables(again, { owned: false });
    return {
      created: [...first, ...again].map((t) => t.sheet),
      kept: wanted
        .filter((t) => existing.has(t.sheet) && !replaces.includes(t.sheet))
        .map((t) => t.sheet),
      replaced: replaces,
      ...said,
    };
  }
  const missing = wanted.filter((t) => !existing.has(t.sheet));
  if (missing.length) await port.writeTables(missing, { owned: false });
  return {
    created: missing.map((t) => t.sheet),
    kept: wanted.filter((t) => existing.has(t.sheet)).map((t) => t.sheet),
    replaced: [],
    ...said,
  };
}

/** A methodology's name in both languages: a shipped one's own, else as its settings sheet says. */
function namesOf(m: { id?: string; name?: string }): Msg {
  if (m.id && isPresetId(m.id)) return RAW_PRESETS[m.id].name;
  const name = m.name ?? m.id ?? "?";
  return { vi: name, en: name };
}

/**
 * The data sheets of a prepared workbook (a row per agency, with its code and name), and how many
 * figures each holds: every filled cell beside the block, code and name.
 */
async function dataSheetsOf(
  port: WorkbookPort,
  names: string[],
): Promise<{ sheet: string; figures: number }[]> {
  const out: { sheet: string; figures: number }[] = [];
  for (const sheet of names) {
    if (sheet === REGISTER_SHEET) continue;
    const t = await port.readTable(sheet);
    if (!t || !t.header.includes(COL.code) || !t.header.includes(COL.name))
      continue;
    const own = new Set<string>([COL.block, COL.code, COL.name]);
    const figures = t.rows.reduce(
      (n, row) =>
        n +
        row.filter((v, k) => !own.has(t.header[k]) && v !== null && v !== "")
          .length,
      0,
    );
    out.push({ sheet, figures });
  }
  return out;
}
