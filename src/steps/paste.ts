/**
 * Step 2, paste: a pasted table previewed as it was understood (with the user's word on its
 * columns and block), and the answers the methodology gives to "what is this table a ranking
 * of?" — a group, a criterion, the overall, or a published ranking only. Writing it is
 * `pasteWrite.ts`.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { Methodology } from "../core/methodology/methodologySchema";
import {
  parseRankedTables,
  PastedRankedTable,
} from "../core/tables/parseRankedTables";
import {
  ColumnOverrides,
  OVERALL,
  RecognisedTable,
} from "../core/tables/recognise/types";
import { Msg, MethodologyError } from "../core/userError";
import {
  METHOD_SHEET,
  readMethodology,
  SETTINGS_SHEET,
} from "../workbook/sheets";
import { WorkbookPort } from "../workbook/workbookPort";

export interface PastePreview {
  /** The first ranking found: what the import writes. */
  table?: PastedRankedTable;
  /** Every ranking found in the text. */
  tables: PastedRankedTable[];
  /** Every table found, rankings or not, as understood. */
  found: RecognisedTable[];
  problem?: Msg;
}

/**
 * What a paste holds, as the import would read it: a function of the text and the user's
 * choices only. The workbook's methodology (when given) names the groups; the user's word on the
 * columns, the block, the group and the rows left out overrides what was recognised.
 */
export function previewPaste(
  text: string,
  register: AgencyRegister,
  options: {
    methodology?: Methodology;
    overrides?: ColumnOverrides;
    /** The register edition to read with; by default the one the table fits. */
    edition?: string;
  } = {},
): PastePreview {
  const parsed = parseRankedTables(text, register, options);
  return {
    tables: parsed.tables,
    found: parsed.found,
    ...(parsed.tables[0] ? { table: parsed.tables[0] } : {}),
    ...(parsed.problem ? { problem: parsed.problem } : {}),
  };
}

/** The methodology the workbook's own sheets hold. */
export async function workbookMethodology(
  port: WorkbookPort,
): Promise<Methodology> {
  const read = readMethodology(
    await port.readTable(SETTINGS_SHEET),
    await port.readTable(METHOD_SHEET),
  );
  if (!read.ok) throw new MethodologyError(read.problems);
  return read.methodology;
}

/** The published ranking of no group: the value of the group choice that says so. */
export const PUBLISHED_ONLY = "";

/** One answer to "what is this table a ranking of?", from the methodology. */
export interface TargetOption {
  /** The group's or criterion's id, `TH` for the overall, `""` for a published ranking only. */
  value: string;
  kind: "group" | "criterion" | "overall" | "published";
  label: Msg;
}

/** Every group, every criterion, the overall index, and "a published ranking only". */
export function importTargets(m: Methodology): TargetOption[] {
  const out: TargetOption[] = [];
  for (const g of m.groups) {
    out.push({
      value: g.id,
      kind: "group",
      label: { vi: `${g.id} — ${g.name.vi}`, en: `${g.id} — ${g.name.en}` },
    });
    for (const c of g.criteria)
      out.push({
        value: c.id,
        kind: "criterion",
        label: {
          vi: `${c.id} — ${c.name.vi} (tiêu chí của ${g.id})`,
          en: `${c.id} — ${c.name.en} (criterion of ${g.id})`,
        },
      });
  }
  if (m.overall.method !== "none")
    out.push({
      value: OVERALL,
      kind: "overall",
      label: {
        vi: "Chỉ số tổng hợp (bảng công bố, để đặt cạnh chỉ số tính lại)",
        en: "Overall index (the published one, set beside the recomputed one)",
      },
    });
  out.push({
    value: PUBLISHED_ONLY,
    kind: "published",
    label: {
      vi: "Chỉ là bảng xếp hạng công bố (để so sánh, kiểm tra)",
      en: "A published ranking only (to compare and check)",
    },
  });
  return out;
}

/** The choice the table's words made, or undefined when the user has to make it. */
export function targetOf(table: PastedRankedTable): string | undefined {
  const r = table.recognised;
  if (r.group !== undefined) return r.group;
  return r.groupFrom === "user" ? PUBLISHED_ONLY : undefined;
}
