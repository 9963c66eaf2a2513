import {
  Button,
  Checkbox,
  Field,
  Input,
  ProgressBar,
  Slider,
} from "@fluentui/react-components";
import * as React from "react";
import { checkDrawSize } from "../../core/limits";
import { formatNumber } from "../../core/numbers/formatNumber";
import { UNCERTAINTY_DEFAULTS, wideBand } from "../../core/scoring/uncertainty";
import { withWeights } from "../../core/scoring/whatIf";
import { UserError } from "../../core/userError";
import {
  BlockUncertainty,
  byRank,
  uncertaintyWords,
  variedWords,
  writeUncertainty,
} from "../../steps/uncertainty";
import { BandChart } from "../charts/BandChart";
import { useLayout } from "../components/layout";
import { Outcome } from "../components/Outcome";
import { RankTable } from "../components/RankTable";
import { usePaneState } from "../paneState";
import { BlockPicker } from "../components/BlockPicker";
import { useScoredWorkbook } from "../scoredWorkbook";
import { StaleNote } from "../components/StaleNote";
import {
  Cancelled,
  Running,
  runUncertainty,
} from "../uncertainty/runUncertainty";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

/**
 * How robust each rank is: the block's ranking drawn again many times with the weights moved
 * at random around those the user set in the what-if step (or the methodology's). The draws run
 * in a worker (progress, cancel); typing stays free meanwhile. Nothing is said of agencies the
 * weights do not rank.
 */
