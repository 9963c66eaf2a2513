/**
 * Rows printed as one line each with the cells separated by single spaces, as PDF text and
 * slides give them: `3 Quảng Ninh 0.9581 0.9000`, `17 Thanh Hóa 17 (0,633)`, `1 Bộ Tài chính`.
 * Names contain spaces, so cells are runs: figures stand alone, words between them make one
 * text cell; where a run of words holds an agency's name and more, the register finds the name.
 */
import { countWords, Profile } from "../vocabulary/profile";
import { alignByContent, columnKinds } from "./alignByContent";
import { cellShape, isFigure, isYear } from "./cellShape";
import type { Grid, SourceCell } from "./grid";
import type { SourceLine } from "./sourceLines";

export interface LayoutContext {
  profile: Profile;
  /** Whether a text names an agency of the register (whole text). */
  isAgencyName(text: string): boolean;
}

interface Token {
  text: string;
  figure: boolean;
}

/** A line's cells: figures alone (a rank and its bracketed value together), words in runs. */
export function spacedCells(line: string, ctx: LayoutContext): string[] {
  const raw = line.trim().split(/\s+/).filter(Boolean);
  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i];
    // `17 (0,633)`, `94,73 %`: one cell written with a space inside.
    if (i + 1 < raw.length && /^\(.*\)$/.test(raw[i + 1]) && /\d$/.test(t)) {
      const joined = `${t} ${raw[i + 1]}`;
      if (cellShape(joined) === "combined") {
        tokens.push({ text: joined, figure: true });
        i++;
        continue;
      }
    }
    if (raw[i + 1] === "%" && /\d$/.test(t)) {
      t = `${t}%`;
      i++;
    }
    const shape = cellShape(t);
    tokens.push({
      text: t,
      figure: shape === "number" || shape === "combined",
    });
  }
  // A no-figure mark (`-`, `x`) between words is part of a name (`Bà Rịa - Vũng Tàu`).
  const cells: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length) cells.push(...splitName(words, ctx));
    words = [];
  };
  tokens.forEach((tok, i) => {
    const shape = cellShape(tok.text);
    const isWord = (t: Token | undefined) =>
      t !== undefined && !t.figure && cellShape(t.text) === "text";
    const between = isWord(tokens[i - 1]) && isWord(tokens[i + 1]);
    if (tok.figure || (shape === "missing" && !between)) {
      flush();
      cells.push(tok.text);
    } else if (shape === "website") {
      flush();
      cells.push(tok.text);
    } else words.push(tok.text);
  });
  flush();
  return cells;
}

/** A run of words that is an agency's name followed by other words: the name, then the rest. */
function splitName(words: string[], ctx: LayoutContext): string[] {
  const all = words.join(" ");
  // Names are short (a cell may list a few); a long run of words is prose, not worth the search.
  if (words.length < 2 || words.length > 30 || ctx.isAgencyName(all))
    return [all];
  for (let k = Math.min(words.length - 1, 24); k >= 1; k--) {
    const head = words.slice(0, k).join(" ");
    if (ctx.isAgencyName(head)) return [head, words.slice(k).join(" ")];
  }
  return [all];
}

interface Candidate {
  line: SourceLine;
  cells: string[];
  signature: string;
  /** A numbered list's item (`1. name`): its number is a rank. */
  numbered: boolean;
}

/**
 * A numbered list's line (`1. Bộ Tài chính`, `2) …`, `3 - …`, `Hạng 4: …`) as a row whose first
 * cell is the number: undefined for any other line. A number followed by a full stop and a
 * space is an item; `1.234 …` is a figure.
 */
function listItem(text: string, profile: Profile): string | undefined {
  const m =
    /^(\d{1,3})\s*[.)]\s+(\S.*)$/.exec(text) ??
    /^(\d{1,3})\s+[-–—]\s+(\S.*)$/.exec(text) ??
    profile.rankLead.exec(text.normalize("NFC"));
  return m ? `${m[1]} ${m[2]}` : undefined;
}

