/**
 * @jest-environment jsdom
 *
 * The pane for real work, on tables written by hand in shapes no other fixture has: saying what
 * a table ranks when its title does not, an agency pasted twice, 44th of 63 against 34th of 34,
 * text and choices kept across steps, another methodology in step 1, English throughout, and
 * every result said through the live region.
 */
import { configure, fireEvent, render, screen, within } from "@testing-library/react";
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { getDefaultRegister } from "../../src/core/agencies";
import { App } from "../../src/taskpane/App";
import { IndexChart } from "../../src/taskpane/charts/IndexChart";
import { STRINGS } from "../../src/taskpane/strings";
import { loadSteps } from "../../src/taskpane/steps/lazySteps";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

// Fluent renders slowly in jsdom: a result may take a few seconds to appear, never a timing test.
configure({ asyncUtilTimeout: 8000 });
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// What the live region was given: Fluent's announcer uses document.ariaNotify where there is one.
const said: string[] = [];
(document as unknown as { ariaNotify: (m: string) => void }).ariaNotify = (m: string) => void said.push(m);

beforeAll(() => loadSteps());
beforeEach(() => (said.length = 0));

function setup() {
  const book = new MemoryWorkbook();
  render(<App port={book} register={getDefaultRegister()} insideExcel={false} />);
  return book;
}
const click = (name: RegExp | string) => fireEvent.click(screen.getByRole("button", { name }));
const tab = (name: RegExp) => fireEvent.click(screen.getByRole("tab", { name }));
const pick = async (combobox: RegExp | string, option: RegExp | string) => {
  fireEvent.click(screen.getByRole("combobox", { name: combobox }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
};
const paste = (text: string) => fireEvent.change(screen.getByRole("textbox", { name: /^(Dán một|Paste a) ranked|^Dán một bảng xếp hạng/ }), { target: { value: text } });

// The yearly IT ranking of provinces as a web page might print it: `|` between cells, a title
// that names no criteria group, scores out of 1 with a decimal point.
const PROVINCES = [
  "Kết quả xếp hạng năm 2019 — nguồn: cổng thông tin",
  "Hạng | Địa phương | Điểm",
  "1 | Đà Nẵng | 0.9120",
  "2 | Thừa Thiên Huế | 0.8870",
  "3 | Quảng Ninh | 0.8701",
  "4 | Hà Nội | 0.8522",
  "5 | TP. Hồ Chí Minh | 0.8310",
  "6 | Bình Dương | 0.8104",
].join("\n");

async function prepared() {
  const book = setup();
  click("Tạo hoặc sửa các trang tính");
  await screen.findByText(/Đã tạo 10 trang/);
  return book;
}

describe("the pane for real work", () => {
  it("a table whose title names no group is written once the user says what it ranks", async () => {
    const book = await prepared();
    // The next step is one button away, and said.
    click("Đến bước 2: Nhập dữ liệu");
    expect(said.some((m) => /Đã tạo 10 trang.*Tiếp theo: dán số liệu ở bước 2\./.test(m))).toBe(true);
    paste(PROVINCES);
    click("Xem trước");
    await screen.findByText(/Tên bảng không nêu nhóm tiêu chí/);
    expect((screen.getByRole("button", { name: "Ghi vào trang tính" }) as HTMLButtonElement).disabled).toBe(true);
    // As a group: its index and ranks go into that group's sheet.
    await pick("Bảng là xếp hạng của", /^N3 — Trang\/Cổng thông tin điện tử$/);
    await screen.findByText(/Nhận ra: khối Tỉnh, thành phố trực thuộc Trung ương, nhóm N3, 6 dòng\./);
    expect(screen.getByText(/nhóm N3 \(theo lựa chọn\)/)).toBeTruthy();
    click("Ghi vào trang tính");
    await screen.findByText(/Đã ghi 12 ô vào trang “N3 Trang-Cổng thông tin điện tử”\./);
    // As a published ranking only: a sheet of its own, for the compare and check steps.
    await pick("Bảng là xếp hạng của", /Chỉ là bảng xếp hạng công bố/);
    await screen.findByText(/Nhận ra: khối Tỉnh, thành phố trực thuộc Trung ương, bảng xếp hạng công bố, 6 dòng\./);
    click("Ghi vào trang tính");
    await screen.findByText(/Đã lưu bảng xếp hạng công bố vào trang “CB1 Kết quả xếp hạng năm 2019”/);
    expect((await book.readTable("CB1 Kết quả xếp hạng năm 2019"))!.rows[0]).toEqual([1, "TP. Đà Nẵng", "T48", 0.912, "Đà Nẵng"]); // and the name as printed
    expect(screen.getByRole("button", { name: "Đến bước 7: So sánh" })).toBeTruthy();
  }, 60_000);

  it("an agency pasted twice is shown with both lines and not written until one row is kept", async () => {
    const book = await prepared();
    tab(/Nhập dữ liệu/);
    paste(`Bảng: Chỉ số Hạ tầng kỹ thuật CNTT\n${PROVINCES.split("\n").slice(1).join("\n")}\n7 | Quảng Ninh | 0.7000`);
    click("Xem trước");
    await screen.findByText(/1 cơ quan có nhiều dòng trong bảng dán\. Chưa ghi được/);
    expect(screen.getByText("Quảng Ninh: dòng 5, 9")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Ghi vào trang tính" }) as HTMLButtonElement).disabled).toBe(true);
    click(/^Giữ dòng 9/);
    await screen.findByText(/bỏ 1 dòng theo lựa chọn/);
    expect(screen.queryByText(/có nhiều dòng trong bảng dán/)).toBeNull();
    click("Ghi vào trang tính");
    await screen.findByText(/Đã ghi 12 ô vào trang “N1 Hạ tầng kỹ thuật CNTT”/);
    const sheet = (await book.readTable("N1 Hạ tầng kỹ thuật CNTT"))!;
    expect(sheet.rows.find((r) => r[1] === "T22")!.slice(3)).toEqual([0.7, 7]);
  }, 60_000);

  it("44th of 63 then 34th of 34 is shown as a fall, with both places and in words", async () => {
    setup();
    tab(/So sánh/);
    // 2022: Sơn La 44th of 63 (a hand-made excerpt of the top and the bottom, said as one).
    const old = ["Bảng xếp hạng năm 2022", "Hạng\tTỉnh\tChỉ số", "1\tHà Nội\t0,90", "2\tĐà Nẵng\t0,89", "44\tSơn La\t0,50", "63\tLai Châu\t0,20"].join("\n");
    // 2025: Sơn La last of 34.
    const now = ["Bảng xếp hạng năm 2025", "Hạng\tĐơn vị\tChỉ số", "1\tThành phố Hà Nội\t0,91", "2\tThành phố Đà Nẵng\t0,88", "33\tLai Châu\t0,31", "34\tSơn La\t0,30"].join("\n");
    fireEvent.change(screen.getByRole("textbox", { name: /^Kỳ trước/ }), { target: { value: old } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Kỳ này/ }), { target: { value: now } });
    expect(screen.getByRole("textbox", { name: /^Kỳ trước/ }).getAttribute("placeholder")).toMatch(/kỳ trước/);
    click(/So sánh và ghi ra trang/);
    await screen.findByText(/Hai bảng khác số đơn vị \(63 và 34\)/);
    const row = within(screen.getByRole("table", { name: "So sánh" })).getByRole("row", { name: /Sơn La/ });
    expect(row.textContent).toMatch(/^34\/34Sơn La44\/63▼ 30,6 điểmxuống 30,6 điểm phần trăm vị trí tương đối$/);
    const line = within(screen.getByRole("group", { name: /^Vị trí trong bảng xếp hạng/ })).getByRole("img", { name: /^Sơn La/ });
    expect(line.getAttribute("aria-label")).toBe("Sơn La: 44/63 → 34/34, xuống 30,6 điểm phần trăm vị trí tương đối");
    // The chart as a table, one click away.
    click("Xem dạng bảng");
    expect(within(screen.getByRole("table", { name: /^Vị trí trong bảng xếp hạng/ })).getByRole("row", { name: /Sơn La/ }).textContent).toBe("Sơn La44/6334/34xuống 30,6 điểm phần trăm vị trí tương đối");
  }, 60_000);

  it("keeps the pasted text, the choices and the preview when the user goes to another step and back", async () => {
    await prepared();
    tab(/Nhập dữ liệu/);
    paste(PROVINCES);
    click("Xem trước");
    await screen.findByText(/Tên bảng không nêu nhóm tiêu chí/);
    await pick("Bảng là xếp hạng của", /^N2 — /);
    await screen.findByText(/nhóm N2 \(theo lựa chọn\)/);
    tab(/Kiểm tra/);
    tab(/Nhập dữ liệu/);
    expect((screen.getByRole("textbox", { name: /^Dán một bảng xếp hạng/ }) as HTMLTextAreaElement).value).toBe(PROVINCES);
    expect(screen.getByText(/nhóm N2 \(theo lựa chọn\)/)).toBeTruthy();
    expect(screen.getByRole("table", { name: "Xem trước" })).toBeTruthy();
  }, 60_000);

  it("step 1 with another methodology asks, and replaces only on the user's word", async () => {
    const book = await prepared();
    await pick("Phương pháp", /DTI cấp tỉnh theo Quyết định 405/);
    click("Tạo hoặc sửa các trang tính");
    await screen.findByText(/Sổ tính này đã chuẩn bị theo phương pháp “.*”\. Thay 9 trang của nó/);
    expect((await book.sheetNames()).some((n) => n.startsWith("DTI"))).toBe(false);
    click(/^Thay bằng “DTI cấp tỉnh/);
    await screen.findByText(/Đã thay 9 trang của phương pháp cũ\./);
    const names = await book.sheetNames();
    expect(names.filter((n) => /^N\d /.test(n))).toEqual([]);
    expect(names).toContain("DTI Chỉ số DTI (đã công bố)");
  }, 60_000);

  it("in English: block and group names, decimals and the written sheet's titles", async () => {
    const book = await prepared();
    click("English");
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByText(/Sheet names stay in Vietnamese/)).toBeTruthy();
    tab(/Paste data/);
    paste(PROVINCES);
    click("Preview");
    await screen.findByText(/names no criteria group/);
    await pick("The table ranks", /^N1 — IT infrastructure/);
    await screen.findByText(/Recognised: block Provinces and centrally-run cities, group N1, 6 rows\./);
    expect(within(screen.getByRole("table", { name: "Preview" })).getAllByRole("row")[1].textContent).toBe("1TP. Đà Nẵng (printed as “Đà Nẵng”)0.9120");
    click("Write into the sheet");
    await screen.findByText(/Wrote 12 cells into/);
    tab(/Compute & rank/);
    click("Compute and write the rankings");
    await screen.findByText(/Wrote 2 ranked tables/);
    const written = (await book.readTable("XH Tỉnh - N1"))!;
    expect(written.title).toMatch(/^IT infrastructure index — Provinces/);
    expect(written.header.slice(0, 3)).toEqual(["Rank", "Agency", "Code"]);
    expect(screen.queryByText(/Tỉnh, thành phố trực thuộc Trung ương/)).toBeNull();
  }, 60_000);

  it("the index chart shows the top and the highlighted agency wherever it stands, goes by keyboard in rank order, and is a table one click away", () => {
    const rows = Array.from({ length: 34 }, (_, i) => ({ code: `U${i + 1}`, agency: `Đơn vị ${i + 1}`, rank: i + 1, value: 0.9 - i / 100 }));
    render(<IndexChart rows={rows} selected="U30" decimals={3} title="Biểu đồ: thử" t={STRINGS.vi} />);
    const points = within(screen.getByRole("group", { name: "Biểu đồ: thử" })).getAllByRole("img");
    expect(points).toHaveLength(16);
    expect(points[15].getAttribute("aria-label")).toBe("Hạng 30: Đơn vị 30, 0,610 (tô đậm cơ quan)");
    expect(screen.getByText("… 14 cơ quan khác …")).toBeTruthy();
    // One tab stop; the arrows go down the ranking.
    expect(points.filter((p) => p.getAttribute("tabindex") === "0")).toHaveLength(1);
    points[0].focus();
    fireEvent.keyDown(points[0], { key: "ArrowDown" });
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Hạng 2: Đơn vị 2, 0,890");
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Hạng 30:/);
    click("Xem dạng bảng");
    expect(within(screen.getByRole("table", { name: "Biểu đồ: thử" })).getAllByRole("row")).toHaveLength(35);
  }, 30_000);

  it("a paste of 3,400 rows (the 34 units a hundred times) shows its first and last rows with how many between, and its duplicates", async () => {
    setup();
    tab(/Nhập dữ liệu/);
    const units = fs.readFileSync(path.join(__dirname, "../fixtures/shapes/dti-2025-tinh.txt"), "utf8").trim().split("\n");
    paste([units[0], ...Array.from({ length: 100 }, () => units.slice(1)).flat()].join("\n"));
    click("Xem trước");
    await screen.findByText(/34 cơ quan có nhiều dòng trong bảng dán/);
    const preview = screen.getByRole("table", { name: "Xem trước" });
    expect(within(preview).getAllByRole("row")).toHaveLength(1 + 20 + 1 + 10);
    expect(within(preview).getByText("… 3.370 dòng ở giữa không hiện ở đây (vẫn được ghi) …")).toBeTruthy();
    expect(screen.getByText(/… và 29 cơ quan khác\./)).toBeTruthy();
  }, 60_000);
});
