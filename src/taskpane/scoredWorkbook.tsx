/**
 * What the what-if and uncertainty steps share: the workbook read and scored once
 * (scoreWorkbook), the block shown — at first the one with the most to show — and whether a
 * person has edited the workbook since it was read. Kept above the steps: both see the same.
 */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import * as React from "react";
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { BlockId } from "../core/agencies/registerSchema";
import { scoreWorkbook, ScoredWorkbook } from "../steps/scoredWorkbook";
import { usePaneState } from "./paneState";
import type { StepProps } from "./steps/stepProps";
import type { Strings } from "./strings";
import type { Task } from "./useTask";

type ScoredBlock = ScoredWorkbook["blocks"][number];

export function useScoredWorkbook(
  { port, register, edits }: Pick<StepProps, "port" | "register" | "edits">,
  task: Task,
  /** How much a block has to show: the block with the most opens first. */
  amount: (b: ScoredBlock) => number,
) {
  const [scored, setScored] = usePaneState<ScoredWorkbook | null>(
    "scored.session",
    null,
  );
  // The count of a person's edits when the figures were read: any edit since makes them stale.
  const [readAt, setReadAt] = usePaneState("scored.readAt", 0);
  const [block, setBlock] = usePaneState<BlockId | null>("scored.block", null);
  /** Reads and scores the workbook, with `more` read beside it; `then` sees both. */
  const read = <T,>(
    more: () => Promise<T>,
    then: (s: ScoredWorkbook, extra: T) => void,
  ) => {
    const at = edits;
    return task.run(
      async () => ({
        s: await scoreWorkbook(port, register),
        extra: await more(),
      }),
      ({ s, extra }) => {
        setScored(s);
        setReadAt(at);
        setBlock(
          [...s.blocks].sort((a, b) => amount(b) - amount(a))[0]?.block ?? null,
        );
        then(s, extra);
      },
    );
  };
  return {
    scored,
    block,
    setBlock,
    read,
    stale: scored !== null && edits > readAt,
  };
}
