import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  Slider,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  useId,
} from "@fluentui/react-components";
import * as React from "react";
import type { Group } from "../../core/methodology/methodologySchema";
import { formatNumber } from "../../core/numbers/formatNumber";
import { hasFigures } from "../../core/scoring/scoreBlock";
import { Msg, ScenarioExistsError } from "../../core/userError";
import { readWeight, rerank } from "../../steps/whatIf";
import { saveScenario } from "../../steps/scenarios";
import { unscored, ScoredWorkbook } from "../../steps/scoredWorkbook";
import { Scroll } from "../charts/chartKit";
import { WhatIfChart } from "../charts/WhatIfChart";
import { Movement } from "../Movement";
import { CHANGE, FIGURE, TABLE, WRAP } from "../layout";
import { Outcome } from "../Outcome";
import { usePaneState } from "../paneState";
import { BlockPicker, useScoredWorkbook } from "../scoredWorkbook";
import { StaleNote } from "../StaleNote";
import type { Strings } from "../strings";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

export function WhatIfStep({ port, register, t, lang, edits, go }: StepProps) {
  const [restored, setRestored] = usePaneState("whatIf.restored", false);
  // Shared with the uncertainty step, which starts from them.
  const [weights, setWeights] = usePaneState<Record<string, number>>("weights", {});
  // A criterion's points, where moved from the methodology's: its group is re-scored.
  const [points, setPoints] = usePaneState<Record<string, number>>("points", {});
  const [name, setName] = usePaneState("whatIf.name", "1");
  const [saved, setSaved] = usePaneState<string | null>("whatIf.saved", null);
  // A weight typed that is not one, by group: said on its field, the weight kept as it was.
  const [wrong, setWrong] = React.useState<Record<string, Msg>>({});
  // A scenario of the same name exists: replace only on the user's word.
  const [exists, setExists] = React.useState<ScenarioExistsError | null>(null);
  const task = useTask(t);
  // Open on the block with the most figures: the one the user has been working on.
  const { scored, block, setBlock, read, stale } = useScoredWorkbook(
    { port, register, edits },
    task,
    (b) => b.base.groups.reduce((n, g) => n + g.values.filter((v) => !Number.isNaN(v)).length, 0),
  );
  const own = React.useMemo(
    () => Object.fromEntries(scored?.methodology.groups.map((g) => [g.id, g.weight]) ?? []),
    [scored],
  );
  // Re-ranking is a pure, sub-millisecond computation: it follows the slider on every move.
  const rows = React.useMemo(
    () => (scored && block ? rerank(scored, block, weights, points) : []),
    [scored, block, weights, points],
  );
  const missing = React.useMemo(
    () => (scored && block ? unscored(scored, block, weights) : []),
    [scored, block, weights],
  );
  const scoredBlock = scored?.blocks.find((b) => b.block === block);
  // Groups nobody in this block has a figure for: left out of the overall, and said so.
  const filled = new Set(
    scoredBlock?.base.groups.filter((g) => hasFigures(g.values)).map((g) => g.id) ?? [],
  );
  const shownGroups =
    scored?.methodology.groups.filter(
      (g) => scored.methodology.overall.method === "mean-rank" || g.source !== "count",
    ) ?? [];
  const weightOf = (g: Group) => weights[g.id] ?? g.weight;
  const leftOut = shownGroups.filter((g) => weightOf(g) > 0 && !filled.has(g.id));
  const counted = shownGroups.filter((g) => weightOf(g) > 0 && filled.has(g.id));
  const withFigures = shownGroups.filter((g) => filled.has(g.id));
  const rankedCount = rows.filter((r) => r.value !== null).length;
  const save = (replace: boolean) =>
    task.run(
      async () => {
        try {
          return await saveScenario(port, name.trim(), weights, rows, { replace, points, lang });
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
  // The weights are kept in the workbook, so a reopened workbook continues where it was left.
  React.useEffect(() => {
    if (!scored) return;
    const timer = setTimeout(() => void port.settings?.set("weights", weights).catch(() => undefined), 400);
    return () => clearTimeout(timer);
  }, [port, scored, weights]);
  const begin = () => read(async () => port.settings?.get("weights").catch(() => undefined), start);
  const start = (s: ScoredWorkbook, last: unknown) => {
    // Last time's weights where they still name this methodology's groups and read as weights.
    const kept = s.methodology.groups.map((g) => {
      const w = (last as Record<string, unknown> | undefined)?.[g.id];
      const ok = typeof w === "number" ? readWeight(String(w)) : undefined;
      return [g.id, ok?.ok ? ok.value : g.weight] as const;
    });
    setRestored(kept.some(([id, w]) => w !== s.methodology.groups.find((g) => g.id === id)!.weight));
    setWeights(Object.fromEntries(kept));
    setSaved(null);
  };
  const setWeight = (id: string, typed: string) => {
    const ok = readWeight(typed);
    setWrong(({ [id]: _, ...rest }) => (ok.ok ? rest : { ...rest, [id]: ok.why }));
    if (ok.ok) setWeights((w) => ({ ...w, [id]: ok.value }));
  };
  const setPoint = (id: string, typed: string, mine: number) => {
    const ok = readWeight(typed);
    setWrong(({ [id]: _, ...rest }) => (ok.ok ? rest : { ...rest, [id]: ok.why }));
    if (ok.ok)
      setPoints(({ [id]: _, ...rest }) => (ok.value === mine ? rest : { ...rest, [id]: ok.value }));
  };
  const setMany = (ids: string[], value: number) =>
    setWeights((w) => ({ ...w, ...Object.fromEntries(ids.map((id) => [id, value])) }));
  // Groups computed from criteria can be moved below the group, criterion by criterion.
  const criteriaGroups = shownGroups.filter((g) => g.source === "criteria" && g.criteria.length > 0);
  const allZero = shownGroups.length > 0 && shownGroups.every((g) => !weightOf(g));
  return (
    <>
      <Button appearance="primary" style={WRAP} disabled={task.busy} onClick={begin}>
        {t.scoreWorkbook}
      </Button>
      {task.status}
      {stale && <StaleNote t={t} again={begin} label={t.readAgain} busy={task.busy} />}
      {scored && restored && <Outcome intent="info" text={t.restoredWeights} t={t} />}
      {scored && (
        <>
          <BlockPicker scored={scored} block={block} choose={setBlock} t={t} register={register} />
          {shownGroups.map((g) => (
            <WeightControl
              key={g.id}
              group={g}
              value={weightOf(g)}
              empty={!filled.has(g.id)}
              wrong={wrong[g.id]?.[lang]}
              set={(v) => setWeight(g.id, v)}
              t={t}
            />
          ))}
          {criteriaGroups.length > 0 && (
            <Accordion collapsible multiple>
              {criteriaGroups.map((g) => (
                <AccordionItem key={g.id} value={g.id}>
                  <AccordionHeader size="small">{t.criterionPoints(g.id)}</AccordionHeader>
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
                          onChange={(_, d) => setPoint(c.id, typedIn(d), c.maxPoints)}
                          aria-label={`${t.points} ${c.id} — ${c.name[lang]}`}
                          incrementButton={{ "aria-label": t.increment }}
                          decrementButton={{ "aria-label": t.decrement }}
                          style={{ width: 88 }}
                        />
                      </Field>
                    ))}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
          {withFigures.length === 0 && <Outcome intent="warning" text={t.noFigures} next={{ step: "paste", says: "" }} go={go} t={t} />}
          {allZero && <Outcome intent="warning" text={t.allZero} t={t} />}
          {withFigures.length > 0 && !allZero && counted.length === 0 && (
            <Outcome intent="warning" text={t.filledUnweighted(withFigures.map((g) => g.id).join(", "))} t={t}>
              <div>
                <Button size="small" appearance="primary" style={WRAP} onClick={() => setMany(withFigures.map((g) => g.id), 1)}>
                  {t.weighFilled}
                </Button>
              </div>
            </Outcome>
          )}
          {withFigures.length > 0 && counted.length > 0 && leftOut.length > 0 && (
            <Outcome intent="info" text={t.leftOut(leftOut.length, leftOut.map((g) => g.id).join(", "))} t={t}>
              <div>
                <Button size="small" style={WRAP} onClick={() => setMany(leftOut.map((g) => g.id), 0)}>
                  {t.zeroEmpty}
                </Button>
              </div>
            </Outcome>
          )}
          {rankedCount > 0 && missing.length > 0 && (
            <Outcome
              intent="info"
              text={t.unscored(
                missing.length,
                missing
                  .slice(0, 5)
                  .map((m) => `${m.name} (${m.groups.join(", ")})`)
                  .join("; "),
              )}
              t={t}
            />
          )}
          <div style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "end" }}>
            <Button
              onClick={() => {
                setWeights({ ...own });
                setPoints({});
              }}
            >
              {t.reset}
            </Button>
            <Field label={t.scenarioName} style={{ minWidth: 0 }}>
              <Input value={name} onChange={(_, d) => setName(d.value)} style={{ width: 120, maxWidth: "100%" }} />
            </Field>
            <Button style={WRAP} disabled={task.busy || !name.trim() || rankedCount === 0} onClick={() => save(false)}>
              {t.saveScenario}
            </Button>
          </div>
          {exists && (
            <Outcome intent="warning" text={exists.say(lang)} t={t}>
              <div style={{ display: "flex", flexWrap: "wrap", gap: 8, marginTop: 4 }}>
                <Button size="small" appearance="primary" disabled={task.busy} onClick={() => save(true)}>
                  {t.replaceScenario}
                </Button>
                <Button size="small" onClick={() => setExists(null)}>
                  {t.cancel}
                </Button>
              </div>
            </Outcome>
          )}
          {saved && (
            <Outcome text={t.saved(saved)} next={{ step: "uncertainty", says: t.nextAfterWhatIf }} go={go} t={t} />
          )}
          {rankedCount > 0 && (
            <WhatIfChart
              rows={rows}
              title={t.whatIfChart}
              none={rows.some((r) => r.baseRank !== null) ? t.whatIfNoChange : t.whatIfNoBase}
              t={t}
            />
          )}
          {rankedCount > 0 && (
            <Scroll label={t.steps.whatIf}>
              <Table style={TABLE} size="extra-small" aria-label={t.steps.whatIf}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell style={FIGURE}>{t.rank}</TableHeaderCell>
                    <TableHeaderCell>{t.agency}</TableHeaderCell>
                    <TableHeaderCell style={FIGURE}>{t.value}</TableHeaderCell>
                    <TableHeaderCell style={CHANGE}>{t.change}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows
                    .filter((r) => r.value !== null)
                    .map((r) => (
                      <TableRow key={r.code}>
                        <TableCell style={FIGURE}>{r.rank ?? "—"}</TableCell>
                        <TableCell>{r.agency}</TableCell>
                        <TableCell style={FIGURE}>{formatNumber(r.value!, { decimals: scored.methodology.overall.decimals, lang })}</TableCell>
                        <TableCell style={CHANGE}>
                          <Movement value={r.movement} lang={lang} unchanged="" />
                        </TableCell>
                      </TableRow>
                    ))}
                </TableBody>
              </Table>
            </Scroll>
          )}
        </>
      )}
    </>
  );
}

/**
 * A group's weight: a slider and a number box, each with its own id and its own name (the
 * group's), in a group named by the label; a group without figures says so beside its name.
 */
function WeightControl({
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
  const label = useId("weight-label");
  const error = useId("weight-error");
  const name = t.weightOf(group.id, group.name[t.lang]);
  return (
    <div role="group" aria-labelledby={label} aria-describedby={wrong ? error : undefined} style={{ minWidth: 0 }}>
      <div id={label} style={{ fontWeight: 600 }}>
        {name}
        {empty && <em style={{ fontWeight: 400 }}> ({t.noFiguresTag})</em>}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center" }}>
        <Slider
          min={0}
          max={Math.max(10, value)}
          step={0.5}
          value={value}
          onChange={(_, d) => set(String(d.value))}
          aria-label={`${name} (${t.slider})`}
          style={{ flex: "1 1 100px", minWidth: 0 }}
        />
        <SpinButton
          value={value}
          displayValue={shown(value, t.lang)}
          step={0.5}
          onChange={(_, d) => set(typedIn(d))}
          aria-label={`${name} (${t.numberBox})`}
          incrementButton={{ "aria-label": t.increment }}
          decrementButton={{ "aria-label": t.decrement }}
          style={{ width: 80 }}
        />
      </div>
      {wrong && (
        <div id={error} role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {wrong}
        </div>
      )}
    </div>
  );
}

/** A weight or points as typed: the decimals it has (at most 3), in the pane's language. */
function shown(v: number, lang: Strings["lang"]): string {
  const decimals = Number.isInteger(v) ? 0 : Math.min(3, String(v).split(".")[1]?.length ?? 0);
  return formatNumber(v, { decimals, lang });
}

/** What a spin button holds: its number after a step, or the text typed into it. */
function typedIn(d: { value?: number | null; displayValue?: string }): string {
  return d.value !== undefined && d.value !== null ? String(d.value) : (d.displayValue ?? "");
}
