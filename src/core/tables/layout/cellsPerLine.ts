/**
 * Tables whose cells come one per line, as text copied from a PDF or a web page gives them:
 *
 *   TT / Tỉnh, thành phố trực thuộc / Trung ương / Năm 2017 / 1 / Thừa Thiên - Huế / 01 (0,727) / 2 / …
 *
 * Where blank lines separate the cells, a cell is a paragraph (a header cell may run over two
 * lines). The number of columns is found from the data: the period at which figures and names
 * repeat. The header is what comes before the first row, its broken cells joined again.
 */
import { countWords, Profile } from "../vocabulary/profile";
import {
  alignByContent,
  columnKinds,
  ColumnKind,
  fitsKinds,
} from "./alignByContent";
import { cellShape, CellShape } from "./cellShape";
import type { Grid, SourceCell } from "./grid";
import type { LayoutContext } from "./spaceRows";
import type { SourceLine } from "./sourceLines";

interface Item {
  text: string;
  line: number;
  kind: "N" | "M" | "T" | "P";
}

const MAX_COLUMNS = 12;

function kindOf(text: string): Item["kind"] {
  if (text.length > 150) return "P";
  const shape: CellShape = cellShape(text);
  if (shape === "number" || shape === "combined") return "N";
  if (shape === "missing") return "M";
  return "T";
}

/** Cells: paragraphs where blank lines separate most lines, else lines. Page marks dropped. */
function itemsOf(run: SourceLine[]): { items: Item[]; paragraphs: boolean } {
  const nonBlank = run.filter((l) => l.raw.trim() !== "");
  let separated = 0;
  for (let i = 1; i < run.length; i++)
    if (run[i].raw.trim() === "" && run[i - 1].raw.trim() !== "") separated++;
  const paragraphs = nonBlank.length > 1 && separated >= nonBlank.length / 2;
  const items: Item[] = [];
  let open: { text: string; line: number } | undefined;
  const close = () => {
    if (open) items.push({ ...open, kind: kindOf(open.text) });
    open = undefined;
  };
  for (const l of run) {
    const text = l.raw.replace(/\s+/g, " ").trim();
    if (text === "" || isPageMark(text)) {
      close();
      continue;
    }
    if (paragraphs && open) open.text = `${open.text} ${text}`;
    else {
      close();
      open = { text, line: l.line };
    }
    if (!paragraphs) close();
  }
  close();
  return { items, paragraphs };
}

const PAGE_MARKS = [
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^[-–—]\s*\d{1,4}\s*\/\s*\d{1,4}\s*[-–—]$/,
  /^(trang|page)\s+\d{1,4}(\s*\/\s*\d+)?$/i,
];
const isPageMark = (t: string) => PAGE_MARKS.some((re) => re.test(t));

const signature = (items: Item[], at: number, k: number) =>
  items
    .slice(at, at + k)
    .map((i) => (i.kind === "M" ? "N" : i.kind))
    .join("");

/** Tables laid out one cell per line in a run of text lines; the lines each one used. */
export function cellsPerLineTables(
  run: SourceLine[],
  ctx: LayoutContext,
): { grid: Grid; lines: Set<number> }[] {
  const { items, paragraphs } = itemsOf(run);
  const out: { grid: Grid; lines: Set<number> }[] = [];
  findTables(
    items,
    0,
    items.length,
    { profile: ctx.profile, paragraphs, isAgencyName: ctx.isAgencyName },
    out,
  );
  return out.sort((a, b) => a.grid.line - b.grid.line);
}

interface Mode {
  profile: Profile;
  /** Cells are paragraphs: a header cell is whole, never joined to the next. */
  paragraphs: boolean;
  isAgencyName(text: string): boolean;
}

