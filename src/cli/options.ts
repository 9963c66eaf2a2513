/** Options shared by the commands: the user's word on a table's columns and block, a preset. */
import type { BlockId } from "../core/agencies/registerSchema";
import type { Methodology } from "../core/methodology/methodologySchema";
import { getPreset, isPresetId, PRESET_IDS } from "../core/methodology/presets";
import { ColumnOverrides, OVERALL } from "../core/tables/recognise/types";
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
  for (const part of (columns ?? "").split(",").filter((p) => p.trim())) {
    const m = /^\s*([a-z-]+)\s*=\s*(\d{1,3})\s*$/i.exec(part);
    const role = m ? ROLE_OF[m[1].toLowerCase()] : undefined;
    if (!m || !role || Number(m[2]) < 1)
      throw new CliError({
        vi: `--columns: “${part}” không hợp lệ; viết dạng rank=1,agency=2,value=4 (vai trò: rank, agency, value, previous-rank, previous-value, ignore; cột đếm từ 1).`,
        en: `--columns: “${part}” is not valid; write rank=1,agency=2,value=4 (roles: rank, agency, value, previous-rank, previous-value, ignore; columns from 1).`,
      });
    const column = Number(m[2]);
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

/** `--methodology ID`: one of the shipped presets. */
export function methodologyOf(id: string): Methodology {
  if (!isPresetId(id))
    throw new CliError({
      vi: `Không có phương pháp “${id}”. Có: ${PRESET_IDS.join(", ")}.`,
      en: `No methodology “${id}”. Available: ${PRESET_IDS.join(", ")}.`,
    });
  return getPreset(id);
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
