/** Plain-text tables for the terminal, and numbers as the language writes them (1.374 or 1,374). */
import { formatNumber } from "../core/numbers/formatNumber";
import type { Lang } from "../core/msg";

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

/** A whole number with thousands separators: 1.234 (vi), 1,234 (en). */
export function formatCount(n: number, lang: Lang = "vi"): string {
  return formatNumber(n, { decimals: 0, lang });
}

export function num(
  value: number | null,
  decimals: number,
  lang: Lang = "vi",
): string {
  return value === null ? "—" : formatNumber(value, { decimals, lang });
}