/** Tables of space-separated rows in a run of text lines; the lines each one used. */
export function spaceRowTables(
  run: SourceLine[],
  ctx: LayoutContext,
): { grid: Grid; lines: Set<number> }[] {
  const candidates = run.map((line): Candidate | undefined => {
    const item = listItem(line.raw.trim(), ctx.profile);
    const text = item ?? line.raw.trim();
    if (text === "" || text.length > 200) return undefined;
    // Cheap first look: a row has a figure standing alone among a few words, not only a year.
    const words = text.split(/\s+/);
    const isData = (w: string) => {
      const shape = cellShape(w);
      return (shape === "number" || shape === "combined") && !isYear(w);
    };
    if (
      words.length > 30 ||
      !words.some((w) => isData(w.replace(/^\(|\)$/g, "")))
    )
      return undefined;
    const cells = spacedCells(text, ctx);
    const shapes = cells.map((c) => cellShape(c));
    const figures = shapes.filter(isFigure).length;
    const texts = shapes.filter((s) => s === "text").length;
    if (cells.length < 2 || figures < 1 || texts < 1 || texts > 3)
      return undefined;
    // A numbered item is a ranking's line only if it is a name and figures: `1. Bộ Tài chính báo
    // cáo …` in a letter is an instruction, not a rank.
    if (item !== undefined && texts !== 1) return undefined;
    // Prose mentions figures too; a row does not read like a sentence.
    if (/[.;:!?]$/.test(text) && text.split(/\s+/).length > 12)
      return undefined;
    return {
      line,
      cells,
      signature:
        (item !== undefined ? "#" : "") +
        shapes
          .map((s) => (isFigure(s) ? "N" : s === "website" ? "W" : "T"))
          .join(""),
      numbered: item !== undefined,
    };
  });
  const out: { grid: Grid; lines: Set<number> }[] = [];
  for (let i = 0; i < run.length;) {
    const first = candidates[i];
    if (!first) {
      i++;
      continue;
    }
    const rows: Candidate[] = [first];
    // A line between two rows that does not read as one (a name the search cannot split, a
    // figure missing) is not dropped in silence: it is kept as a line not read, and the table
    // goes on after it.
    const notRead: SourceLine[] = [];
    // A row short of a dropped cell, its cells placed by their content.
    const aligned: number[] = [];
    const placed = (c: Candidate | undefined): Candidate | undefined => {
      if (!c || c.numbered !== first.numbered || rows.length < 2) return;
      if (c.cells.length >= first.cells.length) return;
      const kinds = columnKinds(
        rows.map((r) => r.cells),
        ctx,
      );
      const agency = kinds?.findIndex((k) => k.kind === "agency") ?? -1;
      const cells = kinds && alignByContent(c.cells, kinds, ctx);
      if (!cells || agency < 0 || cells[agency] === "") return;
      aligned.push(c.line.line);
      return { ...c, cells, signature: first.signature };
    };
    let j = i + 1;
    for (; j < run.length; j++) {
      if (run[j].raw.trim() === "") continue;
      const c = candidates[j];
      if (c && c.signature === first.signature) {
        rows.push(c);
        continue;
      }
      const short = placed(c);
      if (short) {
        rows.push(short);
        continue;
      }
      let next = j + 1;
      while (next < run.length && run[next].raw.trim() === "") next++;
      const after = candidates[next];
      if (
        rows.length >= 2 &&
        after?.signature === first.signature &&
        /\p{L}/u.test(run[j].raw) &&
        /\d/.test(run[j].raw)
      ) {
        notRead.push(run[j]);
        continue;
      }
      break;
    }
    // The line above the rows is their header unless it is a row of the same shape; a blank
    // line may stand between them only where blank lines also stand between the rows.
    const spaced = rows.length > 1 && rows[1].line.line - rows[0].line.line > 1;
    let headerAt = previousText(run, i, spaced ? 3 : 1);
    // …or a first row short of a cell, with the header above it.
    const firstShort =
      rows.length >= 2 && headerAt
        ? placed(candidates[run.indexOf(headerAt)])
        : undefined;
    if (firstShort && headerAt) {
      rows.unshift(firstShort);
      headerAt = previousText(run, run.indexOf(headerAt), spaced ? 3 : 1);
    }
    const headerLine = headerAt;
    const above = headerLine ? candidates[run.indexOf(headerLine)] : undefined;
    // A numbered list has no header line: its numbers are ranks, said by the profile's own
    // first words for a rank and an agency (the header words are hints to recognition).
    const header = first.numbered
      ? [
          ctx.profile.data.columns.rank[0],
          ctx.profile.data.columns.agency[0],
          ...first.cells.slice(2).map(() => ""),
        ]
      : headerLine && above?.signature !== first.signature
        ? splitHeader(headerLine, first.cells.length, ctx.profile)
        : undefined;
    if (rows.length >= 3) {
      const lines = new Set(rows.map((r) => r.line.line));
      const ownHeader = header && headerLine && !first.numbered;
      if (ownHeader) lines.add(headerLine.line);
      out.push({
        grid: {
          layout: first.numbered ? "list" : "spaces",
          line: ownHeader ? headerLine.line : rows[0].line.line,
          header: ownHeader
            ? [toCells(header, headerLine.line)]
            : header
              ? [toCells(header, rows[0].line.line)]
              : [],
          rows: rows.map((r) => toCells(r.cells, r.line.line)),
          skipped: notRead.map((l) => ({
            line: l.line,
            text: l.raw.trim(),
            reason: "not-read" as const,
          })),
          ...(aligned.length ? { aligned: aligned.sort((a, b) => a - b) } : {}),
        },
        lines,
      });
      i = j;
    } else i++;
  }
  return out;
}