function findTables(
  items: Item[],
  from: number,
  to: number,
  mode: Mode,
  out: { grid: Grid; lines: Set<number> }[],
): void {
  // Runs of rows of one shape, each from where it begins (not from inside a longer one).
  const runs: Run[] = [];
  for (let k = 2; k <= MAX_COLUMNS; k++) {
    // rowsFrom[s]: rows of k items with the same signature from s on.
    const rowsFrom = new Array<number>(to - from + k + 1).fill(0);
    for (let s = to - k; s >= from; s--) {
      const sig = signature(items, s, k);
      if (!/N/.test(sig) || !/T/.test(sig) || /P/.test(sig)) continue;
      rowsFrom[s - from] =
        s + 2 * k <= to && signature(items, s + k, k) === sig
          ? rowsFrom[s - from + k] + 1
          : 1;
    }
    for (let s = from; s <= to - k; s++) {
      const rows = rowsFrom[s - from];
      if (rows < 3) continue;
      if (s - k >= from && rowsFrom[s - k - from] === rows + 1) continue;
      runs.push({ k, start: s, rows });
    }
  }
  if (runs.length === 0) return;
  // The widest run, and the runs of its width that meet it across a short row (a dropped cell
  // cuts a table in two, and a run read one cell out of step can be the longest): one run per
  // phase (its start modulo the width), the longest of each, is read with its short rows, and
  // the best reading kept. Every phase of a table of figures repeats, so a phase is chosen by
  // its header, never by its length alone.
  runs.sort(
    (x, y) => y.rows * y.k - x.rows * x.k || x.k - y.k || x.start - y.start,
  );
  const w = runs[0];
  const meets = (run: Run) =>
    run.start <= w.start + w.rows * w.k + w.k &&
    w.start <= run.start + run.rows * run.k + w.k;
  const phases = new Set<number>();
  const candidates = runs.filter((run) => {
    if (run.k !== w.k || phases.has(run.start % w.k) || !meets(run))
      return false;
    phases.add(run.start % w.k);
    return true;
  });
  let chosen: (Reading & { head: ReturnType<typeof headerBefore> }) | undefined;
  for (const run of candidates) {
    const reading = readRun(items, from, to, run, mode);
    // A header that suits the columns' contents is the surest sign of a reading in step; then
    // the reading that takes in most cells; then the one whose row numbers and ranks run on.
    const head = headerBefore(
      items,
      from,
      reading.start,
      reading.k,
      mode,
      textColumns(reading.rows, reading.k),
    );
    const better =
      !chosen ||
      (head.score !== chosen.head.score
        ? head.score > chosen.head.score
        : reading.cells !== chosen.cells
          ? reading.cells > chosen.cells
          : reading.runOn > chosen.runOn);
    if (better) chosen = { ...reading, head };
  }
  const { k, sig, rows, aligned, skipped, head: headerItems } = chosen!;
  let { end } = chosen!;
  const header = headerItems.cells;
  // Page breaks: the header printed again, then more rows of the same shape.
  while (
    header &&
    end + k <= to &&
    sameTexts(
      items.slice(end, end + header.length).map((i) => i.text),
      header.map((c) => c.text),
    )
  ) {
    const after = end + header.length;
    let more = 0;
    while (
      after + (more + 1) * k <= to &&
      signature(items, after + more * k, k) === sig
    )
      more++;
    if (more === 0) break;
    skipped.push({
      line: items[end].line,
      text: header.map((c) => c.text).join(" | "),
      reason: "repeated-header",
    });
    for (let s = after; s < after + more * k; s += k)
      rows.push(cellsOf(items, s, k));
    end = after + more * k;
  }
  const first = headerItems.from;
  const lines = new Set(items.slice(first, end).map((i) => i.line));
  out.push({
    grid: {
      layout: "cells-per-line",
      line: items[first].line,
      header: header ? [header] : [],
      rows,
      skipped,
      ...(aligned.length ? { aligned: aligned.sort((a, b) => a - b) } : {}),
    },
    lines,
  });
  findTables(items, from, first, mode, out);
  findTables(items, end, to, mode, out);
}

interface Run {
  k: number;
  start: number;
  rows: number;
}

interface Reading {
  k: number;
  sig: string;
  rows: SourceCell[][];
  aligned: number[];
  skipped: Grid["skipped"];
  start: number;
  end: number;
  /** Cells the reading takes in, and how well its whole-number columns run on. */
  cells: number;
  runOn: number;
}

