/**
 * Pasted text as numbered records: a line of text, or a row of cells when the line was
 * tab-separated, a `| a | b |` row (or `a | b` among lines with as many pipes), a `a;b;c` row
 * among lines with as many semicolons (a CSV file saved by Excel in a Vietnamese locale, where
 * the comma is the decimal mark; `"…"` quotes a cell), a `a,b,c` row among lines with as many
 * commas (a CSV file from an English locale, figures written `89.95`), or a `<tr>` of an HTML table (whose cells
 * spanning several rows or columns are laid out as empty cells below or beside them, as a
 * spreadsheet shows them).
 */
import { cleanCellText } from "../../text/cleanCellText";
import { cellShape, isFigure } from "./cellShape";
import type { Layout } from "./grid";
import { LIMITS, tooManyCells } from "../../limits";
import { UserError } from "../../userError";

export interface SourceLine {
  /** 1-based line of the pasted text where the record starts. */
  line: number;
  /** The line as pasted (for a table row: its cells joined by tabs). */
  raw: string;
  /** Cells of a tabular record, cleaned; undefined for a line of text. */
  cells?: string[];
  layout?: Extract<Layout, "tabs" | "html" | "pipes" | "semicolons" | "commas">;
}

/** Pipes inside a line without outer pipes (`a | b | c`), or 0. */
function innerPipes(raw: string): number {
  if (!raw.includes("|") || /^\s*\|.*\|\s*$/.test(raw)) return 0;
  return raw.split("|").length - 1;
}

/** The cells of a `;`- (or `,`-) separated line, `"…"` quoting a cell (`""` a quote inside it). */
function separatedCells(
  raw: string,
  mark: ";" | ",",
  wasQuoted: boolean[] = [],
): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  let opened = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quoted) {
      if (ch === '"' && raw[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === "") quoted = opened = true;
    else if (ch === mark) {
      cells.push(cell);
      wasQuoted.push(opened);
      cell = "";
      opened = false;
    } else cell += ch;
  }
  cells.push(cell);
  wasQuoted.push(opened);
  return cells;
}

/**
 * A figure of an English-locale CSV file (`1,299`, `0.633`, `17 (0.633)`) in the Vietnamese form
 * every reader expects (`1.299`, `0,633`): there a comma groups thousands and a point marks the
 * decimals. Cells with letters are left as they are.
 */
function fromEnglish(cell: string): string {
  if (!/^[-−+]?[\d.,]+\s*%?(\s*\(\s*[\d.,]+\s*%?\s*\))?$/.test(cell))
    return cell;
  return cell.replace(/[.,]/g, (m) => (m === "." ? "," : "."));
}

/** Two cells with text, or a continuation of the row above (one cell with text among three). */
const rowLike = (cells: string[]) => {
  const filled = cells.filter((c) => c.trim() !== "").length;
  return filled >= 2 || (filled === 1 && cells.length >= 3);
};

