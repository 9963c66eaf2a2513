/**
 * Reshapes a tab-separated fixture table into the layouts users really paste: one cell per line,
 * space-separated rows, rank and value in one cell, other header words, columns reordered, an
 * excerpt, a second period, one row per agency and figure (long), turned on its side, HTML.
 * The data stay the same: a variant must read back to the same rows, ranks and findings.
 */
export interface FixtureTable {
  /** Lines before the header (the title). */
  before: string[];
  header: string[];
  rows: string[][];
}

/** The title, the header and the rows of a tab-separated fixture (repeated headers dropped). */
export function splitFixture(text: string): FixtureTable {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((l) => l.includes("\t"));
  const header = lines[first].split("\t");
  const plain = (l: string) => l.replace(/<[^>]+>/g, "").trim();
  const rows = lines
    .slice(first + 1)
    .filter((l) => l.includes("\t") && plain(l) !== plain(lines[first]))
    .map((l) => l.split("\t"));
  return { before: lines.slice(0, first), header, rows };
}

const join = (t: FixtureTable, rows: string[][], header = t.header, sep = "\t") =>
  [...t.before, [header, ...rows].map((r) => r.join(sep)).join("\n")].join("\n");

const visible = (cell: string) => (cell.trim() === "" ? "-" : cell.replace(/<[^>]+>/g, ""));

/** Each cell on a line of its own, a blank line between cells (web text); empty cells as `-`. */
export function cellsPerLine(t: FixtureTable, blankLines = true): string {
  const sep = blankLines ? "\n\n" : "\n";
  const cells = [...t.header.filter((h) => h.trim() !== ""), ...t.rows.flatMap((r) => r.map(visible))];
  return [...t.before, cells.join(sep)].join("\n");
}

/** A row per line, cells separated by single spaces, as PDF text gives them. */
export function spaceSeparated(t: FixtureTable): string {
  return [
    ...t.before,
    t.header.join(" "),
    ...t.rows.map((r) => r.map(visible).join(" ")),
  ].join("\n");
}

/** `17 (0,633)`: the rank and the value in one cell, under a header that names only the year. */
export function rankAndValue(t: FixtureTable, rank: number, value: number, header = "Năm 2016"): string {
  const keep = (r: string[]) => r.filter((_, i) => i !== rank && i !== value);
  const combined = (r: string[]) =>
    r[rank].trim() === "" || r[value].trim() === "" ? `${r[rank]}${r[value]}` : `${r[rank]} (${r[value]})`;
  return join(
    t,
    t.rows.map((r) => [...keep(r), combined(r)]),
    [...keep(t.header), header],
  );
}

/** Header words replaced by others that mean the same (from the vocabulary profile). */
export function synonyms(t: FixtureTable, words: Record<string, string>): string {
  return join(
    t,
    t.rows,
    t.header.map((h) => words[h] ?? h),
  );
}

/** The columns in another order. */
export function reorder(t: FixtureTable, order: number[]): string {
  const pick = (r: string[]) => order.map((i) => r[i] ?? "");
  return join(t, t.rows.map(pick), pick(t.header));
}

/** Only some rows (the top and the bottom), numbered by a TT column whose numbers jump. */
export function excerpt(t: FixtureTable, top: number, bottom: number): string {
  const rows = t.rows.filter((r) => r[0].trim() !== "");
  const kept = [...rows.slice(0, top), ...rows.slice(rows.length - bottom)];
  const numbers = [
    ...Array.from({ length: top }, (_, i) => i + 1),
    ...Array.from({ length: bottom }, (_, i) => rows.length - bottom + i + 1),
  ];
  return join(
    t,
    kept.map((r, i) => [String(numbers[i]), ...r]),
    ["TT", ...t.header],
  );
}

/** A previous period's column added: its own header with the year, values given by `previous`. */
export function secondPeriod(
  t: FixtureTable,
  header: string,
  previous: (row: string[], i: number) => string,
): string {
  return join(
    t,
    t.rows.map((r, i) => [...r, previous(r, i)]),
    [...t.header, header],
  );
}