/** A run of rows read with the rows short of a cell before and after it. */
function readRun(
  items: Item[],
  from: number,
  to: number,
  best: Run,
  mode: Mode,
): Reading {
  const { k } = best;
  const sig = signature(items, best.start, k);
  const texts = (at: number) => items.slice(at, at + k).map((i) => i.text);
  // What each column holds, from the rows inside the run; a row at either end unlike them is a
  // run read out of step (a value taken for a rank after a dropped cell): it is left out, and
  // the rows beyond it are read again below.
  const inner = Array.from({ length: best.rows }, (_, r) => best.start + r * k);
  const kinds = columnKinds(
    (inner.length >= 4 ? inner.slice(1, -1) : inner).map(texts),
    mode,
  );
  if (kinds) {
    while (inner.length > 3 && !fitsKinds(texts(inner[0]), kinds, mode))
      inner.shift();
    while (
      inner.length > 3 &&
      !fitsKinds(texts(inner[inner.length - 1]), kinds, mode)
    )
      inner.pop();
  }
  const runStart = inner[0];
  const runEnd = inner[inner.length - 1] + k;
  // A full row: of the run's shape; beyond the run, also like its rows in content.
  const full = (at: number) =>
    at >= from &&
    at + k <= to &&
    signature(items, at, k) === sig &&
    ((at >= runStart && at < runEnd) ||
      !kinds ||
      fitsKinds(texts(at), kinds, mode));
  // Rows from a run's first row: full rows of the shape found, and rows short of a dropped cell
  // placed by their content, before and after them.
  const grow = (first: number) => {
    const rows: SourceCell[][] = [];
    const aligned: number[] = [];
    const shortRow = (at: number, n: number) =>
      kinds && at >= from && at + n <= to
        ? placed(items.slice(at, at + n), kinds, mode)
        : undefined;
    // A short row its content cannot place (two columns of one form, one of them dropped) is kept
    // as a line not read, and the table goes on beyond it: never dropped in silence.
    const skipped: Grid["skipped"] = [];
    const notRead = (at: number, n: number) => {
      const run = items.slice(at, at + n);
      if (
        run.some((i) => i.kind === "P") ||
        !run.some((i) => mode.isAgencyName(i.text))
      )
        return false;
      skipped.push({
        line: run[0].line,
        text: run.map((i) => i.text).join(" | "),
        reason: "not-read",
      });
      return true;
    };
    let start = first;
    const before: SourceCell[][] = [];
    for (;;) {
      let found = false;
      // A short row is preceded by a full row, or is the first (then words or nothing precede).
      for (let n = k - 1; n >= 1 && !found; n--) {
        const at = start - n;
        const cells = shortRow(at, n);
        if (
          cells &&
          (full(at - k) || at <= from || items[at - 1].kind === "T")
        ) {
          before.unshift(cells);
          aligned.push(items[at].line);
          start = at;
          found = true;
        }
      }
      for (let n = 1; n < k && !found; n++)
        if (full(start - n - k) && notRead(start - n, n)) {
          start -= n;
          found = true;
        }
      if (!found) break;
      while (full(start - k)) {
        start -= k;
        before.unshift(cellsOf(items, start, k));
      }
    }
    rows.push(...before);
    let end = first;
    for (;;) {
      while (full(end)) {
        rows.push(cellsOf(items, end, k));
        end += k;
      }
      let found = false;
      // A short row is followed by a full row, or ends the table (then words or nothing follow).
      for (let n = k - 1; n >= 1 && !found; n--) {
        const cells = shortRow(end, n);
        if (
          cells &&
          (full(end + n) ||
            end + n >= to ||
            items[end + n].kind === "T" ||
            Array.from({ length: k - 1 }, (_, m) => m + 1).some((m) =>
              shortRow(end + n, m),
            ))
        ) {
          rows.push(cells);
          aligned.push(items[end].line);
          end += n;
          found = true;
        }
      }
      for (let n = 1; n < k && !found; n++)
        if (full(end + n) && notRead(end, n)) {
          end += n;
          found = true;
        }
      if (!found) break;
    }
    return { rows, aligned, skipped, start, end };
  };
  // A run found after a dropped cell may have begun one item early, on the last cell of the row
  // before (`2 | Ngân hàng … | 0,8977 | 3` from Bộ Tài chính's rank): read it also without its
  // first row, and keep the reading whose whole-number columns (row numbers, ranks) run on best.
  let grown = grow(runStart);
  const early = Array.from(
    { length: k - 1 },
    (_, j) => runStart + j + 1 - k,
  ).some((at) => at >= from && signature(items, at, k) === sig);
  if (early && inner.length > 3) {
    const other = grow(runStart + k);
    if (runOn(other.rows, kinds) > runOn(grown.rows, kinds)) grown = other;
  }
  return {
    k,
    sig,
    ...grown,
    cells: grown.rows.reduce(
      (n, r) => n + r.filter((c) => c.text !== "").length,
      0,
    ),
    runOn: runOn(grown.rows, kinds),
  };
}

