import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  Slider,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import * as React from "react";
import { formatVietnameseNumber } from "../../core/numbers/formatVietnameseNumber";
import { movementMark } from "../../core/ranking/movement";
import { Bilingual, ScenarioExistsError } from "../../core/userError";
import {
  readWeight,
  rerank,
  saveScenario,
  unscored,
  WhatIfSession,
} from "../../workbook/actions";
import { WhatIfChart } from "../charts/WhatIfChart";
import { StaleNote } from "../StaleNote";
import { BlockPicker, useScoredWorkbook } from "../scoredWorkbook";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

export function WhatIfStep({ port, register, t, lang, edits }: StepProps) {
  const [restored, setRestored] = React.useState(false);
  const [weights, setWeights] = React.useState<Record<string, number>>({});
  // A criterion's points, where moved from the methodology's: its group is re-scored.
  const [points, setPoints] = React.useState<Record<string, number>>({});
  const [name, setName] = React.useState("1");
  const [saved, setSaved] = React.useState<string | null>(null);
  // A weight typed that is not one, by group: said on its field, the weight kept as it was.
  const [wrong, setWrong] = React.useState<Record<string, Bilingual>>({});
  // A scenario of the same name exists: replace only on the user's word.
  const [exists, setExists] = React.useState<ScenarioExistsError | null>(null);
  const task = useTask(t);
  // Open on the block with the most figures: the one the user has been working on.
  const { session, block, setBlock, read, stale } = useScoredWorkbook(
    { port, register, edits },
    task,
    (b) =>
      b.base.groups.reduce(
        (n, g) => n + g.values.filter((v) => !Number.isNaN(v)).length,
        0,
      ),
  );
  const own = React.useMemo(
    () =>
      Object.fromEntries(
        session?.methodology.groups.map((g) => [g.id, g.weight]) ?? [],
      ),
    [session],
  );
  // Re-ranking is a pure, sub-millisecond computation: it follows the slider on every move.
  const rows = React.useMemo(
    () => (session && block ? rerank(session, block, weights, points) : []),
    [session, block, weights, points],
  );
  const missing = React.useMemo(
    () => (session && block ? unscored(session, block, weights) : []),
    [session, block, weights],
  );
  const shownGroups =
    session?.methodology.groups.filter(
      (g) =>
        session.methodology.overall.method === "mean-rank" ||
        g.source !== "count",
    ) ?? [];
  const allZero =
    shownGroups.length > 0 && shownGroups.every((g) => !weights[g.id]);
  const scored = rows.filter((r) => r.value !== null).length;
  const save = (replace: boolean) =>
    task.run(
      async () => {
        try {
          return await saveScenario(port, name.trim(), weights, rows, {
            replace,
            points,
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
  // The weights are kept in the workbook, so a reopened workbook continues where it was left.
  React.useEffect(() => {
    if (!session) return;
    const timer = setTimeout(
      () => void port.settings?.set("weights", weights).catch(() => undefined),
      400,
    );
    return () => clearTimeout(timer);
  }, [port, session, weights]);
  const begin = () =>
    read(
      async () => port.settings?.get("weights").catch(() => undefined),
      start,
    );
  const start = (s: WhatIfSession, last: unknown) => {
    // Last time's weights where they still name this methodology's groups and read as weights.
    const kept = s.methodology.groups.map((g) => {
      const w = (last as Record<string, unknown> | undefined)?.[g.id];
      const read = typeof w === "number" ? readWeight(String(w)) : undefined;
      return [g.id, read?.ok ? read.value : g.weight] as const;
    });
    setRestored(
      kept.some(
        ([id, w]) =>
          w !== s.methodology.groups.find((g) => g.id === id)!.weight,
      ),
    );
    setWeights(Object.fromEntries(kept));
  };
  const setWeight = (id: string, typed: string) => {
    const read = readWeight(typed);
    setWrong(({ [id]: _, ...rest }) =>
      read.ok ? rest : { ...rest, [id]: read.why },
    );
    if (read.ok) setWeights((w) => ({ ...w, [id]: read.value }));
  };
  const setPoint = (id: string, typed: string, own: number) => {
    const read = readWeight(typed);
    setWrong(({ [id]: _, ...rest }) =>
      read.ok ? rest : { ...rest, [id]: read.why },
    );
    if (read.ok)
      setPoints(({ [id]: _, ...rest }) =>
        read.value === own ? rest : { ...rest, [id]: read.value },
      );
  };
  // Groups computed from criteria can be moved below the group, criterion by criterion.
  const criteriaGroups = shownGroups.filter(
    (g) => g.source === "criteria" && g.criteria.length > 0,
  );
  return (
    <section aria-label={t.steps.whatIf}>
      <Button appearance="primary" disabled={task.busy} onClick={begin}>
        {t.startWhatIf}
      </Button>
      {task.status}
      {stale && (
        <StaleNote t={t} again={begin} label={t.readAgain} busy={task.busy} />
      )}
      {session && restored && (
        <MessageBar intent="info">{t.restoredWeights}</MessageBar>
      )}
      {session && (
        <>
          <BlockPicker
            session={session}
            block={block}
            choose={setBlock}
            t={t}
          />
          {shownGroups.map((g) => (
            <Field
              key={g.id}
              label={`${t.weight} ${g.id} — ${g.name[lang]}`}
              validationState={wrong[g.id] ? "error" : "none"}
              validationMessage={wrong[g.id]?.[lang]}
            >
              <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
                <Slider
                  min={0}
                  max={Math.max(10, weights[g.id] ?? 0)}
                  step={0.5}
                  value={weights[g.id] ?? 0}
                  onChange={(_, d) => setWeight(g.id, String(d.value))}
                  aria-label={`${t.weight} ${g.id}`}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <SpinButton
                  value={weights[g.id] ?? 0}
                  step={0.5}
                  onChange={(_, d) => setWeight(g.id, typedIn(d))}
                  aria-label={`${t.weight} ${g.id} (số)`}
                  style={{ width: 72 }}
                />
              </div>
            </Field>
          ))}
          {criteriaGroups.length > 0 && (
            <Accordion collapsible multiple>
              {criteriaGroups.map((g) => (
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
                          min={0}
                          step={1}
                          onChange={(_, d) =>
                            setPoint(c.id, typedIn(d), c.maxPoints)
                          }
                          aria-label={`${t.points} ${c.id}`}
                          style={{ width: 88 }}
                        />
                      </Field>
                    ))}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
          {allZero && <MessageBar intent="warning">{t.allZero}</MessageBar>}
          {!allZero && scored === 0 && (
            <MessageBar intent="warning">{t.noFigures}</MessageBar>
          )}
          {!allZero && scored > 0 && missing.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              {t.unscored(
                missing.length,
                missing
                  .slice(0, 5)
                  .map((m) => `${m.name} (${m.groups.join(", ")})`)
                  .join("; "),
              )}
            </MessageBar>
          )}
          <div
            style={{
              display: "flex",
              gap: 8,
              flexWrap: "wrap",
              alignItems: "end",
            }}
          >
            <Button
              onClick={() => {
                setWeights({ ...own });
                setPoints({});
              }}
            >
              {t.reset}
            </Button>
            <Field label={t.scenarioName}>
              <Input
                value={name}
                onChange={(_, d) => setName(d.value)}
                style={{ width: 120 }}
              />
            </Field>
            <Button
              disabled={task.busy || !name.trim() || scored === 0}
              onClick={() => save(false)}
            >
              {t.saveScenario}
            </Button>
          </div>
          {exists && (
            <MessageBar intent="warning" layout="multiline">
              <div>{exists.say(lang)}</div>
              <div style={{ display: "flex", gap: 8, marginTop: 4 }}>
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
            </MessageBar>
          )}
          {saved && <MessageBar intent="success">{t.saved(saved)}</MessageBar>}
          {!allZero && scored > 0 && (
            <WhatIfChart
              rows={rows}
              title={t.whatIfChart}
              none={t.whatIfNoChange}
            />
          )}
          <Table size="extra-small" aria-label={t.steps.whatIf}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.rank}</TableHeaderCell>
                <TableHeaderCell>{t.agency}</TableHeaderCell>
                <TableHeaderCell>{t.value}</TableHeaderCell>
                <TableHeaderCell>{t.change}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows
                .filter((r) => r.value !== null)
                .map((r) => (
                  <TableRow key={r.code}>
                    <TableCell>{r.rank ?? "—"}</TableCell>
                    <TableCell>{r.name}</TableCell>
                    <TableCell>
                      {formatVietnameseNumber(r.value!, { decimals: 3 })}
                    </TableCell>
                    <TableCell>{movementMark(r.change)}</TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}

/** What a spin button holds: its number after a step, or the text typed into it. */
function typedIn(d: { value?: number | null; displayValue?: string }): string {
  return d.value !== undefined && d.value !== null
    ? String(d.value)
    : (d.displayValue ?? "");
}
