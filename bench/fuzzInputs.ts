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
        if (e.kind === "tabs-to-spaces") lines[i] = lines[i].replace(/\t/g, " ");
        if (lines.length === 0) lines.push("");
      }
      return lines.join("\n");
    });
}
