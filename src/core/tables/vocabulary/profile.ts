/**
 * The vocabulary profile: which words hint at which role of a column or a row, which words name
 * a block, a measure, a period or a level. Data (profile.json), validated here; matching ignores
 * case, spacing, tone placement and look-alike letters, and diacritics where the text has none.
 */
import { withoutDates } from "../../text/dates";
import { parseVietnameseNumber } from "../../numbers/parseVietnameseNumber";
import { BLOCK_IDS, BlockId } from "../../agencies/registerSchema";
import { z } from "../../zodConfig";
import { cleanCellText } from "../../text/cleanCellText";
import { foldKey, plainWords, toneKey } from "../../text/vietnameseText";
import profileData from "./profile.json";

export const COLUMN_HINTS = [
  "row-number",
  "rank",
  "agency",
  "value",
  "total",
  "website",
  "unit",
  "note",
  "label",
  "level",
] as const;
export type ColumnHint = (typeof COLUMN_HINTS)[number];

export const MEASURES = ["dossiers", "services", "index"] as const;
export type NamedMeasure = (typeof MEASURES)[number];

const words = z.array(z.string().min(1)).min(1);

export const ProfileSchema = z.object({
  version: z.literal(1),
  columns: z.object(
    Object.fromEntries(COLUMN_HINTS.map((h) => [h, words])) as Record<
      ColumnHint,
      typeof words
    >,
  ),
  levels: z.object({ words }),
  periods: z.object({
    year: words,
    quarter: words,
    month: words,
    half: z.object({ first: words, second: words }),
  }),
  rows: z.object({
    total: words,
    percent: words,
    subset: words,
    /** A row counting agencies: these words, then a block (`Số tỉnh có …`). */
    countOf: words,
    excerpt: words,
  }),
  blocks: z.object(
    Object.fromEntries(BLOCK_IDS.map((b) => [b, words])) as Record<
      BlockId,
      typeof words
    >,
  ),
  measures: z.object(
    Object.fromEntries(
      MEASURES.map((m) => [m, z.object({ words, partialList: z.boolean() })]),
    ) as Record<
      NamedMeasure,
      z.ZodObject<{ words: typeof words; partialList: z.ZodBoolean }>
    >,
  ),
  titles: z.object({ words }),
  /** Words that hint a column is a composite of others (they order the tries, never decide). */
  composites: z.object({ words }),
  /** Words of a population column's header (the weights of `regroup --rule population`). */
  population: z.object({ words }),
  scales: z.object({ maximum: words, percent: words }),
});
export type ProfileData = z.infer<typeof ProfileSchema>;

/** A phrase found in a text: which list it belongs to, and where (in words). */
export interface PhraseHit<K extends string> {
  key: K;
  start: number;
  length: number;
}

/** Words of a text for matching: tone-key form, and folded form (no diacritics). */
interface Words {
  tone: string[];
  fold: string[];
}

