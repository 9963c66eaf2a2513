/**
 * One parser for every number a user pastes: Vietnamese-formatted figures from published
 * reports (`21.463.626`, `0,960`, `94,73%`, `8.015/37.159`), English-formatted ones that
 * slip in (`92.36%`), HTML remnants and prose meaning "no data". It never throws.
 *
 * Where the text alone is ambiguous (`1.000`: one thousand, or one with three decimals?)
 * the column's expected kind decides; if it cannot, the Vietnamese reading is kept and the
 * ambiguity is reported, never guessed silently.
 */
import { cleanCellText } from "../text/cleanCellText";

export type NumberKind =
  "integer" | "decimal" | "percent" | "fraction" | "missing";
export type MissingReason = "empty" | "no-data" | "not-a-number";
/** What a column holds: an index in [0, 1], a count (integer ≥ 0), a percentage in [0, 100]. */
export type ExpectedKind = "index" | "count" | "percent" | "any";
export type Locale = "vi" | "en";

export interface Reading {
  value: number;
  locale: Locale;
}

export interface ParsedNumber {
  /** The number, or null when missing. A percentage is in percent units: `94,73%` → 94.73. */
  value: number | null;
  kind: NumberKind;
  /** The text as given, untouched. */
  text: string;
  /** Digits shown after the decimal mark: the precision the publisher meant. */
  decimals: number;
  /** Which separator convention the text followed. */
  locale: Locale;
  numerator?: number;
  denominator?: number;
  /** A unit written after the number: `3,08 người/cơ quan` → `người/cơ quan`. */
  unit?: string;
  missingReason?: MissingReason;
  /** Set when two readings were plausible: both readings and how the choice was made. */
  ambiguity?: {
    readings: Reading[];
    resolvedBy: "default-vi" | "expected-kind";
  };
}

const NO_DATA = [
  /^không\b/i,
  /^chưa\b/i,
  /^ko\b/i,
  /^n\/?a$/i,
  /^[-–—x]+$/i,
  /^\.+$/,
];

export function parseVietnameseNumber(
  input: unknown,
  expected: ExpectedKind = "any",
): ParsedNumber {
  if (typeof input === "number") return fromNumber(input);
  const text = input === null || input === undefined ? "" : String(input);
  const cleaned = cleanCellText(text);
  const base = { text, decimals: 0, locale: "vi" as Locale };
  if (cleaned === "")
    return { ...base, value: null, kind: "missing", missingReason: "empty" };
  if (NO_DATA.some((re) => re.test(cleaned))) {
    return { ...base, value: null, kind: "missing", missingReason: "no-data" };
  }

  // A unit after the number (`68,08 người/tỉnh`): letters, spaces and slashes only, no digits.
  const withUnit = /^([-−–+]?\d[\d.,\s]*?)\s+(\p{L}[\p{L}\s/]*)$/u.exec(
    cleaned,
  );
  if (withUnit && !/%/.test(cleaned)) {
    const inner = parseVietnameseNumber(withUnit[1], expected);
    if (inner.value !== null)
      return { ...inner, text, unit: withUnit[2].trim() };
  }

  const fraction = /^(.+?)\s*\/\s*(.+)$/.exec(cleaned);
  if (fraction) {
    const num = parseBody(fraction[1], "count");
    const den = parseBody(fraction[2], "count");
    if (num && den && den.value !== 0) {
      return {
        ...base,
        value: num.value / den.value,
        kind: "fraction",
        numerator: num.value,
        denominator: den.value,
        decimals: Math.max(num.decimals, den.decimals),
        locale: num.locale === "en" || den.locale === "en" ? "en" : "vi",
      };
    }
    return notANumber(text);
  }

  const percent = /^(.*?)\s*%$/.exec(cleaned);
  const body = percent ? percent[1] : cleaned;
  const parsed = parseBody(body, percent ? "percent" : expected);
  if (!parsed) return notANumber(text);
  const kind: NumberKind = percent
    ? "percent"
    : parsed.decimals > 0
      ? "decimal"
      : "integer";
  const result: ParsedNumber = {
    ...base,
    value: parsed.value,
    kind,
    decimals: parsed.decimals,
    locale: parsed.locale,
  };
  if (parsed.ambiguity) result.ambiguity = parsed.ambiguity;
  return result;
}

