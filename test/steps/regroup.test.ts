/**
 * Issue 21: figures of the 63 provinces carried to the 34 units of 2025. Checked against the
 * register's own predecessor lists (not a table written here): each unit gets the mean of exactly
 * its predecessors' indices and the sum of their counts; other rules, a population weighting, a
 * missing predecessor, and a table already of the 34 units.
 */
import { getRegisters } from "../../src/core/agencies/registerEditions";
import {
  regroupedJson,
  regroupedText,
  regroupText,
} from "../../src/steps/regroup";
import { checkTablesFromText } from "../../src/core/checks/fromRecognised";
import { sfc32 } from "../../src/core/scoring/uncertainty";
import { UserError } from "../../src/core/userError";

const registers = getRegisters();
const from = registers.get("2016");
const to = registers.get("2025");
const provinces = from.inBlock("province");

/** A table of the 63 provinces: an index (4 decimals), a count, and a population. */
function table63(seed: number, drop?: string) {
  const r = sfc32(seed);
  const figures = new Map(
    provinces.map((a) => [
      a.code,
      {
        index: Math.round(r() * 1e4) / 1e4,
        count: Math.floor(r() * 500),
        people: 300_000 + Math.floor(r() * 3_000_000),
      },
    ]),
  );
  const rows = provinces
    .filter((a) => a.code !== drop)
    .map((a, i) => {
      const f = figures.get(a.code)!;
      return [
        i + 1,
        a.name,
        String(f.index.toFixed(4)).replace(".", ","),
        f.count,
        f.people.toLocaleString("de-DE"),
      ].join("\t");
    });
  const text = [
    "Chỉ số và số dịch vụ của các tỉnh năm 2024 (số liệu tự tạo)",
    "TT\tTỉnh, thành phố\tChỉ số\tSố dịch vụ\tDân số",
    ...rows,
  ].join("\n");
  return { text, figures };
}

describe("regroup to the 34 units of 2025", () => {
  const { text, figures } = table63(21);
  const result = regroupText(text, "t.txt", { to: "2025" });

  it("each unit: the mean of exactly its predecessors' indices, the sum of their counts", () => {
    expect(result.units).toHaveLength(34);
    expect(result.columns.map((c) => [c.header, c.rule])).toEqual([
      ["Chỉ số", "mean"],
      ["Số dịch vụ", "sum"],
      ["Dân số", "sum"],
    ]);
    for (const unit of to.inBlock("province")) {
      const got = result.units.find((u) => u.agency.code === unit.code)!;
      const before = unit.predecessors.map((c) => figures.get(c)!);
      expect(got.predecessors.map((p) => p.agency.code)).toEqual(
        unit.predecessors,
      );
      expect(got.values[0]).toBeCloseTo(
        before.reduce((s, f) => s + f.index, 0) / before.length,
        12,
      );
      expect(got.values[1]).toBe(before.reduce((s, f) => s + f.count, 0));
    }
    // Every province of 2016 feeds exactly one unit.
    expect(
      result.units
        .flatMap((u) => u.predecessors.map((p) => p.agency.code))
        .sort(),
    ).toEqual(provinces.map((a) => a.code).sort());
  });

  it("--rule max applies to every column; population weights the indices by the population column", () => {
    const max = regroupText(text, "t.txt", { to: "2025", rule: "max" });
    const weighted = regroupText(text, "t.txt", {
      to: "2025",
      rule: "population",
    });
    expect(weighted.columns.map((c) => c.rule)).toEqual([
      "weighted-mean",
      "sum",
      "sum",
    ]);
    for (const unit of to.inBlock("province")) {
      const before = unit.predecessors.map((c) => figures.get(c)!);
      expect(
        max.units.find((u) => u.agency.code === unit.code)!.values[0],
      ).toBe(Math.max(...before.map((f) => f.index)));
      const people = before.reduce((s, f) => s + f.people, 0);
      expect(
        weighted.units.find((u) => u.agency.code === unit.code)!.values[0],
      ).toBeCloseTo(
        before.reduce((s, f) => s + f.index * f.people, 0) / people,
        12,
      );
    }
  });

  it("the text is a table that reads back as the 34 units of 2025, with the rules said; --json gives each unit's predecessors", () => {
    const out = regroupedText(result, "vi");
    const [t] = checkTablesFromText(out, "ra.txt", registers.latest);
    expect([
      t.block,
      t.edition,
      t.rows.length,
      t.columns[t.roles.value!].header,
    ]).toEqual(["province", "2025", 34, "Chỉ số"]);
    expect(t.rows.every((row) => row.agencies[0]?.agency)).toBe(true);
    expect(out).toMatch(
      /Cách gộp \(mỗi đơn vị từ đúng các đơn vị tiền thân trong danh mục\): trung bình cộng: Chỉ số; tổng: Số dịch vụ, Dân số\./,
    );
    const json = regroupedJson(result);
    const tq = json.find((u) => u.agency === "Tuyên Quang")!;
    expect(tq.predecessors.map((p) => p.agency)).toEqual([
      "Tuyên Quang",
      "Hà Giang",
    ]);
    expect(tq.values["Số dịch vụ"]).toBe(
      tq.predecessors.reduce(
        (s, p) => s + (p.values["Số dịch vụ"] as number),
        0,
      ),
    );
  });

  it("a unit whose predecessor the table does not list has no figures, and says which", () => {
    const { text: short } = table63(22, "T02"); // Hà Giang, merged into Tuyên Quang
    const r = regroupText(short, "t.txt", { to: "2025" });
    const tq = r.units.find((u) => u.agency.name === "Tuyên Quang")!;
    expect([tq.values, tq.missing.map((a) => a.name)]).toEqual([
      [null, null, null],
      ["Hà Giang"],
    ]);
    expect(regroupedText(r, "vi")).toMatch(
      /Tuyên Quang: không tính được vì bảng không có Hà Giang\./,
    );
    expect(
      r.units.filter((u) => u.values.every((v) => v !== null)),
    ).toHaveLength(33);
  });

  it("a table already of the 34 units, or without a population column for that rule, is refused in words", () => {
    const again = regroupedText(result, "vi");
    expect(() => regroupText(again, "t.txt", { to: "2025" })).toThrow(
      UserError,
    );
    expect(() => regroupText(again, "t.txt", { to: "2025" })).toThrow(
      /already lists the units of the 2025 register/,
    );
    const noPeople = text
      .replace(/\tDân số/, "\tGhi chú")
      .replace(/\t[\d.]+$/gm, "\tx");
    expect(() =>
      regroupText(noPeople, "t.txt", { to: "2025", rule: "population" }),
    ).toThrow(/needs a population column/);
  });
});