export function UncertaintyStep({
  port,
  register,
  t,
  lang,
  edits,
  go,
}: StepProps) {
  const l = useLayout();
  const [draws, setDraws] = usePaneState(
    "uncertainty.draws",
    String(UNCERTAINTY_DEFAULTS.draws),
  );
  const [spread, setSpread] = usePaneState(
    "uncertainty.spread",
    UNCERTAINTY_DEFAULTS.spread * 100,
  );
  const [seed, setSeed] = usePaneState(
    "uncertainty.seed",
    String(UNCERTAINTY_DEFAULTS.seed),
  );
  const [vary, setVary] = usePaneState("uncertainty.vary", {
    points: false,
    aggregation: false,
    normalisation: false,
  });
  // The what-if step's weights: the draws start from them.
  const [weights] = usePaneState<Record<string, number>>("weights", {});
  const [progress, setProgress] = React.useState<{
    done: number;
    total: number;
  } | null>(null);
  const [result, setResult] = usePaneState<BlockUncertainty | null>(
    "uncertainty.result",
    null,
  );
  const [written, setWritten] = usePaneState<string | null>(
    "uncertainty.written",
    null,
  );
  const [failed, setFailed] = React.useState<string | null>(null);
  const running = React.useRef<Running | null>(null);
  const task = useTask(t);
  // Open on the block with the most agencies ranked overall.
  const shared = useScoredWorkbook({ port, register, edits }, task, (b) =>
    b.withFigures
      ? (b.base.overall?.ranks.filter((r) => r > 0).length ?? 0)
      : 0,
  );
  const { scored, block } = shared;
  const b = scored?.blocks.find((x) => x.block === block);
  const number = (v: number) =>
    formatNumber(v, { decimals: v % 1 ? 2 : 0, lang });
  // Where the draws start: the methodology with the what-if weights in place.
  const from = React.useMemo(
    () =>
      scored && b
        ? withWeights(scored.methodology, b.base, weights)
        : undefined,
    [scored, b, weights],
  );
  const moved =
    scored?.methodology.groups.filter(
      (g) => weights[g.id] !== undefined && weights[g.id] !== g.weight,
    ) ?? [];
  const ranked = from?.base.overall?.ranks.some((r) => r > 0) ?? false;
  // The groups the draws move (with their starting weights), and those left out for want of figures.
  const counted = (from?.base.overall?.groupIds ?? []).map(
    (id) =>
      `${id} = ${number(weights[id] ?? scored!.methodology.groups.find((g) => g.id === id)!.weight)}`,
  );
  const leftOut = from?.base.overall?.leftOut ?? [];
  // A job still running when the step closes is stopped with it.
  React.useEffect(() => () => running.current?.cancel(), []);

  const drawCount = Number(draws);
  const seedValue = Number(seed);
  const badDraws =
    !Number.isInteger(drawCount) || drawCount < 1 || drawCount > 100_000;
  const badSeed =
    !Number.isInteger(seedValue) || seedValue < 0 || seedValue > 2 ** 32 - 1;

  const read = () =>
    shared.read(
      async () => undefined,
      () => (setResult(null), setWritten(null)),
    );

  const run = () => {
    if (!scored || !b || !from || !ranked || badDraws || badSeed) return;
    running.current?.cancel();
    setResult(null);
    setWritten(null);
    setFailed(null);
    try {
      checkDrawSize(drawCount, b.base.agencies.length);
    } catch (e) {
      setFailed(e instanceof UserError ? e.say(lang) : String(e));
      return;
    }
    setProgress({ done: 0, total: drawCount });
    const job = runUncertainty(
      {
        methodology: from.methodology,
        base: from.base,
        options: {
          draws: drawCount,
          spread: spread / 100,
          seed: seedValue,
          ...vary,
        },
      },
      (done, total) => setProgress({ done, total }),
    );
    running.current = job;
    job.result.then(
      (r) => {
        if (running.current !== job) return;
        running.current = null;
        setProgress(null);
        setResult({ block: b.block, name: b.name, result: r });
      },
      (e: Error) => {
        if (e instanceof Cancelled) return; // cancel() has already cleared the step
        if (running.current === job) running.current = null;
        setProgress(null);
        setFailed(e.message);
      },
    );
  };
  const cancel = () => {
    running.current?.cancel();
    running.current = null;
    setProgress(null);
  };

  const rows = result ? byRank(result.result.rows) : [];
  return (
    <>
      <p className={l.bare}>{t.uncertaintyIntro}</p>
      <Button
        appearance="primary"
        className={l.wrap}
        disabled={task.busy}
        onClick={read}
      >
        {t.scoreWorkbook}
      </Button>
      {task.status}
      {shared.stale && (
        <StaleNote t={t} again={read} label={t.readAgain} busy={task.busy} />
      )}
      {scored && (
        <>
          <BlockPicker
            scored={scored}
            block={block}
            choose={(x) => {
              shared.setBlock(x);
              setResult(null);
            }}
            t={t}
            register={register}
          />
          <p className={l.bare}>
            {(moved.length ? t.fromWhatIf : t.fromMethodology)(
              counted.length ? counted.join(", ") : "—",
            )}
            {leftOut.length ? ` ${t.notCounted(leftOut.join(", "))}` : ""}
          </p>
          <div className={l.row}>
            <WholeNumberField
              label={t.draws}
              value={draws}
              set={setDraws}
              wrong={badDraws && t.badNumber(t.draws, "1–100000")}
            />
            <WholeNumberField
              label={t.seed}
              value={seed}
              set={setSeed}
              wrong={badSeed && t.badNumber(t.seed, "0–4294967295")}
            />
          </div>
          <Field label={`${t.spread}: ${spread}%`}>
            <Slider
              min={0}
              max={50}
              step={5}
              value={spread}
              onChange={(_, d) => setSpread(d.value)}
              aria-label={t.spread}
            />
          </Field>
          <Checkbox
            label={t.varyPoints}
            checked={vary.points}
            onChange={(_, d) => setVary((v) => ({ ...v, points: !!d.checked }))}
          />
          <Checkbox
            label={t.varyAggregation}
            checked={vary.aggregation}
            onChange={(_, d) =>
              setVary((v) => ({ ...v, aggregation: !!d.checked }))
            }
          />
          <Checkbox
            label={t.varyNormalisation}
            checked={vary.normalisation}
            onChange={(_, d) =>
              setVary((v) => ({ ...v, normalisation: !!d.checked }))
            }
          />
          {!ranked && (
            <Outcome
              intent="warning"
              text={t.nothingRanked}
              next={{ step: "whatIf", says: "" }}
              go={go}
              t={t}
            />
          )}
          <div className={l.row}>
            <Button
              appearance="primary"
              disabled={!!progress || badDraws || badSeed || !block || !ranked}
              onClick={run}
            >
              {t.runUncertainty}
            </Button>
            {progress && <Button onClick={cancel}>{t.cancel}</Button>}
          </div>
          {progress && (
            <Field
              validationMessage={t.progress(progress.done, progress.total)}
              validationState="none"
            >
              <ProgressBar
                value={progress.done / Math.max(1, progress.total)}
                aria-label={t.progress(progress.done, progress.total)}
              />
            </Field>
          )}
          {failed && <Outcome intent="error" text={failed} t={t} />}
        </>
      )}
      {result && (
        <>
          <Outcome
            intent="info"
            text={`${variedWords(result.result)[lang]} ${uncertaintyWords(result)[lang]}`}
            t={t}
          />
          <div className={l.row}>
            <Button
              className={l.wrap}
              disabled={task.busy}
              onClick={() =>
                task.run(
                  () => writeUncertainty(port, [result], lang),
                  ([sheet]) => setWritten(sheet),
                )
              }
            >
              {t.writeUncertainty}
            </Button>
          </div>
          {written && (
            <Outcome
              text={t.uncertaintyWritten(written)}
              next={{ step: "compare", says: t.nextAfterUncertainty }}
              go={go}
              t={t}
            />
          )}
          <BandChart
            rows={rows}
            wide={wideBand(rows.filter((r) => r.rank !== null).length)}
            title={t.bandChart}
            t={t}
          />
          <RankTable
            label={t.steps.uncertainty}
            rows={rows.filter((r) => r.rank !== null)}
            columns={[
              { header: t.rank, kind: "figure", cell: (r) => r.rank },
              { header: t.agency, cell: (r) => r.agency },
              {
                header: t.median,
                kind: "figure",
                cell: (r) => r.median ?? "—",
              },
              {
                header: t.band,
                kind: "figure",
                cell: (r) => (r.p05 === null ? "—" : `${r.p05}–${r.p95}`),
              },
              {
                header: t.top10,
                kind: "figure",
                cell: (r) => `${formatNumber(r.top10 * 100, { lang })}%`,
              },
            ]}
          />
        </>
      )}
    </>
  );
}

/** A short text field for a whole number, with why it is refused under it. */
function WholeNumberField(props: {
  label: string;
  value: string;
  set: (v: string) => void;
  wrong: string | false;
}) {
  const l = useLayout();
  return (
    <Field
      label={props.label}
      validationState={props.wrong ? "error" : "none"}
      validationMessage={props.wrong || undefined}
    >
      <Input
        value={props.value}
        onChange={(_, d) => props.set(d.value)}
        className={l.number96}
      />
    </Field>
  );
}
