import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  Option,
} from "@fluentui/react-components";
import * as React from "react";
import { formatVietnameseNumber } from "../../core/numbers/formatVietnameseNumber";
import { RankOutcome, rankWorkbook } from "../../workbook/actions";
import { IndexChart } from "../charts/IndexChart";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

export function RankStep({ port, register, t }: StepProps) {
  const [outcome, setOutcome] = React.useState<RankOutcome | null>(null);
  // The table shown as a chart (the overall ranking first) and the agency highlighted in it.
  const [chosen, setChosen] = React.useState(0);
  const [agency, setAgency] = React.useState("");
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
          `${r.rank}. ${r.agency} (${r.value === null ? "—" : formatVietnameseNumber(r.value, { decimals })})`,
      )
      .join("; ");
  return (
    <section aria-label={t.steps.rank}>
      <Button
        appearance="primary"
        disabled={task.busy}
        onClick={() => task.run(() => rankWorkbook(port, register), done)}
      >
        {t.runRank}
      </Button>
      {task.status}
      {outcome && (
        <MessageBar intent="success">
          {t.ranked(outcome.tables.length, outcome.empty.length)}
        </MessageBar>
      )}
      {outcome && charted && (
        <>
          <Field label={t.whichTable}>
            <Dropdown
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
              value={charted.rows.find((r) => r.code === agency)?.agency ?? ""}
              selectedOptions={[agency]}
              onOptionSelect={(_, d) => setAgency(d.optionValue ?? "")}
            >
              {charted.rows
                .filter((r) => r.value !== null)
                .map((r) => (
                  <Option key={r.code} value={r.code}>
                    {r.agency}
                  </Option>
                ))}
            </Dropdown>
          </Field>
          <IndexChart
            rows={charted.rows.map((r) => ({
              code: r.code,
              name: r.agency,
              rank: r.rank,
              value: r.value,
            }))}
            selected={agency}
            decimals={charted.decimals}
            title={t.indexChart(charted.title)}
          />
        </>
      )}
      {outcome && (
        <ul aria-label={t.steps.rank}>
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
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
