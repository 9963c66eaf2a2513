/**
 * Which edition of the register a paste is read with. The period comes first: a year in a
 * title, caption or header names the edition in force at that year's end. The names decide
 * when there is no year, or when they contradict it (a 2024 ranking published "năm 2025" still
 * lists 63 provinces): the edition whose units the tables cover best, with the fewest names
 * only another edition lists; on a tie, the later edition. The choice is said.
 */
import type { AgencyRegister } from "../agencies/agencyRegister";
import { withoutDates } from "../text/dates";
import type { EditionChoice, RecognisedTable } from "./recognise/types";

/**
 * Read with the edition asked for, or the one that fits; every table carries the choice. `year`
 * is the latest year the tables' titles, captions and headers name, known before reading.
 */
export function readInEdition(
  register: AgencyRegister,
  asked: string | undefined,
  year: number | undefined,
  read: (r: AgencyRegister) => RecognisedTable[],
): RecognisedTable[] {
  const editions = register.editions?.all ?? [register];
  if (asked) {
    const r = editions.find((e) => e.edition === asked);
    if (!r) return read(register);
    return tag(read(r), {
      edition: r.edition,
      why: "asked",
      said: {
        vi: `danh mục đơn vị ${r.edition} (theo lựa chọn)`,
        en: `${r.edition} agency register (as chosen)`,
      },
    });
  }
  if (editions.length < 2) return read(register);

  const tries = new Map<AgencyRegister, RecognisedTable[]>();
  const tried = (r: AgencyRegister) => {
    let t = tries.get(r);
    if (!t) tries.set(r, (t = read(r)));
    return t;
  };
  const byYear =
    year !== undefined ? editionForYear(editions, year) : undefined;
  const byPeriod = (r: AgencyRegister) =>
    tag(tried(r), {
      edition: r.edition,
      why: "period",
      year,
      said: {
        vi: `danh mục đơn vị ${r.edition} (theo năm ${year} của bảng)`,
        en: `${r.edition} agency register (from the table's year ${year})`,
      },
    });
  if (
    byYear &&
    !tried(byYear).some(namesOtherEdition) &&
    !wholeOfAnother(editions, byYear, tried)
  )
    return byPeriod(byYear);
  let best = editions[editions.length - 1];
  let top: number[] = [];
  let tie = false;
  // Latest first. A whole block of an edition named (every unit, none of another) decides; then
  // more names written exactly as the edition writes them; then more that are its own rather
  // than another name it keeps for a unit (`Thừa Thiên - Huế` is 2016's province, and only a
  // former name of 2025's Thành phố Huế); then fewer names only another edition lists. How much of a block an excerpt covers is no
  // evidence (34 units or 63): names that fit two editions equally keep the earlier one, and the
  // choice says so. A whole block cannot be beaten: the older editions need not be read.
  for (const r of [...editions].reverse()) {
    const { score, named, exact, own, former } = fit(tried(r), r);
    const key = [score >= 1 ? 1 : 0, exact, own, -former];
    const k = key.findIndex((x, i) => x !== top[i]);
    tie = top.length > 0 && k < 0;
    if (top.length === 0 || k < 0 || key[k] > top[k]) [best, top] = [r, key];
    // No name of any edition (a name only another lists counts here too): none can fit better.
    if (top[0] === 1 || named === 0) break;
  }
  if (best === byYear) return byPeriod(best);
  const against = byYear
    ? {
        vi: `; bảng ghi năm ${year} nhưng tên đơn vị theo danh mục ${best.edition}`,
        en: `; the table says ${year} but its unit names are the ${best.edition} register's`,
      }
    : { vi: "", en: "" };
  return tag(tried(best), {
    edition: best.edition,
    why: "names",
    ...(year !== undefined ? { year } : {}),
    said: {
      vi: tie
        ? `danh mục đơn vị ${best.edition} (tên các đơn vị hợp với cả hai danh mục; chọn danh mục khác nếu bảng thuộc kỳ khác${against.vi})`
        : `danh mục đơn vị ${best.edition} (theo tên các đơn vị${against.vi})`,
      en: tie
        ? `${best.edition} agency register (the unit names fit both registers; choose the other if the table is of another period${against.en})`
        : `${best.edition} agency register (from the unit names${against.en})`,
    },
  });
}

