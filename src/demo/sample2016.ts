/**
 * The 2016 sample workbook, built from the published tables themselves (reference2016.json):
 * the group indices of every block and the level 3 / level 4 service counts. The tables are
 * read with the same parser a user's pasted table goes through.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { isResolved } from "../core/agencies/matchAgency";
import type { BlockId } from "../core/agencies/registerSchema";
import type { Group } from "../core/methodology/methodologySchema";
import { parseVietnameseNumber } from "../core/numbers/parseVietnameseNumber";
import { parseRankedTables } from "../core/tables/parseRankedTables";
import {
  AgencyValues,
  COL,
  criterionHeader,
  indexHeader,
} from "../workbook/sheets";
import reference from "./reference2016.json";

/** Which published table holds each group of each block. */
export const SOURCES_2016: Record<
  BlockId,
  Record<string, string | undefined>
> = {
  ministry: {
    N1: "2.1",
    N2: "2.3",
    N3: "2.4",
    N4: "2.6",
    N5: "2.8",
    N6: "2.9",
  },
  government: {
    N1: "3.1",
    N2: "3.2",
    N3: "3.3",
    N4: undefined,
    N5: "3.5",
    N6: "3.6",
  },
  province: {
    N1: "4.1",
    N2: "4.3",
    N3: "4.4",
    N4: "4.7",
    N5: "4.9",
    N6: "4.11",
  },
};

/**
 * Government agencies publish no services table: section 3.4 of the report says only Bảo hiểm
 * Xã hội Việt Nam provides online services, 14 at level 3.
 */
const GOVERNMENT_SERVICES: Record<string, [number, number]> = {
  "CP-BHXH": [14, 0],
};

export interface Sample2016 {
  /** Values for the data sheets, by agency code and group. */
  values: (code: string, group: Group) => AgencyValues | undefined;
  /** Tables the sample was built from, e.g. `Bảng 2.1`. */
  sources: string[];
}

export function buildSample2016(anyEdition: AgencyRegister): Sample2016 {
  // The 2016 tables name the units of 2016, whichever edition the caller holds.
  const register = anyEdition.forYear(2016);
  const byGroup = new Map<string, Map<string, AgencyValues>>(); // group id → code → values
  const set = (group: string, code: string, v: AgencyValues) => {
    if (!byGroup.has(group)) byGroup.set(group, new Map());
    byGroup.get(group)!.set(code, { ...byGroup.get(group)!.get(code), ...v });
  };
  const sources: string[] = [];
  const texts = reference.tables as Record<string, string>;

  for (const [, groups] of Object.entries(SOURCES_2016)) {
    for (const [groupId, tableNo] of Object.entries(groups)) {
      if (!tableNo) continue;
      const { tables } = parseRankedTables(texts[tableNo], register);
      const table = tables[0];
      if (!table) throw new Error(`Bảng ${tableNo} could not be read`);
      sources.push(`Bảng ${tableNo}`);
      const level = (n: 3 | 4) =>
        table.recognised.columns.findIndex(
          (c) => c.role === "part" && c.level === n,
        );
      for (const row of table.rows) {
        for (const m of row.agencies) {
          if (!isResolved(m))
            throw new Error(
              `Bảng ${tableNo}, line ${row.line}: unknown agency ${m.input}`,
            );
          const rank = row.publishedRank.value;
          if (table.measure === "services") {
            // "Chưa có dịch vụ hoạt động": no service in operation, i.e. zero services.
            const count = (col: number) =>
              parseVietnameseNumber(row.cells[col] ?? "", "count").value ?? 0;
            set(groupId, m.agency.code, {
              L3: count(level(3)),
              L4: count(level(4)),
              [COL.total]: row.value.value ?? 0,
              [COL.publishedRank]: rank,
            });
          } else {
            set(groupId, m.agency.code, {
              index: row.value.value,
              [COL.publishedRank]: rank,
            });
          }
        }
      }
    }
  }
  for (const a of register.inBlock("government", { evaluatedOnly: true })) {
    const [l3, l4] = GOVERNMENT_SERVICES[a.code] ?? [0, 0];
    set("N4", a.code, { L3: l3, L4: l4, [COL.total]: l3 + l4 });
  }

  return {
    sources,
    values: (code, group) => {
      const v = byGroup.get(group.id)?.get(code);
      if (!v) return undefined;
      if (group.source === "index")
        return {
          [indexHeader(group)]: v.index,
          [COL.publishedRank]: v[COL.publishedRank],
        };
      const level = (n: number) =>
        criterionHeader(
          group.criteria.find((c) => c.role === `services-level-${n}`)!,
        );
      return {
        [level(3)]: v.L3,
        [level(4)]: v.L4,
        [COL.total]: v[COL.total],
        [COL.publishedRank]: v[COL.publishedRank] ?? null,
      };
    },
  };
}
