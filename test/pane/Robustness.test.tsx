/**
 * @jest-environment jsdom
 *
 * The pane's steps on robustness, in a jsdom of their own (the pane's styles pile up over a long
 * file): how robust each rank is, and the what-if below the groups.
 */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import * as React from "react";
import { getDefaultRegister } from "../../src/core/agencies";
import { getPreset } from "../../src/core/methodology";
import { buildSample2016 } from "../../src/demo/sample2016";
import { App } from "../../src/taskpane/App";
import { loadSteps } from "../../src/taskpane/steps/lazySteps";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { criterionHeader, dataTables, methodologyTables } from "../../src/workbook/sheets";

// Fluent renders slowly in jsdom: a result may take a few seconds to appear, never a timing test.
configure({ asyncUtilTimeout: 8000 });
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
const click = (name: RegExp | string) => fireEvent.click(screen.getByRole("button", { name }));
const tab = (name: RegExp) => fireEvent.click(screen.getByRole("tab", { name }));

describe("robustness in the pane", () => {
  it("how robust each rank is: draws with progress on the 2016 figures, bands in words and as a chart, written to a sheet; a run can be cancelled", async () => {
    const register = getDefaultRegister();
    const m = getPreset("mic-2016");
    const book = new MemoryWorkbook();
    await book.writeTables([...methodologyTables(m), ...dataTables(m, register, buildSample2016(register).values)], { owned: false });
    render(<App port={book} register={register} insideExcel={false} />);
    // The steps after the first arrive in chunks of their own.
    await act(() => loadSteps());
    tab(/Độ tin cậy của hạng/);
    click("Đọc số liệu để thử trọng số");
    const draws = await screen.findByRole("textbox", { name: "Số lần thử" });
    fireEvent.change(draws, { target: { value: "abc" } });
    expect(screen.getByText("Số lần thử: cần số trong khoảng 1–100000.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Chạy" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(draws, { target: { value: "300" } });
    click("Chạy");
    // The block with the most ranked agencies: the 63 provinces.
    const said = await screen.findByText(/300 lần thử, mỗi lần trọng số 5 nhóm nhân với hệ số ngẫu nhiên trong ±25%; hạt giống 1\. Tỉnh, thành phố trực thuộc Trung ương: \d+\/63 cơ quan giữ nguyên hạng/, {}, { timeout: 10_000 });
    expect(said).toBeTruthy();
    const chart = screen.getByRole("group", { name: "Hạng (chấm) và khoảng 5–95% số lần thử (vạch)" });
    expect(chart.querySelectorAll("circle")).toHaveLength(63);
    expect(chart.querySelector("g[data-band]")!.getAttribute("data-band")).toBe("1:1-1");
    const table = screen.getByRole("table", { name: "Độ tin cậy của hạng" });
    expect(within(table).getAllByRole("row")).toHaveLength(64);
    click("Ghi ra trang tính");
    await screen.findByText(/Đã ghi trang “Tin cậy Tỉnh”\./);
    const written = (await book.readTable("Tin cậy Tỉnh"))!;
    expect(written.header).toEqual(["Thứ hạng", "Cơ quan", "Mã", "Hạng trung vị", "Hạng P5", "Hạng P95", "Độ rộng (P95 − P5)", "Tỷ lệ lần thử trong top 10 (%)"]);
    expect(written.rows).toHaveLength(63);

    // A long run is cancelled: the progress goes, no result comes.
    fireEvent.change(draws, { target: { value: "20000" } });
    click("Chạy");
    await screen.findByText(/^Đã thử [\d.]+\/20\.000 lần$/);
    click("Hủy");
    expect(screen.queryByText(/^Đã thử /)).toBeNull();
    expect(screen.queryByRole("table", { name: "Độ tin cậy của hạng" })).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole("table", { name: "Độ tin cậy của hạng" })).toBeNull();
  }, 30_000);

  it("what-if below the groups: moving a criterion's points re-ranks at once; reset puts it back", async () => {
    const register = getDefaultRegister();
    const m = getPreset("mac-dinh-tai-dung");
    const book = new MemoryWorkbook();
    // Figures for every province: each criterion its own spread of values, so a criterion's points matter.
    const figure = (code: string, id: string) => ((code.charCodeAt(1) * 7 + code.charCodeAt(2) * 13 + id.length * 5 + Number(id.split(".")[1]) * 17) % 100) / 100;
    await book.writeTables(
      [...methodologyTables(m), ...dataTables(m, register, (code, g) => Object.fromEntries(g.criteria.map((c) => [criterionHeader(c), c.rule?.type === "ratio" ? figure(code, c.id) : Math.round(figure(code, c.id) * 10)])))],
      { owned: false },
    );
    render(<App port={book} register={register} insideExcel={false} />);
    // The steps after the first arrive in chunks of their own.
    await act(() => loadSteps());
    tab(/Thử trọng số/);
    click("Đọc số liệu để thử trọng số");
    fireEvent.click(await screen.findByRole("button", { name: "Điểm các tiêu chí của N1" }));
    const first = m.groups[0].criteria[0];
    const box = screen.getByRole("spinbutton", { name: `Điểm ${first.id} — ${first.name.vi}` });
    expect((box as HTMLInputElement).value).toBe(String(first.maxPoints));
    const ranks = () => within(screen.getByRole("table", { name: "Thử trọng số" })).getAllByRole("row").slice(1).map((r) => r.textContent);
    const before = ranks();
    act(() => {
      fireEvent.change(box, { target: { value: "0" } });
      fireEvent.blur(box);
    });
    expect(ranks()).not.toEqual(before);
    expect(screen.getAllByText(/^[▲▼]/).length).toBeGreaterThan(0);
    click("Đặt lại");
    expect(ranks()).toEqual(before);
  }, 30_000);

});
