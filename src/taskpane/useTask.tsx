/**
 * Long work in the pane: a busy state with a Cancel button (the result of a cancelled run is
 * discarded), and errors in plain words with the technical detail one click away.
 */
import { Button, Spinner } from "@fluentui/react-components";
import * as React from "react";
import { useLayout } from "./components/layout";
import { UserError } from "../core/userError";
import { Outcome } from "./components/Outcome";
import type { Strings } from "./strings";

export interface Task {
  busy: boolean;
  run: <T>(work: () => Promise<T>, done: (result: T) => void) => Promise<void>;
  status: React.ReactNode;
}

export function useTask(t: Strings): Task {
  const l = useLayout();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<Error | null>(null);
  const [cancelled, setCancelled] = React.useState(false);
  const [showDetails, setShowDetails] = React.useState(false);
  const generation = React.useRef(0);

  const run = async <T,>(work: () => Promise<T>, done: (result: T) => void) => {
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    setCancelled(false);
    try {
      // Let the busy state paint before long synchronous work (reading a large paste) starts.
      await painted();
      const result = await work();
      if (mine === generation.current) done(result);
    } catch (e) {
      if (mine === generation.current)
        setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  };
  const cancel = () => {
    generation.current++;
    setBusy(false);
    setCancelled(true);
  };

  const status = (
    <>
      {busy && (
        <div role="status" className={l.row}>
          <Spinner size="tiny" label={t.busy} />
          <Button size="small" onClick={cancel}>
            {t.cancel}
          </Button>
        </div>
      )}
      {cancelled && <Outcome intent="info" text={t.cancelled} t={t} />}
      {error && (
        <Outcome intent="error" text={plainMessage(error, t)} t={t}>
          {" "}
          <Button
            size="small"
            appearance="transparent"
            onClick={() => setShowDetails(!showDetails)}
            aria-expanded={showDetails}
          >
            {t.details}
          </Button>
          {showDetails && (
            <pre className={l.detail}>{technicalDetail(error)}</pre>
          )}
        </Outcome>
      )}
    </>
  );
  return { busy, run, status };
}

/** After the next frame is painted (at once where there is no frame to wait for). */
function painted(): Promise<void> {
  return new Promise((resolve) =>
    typeof requestAnimationFrame === "function"
      ? requestAnimationFrame(() => setTimeout(resolve, 0))
      : resolve(),
  );
}

/**
 * What the user reads: a user's error in the pane's language, an Office.js error by its code
 * with what to do, anything else as a fault of ours (the detail one click away).
 */
function plainMessage(e: Error, t: Strings): string {
  if (e instanceof UserError) return e.say(t.lang);
  const code = (e as { code?: string }).code;
  if (code && code in t.officeErrors)
    return t.officeErrors[code as keyof Strings["officeErrors"]];
  return t.unexpected;
}

function technicalDetail(e: Error): string {
  const debug = (e as { debugInfo?: unknown }).debugInfo;
  return [
    e.name,
    (e as { code?: string }).code,
    e.message,
    debug ? JSON.stringify(debug, null, 2) : "",
    e.stack,
  ]
    .filter(Boolean)
    .join("\n");
}
