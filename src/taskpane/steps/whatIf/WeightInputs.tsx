import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Slider,
  SpinButton,
  useId,
} from "@fluentui/react-components";
import * as React from "react";
import type { Group } from "../../../core/methodology/methodologySchema";
import type { Msg } from "../../../core/msg";
import { formatNumber } from "../../../core/numbers/formatNumber";
import { useLayout } from "../../components/layout";
import type { Strings } from "../../strings";

/**
 * The points of each criterion of the groups computed from criteria, one panel a group: a
 * criterion moved from the methodology's points re-scores its group.
 */
export function CriterionPoints({
  groups,
  points,
  wrong,
  set,
  t,
}: {
  groups: Group[];
  points: Record<string, number>;
  wrong: Record<string, Msg>;
  set: (id: string, typed: string, mine: number) => void;
  t: Strings;
}) {
  const l = useLayout();
  const lang = t.lang;
  return (
    <Accordion collapsible multiple>
      {groups.map((g) => (
        <AccordionItem key={g.id} value={g.id}>
          <AccordionHeader size="small">
            {t.criterionPoints(g.id)}
          </AccordionHeader>
          <AccordionPanel>
            {g.criteria.map((c) => (
              <Field
                key={c.id}
                label={`${c.id} — ${c.name[lang]}`}
                size="small"
                validationState={wrong[c.id] ? "error" : "none"}
                validationMessage={wrong[c.id]?.[lang]}
              >
                <SpinButton
                  size="small"
                  value={points[c.id] ?? c.maxPoints}
                  displayValue={shown(points[c.id] ?? c.maxPoints, lang)}
                  min={0}
                  step={1}
                  onChange={(_, d) => set(c.id, typedIn(d), c.maxPoints)}
                  aria-label={`${t.points} ${c.id} — ${c.name[lang]}`}
                  incrementButton={{ "aria-label": t.increment }}
                  decrementButton={{ "aria-label": t.decrement }}
                  className={l.number88}
                />
              </Field>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/**
 * A group's weight: a slider and a number box, each with its own id and its own name (the
 * group's), in a group named by the label; a group without figures says so beside its name.
 */
export function WeightControl({
  group,
  value,
  empty,
  wrong,
  set,
  t,
}: {
  group: Group;
  value: number;
  empty: boolean;
  wrong: string | undefined;
  set: (typed: string) => void;
  t: Strings;
}) {
  const l = useLayout();
  const label = useId("weight-label");
  const error = useId("weight-error");
  const name = t.weightOf(group.id, group.name[t.lang]);
  return (
    <div
      role="group"
      aria-labelledby={label}
      aria-describedby={wrong ? error : undefined}
      className={l.shrink}
    >
      <div id={label} className={l.strong}>
        {name}
        {empty && <em className={l.plain}> ({t.noFiguresTag})</em>}
        {group.assumed && <em className={l.plain}> ({t.assumedTag})</em>}
      </div>
      <div className={l.row}>
        <Slider
          min={0}
          max={Math.max(10, value)}
          step={0.5}
          value={value}
          onChange={(_, d) => set(String(d.value))}
          aria-label={`${name} (${t.slider})`}
          className={l.grow}
        />
        <SpinButton
          value={value}
          displayValue={shown(value, t.lang)}
          step={0.5}
          onChange={(_, d) => set(typedIn(d))}
          aria-label={`${name} (${t.numberBox})`}
          incrementButton={{ "aria-label": t.increment }}
          decrementButton={{ "aria-label": t.decrement }}
          className={l.number80}
        />
      </div>
      {wrong && (
        <div id={error} role="alert" className={l.error}>
          {wrong}
        </div>
      )}
    </div>
  );
}

/** A weight or points as typed: the decimals it has (at most 3), in the pane's language. */
function shown(v: number, lang: Strings["lang"]): string {
  const decimals = Number.isInteger(v)
    ? 0
    : Math.min(3, String(v).split(".")[1]?.length ?? 0);
  return formatNumber(v, { decimals, lang });
}

/** What a spin button holds: its number after a step, or the text typed into it. */
function typedIn(d: { value?: number | null; displayValue?: string }): string {
  return d.value !== undefined && d.value !== null
    ? String(d.value)
    : (d.displayValue ?? "");
}
