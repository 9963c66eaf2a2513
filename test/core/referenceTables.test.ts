/**
 * Every ranked table of the two reference reports, pasted as text: every name resolves to the
 * right agency and every published rank is reproduced, or the difference is reported. The
 * expected differences below were found by reading the tables by hand.
 */
import * as fs from "fs";
import * as path from "path";
import { getRegisters, isResolved } from "../../src/core/agencies";
import { parseRankedTables, rerankTable, RankDifference } from "../../src/core/tables";

const register = getRegisters().get("2016");
const dir = path.join(__dirname, "../fixtures/tables");

type Diff = [agency: string, published: number, recomputed: number | null, reason: RankDifference];
interface Expected {
  block: "ministry" | "government" | "province";
  group: string;
  measure: "index" | "services" | "dossiers";
  /** Number of agencies named; the index and services tables name the whole block. */
  agencies: number;
  differences: Diff[];
  /** Names printed differently from the register, with the agency they must resolve to. */
  variants?: [input: string, code: string][];
}

const MINISTRY_SERVICES: Diff[] = [
  ["Bộ Xây dựng", 17, 16, "tie-ranked-apart"], // 4 services, like Bộ Tài nguyên và Môi trường at 16
  ["Thanh tra Chính phủ", 19, 18, "rank-differs"], // rank 18 skipped
  ["Ủy ban Dân tộc", 19, 18, "rank-differs"],
];
const PROVINCE_SERVICES: Diff[] = [
  ["Bắc Giang", 15, 14, "tie-ranked-apart"], // 324, like An Giang at 14
  ["Quảng Nam", 42, 41, "tie-ranked-apart"], // 35, like Lào Cai at 41
  ["Thanh Hóa", 58, 57, "tie-ranked-apart"], // 1, like Vĩnh Long at 57
  ...["Bạc Liêu", "Bắc Kạn", "Cao Bằng", "Hòa Bình", "Trà Vinh"].map((a): Diff => [a, 63, null, "no-data-ranked"]),
];
const TIES_NUMBERED_IN_SEQUENCE: Diff[] = [
  "Bộ Giáo dục và Đào tạo", "Bộ Giao thông vận tải", "Bộ Kế hoạch và Đầu tư", "Bộ Khoa học và Công nghệ",
  "Bộ Lao động, Thương binh và Xã hội", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Ngoại giao", "Bộ Tài chính",
  "Bộ Tư pháp", "Bộ Thông tin và Truyền thông", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Xây dựng", "Bộ Y tế",
  "Ngân hàng Nhà nước Việt Nam",
].map((a, i): Diff => [a, i + 2, 1, "tie-ranked-apart"]);
const PROVINCES_WITHOUT_DOSSIER_FIGURES = 40;

