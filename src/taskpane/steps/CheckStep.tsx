import { Button, Link, MessageBar } from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../../core/checks/finding";
import { checkWorkbook, WorkbookReport } from "../../workbook/actions";
import { StaleNote } from "../StaleNote";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

/** Checks the workbook; says what was read and checked, and never "no findings" of what was not. */
export function CheckStep({ port, register, t, lang, edits }: StepProps) {
  const [report, setReport] = React.useState<WorkbookReport | null>(null);
  // The count of a person's edits when this report was made: any edit since makes it stale.
  const [madeAt, setMadeAt] = React.useState(0);
  const task = useTask(t);
  const run = () => {
    const at = edits;
    return task.run(
      () => checkWorkbook(port, register),
      (r) => (setReport(r), setMadeAt(at)),
    );
  };
  const findings = report?.findings;
  const count = (s: Finding["severity"]) =>
    findings?.filter((f) => f.severity === s).length ?? 0;
  const checks =
    report?.tables.reduce(
      (s, x) => s + x.checked.reduce((n, c) => n + c.count, 0),
      0,
    ) ?? 0;
  return (
    <section aria-label={t.steps.check}>
      <Button appearance="primary" disabled={task.busy} onClick={run}>
        {t.runCheck}
      </Button>
      {task.status}
      {report && edits > madeAt && (
        <StaleNote t={t} again={run} label={t.runAgain} busy={task.busy} />
      )}
      {report && (
        <p role="status">
          {t.counts(count("error"), count("warning"), count("info"))}
        </p>
      )}
      {report && checks === 0 && (
        <MessageBar intent="warning">{t.nothingChecked}</MessageBar>
      )}
      {report && checks > 0 && findings?.length === 0 && (
        <MessageBar intent="success">{t.noFindings(checks)}</MessageBar>
      )}
      {(["error", "warning", "info"] as const).map((severity) => {
        const group = findings?.filter((f) => f.severity === severity) ?? [];
        if (!group.length) return null;
        return (
          <div key={severity}>
            <h3>
              {t.severity[severity]} ({group.length})
            </h3>
            <ul aria-label={t.severity[severity]}>
              {group.map((f, i) => (
                <li key={i}>
                  {f.where.cell ? (
                    <Link
                      onClick={() =>
                        port.selectCell(f.where.table, f.where.cell!)
                      }
                    >
                      {f.where.table}!{f.where.cell}
                    </Link>
                  ) : (
                    <span>{f.where.table}</span>
                  )}{" "}
                  — {f.message[lang]}
                  {f.suggestion && (
                    <div>
                      <strong>{t.suggestion}:</strong>{" "}
                      {f.suggestion.reason[lang]}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {report && (
        <details>
          <summary>
            {t.tablesRead} ({report.tables.length + report.unchecked.length})
          </summary>
          <ul aria-label={t.tablesRead}>
            {report.tables.map((x, i) => (
              <li key={`t${i}`}>
                {x.understood?.[lang] ?? x.name} —{" "}
                {x.checked.length
                  ? t.checkedTimes(x.checked.reduce((n, c) => n + c.count, 0))
                  : t.notChecked}
              </li>
            ))}
            {report.unchecked.map((u, i) => (
              <li key={`u${i}`}>
                {u.name} — {t.notChecked}: {u.why[lang]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
