/**
 * A grid, understood. The agency column is the one whose cells match the register best,
 * whatever its header; a table with agencies across its header is turned down, one with a row
 * per agency and figure is turned wide, a `rank (value)` column is split. Then the roles of the
 * other columns, the block (from the agencies), the criteria group (from the words of the title,
 * as the methodology names them), the measure, the periods and how much of the block is listed.
 * A table without agencies is read as labelled rows of figures.
 */
import { AgencyMatcher, namesAgency } from "../../agencies/matchAgency";
import { cellShape } from "../layout/cellShape";
import type { Grid } from "../layout/grid";
import { agencyTable } from "./agencyTable";
import { ColumnFacts, columnFacts, share } from "./columnFacts";
import { Frame, frameOf, splitCombinedColumn, transpose, widen } from "./frame";
import { splitListedRows } from "./listedRows";
import { figureRows } from "./rowStructure";
import { firstHit, groupOf } from "./tableWords";
import type { RecogniseContext } from "./context";
import type { ColumnOverrides, RecognisedTable } from "./types";

export function recogniseTable(
  grid: Grid,
  ctx: RecogniseContext,
): RecognisedTable {
  let frame = frameOf(grid);
  const base = {
    layout: grid.layout,
    line: grid.line,
    ...(grid.title ? { title: grid.title } : {}),
    ...(grid.tableNo ? { tableNo: grid.tableNo } : {}),
    ...(grid.caption ? { caption: grid.caption } : {}),
    name: grid.tableNo ? `Bảng ${grid.tableNo}` : `Bảng ở dòng ${grid.line}`,
    skipped: [...grid.skipped],
    ...(grid.aligned ? { aligned: grid.aligned } : {}),
    continuation: [],
    sums: [],
    periods: {},
    roles: {},
  };
  const all = ctx.matcherFor();
  const factsOf = (f: Frame) =>
    f.headers.map((h, c) =>
      columnFacts(
        h,
        f.rows.map((r) => r[c]),
        ctx.profile,
        all,
      ),
    );
  let facts = factsOf(frame);
  let agency = agencyColumn(facts, frame, ctx.overrides);
  let reshaped: RecognisedTable["reshaped"];
  if (agency < 0 && !ctx.overrides?.agency && agenciesAcross(frame, all)) {
    frame = transpose(frame);
    facts = factsOf(frame);
    agency = agencyColumn(facts, frame, ctx.overrides);
    reshaped = "transposed";
  }
  if (agency >= 0) {
    const long = longLayout(frame, facts, agency);
    if (long) {
      frame = widen(frame, agency, long.label, long.figures);
      facts = factsOf(frame);
      agency = 0;
      reshaped = "long";
    }
  }
  // `17 (0,633)`: a rank and a value in one cell become two columns.
  let split = false;
  for (let c = facts.length - 1; c >= 0; c--)
    if (facts[c].combined > 0 && facts[c].combined >= 0.5 * facts[c].nonEmpty) {
      frame = splitCombinedColumn(frame, c);
      if (agency > c) agency++;
      split = true;
    }
  if (split) facts = factsOf(frame);
  const shaped: Pick<RecognisedTable, "listed"> &
    typeof base & {
      reshaped?: RecognisedTable["reshaped"];
    } = { ...base, ...(reshaped ? { reshaped } : {}) };
  if (agency >= 0) return agencyTable(frame, facts, agency, shaped, grid, ctx);
  // A row listing items with a figure for each in every cell: a row per item.
  const listed = splitListedRows(frame);
  if (listed.split.length) {
    frame = listed.frame;
    facts = factsOf(frame);
  }
  const figures = figureRows(frame, facts, ctx.profile);
  if (listed.split.length) shaped.listed = listed.split;
  if (!figures) {
    // Say what stands in the way: cells with digits that are not one figure (`99,40% 98,45%`).
    const unread = frame.rows
      .flat()
      .filter((c) => /\d/.test(c.text) && cellShape(c.text) === "text");
    const example = unread[0]
      ? ` (ví dụ “${unread[0].text.slice(0, 40)}”)`
      : "";
    const exampleEn = unread[0]
      ? ` (e.g. “${unread[0].text.slice(0, 40)}”)`
      : "";
    return {
      ...shaped,
      shape: "no-figures",
      variables: "columns",
      // The columns as read, so that the user can still say what each one is.
      columns: facts.map((f, c) => ({
        header: f.header,
        role: "label",
        kind: "text",
        source: frame.sources[c],
        because: "content",
      })),
      rows: [],
      reason: unread.length
        ? {
            vi: `không có cột số liệu: ${unread.length} ô có chữ số nhưng không phải một con số${example}`,
            en: `no column of figures: ${unread.length} cells hold digits but not one figure${exampleEn}`,
          }
        : {
            vi: "bảng không có cột số liệu nào",
            en: "the table has no column of figures",
          },
    };
  }
  const words = [grid.title, grid.caption, ...frame.headers].filter(
    (t): t is string => !!t,
  );
  const block =
    ctx.overrides?.block ?? firstHit(words, (t) => ctx.profile.blocks.first(t));
  const group = groupOf(words, [], ctx);
  return {
    ...shaped,
    shape: "figures",
    variables: figures.variables,
    ...(block
      ? { block, blockFrom: ctx.overrides?.block ? "user" : "words" }
      : {}),
    ...(group ? { group: group.id, groupFrom: group.from } : {}),
    columns: figures.columns,
    rows: figures.rows,
    ...(figures.total ? { total: figures.total } : {}),
    sums: figures.sums,
    reason: {
      vi: "không có cột tên cơ quan (không cột nào có tên khớp danh mục cơ quan)",
      en: "no agency column (no column's names match the register)",
    },
  };
}