/** Per column, whether most of its cells are words rather than figures. */
function textColumns(rows: SourceCell[][], k: number): boolean[] {
  return Array.from({ length: k }, (_, c) => {
    const filled = rows.map((r) => r[c]?.text ?? "").filter((t) => t !== "");
    const words = filled.filter((t) => kindOf(t) === "T").length;
    return words * 2 > filled.length;
  });
}

function cellsOf(items: Item[], at: number, k: number): SourceCell[] {
  return items
    .slice(at, at + k)
    .map((item, c) => ({ text: item.text, line: item.line, column: c + 1 }));
}

/** Rows where a whole-number column goes on by 0 or 1 from the row above: how well a reading runs on. */
function runOn(rows: SourceCell[][], kinds: ColumnKind[] | undefined): number {
  if (!kinds) return 0;
  let n = 0;
  kinds.forEach((kind, c) => {
    if (kind.kind !== "figure" || [...kind.coarse!].some((f) => f !== "int"))
      return;
    for (let r = 1; r < rows.length; r++) {
      const [a, b] = [rows[r - 1][c]?.text, rows[r][c]?.text];
      if (a && b && /^\d+$/.test(a) && /^\d+$/.test(b)) {
        const d = Number(b) - Number(a);
        if (d === 0 || d === 1) n++;
      }
    }
  });
  return n;
}

/** A short run of items as a row of the table's columns, placed by content; it must hold an agency. */
function placed(
  run: Item[],
  kinds: ColumnKind[],
  ctx: { isAgencyName(text: string): boolean },
): SourceCell[] | undefined {
  if (run.some((i) => i.kind === "P")) return undefined;
  const texts = run.map((i) => i.text);
  const cells = alignByContent(texts, kinds, ctx);
  if (!cells) return undefined;
  // A row is known by its agency: without one, the cells could be a neighbour's.
  const agency = kinds.findIndex((kd) => kd.kind === "agency");
  if (agency < 0 || cells[agency] === "") return undefined;
  let next = 0;
  return cells.map((text, c) => {
    const item = text === "" ? undefined : run[next++];
    return {
      text,
      line: item?.line ?? run[0].line,
      column: c + 1,
    };
  });
}

const sameTexts = (a: string[], b: string[]) =>
  a.length === b.length &&
  a.every((t, i) => t.toLowerCase() === b[i].toLowerCase());

/**
 * The header cells before the first row. A header cell may run over several lines (`Điểm` /
 * `thẩm định`); the cells are the grouping of the last lines into exactly as many cells as the
 * row has, chosen by the words: a cell should start with a header word, and its words should
 * suit the figures below it (agency words over names, rank or value words over numbers). Lines
 * before the grouping are the caption, never a cell. With no grouping that suits the row, the
 * table has no header rather than one shifted onto the wrong columns.
 */
