/**
 * Vietnamese text keys for matching and sorting.
 *
 * Tone marks may sit on different vowels in old and new spelling (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`):
 * `toneKey` takes the tone off the vowel and puts it at the end of the syllable, so both
 * spellings get the same key. `foldKey` drops every diacritic, for names typed without them.
 */
import lookalikes from "./lookalikes.json";

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ALL_MARKS = /[\u0300-\u036f]/g;
const TONE_ORDER = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]; // ngang huyền hỏi ngã sắc nặng

const LOOKALIKE: Record<string, string> = lookalikes.map;
const LOOKALIKE_CHARS = new RegExp(
  `[${Object.keys(LOOKALIKE).join("")}]`,
  "gu",
);

/** Cyrillic and Greek letters that look like Latin ones (OCR, copy-paste) as the Latin letter. */
export function foldLookalikes(text: string): string {
  return text
    .normalize("NFD")
    .replace(LOOKALIKE_CHARS, (c) => LOOKALIKE[c])
    .normalize("NFC");
}

/** Lower case, NFC, look-alike letters folded, punctuation and hyphens as spaces, single spaces. */
export function plainWords(text: string): string {
  return foldLookalikes(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Syllable-wise key with each tone moved to the end of its syllable, as a digit (`hoà`, `hòa` → `hoa1`). */
export function toneKey(text: string): string {
  return plainWords(text)
    .split(" ")
    .map((syllable) => {
      const nfd = syllable.normalize("NFD");
      const tones = (nfd.match(TONE_MARKS) ?? []).map((t) =>
        TONE_ORDER.indexOf(t),
      );
      return nfd.replace(TONE_MARKS, "").normalize("NFC") + tones.join("");
    })
    .join(" ");
}

/** Key without any diacritic: `Đồng Tháp`, `Đông Tháp` and `Dong Thap` all give `dong thap`. */
export function foldKey(text: string): string {
  return plainWords(text)
    .normalize("NFD")
    .replace(ALL_MARKS, "")
    .replace(/đ/g, "d");
}

// Vietnamese alphabetical order: digraphs are letters of their own (N < NG < NGH < NH, T < TH < TR),
// as in the published tables, where `Bộ Nông nghiệp` precedes `Bộ Ngoại giao` and `Bộ Tư pháp` precedes `Bộ Thông tin`.
const LETTERS =
  "a ă â b c ch d đ e ê g gh gi h i k kh l m n ng ngh nh o ô ơ p ph q qu r s t th tr u ư v x y".split(
    " ",
  );
const LETTER_RANK = new Map(LETTERS.map((l, i) => [l, i]));
const DIGRAPHS = LETTERS.filter((l) => l.length > 1).sort(
  (a, b) => b.length - a.length,
);

/** A sort key comparing base letters first (with digraphs), then tones, then the raw text. */
export function vietnameseSortKey(text: string): string {
  const words = plainWords(text).split(" ");
  const base: string[] = [];
  const tones: string[] = [];
  for (const word of words) {
    const nfd = word.normalize("NFD");
    const tone = (nfd.match(TONE_MARKS) ?? [""])[0];
    const letters = nfd.replace(TONE_MARKS, "").normalize("NFC");
    tones.push(String(TONE_ORDER.indexOf(tone)));
    let i = 0;
    const codes: string[] = [];
    while (i < letters.length) {
      // "gi" and "qu" are letters only at the start of a syllable.
      const digraph = DIGRAPHS.find(
        (d) =>
          letters.startsWith(d, i) && (i === 0 || (d !== "gi" && d !== "qu")),
      );
      const letter = digraph ?? letters[i];
      const rank = LETTER_RANK.get(letter);
      codes.push(
        rank === undefined ? `~${letter}` : String.fromCharCode(0x100 + rank),
      );
      i += letter.length;
    }
    base.push(codes.join(""));
  }
  return `${base.join(" ")}\u0001${tones.join("")}`;
}

/** Compares two names in Vietnamese alphabetical order. */
export function compareVietnamese(a: string, b: string): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Damerau–Levenshtein distance (adjacent transpositions), for names typed slightly wrong. */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rows of typed integers and plain comparisons: this runs for every fuzzy match.
  let prev2 = new Int32Array(m + 1);
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (
        j > 1 &&
        ai === b.charCodeAt(j - 2) &&
        aPrev === bj &&
        prev2[j - 2] + 1 < v
      )
        v = prev2[j - 2] + 1;
      cur[j] = v;
    }
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}
