/**
 * @jest-environment jsdom
 *
 * The pane on an in-memory workbook: the five steps as a user goes through them.
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { getDefaultRegister } from "../../src/core/agencies";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import { loadSteps } from "../../src/taskpane/steps/lazySteps";

// jsdom has no layout: Fluent's MessageBar asks for a ResizeObserver.
// Fluent renders slowly in jsdom: a result may take a few seconds to appear, never a timing test.
configure({ asyncUtilTimeout: 8000 });
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
const fixture = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/tables", f), "utf8");
const shape = (f: string) => fs.readFileSync(path.join(__dirname, "../fixtures/shapes", f), "utf8");

// The steps after the first come in chunks of their own: here, loaded before any test clicks a tab.
beforeAll(() => loadSteps());

function setup() {
  const book = new MemoryWorkbook();
  render(<App port={book} register={getDefaultRegister()} insideExcel={false} />);
  return book;
}
const click = (name: RegExp | string) => fireEvent.click(screen.getByRole("button", { name }));
/** A group's weight box, named by the group. */
const spin = (group: string) => screen.getByRole("spinbutton", { name: new RegExp(`^Trọng số ${group} — .*\\(số\\)$`) });
const tab = (name: RegExp) => fireEvent.click(screen.getByRole("tab", { name }));

