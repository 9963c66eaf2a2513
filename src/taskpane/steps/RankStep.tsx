import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import * as React from "react";
import { formatNumber } from "../../core/numbers/formatNumber";
import { RankOutcome, rankWorkbook } from "../../steps/rank";
import { IndexChart } from "../charts/IndexChart";
import { useLayout } from "../components/layout";
import { Outcome } from "../components/Outcome";
import { usePaneState } from "../paneState";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

export function RankStep({ port, register, t, lang, go }: StepProps) {
  const l = useLayout();
  const [outcome, setOutcome] = usePaneState<RankOutcome | null>(
    "rank.outcome",
    null,
  );
  // The table shown as a chart (the overall ranking first) and the agency highlighted in it.
  const [chosen, setChosen] = usePaneState("rank.chosen", 0);
  const [agency, setAgency] = usePaneState("rank.agency", "");
  const task = useTask(t);
  const charted = outcome?.tables[Math.min(chosen, outcome.tables.length - 1)];
  const done = (o: RankOutcome) => {
    setOutcome(o);
    const overall = o.tables.findIndex((x) => x.group === "TH");
    setChosen(overall >= 0 ? overall : 0);
  };
  const show = (
    rows: RankOutcome["tables"][number]["rows"],
    decimals: number,
  ) =>
    rows
      .map(
        (r) =>
          `${r.rank}. ${r.agency} (${r.value === null ? "—" : formatNumber(r.value, { decimals, lang })})`,
      )
      .join("; ");
  const leftOut = outcome?.tables.filter((x) => x.leftOut?.length) ?? [];
  return (
    <>
      <Button
        appearance="primary"
        className={l.wrap}
        disabled={task.busy}
        onClick={() => task.run(() => rankWorkbook(port, register, lang), done)}
      >
        {t.runRank}
      </Button>
      {task.status}
      {outcome && (
        <Outcome
          text={[
            t.ranked(outcome.tables.length, outcome.empty.length),
            ...leftOut.map((x) =>
              t.leftOutOfOverall(
                register.blockName(x.block, lang),
                x.leftOut!.join(", "),
              ),
            ),
          ].join(" ")}
          next={{ step: "whatIf", says: t.nextAfterRank }}
          go={go}
          t={t}
        />
      )}
      {outcome && charted && (
        <>
          <Field label={t.whichTable}>
            <Dropdown
              className={l.fit}
              value={charted.title}
              selectedOptions={[String(chosen)]}
              onOptionSelect={(_, d) => setChosen(Number(d.optionValue))}
            >
              {outcome.tables.map((x, i) => (
                <Option key={i} value={String(i)}>
                  {x.title}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.highlight}>
            <Dropdown
              className={l.fit}
              value={
                charted.rows.find((r) => r.code === agency)?.agency ??
                t.highlightNone
              }
              selectedOptions={[agency]}
              onOptionSelect={(_, d) => setAgency(d.optionValue ?? "")}
            >
              <Option value="">{t.highlightNone}</Option>
              {charted.rows
                .filter((r) => r.value !== null)
                .map((r) => (
                  <Option key={r.code ?? r.agency} value={r.code ?? r.agency}>
                    {r.agency}
                  </Option>
                ))}
            </Dropdown>
          </Field>
          <IndexChart
            rows={charted.rows}
            selected={agency}
            decimals={charted.decimals}
            title={t.indexChart(charted.title)}
            t={t}
          />
        </>
      )}
      {outcome && (
        <ul aria-label={t.steps.rank} className={l.list}>
          {outcome.tables.map((table, i) => {
            const ranked = table.rows.filter((r) => r.rank !== null);
            if (!ranked.length) return null;
            return (
              <li key={i}>
                <strong>{table.title}</strong>
                <div>
                  {t.top}: {show(ranked.slice(0, 3), table.decimals)}
                </div>
                <div>
                  {t.bottom}: {show(ranked.slice(-3), table.decimals)}
                </div>
                {ranked.length < table.rows.length && (
                  <div>
                    {t.unranked(
                      table.rows.length - ranked.length,
                      unrankedNames(table.rows),
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** The agencies a table leaves unranked, the first few named. */
function unrankedNames(
  rows: { rank: number | null; agency: string }[],
): string {
  const names = rows.filter((r) => r.rank === null).map((r) => r.agency);
  return names.length > 5
    ? `${names.slice(0, 5).join(", ")}, …`
    : names.join(", ");
}
