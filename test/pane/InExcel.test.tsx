/**
 * @jest-environment jsdom
 *
 * The pane inside Excel: the whole flow through the Office gateway over the fake Excel as strict
 * as Excel (properties only after load and sync, very hidden sheets undeletable, 5 MB a request),
 * on a table written by hand in a shape no other fixture has (a CSV saved by Excel on a
 * Vietnamese machine). Every action is run twice, as a user does: a second check, a second
 * ranking, a scenario saved again. Excel must accept every request, and the user's own sheet
 * must stay as it was.
 */
import { configure, fireEvent, render, screen } from "@testing-library/react";
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { getDefaultRegister } from "../../src/core/agencies";
import { App } from "../../src/taskpane/App";
import { loadSteps } from "../../src/taskpane/steps/lazySteps";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { MARKS_SHEET, OWNED_SHEET } from "../../src/workbook/workbookPort";
import { fakeExcel, hostSupports } from "../helpers/fakeExcel";

configure({ asyncUtilTimeout: 8000 });
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
(document as unknown as { ariaNotify: (m: string) => void }).ariaNotify = () => undefined;

beforeAll(() => loadSteps());
afterEach(() => hostSupports(undefined));

const click = (name: RegExp | string) => fireEvent.click(screen.getByRole("button", { name }));
const tab = (name: RegExp) => fireEvent.click(screen.getByRole("tab", { name }));
const csv = fs.readFileSync(path.join(__dirname, "../fixtures/shapes/csv-cham-phay.txt"), "utf8");
/** The same table with two ranks swapped: a finding to mark, twice. */
const swapped = csv
  .replace('"Viện Hàn lâm Khoa học và Công nghệ Việt Nam";4;', '"Viện Hàn lâm Khoa học và Công nghệ Việt Nam";5;')
  .replace('"Viện Hàn lâm Khoa học Xã hội Việt Nam";5;', '"Viện Hàn lâm Khoa học Xã hội Việt Nam";4;');

/** No fault of the add-in and no refusal of Excel reached the user. */
const noFault = () => expect(document.body.textContent).not.toMatch(/Lỗi ngoài dự kiến|InvalidOperation|PropertyNotLoaded|PayloadSizeLimit|ApiNotFound/);

describe.each(["1.9", "1.18"])("the pane in Excel (ExcelApi %s), through the strict fake", (host) => {
  it("prepares, pastes, checks twice, ranks twice and saves a scenario twice, every request accepted", async () => {
    hostSupports(host);
    const mine = [["Ghi chú của tôi", "không được đụng vào"], ["Hà Nội", 1]];
    const x = fakeExcel({ "Của tôi": mine });
    render(<App port={new OfficeWorkbook(x.run)} register={getDefaultRegister()} insideExcel />);

    click("Tạo hoặc sửa các trang tính");
    await screen.findByText(/Đã tạo 10 trang/);

    tab(/Nhập dữ liệu/);
    fireEvent.change(screen.getByRole("textbox", { name: /^Dán một bảng xếp hạng/ }), { target: { value: swapped } });
    click("Xem trước");
    // The line above the header is a note, not the title: the user says what the table ranks.
    await screen.findByText(/Tên bảng không nêu nhóm tiêu chí/);
    fireEvent.click(screen.getByRole("combobox", { name: "Bảng là xếp hạng của" }));
    fireEvent.click(await screen.findByRole("option", { name: /^N3 — Trang\/Cổng thông tin điện tử$/ }));
    await screen.findByText(/Nhận ra: khối Cơ quan thuộc Chính phủ, nhóm N3, 8 dòng\./);
    click("Ghi vào trang tính");
    await screen.findByText(/Đã ghi 16 ô vào trang “N3 Trang-Cổng thông tin điện tử”\./);

    // Check twice: the second run rewrites the very hidden marks sheet Excel will not delete.
    tab(/Kiểm tra/);
    for (let run = 1; run <= 2; run++) {
      click("Kiểm tra số liệu");
      await screen.findByText(/\d+ lỗi, [1-9]\d* cảnh báo, \d+ thông tin\./);
      noFault();
      expect(x.visibility().get(MARKS_SHEET)).toBe("VeryHidden");
    }
    // The swapped ranks are marked on their cells, in the data sheet.
    expect([...x.fills.keys()].filter((k) => k.startsWith("N3 Trang-Cổng thông tin điện tử!")).length).toBeGreaterThan(0);

    // Rank twice: the second run replaces the tool's own sheet and rewrites its registry.
    tab(/Tính & xếp hạng/);
    for (let run = 1; run <= 2; run++) {
      click("Tính và ghi bảng xếp hạng");
      await screen.findByText(/Đã ghi 2 bảng xếp hạng/);
      noFault();
    }
    expect(x.grids.get("XH CQCP - N3")?.[3]).toEqual([1, "Bảo hiểm Xã hội Việt Nam", "CP-BHXH", 0.9512, 1]);

    // A scenario saved, then saved again under its name: replaced only when asked.
    tab(/Thử trọng số/);
    click("Đọc số liệu để thử trọng số");
    await screen.findByRole("table", { name: "Thử trọng số" });
    click("Lưu kịch bản vào trang tính");
    await screen.findByText(/Đã lưu vào trang “KB1 1”\./);
    click("Lưu kịch bản vào trang tính");
    await screen.findByText(/Trang “KB1 1”: đã có kịch bản “1”\. Bấm “Ghi đè” để thay nó/);
    click("Ghi đè");
    await screen.findByText(/Đã lưu vào trang “KB1 1”\./);
    noFault();

    // Checked once more after all of it: still no refusal.
    tab(/Kiểm tra/);
    click("Kiểm tra số liệu");
    await screen.findByText(/\d+ lỗi, [1-9]\d* cảnh báo, \d+ thông tin\./);
    noFault();

    expect(x.refused()).toBe(0);
    expect([x.visibility().get(OWNED_SHEET), x.visibility().get(MARKS_SHEET)]).toEqual(["VeryHidden", "VeryHidden"]);
    // The user's sheet: the same cells, and no fill, mark or note of the tool on it.
    expect(x.grids.get("Của tôi")).toEqual(mine);
    expect([...x.fills.keys(), ...x.notes.keys()].filter((k) => k.startsWith("Của tôi!"))).toEqual([]);
  }, 120_000); // jsdom renders Fluent slowly; this is not a timing test
});
