import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  ProgressBar,
  Slider,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import * as React from "react";
import { checkDrawSize } from "../../core/limits";
import { UserError } from "../../core/userError";
import { UNCERTAINTY_DEFAULTS, wideBand } from "../../core/scoring/uncertainty";
import {
  BlockUncertainty,
  byRank,
  uncertaintyWords,
  variedWords,
  writeUncertainty,
} from "../../workbook/rankUncertainty";
import { BandChart } from "../charts/BandChart";
import { StaleNote } from "../StaleNote";
import {
  Cancelled,
  Running,
  runUncertainty,
} from "../uncertainty/runUncertainty";
import { BlockPicker, useScoredWorkbook } from "../scoredWorkbook";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

/**
 * How robust each rank is: the block's ranking drawn again many times with the weights moved
 * at random. The draws run in a worker (progress, cancel); typing stays free meanwhile.
 */
export function UncertaintyStep({ port, register, t, lang, edits }: StepProps) {
  const [draws, setDraws] = React.useState(String(UNCERTAINTY_DEFAULTS.draws));
  const [spread, setSpread] = React.useState(UNCERTAINTY_DEFAULTS.spread * 100);
  const [seed, setSeed] = React.useState(String(UNCERTAINTY_DEFAULTS.seed));
  const [vary, setVary] = React.useState({
    points: false,
    aggregation: false,
    normalisation: false,
  });
  const [progress, setProgress] = React.useState<{
    done: number;
    total: number;
  } | null>(null);
  const [result, setResult] = React.useState<BlockUncertainty | null>(null);
  const [written, setWritten] = React.useState<string | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  const running = React.useRef<Running | null>(null);
  const task = useTask(t);
  // Open on the block with the most agencies ranked overall.
  const scored = useScoredWorkbook(
    { port, register, edits },
    task,
    (b) =>
      b.withFigures && (b.base.overall?.ranks.filter((r) => r > 0).length ?? 0),
  );
  const { session, block } = scored;
  // A block without a figure would be all ties at 0: said, not analysed.
  const empty =
    session?.blocks.find((b) => b.block === block)?.withFigures === 0;
  // A job still running when the step closes is stopped with it.
  React.useEffect(() => () => running.current?.cancel(), []);

  const drawCount = Number(draws);
  const seedValue = Number(seed);
  const badDraws =
    !Number.isInteger(drawCount) || drawCount < 1 || drawCount > 100_000;
  const badSeed =
    !Number.isInteger(seedValue) || seedValue < 0 || seedValue > 2 ** 32 - 1;

  const read = () =>
    scored.read(
      async () => undefined,
      () => setResult(null),
    );

  const run = () => {
    const b = session?.blocks.find((x) => x.block === block);
    if (!session || !b || badDraws || badSeed) return;
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
        methodology: session.methodology,
        base: b.base,
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
  const words = result ? uncertaintyWords(result)[lang] : "";
  return (
    <section aria-label={t.steps.uncertainty}>
      <p style={{ margin: 0 }}>{t.uncertaintyIntro}</p>
      <Button appearance="primary" disabled={task.busy} onClick={read}>
        {t.startWhatIf}
      </Button>
      {task.status}
      {scored.stale && (
        <StaleNote t={t} again={read} label={t.readAgain} busy={task.busy} />
      )}
      {session && (
        <>
          <BlockPicker
            session={session}
            block={block}
            choose={(b) => {
              scored.setBlock(b);
              setResult(null);
            }}
            t={t}
          />
          <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
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
          <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
            <Button
              appearance="primary"
              disabled={!!progress || badDraws || badSeed || !block || empty}
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
          {empty && <MessageBar intent="warning">{t.noFigures}</MessageBar>}
          {failed && <MessageBar intent="error">{failed}</MessageBar>}
        </>
      )}
      {result && (
        <>
          <MessageBar intent="info" layout="multiline">
            {variedWords(result.result)[lang]} {words}
          </MessageBar>
          <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
            <Button
              disabled={task.busy}
              onClick={() =>
                task.run(
                  () => writeUncertainty(port, [result]),
                  ([sheet]) => setWritten(sheet),
                )
              }
            >
              {t.writeUncertainty}
            </Button>
          </div>
          {written && (
            <MessageBar intent="success">
              {t.uncertaintyWritten(written)}
            </MessageBar>
          )}
          <BandChart
            rows={rows}
            wide={wideBand(rows.length)}
            title={t.bandChart}
          />
          <Table size="extra-small" aria-label={t.steps.uncertainty}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.rank}</TableHeaderCell>
                <TableHeaderCell>{t.agency}</TableHeaderCell>
                <TableHeaderCell>{t.median}</TableHeaderCell>
                <TableHeaderCell>{t.band}</TableHeaderCell>
                <TableHeaderCell>{t.top10}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.code}>
                  <TableCell>{r.rank ?? "—"}</TableCell>
                  <TableCell>{r.name}</TableCell>
                  <TableCell>{r.median ?? "—"}</TableCell>
                  <TableCell>
                    {r.p05 === null ? "—" : `${r.p05}–${r.p95}`}
                  </TableCell>
                  <TableCell>{`${Math.round(r.top10 * 100)}%`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}

/** A short text field for a whole number, with why it is refused under it. */
function WholeNumberField(props: {
  label: string;
  value: string;
  set: (v: string) => void;
  wrong: string | false;
}) {
  return (
    <Field
      label={props.label}
      validationState={props.wrong ? "error" : "none"}
      validationMessage={props.wrong || undefined}
    >
      <Input
        value={props.value}
        onChange={(_, d) => props.set(d.value)}
        style={{ width: 96 }}
      />
    </Field>
  );
}