function wordsOf(text: string): Words {
  // `%`, `#` and `…` are words of their own in headers (`Tỷ lệ %`, `#`).
  const plain = plainWords(text.replace(/[%#…]/g, (c) => WORD_OF[c]));
  return {
    tone: toneKey(plain).split(" ").filter(Boolean),
    fold: foldKey(plain).split(" ").filter(Boolean),
  };
}
/** How many words a text has for phrase matching (positions of a PhraseHit count these). */
export function countWords(text: string): number {
  return wordsOf(text).tone.length;
}

const WORD_OF: Record<string, string> = {
  "%": " phantramkyhieu ",
  "#": " sokyhieu ",
  "…": " bachamkyhieu ",
};
const symbolWord = (phrase: string) =>
  phrase === "%" || phrase === "#" || phrase === "…" || phrase === "..."
    ? WORD_OF[phrase === "..." ? "…" : phrase].trim()
    : undefined;

class PhraseList<K extends string> {
  private readonly phrases: { key: K; tone: string[]; fold: string[] }[];

  constructor(lists: [K, string[]][]) {
    this.phrases = lists
      .flatMap(([key, list]) =>
        list.map((p) => {
          const symbol = symbolWord(p);
          if (symbol) return { key, tone: [symbol], fold: [symbol] };
          const w = wordsOf(p);
          return { key, tone: w.tone, fold: w.fold };
        }),
      )
      .filter((p) => p.tone.length > 0)
      .sort((a, b) => b.tone.length - a.tone.length);
  }

  /** Every phrase in the text, longest first at each position, left to right, not overlapping. */
  find(text: string): PhraseHit<K>[] {
    const w = wordsOf(text);
    const hits: PhraseHit<K>[] = [];
    const at = (forms: string[], i: number, phrase: string[]) =>
      phrase.every((p, k) => forms[i + k] === p);
    for (let i = 0; i < w.tone.length;) {
      const found =
        this.phrases.find((p) => at(w.tone, i, p.tone)) ??
        // Diacritics are ignored only for text typed without them, or when nothing else matches.
        this.phrases.find((p) => at(w.fold, i, p.fold));
      if (found) {
        hits.push({ key: found.key, start: i, length: found.tone.length });
        i += found.tone.length;
      } else i++;
    }
    return hits;
  }

  /** The key of the first phrase in the text. */
  first(text: string): K | undefined {
    return this.find(text)[0]?.key;
  }

  /** The key whose phrase starts the text. */
  starts(text: string): K | undefined {
    const hit = this.find(text)[0];
    return hit && hit.start === 0 ? hit.key : undefined;
  }
}

export interface Period {
  /** As written: `2017`, `Quý I/2018`. */
  label: string;
  year: number;
  /** Quarter 1–4, month 1–12 or half 1–2, when the period is shorter than a year. */
  part?: { kind: "quarter" | "month" | "half"; n: number };
  /** Sorts periods in time. */
  order: number;
  /** The line of text above the table it was read from, when not the title or a header. */
  from?: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export class Profile {
  readonly data: ProfileData;
  readonly columns: PhraseList<ColumnHint>;
  readonly blocks: PhraseList<BlockId>;
  readonly measures: PhraseList<NamedMeasure>;
  readonly rowLabels: PhraseList<"total" | "percent" | "subset">;
  private readonly countOf: PhraseList<"count">;
  /** Alternatives of a regular expression over folded text (no diacritics). */
  private readonly titleWords: string;
  private readonly levelWords: string;
  /** A scale's maximum after its words, a percentage's words; over lower-case text as written. */
  private readonly scaleMaximum: RegExp;
  private readonly scalePercent: RegExp;
  /** A line that starts with a rank's words and its number (`Hạng 4: …`): the number, the rest. */
  readonly rankLead: RegExp;
  private readonly periodWords: Record<
    "year" | "quarter" | "month" | "firstHalf" | "secondHalf",
    string
  >;

  constructor(input: unknown) {
    const d = ProfileSchema.parse(input);
    this.data = d;
    this.columns = new PhraseList(
      COLUMN_HINTS.map((h) => [h, d.columns[h]] as [ColumnHint, string[]]),
    );
    this.blocks = new PhraseList(
      BLOCK_IDS.map((b) => [b, d.blocks[b]] as [BlockId, string[]]),
    );
    this.measures = new PhraseList(
      MEASURES.map((m) => [m, d.measures[m].words] as [NamedMeasure, string[]]),
    );
    this.rowLabels = new PhraseList<"total" | "percent" | "subset">([
      ["total", d.rows.total],
      ["percent", d.rows.percent],
      ["subset", d.rows.subset],
    ]);
    this.countOf = new PhraseList<"count">([["count", d.rows.countOf]]);
    const alternatives = (list: string[]) =>
      list
        .map((w) => foldKey(w).replace(/\s+/g, "\\s*"))
        .sort((a, b) => b.length - a.length)
        .join("|");
    // Words as written (with diacritics), for text that keeps its punctuation and figures.
    const written = (list: string[]) =>
      list
        .map((w) =>
          w
            .normalize("NFC")
            .toLowerCase()
            .replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"),
        )
        .join("|");
    this.scaleMaximum = new RegExp(
      `(?:${written(d.scales.maximum)})\\s*:?\\s*(\\d[\\d.,]*\\d|\\d)`,
    );
    this.scalePercent = new RegExp(
      `(?:^|[^\\p{L}])(?:${written(d.scales.percent)})(?:$|[^\\p{L}])`,
      "u",
    );
    this.rankLead = new RegExp(
      `^(?:${written(d.columns.rank)})\\s*(\\d{1,3})\\s*[:.)\\-–]?\\s+(\\S.*)$`,
      "iu",
    );
    this.titleWords = alternatives(d.titles.words);
    this.levelWords = alternatives(d.levels.words);
    this.periodWords = {
      year: alternatives(d.periods.year),
      quarter: alternatives(d.periods.quarter),
      month: alternatives(d.periods.month),
      firstHalf: alternatives(d.periods.half.first),
      secondHalf: alternatives(d.periods.half.second),
    };
  }

  /** The role a header's words hint at, if any (the first phrase found). */
  columnHint(header: string): ColumnHint | undefined {
    return this.columns.first(header);
  }

  /**
   * The maximum of the scale a header names: 100 for a percentage (`Chỉ số (%)`), N after a word
   * of a maximum (`Điểm (tối đa 1.000)`, `thang điểm 10`). A slash is not one: `Quý I/2018`.
   */
  scaleOf(header: string): number | undefined {
    const text = header.normalize("NFC").toLowerCase();
    const max = this.scaleMaximum.exec(text);
    const n = max ? parseVietnameseNumber(max[1]).value : null;
    if (n !== null && n > 0) return n;
    return this.scalePercent.test(text) ? 100 : undefined;
  }

  /** A table title: `Bảng 2.1. …` gives its number `2.1`. */
  titleNumber(line: string): string | undefined {
    const folded = cleanCellText(line)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase();
    const m = new RegExp(
      `^(?:${this.titleWords})\\s+([0-9]+(?:\\.[0-9]+)*)`,
    ).exec(folded);
    return m?.[1];
  }

  /** The level of online service a text names: `Mức độ 3` → 3; `Tổng 3, 4` names none. */
  levelOf(text: string): number | undefined {
    const m = new RegExp(`(?:^|\\s)(?:${this.levelWords})\\s*(\\d)\\b`).exec(
      foldKey(text),
    );
    return m ? Number(m[1]) : undefined;
  }

  /** Every level a text names: `mức độ 3 hoặc mức độ 4` → [3, 4]. */
  levelsOf(text: string): number[] {
    const re = new RegExp(`(?:^|\\s)(?:${this.levelWords})\\s*(\\d)\\b`, "g");
    return [...foldKey(text).matchAll(re)].map((m) => Number(m[1]));
  }

  /** A period named in a text: a year, a quarter or month of a year. */
  periodOf(text: string): Period | undefined {
    const folded = foldKey(withoutDates(text));
    const years = [...folded.matchAll(/(?:^|\s)(19[89]\d|20\d\d)(?=\s|$)/g)];
    if (years.length !== 1) return undefined; // none, or a range: not one period
    const year = Number(years[0][1]);
    const before = folded.slice(0, years[0].index);
    const part = (kind: "quarter" | "month", words: string) => {
      const m = new RegExp(
        `(?:^|\\s)(?:${words})\\s*(iv|iii|ii|i|\\d{1,2})(?:\\s|$)`,
      ).exec(before);
      if (!m) return undefined;
      const n = ROMAN[m[1]] ?? Number(m[1]);
      const max = kind === "quarter" ? 4 : 12;
      return n >= 1 && n <= max ? { kind, n } : undefined;
    };
    const half = (n: 1 | 2, words: string) =>
      new RegExp(`(?:^|\\s)(?:${words})(?:\\s|$)`).test(before)
        ? { kind: "half" as const, n }
        : undefined;
    const p =
      part("quarter", this.periodWords.quarter) ??
      part("month", this.periodWords.month) ??
      half(1, this.periodWords.firstHalf) ??
      half(2, this.periodWords.secondHalf);
    const order =
      year * 100 +
      (p
        ? p.kind === "quarter"
          ? p.n * 3
          : p.kind === "half"
            ? p.n * 6
            : p.n
        : 13);
    const label = p ? text.trim() : String(year);
    return { label, year, ...(p ? { part: p } : {}), order };
  }

  /** A text that names only a period (`2010`, `Năm 2017`, `Quý I/2018`), nothing else. */
  isPeriodOnly(text: string): boolean {
    const period = this.periodOf(text);
    if (!period) return false;
    const rest = foldKey(text)
      .replace(/(?:^|\s)(19[89]\d|20\d\d)(?=\s|$)/, " ")
      .replace(
        new RegExp(
          `(?:^|\\s)(?:${Object.values(this.periodWords).join("|")})(?=\\s|$)`,
          "g",
        ),
        " ",
      )
      .replace(/(?:^|\s)(iv|iii|ii|i|\d{1,2})(?=\s|$)/g, " ")
      .trim();
    return rest === "";
  }

  /** A row label that says the row is a total (`Tổng cộng`, `Cộng`, `Tổng 3, 4`). */
  isTotalLabel(label: string): boolean {
    return this.rowLabels.starts(label) === "total";
  }

  /** A row label that says it is part of the row above (`Trong đó: …`). */
  isSubsetLabel(label: string): boolean {
    return this.rowLabels.starts(label.replace(/^[-–•+*\s]+/, "")) === "subset";
  }

  /** A row label counting agencies of a block: `Số tỉnh có cung cấp dịch vụ …`. */
  isAgencyCountLabel(label: string): boolean {
    const [hit] = this.countOf.find(label);
    if (!hit || hit.start !== 0) return false;
    const block = this.blocks.find(label)[0];
    return block !== undefined && block.start === hit.length;
  }

  /** A row label that says its figures are percentages (`Tỷ lệ …`). */
  isPercentLabel(label: string): boolean {
    return this.rowLabels.find(label).some((h) => h.key === "percent");
  }

  isExcerptMark(text: string): boolean {
    const t = text.trim();
    return t !== "" && this.data.rows.excerpt.some((w) => t === w);
  }

  /** Whether agencies missing from a table of this measure are expected (a list of those that have it). */
  partialList(measure: string | undefined): boolean {
    return (
      measure !== undefined &&
      (MEASURES as readonly string[]).includes(measure) &&
      this.data.measures[measure as NamedMeasure].partialList
    );
  }
}

let defaultProfile: Profile | undefined;
/** The profile shipped with the add-in. */
export function getDefaultProfile(): Profile {
  defaultProfile ??= new Profile(profileData);
  return defaultProfile;
}
