/**
 * The workbook read and scored once, for the steps that then only re-rank or draw: what-if
 * (step 5), uncertainty (step 6) and `chiso sensitivity`.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { BlockId } from "../core/agencies/registerSchema";
import type { Methodology } from "../core/methodology/methodologySchema";
import {
  BlockInput,
  BlockResult,
  hasFigures,
  scoreBlock,
  WeightOverrides,
} from "../core/scoring/scoreBlock";
import type { WorkbookPort } from "../workbook/workbookPort";
import { readWorkbook } from "./readWorkbook";

export interface ScoredWorkbook {
  methodology: Methodology;
  blocks: {
    block: BlockId;
    name: string;
    base: BlockResult;
    /** Agencies with at least one figure: a block without any is all ties at 0, not a ranking. */
    withFigures: number;
  }[];
}

/**
 * Reads and scores the workbook once; the sliders then only re-rank, and the uncertainty
 * analysis draws from the same scored blocks. A methodology without an overall index is
 * given the weighted mean of its groups, as the sliders need one.
 */
export async function scoreWorkbook(
  port: WorkbookPort,
  register: AgencyRegister,
): Promise<ScoredWorkbook> {
  const read = await readWorkbook(port, register);
  const methodology: Methodology =
    read.methodology.overall.method === "none"
      ? {
          ...read.methodology,
          overall: { method: "weighted-arithmetic", decimals: 3 },
        }
      : read.methodology;
  return {
    methodology,
    blocks: read.blocks.map((input) => ({
      block: input.block,
      name: register.blockName(input.block),
      base: scoreBlock(methodology, input),
      withFigures: agenciesWithFigures(input),
    })),
  };
}

function agenciesWithFigures(input: BlockInput): number {
  const columns = [
    ...Object.values(input.values),
    ...Object.values(input.groupIndices ?? {}),
  ];
  return input.agencies.filter((_, i) =>
    columns.some((c) => !Number.isNaN(c[i])),
  ).length;
}

/** Agencies the weights cannot score, with the weighted groups that lack their figures. */
export function unscored(
  scored: ScoredWorkbook,
  block: BlockId,
  weights: WeightOverrides,
): { name: string; groups: string[] }[] {
  const b = scored.blocks.find((x) => x.block === block);
  if (!b) return [];
  // A group nobody has a figure for is left out of the overall, not a reason to leave anyone unscored.
  const weighted = b.base.groups.filter(
    (g) =>
      (weights[g.id] ??
        scored.methodology.groups.find((x) => x.id === g.id)?.weight ??
        0) > 0 && hasFigures(g.values),
  );
  return b.base.agencies.flatMap((a, i) => {
    const groups = weighted
      .filter((g) => Number.isNaN(g.values[i]))
      .map((g) => g.id);
    return groups.length ? [{ name: a.name, groups }] : [];
  });
}
