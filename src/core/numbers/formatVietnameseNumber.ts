/** Formats a number the way Vietnamese reports print it: `.` groups thousands, `,` marks decimals. */
export interface FormatOptions {
  /** Digits after the decimal mark (default 0). */
  decimals?: number;
  /** Group thousands with `.` (default true). */
  grouping?: boolean;
  /** Append `%`; the value is already in percent units. */
  percent?: boolean;
}

export function formatVietnameseNumber(
  value: number | null,
  options: FormatOptions = {},
): string {
  if (value === null || !Number.isFinite(value)) return "";
  const { decimals = 0, grouping = true, percent = false } = options;
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart, frac] = fixed.split(".");
  const grouped = grouping
    ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".")
    : intPart;
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${grouped}${frac ? "," + frac : ""}${percent ? "%" : ""}`;
}
