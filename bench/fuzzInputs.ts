/**
 * Generated pastes for the fuzz: random runs of the pieces real pastes are made of (tabs, line
 * breaks, figures, names, HTML, brackets, look-alike letters), arbitrary text, and reference
 * tables damaged at random. Shared by the fuzz test (a few hundred inputs) and `npm run fuzz`
 * (10,000 and more, timed).
 */
import fc from "fast-check";

export const PIECES = [
  "\t", "\n", "\n\n", " ", "  ", "1", "17", "0,633", "1.000", "94,73%", "18/19", "(0,727)", "17 (0,633)", "-", "--", "x", "…",
  "Thứ hạng", "Xếp hạng 2011", "TT", "Tỉnh, thành phố", "Năm 2017", "Quý I/2018", "Tổng cộng", "Tổng 3, 4", "Mức độ 3",
  "Tỷ lệ", "Hà Giang", "TP. Hồ Chí Minh", "Bộ TT&TT", "Bạc Liêu, Bắc Kạn", "Thanh tra Chính phủ (ghi chú)", "Хếp",
  "<td>", "</td>", "<tr>", "<table>", "</table>", "| a |", "|---|", "**Bảng 2.1.**", "www.angiang.gov.vn", "Chưa có",
]; // prettier-ignore

export const pieces = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 120 })
  .map((p) => p.join(""));

export const arbitraryText = fc.string({ maxLength: 400 });

const DAMAGE = ["drop", "double", "cut", "swap", "tabs-to-spaces"] as const;

/** A reference table with lines dropped, doubled, cut or swapped. */
export function damaged(fixtures: string[]): fc.Arbitrary<string> {
  return fc
    .record({
      table: fc.nat(fixtures.length - 1),
      edits: fc.array(
        fc.record({
          kind: fc.constantFrom(...DAMAGE),
          at: fc.nat(),
          len: fc.nat(40),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    })
    .map(({ table, edits }) => {
      const lines = fixtures[table].split("\n");
      for (const e of edits) {
        const i = e.at % lines.length;
        if (e.kind === "drop") lines.splice(i, 1);
        if (e.kind === "double") lines.splice(i, 0, lines[i]);
        if (e.kind === "cut") lines[i] = lines[i].slice(0, e.len);
        if (e.kind === "swap" && i + 1 < lines.length)
          [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
        if (e.kind === "tabs-to-spaces")
          lines[i] = lines[i].replace(/\t/g, " ");
        if (lines.length === 0) lines.push("");
      }
      return lines.join("\n");
    });
}

const NAMES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Quảng Ninh", "Bắc Ninh", "Nghệ An", "Thanh Hóa", "Lào Cai", "Sơn La"]; // prettier-ignore

/** A table of whole numbers, 3 to 20 rows, 10 to 160 columns: relation search on wide tables. */
export const wideTables = fc
  .record({
    rows: fc.integer({ min: 3, max: 20 }),
    columns: fc.integer({ min: 10, max: 160 }),
    seed: fc.nat(),
  })
  .map(({ rows, columns, seed }) => {
    const header = [
      "TT",
      "Tỉnh",
      ...Array.from({ length: columns }, (_, i) => `Chỉ tiêu ${i + 1}`),
    ];
    const body = Array.from({ length: rows }, (_, r) => [
      String(r + 1),
      NAMES[r % NAMES.length],
      ...Array.from({ length: columns }, (_, c) =>
        String(((seed + r * 31 + c * 17) * 2654435761) % 997),
      ),
    ]);
    return [header, ...body].map((l) => l.join("\t")).join("\n");
  });

/** HTML with rowspan and colspan on many rows, spans up to 1,000. */
export const spannedHtml = fc
  .record({
    rows: fc.integer({ min: 5, max: 300 }),
    span: fc.integer({ min: 1, max: 1000 }),
  })
  .map(({ rows, span }) => {
    const tr = (i: number) =>
      `<tr><td rowspan="${(i % 3) + 1}">${NAMES[i % NAMES.length]}</td><td colspan="${i % 7 === 0 ? span : 2}">${i}</td><td>0,${i % 10}</td></tr>`;
    return [
      "<table>",
      `<tr><th colspan="${span}">Bảng</th></tr>`,
      ...Array.from({ length: rows }, (_, i) => tr(i)),
      "</table>",
    ].join("\n");
  });

/** One long line of cells: tabs or spaces, 1,000 to 300,000 characters (over the limit refused). */
export const longLines = fc
  .record({
    length: fc.integer({ min: 1_000, max: 300_000 }),
    sep: fc.constantFrom("\t", " "),
  })
  .map(
    ({ length, sep }) =>
      `Xếp hạng${sep}Tỉnh${sep}Chỉ số\n${`1${sep}`.repeat(Math.floor(length / 2))}`,
  );

/** Figures with 0 to 400 decimals, and at the ends of the double range, in a small ranking. */
export const extremeFigures = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 400 }).map((d) => `0,${"0".repeat(d)}1`),
      fc.constantFrom(
        "1e308",
        "-1e308",
        "9".repeat(400),
        "-0",
        "0,0",
        "1.000.000.000.000.000.000.000",
        "5e-324",
        "Infinity",
        "NaN",
      ),
    ),
    { minLength: 3, maxLength: 8 },
  )
  .map((values) =>
    [
      "Xếp hạng\tTỉnh, thành phố\tChỉ số năm 2016",
      ...values.map((v, i) => `${i + 1}\t${NAMES[i % NAMES.length]}\t${v}`),
    ].join("\n"),
  );

/** Every generator, by the name `npm run fuzz` reports it under; the fuzz test runs each too. */
export function fuzzKinds(fixtures: string[]) {
  return {
    pieces,
    arbitraryText,
    damaged: damaged(fixtures),
    wideTables,
    spannedHtml,
    longLines,
    extremeFigures,
  };
}
