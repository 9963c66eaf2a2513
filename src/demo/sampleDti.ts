/**
 * A DTI workbook's main indices, made up — not published figures — for the 63 provinces of
 * DTI 2023: each index a seeded draw around a province's own level, printed with 4 decimals.
 * The demo ranks them with Decision 922's points; the README shows it as an example only.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { Group } from "../core/methodology/methodologySchema";
import { sfc32 } from "../core/scoring/uncertainty";
import { AgencyValues, indexHeader } from "../workbook/sheets";

export const DTI_SAMPLE_NOTE = {
  vi: "số liệu tự tạo để minh họa, không phải kết quả DTI đã công bố",
  en: "made-up figures for illustration, not published DTI results",
};

/** The made-up main indices of every scored group (weight > 0), by agency code and group. */
export function buildSampleDti(
  anyEdition: AgencyRegister,
  groups: readonly Group[],
  year: number,
): (code: string, group: Group) => AgencyValues | undefined {
  const register = anyEdition.forYear(year);
  const random = sfc32(2023);
  const scored = groups.filter((g) => g.weight > 0);
  const byCode = new Map<string, Map<string, number>>();
  for (const a of register.inBlock("province")) {
    const level = 0.35 + 0.4 * random();
    const own = new Map<string, number>();
    for (const g of scored) {
      const v = Math.min(0.99, Math.max(0.05, level + 0.3 * (random() - 0.5)));
      own.set(g.id, Math.round(v * 1e4) / 1e4);
    }
    byCode.set(a.code, own);
  }
  return (code, group) => {
    const v = byCode.get(code)?.get(group.id);
    return v === undefined ? undefined : { [indexHeader(group)]: v };
  };
}
