/**
 * `chiso` on inputs that crashed it or were accepted without a word (issue 20): column specs
 * that contradict themselves or name no column, a figure with 150 decimals, a reader that stops
 * reading, a fault of the program itself. Exit 2 is a user's input, 3 a fault of ours, never 1.
 */
import { spawn, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/chiso";

const root = path.join(__dirname, "../..");
const table = path.join(root, "test/fixtures/tables/000-bang-2.1.txt");

async function run(args: string[], io: { out?: (t: string) => void } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: io.out ?? ((t) => out.push(t)),
    err: (t) => err.push(t),
    cwd: os.tmpdir(),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("--columns is checked before it is used", () => {
  it.each([
    [
      ["rank=1,agency=1"],
      /cột 1 được nêu cho cả “rank” và “agency”; mỗi cột chỉ một vai trò/,
    ],
    [["agency=1,agency=2"], /vai trò “agency” được nêu hai lần/],
    [
      ["rank=999"],
      /không có cột 999; Bảng 2\.1 có 3 cột: 1 “Thứ hạng”, 2 “Bộ, cơ quan ngang Bộ”, 3 “Chỉ số năm 2016”/,
    ],
  ])("%s is refused with what exists (exit 2)", async ([spec], said) => {
    for (const command of ["rank", "check"]) {
      const r = await run([command, table, "--columns", spec]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(said);
      expect(r.err).not.toMatch(/TypeError|at .*\.ts/);
    }
  });

  it("a ranking whose agency column is set aside is no ranking: said, exit 2", async () => {
    const r = await run(["rank", table, "--columns", "ignore=2,ignore=3"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Lỗi: \S*test\/fixtures\/tables\/000-bang-2\.1\.txt: Không tìm thấy bảng xếp hạng\. Đã đọc 1 bảng: Bảng 2\.1: bảng xếp hạng, khối Bộ, cơ quan ngang Bộ, nhóm N1 — không có cột cơ quan; thứ hạng/,
    );
  });
});

describe("a fault of the program", () => {
  it("exits 3 with what to report, apart from data errors (1) and unusable input (2)", async () => {
    const r = await run(["rank", table], {
      out: () => {
        throw new TypeError("cannot print");
      },
    });
    expect(r.code).toBe(3);
    expect(r.err).toMatch(
      /^Lỗi của chương trình \(không phải của số liệu\): cannot print\nHãy báo cho người bảo trì chiso/,
    );
    expect(r.err).toMatch(
      /A fault in the program \(not in the data\): cannot print/,
    );
  });
});

describe("the command as a process", () => {
  const bin = path.join(root, "bin/chiso.js");

  it("stops quietly when its reader stops reading (`| head`)", async () => {
    // Its output closed before it writes: no EPIPE trace, the command's own exit code (1: the
    // report has errors).
    const child = spawn(process.execPath, [
      bin,
      "check",
      path.join(root, "test/fixtures/reference/mic-2016-report.txt"),
    ]);
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) =>
      child.on("close", resolve),
    );
    expect(stderr).toBe("");
    expect(code).toBe(1);
  }, 30_000);

  it("quotes a file name exactly as given", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-"));
    const file = path.join(dir, "unk-1000.txt");
    fs.writeFileSync(file, "không có bảng nào ở đây\n");
    // Named as the user typed it, from its folder: the message must not capitalise it.
    const r = spawnSync(process.execPath, [bin, "rank", "unk-1000.txt"], {
      encoding: "utf8",
      cwd: dir,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Lỗi: unk-1000\.txt: /);
    expect(r.stderr).not.toContain("Unk-1000");
  });
});

describe("an equality is exact at the printed precision (a mutation that lets '=' tolerate 1 fails here)", () => {
  const write = (lines: string[]) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-"));
    const file = path.join(dir, "t.txt");
    fs.writeFileSync(file, lines.join("\n"));
    return file;
  };

  it("a total off by one from its parts is an error, exit 1", async () => {
    const file = write([
      "Số lượng dịch vụ công trực tuyến năm 2016",
      "Thứ hạng\tTỉnh, thành phố\tMức độ 3\tMức độ 4\tTổng cộng",
      "1\tHà Nội\t120\t30\t150",
      "2\tĐà Nẵng\t100\t40\t140",
      "3\tHải Phòng\t90\t35\t126",
      "4\tCần Thơ\t80\t20\t100",
    ]);
    const r = await run(["check", file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /Lỗi \(1\)\n {2}t\.txt: .*dòng 5, cột 5 — .*126 ≠ 125/,
    );
  });

  it("a rate one unit off in its last printed digit is the table's rounding note; two units off, a warning", async () => {
    const rates = (q3: string) =>
      write([
        "Hồ sơ trực tuyến theo quý",
        "Chỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV",
        "Số hồ sơ trực tuyến\t1.305\t1.518\t1.820\t2.004",
        "Tổng số hồ sơ\t7.000\t7.542\t8.110\t8.377",
        `Tỷ lệ hồ sơ trực tuyến\t18,64%\t20,13%\t${q3}\t23,92%`,
      ]);
    const one = await run(["check", rates("22,45%")]);
    expect(one.out).toMatch(
      /1 tỷ lệ lệch đúng một đơn vị ở chữ số cuối .*dòng 5, cột 4: 22,45% \(các phần cho 22,4414; làm tròn từ số chưa làm tròn\) \[lam-tron\]/,
    );
    expect(one.out).not.toMatch(/Cảnh báo/);
    const two = await run(["check", rates("22,46%")]);
    expect(two.out).toMatch(
      /Cảnh báo \(1\)\n {2}t\.txt: .*dòng 5, cột 4 — .*ghi 22,46%, nhưng 1\.820 \/ 8\.110 × 100 = 22,44 \[suy-ra\.ty-le\]/,
    );
    expect(two.out).not.toMatch(/lam-tron/);
  });
});

describe("every message true", () => {
  it("a formula never calculated and an Excel error are named as such, never “[object Object]”", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-"));
    const file = path.join(dir, "du-lieu.xlsx");
    expect((await run(["template", file])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => w.name.startsWith("N1"))!;
    ws.getCell("D2").value = 95.5;
    ws.getCell("D3").value = {
      formula: "SUM(X1:X2)",
    } as ExcelJS.CellFormulaValue;
    ws.getCell("D4").value = {
      formula: "1/0",
      result: { error: "#DIV/0!" },
    } as unknown as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
    const r = await run(["check", file]);
    const all = `${r.out}\n${r.err}`;
    expect(all).not.toMatch(/object Object/);
    expect(all).toMatch(
      /!D3 — ô có công thức chưa tính \(=SUM\(X1:X2\)\) — hãy mở và lưu lại trong Excel/,
    );
    expect(all).toMatch(
      /!D4 — ô báo lỗi #DIV\/0! của Excel: hãy sửa công thức hoặc số liệu của ô/,
    );
  });

  it("a workbook with a password says so, and what to do", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-"));
    const file = path.join(dir, "mat-khau.xlsx");
    // Excel saves an encrypted workbook as an OLE compound file.
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from("d0cf11e0a1b11ae1", "hex"),
        Buffer.alloc(504),
      ]),
    );
    const r = await run(["check", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /là sổ tính có mật khẩu, hoặc tệp \.xls cũ: chiso không mở được\. Hãy bỏ mật khẩu trong Excel/,
    );
  });
});

