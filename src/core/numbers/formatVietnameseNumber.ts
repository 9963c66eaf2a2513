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
  const { grouping = true, percent = false } = options;
  // A figure pasted with 150 decimals asks for more than toFixed gives (0–100): capped, never thrown.
  const decimals = Math.min(
    100,
    Math.max(0, Math.trunc(options.decimals ?? 0) || 0),
  );
  const a = Math.abs(value);
  // From 1e21 toFixed writes an exponent (`1e+21`): the integer's own digits instead.
  const fixed = significant(
    a >= 1e21
      ? `${BigInt(a).toString()}${decimals ? `.${"0".repeat(decimals)}` : ""}`
      : a.toFixed(decimals),
  );
  const [intPart, frac] = fixed.split(".");
  const grouped = grouping
    ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".")
    : intPart;
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${grouped}${frac ? "," + frac : ""}${percent ? "%" : ""}`;
}

/**
 * The digits a double holds (17 significant ones), the rest zeros: `0.9` to 30 decimals is
 * `0,900…0`, not the binary remainder `0,9000000000000000222…`.
 */
function significant(fixed: string): string {
  let seen = 0;
  let out = "";
  for (const ch of fixed) {
    if (ch < "0" || ch > "9") out += ch;
    else if (seen > 0 || ch !== "0") out += ++seen > 17 ? "0" : ch;
    else out += ch;
  }
  return out;
}
