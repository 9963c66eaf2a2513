/**
 * `npm run growth`: do the readers grow linearly? Each series reads and checks a pasted text (as
 * `chiso check` does) at sizes n, 4n, 16n…; a step may take at most ×8 the time of the one before
 * (linear is ×4, n² would be ×16), and a size over a limit must be refused in under 1 s. Each size
 * runs in its own process with a time cap, so a quadratic reader fails the check in seconds
 * instead of running for minutes. Timed, so it is a benchmark (also printed by `npm run bench`),
 * not a jest test; it exits 1 when a series grows too fast.
 */
import { spawnSync } from "child_process";
import { performance } from "perf_hooks";
import { getDefaultRegister } from "../src/core/agencies/registerEditions";
import { runChecks } from "../src/core/checks/runChecks";
import { checkTablesFromText } from "../src/core/checks/fromRecognised";
import { UserError } from "../src/core/userError";

const NAMES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Quảng Ninh", "Bắc Ninh", "Nghệ An", "Thanh Hóa", "Lào Cai", "Sơn La", "Lai Châu", "Điện Biên", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Yên Bái", "Phú Thọ"]; // prettier-ignore
const wide = (columns: number) =>
  [
    [
      "TT",
      "Tỉnh",
      ...Array.from({ length: columns }, (_, i) => `Chỉ tiêu ${i + 1}`),
    ],
    ...NAMES.map((n, r) => [
      String(r + 1),
      n,
      ...Array.from({ length: columns }, (_, c) =>
        String(((r * 31 + c * 17) * 2654435761) % 997),
      ),
    ]),
  ]
    .map((l) => l.join("\t"))
    .join("\n");
// A well-formed table with a rowspan and a colspan in every pair of rows…
const spans = (n: number) =>
  [
    "<table>",
    ...Array.from(
      { length: n / 2 },
      (_, i) =>
        `<tr><td rowspan="2">${NAMES[i % NAMES.length]}</td><td colspan="2">${i}</td><td>0,${i % 1000}</td></tr><tr><td>${i}</td><td>${i + 1}</td><td>0,${(i + 7) % 1000}</td></tr>`,
    ),
    "</table>",
  ].join("\n");
// …and cells spanning a thousand rows and columns on every row, which overlap: the old reader
// rescanned every spanned cell per column; they are refused now.
const overlapping = (n: number) =>
  [
    "<table>",
    ...Array.from(
      { length: n },
      (_, i) =>
        `<tr><td rowspan="1000" colspan="1000">${NAMES[i % NAMES.length]}</td><td>${i}</td><td>0,${i % 1000}</td></tr>`,
    ),
    "</table>",
  ].join("\n");
const htmlRows = (n: number) =>
  [
    "<table>",
    '<tr><th colspan="1000">Tiêu đề</th></tr>',
    ...Array.from(
      { length: n },
      (_, i) =>
        `<tr><td>${i + 1}</td><td>${NAMES[i % NAMES.length]}</td><td>0,${i % 1000}</td></tr>`,
    ),
    "</table>",
  ].join("\n");
const SENTENCE =
  "Năm 2023, chỉ số DTI của Hà Nội là 0,5983, xếp hạng 6 trên 63 tỉnh, thành phố; ";
const CELL = SENTENCE.repeat(3) + "\t"; // 238 characters
const longLine = (n: number) =>
  `Xếp hạng\tTỉnh\tChỉ số\n1\tHà Nội\t0,5983\n${CELL.repeat(Math.ceil(n / CELL.length)).slice(0, n)}`;
const tabLine = (n: number) =>
  `Xếp hạng\tTỉnh\tChỉ số\n${"1\t".repeat(Math.floor(n / 2))}`;

/** A series: how its input is made, its sizes (each ×4), and the size from which it is refused. */
interface Series {
  what: string;
  make: (n: number) => string;
  sizes: number[];
  refusedFrom?: number;
}
export const growthSeries: Record<
  "columns" | "spans" | "overlapping" | "html" | "line" | "tabs",
  Series
