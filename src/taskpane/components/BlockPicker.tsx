import { Dropdown, Field, Option } from "@fluentui/react-components";
import * as React from "react";
import { useLayout } from "./layout";
import type { AgencyRegister } from "../../core/agencies/agencyRegister";
import type { BlockId } from "../../core/agencies/registerSchema";
import type { ScoredWorkbook } from "../../steps/scoredWorkbook";
import type { Strings } from "../strings";

/** The block to show, among those of the scored workbook. */
export function BlockPicker({
  scored,
  block,
  choose,
  t,
  register,
}: {
  scored: ScoredWorkbook;
  block: BlockId | null;
  choose: (b: BlockId) => void;
  t: Strings;
  register: AgencyRegister;
}) {
  const l = useLayout();
  return (
    <Field label={t.block}>
      <Dropdown
        className={l.fit}
        value={block ? register.blockName(block, t.lang) : ""}
        selectedOptions={block ? [block] : []}
        onOptionSelect={(_, d) => choose(d.optionValue as BlockId)}
      >
        {scored.blocks.map((b) => (
          <Option key={b.block} value={b.block}>
            {register.blockName(b.block, t.lang)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
