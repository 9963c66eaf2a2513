/**
 * A grid, understood. The agency column is the one whose cells match the register best,
 * whatever its header; a table with agencies across its header is turned down, one with a row
 * per agency and figure is turned wide, a `rank (value)` column is split. Then the roles of the
 * other columns, the block (from the agencies), the criteria group (from the words of the title,
 * as the methodology names them), the measure, the periods and how much of the block is listed.
 * A table without agencies is read as labelled rows of figures.
 */
import type { AgencyRegister } from "../../agencies/agencyRegister";
import {
  AgencyMatch,
  AgencyMatcher,
  isResolved,
} from "../../agencies/matchAgency";
import type { BlockId } from "../../agencies/registerSchema";
import { splitAgencyCell } from "../../agencies/splitAgencyCell";
import { toneKey } from "../../text/vietnameseText";
import { cellShape } from "../layout/cellShape";
import type { Grid } from "../layout/grid";
import type { Profile } from "../vocabulary/profile";
import { agencyColumns } from "./agencyColumns";
import { ColumnFacts, columnFacts, share } from "./columnFacts";
import { Frame, frameOf, splitCombinedColumn, transpose, widen } from "./frame";
import { descending, rankGaps, rowSequence } from "./orderFacts";
import { figureRows } from "./rowStructure";
import type {
  ColumnOverrides,
  Measure,
  RecognisedTable,
  TableRow,
} from "./types";

/** What the methodology says about a criteria group, to find it from a table's words. */
export interface GroupHint {
  id: string;
  /** Words of a title or header that name the group (its name is one of them). */
  keywords: string[];
  /** Roles of its criteria (`services-level-3`): a table with those columns is this group's. */
  roles: string[];
}

export interface RecogniseContext {
  register: AgencyRegister;
  profile: Profile;
  matcherFor: (block?: BlockId) => AgencyMatcher;
  groups: GroupHint[];
  overrides?: ColumnOverrides;
}

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
  const shaped = { ...base, ...(reshaped ? { reshaped } : {}) };
  if (agency >= 0) return agencyTable(frame, facts, agency, shaped, grid, ctx);
  const figures = figureRows(frame, facts, ctx.profile);
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
    ...(group ? { group } : {}),
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
  const resolved = names.filter((h) => isResolved(matcher.match(h))).length;
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

