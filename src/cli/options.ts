/** Options shared by the commands: the user's word on a table's columns and block, a preset. */
import type { BlockId } from "../core/agencies/registerSchema";
import type { Methodology } from "../core/methodology/methodologySchema";
import {
  getPreset,
  PRESET_ALIASES,
  PRESET_IDS,
  presetIdFor,
} from "../core/methodology/presets";
import {
  ColumnOverrides,
  OVERALL,
  RecognisedTable,
} from "../core/tables/recognise/types";
import { CliError } from "./cliError";

type ColumnRoleOption = Exclude<
  keyof ColumnOverrides,
  "block" | "group" | "skipLines" | "table"
>;
const ROLE_OF: Record<string, ColumnRoleOption> = {
  rank: "rank",
  hang: "rank",
  agency: "agency",
  "co-quan": "agency",
  value: "value",
  "gia-tri": "value",
  "previous-rank": "previousRank",
  "hang-truoc": "previousRank",
  "previous-value": "previousValue",
  "gia-tri-truoc": "previousValue",
  ignore: "ignore",
  "bo-qua": "ignore",
};

const BLOCK_OF: Record<string, BlockId> = {
  ministry: "ministry",
  bo: "ministry",
  government: "government",
  cqcp: "government",
  province: "province",
  tinh: "province",
};

/** `--columns rank=1,agency=2,value=4` and `--block tinh`: the user's word on a table. */
export function parseOverrides(
  columns: string | undefined,
  block: string | undefined,
): ColumnOverrides | undefined {
  if (columns === undefined && block === undefined) return undefined;
  const out: ColumnOverrides = {};
  // Each role once, each column for one role: a spec that says otherwise is refused, never read
  // with the last word winning.
  const byColumn = new Map<number, string>();
  const roles = new Set<string>();
  for (const part of (columns ?? "").split(",").filter((p) => p.trim())) {
    const m = /^\s*([a-z-]+)\s*=\s*(\d{1,3})\s*$/i.exec(part);
    const role = m ? ROLE_OF[m[1].toLowerCase()] : undefined;
    if (!m || !role || Number(m[2]) < 1)
      throw new CliError({
        vi: `--columns: “${part}” không hợp lệ; viết dạng rank=1,agency=2,value=4 (vai trò: rank, agency, value, previous-rank, previous-value, ignore; cột đếm từ 1).`,
        en: `--columns: “${part}” is not valid; write rank=1,agency=2,value=4 (roles: rank, agency, value, previous-rank, previous-value, ignore; columns from 1).`,
      });
    const column = Number(m[2]);
    const said = m[1].toLowerCase();
    if (role !== "ignore" && roles.has(role))
      throw new CliError({
        vi: `--columns: vai trò “${said}” được nêu hai lần; mỗi vai trò chỉ một cột.`,
        en: `--columns: the role “${said}” is given twice; each role takes one column.`,
      });
    const other = byColumn.get(column);
    if (other !== undefined)
      throw new CliError({
        vi: `--columns: cột ${column} được nêu cho cả “${other}” và “${said}”; mỗi cột chỉ một vai trò.`,
        en: `--columns: column ${column} is given both “${other}” and “${said}”; each column takes one role.`,
      });
    roles.add(role);
    byColumn.set(column, said);
    if (role === "ignore") out.ignore = [...(out.ignore ?? []), column];
    else out[role] = column;
  }
  if (block !== undefined) {
    const b = BLOCK_OF[block.toLowerCase()];
    if (!b)
      throw new CliError({
        vi: `--block phải là bo, cqcp hoặc tinh (đang là “${block}”).`,
        en: `--block must be ministry, government or province (got “${block}”).`,
      });
    out.block = b;
  }
  return out;
}

/** `--methodology ID`: one of the shipped presets, or an alias of the one in force in `year`. */
export function methodologyOf(id: string, year?: number): Methodology {
  const preset = presetIdFor(id, year);
  const all = [...PRESET_IDS, ...Object.keys(PRESET_ALIASES)].join(", ");
  if (!preset)
    throw new CliError({
      vi: `Không có phương pháp “${id}”. Có: ${all}.`,
      en: `No methodology “${id}”. Available: ${all}.`,
    });
  return getPreset(preset);
}

/**
 * `--group N1|N4.2|overall|published`: what a pasted table ranks, when its title does not say —
 * a group or a criterion of the methodology, the overall index, or none (a published ranking).
 */
export function groupOption(value: string, m: Methodology): string {
  const ids = m.groups.flatMap((g) => [g.id, ...g.criteria.map((c) => c.id)]);
  const id = ids.find((x) => x.toLowerCase() === value.trim().toLowerCase());
  if (id) return id;
  const word = value.trim().toLowerCase();
  if (["overall", "tong-hop", "th"].includes(word)) return OVERALL;
  if (["published", "cong-bo", "none"].includes(word)) return "";
  throw new CliError({
    vi: `--group: phương pháp ${m.id} không có nhóm hay tiêu chí “${value}”. Có: ${ids.join(", ")}, tong-hop (chỉ số tổng hợp), cong-bo (chỉ là bảng xếp hạng công bố).`,
    en: `--group: methodology ${m.id} has no group or criterion “${value}”. Available: ${ids.join(", ")}, overall (the overall index), published (a published ranking only).`,
  });
}

/**
 * `--columns` naming a column that none of the tables read has: refused, with the columns that
 * exist (of the widest table), so that a spec is never silently ignored.
 */
export function checkOverrideColumns(
  overrides: ColumnOverrides | undefined,
  read: Pick<RecognisedTable, "name" | "columns">[],
): void {
  if (!overrides || read.length === 0) return;
  // The columns as pasted (a combined `rank (value)` column is one), with their headers.
  const tables = read.map((t) => {
    const headers: string[] = [];
    for (const c of t.columns) headers[c.source] ??= c.header;
    return { name: t.name, headers: Array.from(headers, (h) => h ?? "") };
  });
  const named = [
    overrides.rank,
    overrides.agency,
    overrides.value,
    overrides.previousRank,
    overrides.previousValue,
    ...(overrides.ignore ?? []),
  ].filter((c): c is number => c !== undefined);
  const widest = tables.reduce((a, b) =>
    b.headers.length > a.headers.length ? b : a,
  );
  const missing = named.filter((c) => c > widest.headers.length);
  if (missing.length === 0) return;
  const list = widest.headers
    .map((h, i) => `${i + 1} “${h || "…"}”`)
    .join(", ");
  throw new CliError({
    vi: `--columns: không có cột ${missing.join(", ")}; ${widest.name} có ${widest.headers.length} cột: ${list}.`,
    en: `--columns: there is no column ${missing.join(", ")}; ${widest.name} has ${widest.headers.length} columns: ${list}.`,
  });
}
