/** What a write of a pasted table did, or what it waits for: the user's word on saved work. */
import { Button } from "@fluentui/react-components";
import * as React from "react";
import {
  ImportPlan,
  ImportResult,
  replacedCells,
} from "../../../steps/pasteWrite";
import { useLayout } from "../../components/layout";
import { Outcome } from "../../components/Outcome";
import type { StepProps } from "../stepProps";
import type { Strings } from "../../strings";

/** A plan that would replace saved cells or a sheet: say what, and wait for yes or no. */
export function PendingWrite({
  pending,
  busy,
  confirm,
  cancel,
  t,
}: {
  pending: ImportPlan;
  busy: boolean;
  confirm: () => void;
  cancel: () => void;
  t: Strings;
}) {
  const l = useLayout();
  const replaced = pending.kind === "cells" ? replacedCells(pending) : [];
  return (
    <Outcome
      intent="warning"
      text={
        pending.kind === "cells"
          ? `${t.replaceAsk(
              replaced.length,
              replaced
                .slice(0, 3)
                .map(
                  (w) =>
                    `${pending.sheets.length > 1 ? `${w.sheet}!` : ""}${w.cell}: ${w.before} → ${w.value}`,
                )
                .join("; "),
            )}${pending.kept.length ? ` ${t.kept(pending.kept.length)}` : ""}`
          : t.replaceSheetAsk(pending.sheet)
      }
      t={t}
    >
      <div className={l.actions}>
        <Button
          size="small"
          appearance="primary"
          className={l.wrap}
          disabled={busy}
          onClick={confirm}
        >
          {pending.kind === "cells"
            ? t.replaceConfirm(replaced.length)
            : t.replaceSheetConfirm}
        </Button>
        <Button size="small" className={l.wrap} onClick={cancel}>
          {t.replaceCancel}
        </Button>
      </div>
    </Outcome>
  );
}

/** What was written, what was kept or skipped, and the step that comes next. */
export function WriteResult({
  result,
  go,
  t,
}: {
  result: ImportResult;
  go: StepProps["go"];
  t: Strings;
}) {
  return (
    <Outcome
      intent={result.skipped.length ? "warning" : "success"}
      text={[
        result.newSheet
          ? t.importedSheet(result.sheet)
          : result.sheets
            ? t.importedSheets(result.written, result.sheets)
            : t.imported(result.written, result.sheet),
        result.kept ? t.kept(result.kept) : "",
        result.skipped.length ? t.skipped(result.skipped.join(", ")) : "",
      ]
        .filter(Boolean)
        .join(" ")}
      next={
        result.newSheet
          ? { step: "compare", says: t.nextAfterPublished }
          : { step: "check", says: t.nextAfterImport }
      }
      go={go}
      t={t}
    />
  );
}
