/** A number as the pane's language writes it: `0,943` and `1.234` in Vietnamese, `0.943` and `1,234` in English. */
import type { Lang } from "../userError";
import {
  FormatOptions,
  formatVietnameseNumber,
} from "./formatVietnameseNumber";

export function formatNumber(
  value: number | null,
  options: FormatOptions & { lang?: Lang } = {},
): string {
  const { lang = "vi", ...rest } = options;
  if (lang === "vi") return formatVietnameseNumber(value, rest);
  // The same digits, with the marks swapped: one rounding for both languages.
  return formatVietnameseNumber(value, rest).replace(/[.,]/g, (m) =>
    m === "." ? "," : ".",
  );
}
