/**
 * Agency name matching that a Vietnamese user would trust. In order of confidence:
 * the canonical name or a known alias after Unicode, case, spacing, punctuation, tone-placement
 * and `TP.`/`Thành phố`/`Tỉnh` normalisation; an abbreviation (`Bộ NN&PTNT`); the same letters
 * without diacritics (`Hung Yên`, `Đông Tháp`); finally a fuzzy match whose confidence is
 * reported. A low or ambiguous match is never accepted silently: it comes back unresolved with
 * its candidates.
 */
import type { Msg } from "../msg";
import { cleanCellText } from "../text/cleanCellText";
import {
  editDistance,
  foldKey,
  plainWords,
  toneKey,
} from "../text/vietnameseText";
import type { AgencyRegister } from "./agencyRegister";
import type { Agency, BlockId } from "./registerSchema";

export type MatchStatus =
  | "exact"
  | "variant"
  | "fuzzy"
  | "ambiguous"
  | "unknown"
  /** A unit of another edition of the register (`Hà Giang` in a table of 2025's 34 units). */
  | "other-edition";
export type MatchNote =
  | "case"
  | "spacing"
  | "punctuation"
  | "tone-placement"
  | "prefix"
  | "alias"
  | "abbreviation"
  | "diacritics"
  | "typo";

/** How a name was written other than the register's, in words. */
export const MATCH_NOTE: Record<MatchNote, Msg> = {
  case: { vi: "chữ hoa/thường", en: "letter case" },
  spacing: { vi: "khoảng trắng", en: "spacing" },
  punctuation: { vi: "dấu câu/gạch nối", en: "punctuation or hyphen" },
  "tone-placement": { vi: "vị trí dấu thanh", en: "tone-mark placement" },
  prefix: { vi: "tiền tố TP./Tỉnh", en: "TP./Tỉnh prefix" },
  alias: { vi: "tên gọi khác", en: "another name" },
  abbreviation: { vi: "viết tắt", en: "abbreviation" },
  diacritics: { vi: "thiếu hoặc sai dấu", en: "missing or wrong diacritics" },
  typo: { vi: "gõ sai", en: "typing error" },
};

export interface Candidate {
  agency: Agency;
  confidence: number;
}

export interface AgencyMatch {
  /** The text as given. */
  input: string;
  /** The name that was matched: the text without HTML and without a parenthetical remark. */
  name: string;
  /** A parenthetical remark taken off the name, e.g. `do đặc thù nên chưa thực hiện`. */
  remark?: string;
  status: MatchStatus;
  agency?: Agency;
  /** 1 for a certain match; below 1 the match should be shown to the user. */
  confidence: number;
  notes: MatchNote[];
  /** For ambiguous and unknown names: the nearest agencies, best first. */
  candidates: Candidate[];
  /** For a unit of another edition: which, and what became of it. */
  otherEdition?: { agency: Agency; fate: Msg };
}

/** Accept a fuzzy match at this similarity, if no other agency comes within FUZZY_MARGIN. */
const FUZZY_ACCEPT = 0.8;
const FUZZY_MARGIN = 0.08;
const CANDIDATE_FLOOR = 0.5;

const ADMIN_PREFIX =
  /^(thành phố|thanh pho|tp|t p|tỉnh|tinh|ubnd|ủy ban nhân dân|uỷ ban nhân dân|uy ban nhan dan)\s+(tỉnh\s+|thành phố\s+|tp\s+)?/;

interface Entry {
  agency: Agency;
  text: string;
  isAlias: boolean;
  tone: string;
  fold: string;
  acronyms: string[];
}

export function isResolved(
  m: AgencyMatch,
): m is AgencyMatch & { agency: Agency } {
  return (
    m.agency !== undefined &&
    (m.status === "exact" || m.status === "variant" || m.status === "fuzzy")
  );
}

/** A name the register knows, in the edition read with or in another: a row or cell naming an agency. */
export function namesAgency(m: AgencyMatch): boolean {
  return isResolved(m) || m.status === "other-edition";
}

/** The block of the agency a match names, in whichever edition. */
export function blockNamed(m: AgencyMatch): BlockId | undefined {
  return isResolved(m) ? m.agency.block : m.otherEdition?.agency.block;
}

export class AgencyMatcher {
  private readonly entries: Entry[];
  /** Units the register's other editions list and this one does not. */
  private readonly elsewhere: Entry[];
  private readonly fate: (agency: Agency) => Msg;
  /** Folded first words of kinds of agency the register does not list. */
  private readonly otherKinds: string[];
  /** Names repeat across the tables of a paste and the passes over them: match each once. */
  private readonly memo = new Map<string, AgencyMatch>();

