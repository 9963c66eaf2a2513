/**
 * Every table in a pasted text, in whatever layout it came: tab-separated rows (browser, Excel,
 * Word), HTML and `| a | b |` rows, one cell per line, or space-separated rows. Each table gets
 * the title line before it, its header rows (a header broken over two rows is joined; a header
 * printed again after a page break is skipped) and its rows. A table of contents is not a table.
 */
import { cleanCellText } from "../../text/cleanCellText";
import { cellShape, isFigure, isYear } from "./cellShape";
import { cellsPerLineTables } from "./cellsPerLine";
import type { Grid, SourceCell } from "./grid";
import { LayoutContext, spaceRowTables } from "./spaceRows";
import { SourceLine, sourceLines } from "./sourceLines";

export function readGrids(text: string, ctx: LayoutContext): Grid[] {
  const grids: Grid[] = [];
  let textRun: SourceLine[] = [];
  let tableRun: SourceLine[] = [];
  // The run of text is read for tables once; it is kept after that for the next table's title.
  let textRead = false;
  const flushText = () => {
    if (textRun.length && !textRead) grids.push(...textTables(textRun, ctx));
    textRead = true;
  };
  const flushTable = () => {
    if (tableRun.length && !isTableOfContents(tableRun))
      grids.push(...tabTables(tableRun, textRun, ctx));
    tableRun = [];
  };
  for (const rec of sourceLines(text)) {
    if (rec.cells) {
      if (!tableRun.length) flushText();
      tableRun.push(rec);
      continue;
    }
    const visible = cleanCellText(rec.raw);
    if (tableRun.length && (visible === "" || /^\d{1,4}$/.test(visible))) {
      tableRun.push(rec); // a blank line or a page number inside a table
      continue;
    }
    if (tableRun.length) {
      flushTable();
      textRun = [];
      textRead = false;
    }
    textRun.push(rec);
  }
  flushTable();
  flushText();
  return grids.sort((a, b) => a.line - b.line);
}

/** Dotted leaders to page numbers: the report's list of tables, not a table of figures. */
function isTableOfContents(run: SourceLine[]): boolean {
  return run.some((r) => r.cells?.some((c) => /\.{4,}|…{2,}/.test(c)));
}

/** The title line (`Bảng 2.1. …`) and the nearest short line of text before a table. */
function titleBefore(
  before: SourceLine[],
  ctx: LayoutContext,
): Pick<Grid, "title" | "tableNo" | "caption" | "lead"> {
  let title: string | undefined;
  let caption: string | undefined;
  const lead: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const visible = cleanCellText(before[i].raw);
    if (visible === "" || /^\d{1,4}$/.test(visible)) continue;
    if (ctx.profile.titleNumber(visible)) {
      title = visible;
      break;
    }
    if (visible.length <= 250 && lead.length < 3) lead.push(visible);
    caption ??= visible.length <= 250 ? visible : undefined;
  }
  const tableNo = title ? ctx.profile.titleNumber(title) : undefined;
  return {
    ...(title ? { title } : {}),
    ...(tableNo ? { tableNo } : {}),
    ...(caption ? { caption } : {}),
    ...(lead.length > 1 ? { lead } : {}),
  };
}

const cellsOf = (rec: SourceLine): SourceCell[] =>
  rec.cells!.map((text, k) => ({ text, line: rec.line, column: k + 1 }));

const filled = (cells: SourceCell[]) => cells.filter((c) => c.text !== "");

function hasData(cells: SourceCell[]): boolean {
  return cells.some((c) => isFigure(cellShape(c.text)) && !isYear(c.text));
}

/**
 * A row of header words: no figures, no agency names, and at least half of its cells start with
 * a header word (`Thứ hạng`, `Tỉnh`), name a period or a level.
 */
function looksLikeHeader(cells: SourceCell[], ctx: LayoutContext): boolean {
  const texts = filled(cells);
  if (texts.length < 2 || hasData(cells)) return false;
  const named = texts.filter(
    (c) =>
      ctx.profile.columns.starts(c.text) !== undefined ||
      ctx.profile.isPeriodOnly(c.text) ||
      ctx.profile.levelOf(c.text) !== undefined,
  );
  return (
    named.length * 2 >= texts.length &&
    texts.every((c) => c.text.length <= 120 && !ctx.isAgencyName(c.text))
  );
}

/** A second header row: periods or levels under the header, or words under its empty cells. */
function continuesHeader(
  cells: SourceCell[],
  header: SourceCell[][],
  ctx: LayoutContext,
): boolean {
  const texts = filled(cells);
  if (texts.length === 0 || hasData(cells)) return false;
  return texts.every(
    (c) =>
      ctx.profile.isPeriodOnly(c.text) ||
      ctx.profile.levelOf(c.text) !== undefined ||
      // `DTI 2023` under `Chỉ số`: a header word with its year.
      (ctx.profile.columns.starts(c.text) !== undefined &&
        /\b(19|20)\d\d\b/.test(c.text)) ||
      (!ctx.isAgencyName(c.text) &&
        c.text.length <= 60 &&
        header.every((row) => (row[c.column - 1]?.text ?? "") === "")),
  );
}

