/** The vocabulary profile: header words matched with and without diacritics, look-alike letters folded, periods, levels, titles. */
import profileData from "../../src/core/tables/vocabulary/profile.json";
import { getDefaultProfile, Profile } from "../../src/core/tables/vocabulary/profile";

const profile = getDefaultProfile();

describe("header words", () => {
  it.each([
    ["Thứ hạng", "rank"],
    ["Xếp hạng 2011", "rank"],
    ["Xep hang 2011", "rank"], // typed without diacritics
    ["XẾP HẠNG", "rank"],
    ["\u0425\u0435\u0440 hạng 2011", "rank"], // Cyrillic Х, е, р from OCR
    ["TT", "row-number"],
    ["STT", "row-number"],
    ["Tỉnh, thành phố trực thuộc Trung ương", "agency"],
    ["Bộ, cơ quan ngang Bộ", "agency"],
    ["Địa phương", "agency"],
    ["Chỉ số năm 2016", "value"],
    ["Điểm", "value"],
    ["Tổng cộng", "total"],
    ["Hạng mục", "label"], // not `hạng`: the longest phrase wins
    ["Đơn vị tính", "unit"], // not `đơn vị`
    ["Địa chỉ Website/Portal", "website"],
    ["Ghi chú", "note"],
  ])("%s → %s", (header, hint) => expect(profile.columnHint(header)).toBe(hint));

  it("a header with no header word has no hint", () => {
    expect(profile.columnHint("Số liệu")).toBeUndefined();
  });
});

describe("periods, levels, titles", () => {
  it.each([
    ["Năm 2017", { label: "2017", year: 2017, order: 201713 }],
    ["2010", { label: "2010", year: 2010, order: 201013 }],
    ["Quý I/2018", { year: 2018, part: { kind: "quarter", n: 1 }, order: 201803 }],
    ["Quý IV/2018", { year: 2018, part: { kind: "quarter", n: 4 }, order: 201812 }],
    ["Tháng 3/2018", { year: 2018, part: { kind: "month", n: 3 }, order: 201803 }],
    ["6 tháng đầu năm 2018", { year: 2018, part: { kind: "half", n: 1 }, order: 201806 }],
    ["Chỉ số năm 2016", { label: "2016", year: 2016 }],
  ])("%s", (text, period) => expect(profile.periodOf(text)).toMatchObject(period));

  it("a date is when a page was posted or signed, never a period; a year beside one still is", () => {
    for (const date of ["Đăng ngày 15/03/2025", "Cập nhật 2025-03-15 09:00", "Hà Nội, ngày 14 tháng 3 năm 2025", "ngay 14 thang 3 nam 2025", "14.3.2025"])
      expect([date, profile.periodOf(date)]).toEqual([date, undefined]);
    expect(profile.periodOf("Kết quả năm 2024, công bố ngày 15/03/2025")).toMatchObject({ year: 2024 });
    expect(profile.periodOf("Tháng 3/2025")).toMatchObject({ year: 2025, part: { kind: "month", n: 3 } });
  });

  it("a range or no year is no period; only a period is period-only", () => {
    expect(profile.periodOf("Giai đoạn 2016 - 2020")).toBeUndefined();
    expect(profile.periodOf("Thứ hạng")).toBeUndefined();
    expect(profile.isPeriodOnly("Năm 2017")).toBe(true);
    expect(profile.isPeriodOnly("Quý II/2018")).toBe(true);
    expect(profile.isPeriodOnly("Chỉ số năm 2017")).toBe(false);
  });

  it("levels: `Mức độ 3`, `DVC mức 4`, not `Tổng 3, 4`", () => {
    expect(profile.levelOf("Số lượng DVCTT mức độ 3")).toBe(3);
    expect(profile.levelOf("DVC mức 4")).toBe(4);
    expect(profile.levelOf("Tổng 3, 4")).toBeUndefined();
    expect(profile.levelsOf("Số tỉnh có dịch vụ mức độ 3 hoặc mức độ 4")).toEqual([3, 4]);
  });

  it("titles and their numbers", () => {
    expect(profile.titleNumber("**Bảng 4.11.** Chỉ số Nguồn nhân lực")).toBe("4.11");
    expect(profile.titleNumber("<b>Biểu 3</b>: Kết quả")).toBe("3");
    expect(profile.titleNumber("Table 2. Ranking")).toBe("2");
    expect(profile.titleNumber("Bảng trên cho thấy")).toBeUndefined();
  });

  it("row labels: totals, percentages, parts, counts of agencies", () => {
    expect(profile.isTotalLabel("Tổng 3, 4")).toBe(true);
    expect(profile.isTotalLabel("Cộng")).toBe(true);
    expect(profile.isTotalLabel("Số dịch vụ")).toBe(false);
    expect(profile.isPercentLabel("Tỷ lệ dịch vụ có phát sinh hồ sơ (%)")).toBe(true);
    expect(profile.isSubsetLabel("- Trong đó: trực tuyến")).toBe(true);
    expect(profile.isAgencyCountLabel("Số tỉnh có cung cấp dịch vụ công trực tuyến mức độ 3")).toBe(true);
    expect(profile.isAgencyCountLabel("Số dịch vụ có phát sinh hồ sơ")).toBe(false);
  });
});

describe("the profile is data, checked when loaded", () => {
  it("a new word is a data change", () => {
    const data = JSON.parse(JSON.stringify(profileData));
    data.columns.rank.push("thứ tự xếp loại");
    expect(new Profile(data).columnHint("Thứ tự xếp loại")).toBe("rank");
    expect(profile.columnHint("Thứ tự xếp loại")).toBe("row-number");
  });
  it("a broken profile is refused with where it is broken", () => {
    const data = JSON.parse(JSON.stringify(profileData));
    data.columns.rank = [];
    expect(() => new Profile(data)).toThrow(/columns[\s\S]*rank/);
  });
});
