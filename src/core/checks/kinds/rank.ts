/**
 * Published ranks against the values, diagnosed locally so that one bad row does not turn
 * into a finding for everyone below it: rows without a value are reported on their own and
 * set aside; rows out of order are the fewest that break a non-increasing sequence; then each
 * group of equal values is checked for one shared rank, and each group's rank against the
 * previous group's rank plus its size (1, 1, 3). In an excerpt, ranks may jump over the rows
 * left out. A table of ranks without values is checked for the same pattern of ties; a previous
 * period's ranks are checked like the current ones.
 */
import { formatVietnameseNumber } from "../../numbers/formatVietnameseNumber";
import { compareVietnamese } from "../../text/vietnameseText";
import type { CheckRow, CheckTable } from "../checkTable";
import type { Finding } from "../finding";
import { z } from "../../zodConfig";
import { AnyRule, RuleKind, ruleBase } from "./kind";

/** Published ranks against the values. */
export const rankRule = z.object({ ...ruleBase, kind: z.literal("rank") });

export const RANK: RuleKind<z.infer<typeof rankRule>> = {
  kind: "rank",
  schema: rankRule,
  check: (rule, run) => {
    const out = checkRanks(run.table, rule, run.outOfRange);
    return { findings: out.findings, count: out.checked };
  },
};

interface Ranked {
  row: CheckRow;
  rank: number;
  value: number | null;
  names: string;
}

export function checkRanks(
  table: CheckTable,
  rule: AnyRule,
  outOfRange: Set<CheckRow>,
): { findings: Finding[]; checked: number } {
  const { rank, value, previousRank, previousValue } = table.roles;
  const current = checkRankColumn(table, rule, outOfRange, rank, value);
  const previous = checkRankColumn(
    table,
    rule,
    outOfRange,
    previousRank,
    previousValue,
  );
  return {
    findings: [...current.findings, ...previous.findings],
    checked: current.checked + previous.checked,
  };
}

