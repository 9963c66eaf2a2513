/**
 * The one way tables are read, from pasted text or from a sheet: laid out (tabs, HTML, one cell
 * per line, spaces), then recognised. What the methodology says about its groups (keywords,
 * roles of criteria) helps name a table's group; the default methodology's when none is given.
 */
import { checkPasteSize } from "../limits";
import type { AgencyRegister } from "../agencies/agencyRegister";
import { matcherCache, namesAgency } from "../agencies/matchAgency";
import { splitAgencyCell } from "../agencies/splitAgencyCell";
import type { Methodology } from "../methodology/methodologySchema";
import { getPreset } from "../methodology/presets";
import type { Grid, SourceCell } from "./layout/grid";
import { latestYear, readInEdition } from "./chooseEdition";
import { readGrids } from "./layout/readGrids";
import type { GroupHint } from "./recognise/context";
import { recogniseTable } from "./recognise/recogniseTable";
import type { ColumnOverrides, RecognisedTable } from "./recognise/types";
import { getDefaultProfile, Profile } from "./vocabulary/profile";

export interface ReadOptions {
  profile?: Profile;
  /** The methodology whose groups a table may belong to (the default one if absent). */
  methodology?: Methodology;
  /** The user's word on a table's columns and block, when recognition was unsure. */
  overrides?: ColumnOverrides;
  /** The register edition to read with (`2016`, `2025`); by default the one the tables fit. */
  edition?: string;
}

/** The groups of a methodology as hints: their keywords and name, their criteria's roles. */
export function groupHints(m: Methodology): GroupHint[] {
  return m.groups.map((g) => ({
    id: g.id,
    keywords: [...g.keywords, g.name.vi],
    roles: g.criteria.flatMap((c) => (c.role ? [c.role] : [])),
  }));
}

function contextOf(register: AgencyRegister, options: ReadOptions) {
  const profile = options.profile ?? getDefaultProfile();
  const matcherFor = matcherCache(register);
  const all = matcherFor();
  return {
    register,
    profile,
    matcherFor,
    groups: groupHints(options.methodology ?? getPreset("mac-dinh-tai-dung")),
    ...(options.overrides ? { overrides: options.overrides } : {}),
    // A unit of any edition is an agency name: the layout of a paste does not depend on which
    // edition then reads it.
    isAgencyName: (text: string) => {
      const found = splitAgencyCell(text, all);
      return found.length > 0 && found.every(namesAgency);
    },
  };
}

/** The words around a grid that may name its period: title, caption, header cells. */
function wordsOf(grid: Grid): (string | undefined)[] {
  return [
    grid.title,
    grid.caption,
    ...(grid.lead ?? []),
    ...grid.header.flat().map((c) => c.text),
  ];
}

/** Every table in a pasted text, understood. A paste over the limits is refused first. */
export function readTables(
  text: string,
  register: AgencyRegister,
  options: ReadOptions = {},
): RecognisedTable[] {
  checkPasteSize(text);
  // Laid out once; recognised in each edition tried.
  const grids = readGrids(text, contextOf(register, options));
  const year = latestYear(grids.flatMap(wordsOf));
  return readInEdition(register, options.edition, year, (edition) => {
    const ctx = contextOf(edition, options);
    const { overrides, ...rest } = ctx;
    // The user's word on the columns is for one table when it says which (its first line).
    return grids.map((grid) =>
      recogniseTable(
        grid,
        overrides &&
          (overrides.table === undefined || overrides.table === grid.line)
          ? ctx
          : rest,
      ),
    );
  });
}

/** A sheet's cells as shown, understood as one table (the header is the first filled row). */
export function readSheet(
  sheet: {
    header: string[];
    text: string[][];
    headerRow: number;
    /** The title above the header: its year names the period, as a pasted table's does. */
    title?: string;
  },
  register: AgencyRegister,
  options: ReadOptions = {},
): RecognisedTable {
  const cell = (text: string, row: number, column: number): SourceCell => ({
    text: text ?? "",
    line: row,
    column: column + 1,
  });
  const grid: Grid = {
    layout: "sheet",
    line: sheet.headerRow,
    header: [sheet.header.map((h, c) => cell(h, sheet.headerRow, c))],
    rows: sheet.text.map((r, k) =>
      r.map((t, c) => cell(t, sheet.headerRow + 1 + k, c)),
    ),
    skipped: [],
    ...(sheet.title ? { title: sheet.title } : {}),
  };
  const [table] = readInEdition(
    register,
    options.edition,
    latestYear(wordsOf(grid)),
    (edition) => [recogniseTable(grid, contextOf(edition, options))],
  );
  return table;
}