describe("the task pane", () => {
  it("goes through the five steps on a pasted report table", async () => {
    const book = setup();
    expect(screen.getByText(/Đang chạy ngoài Excel/)).toBeTruthy();

    // 1. Chuẩn bị
    click("Tạo hoặc sửa các trang tính");
    await screen.findByText(/Đã tạo 10 trang; giữ nguyên 0 trang đã có\./);
    expect(await book.sheetNames()).toContain("N1 Hạ tầng kỹ thuật CNTT");

    // 2. Nhập dữ liệu: Bảng 4.3, with its misspelt names shown for review
    tab(/Nhập dữ liệu/);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: fixture("000-bang-4.3.txt") } });
    click("Xem trước");
    await screen.findByText(/Nhận ra: khối Tỉnh, thành phố trực thuộc Trung ương, nhóm N2, 63 dòng\./);
    // A name printed differently: marked ⚠ and said in words, not by colour alone.
    expect(within(screen.getByRole("table", { name: "Xem trước" })).getByRole("row", { name: /Đồng Tháp \(cần xem lại: in là “Đông Tháp”\)/ }).textContent).toMatch(/Đồng Tháp ⚠ \(cần xem lại: in là “Đông Tháp”\)/);
    click("Ghi vào trang tính");
    await screen.findByText(/Đã ghi 126 ô vào trang “N2 Ứng dụng CNTT trong hoạt”\./);

    // 3. Kiểm tra: plant a misread index first
    const sheet = (await book.readTable("N2 Ứng dụng CNTT trong hoạt"))!;
    const row = sheet.rows.findIndex((r) => r[1] === "T87");
    await book.updateCells(sheet.sheet, [{ cell: `D${sheet.headerRow + 1 + row}`, value: 817 }]);
    tab(/Kiểm tra/);
    click("Kiểm tra số liệu");
    const errors = await screen.findByRole("list", { name: "Lỗi" });
    expect(within(errors).getByText(/Chỉ số 817 nằm ngoài \[0, 1\]; có lẽ là 0,817/)).toBeTruthy();
    fireEvent.click(within(errors).getByText(`N2 Ứng dụng CNTT trong hoạt!D${sheet.headerRow + 1 + row}`));
    expect(book.selected).toEqual({ sheet: sheet.sheet, cell: `D${sheet.headerRow + 1 + row}` });
    await book.updateCells(sheet.sheet, [{ cell: `D${sheet.headerRow + 1 + row}`, value: 0.817 }]);

    // 4. Tính & xếp hạng
    tab(/Tính & xếp hạng/);
    click("Tính và ghi bảng xếp hạng");
    // Only N2 of the provinces has figures: its table and the overall made of it alone are
    // written, the others said to be empty, and the groups left out of the overall named.
    await screen.findByText(/^Đã ghi 2 bảng xếp hạng \(19 bảng chưa có số liệu nên chưa ghi\)\. Tỉnh, thành phố trực thuộc Trung ương: chỉ số tổng hợp không tính N1, N3, N4, N5, N6 vì các nhóm này chưa có số liệu/);
    expect(await book.sheetNames()).toEqual(expect.arrayContaining(["XH Tỉnh - N2", "XH Tỉnh - TH chỉ số"]));
    expect(screen.getAllByText(/Đầu bảng: 1\. TP\. Đà Nẵng \(0,906\)/)).toHaveLength(2); // N2, and the overall made of it
    // The index as a chart: the top fifteen, best first, each bar saying its rank, name and index.
    const bars = within(screen.getByRole("group", { name: /^Biểu đồ: / })).getAllByRole("img");
    expect(bars).toHaveLength(15);
    expect(bars[0].getAttribute("aria-label")).toBe("Hạng 1: TP. Đà Nẵng, 0,906");
    // The next step is one button away.
    expect(screen.getByRole("button", { name: "Đến bước 5: Thử trọng số" })).toBeTruthy();

    // 5. Thử trọng số: the groups without figures are left out of the overall, and said so.
    click("Đến bước 5: Thử trọng số");
    click("Đọc số liệu để thử trọng số");
    const table = await screen.findByRole("table", { name: "Thử trọng số" });
    const firstRow = () => within(table).getAllByRole("row")[1].textContent;
    await screen.findByText(/5 nhóm chưa có số liệu nên không tính vào chỉ số tổng hợp: N1, N3, N4, N5, N6\. Trọng số của các nhóm có số liệu được chuẩn hoá lại/);
    expect(firstRow()).toMatch(/^1TP\. Đà Nẵng0,906/);
    click("Đặt trọng số 0 cho các nhóm chưa có số liệu");
    expect(screen.queryByText(/nhóm chưa có số liệu nên không tính/)).toBeNull();
    expect((spin("N1") as HTMLInputElement).value).toBe("0");
    expect(firstRow()).toMatch(/^1TP\. Đà Nẵng0,906/);
    click("Lưu kịch bản vào trang tính");
    await screen.findByText(/Đã lưu vào trang “KB1 1”\./);
    expect((await book.readTable("KB1 1"))!.rows.length).toBe(63);
  }, 60_000); // jsdom renders Fluent tables of 63 rows slowly; this is not a timing test

  it("compares two periods across the 2025 merger: movement first, predecessors said, written to its sheet", async () => {
    const book = setup();
    tab(/So sánh/);
    const [previous, current] = [screen.getByRole("textbox", { name: /^Kỳ trước/ }), screen.getByRole("textbox", { name: /^Kỳ này/ })];
    fireEvent.change(previous, { target: { value: fixture("000-bang-4.1.txt") } });
    fireEvent.change(current, { target: { value: shape("dti-2025-tinh.txt") } });
    click(/So sánh và ghi ra trang/);
    await screen.findByText(/^Đã so sánh 34 cơ quan và ghi ra trang “So sánh”; hai bảng khác danh mục đơn vị/);
    const rows = within(screen.getByRole("table", { name: "So sánh" })).getAllByRole("row");
    expect(rows).toHaveLength(35);
    expect(screen.getByText(/Đơn vị tiền thân: TP\. Hồ Chí Minh \(\d+\/63\), Bình Dương \(\d+\/63\), Bà Rịa - Vũng Tàu \(\d+\/63\)/)).toBeTruthy();
    // 63 then, 34 now: places are given with their N and the move is of relative position.
    expect(screen.getByText(/Hai bảng khác số đơn vị \(63 và 34\)/)).toBeTruthy();
    // The slope chart: one line per unit that had a single predecessor (the others need a rule),
    // each side on its own scale, each line saying both places and the move in words.
    const lines = within(screen.getByRole("group", { name: /^Vị trí trong bảng xếp hạng/ })).getAllByRole("img");
    const said = lines.map((l) => l.getAttribute("aria-label"));
    expect(said).toContain("Thành phố Hà Nội: 1/63 → 1/34, giữ nguyên");
    // 62nd of 63, then 31st of 34: up, though its place number halved.
    expect(said).toContain("Sơn La: 62/63 → 31/34, lên 7,5 điểm phần trăm vị trí tương đối");
    expect(lines).toHaveLength(11);
    expect((await book.readTable("So sánh"))!.rows).toHaveLength(34);
  }, 30_000);

  it("carries the previous period's 63 provinces to the 34 units (figures, not ranks), then compares them", async () => {
    const book = setup();
    tab(/So sánh/);
    const previous = () => screen.getByRole("textbox", { name: /^Kỳ trước/ }) as HTMLTextAreaElement;
    fireEvent.change(previous(), { target: { value: fs.readFileSync(path.join(__dirname, "../fixtures/walk/dti-chi-tiet-tu-tao.txt"), "utf8") } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Kỳ này/ }), { target: { value: shape("dti-2025-tinh.txt") } });
    click("Gộp số liệu kỳ trước về các đơn vị hiện hành");
    await screen.findByText(/^Đã gộp số liệu kỳ trước về 34 đơn vị hiện hành, mỗi đơn vị từ đúng các đơn vị tiền thân trong danh mục \(trung bình cộng: DTI, Nhận thức số, Thể chế số,/);
    // The box now holds the regrouped table, with each unit's predecessors: what will be compared.
    expect(previous().value).toMatch(/^Số liệu năm 2022 theo 34 đơn vị hiện hành/);
    expect(previous().value).toMatch(/\tTuyên Quang\t[^\n]*\tTuyên Quang; Hà Giang\n/);
    click(/So sánh và ghi ra trang/);
    // Both tables now list the 34 units: no relative places, no rank rule needed.
    await screen.findByText(/^Đã so sánh 34 cơ quan và ghi ra trang “So sánh”\./);
    expect(screen.queryByText(/Hai bảng khác số đơn vị/)).toBeNull();
    expect((await book.readTable("So sánh"))!.rows).toHaveLength(34);
  }, 30_000);

  it("pastes a ranking copied from a web portal (one cell per line, rank and index in one cell) and says how it was read", async () => {
    setup();
    tab(/Nhập dữ liệu/);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: shape("cong-thong-tin-2017.txt") } });
    click("Xem trước");
    await screen.findByText(/mỗi ô một dòng, khối Tỉnh, thành phố trực thuộc Trung ương/);
    expect(screen.getByText(/thứ hạng “Năm 2017” \(phần hạng của ô “hạng \(giá trị\)”\)/)).toBeTruthy();
    const preview = screen.getByRole("table", { name: "Xem trước" });
    // Tied at 5, listed in Vietnamese alphabetical order.
    expect(within(preview).getAllByRole("row").slice(5, 7).map((r) => r.textContent)).toEqual(["5Lào Cai0,688", "5TP. Hồ Chí Minh0,688"]);
  }, 30_000);

  it("shows the previous period and the movement with ▲ and ▼", async () => {
    setup();
    tab(/Nhập dữ liệu/);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: shape("trinh-chieu-2011-2010.txt") } });
    click("Xem trước");
    const preview = await screen.findByRole("table", { name: "Xem trước" });
    expect(within(preview).getByRole("row", { name: /Bộ Kế hoạch và Đầu tư/ }).textContent).toMatch(/9▲ 3lên 3 hạng$/);
    expect(within(preview).getByRole("row", { name: /Bộ Nông nghiệp và Phát triển nông thôn/ }).textContent).toMatch(/12▼ 4xuống 4 hạng$/);
  }, 30_000);

  it("lets the user say what a column is when recognition is unsure", async () => {
    setup();
    tab(/Nhập dữ liệu/);
    // Whole numbers in no order beside the names: figures of some kind, not a ranking, until the user says so.
    const text = "Tỉnh\tSố liệu\nAn Giang\t3\nBắc Ninh\t7\nCà Mau\t5\nĐồng Nai\t9\n";
    fireEvent.change(screen.getByRole("textbox"), { target: { value: text } });
    click("Xem trước");
    await screen.findByText(/Chưa có bảng xếp hạng để ghi/);
    fireEvent.click(screen.getByRole("combobox", { name: "Cột 2: Số liệu" }));
    fireEvent.click(await screen.findByRole("option", { name: "Giá trị" }));
    const preview = await screen.findByRole("table", { name: "Xem trước" });
    expect(within(preview).getAllByRole("row")[1].textContent).toBe("1Đồng Nai9");
  }, 30_000);

  it("never says “no findings” of a workbook with nothing to check", async () => {
    setup();
    click("Tạo hoặc sửa các trang tính");
    await screen.findByText(/Đã tạo 10 trang/);
    tab(/Kiểm tra/);
    click("Kiểm tra số liệu");
    await screen.findByText(/Chưa kiểm tra được quan hệ nào/);
    expect(screen.queryByText(/Không có phát hiện nào/)).toBeNull();
    expect(screen.getAllByText(/chưa có số liệu nào \(19 cơ quan, 0 ô có số\)/).length).toBeGreaterThan(0);
  }, 30_000);

  it("pasting before step 1 says to do step 1 first, not a stack trace", async () => {
    setup();
    tab(/Nhập dữ liệu/);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: fixture("000-bang-4.3.txt") } });
    click("Xem trước");
    await screen.findByText(/Nhận ra: khối Tỉnh/);
    click("Ghi vào trang tính");
    await screen.findByText(/^Trang “Cài đặt”: chưa có trang này trong sổ tính\. Hãy làm bước 1 \(Chuẩn bị\) trước/);
  }, 30_000);

  it("asks before replacing a figure the user typed, and writes only when told", async () => {
    const book = setup();
    click("Tạo hoặc sửa các trang tính");
    await screen.findByText(/Đã tạo 10 trang/);
    tab(/Nhập dữ liệu/);
    fireEvent.change(screen.getByRole("textbox"), { target: { value: fixture("000-bang-4.3.txt") } });
    click("Xem trước");
    await screen.findByText(/Nhận ra: khối Tỉnh/);
    click("Ghi vào trang tính");
    await screen.findByText(/Đã ghi 126 ô/);
    const sheet = (await book.readTable("N2 Ứng dụng CNTT trong hoạt"))!;
    const cell = `D${sheet.headerRow + 1 + sheet.rows.findIndex((r) => r[1] === "T87")}`;
    await act(() => book.edit(sheet.sheet, cell, 0.5));
    click("Ghi vào trang tính");
    await screen.findByText(new RegExp(`^1 ô trong trang đang có số khác số dán \\(${cell}: 0.5 → 0.817\\)\\. Chưa ghi gì`));
    expect(book.cell(sheet.sheet, cell)).toBe(0.5);
    click("Ghi đè 1 ô");
    await screen.findByText(/Đã ghi 1 ô vào trang/);
    expect(book.cell(sheet.sheet, cell)).toBe(0.817);
  }, 60_000);

  it("says a check is stale once a person edits the workbook, and checks again on request", async () => {
    const book = setup();
    click("Tạo hoặc sửa các trang tính");
    await screen.findByText(/Đã tạo 10 trang/);
    tab(/Kiểm tra/);
    click("Kiểm tra số liệu");
    await screen.findByText(/Chưa kiểm tra được quan hệ nào/);
    expect(screen.queryByText(/kết quả dưới đây có thể đã cũ/)).toBeNull();
    await act(() => book.edit("N1 Hạ tầng kỹ thuật CNTT", "D2", 0.5));
    await screen.findByText(/Sổ tính đã được sửa sau lần chạy này/);
    click("Kiểm tra lại");
    await waitFor(() => expect(screen.queryByText(/Sổ tính đã được sửa sau lần chạy này/)).toBeNull());
  }, 30_000);

  it("refuses weights that are not weights, says why, and keeps the last weights in the workbook", async () => {
    const book = new MemoryWorkbook();
    const first = render(<App port={book} register={getDefaultRegister()} insideExcel={false} />);
    click("Tạo hoặc sửa các trang tính");
    await screen.findByText(/Đã tạo 10 trang/);
    tab(/Thử trọng số/);
    click("Đọc số liệu để thử trọng số");
    await screen.findByRole("table", { name: "Thử trọng số" }).catch(() => undefined);
    const box = await waitFor(() => spin("N1"));
    for (const [typed, why] of [["abc", /“abc” không phải là số/], ["-3", /Trọng số không được âm/]] as const) {
      act(() => {
        fireEvent.change(box, { target: { value: typed } });
        fireEvent.blur(box);
      });
      expect(screen.getByText(why)).toBeTruthy();
    }
    for (const g of ["N1", "N2", "N3", "N4", "N5", "N6"])
      act(() => {
        const b = spin(g);
        fireEvent.change(b, { target: { value: "0" } });
        fireEvent.blur(b);
      });
    expect(screen.queryByText(/không phải là số/)).toBeNull();
    expect(screen.getByText(/Mọi trọng số đều bằng 0/)).toBeTruthy();
    act(() => {
      const b = spin("N1");
      fireEvent.change(b, { target: { value: "2,5" } });
      fireEvent.blur(b);
    });
    await waitFor(async () => expect(await book.settings.get("weights")).toMatchObject({ N1: 2.5, N2: 0 }), { timeout: 3000 });
    first.unmount();

    // The workbook reopened: the pane continues with the weights left there.
    render(<App port={book} register={getDefaultRegister()} insideExcel={false} />);
    tab(/Thử trọng số/);
    click("Đọc số liệu để thử trọng số");
    await screen.findByText(/Đã mở lại các trọng số thử lần trước/);
    expect((spin("N1") as HTMLInputElement).value).toBe("2,5");
  }, 30_000);

  it("switches to English", () => {
    setup();
    click("English");
    expect(screen.getByRole("tab", { name: /Paste data/ })).toBeTruthy();
    expect(screen.getByText(/no data is sent anywhere/)).toBeTruthy();
  }, 30_000);

  it("shows an error in plain words, with the technical detail one click away", async () => {
    setup();
    tab(/Tính & xếp hạng/);
    click("Tính và ghi bảng xếp hạng");
    await screen.findByText(/Không làm được việc này\./);
    expect(screen.getByText(/Trang “Cài đặt”: chưa có trang này trong sổ tính\. Hãy làm bước 1 \(Chuẩn bị\) trước/)).toBeTruthy();
    expect(screen.queryByText(/MissingSheetError|at readMethodology/)).toBeNull();
    click("Chi tiết kỹ thuật");
    await waitFor(() => expect(screen.getByText(/MissingSheetError/)).toBeTruthy());
  }, 30_000);

  it("says errors in English in English mode", async () => {
    setup();
    click("English");
    tab(/Compute & rank/);
    click("Compute and write the rankings");
    await screen.findByText(/This could not be done\./);
    expect(screen.getByText(/Sheet “Cài đặt”: this sheet is not in the workbook\. Do step 1 \(Prepare\) first/)).toBeTruthy();
    expect(screen.queryByText(/Hãy làm bước 1/)).toBeNull();
  }, 30_000);
});