const EXPECTED: Record<string, Expected> = {
  "000-bang-2.1.txt": { block: "ministry", group: "N1", measure: "index", agencies: 19, differences: [], variants: [["Bộ Lao động, Thương binh và Xã Hội", "BO-LDTBXH"]] },
  "000-bang-2.3.txt": { block: "ministry", group: "N2", measure: "index", agencies: 19, differences: [] },
  "000-bang-2.4.txt": { block: "ministry", group: "N3", measure: "index", agencies: 19, differences: [] },
  "000-bang-2.6.txt": { block: "ministry", group: "N4", measure: "services", agencies: 19, differences: MINISTRY_SERVICES },
  "000-bang-2.7.txt": {
    block: "ministry", group: "N4", measure: "dossiers", agencies: 17,
    differences: [
      ["Bộ Giao thông vận tải", 12, null, "no-data-ranked"], ["Bộ Nội vụ", 13, null, "no-data-ranked"], ["Bộ Khoa học và Công nghệ", 14, null, "no-data-ranked"],
      ["Bộ Giáo dục và Đào tạo", 17, null, "no-data-ranked"], ["Bộ Tài nguyên và Môi trường", 17, null, "no-data-ranked"], ["Bộ Xây dựng", 17, null, "no-data-ranked"],
    ],
  },
  "000-bang-2.8.txt": { block: "ministry", group: "N5", measure: "index", agencies: 19, differences: [] },
  "000-bang-2.9.txt": { block: "ministry", group: "N6", measure: "index", agencies: 19, differences: [] },
  "000-bang-3.1.txt": { block: "government", group: "N1", measure: "index", agencies: 8, differences: [] },
  "000-bang-3.2.txt": { block: "government", group: "N2", measure: "index", agencies: 8, differences: [] },
  "000-bang-3.3.txt": { block: "government", group: "N3", measure: "index", agencies: 8, differences: [] },
  "000-bang-3.5.txt": { block: "government", group: "N5", measure: "index", agencies: 8, differences: [] },
  "000-bang-3.6.txt": { block: "government", group: "N6", measure: "index", agencies: 8, differences: [] },
  "000-bang-4.1.txt": { block: "province", group: "N1", measure: "index", agencies: 63, differences: [], variants: [["Hung Yên", "T33"], ["Thừa Thiên - Huế", "T46"]] },
  "000-bang-4.3.txt": { block: "province", group: "N2", measure: "index", agencies: 63, differences: [], variants: [["Đông Tháp", "T87"], ["Đông Nai", "T75"], ["Phủ Thọ", "T25"]] },
  "000-bang-4.4.txt": { block: "province", group: "N3", measure: "index", agencies: 63, differences: [], variants: [["Lang Son", "T20"]] },
  "000-bang-4.7.txt": { block: "province", group: "N4", measure: "services", agencies: 63, differences: PROVINCE_SERVICES },
  "000-bang-4.8.txt": { block: "province", group: "N4", measure: "dossiers", agencies: 63, differences: [] /* checked below */ },
  "000-bang-4.9.txt": { block: "province", group: "N5", measure: "index", agencies: 63, differences: [], variants: [["Bên Tre", "T83"]] },
  "000-bang-4.11.txt": { block: "province", group: "N6", measure: "index", agencies: 63, differences: [["TP. Hải Phòng", 48, 47, "tie-ranked-apart"]], variants: [["Phù Thọ", "T25"]] },
  "001-phu-luc-ii-bang-1.txt": { block: "ministry", group: "N1", measure: "index", agencies: 19, differences: TIES_NUMBERED_IN_SEQUENCE },
  "001-phu-luc-ii-bang-2.txt": { block: "government", group: "N1", measure: "index", agencies: 8, differences: [] },
  "001-phu-luc-ii-bang-3.txt": { block: "ministry", group: "N3", measure: "index", agencies: 19, differences: [] },
  "001-phu-luc-ii-bang-4.txt": { block: "ministry", group: "N4", measure: "services", agencies: 19, differences: MINISTRY_SERVICES },
  "001-phu-luc-ii-bang-5.txt": { block: "province", group: "N1", measure: "index", agencies: 63, differences: [] },
  "001-phu-luc-ii-bang-6.txt": { block: "province", group: "N3", measure: "index", agencies: 63, differences: [] },
  "001-phu-luc-ii-bang-7.txt": { block: "province", group: "N4", measure: "services", agencies: 63, differences: PROVINCE_SERVICES, variants: [["Hung Yên", "T33"]] },
};

const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");

