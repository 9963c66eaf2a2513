/**
 * The built task pane in a real browser (Debian's Chromium, driven by playwright-core), served
 * from this machine, with office.js from the @microsoft/office-js package; outside Excel the pane
 * works on its own in-memory workbook, which the test looks into. Goes through the whole flow on real report tables, records
 * every network request (any that leaves the local server fails the test) and saves a
 * screenshot of each step (to docs/screenshots/ with UPDATE_SCREENSHOTS=1).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, Browser, Page } from "playwright-core";

const root = path.join(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = path.join(root, "node_modules/@microsoft/office-js/dist");
// The README's screenshots are refreshed on request; ordinary runs keep theirs out of the tree.
const SHOTS = path.join(root, process.env.UPDATE_SCREENSHOTS ? "docs/screenshots" : "test-results/screenshots");
const fixture = (f: string) => fs.readFileSync(path.join(root, "test/fixtures/tables", f), "utf8");
const shape = (f: string) => fs.readFileSync(path.join(root, "test/fixtures/shapes", f), "utf8");

// CI installs Debian's chromium and must run this test; elsewhere it is skipped, and says so.
const haveBrowser = fs.existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it with apt-get`);
if (!haveBrowser) console.warn(`Browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
const browserIt = haveBrowser ? it : it.skip;

let browser: Browser;
let server: http.Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  if (!haveBrowser) return;
  // Build the pane as it ships.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-pane-"));
  execFileSync(process.execPath, [path.join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--output-path", out], { cwd: root, stdio: "pipe" });
  server = http.createServer((req, res) => {
    const file = path.join(out, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(out) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream" }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPane(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  page.on("request", (r) => requests.push(r.url()));
  // office.js, as the pane asks for it, comes from the @microsoft/office-js package on disk.
  await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", (route) => {
    const rel = new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "");
    const file = path.join(OFFICE_JS, rel);
    return fs.existsSync(file) ? route.fulfill({ path: file, contentType: "text/javascript" }) : route.fulfill({ status: 404, body: "" });
  });
  await page.goto(`${base}/taskpane.html`);
  await page.getByText("Chỉ số CNTT cơ quan nhà nước").waitFor();
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

browserIt("goes through create sheets → paste → check → rank → move a weight, all on this machine", async () => {
  const page = await openPane();
  const sheets = () => page.evaluate(() => [...(window as any).__chisoWorkbook.sheets.keys()] as string[]);

  // 1. Chuẩn bị, with the 2016 methodology (online services ranked by their count).
  await page.getByRole("combobox", { name: /Phương pháp/ }).click();
  await page.getByRole("option", { name: /Bộ TT&TT 2016/ }).click();
  await page.getByRole("button", { name: "Tạo hoặc sửa các trang tính" }).click();
  await page.getByText("Đã tạo 10 trang; giữ nguyên 0 trang đã có.").waitFor();
  await shot(page, "1-chuan-bi");
  expect(await sheets()).toEqual(expect.arrayContaining(["Cài đặt", "Phương pháp", "N4 Cung cấp dịch vụ công trực"]));

  // 2. Nhập dữ liệu. Slides comparing two years (an OCR-damaged header, abbreviated names): read,
  // with each column's role to choose and the movement since the previous year.
  await page.getByRole("tab", { name: /Nhập dữ liệu/ }).click();
  await page.getByRole("textbox").fill(shape("trinh-chieu-2011-2010.txt"));
  await page.getByRole("button", { name: "Xem trước" }).click();
  await page.getByText(/kỳ trước 2010/).waitFor();
  await expect(page.getByRole("table", { name: "Xem trước" }).getByText("▲ 3").count()).resolves.toBe(1);
  await expect(page.getByRole("combobox", { name: /Cột 3/ }).count()).resolves.toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot(page, "2-nhap-du-lieu");

  // Every provincial table of the 2016 report, pasted as copied.
  for (const [file, sheet] of [
    ["000-bang-4.7.txt", "N4 Cung cấp dịch vụ công trực"],
    ["000-bang-4.1.txt", "N1 Hạ tầng kỹ thuật CNTT"],
    ["000-bang-4.4.txt", "N3 Trang-Cổng thông tin điện tử"],
    ["000-bang-4.9.txt", "N5 Cơ chế, chính sách và quy"],
    ["000-bang-4.11.txt", "N6 Nguồn nhân lực cho ứng dụng"],
    ["000-bang-4.3.txt", "N2 Ứng dụng CNTT trong hoạt"],
  ]) {
    await page.getByRole("textbox").fill(fixture(file));
    await page.getByRole("button", { name: "Xem trước" }).click();
    await page.getByText(/Nhận ra: khối Tỉnh, thành phố trực thuộc Trung ương/).waitFor();
    await page.getByRole("button", { name: "Ghi vào trang tính" }).click();
    await page.getByText(new RegExp(`vào trang “${sheet}”`)).waitFor();
  }

  // A figure mistyped after pasting: Hà Nam, level 3, 1299 → 1929.
  await page.evaluate(() => {
    const rows = (window as any).__chisoWorkbook.sheets.get("N4 Cung cấp dịch vụ công trực").rows as unknown[][];
    rows.find((r) => r[1] === "T35")![3] = 1929;
  });

  // 3. Kiểm tra: the planted error, with its fix, and the report's own findings.
  await page.getByRole("tab", { name: /Kiểm tra/ }).click();
  await page.getByRole("button", { name: "Kiểm tra số liệu" }).click();
  const errors = page.getByRole("list", { name: "Lỗi" });
  await errors.waitFor();
  await expect(errors.getByText(/Tổng cộng = Mức độ 3 \+ Mức độ 4 không đúng: 1\.310 ≠ 1\.940/).count()).resolves.toBe(1);
  await expect(errors.getByText(/thành 1\.299 thì quy tắc đúng — hai chữ số liền nhau bị đảo/).count()).resolves.toBe(1);
  const warnings = page.getByRole("list", { name: "Cảnh báo" });
  await expect(warnings.getByText(/Đồng giá trị 324 nhưng đánh số hạng liên tiếp: An Giang \(14\), Bắc Giang \(15\)/).count()).resolves.toBe(1);
  await shot(page, "3-kiem-tra");
  expect(await sheets()).toContain("Phát hiện");

  // 4. Tính & xếp hạng: the ranked tables land in the workbook.
  await page.getByRole("tab", { name: /Tính & xếp hạng/ }).click();
  await page.getByRole("button", { name: "Tính và ghi bảng xếp hạng" }).click();
  await page.getByText(/Đã ghi \d+ bảng xếp hạng/).waitFor();
  // The index as bars, drawn by the chart control: fifteen bars at 320 px, the page no wider.
  const indexChart = page.locator("figure", { hasText: /Biểu đồ:/ });
  await indexChart.locator("svg rect").first().waitFor();
  await expect(indexChart.locator("svg g rect").count()).resolves.toBeGreaterThanOrEqual(15);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot(page, "4-xep-hang");
  expect(await sheets()).toEqual(expect.arrayContaining(["XH Tỉnh - N1", "XH Tỉnh - N2", "XH Tỉnh - N4"]));
  const n1 = await page.evaluate(() => (window as any).__chisoWorkbook.sheets.get("XH Tỉnh - N1").rows as unknown[][]);
  expect(n1[2]).toEqual(["Thứ hạng", "Cơ quan", "Mã", "Chỉ số", "Hạng công bố"]);
  expect(n1[3]).toEqual([1, "An Giang", "T89", 1, 1]);

  // 5. Thử trọng số: the mean of the five published indices, then infrastructure weighed 5 times.
  await page.getByRole("tab", { name: /Thử trọng số/ }).click();
  await page.getByRole("button", { name: "Đọc số liệu để thử trọng số" }).click();
  const table = page.getByRole("table", { name: "Thử trọng số" });
  await table.waitFor();
  const firstRows = async () => (await table.getByRole("row").allTextContents()).slice(1, 4);
  const before = await firstRows();
  expect(before[0]).toMatch(/^1TP\. Đà Nẵng0,948$/); // (1 + 0,906 + 0,942 + 1 + 0,891) / 5
  const n1w = page.getByRole("spinbutton", { name: "Trọng số N1 (số)" });
  await n1w.fill("5");
  await n1w.press("Enter");
  const after = await firstRows();
  expect(after).not.toEqual(before);
  expect(after[0]).toMatch(/^1/);
  await expect(table.getByText(/▼|▲/).count()).resolves.toBeGreaterThan(0);
  // The rank changes as a chart, which follows the weight.
  const whatIfChart = page.locator("figure", { hasText: /Thay đổi thứ hạng so với trọng số/ });
  await whatIfChart.locator("svg rect").first().waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole("button", { name: "Lưu kịch bản vào trang tính" }).click();
  await page.getByText("Đã lưu vào trang “KB1 1”.").waitFor();
  await shot(page, "5-thu-trong-so");
  expect(await sheets()).toContain("KB1 1");

  // 6. Độ tin cậy của hạng: draws in a Web Worker. A long run leaves the pane free to type in, shows
  // its progress and stops on Cancel; a run of 1,000 draws gives the bands, their words and chart.
  await page.getByRole("tab", { name: /Độ tin cậy của hạng/ }).click();
  await page.getByRole("button", { name: "Đọc số liệu để thử trọng số" }).click();
  const drawsBox = page.getByRole("textbox", { name: "Số lần thử" });
  await drawsBox.fill("100000");
  await page.getByRole("button", { name: "Chạy" }).click();
  await page.getByText(/^Đã thử [\d.]+\/100\.000 lần$/).waitFor();
  const seedBox = page.getByRole("textbox", { name: /Hạt giống/ });
  await seedBox.fill("12345");
  expect(await seedBox.inputValue()).toBe("12345");
  const progressAt = async () => Number((await page.getByText(/^Đã thử /).textContent())!.match(/Đã thử ([\d.]+)/)![1].replace(/\./g, ""));
  const early = await progressAt();
  await page.waitForFunction((n) => Number((document.body.innerText.match(/Đã thử ([\d.]+)\//) ?? ["", "0"])[1].replace(/\./g, "")) > n, early);
  await page.getByRole("button", { name: "Hủy" }).click();
  await expect(page.getByText(/^Đã thử /).count()).resolves.toBe(0);
  expect(requests.some((u) => /\/uncertainty\.worker\.js\?b=/.test(u))).toBe(true);
  await seedBox.fill("1");
  await drawsBox.fill("1000");
  await page.getByRole("button", { name: "Chạy" }).click();
  await page.getByText(/1\.000 lần thử, mỗi lần trọng số 5 nhóm .* Tỉnh, thành phố trực thuộc Trung ương: \d+\/63 cơ quan giữ nguyên hạng/).waitFor();
  const bands = page.getByRole("img", { name: /Hạng \(chấm\) và khoảng 5–95%/ });
  await expect(bands.locator("circle").count()).resolves.toBe(63);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole("button", { name: "Ghi ra trang tính" }).click();
  await page.getByText("Đã ghi trang “Tin cậy Tỉnh”.").waitFor();
  await shot(page, "6-do-tin-cay");
  expect(await sheets()).toContain("Tin cậy Tỉnh");

  // 7. So sánh: the 2016 ranking against a table of the 34 units of 2025, as a slope chart.
  await page.getByRole("tab", { name: /So sánh/ }).click();
  await page.getByRole("textbox", { name: /^Kỳ trước/ }).fill(fixture("000-bang-4.1.txt"));
  await page.getByRole("combobox", { name: /^Kỳ này/ }).click();
  await page.getByRole("option", { name: "Dán bảng" }).click();
  await page.getByRole("textbox", { name: /^Kỳ này/ }).fill(shape("dti-2025-tinh.txt"));
  await page.getByRole("combobox", { name: /Hạng kỳ trước của đơn vị hợp nhất/ }).click();
  await page.getByRole("option", { name: /Trung bình hạng/ }).click();
  await page.getByRole("button", { name: /So sánh và ghi ra trang/ }).click();
  await page.getByText(/Đã so sánh 34 cơ quan và ghi ra trang “So sánh”/).waitFor();
  const slope = page.locator("figure", { hasText: /Thứ hạng kỳ trước \(trái\)/ });
  // One line per unit (34, each with a previous rank by the mean rule) besides the two axes' ticks.
  await page.waitForFunction(() => Array.from(document.querySelectorAll("figure")).some((f) => /Thứ hạng kỳ trước/.test(f.textContent ?? "") && f.querySelectorAll("svg line").length >= 34 + 2));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot(page, "7-so-sanh");
  expect(await sheets()).toContain("So sánh");

  // Nothing left this machine: every request went to the local server or to the office.js files served from disk.
  const outside = requests.filter((u) => !u.startsWith(base) && !u.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/") && !u.startsWith("data:"));
  expect(outside).toEqual([]);
  expect(requests.some((u) => u.endsWith("/office.js"))).toBe(true);
  await page.close();
}, 120_000);

browserIt("from an empty workbook, never says “no findings” or “written” of data it did not have", async () => {
  const page = await openPane();
  const text = () => page.evaluate(() => document.body.innerText);
  const step = (name: RegExp) => page.getByRole("tab", { name }).click();
  const press = (name: string) => page.getByRole("button", { name }).click();

  await step(/Kiểm tra/);
  await press("Kiểm tra số liệu");
  await page.getByText(/Chưa kiểm tra được quan hệ nào/).waitFor();
  await step(/Tính & xếp hạng/);
  await press("Tính và ghi bảng xếp hạng");
  await page.getByText(/Trang “Cài đặt”: chưa có trang này trong sổ tính\. Hãy làm bước 1/).waitFor();
  await step(/Thử trọng số/);
  await press("Đọc số liệu để thử trọng số");
  await page.getByText(/Trang “Cài đặt”: chưa có trang này trong sổ tính\. Hãy làm bước 1/).waitFor();
  await step(/Nhập dữ liệu/);
  await page.getByRole("textbox").fill(fixture("000-bang-4.1.txt"));
  await press("Xem trước");
  await press("Ghi vào trang tính");
  await page.getByText(/Trang “Cài đặt”: chưa có trang này trong sổ tính\. Hãy làm bước 1/).waitFor();

  // Step 1 done, still no figures.
  await step(/Chuẩn bị/);
  await press("Tạo hoặc sửa các trang tính");
  await page.getByText(/Đã tạo 10 trang/).waitFor();
  await step(/Tính & xếp hạng/);
  await press("Tính và ghi bảng xếp hạng");
  await page.getByText(/Chưa có số liệu nào để tính: hãy dán bảng ở bước 2/).waitFor();
  await step(/Thử trọng số/);
  await press("Đọc số liệu để thử trọng số");
  await page.getByText(/Chưa tính được cơ quan nào/).waitFor();
  await step(/Kiểm tra/);
  await press("Kiểm tra số liệu");
  await page.getByText(/Chưa kiểm tra được quan hệ nào/).waitFor();

  expect(await text()).not.toMatch(/Không có phát hiện nào|Đã ghi \d+ bảng|Đã lưu/);
  expect(await text()).not.toMatch(/at \w+ \(|TypeError|undefined/);
  await page.close();
}, 60_000);

browserIt("can be used with the keyboard alone, at 320 px", async () => {
  const page = await openPane();
  // Tab to the first step's button and press Enter: the sheets are created.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (focused.includes("Tạo hoặc sửa các trang tính")) break;
  }
  await page.keyboard.press("Enter");
  await page.getByText(/Đã tạo 10 trang/).waitFor();
  // Arrow keys move between the steps' tabs.
  await page.getByRole("tab", { name: /Chuẩn bị/ }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByText(/Dán một bảng xếp hạng/).waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await page.close();
}, 60_000);