  constructor(
    register: AgencyRegister,
    options: { block?: BlockId; on?: string } = {},
  ) {
    const agencies = options.block
      ? register.inBlock(options.block, { on: options.on })
      : register.agencies;
    this.otherKinds = register.otherKinds.map((w) => foldKey(w));
    this.entries = entriesOf(agencies);
    const elsewhere = register.editions?.elsewhere(register) ?? [];
    this.elsewhere = entriesOf(
      options.block
        ? elsewhere.filter((a) => a.block === options.block)
        : elsewhere,
    );
    this.fate = (agency) =>
      register.editions?.fate(agency, register) ?? {
        vi: agency.name,
        en: agency.name,
      };
  }

  match(input: string): AgencyMatch {
    let m = this.memo.get(input);
    if (!m) {
      if (this.memo.size > 20_000) this.memo.clear();
      this.memo.set(input, (m = this.matchOnce(input)));
    }
    return m;
  }

  private matchOnce(input: string): AgencyMatch {
    const { name, remark } = splitRemark(cleanCellText(input));
    const base = {
      input,
      name,
      ...(remark ? { remark } : {}),
      notes: [] as MatchNote[],
      candidates: [] as Candidate[],
    };
    if (!/\p{L}/u.test(name))
      return { ...base, status: "unknown", confidence: 0 };

    const plain = stripPrefix(plainWords(name));
    const tone = toneKey(plain);
    const byTone = uniqueAgencies(this.entries.filter((e) => e.tone === tone));
    if (byTone.length === 1) {
      const sameTone = this.entries.filter(
        (e) => e.agency === byTone[0] && e.tone === tone,
      );
      const entry = sameTone.find((e) => e.text === name) ?? sameTone[0];
      const exact = name === entry.agency.name;
      return {
        ...base,
        status: exact ? "exact" : "variant",
        agency: entry.agency,
        confidence: 1,
        notes: exact ? [] : describeVariant(name, entry),
      };
    }

    const former = this.formerUnit(tone, "tone");
    if (former) return { ...base, ...former };

    const abbreviation = abbreviationKey(name);
    if (abbreviation) {
      const byAcronym = uniqueAgencies(
        this.entries.filter((e) => e.acronyms.includes(abbreviation)),
      );
      if (byAcronym.length === 1)
        return {
          ...base,
          status: "variant",
          agency: byAcronym[0],
          confidence: 0.95,
          notes: ["abbreviation"],
        };
    }

    const fold = foldKey(plain);
    const byFold = uniqueAgencies(this.entries.filter((e) => e.fold === fold));
    if (byFold.length === 1)
      return {
        ...base,
        status: "variant",
        agency: byFold[0],
        confidence: 0.9,
        notes: ["diacritics"],
      };

    const formerFold = byFold.length
      ? undefined
      : this.formerUnit(fold, "fold");
    if (formerFold) return { ...base, ...formerFold };

    // `Sở Nội vụ` is a provincial department, not `Bộ Nội vụ` misspelt: another kind of agency.
    if (this.otherKinds.some((k) => fold === k || fold.startsWith(`${k} `)))
      return { ...base, status: "unknown", confidence: 0 };
    const scored = this.similar(fold);
    const [best, second] = scored;
    const candidates = scored
      .filter((c) => c.confidence >= CANDIDATE_FLOOR)
      .slice(0, 5);
    if (
      best &&
      best.confidence >= FUZZY_ACCEPT &&
      (!second || best.confidence - second.confidence >= FUZZY_MARGIN)
    ) {
      return {
        ...base,
        status: "fuzzy",
        agency: best.agency,
        confidence: round2(best.confidence),
        notes: ["typo"],
        candidates,
      };
    }
    const status: MatchStatus =
      best && best.confidence >= FUZZY_ACCEPT
        ? "ambiguous"
        : byFold.length > 1 || byTone.length > 1
          ? "ambiguous"
          : "unknown";
    return {
      ...base,
      status,
      confidence: best ? round2(best.confidence) : 0,
      candidates,
    };
  }

  /** A name that only another edition lists: never a misspelling of a unit of this one. */
  private formerUnit(
    key: string,
    by: "tone" | "fold",
  ): Pick<AgencyMatch, "status" | "confidence" | "otherEdition"> | undefined {
    const found = uniqueAgencies(this.elsewhere.filter((e) => e[by] === key));
    if (found.length !== 1) return undefined;
    return {
      status: "other-edition",
      confidence: 0,
      otherEdition: { agency: found[0], fate: this.fate(found[0]) },
    };
  }

  /** Agencies by similarity of their undiacritised names to `fold`, best first, one entry per agency. */
  private similar(fold: string): Candidate[] {
    const best = new Map<Agency, number>();
    let top = -1;
    for (const e of this.entries) {
      const longest = Math.max(fold.length, e.fold.length, 1);
      // The lengths alone bound the similarity: skip what could be neither a candidate nor the best.
      const bound = 1 - Math.abs(fold.length - e.fold.length) / longest;
      if (bound < CANDIDATE_FLOOR && bound <= top) continue;
      const similarity = 1 - editDistance(fold, e.fold) / longest;
      if (similarity > top) top = similarity;
      if (similarity > (best.get(e.agency) ?? -1))
        best.set(e.agency, similarity);
    }
    return [...best]
      .map(([agency, confidence]) => ({ agency, confidence }))
      .sort((a, b) => b.confidence - a.confidence);
  }
}