/** The column whose cells name agencies of the register best: at least half of them. */
function agencyColumn(
  facts: ColumnFacts[],
  frame: Frame,
  overrides: ColumnOverrides | undefined,
): number {
  if (overrides?.agency) {
    const c = frame.sources.indexOf(overrides.agency - 1);
    if (c >= 0) return c;
  }
  let best = -1;
  let bestScore = 0;
  facts.forEach((f, c) => {
    if (f.agencies < Math.min(2, f.nonEmpty)) return;
    const score =
      share(f.agencies, f.nonEmpty) + (f.hint === "agency" ? 0.01 : 0);
    if (score >= 0.5 && score > bestScore) {
      best = c;
      bestScore = score;
    }
  });
  return best;
}

/** Agencies named across the header (or the first column of it): the table is on its side. */
function agenciesAcross(frame: Frame, matcher: AgencyMatcher): boolean {
  const names = frame.headers.slice(1).filter((h) => h.trim() !== "");
  if (names.length < 2) return false;
  const resolved = names.filter((h) => namesAgency(matcher.match(h))).length;
  return resolved >= 2 && resolved >= 0.6 * names.length;
}

/**
 * One row per agency and figure: the agency written once over its rows, a column naming the
 * figure (a few names repeating), one or more columns of figures.
 */
function longLayout(
  frame: Frame,
  facts: ColumnFacts[],
  agency: number,
): { label: number; figures: number[] } | undefined {
  const rows = frame.rows.length;
  const empty = frame.rows.filter((r) => r[agency].text.trim() === "").length;
  if (rows < 4 || empty < 0.3 * rows) return undefined;
  const label = facts.findIndex(
    (f, c) =>
      c !== agency &&
      f.texts >= 0.9 * rows &&
      f.distinctTexts >= 2 &&
      f.distinctTexts <= 12 &&
      f.agencies === 0,
  );
  if (label < 0) return undefined;
  const figures = facts
    .map((f, c) =>
      c !== agency &&
      c !== label &&
      f.figures >= 0.6 * f.nonEmpty &&
      f.nonEmpty > 0
        ? c
        : -1,
    )
    .filter((c) => c >= 0);
  if (figures.length === 0) return undefined;
  const agencies = rows - empty;
  return rows / agencies >= 1.5 ? { label, figures } : undefined;
}
