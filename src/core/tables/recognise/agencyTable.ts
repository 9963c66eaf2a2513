/**
 * A table whose rows are agencies: the roles of its columns, its rows (data, the total row,
 * lines continuing a row, headings inside the table), the block its agencies belong to, its
 * measure and group, and how much of the block a ranking lists.
 */
import {
  AgencyMatch,
  AgencyMatcher,
  blockNamed,
  isResolved,
  namesAgency,
} from "../../agencies/matchAgency";
import type { BlockId } from "../../agencies/registerSchema";
import { splitAgencyCell } from "../../agencies/splitAgencyCell";
import type { Grid } from "../layout/grid";
import { agencyColumns } from "./agencyColumns";
import type { ColumnFacts } from "./columnFacts";
import type { Frame } from "./frame";
import { descending, rankGaps, rowSequence } from "./orderFacts";
import type { RecogniseContext } from "./context";
import { firstHit, groupOf, measureOf } from "./tableWords";
import type { RecognisedTable, TableRow } from "./types";

export function agencyTable(
  frame: Frame,
  facts: ColumnFacts[],
  agency: number,
  base: Omit<RecognisedTable, "shape" | "variables" | "columns" | "rows">,
  grid: Grid,
  ctx: RecogniseContext,
): RecognisedTable {
  // The title's period, else the caption's, else a line just above it (the caption may be a
  // posting date, whose year is never the period).
  const titlePeriod = firstHit(
    [grid.title, grid.caption, ...(grid.lead ?? [])].filter(
      (t): t is string => !!t,
    ),
    (t) => {
      const p = ctx.profile.periodOf(t);
      return p && t !== grid.title ? { ...p, from: t } : p;
    },
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
  const leftOut = new Set(ctx.overrides?.skipLines ?? []);
  for (const cells of frame.rows) {
    const name = cells[agency].text.trim();
    if (leftOut.has(cells[agency].line)) {
      skipped.push({
        line: cells[agency].line,
        text: name,
        reason: "left-out",
      });
      continue;
    }
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
    if (!agencies.some(namesAgency) && ctx.profile.isTotalLabel(name)) {
      total = { cells, agencies: [], label: name, kind: "total" };
      continue;
    }
    // A heading row inside the table (`Khối Bộ`, `I. Các tỉnh`): no figures, no agency.
    if (!agencies.some(namesAgency) && others.length === 0) {
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
    for (const m of r.agencies) {
      const block = blockNamed(m);
      if (block) {
        resolved++;
        votes.set(block, (votes.get(block) ?? 0) + 1);
      }
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
  const found = groupOf(
    [grid.title, grid.caption, ...frame.headers].filter(
      (t): t is string => !!t,
    ),
    levels,
    ctx,
  );
  // The user's word on the group wins; "" says the table is of none of the methodology's.
  const chosen = ctx.overrides?.group;
  const group = chosen !== undefined ? chosen || undefined : found?.id;
  const groupFrom = chosen !== undefined ? "user" : found?.from;

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
    ...(groupFrom ? { groupFrom } : {}),
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
  const count = (ms: AgencyMatch[]) => ms.filter(namesAgency).length;
  return count(again) >= count(before) ? again : before;
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
