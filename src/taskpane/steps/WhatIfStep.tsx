import { Button } from "@fluentui/react-components";
import * as React from "react";
import type { Group } from "../../core/methodology/methodologySchema";
import { formatNumber } from "../../core/numbers/formatNumber";
import { hasFigures } from "../../core/scoring/scoreBlock";
import type { Msg } from "../../core/userError";
import { readWeight, rerank } from "../../steps/whatIf";
import { unscored, ScoredWorkbook } from "../../steps/scoredWorkbook";
import { WhatIfChart } from "../charts/WhatIfChart";
import { BlockPicker } from "../components/BlockPicker";
import { Movement } from "../components/Movement";
import { useLayout } from "../components/layout";
import { Outcome } from "../components/Outcome";
import { RankTable } from "../components/RankTable";
import { StaleNote } from "../components/StaleNote";
import { usePaneState } from "../paneState";
import { useScoredWorkbook } from "../scoredWorkbook";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";
import { ScenarioSave } from "./whatIf/ScenarioSave";
import { CriterionPoints, WeightControl } from "./whatIf/WeightInputs";

export function WhatIfStep({ port, register, t, lang, edits, go }: StepProps) {
  const l = useLayout();
  const [restored, setRestored] = usePaneState("whatIf.restored", false);
  // Shared with the uncertainty step, which starts from them.
  const [weights, setWeights] = usePaneState<Record<string, number>>(
    "weights",
    {},
  );
  // A criterion's points, where moved from the methodology's: its group is re-scored.
  const [points, setPoints] = usePaneState<Record<string, number>>(
    "points",
    {},
  );
  const [saved, setSaved] = usePaneState<string | null>("whatIf.saved", null);
  // A weight typed that is not one, by group: said on its field, the weight kept as it was.
  const [wrong, setWrong] = React.useState<Record<string, Msg>>({});
  const task = useTask(t);
  // Open on the block with the most figures: the one the user has been working on.
  const { scored, block, setBlock, read, stale } = useScoredWorkbook(
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
        scored?.methodology.groups.map((g) => [g.id, g.weight]) ?? [],
      ),
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
    scoredBlock?.base.groups
      .filter((g) => hasFigures(g.values))
      .map((g) => g.id) ?? [],
  );
  const shownGroups =
    scored?.methodology.groups.filter(
      (g) =>
        scored.methodology.overall.method === "mean-rank" ||
        g.source !== "count",
    ) ?? [];
  const weightOf = (g: Group) => weights[g.id] ?? g.weight;
  const leftOut = shownGroups.filter(
    (g) => weightOf(g) > 0 && !filled.has(g.id),
  );
  const counted = shownGroups.filter(
    (g) => weightOf(g) > 0 && filled.has(g.id),
  );
  const withFigures = shownGroups.filter((g) => filled.has(g.id));
  const rankedCount = rows.filter((r) => r.value !== null).length;
  // The weights are kept in the workbook, so a reopened workbook continues where it was left.
  React.useEffect(() => {
    if (!scored) return;
    const timer = setTimeout(
      () => void port.settings?.set("weights", weights).catch(() => undefined),
      400,
    );
    return () => clearTimeout(timer);
  }, [port, scored, weights]);
  const begin = () =>
    read(
      async () => port.settings?.get("weights").catch(() => undefined),
      start,
    );
  const start = (s: ScoredWorkbook, last: unknown) => {
    // Last time's weights where they still name this methodology's groups and read as weights.
    const kept = s.methodology.groups.map((g) => {
      const w = (last as Record<string, unknown> | undefined)?.[g.id];
      const ok = typeof w === "number" ? readWeight(String(w)) : undefined;
      return [g.id, ok?.ok ? ok.value : g.weight] as const;
    });
    setRestored(
      kept.some(
        ([id, w]) =>
          w !== s.methodology.groups.find((g) => g.id === id)!.weight,
      ),
    );
    setWeights(Object.fromEntries(kept));
    setSaved(null);
  };
  const setWeight = (id: string, typed: string) => {
    const ok = readWeight(typed);
    setWrong(({ [id]: _, ...rest }) =>
      ok.ok ? rest : { ...rest, [id]: ok.why },
    );
    if (ok.ok) setWeights((w) => ({ ...w, [id]: ok.value }));
  };
  const setPoint = (id: string, typed: string, mine: number) => {
    const ok = readWeight(typed);
    setWrong(({ [id]: _, ...rest }) =>
      ok.ok ? rest : { ...rest, [id]: ok.why },
    );
    if (ok.ok)
      setPoints(({ [id]: _, ...rest }) =>
        ok.value === mine ? rest : { ...rest, [id]: ok.value },
      );
  };
  const setMany = (ids: string[], value: number) =>
    setWeights((w) => ({
      ...w,
      ...Object.fromEntries(ids.map((id) => [id, value])),
    }));
  // Groups computed from criteria can be moved below the group, criterion by criterion.
  const criteriaGroups = shownGroups.filter(
    (g) => g.source === "criteria" && g.criteria.length > 0,
  );
  const allZero =
    shownGroups.length > 0 && shownGroups.every((g) => !weightOf(g));
  return (
    <>
      <Button
        appearance="primary"
        className={l.wrap}
        disabled={task.busy}
        onClick={begin}
      >
        {t.scoreWorkbook}
      </Button>
      {task.status}
      {stale && (
        <StaleNote t={t} again={begin} label={t.readAgain} busy={task.busy} />
      )}
      {scored && restored && (
        <Outcome intent="info" text={t.restoredWeights} t={t} />
      )}
      {scored && (
        <>
          <BlockPicker
            scored={scored}
            block={block}
            choose={setBlock}
            t={t}
            register={register}
          />
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
            <CriterionPoints
              groups={criteriaGroups}
              points={points}
              wrong={wrong}
              set={setPoint}
              t={t}
            />
          )}
          {withFigures.length === 0 && (
            <Outcome
              intent="warning"
              text={t.noFigures}
              next={{ step: "paste", says: "" }}
              go={go}
              t={t}
            />
          )}
          {allZero && <Outcome intent="warning" text={t.allZero} t={t} />}
          {withFigures.length > 0 && !allZero && counted.length === 0 && (
            <Outcome
              intent="warning"
              text={t.filledUnweighted(withFigures.map((g) => g.id).join(", "))}
              t={t}
            >
              <div>
                <Button
                  size="small"
                  appearance="primary"
                  className={l.wrap}
                  onClick={() =>
                    setMany(
                      withFigures.map((g) => g.id),
                      1,
                    )
                  }
                >
                  {t.weighFilled}
                </Button>
              </div>
            </Outcome>
          )}
          {withFigures.length > 0 &&
            counted.length > 0 &&
            leftOut.length > 0 && (
              <Outcome
                intent="info"
                text={t.leftOut(
                  leftOut.length,
                  leftOut.map((g) => g.id).join(", "),
                )}
                t={t}
              >
                <div>
                  <Button
                    size="small"
                    className={l.wrap}
                    onClick={() =>
                      setMany(
                        leftOut.map((g) => g.id),
                        0,
                      )
                    }
                  >
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
          <ScenarioSave
            port={port}
            weights={weights}
            points={points}
            rows={rows}
            reset={() => {
              setWeights({ ...own });
              setPoints({});
            }}
            saved={saved}
            setSaved={setSaved}
            go={go}
            task={task}
            t={t}
          />
          {rankedCount > 0 && (
            <WhatIfChart
              rows={rows}
              title={t.whatIfChart}
              none={
                rows.some((r) => r.baseRank !== null)
                  ? t.whatIfNoChange
                  : t.whatIfNoBase
              }
              t={t}
            />
          )}
          {rankedCount > 0 && (
            <RankTable
              label={t.steps.whatIf}
              rows={rows.filter((r) => r.value !== null)}
              columns={[
                { header: t.rank, kind: "figure", cell: (r) => r.rank ?? "—" },
                { header: t.agency, cell: (r) => r.agency },
                {
                  header: t.value,
                  kind: "figure",
                  cell: (r) =>
                    formatNumber(r.value!, {
                      decimals: scored.methodology.overall.decimals,
                      lang,
                    }),
                },
                {
                  header: t.change,
                  kind: "change",
                  cell: (r) => (
                    <Movement value={r.movement} lang={lang} unchanged="" />
                  ),
                },
              ]}
            />
          )}
        </>
      )}
    </>
  );
}
