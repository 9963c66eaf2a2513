import { Button, Link, MessageBar } from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../../core/checks/finding";
import { checkWorkbook } from "../../workbook/actions";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

export function CheckStep({ port, register, t, lang }: StepProps) {
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const task = useTask(t);
  const count = (s: Finding["severity"]) =>
    findings?.filter((f) => f.severity === s).length ?? 0;
  return (
    <section aria-label={t.steps.check}>
      <Button
        appearance="primary"
        disabled={task.busy}
        onClick={() =>
          task.run(
            () => checkWorkbook(port, register),
            (r) => setFindings(r.findings),
          )
        }
      >
        {t.runCheck}
      </Button>
      {task.status}
      {findings && (
        <p role="status">
          {t.counts(count("error"), count("warning"), count("info"))}
        </p>
      )}
      {findings?.length === 0 && (
        <MessageBar intent="success">{t.noFindings}</MessageBar>
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
    </section>
  );
}