export function sourceLines(text: string): SourceLine[] {
  // A byte-order mark (a file saved as "CSV UTF-8", pasted whole) is no part of the first cell.
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const out: SourceLine[] = [];
  // A table drawn with pipes but no outer ones: lines beside one another with as many pipes.
  const inner = lines.map(innerPipes);
  const piped = (i: number) =>
    inner[i] > 0 && (inner[i - 1] === inner[i] || inner[i + 1] === inner[i]);
  // Semicolons likewise: a sentence with one is not a row unless its neighbours have as many,
  // and a list item ending in `;` is not one at all (a row has two cells with text).
  const semis = lines.map((l) => {
    if (!l.includes(";")) return 0;
    const cells = separatedCells(l, ";");
    return rowLike(cells) ? cells.length - 1 : 0;
  });
  const semicoloned = (i: number) =>
    semis[i] > 0 && (semis[i - 1] === semis[i] || semis[i + 1] === semis[i]);
  // Commas likewise, where a comma is no decimal mark: a line that is one figure (`0,725`) is no
  // row. A line cut at a comma between a figure and a figure with words around (`1 Quảng Ninh
  // 0,88 12`: a decimal comma, or a CSV cell of prose ending in a figure) is a row only beside an
  // uncut row of as many cells. A row has a figure standing alone; the header above need not.
  const commaRows = lines.map((l) => {
    if (!l.includes(",") || cellShape(l) !== "text") return undefined;
    const quoted: boolean[] = [];
    const cells = separatedCells(l, ",", quoted);
    const bare = cells.map((c, k) => (quoted[k] ? "" : c.trim()));
    const cut = bare.some(
      (a, k) =>
        k + 1 < bare.length &&
        /\d$/.test(a) &&
        /^\d/.test(bare[k + 1]) &&
        /\s/.test(a + bare[k + 1]),
    );
    if (!rowLike(cells)) return undefined;
    return {
      count: cells.length,
      cut,
      figures: cells.some((c) => isFigure(cellShape(cleanCellText(c)))),
    };
  });
  // Rows for certain: uncut, with a figure, beside an uncut line of as many cells. A line beside
  // one (its header, a continuation) is a row too, and so is a cut line that a run of cut lines of
  // as many cells joins to one.
  const same = (i: number, j: number) =>
    commaRows[i] !== undefined && commaRows[i]?.count === commaRows[j]?.count;
  const solid = commaRows.map(
    (r, i) =>
      !!r &&
      !r.cut &&
      r.figures &&
      [i - 1, i + 1].some((j) => same(i, j) && !commaRows[j]!.cut),
  );
  const reached = commaRows.map((r, i) => !!r && !r.cut && solid[i]);
  for (let i = 1; i < lines.length; i++)
    if (commaRows[i]?.cut && same(i, i - 1) && reached[i - 1])
      reached[i] = true;
  for (let i = lines.length - 2; i >= 0; i--)
    if (commaRows[i]?.cut && same(i, i + 1) && reached[i + 1])
      reached[i] = true;
  const commaed = (i: number) =>
    reached[i] ||
    (commaRows[i]?.cut === false &&
      [i - 1, i + 1].some(
        (j) =>
          same(i, j) && (solid[j] || (reached[j] && commaRows[i]!.figures)),
      ));
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (/<table\b/i.test(raw)) {
      // An HTML table may span many lines: read it whole, rows keep the line they start on.
      let end = i;
      let markup = "";
      for (; end < lines.length; end++) {
        markup += `${lines[end]}\n`;
        if (/<\/table>/i.test(lines[end])) break;
      }
      out.push(...htmlRows(markup, i + 1));
      i = end;
      continue;
    }
    if (raw.includes("\t")) {
      out.push({
        line: i + 1,
        raw,
        cells: raw.split("\t").map(cleanCellText),
        layout: "tabs",
      });
      continue;
    }
    const pipes =
      /^\s*\|(.*)\|\s*$/.exec(raw) ?? (piped(i) ? [raw, raw] : null);
    if (pipes) {
      if (/^[\s|:\-–—+]+$/.test(pipes[1])) continue; // | --- | :---: | separator
      out.push({
        line: i + 1,
        raw,
        cells: pipes[1].split("|").map(cleanCellText),
        layout: "pipes",
      });
      continue;
    }
    if (semicoloned(i)) {
      out.push({
        line: i + 1,
        raw,
        cells: separatedCells(raw, ";").map(cleanCellText),
        layout: "semicolons",
      });
      continue;
    }
    if (commaed(i)) {
      out.push({
        line: i + 1,
        raw,
        cells: separatedCells(raw, ",").map(cleanCellText).map(fromEnglish),
        layout: "commas",
      });
      continue;
    }
    // `sep=,`: the line Excel may write first to name a CSV file's separator.
    if (/^sep=.$/.test(raw.trim())) continue;
    out.push({ line: i + 1, raw });
  }
  return out;
}

