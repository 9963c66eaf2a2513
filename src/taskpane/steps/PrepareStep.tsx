import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import * as React from "react";
import {
  PRESET_IDS,
  PresetId,
  presetIdFor,
  presetName,
} from "../../core/methodology/presetCatalog";
import type { Msg } from "../../core/msg";
import type { Prepared } from "../../steps/prepare";
import { preparedWith } from "../../workbook/sheets/settingsIdentity";
import { useLayout } from "../components/layout";
import { Outcome } from "../components/Outcome";
import { usePaneState } from "../paneState";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

/** The other methodology a workbook holds, as the pane asks about it. */
interface Conflict {
  current: { id: string; name: Msg };
  replaceable: boolean;
  said: Msg;
}

export function PrepareStep({
  port,
  register,
  t,
  lang,
  go,
  edition,
}: StepProps) {
  const l = useLayout();
  const [preset, setPreset] = usePaneState<PresetId>(
    "prepare.preset",
    "mic-2017-2019",
  );
  const [done, setDone] = usePaneState<Prepared | null>("prepare.done", null);
  const [conflict, setConflict] = usePaneState<Conflict | null>(
    "prepare.conflict",
    null,
  );
  const [kept, setKept] = usePaneState<string | null>("prepare.kept", null);
  const [chosen, setChosen] = usePaneState("prepare.chosen", false);
  const task = useTask(t);
  // A workbook prepared before: its methodology is the one shown, until the user picks another.
  React.useEffect(() => {
    if (chosen) return;
    void preparedWith(port)
      .then((p) => {
        // An alias written by an older version (`dti-tinh`) stands for the preset in force.
        const id = p?.id && presetIdFor(p.id);
        if (id) setPreset(id);
      })
      .catch(() => undefined); // not prepared, or unreadable: the default stays
  }, [port, chosen, setPreset]);
  const prepare = (replace: boolean) =>
    task.run(
      async () => {
        // The schema and the sheets' codecs load with the first click, not with the pane.
        const [{ getPreset }, { prepareSheets, OtherMethodologyError }] =
          await Promise.all([
            import("../../core/methodology/presets"),
            import("../../steps/prepare"),
          ]);
        try {
          return await prepareSheets(port, getPreset(preset), register, {
            replace,
            lang,
            ...(edition ? { edition } : {}),
          });
        } catch (e) {
          if (!(e instanceof OtherMethodologyError)) throw e;
          return {
            current: e.current,
            replaceable: e.replaceable,
            said: e.text,
          } satisfies Conflict;
        }
      },
      (r) => {
        setKept(null);
        if ("said" in r) {
          setConflict(r);
          setDone(null);
        } else {
          setConflict(null);
          setDone(r);
        }
      },
    );
  const keep = (c: Conflict) => {
    setConflict(null);
    setKept(c.current.name[lang]);
    const id = presetIdFor(c.current.id);
    if (id) setPreset(id);
  };
  return (
    <>
      <Field label={t.methodology}>
        <Dropdown
          className={l.fit}
          value={presetName(preset, lang)}
          selectedOptions={[preset]}
          onOptionSelect={(_, d) => {
            setPreset(d.optionValue as PresetId);
            setChosen(true);
            setConflict(null);
          }}
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
        className={l.wrap}
        disabled={task.busy}
        onClick={() => prepare(false)}
      >
        {t.prepare}
      </Button>
      {task.status}
      {conflict && (
        <Outcome intent="warning" text={conflict.said[lang]} t={t}>
          <div className={l.actions}>
            {conflict.replaceable && (
              <Button
                size="small"
                appearance="primary"
                className={l.wrap}
                disabled={task.busy}
                onClick={() => prepare(true)}
              >
                {t.replaceWith(presetName(preset, lang))}
              </Button>
            )}
            <Button
              size="small"
              className={l.wrap}
              onClick={() => keep(conflict)}
            >
              {t.keepMethodology(conflict.current.name[lang])}
            </Button>
          </div>
        </Outcome>
      )}
      {kept && <Outcome intent="info" text={t.keptMethodology(kept)} t={t} />}
      {done && (
        <Outcome
          text={`${t.prepared(done.created.length, done.kept.length)}${done.replaced.length ? ` ${t.replacedSheets(done.replaced.length)}` : ""} ${t.preparedFor(done.edition, done.year)}`}
          next={{ step: "paste", says: t.nextAfterPrepare }}
          go={go}
          t={t}
        />
      )}
    </>
  );
}