function checkRankColumn(
  table: CheckTable,
  rule: AnyRule,
  outOfRange: Set<CheckRow>,
  rankCol: number | undefined,
  valueCol: number | undefined,
): { findings: Finding[]; checked: number } {
  if (rankCol === undefined) return { findings: [], checked: 0 };
  const excerpt = table.coverage?.excerpt ?? false;
  const findings: Finding[] = [];
  const decimals =
    valueCol === undefined
      ? 0
      : table.rows.reduce(
          (d, r) => Math.max(d, r.cells[valueCol].parsed.decimals),
          0,
        );
  const fmt = (v: number) => formatVietnameseNumber(v, { decimals });
  const names = (row: CheckRow) =>
    row.agencies.map((m) => m.agency?.name ?? m.name).join(", ") || row.label;
  const finding = (
    row: CheckRow,
    suffix: string,
    severity: Finding["severity"],
    message: Finding["message"],
    expected: number | null,
    actual: number,
  ): Finding => ({
    ruleId: `${rule.id}.${suffix}`,
    severity,
    where: row.cells[rankCol].where,
    agency: row.agencies[0]?.agency
      ? { code: row.agencies[0].agency.code, name: names(row) }
      : { name: names(row) },
    message,
    expected,
    actual,
  });

  // Without values, the ranks themselves say which agencies are tied (equal ranks).
  const all: Ranked[] = table.rows
    .filter((row) => row.cells[rankCol].parsed.kind === "integer")
    .map((row) => ({
      row,
      rank: row.cells[rankCol].parsed.value!,
      value:
        valueCol === undefined
          ? -row.cells[rankCol].parsed.value!
          : row.cells[valueCol].parsed.value,
      names: names(row),
    }));
  for (const r of all.filter((x) => x.value === null)) {
    findings.push(
      finding(
        r.row,
        "khong-so-lieu",
        rule.severity,
        {
          vi: `${r.names}: không có số liệu nhưng được xếp hạng ${r.rank}`,
          en: `${r.names}: no value, yet ranked ${r.rank}`,
        },
        null,
        r.rank,
      ),
    );
  }
  const valued = all
    .filter((x) => x.value !== null && !outOfRange.has(x.row))
    .sort((a, b) => a.rank - b.rank || a.row.index - b.row.index);
  // Values high to low: the rank a value earns is one more than the count of higher values.
  const descending = valued.map((x) => x.value!).sort((a, b) => b - a);
  const kept = longestNonIncreasing(
    valued,
    valued.map((x) => countLeading(descending, (v) => v > x.value!) + 1),
  );
  const keptSet = new Set(kept);
  for (const r of valued.filter((x) => !keptSet.has(x))) {
    const better = countLeading(descending, (v) => v > r.value!) + 1;
    findings.push(
      finding(
        r.row,
        "thu-tu",
        rule.severity,
        {
          vi: `${r.names}: hạng ${r.rank} không theo giá trị ${fmt(r.value!)} (theo giá trị là hạng ${better})`,
          en: `${r.names}: rank ${r.rank} does not follow from the value ${fmt(r.value!)} (the value ranks ${better})`,
        },
        better,
        r.rank,
      ),
    );
  }

  // Groups of equal values, in published order.
  const groups: Ranked[][] = [];
  for (const r of kept) {
    const last = groups[groups.length - 1];
    if (last && last[0].value === r.value) last.push(r);
    else groups.push([r]);
  }
  // Each group's rank follows from the previous group's published rank and size (1, 1, 3),
  // so a wrong rank is reported once and not carried down the table.
  const setAsideRanks = all
    .filter((x) => !keptSet.has(x))
    .map((x) => x.rank)
    .sort((a, b) => a - b);
  // Ties ranked apart are judged once for the table: printed with decimals and not all in name
  // order, the publisher ranked on more decimals than it printed (one note listing every group);
  // otherwise it numbered ties in sequence, each group a finding.
  const apartGroups = groups.filter((g) => g.some((r) => r.rank !== g[0].rank));
  const inNameOrder = (group: Ranked[]) =>
    group.every(
      (r, i) => i === 0 || compareVietnamese(group[i - 1].names, r.names) <= 0,
    );
  const moreDecimals = decimals > 0 && apartGroups.some((g) => !inNameOrder(g));
  if (moreDecimals) {
    const members = (g: Ranked[]) =>
      g.map((r) => `${r.names} (${r.rank})`).join(", ");
    const one = apartGroups.length === 1;
    const list = one
      ? `${fmt(apartGroups[0][0].value!)} nhưng xếp khác hạng: ${members(apartGroups[0])}`
      : `theo số đã in nhưng xếp khác hạng (${apartGroups.length} nhóm): ${apartGroups.map((g) => `${fmt(g[0].value!)}: ${members(g)}`).join("; ")}`;
    const listEn = one
      ? `${fmt(apartGroups[0][0].value!)} but ranked apart: ${members(apartGroups[0])}`
      : `as printed but ranked apart (${apartGroups.length} groups): ${apartGroups.map((g) => `${fmt(g[0].value!)}: ${members(g)}`).join("; ")}`;
    const at = apartGroups[0].find((r) => r.rank !== apartGroups[0][0].rank)!;
    findings.push(
      finding(
        at.row,
        "nhieu-chu-so",
        "info",
        {
          vi: `Bằng nhau ${one ? "ở " : ""}${list}. Có lẽ đơn vị công bố xếp theo nhiều chữ số hơn số đã in.`,
          en: `Equal ${one ? "at " : ""}${listEn}. The publisher probably ranked on more decimals than shown.`,
        },
        Math.min(...apartGroups[0].map((r) => r.rank)),
        at.rank,
      ),
    );
  }
  let previous: { first: number; size: number } | undefined;
  for (const group of groups) {
    const first = Math.min(...group.map((r) => r.rank));
    // Rows set aside that the publisher placed between the two groups still take places.
    const from = previous?.first ?? 0;
    const between =
      countLeading(setAsideRanks, (x) => x < first) -
      countLeading(setAsideRanks, (x) => x < from);
    const expectedHere =
      (previous ? previous.first + previous.size : 1) + between;
    // An excerpt leaves rows out: its ranks may jump, never fall back.
    const jumpsOver = excerpt && first > expectedHere;
    const apart = group.filter((r) => r.rank !== first);
    if (apart.length && !moreDecimals) {
      const list = group.map((r) => `${r.names} (${r.rank})`).join(", ");
      findings.push(
        finding(
          apart[0].row,
          "dong-hang",
          rule.severity,
          {
            vi: `Đồng giá trị ${fmt(group[0].value!)} nhưng đánh số hạng liên tiếp: ${list}; cùng hạng ${first} mới đúng`,
            en: `Tied at ${fmt(group[0].value!)} but numbered in sequence: ${list}; they share rank ${first}`,
          },
          first,
          apart[0].rank,
        ),
      );
    }
    if (first !== expectedHere && !jumpsOver) {
      const who = group.map((r) => r.names).join(", ");
      findings.push(
        finding(
          group[0].row,
          first > expectedHere ? "bo-hang" : "lap-hang",
          rule.severity,
          first > expectedHere
            ? {
                vi: `${who}: hạng ${first}, nhưng sau nhóm trước phải là hạng ${expectedHere} (bỏ sót hạng)`,
                en: `${who}: rank ${first}, but after the previous group the rank is ${expectedHere} (a rank skipped)`,
              }
            : {
                vi: `${who}: hạng ${first}, nhưng ${expectedHere - 1} cơ quan đứng trên nên phải là hạng ${expectedHere}`,
                en: `${who}: rank ${first}, but ${expectedHere - 1} agencies are above, so the rank is ${expectedHere}`,
              },
          expectedHere,
          first,
        ),
      );
    }
    previous = { first, size: group.length };
  }
  return { findings, checked: all.length };
}

/** The longest subsequence (in published order) whose values never increase. */
/**
 * The most rows, in rank order, whose values never rise: the rows that stand. Among chains as
 * long, the one keeping most rows whose rank is the one their value earns: a mistyped rank is
 * the row blamed, not the neighbour it jumped over.
 */
function longestNonIncreasing(rows: Ranked[], earned: number[]): Ranked[] {
  const n = rows.length;
  const fits = rows.map((r, i) => (r.rank === earned[i] ? 1 : 0));
  const score = fits.map((f) => n + 1 + f);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const through = score[j] + n + 1 + fits[i];
      if (rows[j].value! >= rows[i].value! && through > score[i]) {
        score[i] = through;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (score[i] >= score[end]) end = i;
  const out: Ranked[] = [];
  for (let i = n ? end : -1; i >= 0; i = prev[i]) out.unshift(rows[i]);
  return out;
}

/** How many elements lead `sorted` while `holds` is true of them: a binary search. */
function countLeading(sorted: number[], holds: (x: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