function headerBefore(
  items: Item[],
  from: number,
  start: number,
  k: number,
  { profile, paragraphs }: Mode,
  /** Per column: it holds words (names), not figures. */
  texts: boolean[],
): { cells?: SourceCell[]; from: number; score: number } {
  const lines: Item[] = [];
  for (let i = start - 1; i >= from && lines.length < 3 * k; i--) {
    const it = items[i];
    if (it.kind !== "T" && !profile.isPeriodOnly(it.text)) break;
    if (it.text.length > 80 || profile.titleNumber(it.text)) break;
    lines.unshift(it);
  }
  const m = lines.length;
  const none = { from: start, score: -Infinity };
  if (m < k) return none;
  // What each line says on its own, read once: the grouping below tries every span of lines.
  const startsCell = lines.map(
    (it) =>
      profile.columns.starts(it.text) !== undefined ||
      profile.isPeriodOnly(it.text) ||
      profile.levelOf(it.text) !== undefined,
  );
  const ownWord = lines.map(
    (it) =>
      profile.columns.starts(it.text) !== undefined ||
      profile.isPeriodOnly(it.text),
  );
  const capital = lines.map((it) => /^\p{Lu}/u.test(it.text));
  const count = (flags: boolean[], from: number, to: number) =>
    flags.slice(from, to).filter(Boolean).length;
  // Names, addresses, units and notes are words; ranks, values, totals and levels are figures.
  const textual = (hint: string) =>
    !["row-number", "rank", "value", "total", "level"].includes(hint);
  // Lines [a, b) as one header cell, whatever column it heads: its hint, and its score but for
  // the fit of that hint to the column's figures. Each span is read once.
  const spans = new Map<number, { hint?: string; score: number }>();
  const span = (a: number, b: number) => {
    const key = a * (m + 1) + b;
    let found = spans.get(key);
    if (found) return found;
    const phrase = profile.columns.find(
      lines
        .slice(a, b)
        .map((g) => g.text)
        .join(" "),
    )[0];
    // A header phrase broken over the lines (`Xếp` / `hạng`) is one cell: worth more than its
    // last word alone would be (`hạng` is a header word too).
    const across =
      b - a > 1 &&
      phrase?.start === 0 &&
      phrase.length > countWords(lines[a].text)
        ? 4
        : 0;
    // Another line inside the cell that starts a header word of its own (not the rest of a
    // phrase broken over the lines) belongs to a cell of its own.
    const inner = count(ownWord, a + (across ? 2 : 1), b);
    // A cell's first line is capitalised, the lines it runs on to are not (`Số` / `lượng …`).
    const cased = (capital[a] ? 1 : 0) - count(capital, a + 1, b);
    found = {
      ...(phrase ? { hint: phrase.key } : {}),
      score: (startsCell[a] ? 2 : 0) + across + cased - 3 * inner - (b - a - 1),
    };
    spans.set(key, found);
    return found;
  };
  // Whether lines [a, b) name a kind of column other than the figures under column c.
  const mismatched = (a: number, b: number, c: number) => {
    const { hint } = span(a, b);
    return hint !== undefined && textual(hint) !== texts[c];
  };
  // How well lines [a, b) suit column c as one header cell.
  const suits = (a: number, b: number, c: number): number => {
    const { hint, score } = span(a, b);
    return score + (hint === undefined ? 0 : mismatched(a, b, c) ? -6 : 3);
  };
  if (paragraphs) {
    // Cells are paragraphs: each line is a cell, the last k of them.
    const used = lines.slice(m - k);
    if (used.some((_, c) => mismatched(m - k + c, m - k + c + 1, c)))
      return none;
    return {
      cells: used.map((it, c) => ({
        text: it.text,
        line: it.line,
        column: c + 1,
      })),
      from: items.indexOf(used[0]),
      score: used.reduce(
        (n, _, c) => n + suits(m - k + c, m - k + c + 1, c),
        0,
      ),
    };
  }
  // best[c][i]: the best score of columns c.. taking lines i..m-1; the grouping ends at the row.
  const best: number[][] = Array.from({ length: k + 1 }, () =>
    new Array<number>(m + 1).fill(-Infinity),
  );
  const cut: number[][] = Array.from({ length: k + 1 }, () =>
    new Array<number>(m + 1).fill(-1),
  );
  best[k][m] = 0;
  for (let c = k - 1; c >= 0; c--)
    for (let i = m - 1; i >= 0; i--)
      for (let j = i + 1; j <= m - (k - 1 - c); j++) {
        if (best[c + 1][j] === -Infinity) continue;
        const score = suits(i, j, c) + best[c + 1][j];
        if (score > best[c][i]) [best[c][i], cut[c][i]] = [score, j];
      }
  // The caption is what comes before: start where the grouping scores best, nearest the row on a tie.
  let first = -1;
  for (let i = 0; i <= m - k; i++)
    if (first < 0 || best[0][i] >= best[0][first]) first = i;
  if (first < 0 || best[0][first] === -Infinity) return none;
  const used: Item[][] = [];
  for (let c = 0, i = first; c < k; c++) {
    // A header word over figures of the other kind: the roles would be shifted, so no header.
    if (mismatched(i, cut[c][i], c)) return none;
    used.push(lines.slice(i, cut[c][i]));
    i = cut[c][i];
  }
  return {
    cells: used.map((parts, c) => ({
      text: parts.map((p) => p.text).join(" "),
      line: parts[0].line,
      column: c + 1,
    })),
    from: items.indexOf(used[0][0]),
    score: best[0][first],
  };
}
