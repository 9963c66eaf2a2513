/** Plain-text tables for the terminal, with Vietnamese number formats. */
import { formatVietnameseNumber } from "../core/numbers/formatVietnameseNumber";
import type { MatchNote } from "../core/agencies/matchAgency";
import type { RankDifference } from "../core/tables/rerankTable";

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

export const DIFFERENCE_VI: Record<RankDifference, string> = {
  "tie-ranked-apart": "bằng giá trị nhưng công bố khác hạng",
  "no-data-ranked": "không có số liệu nhưng được xếp hạng",
  "no-published-rank": "không có hạng công bố",
  "rank-differs": "hạng công bố khác hạng tính lại",
};

export const NOTE_VI: Record<MatchNote, string> = {
  case: "chữ hoa/thường",
  spacing: "khoảng trắng",
  punctuation: "dấu câu/gạch nối",
  "tone-placement": "vị trí dấu thanh",
  prefix: "tiền tố TP./Tỉnh",
  alias: "tên gọi khác",
  abbreviation: "viết tắt",
  diacritics: "thiếu/sai dấu",
  typo: "gõ sai",
};