const sameCells = (a: SourceCell[] | undefined, b: SourceCell[]) =>
  a !== undefined &&
  filled(a).length === filled(b).length &&
  filled(b).length > 0 &&
  a.every((c, i) => c.text.toLowerCase() === (b[i]?.text ?? "").toLowerCase());

/**
 * A header printed again after a page break, worded a little differently (OCR, other words):
 * as many cells, each naming the same role as the first header's cell (a level, a period, a
 * header word of the same kind).
 */
function sameHints(
  header: SourceCell[] | undefined,
  cells: SourceCell[],
  ctx: LayoutContext,
): boolean {
  if (!header || filled(header).length !== filled(cells).length) return false;
  const hint = (c: SourceCell | undefined) => {
    const text = c?.text ?? "";
    if (text === "") return "";
    if (ctx.profile.levelOf(text) !== undefined) return "level";
    if (ctx.profile.isPeriodOnly(text)) return "period";
    return ctx.profile.columnHint(text) ?? "none";
  };
  const hints = header.map(hint);
  return (
    hints.filter((h) => h !== "" && h !== "none").length * 2 >=
      filled(header).length && hints.every((h, i) => h === hint(cells[i]))
  );
}

/**
 * Tables of one run whose second header repeats the first's roles and whose rows name other
 * things than the first's: one table continued after a page break, not two.
 */
function continued(grids: Grid[], ctx: LayoutContext): Grid[] {
  const out: Grid[] = [];
  const names = (g: Grid) =>
    new Set(
      g.rows.flatMap((r) =>
        r
          .filter((c) => cellShape(c.text) === "text")
          .map((c) => c.text.toLowerCase()),
      ),
    );
  for (const g of grids) {
    const last = out[out.length - 1];
    const seen = last ? names(last) : new Set<string>();
    const repeats = g.rows.filter((r) =>
      r.some((c) => seen.has(c.text.toLowerCase())),
    ).length;
    if (
      last &&
      g.header.length === 1 &&
      sameHints(last.header[0], g.header[0], ctx) &&
      repeats === 0
    ) {
      last.skipped.push({
        line: g.line,
        text: g.header[0].map((c) => c.text).join("\t"),
        reason: "repeated-header",
      });
      last.rows.push(...g.rows);
      last.skipped.push(...g.skipped);
    } else out.push(g);
  }
  return out;
}

function tabTables(
  run: SourceLine[],
  before: SourceLine[],
  ctx: LayoutContext,
): Grid[] {
  const grids: Grid[] = [];
  let current: Grid | undefined;
  // A new header starts a new table only after a break (a blank line, a page number).
  let afterBreak = false;
  // A first row of one cell of words spanning an HTML table (a web page's title row): its caption.
  let caption: string | undefined;
  for (const rec of run) {
    if (!rec.cells) {
      afterBreak = true;
      if (current && /^\d{1,4}$/.test(cleanCellText(rec.raw)))
        current.skipped.push({
          line: rec.line,
          text: rec.raw,
          reason: "page-number",
        });
      continue;
    }
    const broke = afterBreak;
    afterBreak = false;
    const cells = cellsOf(rec);
    if (filled(cells).length === 0) continue;
    if (current && sameCells(current.header[0], cells)) {
      current.skipped.push({
        line: rec.line,
        text: rec.raw,
        reason: "repeated-header",
      });
      continue;
    }
    if (
      current &&
      current.rows.length === 0 &&
      current.header.length > 0 &&
      current.header.length < 3 &&
      continuesHeader(cells, current.header, ctx)
    ) {
      current.header.push(cells);
      continue;
    }
    if (
      !current &&
      caption === undefined &&
      rec.layout === "html" &&
      filled(cells).length === 1 &&
      !hasData(cells) &&
      filled(cells)[0].text.split(/\s+/).length >= 4
    ) {
      caption = filled(cells)[0].text;
      continue;
    }
    if (
      !current ||
      (broke && current.rows.length > 0 && looksLikeHeader(cells, ctx))
    ) {
      const headed = looksLikeHeader(cells, ctx) || !hasData(cells);
      const above = grids.length === 0 ? titleBefore(before, ctx) : {};
      current = {
        layout: rec.layout ?? "tabs",
        line: rec.line,
        ...above,
        ...(caption !== undefined && grids.length === 0
          ? {
              caption,
              lead: [caption, ...("lead" in above ? (above.lead ?? []) : [])],
            }
          : {}),
        header: headed ? [cells] : [],
        rows: headed ? [] : [cells],
        skipped: [],
      };
      grids.push(current);
      continue;
    }
    current.rows.push(cells);
  }
  return continued(grids, ctx);
}

/** Tables in lines of text: space-separated rows first, then one cell per line in what is left. */
function textTables(run: SourceLine[], ctx: LayoutContext): Grid[] {
  const spaced = spaceRowTables(run, ctx);
  const used = new Set(spaced.flatMap((t) => [...t.lines]));
  const rest = run.map((l) =>
    used.has(l.line) ? { line: l.line, raw: "" } : l,
  );
  const perLine = cellsPerLineTables(rest, ctx);
  return [...spaced, ...perLine].map(({ grid }) => {
    const before = run.filter((l) => l.line < grid.line);
    return { ...grid, ...titleBefore(before, ctx) };
  });
}
