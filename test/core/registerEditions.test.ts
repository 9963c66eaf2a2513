import * as fs from "fs";
import * as path from "path";
import { AgencyMatcher, EditionsSchema, getRegisters, parseEditions, shippedRegisterData } from "../../src/core/agencies";
import register2016 from "../../src/core/agencies/data/register2016.json";
import register2025 from "../../src/core/agencies/data/register2025.json";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { readTables } from "../../src/core/tables/readTables";
import { cellsPerLine, excerpt, reorder, spaceSeparated, splitFixture } from "../helpers/reshape";

const registers = getRegisters();
const r2016 = registers.get("2016");
const r2025 = registers.get("2025");
const shape = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/shapes", f), "utf8");
const table = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/tables", f), "utf8");
const dti2025 = shape("dti-2025-tinh.txt");
const check = (text: string, edition?: string) => {
  const tables = checkTablesFromText(text, "dan.txt", registers.latest, edition ? { edition } : {});
  return { tables, findings: runChecks(tables, registers.latest).findings };
};
const registerFindings = <F extends { ruleId: string }>(findings: F[]) => findings.filter((f) => f.ruleId.startsWith("danh-muc"));

describe("the register editions", () => {
  it("2025: 34 provincial units (6 cities, 28 provinces), 14 ministries and 3 ministerial-level agencies", () => {
    const provinces = r2025.inBlock("province");
    expect(provinces).toHaveLength(34);
    expect(provinces.filter((a) => a.name.startsWith("Thành phố "))).toHaveLength(6);
    const ministries = r2025.inBlock("ministry");
    expect(ministries.filter((a) => a.name.startsWith("Bộ "))).toHaveLength(14);
    expect(ministries.filter((a) => !a.name.startsWith("Bộ ")).map((a) => a.name).sort()).toEqual(["Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Văn phòng Chính phủ"]);
    expect(r2025.inBlock("province", { on: "2025-07-01" })).toHaveLength(34);
    expect(r2016.inBlock("province", { on: "2024-12-31" })).toHaveLength(63);
  });

  it("every one of 2016's 63 provinces is a predecessor of exactly one 2025 unit", () => {
    const owners = new Map<string, string[]>();
    for (const a of r2025.inBlock("province")) for (const p of a.predecessors) owners.set(p, [...(owners.get(p) ?? []), a.name]);
    for (const a of r2016.inBlock("province")) expect([a.name, owners.get(a.code)?.length]).toEqual([a.name, 1]);
    expect(r2025.agencies.find((a) => a.name === "Thành phố Hồ Chí Minh")!.predecessors.map((c) => r2016.get(c)!.name)).toEqual(["TP. Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]);
    expect(r2025.agencies.find((a) => a.name === "Tuyên Quang")!.predecessors.map((c) => r2016.get(c)!.name)).toEqual(["Tuyên Quang", "Hà Giang"]);
  });

  it("cites the decisions each block follows", () => {
    expect(r2025.sources.map((s) => s.block)).toEqual(["ministry", "government", "province"]);
    expect(r2025.sources.find((s) => s.block === "province")!.cite).toMatch(/202\/2025\/QH15/);
    expect(r2025.sources.find((s) => s.block === "ministry")!.cite).toMatch(/176\/2025\/QH15/);
  });

  it("the shipped files, read without zod (so the pane shows without it), are exactly what the schema makes of them", () => {
    expect(shippedRegisterData()).toEqual(EditionsSchema.parse([register2016, register2025]));
  });

  it("rejects editions where one code is valid twice on a day, or a predecessor is in no earlier edition", () => {
    const overlapping = structuredClone(register2016) as { agencies: { code: string; validTo?: string }[] };
    delete overlapping.agencies.find((a) => a.code === "T08")!.validTo;
    expect(() => parseEditions([overlapping, register2025])).toThrow(/T08: .*overlaps edition 2016/);
    const orphan = structuredClone(register2025) as { agencies: { code: string; predecessors: string[] }[] };
    orphan.agencies.find((a) => a.code === "T08")!.predecessors.push("T99");
    expect(EditionsSchema.safeParse([register2016, orphan]).success).toBe(false);
    expect(() => parseEditions([register2025, register2016])).toThrow(/must follow/);
    expect(() => registers.get("2030")).toThrow(/2016, 2025/);
  });

  it("says what became of a unit of the other edition, from either side", () => {
    const hg = new AgencyMatcher(r2025, { block: "province" }).match("Hà Giang");
    expect(hg.status).toBe("other-edition");
    expect(hg.otherEdition!.fate.vi).toBe("Hà Giang: đã nhập vào Tuyên Quang từ 01/7/2025");
    expect(new AgencyMatcher(r2025).match("Bộ Thông tin và Truyền thông").otherEdition!.fate.vi).toBe("Bộ Thông tin và Truyền thông: đã nhập vào Bộ Khoa học và Công nghệ từ 01/3/2025");
    expect(new AgencyMatcher(r2025).match("Bảo hiểm Xã hội Việt Nam").otherEdition!.fate.vi).toMatch(/không còn trong danh mục 2025/);
    const nnmt = new AgencyMatcher(r2016).match("Bộ Nông nghiệp và Môi trường");
    expect(nnmt.otherEdition!.fate.vi).toBe("Bộ Nông nghiệp và Môi trường: đơn vị từ 01/3/2025, hình thành từ Bộ Nông nghiệp và Phát triển nông thôn, Bộ Tài nguyên và Môi trường; danh mục 2016 chưa có");
    // A unit that only the other edition lists is never taken for a misspelling of one this edition lists.
    expect(new AgencyMatcher(r2025, { block: "province" }).match("Hậu Giang").status).toBe("other-edition");
    expect(new AgencyMatcher(r2025, { block: "province" }).match("Hâu Giang").status).toBe("other-edition");
  });
});

describe("choosing the edition a table is read with", () => {
  it("a 2025 table of the 34 units, with no year: the 2025 edition by the names, and no finding about a dissolved province", () => {
    const { tables, findings } = check(dti2025);
    expect(tables[0].edition).toBe("2025");
    expect(tables[0].understood!.vi).toMatch(/đủ 34 cơ quan của khối; danh mục đơn vị 2025 \(theo tên các đơn vị\)/);
    expect(registerFindings(findings).filter((f) => f.severity !== "info")).toEqual([]);
    expect(findings.filter((f) => /Thiếu|Hà Giang|Thừa Thiên/.test(f.message.vi))).toEqual([]);
    const hue = readTables(dti2025, registers.latest)[0].rows.find((r) => r.agencies[0].name === "Thành phố Huế")!;
    expect(hue.agencies[0]).toMatchObject({ status: "exact", agency: { code: "T46", name: "Thành phố Huế", validFrom: "2025-01-01" } });
  });

  it("the same table with its year in the title, as pipes and in another column order: the 2025 edition by the period", () => {
    const { tables, findings } = check(shape("dti-2025-tinh-nam.txt"));
    expect(tables).toHaveLength(1);
    expect(tables[0].edition).toBe("2025");
    expect(tables[0].understood!.vi).toMatch(/danh mục đơn vị 2025 \(theo năm 2025 của bảng\)/);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("reshaped: spaces between cells, columns reordered, one cell per line, an excerpt — still 2025, nothing false", () => {
    const t = splitFixture(dti2025);
    for (const variant of [spaceSeparated(t), reorder(t, [2, 1, 0]), cellsPerLine(t), excerpt(t, 5, 3)]) {
      const { tables, findings } = check(variant);
      expect(tables[0].edition).toBe("2025");
      expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });

  it("a pre-2025 table still resolves to 2016's 63 provinces", () => {
    const { tables, findings } = check(table("000-bang-4.7.txt"));
    expect(tables[0].edition).toBe("2016");
    expect(findings.filter((f) => f.ruleId.includes("khac-danh-muc"))).toEqual([]);
    // A top-and-bottom excerpt that names Hà Giang is 2016's too: a dissolved unit outweighs the rows missing.
    const cut = readTables(excerpt({ ...splitFixture(table("000-bang-4.7.txt")), before: [] }, 5, 3), registers.latest);
    expect(cut[0].edition).toMatchObject({ edition: "2016", why: "names" });
    const reread = readTables(table("000-bang-4.7.txt"), registers.latest);
    expect(reread[0].rows.find((r) => r.agencies[0].name === "Hà Giang")!.agencies[0]).toMatchObject({ status: "exact", agency: { code: "T02" } });
  });

  it("a table drawn with pipes but no outer pipes, as a web page gives it: cells read whole, its year and names weighed", () => {
    const pasted = ["Kết quả DTI 2025 — một số địa phương dẫn đầu", "Địa phương | Điểm | Thứ hạng", "TP Hà Nội | 0,7812 | 1", "TP. HCM | 0,7725 | 2", "Đà Nẵng | 0,7627 | 3", "Quảng Ninh | 0,7518 | 4"];
    const [t] = readTables(pasted.join("\n"), registers.latest);
    expect(t).toMatchObject({ layout: "pipes", shape: "ranking", edition: { edition: "2025", why: "period", year: 2025 } });
    expect(t.rows.map((r) => r.agencies[0].agency?.code)).toEqual(["T01", "T79", "T48", "T22"]);
    // Hà Giang in it: the names win over the year, and that is said.
    const [old] = readTables([...pasted, "Hà Giang | 0,7431 | 5"].join("\n"), registers.latest);
    expect(old.edition).toMatchObject({ edition: "2016", why: "names", year: 2025 });
    // A line of prose with a pipe is not a table row.
    expect(readTables("Ghi chú: A | B\n\nXếp hạng\tTỉnh\n1\tAn Giang\n2\tBắc Ninh", registers.latest)[0].rows).toHaveLength(2);
  });

  it("a ranking of the previous year that lists exactly the 34 units of 2025 (DTI 2024): read with 2025, said so", () => {
    // Every 2025 unit keeps a 2016 province's name, so the names fit both editions; the year alone
    // would read it as 34 of 63. Listing a whole block of 2025, and nothing more, decides.
    const walk = fs.readFileSync(path.join(__dirname, "../fixtures/walk/dti-2024-mot-o-mot-dong.txt"), "utf8");
    for (const text of [walk, dti2025.replace("Xếp hạng", "Xếp hạng DTI 2024")]) {
      const [t] = readTables(text, r2025);
      expect(t.edition).toMatchObject({ edition: "2025", why: "names", year: 2024 });
      expect(t.coverage).toBeUndefined();
    }
    // The top 34 of the 63 provinces of 2016 is still an excerpt of 2016.
    const top34 = splitFixture(table("000-bang-4.1.txt"));
    const [old] = readTables(excerpt({ ...top34, before: ["Bảng: chỉ số năm 2016"] }, 34, 0), r2025);
    expect(old.edition).toMatchObject({ edition: "2016", why: "period" });
  });

  it("a year that contradicts the names: the names win, and that is said", () => {
    const text = `Công bố ngày 15/5/2025\n${table("000-bang-4.7.txt").replace(/2016/g, "2025")}`;
    const [t] = readTables(text, registers.latest);
    expect(t.edition).toMatchObject({ edition: "2016", why: "names", year: 2025 });
    expect(t.edition!.said.vi).toMatch(/bảng ghi năm 2025 nhưng tên đơn vị theo danh mục 2016/);
  });

  it("a 2025 table that still lists Hà Giang: said as merged into Tuyên Quang, never misspelt, never missing", () => {
    const text = dti2025.replace("\tTuyên Quang\t", "\tHà Giang\t");
    const { findings } = check(text);
    const merged = findings.filter((f) => f.ruleId.endsWith("khac-danh-muc"));
    expect(merged.map((f) => f.message.vi)).toEqual(["Hà Giang: đã nhập vào Tuyên Quang từ 01/7/2025 (bảng được đọc theo danh mục đơn vị 2025)"]);
    expect(findings.filter((f) => /Không nhận ra|Thiếu Hà Giang|sai-chinh-ta/.test(f.message.vi + f.ruleId))).toEqual([]);
  });

  it("a 2016 table read with 2025's register, as the user asked: still a ranking, each dissolved province said merged", () => {
    const { tables, findings } = check(table("000-bang-4.1.txt"), "2025");
    expect(tables[0]).toMatchObject({ kind: "ranked", block: "province", edition: "2025" });
    const merged = findings.filter((f) => f.ruleId.endsWith("khac-danh-muc"));
    expect(merged).toHaveLength(29);
    expect(merged.map((f) => f.message.vi)).toContainEqual("Bình Dương: đã nhập vào Thành phố Hồ Chí Minh từ 01/7/2025 (bảng được đọc theo danh mục đơn vị 2025)");
  });

  it("the user's choice overrides: the 34 units read with 2016's register are an excerpt of 63, said once", () => {
    const { tables, findings } = check(dti2025, "2016");
    expect(tables[0].edition).toBe("2016");
    expect(tables[0].understood!.vi).toMatch(/danh mục đơn vị 2016 \(theo lựa chọn\)/);
    expect(findings.filter((f) => f.ruleId.endsWith(".thieu"))).toEqual([]);
    expect(findings.filter((f) => f.ruleId.endsWith(".trich-doan")).map((f) => f.message.vi)).toEqual([expect.stringMatching(/^Bảng liệt kê 34\/63 cơ quan/)]);
  });
});

describe("names that two editions share (issue 19)", () => {
  it("a detail table without a year whose names 2016 writes exactly and 2025 keeps only as other names: 2016, Thừa Thiên - Huế itself", () => {
    const text = shape("chi-tiet-2022-khong-nam.txt");
    const [t] = readTables(text, registers.latest);
    expect(t.edition).toMatchObject({ edition: "2016", why: "names" });
    expect(t.edition!.said.vi).toBe("danh mục đơn vị 2016 (theo tên các đơn vị)");
    const hue = t.rows.find((r) => r.agencies[0].name === "Thừa Thiên - Huế")!;
    expect(hue.agencies[0]).toMatchObject({ status: "variant", agency: { code: "T46", name: "Thừa Thiên Huế" } });
    expect(hue.agencies[0].notes).not.toContain("alias");
    // Never the 29 other units of 2025 said missing from an excerpt of 2016's provinces.
    const { findings } = check(text);
    expect(findings.filter((f) => /Thành phố Huế|\/34/.test(f.message.vi))).toEqual([]);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("the same places written as 2025 writes them: 2025", () => {
    const text = shape("chi-tiet-2022-khong-nam.txt")
      .replace("TP. Đà Nẵng", "Thành phố Đà Nẵng")
      .replace("Thừa Thiên - Huế", "Thành phố Huế")
      .replace("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh")
      .replace("TP. Hà Nội", "Thành phố Hà Nội");
    expect(readTables(text, registers.latest)[0].edition).toMatchObject({ edition: "2025", why: "names" });
  });

  it("names both editions write alike: not the later edition by default, and the choice says the names fit both", () => {
    const [t] = readTables(shape("ten-hai-danh-muc.txt"), registers.latest);
    expect(t.edition).toMatchObject({ edition: "2016", why: "names" });
    expect(t.edition!.said.vi).toMatch(/tên các đơn vị hợp với cả hai danh mục; chọn danh mục khác nếu bảng thuộc kỳ khác/);
    expect(t.edition!.said.en).toMatch(/the unit names fit both registers/);
  });
});
