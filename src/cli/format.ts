/** Plain-text tables for the terminal, with Vietnamese number formats. */
import { formatVietnameseNumber } from "../core/numbers/formatVietnameseNumber";

export function textTable(
  header: string[],
  rows: string[][],
  align: ("l" | "r")[],
): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        align[i] === "r" ? c.padStart(widths[i]) : c.padEnd(widths[i]),
      )
      .join("  ")
      .trimEnd();
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
  ].join("\n");
}

/** A whole number with Vietnamese thousands separators: 1.234. */
export function formatCount(n: number): string {
  return formatVietnameseNumber(n, { decimals: 0 });
}

export function num(value: number | null, decimals: number): string {
  return value === null ? "—" : formatVietnameseNumber(value, { decimals });
}
