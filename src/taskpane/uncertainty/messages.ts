/** What the pane and the uncertainty worker say to each other. */
import type { Methodology } from "../../core/methodology/methodologySchema";
import type { BlockResult } from "../../core/scoring/scoreBlock";
import type {
  UncertaintyOptions,
  UncertaintyResult,
} from "../../core/scoring/uncertainty";

export interface UncertaintyJob {
  methodology: Methodology;
  base: BlockResult;
  options: UncertaintyOptions;
}

export type WorkerMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; result: UncertaintyResult }
  | { kind: "error"; message: string };

/** Draws between progress reports: about 20 a second for 10,000 units, hundreds for 63. */
export function drawsPerReport(agencies: number): number {
  return Math.max(
    1,
    Math.min(200, Math.floor(200_000 / Math.max(1, agencies))),
  );
}
