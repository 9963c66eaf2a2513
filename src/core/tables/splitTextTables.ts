/**
 * Splits text copied from a report into its tab-separated tables: each with the title line
 * before it (`Bảng 2.1. …`), its header, and its rows, the header repeated after a page break
 * dropped. A line of prose ends a table; blank lines and lone page numbers do not.
 */
import { cleanCellText } from "../text/cleanCellText";

export interface TextRow {
  /** 1-based line in the text. */
  line: number;
  raw: string;
  cells: string[];
}

export interface TextTable {
  title?: string;
  /** Table number as printed, e.g. `2.1`. */
  tableNo?: string;
  /** Line of the (first) header. */
  line: number;
  header: string[];
  rows: TextRow[];
}

export const TITLE = /^\s*(\*\*|<b>)?\s*bảng\s+([0-9]+(\.[0-9]+)*)/i;

export function splitTextTables(text: string): TextTable[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const tables: TextTable[] = [];
  let title: string | undefined;
  let current: TextTable | undefined;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.includes("\t")) {
      const visible = cleanCellText(raw);
      if (visible === "" || /^\d{1,4}$/.test(visible)) return; // blank, or a page number
      current = undefined; // prose ends a table; a title is kept for the table that follows
      if (TITLE.test(raw)) title = visible;
      return;
    }
    const cells = raw.split("\t").map(cleanCellText);
    if (current && sameCells(current.header, cells)) return; // header repeated after a page break
    if (!current) {
      const tableNo = title ? TITLE.exec(title)?.[2] : undefined;
      current = {
        ...(title ? { title } : {}),
        ...(tableNo ? { tableNo } : {}),
        line,
        header: cells,
        rows: [],
      };
      tables.push(current);
      title = undefined;
      return;
    }
    current.rows.push({ line, raw, cells });
  });
  return tables;
}

function sameCells(a: string[], b: string[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => c.toLowerCase() === b[i].toLowerCase())
  );
}