function toCells(texts: string[], line: number): SourceCell[] {
  return texts.map((text, k) => ({ text, line, column: k + 1 }));
}

function previousText(
  run: SourceLine[],
  i: number,
  reach: number,
): SourceLine | undefined {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--)
    if (run[k].raw.trim() !== "") return run[k];
  return undefined;
}

/**
 * A header line split into the row's number of cells. Cells start at header words (`TT`,
 * `Tỉnh`, `Chỉ số`, `Mức độ`); a cell of agencies or row numbers ends with its words, a level
 * ends with its number (`mức độ 3`), a year after a year or after such a cell starts one; words
 * that are no header word belong to the cell after them (`Số lượng DVCTT` + `mức độ 3`).
 * Undefined when the cells do not come out as many as the row's.
 */
export function splitHeader(
  line: SourceLine,
  width: number,
  profile: Profile,
): string[] | undefined {
  const text = line.raw.trim();
  if (text.length > 160) return undefined;
  const words = text.split(/\s+/);
  // Hits count the header's plain words; a space-separated word may hold several (`Tỉnh/thành`).
  const tokenOf: number[] = [];
  words.forEach((w, k) => {
    for (let n = countWords(w); n > 0; n--) tokenOf.push(k);
  });
  const cuts = new Set<number>([0]);
  const named = new Set<number>();
  let covered = -1;
  for (const h of profile.columns.find(text)) {
    const first = tokenOf[h.start];
    const last = tokenOf[h.start + h.length - 1];
    if (first === undefined || last === undefined) continue;
    for (let k = first; k <= last; k++) named.add(k);
    if (first <= covered) continue; // inside the previous phrase's words (`Website/Portal`)
    covered = last;
    cuts.add(first);
    if (h.key === "agency" || h.key === "row-number" || h.key === "website")
      cuts.add(last + 1);
  }
  words.forEach((w, k) => {
    if (
      /^\d$/.test(w) &&
      profile.levelOf(words.slice(Math.max(0, k - 3), k + 1).join(" ")) !==
        undefined
    ) {
      named.add(k);
      cuts.add(k + 1);
    }
    if (isYear(w)) {
      named.add(k);
      if (k > 0 && (isYear(words[k - 1]) || cuts.has(k))) cuts.add(k);
    }
  });
  const cellsAt = (at: Set<number>): string[][] => {
    const ordered = [...at]
      .filter((c) => c < words.length)
      .sort((a, b) => a - b);
    const segments = ordered.map((start, k) => ({
      words: words.slice(start, ordered[k + 1]),
      named: words
        .slice(start, ordered[k + 1])
        .some((_, i) => named.has(start + i)),
    }));
    // Words that are no header word go with the cell after them (at the end, the one before).
    const cells: string[][] = [];
    let pending: string[] = [];
    for (const seg of segments) {
      if (!seg.named) {
        pending.push(...seg.words);
        continue;
      }
      cells.push([...pending, ...seg.words]);
      pending = [];
    }
    if (pending.length && cells.length)
      cells[cells.length - 1].push(...pending);
    return cells;
  };
  let cells = cellsAt(cuts);
  // Too few cells: a capitalised word that no header word names, after one that is named
  // (`Chỉ số` `Số dịch vụ`), starts a cell of its own when that gives exactly the row's cells.
  if (cells.length < width) {
    const starts = words
      .map((_, k) => k)
      .filter(
        (k) =>
          k > 0 &&
          !cuts.has(k) &&
          !named.has(k) &&
          named.has(k - 1) &&
          /^\p{Lu}/u.test(words[k]),
      );
    if (starts.length === width - cells.length) {
      starts.forEach((k) => named.add(k));
      cells = cellsAt(new Set([...cuts, ...starts]));
    }
  }
  return cells.length === width ? cells.map((c) => c.join(" ")) : undefined;
}
