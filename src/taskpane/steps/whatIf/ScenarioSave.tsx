/**
 * Reset the weights, or keep them as a named scenario: a scenario of the same name is replaced
 * only on the user's word.
 */
import { Button, Field, Input } from "@fluentui/react-components";
import * as React from "react";
import type { WhatIfRow } from "../../../core/scoring/whatIf";
import { ScenarioExistsError } from "../../../core/userError";
import type { WorkbookPort } from "../../../workbook/workbookPort";
import { saveScenario } from "../../../steps/scenarios";
import { useLayout } from "../../components/layout";
import { Outcome } from "../../components/Outcome";
import { usePaneState } from "../../paneState";
import type { Strings } from "../../strings";
import type { Task } from "../../useTask";
import type { StepProps } from "../stepProps";

export function ScenarioSave({
  port,
  weights,
  points,
  rows,
  reset,
  saved,
  setSaved,
  go,
  task,
  t,
}: {
  port: WorkbookPort;
  weights: Record<string, number>;
  points: Record<string, number>;
  rows: WhatIfRow[];
  reset: () => void;
  /** The sheet the last scenario was saved on, if it still stands for these weights. */
  saved: string | null;
  setSaved: (sheet: string | null) => void;
  go: StepProps["go"];
  task: Task;
  t: Strings;
}) {
  const l = useLayout();
  const [name, setName] = usePaneState("whatIf.name", "1");
  const [exists, setExists] = React.useState<ScenarioExistsError | null>(null);
  const ranked = rows.some((r) => r.value !== null);
  const save = (replace: boolean) =>
    task.run(
      async () => {
        try {
          return await saveScenario(port, name.trim(), weights, rows, {
            replace,
            points,
            lang: t.lang,
          });
        } catch (e) {
          if (e instanceof ScenarioExistsError) return e;
          throw e;
        }
      },
      (r) => {
        setExists(r instanceof ScenarioExistsError ? r : null);
        setSaved(r instanceof ScenarioExistsError ? null : r);
      },
    );
  return (
    <>
      <div className={l.form}>
        <Button onClick={reset}>{t.reset}</Button>
        <Field label={t.scenarioName} className={l.shrink}>
          <Input
            value={name}
            onChange={(_, d) => setName(d.value)}
            className={l.name120}
          />
        </Field>
        <Button
          className={l.wrap}
          disabled={task.busy || !name.trim() || !ranked}
          onClick={() => save(false)}
        >
          {t.saveScenario}
        </Button>
      </div>
      {exists && (
        <Outcome intent="warning" text={exists.say(t.lang)} t={t}>
          <div className={l.actions}>
            <Button
              size="small"
              appearance="primary"
              disabled={task.busy}
              onClick={() => save(true)}
            >
              {t.replaceScenario}
            </Button>
            <Button size="small" onClick={() => setExists(null)}>
              {t.cancel}
            </Button>
          </div>
        </Outcome>
      )}
      {saved && (
        <Outcome
          text={t.saved(saved)}
          next={{ step: "uncertainty", says: t.nextAfterWhatIf }}
          go={go}
          t={t}
        />
      )}
    </>
  );
}
