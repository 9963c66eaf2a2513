import { Button, MessageBar } from "@fluentui/react-components";
import * as React from "react";
import { formatVietnameseNumber } from "../../core/numbers/formatVietnameseNumber";
import { RankOutcome, rankWorkbook } from "../../workbook/actions";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

export function RankStep({ port, register, t }: StepProps) {
  const [outcome, setOutcome] = React.useState<RankOutcome | null>(null);
  const task = useTask(t);
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
        onClick={() => task.run(() => rankWorkbook(port, register), setOutcome)}
      >
        {t.runRank}
      </Button>
      {task.status}
      {outcome && (
        <MessageBar intent="success">
          {t.ranked(outcome.tables.length, outcome.empty.length)}
        </MessageBar>
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