function tag(
  tables: RecognisedTable[],
  edition: EditionChoice,
): RecognisedTable[] {
  for (const t of tables) t.edition = edition;
  return tables;
}

function editionForYear(
  editions: readonly AgencyRegister[],
  year: number,
): AgencyRegister | undefined {
  const day = `${year}-12-31`;
  return [...editions]
    .reverse()
    .find(
      (r) => r.inForce.from <= day && (!r.inForce.to || day <= r.inForce.to),
    );
}

/**
 * The latest year (1990–2099) in texts such as a table's title, caption and header cells; a
 * year inside a date (a posting or signature date) is not one.
 */
export function latestYear(
  texts: Iterable<string | undefined>,
): number | undefined {
  let latest: number | undefined;
  for (const text of texts)
    for (const m of withoutDates(text ?? "").matchAll(
      /(?<!\d)(199\d|20\d\d)(?!\d)/g,
    ))
      latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/**
 * How well an edition's reading fits: the share of the edition's units (of the blocks the tables
 * list) that the tables name, less twice the share of names that only another edition lists — a
 * top-ten excerpt naming one dissolved province is that province's edition, a full list of the
 * 34 with one old name is 2025's. At most 1.
 */
function fit(
  tables: RecognisedTable[],
  register: AgencyRegister,
): {
  score: number;
  named: number;
  exact: number;
  own: number;
  former: number;
} {
  let former = 0;
  let named = 0;
  // Names this edition lists as the agency's own name, not as another name of it (`Thừa Thiên -
  // Huế` is 2016's province, and only another name of 2025's Thành phố Huế).
  let own = 0;
  let exact = 0;
  const listed = new Set<string>();
  const blocks = new Set<string>();
  for (const t of tables)
    for (const row of t.rows)
      for (const m of row.agencies) {
        if (m.status === "other-edition") {
          former++;
          named++;
          blocks.add(m.otherEdition!.agency.block);
        } else if (
          m.agency &&
          (m.status === "exact" || m.status === "variant")
        ) {
          named++;
          if (!m.notes.includes("alias")) own++;
          if (m.status === "exact") exact++;
          listed.add(m.agency.code);
          blocks.add(m.agency.block);
        }
      }
  if (named === 0) return { score: 0, named, exact, own, former };
  const of = register.agencies.filter(
    (a) =>
      blocks.has(a.block) &&
      a.evaluated &&
      a.validFrom <= (register.inForce.to ?? "9999") &&
      (!a.validTo || a.validTo >= register.inForce.from),
  ).length;
  return {
    score: (of ? listed.size / of : 0) - (2 * former) / named,
    named,
    exact,
    own,
    former,
  };
}

/**
 * Whether the names list every unit of another edition's block, and no more, where the year's
 * edition reads them as a part of a larger block: DTI 2024 ranks the 34 units of 2025, whose
 * names are all names of 2016 provinces too. Another edition is read only when its block has as
 * many units as the table names.
 */
function wholeOfAnother(
  editions: readonly AgencyRegister[],
  byYear: AgencyRegister,
  tried: (r: AgencyRegister) => RecognisedTable[],
): boolean {
  const listed = new Map<string, Set<string>>();
  for (const t of tried(byYear))
    for (const row of t.rows)
      for (const m of row.agencies)
        if (m.agency && (m.status === "exact" || m.status === "variant")) {
          const codes = listed.get(m.agency.block) ?? new Set<string>();
          codes.add(m.agency.code);
          listed.set(m.agency.block, codes);
        }
  if (listed.size !== 1) return false;
  const [[block, codes]] = [...listed];
  const size = (r: AgencyRegister) =>
    r.inBlock(block as never, { evaluatedOnly: true }).length;
  if (codes.size >= size(byYear)) return false;
  return editions.some(
    (r) =>
      r !== byYear && size(r) === codes.size && fit(tried(r), r).score >= 1,
  );
}

function namesOtherEdition(t: RecognisedTable): boolean {
  return t.rows.some((r) =>
    r.agencies.some((m) => m.status === "other-edition"),
  );
}
