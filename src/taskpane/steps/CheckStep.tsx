import { Button, Link } from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../../core/checks/finding";
import { checkWorkbook, WorkbookReport } from "../../steps/check";
import { useLayout } from "../components/layout";
import { Outcome } from "../components/Outcome";
import { usePaneState } from "../paneState";
import { StaleNote } from "../components/StaleNote";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

/** Checks the workbook; says what was read and checked, and never "no findings" of what was not. */
export function CheckStep({ port, register, t, lang, edits, go }: StepProps) {
  const l = useLayout();
  const [report, setReport] = usePaneState<WorkbookReport | null>(
    "check.report",
    null,
  );
  // The count of a person's edits when this report was made: any edit since makes it stale.
  const [madeAt, setMadeAt] = usePaneState("check.madeAt", 0);
  const task = useTask(t);
  const run = () => {
    const at = edits;
    return task.run(
      () => checkWorkbook(port, register, "Sổ tính", lang),
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
  const counts = t.counts(count("error"), count("warning"), count("info"));
  return (
    <>
      <Button
        appearance="primary"
        className={l.wrap}
        disabled={task.busy}
        onClick={run}
      >
        {t.runCheck}
      </Button>
      {task.status}
      {report && edits > madeAt && (
        <StaleNote t={t} again={run} label={t.runAgain} busy={task.busy} />
      )}
      {report && checks === 0 && (
        <Outcome
          intent="warning"
          text={`${counts} ${t.nothingChecked}`}
          next={{ step: "paste", says: "" }}
          go={go}
          t={t}
        />
      )}
      {report && checks > 0 && (
        <Outcome
          intent={count("error") ? "warning" : "success"}
          text={findings?.length ? counts : t.noFindings(checks)}
          next={
            count("error")
              ? { step: "rank", says: t.nextAfterCheckErrors }
              : { step: "rank", says: t.nextAfterCheck }
          }
          go={go}
          t={t}
        />
      )}
      {(["error", "warning", "info"] as const).map((severity) => {
        const group = findings?.filter((f) => f.severity === severity) ?? [];
        if (!group.length) return null;
        return (
          <section key={severity} aria-labelledby={`findings-${severity}`}>
            <h3 id={`findings-${severity}`} className={l.bare}>
              {t.severity[severity]} ({group.length})
            </h3>
            <ul aria-label={t.severity[severity]} className={l.list}>
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
          </section>
        );
      })}
      {report && (
        <details>
          <summary>
            {t.tablesRead} ({report.tables.length + report.unchecked.length})
          </summary>
          <ul aria-label={t.tablesRead} className={l.list}>
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
    </>
  );
}
