import fc from "fast-check";
import { AgencyMatcher, getRegisters, isResolved, parseRegister, splitAgencyCell } from "../../src/core/agencies";
import registerData from "../../src/core/agencies/data/register2016.json";

const register = getRegisters().get("2016");
const matcher = new AgencyMatcher(register);
const codeOf = (name: string) => matcher.match(name).agency?.code;

describe("the 2016 agency register", () => {
  it("holds the 22 ministries (3 not evaluated), 8 government agencies and 63 provinces", () => {
    expect(register.inBlock("ministry")).toHaveLength(22);
    expect(register.inBlock("ministry", { evaluatedOnly: true })).toHaveLength(19);
    expect(register.inBlock("ministry").filter((a) => !a.evaluated).map((a) => a.name).sort()).toEqual(["Bộ Công an", "Bộ Quốc phòng", "Văn phòng Chính phủ"]);
    expect(register.inBlock("government")).toHaveLength(8);
    expect(register.inBlock("province")).toHaveLength(63);
    expect(register.inBlock("province").filter((a) => a.name.startsWith("TP. "))).toHaveLength(5);
  });

  it("has a validity period: the 63 provinces end with the 2025 merger", () => {
    expect(register.inBlock("province", { on: "2016-12-31" })).toHaveLength(63);
    expect(register.inBlock("province", { on: "2025-07-01" })).toHaveLength(0);
    expect(register.inBlock("ministry", { on: "2025-06-01" }).map((a) => a.code)).not.toContain("BO-TTTT");
  });

  it("gives every agency a unique code and every domain one owner", () => {
    const codes = register.agencies.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    const domains = register.agencies.flatMap((a) => a.domains);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it("finds the agency that owns a website address", () => {
    expect(register.byDomain("http://www.mic.gov.vn")?.code).toBe("BO-TTTT");
    expect(register.byDomain("backan.gov.vn")?.name).toBe("Bắc Kạn");
    expect(register.byDomain("thai binh.gov.vn")?.name).toBe("Thái Bình");
    expect(register.byDomain("example.com")).toBeUndefined();
  });

  it("rejects invalid register data with zod", () => {
    const broken = structuredClone(registerData) as { agencies: { code: string }[] };
    broken.agencies[1].code = broken.agencies[0].code;
    expect(() => parseRegister(broken)).toThrow(/duplicate code/);
    expect(() => parseRegister({ edition: "x", blocks: [], agencies: [{ code: "lower", name: "X", block: "ministry", validFrom: "2016" }] })).toThrow();
  });
});

describe("agency name matching", () => {
  it.each([
    ["Bộ Công Thương", "BO-CT", "exact", []],
    ["Khánh Hoà", "T56", "variant", ["tone-placement"]],
    ["Thanh Hoá", "T38", "variant", ["tone-placement"]],
    ["Uỷ ban Dân tộc", "UBDT", "variant", ["tone-placement"]],
    ["Đà Nẵng", "T48", "variant", ["prefix"]],
    ["Thành phố Hồ Chí Minh", "T79", "variant", ["prefix"]],
    ["UBND Thành phố Hà Nội", "T01", "variant", ["prefix"]],
    ["TP Cần Thơ", "T92", "variant", ["punctuation"]],
    ["Thừa Thiên - Huế", "T46", "variant", ["punctuation"]],
    ["Bà Rịa–Vũng Tàu", "T77", "variant", ["punctuation"]],
    ["Bộ Lao động, Thương binh và Xã Hội", "BO-LDTBXH", "variant", ["case"]],
    ["bộ tài chính", "BO-TC", "variant", ["case"]],
  ])("%s → %s (%s)", (input, code, status, notes) => {
    const m = matcher.match(input);
    expect(m.agency?.code).toBe(code);
    expect(m.status).toBe(status);
    expect(m.confidence).toBe(1);
    expect(m.notes).toEqual(notes);
  });

  it("handles Unicode NFD input the same as NFC", () => {
    expect(matcher.match("Khánh Hòa".normalize("NFD"))).toMatchObject({ status: "exact", agency: { code: "T56" } });
  });

  it.each([
    ["Bộ NN&PTNT", "BO-NNPTNT"],
    ["Bộ TT&TT", "BO-TTTT"],
    ["Bộ VH, TT & DL", "BO-VHTTDL"],
    ["Bộ GD&ĐT", "BO-GDDT"],
    ["Bộ KH&CN", "BO-KHCN"],
    ["Bộ TN&MT", "BO-TNMT"],
    ["Bộ LĐ-TB&XH", "BO-LDTBXH"],
    ["Bộ GTVT", "BO-GTVT"],
    ["NHNN", "NHNN"],
    ["TTXVN", "CP-TTXVN"],
    ["BHXH VN", "CP-BHXH"],
    ["TP. HCM", "T79"],
    ["Bộ KHĐT", "BO-KHDT"],
  ])("abbreviation %s → %s", (input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it("resolves an abbreviation it has no alias for, from syllable initials", () => {
    const m = matcher.match("Bộ XD");
    expect(m).toMatchObject({ status: "variant", agency: { code: "BO-XD" }, notes: ["abbreviation"] });
    expect(m.confidence).toBeLessThan(1);
  });

  it.each([
    ["Hung Yên", "T33"],
    ["Đông Tháp", "T87"],
    ["Đông Nai", "T75"],
    ["Phủ Thọ", "T25"],
    ["Phù Thọ", "T25"],
    ["Bên Tre", "T83"],
    ["Lang Son", "T20"],
    ["Ha Noi", "T01"],
  ])("misspelt diacritics %s → %s, reported with confidence below 1", (input, code) => {
    const m = matcher.match(input);
    expect(m).toMatchObject({ status: "variant", agency: { code }, notes: ["diacritics"] });
    expect(m.confidence).toBeLessThan(1);
  });

  it("accepts a near typo as fuzzy, with its confidence, and lists the candidate", () => {
    const m = matcher.match("Bộ Giao thông vân tải");
    expect(m.agency?.code).toBe("BO-GTVT");
    const typo = matcher.match("Quảng Ngải Tỉnh");
    expect(["fuzzy", "ambiguous", "unknown"]).toContain(typo.status);
    const t = matcher.match("Binh Duongg");
    expect(t).toMatchObject({ status: "fuzzy", agency: { code: "T74" }, notes: ["typo"] });
    expect(t.confidence).toBeGreaterThanOrEqual(0.8);
    expect(t.confidence).toBeLessThan(1);
  });

  it("never accepts a low or ambiguous match silently", () => {
    const far = matcher.match("Sở Kế hoạch tỉnh X");
    expect(isResolved(far)).toBe(false);
    expect(far.agency).toBeUndefined();
    // Two letters swapped: taken as Hà Nam, but as a typo below full confidence, never silently.
    const close = matcher.match("Hà Nma");
    expect(close).toMatchObject({ status: "fuzzy", agency: { name: "Hà Nam" }, notes: ["typo"] });
    expect(close.confidence).toBeLessThan(1);
    const quang = matcher.match("Quảng");
    expect(isResolved(quang)).toBe(false);
    expect(quang.candidates.length).toBeGreaterThan(0);
  });

  it("is not fooled by a total row", () => {
    expect(isResolved(matcher.match("<b>Tổng cộng</b>"))).toBe(false);
  });

  it("takes off a parenthetical remark and keeps it", () => {
    const m = matcher.match("Thanh tra Chính phủ (do đặc thù nên chưa thực hiện)");
    expect(m).toMatchObject({ status: "exact", agency: { code: "TTCP" }, remark: "do đặc thù nên chưa thực hiện" });
  });

  it("matches only within the block it is given", () => {
    const provinces = new AgencyMatcher(register, { block: "province" });
    expect(isResolved(provinces.match("Bộ Tài chính"))).toBe(false);
  });

  it("property: every canonical name matches itself exactly, in NFC or NFD, any case", () => {
    fc.assert(
      fc.property(fc.constantFrom(...register.agencies), fc.boolean(), fc.boolean(), (agency, nfd, upper) => {
        let text = upper ? agency.name.toUpperCase() : agency.name;
        text = nfd ? text.normalize("NFD") : text;
        const m = matcher.match(text);
        expect(m.agency?.code).toBe(agency.code);
        expect(m.confidence).toBe(1);
      }),
    );
  });

  it("property: names stripped of every diacritic still resolve, with confidence < 1", () => {
    const strip = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    fc.assert(
      fc.property(fc.constantFrom(...register.agencies.filter((a) => strip(a.name) !== a.name)), (agency) => {
        const m = matcher.match(strip(agency.name));
        expect(m.agency?.code).toBe(agency.code);
        expect(m.confidence).toBeLessThan(1);
      }),
    );
  });
});

describe("cells naming several agencies", () => {
  it("splits on commas when the pieces are agencies", () => {
    expect(splitAgencyCell("Bạc Liêu, Bắc Kạn, Cao Bằng, Hòa Bình, Trà Vinh", matcher).map((m) => m.agency?.code)).toEqual(["T95", "T06", "T04", "T17", "T84"]);
  });
  it("keeps a name that contains a comma whole", () => {
    expect(splitAgencyCell("Bộ Văn hóa, Thể thao và Du lịch", matcher).map((m) => m.agency?.code)).toEqual(["BO-VHTTDL"]);
    expect(splitAgencyCell("Bộ Lao động, Thương binh và Xã hội, Bộ Y tế", matcher).map((m) => m.agency?.code)).toEqual(["BO-LDTBXH", "BO-YT"]);
  });
  it("always splits on semicolons", () => {
    const parts = splitAgencyCell("Thanh tra Chính phủ (do đặc thù nên chưa thực hiện); Ủy ban Dân tộc", matcher);
    expect(parts.map((m) => m.agency?.code)).toEqual(["TTCP", "UBDT"]);
  });
  it("keeps an unknown piece as unresolved rather than dropping it", () => {
    const parts = splitAgencyCell("Bắc Kạn; Tỉnh Không Tồn Tại", matcher);
    expect(parts).toHaveLength(2);
    expect(isResolved(parts[1])).toBe(false);
  });
});

describe("kinds of agency the register does not list", () => {
  it("`Sở Nội vụ` is not `Bộ Nội vụ` misspelt: it stays unknown", () => {
    const m = new AgencyMatcher(register);
    for (const name of ["Sở Nội vụ", "Sở Tài chính", "UBND huyện Nhơn Trạch", "Phòng Tư pháp"])
      expect(m.match(name)).toMatchObject({ status: "unknown" });
    expect(m.match("Bộ Nôi vụ")).toMatchObject({ agency: { code: "BO-NV" } });
  });
});