it("has an expectation for every table fixture", () => {
  expect(fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(Object.entries(EXPECTED))("%s", (file, expected) => {
  const parsed = parseRankedTables(read(file), register);
  const table = parsed.tables[0];
  const reranked = table && rerankTable(table);

  it("is read as one ranked table of the right block, group and measure", () => {
    expect(parsed.problem).toBeUndefined();
    expect(parsed.tables).toHaveLength(1);
    expect({ block: table.block, group: table.group, measure: table.measure }).toEqual({ block: expected.block, group: expected.group, measure: expected.measure });
  });

  it("resolves every name to a distinct agency of the block", () => {
    const matches = table.rows.flatMap((r) => r.agencies);
    expect(matches.filter((m) => !isResolved(m)).map((m) => m.input)).toEqual([]);
    const codes = matches.map((m) => m.agency!.code);
    expect(codes).toHaveLength(expected.agencies);
    expect(new Set(codes).size).toBe(codes.length);
    expect(matches.every((m) => m.agency!.block === expected.block)).toBe(true);
    if (expected.agencies === register.inBlock(expected.block, { evaluatedOnly: true }).length) {
      expect(new Set(codes)).toEqual(new Set(register.inBlock(expected.block, { evaluatedOnly: true }).map((a) => a.code)));
    }
  });

  it("resolves the names printed differently to the right agency, and reports them", () => {
    for (const [input, code] of expected.variants ?? []) {
      const m = table.rows.flatMap((r) => r.agencies).find((x) => x.input.trim() === input);
      expect(m).toMatchObject({ agency: { code } });
      expect(m!.status).not.toBe("exact");
    }
  });

  it("reproduces every published rank, or reports the difference", () => {
    const diffs = reranked.rows.filter((r) => r.difference).map((r): Diff => [r.agency, r.publishedRank!, r.rank, r.difference!]);
    if (file === "000-bang-4.8.txt") {
      expect(diffs).toHaveLength(PROVINCES_WITHOUT_DOSSIER_FIGURES);
      expect(diffs.every(([, published, rank, reason]) => published === 63 && rank === null && reason === "no-data-ranked")).toBe(true);
      return;
    }
    const key = (d: Diff) => d[0];
    expect([...diffs].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected.differences].sort((a, b) => key(a).localeCompare(key(b))));
    expect(reranked.differences).toBe(expected.differences.length);
  });
});

describe("details of the reference tables", () => {
  it("skips the repeated header after a page break and the Tổng cộng row", () => {
    const [t] = parseRankedTables(read("000-bang-4.7.txt"), register).tables;
    expect(t.rows.map((r) => r.publishedRank.value)).not.toContain(null);
    expect(t.total?.cells.slice(2)).toEqual(["10.309", "1.100", "11.409"]);
  });

  it("reads website columns and sees the swapped Bắc Giang / Bắc Kạn addresses of Bảng 4.4", () => {
    const [t] = parseRankedTables(read("000-bang-4.4.txt"), register).tables;
    const row = t.rows.find((r) => r.agencies[0].agency?.code === "T24")!;
    expect(row.website).toBe("backan.gov.vn");
    expect(register.byDomain(row.website!)?.code).toBe("T06");
  });

  it("ordinal ranking with Vietnamese alphabetical tie-breaks reproduces the sequential ranks of Phụ lục II, Bảng 1", () => {
    const [t] = parseRankedTables(read("001-phu-luc-ii-bang-1.txt"), register).tables;
    expect(rerankTable(t, "ordinal").differences).toBe(0);
  });

  it("lists tied agencies in Vietnamese alphabetical order, as the report does (Bảng 2.1)", () => {
    const [t] = parseRankedTables(read("000-bang-2.1.txt"), register).tables;
    const tiedAtOne = rerankTable(t).rows.filter((r) => r.rank === 1).map((r) => r.agency);
    const published = t.rows.filter((r) => r.publishedRank.value === 1).map((r) => r.agencies[0].agency!.name);
    expect(tiedAtOne).toEqual(published);
  });

  it("reads the values of Bảng 2.7 that are figures and marks the prose as missing", () => {
    const [t] = parseRankedTables(read("000-bang-2.7.txt"), register).tables;
    expect(t.rows[0].value.value).toBe(21463626);
    expect(t.rows.find((r) => r.publishedRank.value === 12)!.value).toMatchObject({ value: null, missingReason: "no-data" });
  });

  it("finds no ranked table in prose, and says why in Vietnamese and English", () => {
    const r = parseRankedTables("Báo cáo đánh giá mức độ ứng dụng CNTT năm 2016.\nKhông có bảng.", register);
    expect(r.tables).toEqual([]);
    expect(r.problem?.vi).toMatch(/Không tìm thấy bảng xếp hạng/);
    expect(r.problem?.en).toMatch(/No ranked table found/);
  });

  it("does not take a numbered list (TT/STT) for published ranks: the values are ranked, nothing is said to be published", () => {
    const text = read("000-bang-2.1.txt").replace(/^Thứ hạng/m, "STT");
    const [t] = parseRankedTables(text, register).tables;
    expect(t.recognised.columns[0]).toMatchObject({ header: "STT", role: "row-number" });
    expect(t.columns.rank).toBeUndefined();
    const rows = rerankTable(t).rows;
    expect(rows.every((r) => r.publishedRank === null && r.difference === undefined)).toBe(true);
    expect(rows.filter((r) => r.rank === 1)).toHaveLength(15); // the 15 ministries at 1,000 share rank 1
  });
});