function fromNumber(n: number): ParsedNumber {
  if (!Number.isFinite(n)) return notANumber(String(n));
  const decimals = Number.isInteger(n)
    ? 0
    : Math.min(15, (String(n).split(".")[1] ?? "").length);
  return {
    value: n,
    kind: decimals ? "decimal" : "integer",
    text: String(n),
    decimals,
    locale: "vi",
  };
}

function notANumber(text: string): ParsedNumber {
  return {
    value: null,
    kind: "missing",
    text,
    decimals: 0,
    locale: "vi",
    missingReason: "not-a-number",
  };
}

interface BodyReading extends Reading {
  decimals: number;
}
interface Body {
  value: number;
  decimals: number;
  locale: Locale;
  ambiguity?: ParsedNumber["ambiguity"];
}

/** Parses digits with `.`/`,` separators and an optional sign; null when it is not a number. */
function parseBody(raw: string, expected: ExpectedKind): Body | null {
  let s = raw.replace(/\s+/g, "");
  let sign = 1;
  if (/^[-−–]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;

  const readings = candidateReadings(s);
  if (readings.length === 0) return null;
  const signed = readings.map((r) => ({ ...r, value: sign * r.value }));
  if (signed.length === 1) return single(signed[0]);

  // Two readings: keep those the column allows; if exactly one survives it decides.
  // A reading against the Vietnamese convention is reported even when the column decides.
  const all = signed.map(({ value, locale }) => ({ value, locale }));
  const fitting = signed.filter((r) => fits(r, expected));
  if (fitting.length === 1) {
    const chosen = fitting[0];
    return chosen.locale === "vi"
      ? single(chosen)
      : {
          ...single(chosen),
          ambiguity: { readings: all, resolvedBy: "expected-kind" },
        };
  }
  const vi = signed.find((r) => r.locale === "vi") ?? signed[0];
  return {
    ...single(vi),
    ambiguity: { readings: all, resolvedBy: "default-vi" },
  };
}

function single(r: BodyReading): Body {
  return { value: r.value, decimals: r.decimals, locale: r.locale };
}

function fits(r: BodyReading, expected: ExpectedKind): boolean {
  switch (expected) {
    case "index":
      return r.value >= 0 && r.value <= 1;
    case "percent":
      return r.value >= 0 && r.value <= 100;
    case "count":
      return r.decimals === 0 && r.value >= 0;
    case "any":
      return true;
  }
}

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/** Every reading the separators allow: one, or two when `.`/`,` could be either mark. */
function candidateReadings(s: string): BodyReading[] {
  const dots = count(s, ".");
  const commas = count(s, ",");
  if (dots === 0 && commas === 0)
    return [{ value: Number(s), decimals: 0, locale: "vi" }];

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark.
    const decimalMark = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const groupMark = decimalMark === "," ? "." : ",";
    if (count(s, decimalMark) !== 1) return [];
    const [intPart, frac] = s.split(decimalMark);
    if (!GROUPED(groupMark).test(intPart)) return [];
    return [
      decimalReading(
        intPart.split(groupMark).join(""),
        frac,
        decimalMark === "," ? "vi" : "en",
      ),
    ];
  }

  const mark = dots > 0 ? "." : ",";
  const locale: Locale = mark === "," ? "vi" : "en"; // the locale for which `mark` is the decimal mark
  const other: Locale = locale === "vi" ? "en" : "vi";
  const marks = dots + commas;
  if (marks > 1) {
    // Several of the same mark can only be thousands groups.
    return GROUPED(mark).test(s)
      ? [{ value: Number(s.split(mark).join("")), decimals: 0, locale: other }]
      : [];
  }
  const [head, tail] = s.split(mark);
  const asDecimal = decimalReading(head, tail, locale);
  const couldBeGrouping =
    tail.length === 3 && head.length <= 3 && !/^0/.test(head);
  if (!couldBeGrouping) return [asDecimal];
  const asGrouped: BodyReading = {
    value: Number(head + tail),
    decimals: 0,
    locale: other,
  };
  // Vietnamese reading first: it is the default when nothing else decides.
  return locale === "vi" ? [asDecimal, asGrouped] : [asGrouped, asDecimal];
}

function decimalReading(
  intPart: string,
  frac: string,
  locale: Locale,
): BodyReading {
  return { value: Number(`${intPart}.${frac}`), decimals: frac.length, locale };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}