function agencyTable(
  frame: Frame,
  facts: ColumnFacts[],
  agency: number,
  base: Omit<RecognisedTable, "shape" | "variables" | "columns" | "rows">,
  grid: Grid,
  ctx: RecogniseContext,
): RecognisedTable {
  const titlePeriod = firstHit(
    [grid.title, grid.caption].filter((t): t is string => !!t),
    (t) => ctx.profile.periodOf(t),
  );
  const { columns, roles, periods } = agencyColumns(
    frame,
    facts,
    agency,
    ctx.overrides,
    titlePeriod,
  );
  const rows: TableRow[] = [];
  const continuation: RecognisedTable["continuation"] = [];
  const skipped = [...base.skipped];
  let total: TableRow | undefined;
  const all = ctx.matcherFor();
  for (const cells of frame.rows) {
    const name = cells[agency].text.trim();
    const others = cells.filter((c, k) => k !== agency && c.text.trim() !== "");
    if (name === "") {
      continuation.push({ line: cells[0].line, cells });
      continue;
    }
    if (ctx.profile.isExcerptMark(name) && others.length === 0) {
      skipped.push({
        line: cells[agency].line,
        text: name,
        reason: "not-a-row",
      });
      continue;
    }
    const agencies = splitAgencyCell(name, all);
    if (!agencies.some(isResolved) && ctx.profile.isTotalLabel(name)) {
      total = { cells, agencies: [], label: name, kind: "total" };
      continue;
    }
    // A heading row inside the table (`Khối Bộ`, `I. Các tỉnh`): no figures, no agency.
    if (!agencies.some(isResolved) && others.length === 0) {
      skipped.push({
        line: cells[agency].line,
        text: name,
        reason: "not-a-row",
      });
      continue;
    }
    rows.push({ cells, agencies, label: name, kind: "data" });
  }

  // The block: where most of the named agencies belong; the words only when the names cannot say.
  const votes = new Map<BlockId, number>();
  let resolved = 0;
  for (const r of rows)
    for (const m of r.agencies)
      if (isResolved(m)) {
        resolved++;
        votes.set(m.agency.block, (votes.get(m.agency.block) ?? 0) + 1);
      }
  const [top] = [...votes].sort((a, b) => b[1] - a[1]);
  const words = [grid.title, grid.caption, frame.headers[agency]].filter(
    (t): t is string => !!t,
  );
  let block: BlockId | undefined = ctx.overrides?.block;
  let blockFrom: RecognisedTable["blockFrom"] = block ? "user" : undefined;
  // One agency of another block is a mistake to report; more make a list across blocks.
  if (!block && top && resolved - top[1] <= Math.max(1, 0.1 * resolved)) {
    block = top[0];
    blockFrom = "agencies";
  }
  if (!block && resolved === 0) {
    block = firstHit(words, (t) => ctx.profile.blocks.first(t));
    if (block) blockFrom = "words";
  }
  if (block) {
    const inBlock = ctx.matcherFor(block);
    for (const r of rows) r.agencies = rematch(r.label, inBlock, r.agencies);
  }

  const valueHeader =
    roles.value !== undefined ? columns[roles.value].header : "";
  const measure = measureOf(
    [valueHeader, grid.title, grid.caption, ...frame.headers],
    roles.value !== undefined ? facts[roles.value] : undefined,
    ctx.profile,
  );
  if (roles.value !== undefined && measure) {
    const kind =
      measure === "index"
        ? "index"
        : measure === "score"
          ? columns[roles.value].kind
          : "count";
    columns[roles.value].kind = kind;
    if (roles.previousValue !== undefined)
      columns[roles.previousValue].kind = kind;
  }
  const levels = columns
    .filter((c) => c.role === "part" && c.level !== undefined)
    .map((c) => `${measure}-level-${c.level}`);
  const group = groupOf(
    [grid.title, grid.caption, ...frame.headers].filter(
      (t): t is string => !!t,
    ),
    levels,
    ctx,
  );

  const valueFacts = roles.value !== undefined ? facts[roles.value] : undefined;
  const figures = columns.some((c) =>
    ["rank", "value", "total", "part"].includes(c.role),
  );
  const ranking =
    roles.rank !== undefined ||
    roles.previousRank !== undefined ||
    (roles.value !== undefined &&
      (columns[roles.value].because !== "content" ||
        columns[roles.value].role === "total" ||
        columns[roles.value].period !== undefined ||
        (valueFacts !== undefined && descending(valueFacts.values))));
  const table: RecognisedTable = {
    ...base,
    skipped,
    continuation,
    shape: ranking ? "ranking" : figures ? "agency-figures" : "no-figures",
    variables: "columns",
    ...(block ? { block, blockFrom } : {}),
    ...(group ? { group } : {}),
    ...(measure ? { measure } : {}),
    columns,
    rows,
    ...(total ? { total } : {}),
    roles,
    periods,
    ...(ranking
      ? {}
      : {
          reason: figures
            ? {
                vi: "có cột tên cơ quan nhưng không có cột thứ hạng, và các dòng không xếp theo một cột giá trị",
                en: "it lists agencies but has no rank column, and its rows are not in the order of a value column",
              }
            : {
                vi: "có cột tên cơ quan nhưng không có cột số liệu",
                en: "it lists agencies but has no column of figures",
              },
        }),
  };
  // Only a ranking is expected to list every agency of its block.
  const coverage = ranking ? coverageOf(table, facts, ctx) : undefined;
  if (coverage) table.coverage = coverage;
  return table;
}

