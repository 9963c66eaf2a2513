import { formatProblems, getPreset, PRESET_IDS, validateMethodology } from "../../src/core/methodology";

describe("shipped methodologies", () => {
  it.each(PRESET_IDS)("%s is valid", (id) => {
    const m = getPreset(id);
    expect(m.id).toBe(id);
    expect(validateMethodology(m).ok).toBe(true);
  });
  it("the default is labelled as an editable reconstruction, with six groups and the 200-point infrastructure group", () => {
    const m = getPreset("mac-dinh-tai-dung");
    expect(m.reconstruction).toBe(true);
    expect(m.description.vi).toMatch(/TÁI DỰNG/);
    expect(m.groups.map((g) => g.id)).toEqual(["N1", "N2", "N3", "N4", "N5", "N6"]);
    const infra = m.groups[0];
    expect(infra.criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(200);
    expect(infra.criteria.map((c) => [c.rule?.type, c.maxPoints])).toEqual([
      ["ratio", 20], ["ratio", 20], ["relative-to-best", 40], ["ratio", 45], ["count-capped", 5], ["tiers", 70],
    ]);
    const rules = new Set(m.groups.flatMap((g) => g.criteria.map((c) => c.rule?.type)));
    expect(rules).toEqual(new Set(["ratio", "relative-to-best", "yes-no", "count-capped", "tiers"]));
  });
  it("MIC 2016 enters group indices and ranks online services by the count of level 3 + 4", () => {
    const m = getPreset("mic-2016");
    expect(m.groups.map((g) => g.source)).toEqual(["index", "index", "index", "count", "index", "index"]);
    expect(m.groups[3].countOf).toEqual(["N4.1", "N4.2"]);
    expect(m.overall.method).toBe("none");
  });
  it("UN EGDI standardises by z-score and rescales each composite by min-max; HCI weights 1/3, 2/9, 2/9, 2/9", () => {
    const m = getPreset("un-egdi");
    expect(m.groups.every((g) => g.rescale === "min-max" && g.criteria.every((c) => c.rule?.type === "z-score"))).toBe(true);
    expect(m.groups[2].criteria.map((c) => c.maxPoints)).toEqual([1 / 3, 2 / 9, 2 / 9, 2 / 9]);
  });
});

describe("an invalid methodology", () => {
  const broken = () => structuredClone(getPreset("mac-dinh-tai-dung")) as unknown as Record<string, any>;

  it("lists every problem at once, with where it is, in Vietnamese and English", () => {
    const m = broken();
    m.groups[1].criteria[0].maxPoints = -3;
    m.groups[2].weight = "x";
    m.groups[0].criteria[5].rule.tiers[1].atLeast = 0;
    m.groups[3].criteria[0].rule = { type: "magic" };
    delete m.groups[4].name;
    m.groups[5].criteria[1].id = m.groups[5].criteria[0].id;
    const r = validateMethodology(m);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p]));
    expect(byPath["groups.1.criteria.0.maxPoints"].where.vi).toBe("Nhóm 2 (N2) › Tiêu chí 1 (N2.1) › điểm tối đa");
    expect(byPath["groups.1.criteria.0.maxPoints"].message).toEqual({ vi: "phải > 0", en: "must be > 0" });
    expect(byPath["groups.2.weight"].message.vi).toBe('phải là một số (đang là "x")');
    expect(byPath["groups.3.criteria.0.rule.type"].message.en).toMatch(/unknown scoring rule type/);
    expect(byPath["groups.4.name"].message.vi).toBe("thiếu giá trị bắt buộc");
    expect(byPath["groups.0.criteria.5.rule.tiers.1.atLeast"].message.vi).toBe("các ngưỡng phải tăng dần");
    expect(byPath["groups.5.criteria.1.id"].message.vi).toMatch(/bị trùng/);
    expect(r.problems).toHaveLength(6);
    expect(formatProblems(r.problems)).toMatch(/^- Nhóm 2 \(N2\) › Tiêu chí 1 \(N2\.1\) › điểm tối đa: phải > 0\n {2}\(Group 2 \(N2\) › Criterion 1 \(N2\.1\) › maximum points: must be > 0\)/);
  });

  it.each([
    ["a count group without counted criteria", (m: any) => { m.groups[3].source = "count"; }, "đếm theo"],
    ["z-scores without min-max rescaling", (m: any) => { m.groups[0].criteria[0].rule = { type: "z-score" }; }, "chuẩn hóa lại"],
    ["an overall with no weighted group", (m: any) => { m.groups.forEach((g: any) => (g.weight = 0)); }, "chỉ số tổng hợp"],
    ["an unknown overall method", (m: any) => { m.overall.method = "median"; }, "cách tính"],
    ["a tier worth more than its criterion", (m: any) => { m.groups[0].criteria[5].rule.tiers[1].points = 99; }, "điểm"],
  ])("is refused: %s", (_label, mutate, where) => {
    const m = broken();
    mutate(m);
    const r = validateMethodology(m);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.problems.map((p) => p.where.vi).join(" | ")).toContain(where);
  });
});