> = {
  columns: {
    what: "columns of a 17-row table",
    make: wide,
    sizes: [10, 40, 160],
  },
  spans: {
    what: "HTML rows with rowspan and colspan",
    make: spans,
    sizes: [500, 2_000, 8_000],
  },
  overlapping: {
    what: "HTML rows with overlapping spans of 1,000 (refused)",
    make: overlapping,
    sizes: [10, 40, 160],
    refusedFrom: 10,
  },
  html: {
    what: "HTML rows under a colspan=1000 header",
    make: htmlRows,
    sizes: [500, 2_000, 8_000],
  },
  line: {
    what: "characters in one line of 238-character cells (over 200,000 refused)",
    make: longLine,
    sizes: [12_500, 50_000, 200_000, 800_000],
    refusedFrom: 800_000,
  },
  tabs: {
    what: "characters in one tab-separated line (over 1,000 cells refused)",
    make: tabLine,
    sizes: [120, 480, 1_920, 7_680],
    refusedFrom: 7_680,
  },
};
type SeriesId = keyof typeof growthSeries;

const MAX_STEP = 8; // ×4 input: linear ×4, n log n a little more, n² ×16
const REFUSED_WITHIN_MS = 1000;
const FLOOR_MS = 20; // below this a ratio is noise: a step to under 20 ms always passes

/** Median of three reads of one input, in this process (ms; one read when it takes over a second), and whether it was refused at a limit. */
function timeOne(id: SeriesId, n: number): { ms: number; refused: boolean } {
  const text = growthSeries[id].make(n);
  const register = getDefaultRegister();
  let refused = false;
  const read = () => {
    const t0 = performance.now();
    try {
      runChecks(checkTablesFromText(text, "x.txt", register), register);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      refused = true;
    }
    return performance.now() - t0;
  };
  const first = read();
  return {
    ms: first > 1000 ? first : [first, read(), read()].sort((a, b) => a - b)[1],
    refused,
  };
}

export interface GrowthResult {
  id: SeriesId;
  line: string;
  ok: boolean;
}

/** Times every size of a series in a child process, stopping it once it is over what linear allows. */
export function measureSeries(id: SeriesId): GrowthResult {
  const { what, sizes } = growthSeries[id];
  const refusedFrom = growthSeries[id].refusedFrom ?? Infinity;
  const times: number[] = [];
  const steps: string[] = [];
  let ok = true;
  for (const [i, n] of sizes.entries()) {
    const refused = n >= refusedFrom;
    const allowed = refused
      ? REFUSED_WITHIN_MS
      : i === 0
        ? 60_000
        : Math.max(FLOOR_MS, times[i - 1]) * MAX_STEP;
    // Three runs and the child's start; a capped child is killed, so it stops early.
    const cap = Math.ceil(Math.min(allowed * 3, allowed + 5000) + 2000);
    const child = spawnSync(
      process.execPath,
      [__filename, "--one", id, String(n)],
      { encoding: "utf8", timeout: cap },
    );
    const done =
      child.status === 0
        ? (JSON.parse(child.stdout) as { ms: number; refused: boolean })
        : undefined;
    if (!done) {
      steps.push(
        `${n.toLocaleString("en")}: not done in ${cap.toLocaleString("en")} ms, stopped`,
      );
      ok = false;
      break;
    }
    const t = done.ms;
    const said = `${n.toLocaleString("en")}${i && !refused ? ` (×${(t / times[i - 1]).toFixed(1)})` : ""}`;
    times.push(t);
    const fits = t <= allowed && done.refused === refused;
    ok &&= fits;
    const why =
      done.refused !== refused
        ? ` — ${done.refused ? "refused" : "read"}, should be ${refused ? "refused" : "read"}`
        : t > allowed
          ? ` — over ${Math.round(allowed)} ms`
          : "";
    steps.push(
      `${said}: ${t.toFixed(t < 10 ? 2 : 0)} ms${done.refused ? " refused" : ""}${why}`,
    );
    if (!fits) break;
  }
  return {
    id,
    ok,
    line: `Growth, ${what}: ${steps.join("; ")}${ok ? "" : " — GROWS TOO FAST"}`,
  };
}

if (require.main === module) {
  const at = process.argv.indexOf("--one");
  if (at >= 0) {
    process.stdout.write(
      JSON.stringify(
        timeOne(process.argv[at + 1] as SeriesId, Number(process.argv[at + 2])),
      ),
    );
  } else {
    const asked = process.argv
      .slice(2)
      .filter((a) => a in growthSeries) as SeriesId[];
    const results = (
      asked.length ? asked : (Object.keys(growthSeries) as SeriesId[])
    ).map((id) => {
      const r = measureSeries(id);
      console.log(r.line);
      return r;
    });
    const bad = results.filter((r) => !r.ok);
    console.log(
      bad.length
        ? `${bad.length} series grow faster than linear: ${bad.map((r) => r.id).join(", ")}.`
        : `Every series grows at most ×${MAX_STEP} per ×4.`,
    );
    process.exitCode = bad.length ? 1 : 0;
  }
}
