/**
 * Issue 21 on the command line: `check --methodology` weighs a DTI table by the decision's points
 * (the alias resolved by `--year`), and `regroup` carries a 63-province table to the 34 units, as
 * a table that `rank` then reads.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/chiso";

async function run(args: string[], cwd = os.tmpdir()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    cwd,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
const fixture = path.join(
  __dirname,
  "../fixtures/walk/dti-chi-tiet-tu-tao.txt",
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chiso-dti-"));
/** Six rows of a DTI table (too few to infer weights from), Hà Giang's DTI printed 0,0100 high. */
function six(): string {
  const lines = fs.readFileSync(fixture, "utf8").split("\n");
  const rows = lines
    .slice(2, 8)
    .map((l) =>
      l.split("\t")[1] === "Hà Giang"
        ? l.replace(
            /^(\d+\tHà Giang\t)0,(\d{4})/,
            (_, a, d) => `${a}0,${String(Number(d) + 100).padStart(4, "0")}`,
          )
        : l,
    );
  const file = path.join(dir, "sau-dong.txt");
  fs.writeFileSync(file, [lines[0], lines[1], ...rows].join("\n") + "\n");
  return file;
}

describe("chiso check --methodology", () => {
  it("weighs the DTI by Decision 922's points: one error on the altered DTI; without it, six rows infer nothing", async () => {
    const file = six();
    const weighed = await run([
      "check",
      file,
      "--methodology",
      "dti-tinh",
      "--year",
      "2022",
      "--json",
    ]);
    expect(weighed.code).toBe(1);
    const errors = JSON.parse(weighed.out).findings.filter(
      (f: { severity: string }) => f.severity === "error",
    );
    expect(
      errors.map(
        (f: {
          ruleId: string;
          agency: { name: string };
          message: { vi: string };
        }) => [f.ruleId, f.agency.name, f.message.vi.replace(/0,\d{4}/g, "x")],
      ),
    ).toEqual([
      [
        "tong-hop",
        "Hà Giang",
        "DTI in x, các thành phần cho x (trung bình có trọng số, theo trọng số của dti-tinh-922)",
      ],
    ]);
    const inferred = await run(["check", file, "--json"]);
    expect(inferred.code).toBe(0);
    expect(
      JSON.parse(inferred.out).findings.filter((f: { ruleId: string }) =>
        f.ruleId.startsWith("tong-hop"),
      ),
    ).toEqual([]);
  });

  it("says which columns the composite was checked against, how and by whose weights", async () => {
    const r = await run(["check", six(), "--methodology", "dti-tinh-922"]);
    expect(r.out).toMatch(/\n {4}tong-hop: DTI là trung bình có trọng số: 0,1 × Nhận thức số \+ .* \+ 0,2 × Hoạt động chính quyền số \+ 0,15 × Hoạt động kinh tế số \+ 0,15 × Hoạt động xã hội số, theo dti-tinh-922\n/);
  });

  it("405's assumed weights are said in the finding; a wrong year or methodology is refused", async () => {
    const r = await run([
      "check",
      six(),
      "--methodology",
      "dti-tinh",
      "--lang",
      "en",
    ]);
    expect(r.out).toMatch(
      /by the weights of dti-tinh-405 \(assumed weights\)/,
    );
    expect(
      await run(["check", six(), "--methodology", "dti-tinh", "--year", "22"]),
    ).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--year must be a year of assessment/),
    });
    expect(await run(["check", six(), "--methodology", "dti"])).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /Available: .*dti-tinh-922, dti-tinh-405, dti-bo-922, dti-bo-405, dti-tinh, dti-bo\./,
      ),
    });
  });
});

describe("chiso regroup", () => {
  it("carries the 63 provinces to the 34 units; rank reads the result", async () => {
    const r = await run(["regroup", fixture, "--to", "2025"]);
    expect(r.code).toBe(0);
    const out = path.join(dir, "34.txt");
    fs.writeFileSync(out, r.out);
    const ranked = await run(["rank", out, "--json"]);
    expect(ranked.code).toBe(0);
    const rows = JSON.parse(ranked.out);
    expect(rows).toHaveLength(34);
    expect(
      rows.every((x: { rank: number }) => x.rank >= 1 && x.rank <= 34),
    ).toBe(true);
    const json = JSON.parse(
      (await run(["regroup", fixture, "--to", "2025", "--json"])).out,
    );
    expect(Object.keys(json[0])).toEqual([
      "agency",
      "code",
      "values",
      "predecessors",
    ]);
  });

  it("refuses a missing --to and an unknown rule, in words", async () => {
    expect(await run(["regroup", fixture])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--to must be an agency register: 2016, 2025/),
    });
    expect(
      await run(["regroup", fixture, "--to", "2025", "--rule", "median"]),
    ).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--rule must be mean, sum, max, population/),
    });
  });
});