/** One row per agency and figure: the agency written once, the figure's name beside its value. */
export function long(t: FixtureTable, agency: number): string {
  const figures = t.header.map((h, i) => (i === agency ? -1 : i)).filter((i) => i >= 0);
  const rows = t.rows.flatMap((r) =>
    figures.map((f, k) => [k === 0 ? r[agency] : "", t.header[f], r[f]]),
  );
  return join(t, rows, [t.header[agency], "Chỉ tiêu", "Giá trị"]);
}

/** Agencies across the header row, the figures down the first column. */
export function transposed(t: FixtureTable, agency: number): string {
  const others = t.header.map((_, i) => i).filter((i) => i !== agency);
  const header = [t.header[agency], ...t.rows.map((r) => r[agency])];
  const rows = others.map((i) => [t.header[i], ...t.rows.map((r) => r[i])]);
  return join(t, rows, header);
}

/** The table as HTML markup, as a web page's source gives it. */
export function html(t: FixtureTable): string {
  const row = (r: string[], tag: string) =>
    `<tr>${r.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
  return [
    ...t.before,
    `<table><thead>${row(t.header, "th")}</thead><tbody>`,
    ...t.rows.map((r) => row(r, "td")),
    "</tbody></table>",
  ].join("\n");
}

/** Each cell on a line of its own, no blank lines, every header cell of several words broken after its first word (PDF text). */
export function headerOverLines(t: FixtureTable): string {
  const header = t.header
    .filter((h) => h.trim() !== "")
    .map((h) => {
      const words = h.split(" ");
      return words.length > 1 ? `${words[0]}\n${words.slice(1).join(" ")}` : h;
    });
  return [...t.before, [...header, ...t.rows.flatMap((r) => r.map(visible))].join("\n")].join("\n");
}

/** `1. name value`: a numbered list, its number the rank; the other columns dropped. */
export function numberedList(t: FixtureTable, rank: number, name: number, value?: number): string {
  return [
    ...t.before,
    ...t.rows.map((r) => `${r[rank]}. ${r[name]}${value === undefined ? "" : ` ${r[value]}`}`),
  ].join("\n");
}

const csvCell = (cell: string, mark: string) => {
  const c = cell.replace(/<[^>]+>/g, "");
  return c.includes(mark) || c.includes('"') || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c;
};

/** A CSV file saved by Excel in a Vietnamese locale: `;` between cells, figures as printed. */
export function semicolonCsv(t: FixtureTable): string {
  return ["\uFEFF" + (t.before[0] ?? ""), ...t.before.slice(1), ...[t.header, ...t.rows].map((r) => r.map((c) => csvCell(c, ";")).join(";"))].join("\r\n");
}

/** A figure written the English way: `1.299` → `1,299`, `0,633` → `0.633`. */
const english = (cell: string) =>
  /^[-−+]?[\d.,]+\s*%?(\s*\(\s*[\d.,]+\s*%?\s*\))?$/.test(cell.trim()) ? cell.replace(/[.,]/g, (m) => (m === "." ? "," : ".")) : cell;

/** A CSV file saved by Excel in an English locale: `,` between cells, figures written the English way. */
export function commaCsv(t: FixtureTable): string {
  return [...t.before, ...[t.header, ...t.rows].map((r) => r.map((c) => csvCell(english(c), ",")).join(","))].join("\n");
}

/**
 * The table with one cell emptied, as tabs (where the empty cell keeps its place) and one cell per
 * line (where a PDF or web copy drops it): both must read the same.
 */
export function droppedCell(t: FixtureTable, row: number, column: number): { tabs: string; cellsPerLine: string; spaces: string } {
  const rows = t.rows.map((r, i) => (i === row ? r.map((c, k) => (k === column ? "" : c)) : r));
  const shown = (r: string[], i: number) => (i === row ? r.filter((_, k) => k !== column) : r).map(visible);
  return {
    tabs: join(t, rows),
    cellsPerLine: [...t.before, [...t.header.filter((h) => h.trim() !== ""), ...rows.flatMap(shown)].join("\n")].join("\n"),
    spaces: [...t.before, t.header.join(" "), ...rows.map((r, i) => shown(r, i).join(" "))].join("\n"),
  };
}