/**
 * An agency's names as keys, made on first use and kept: every matcher of every paste (one per
 * block and edition) shares them, so a command makes each agency's keys once.
 */
const KEYS = new WeakMap<Agency, Entry[]>();

function entriesOf(agencies: readonly Agency[]): Entry[] {
  return agencies.flatMap((agency) => {
    let entries = KEYS.get(agency);
    if (!entries) {
      const plain = (text: string) => stripPrefix(plainWords(text));
      entries = [agency.name, ...agency.aliases].map((text, i) => ({
        agency,
        text,
        isAlias: i > 0,
        tone: toneKey(plain(text)),
        fold: foldKey(plain(text)),
        acronyms: acronymsOf(text),
      }));
      KEYS.set(agency, entries);
    }
    return entries;
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function uniqueAgencies(entries: Entry[]): Agency[] {
  return [...new Set(entries.map((e) => e.agency))];
}

function stripPrefix(plain: string): string {
  const stripped = plain.replace(ADMIN_PREFIX, "");
  return stripped === "" ? plain : stripped;
}

/** `Thanh tra Chính phủ (do đặc thù nên chưa thực hiện)` → the name and the remark. */
function splitRemark(text: string): { name: string; remark?: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*\**$/.exec(text);
  const name = (m && m[1].trim() ? m[1] : text)
    .replace(/\s*\(?\*+\)?\s*$/, "")
    .trim();
  const remark =
    m && m[1].trim() && !/^\*+$/.test(m[2].trim()) ? m[2].trim() : undefined;
  return remark ? { name, remark } : { name };
}

/** What differs between a name and the register entry it matched by tone key. */
function describeVariant(name: string, entry: Entry): MatchNote[] {
  const notes: MatchNote[] = entry.isAlias ? ["alias"] : [];
  if (name === entry.text) return notes;
  const pa = plainWords(name);
  const pb = plainWords(entry.text);
  const sa = stripPrefix(pa);
  const sb = stripPrefix(pb);
  if (pa.slice(0, pa.length - sa.length) !== pb.slice(0, pb.length - sb.length))
    notes.push("prefix");
  if (sa !== sb) notes.push("tone-placement");
  const letters = (s: string) =>
    s.normalize("NFC").replace(/[^\p{L}\p{N}]/gu, "");
  if (
    letters(name) !== letters(entry.text) &&
    letters(name).toLowerCase() === letters(entry.text).toLowerCase()
  )
    notes.push("case");
  const sameWords = (s: string) =>
    s
      .normalize("NFC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  if (
    notes.length === (entry.isAlias ? 1 : 0) ||
    sameWords(name) !== sameWords(entry.text)
  ) {
    const squashed = (s: string) =>
      s.normalize("NFC").toLowerCase().replace(/\s+/g, "");
    if (pa === pb)
      notes.push(
        squashed(name) === squashed(entry.text) ? "spacing" : "punctuation",
      );
  }
  return notes.length ? notes : ["punctuation"];
}

/** Syllable initials, with and without the leading `Bộ`/`Ban`, e.g. `bnnptnt` and `nnptnt`. */
function acronymsOf(text: string): string[] {
  const words = foldKey(stripPrefix(plainWords(text)))
    .split(" ")
    .filter((w) => w !== "va" && w !== "");
  const initials = words.map((w) => w[0]).join("");
  const out = [initials];
  if (words.length > 2)
    out.push(
      words
        .slice(1)
        .map((w) => w[0])
        .join(""),
    );
  return out;
}

/** For a name written with abbreviations (`Bộ NN&PTNT`, `TP. HCM`): its letters as syllable initials. */
function abbreviationKey(name: string): string | undefined {
  const words = name
    .normalize("NFC")
    .replace(/[^\p{L}\s]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  const isAbbrev = (w: string) =>
    w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
  if (!words.some(isAbbrev)) return undefined;
  const plain = stripPrefix(plainWords(words.join(" ")));
  const kept = new Set(plain.split(" "));
  const parts = words
    .filter((w) => kept.has(w.toLowerCase()) && w.toLowerCase() !== "và")
    .map((w) => (isAbbrev(w) ? w : w[0]));
  return parts.length ? foldKey(parts.join("")).replace(/\s+/g, "") : undefined;
}

/** One matcher per block, made on first use: `forBlock(undefined)` matches across all blocks. */
export function matcherCache(
  register: AgencyRegister,
): (block?: BlockId) => AgencyMatcher {
  const cache = new Map<BlockId | "all", AgencyMatcher>();
  return (block) => {
    const key = block ?? "all";
    let m = cache.get(key);
    if (!m)
      cache.set(key, (m = new AgencyMatcher(register, block ? { block } : {})));
    return m;
  };
}
