import { Button } from "@fluentui/react-components";
import * as React from "react";
import {
  DuplicateAgency,
  linesToLeaveOut,
} from "../../../core/tables/duplicates";
import { useLayout } from "../../components/layout";
import { Outcome } from "../../components/Outcome";
import type { Strings } from "../../strings";

/** The agencies listed twice, with their rows: keep one row each, or the first of each at once. */
export function Duplicates({
  twice,
  t,
  busy,
  leaveOut,
}: {
  twice: DuplicateAgency[];
  t: Strings;
  busy: boolean;
  leaveOut: (lines: number[]) => void;
}) {
  const l = useLayout();
  const listed = twice.slice(0, 5);
  return (
    <Outcome intent="warning" text={t.duplicates(twice.length)} t={t}>
      <ul className={l.tightList}>
        {listed.map((d) => (
          <li key={d.code}>
            {t.duplicateOf(
              d.name,
              d.rows
                .slice(0, 6)
                .map((r) => r.line)
                .join(", ") + (d.rows.length > 6 ? ", …" : ""),
            )}
            {d.rows.length <= 4 && (
              <div className={l.inline}>
                {d.rows.map((r) => (
                  <Button
                    key={r.line}
                    size="small"
                    className={l.wrap}
                    disabled={busy}
                    onClick={() => leaveOut(linesToLeaveOut([d], () => r.line))}
                  >
                    {t.keepLine(r.line, r.cells.filter(Boolean).join(" · "))}
                  </Button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      {twice.length > listed.length && (
        <div>{t.moreDuplicates(twice.length - listed.length)}</div>
      )}
      <Button
        size="small"
        appearance="primary"
        className={l.wrap}
        disabled={busy}
        onClick={() => leaveOut(linesToLeaveOut(twice))}
      >
        {t.dropRepeats}
      </Button>
    </Outcome>
  );
}