/**
 * The rows of an HTML table, with rowspan and colspan laid out as empty cells. Linear in the
 * markup: a row's line comes from one table of newline offsets, the cells a rowspan still
 * covers are looked up by column, and a span is capped at the table's own width (the most
 * cells any row has), so `colspan="1000"` over five columns is five. A row that overlapping
 * spans spread far past the widest row is refused.
 */
function htmlRows(markup: string, firstLine: number): SourceLine[] {
  const rows: SourceLine[] = [];
  const newlines: number[] = [];
  for (let i = markup.indexOf("\n"); i >= 0; i = markup.indexOf("\n", i + 1))
    newlines.push(i);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return firstLine + lo;
  };
  const rowRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table>|$)/gi;
  const cellRe = /<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/gi;
  const found = [...markup.matchAll(rowRe)].map((m) => ({
    at: m.index ?? 0,
    cells: [...m[1].matchAll(cellRe)],
  }));
  const width = found.reduce((w, r) => Math.max(w, r.cells.length), 1);
  // A colspan is capped at the table's width, a rowspan at its rows.
  const span = (attrs: string, name: string) =>
    Math.min(
      name === "colspan" ? width : found.length,
      Math.max(
        1,
        Number(
          new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs)?.[1] ?? 1,
        ),
      ),
    );
  // Spans that overlap push each row further right (rows² cells from a short paste). A table
  // laid out as written is as wide as its widest row; past twice that, plus slack for a rowspan
  // that overshoots a little, the spans do not fit and the table is refused.
  const ownWidth = found.reduce(
    (w, r) =>
      Math.max(
        w,
        r.cells.reduce((sum, c) => sum + span(c[2], "colspan"), 0),
      ),
    1,
  );
  const widest = Math.min(LIMITS.sheetColumns, 2 * ownWidth + 10);
  // Rows still covered by a cell above, by column.
  const covered = new Map<number, number>();
  for (const row of found) {
    const cells: string[] = [];
    let column = 0;
    const skipSpanned = () => {
      while ((covered.get(column) ?? 0) > 0) {
        cells[column] = "";
        column++;
      }
    };
    const spanned: [number, number][] = [];
    for (const cellMatch of row.cells) {
      skipSpanned();
      const attrs = cellMatch[2];
      const text = cleanCellText(
        cellMatch[3].replace(/<br\s*\/?>/gi, " ").replace(/<\/t[dh]>/gi, ""),
      );
      const [rowspan, colspan] = [
        span(attrs, "rowspan"),
        span(attrs, "colspan"),
      ];
      for (let k = 0; k < colspan; k++) {
        cells[column] = k === 0 ? text : "";
        if (rowspan > 1) spanned.push([column, rowspan]);
        column++;
      }
    }
    skipSpanned();
    if (column > widest)
      throw column > LIMITS.sheetColumns
        ? tooManyCells(lineAt(row.at))
        : new UserError(
            {
              vi: `các ô gộp (rowspan, colspan) của bảng HTML chồng lên nhau: hàng này trải ra ${column} ô, trong khi hàng rộng nhất chỉ có ${ownWidth} ô. Hãy sao chép lại bảng từ trang gốc, hoặc dán bảng dạng văn bản.`,
              en: `the merged cells (rowspan, colspan) of the HTML table overlap: this row spreads to ${column} cells while the widest row has only ${ownWidth}. Copy the table again from its page, or paste it as text.`,
            },
            { row: lineAt(row.at) },
          );
    for (const [c, left] of covered)
      if (left <= 1) covered.delete(c);
      else covered.set(c, left - 1);
    for (const [c, left] of spanned) covered.set(c, left - 1);
    if (cells.some((c) => c !== ""))
      rows.push({
        line: lineAt(row.at),
        raw: cells.join("\t"),
        cells,
        layout: "html",
      });
  }
  return rows;
}
