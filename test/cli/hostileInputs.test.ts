/**
 * `chiso` on inputs that crashed it or were accepted without a word (issue 20): column specs
 * that contradict themselves or name no column, a figure with 150 decimals, a reader that stops
 * reading, a fault of the program itself. Exit 2 is a user's input, 3 a fault of ours, never 1.
 */
import { spawn, spawnSync } from "child_process";
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
