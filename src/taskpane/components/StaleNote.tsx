import { Button, MessageBar } from "@fluentui/react-components";
import * as React from "react";
import type { Strings } from "../strings";

/** Said over a result a person's edit may have made stale, with the way to run again. */
export function StaleNote({
  t,
  again,
  label,
  busy,
}: {
  t: Strings;
  again: () => void;
  label: string;
  busy: boolean;
}) {
  return (
    <MessageBar intent="warning">
      {t.stale}{" "}
      <Button size="small" onClick={again} disabled={busy}>
        {label}
      </Button>
    </MessageBar>
  );
}