describe("whose file it is", () => {
  it("chiso replaces its own output, but not one a person changed, nor one that only says chiso made it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-"));
    const own = path.join(dir, "mau.xlsx");
    expect((await run(["template", own])).code).toBe(0);
    expect((await run(["template", own])).code).toBe(0); // untouched: still its own
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(own);
    wb.worksheets.find((w) => w.name.startsWith("N1"))!.getCell("D2").value =
      12;
    await wb.xlsx.writeFile(own); // ExcelJS keeps creator and lastModifiedBy: chiso
    const edited = await run(["template", own]);
    expect(edited.code).toBe(2);
    expect(edited.err).toMatch(
      /đã có, và không phải tệp chiso ghi ra rồi chưa ai sửa; không ghi đè/,
    );
    const claims = path.join(dir, "cua-nguoi-dung.xlsx");
    const person = new ExcelJS.Workbook();
    person.creator = person.lastModifiedBy = "chiso";
    person.addWorksheet("Số liệu").addRow(["Hà Nội", 1]);
    await person.xlsx.writeFile(claims);
    expect((await run(["template", claims])).code).toBe(2);
  });

  it("never writes its output over its input", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-"));
    const input = path.join(dir, "du-lieu.xlsx");
    expect((await run(["template", input])).code).toBe(0);
    const before = fs.readFileSync(input);
    const r = await run(["sensitivity", input, "--out", input, "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /--out “.*du-lieu\.xlsx” là chính tệp đầu vào; chiso không ghi đè lên số liệu nó đang đọc/,
    );
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});

describe("reading stops at the limit", () => {
  it("a device with no end (/dev/zero) is refused at 50 MB, not read until memory runs out", () => {
    const r = spawnSync(
      process.execPath,
      [path.join(root, "bin/chiso.js"), "rank", "/dev/zero"],
      { encoding: "utf8", timeout: 20_000 },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /tệp dài hơn 50 MB, quá giới hạn đầu vào \(hoặc là một thiết bị không có điểm dừng\)/,
    );
  });
});