/** Names matched again within the block, where the block is known. */
function rematch(
  label: string,
  matcher: AgencyMatcher,
  before: AgencyMatch[],
): AgencyMatch[] {
  const again = splitAgencyCell(label, matcher);
  const count = (ms: AgencyMatch[]) => ms.filter(isResolved).length;
  return count(again) >= count(before) ? again : before;
}

function firstHit<T>(
  texts: string[],
  find: (text: string) => T | undefined,
): T | undefined {
  for (const t of texts) {
    const hit = find(t);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** What the table ranks by: the value column's words, then the title's, then its figures. */
function measureOf(
  texts: (string | undefined)[],
  value: ColumnFacts | undefined,
  profile: Profile,
): Measure | undefined {
  const named = firstHit(
    texts.filter((t): t is string => !!t),
    (t) => profile.measures.first(t),
  );
  if (named) return named;
  if (!value) return undefined;
  if (
    value.unitDecimals > 0 &&
    value.values.every((v) => v === null || (v >= 0 && v <= 1))
  )
    return "index";
  if (value.values.every((v) => v === null || Number.isInteger(v)))
    return "count";
  return "score";
}

/** The criteria group the words name (its keywords or name), else the one whose criteria the columns fill. */
function groupOf(
  texts: string[],
  levelRoles: string[],
  ctx: RecogniseContext,
): string | undefined {
  for (const text of texts) {
    const hits = ctx.groups
      .map((g) => ({
        id: g.id,
        at: Math.min(
          ...g.keywords.map((k) => keywordAt(text, k)).filter((x) => x >= 0),
        ),
      }))
      .filter((h) => Number.isFinite(h.at))
      .sort((a, b) => a.at - b.at);
    if (hits.length) return hits[0].id;
  }
  if (levelRoles.length) {
    const g = ctx.groups.find((x) =>
      levelRoles.every((r) => x.roles.includes(r)),
    );
    if (g) return g.id;
  }
  return undefined;
}

/** Where a keyword is in a text, ignoring case, punctuation and tone placement; -1 if not. */
function keywordAt(text: string, keyword: string): number {
  return ` ${toneKey(text)} `.indexOf(` ${toneKey(keyword)} `);
}

/**
 * How much of the block the table lists. An excerpt (row numbers or ranks that jump, most of the
 * block missing, or a measure only some agencies have) is said once; a few agencies missing
 * from a full table are each a finding.
 */
function coverageOf(
  table: RecognisedTable,
  facts: ColumnFacts[],
  ctx: RecogniseContext,
): RecognisedTable["coverage"] {
  if (!table.block) return undefined;
  const expected = ctx.register.inBlock(table.block, { evaluatedOnly: true });
  const listed = new Set<string>();
  for (const r of table.rows)
    for (const m of r.agencies)
      if (isResolved(m) && m.agency.block === table.block)
        listed.add(m.agency.code);
  const missing = expected.filter((a) => !listed.has(a.code));
  if (missing.length === 0) return undefined;
  const numbers =
    table.roles.rowNumber !== undefined
      ? rowSequence(facts[table.roles.rowNumber].values)
      : undefined;
  const gaps =
    table.roles.rank !== undefined
      ? rankGaps(facts[table.roles.rank].values)
      : 0;
  // A few agencies missing from a full table, or a rank skipped, are errors to report one by one.
  const most = missing.length > Math.max(2, expected.length * 0.1);
  const why: NonNullable<RecognisedTable["coverage"]>["why"] = numbers?.jumps
    ? "row-numbers-jump"
    : ctx.profile.partialList(table.measure)
      ? "partial-list"
      : most
        ? gaps > 0
          ? "ranks-jump"
          : "most-missing"
        : undefined;
  return {
    listed: listed.size,
    of: expected.length,
    missing,
    excerpt: why !== undefined,
    ...(why ? { why } : {}),
  };
}
