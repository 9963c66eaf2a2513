import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  Option,
} from "@fluentui/react-components";
import * as React from "react";
import {
  PRESET_IDS,
  PresetId,
  presetName,
} from "../../core/methodology/presetCatalog";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

export function PrepareStep({ port, register, t, lang }: StepProps) {
  const [preset, setPreset] = React.useState<PresetId>("mic-2017-2019");
  const [done, setDone] = React.useState<{
    created: string[];
    kept: string[];
  } | null>(null);
  const task = useTask(t);
  return (
    <section aria-label={t.steps.prepare}>
      <Field label={t.methodology}>
        <Dropdown
          value={presetName(preset, lang)}
          selectedOptions={[preset]}
          onOptionSelect={(_, d) => setPreset(d.optionValue as PresetId)}
        >
          {PRESET_IDS.map((id) => (
            <Option key={id} value={id}>
              {presetName(id, lang)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button
        appearance="primary"
        disabled={task.busy}
        onClick={() =>
          task.run(async () => {
            // The schema and the sheets' codecs load with the first click, not with the pane.
            const [{ getPreset }, { prepareSheets }] = await Promise.all([
              import("../../core/methodology/presets"),
              import("../../workbook/prepareSheets"),
            ]);
            return prepareSheets(port, getPreset(preset), register);
          }, setDone)
        }
      >
        {t.prepare}
      </Button>
      {task.status}
      {done && (
        <MessageBar intent="success">
          {t.prepared(done.created.length, done.kept.length)}
        </MessageBar>
      )}
    </section>
  );
}
