/**
 * What an action did and what to do next, in one line, with a button to the next step; said
 * aloud through the pane's one live region (Fluent's AriaLiveAnnouncer) when it appears.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  useAnnounce,
} from "@fluentui/react-components";
import * as React from "react";
import { useLayout } from "./layout";
import { Step, stepNumber } from "../steps/stepNames";
import type { Strings } from "../strings";

export interface NextStep {
  step: Step;
  /** What to do there, in words. */
  says: string;
}

export function Outcome({
  intent = "success",
  text,
  next,
  go,
  t,
  children,
}: {
  intent?: "success" | "warning" | "info" | "error";
  /** What happened, in one sentence: shown and announced. */
  text: string;
  next?: NextStep;
  go?: (s: Step) => void;
  t: Strings;
  /** More to show under the line (buttons to answer a question, a list). */
  children?: React.ReactNode;
}) {
  const l = useLayout();
  useSay(next ? `${text} ${next.says}` : text, intent === "error");
  const title =
    intent === "error"
      ? t.errorTitle
      : intent === "warning"
        ? t.warningTitle
        : intent === "success"
          ? t.doneTitle
          : undefined;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>} {text}
        {next && (
          <>
            {" "}
            {next.says}{" "}
            {go && (
              <Button
                size="small"
                appearance="primary"
                className={l.wrap}
                onClick={() => go(next.step)}
              >
                {t.goTo(stepNumber(next.step), t.steps[next.step])}
              </Button>
            )}
          </>
        )}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Says a text through the live region whenever it changes. */
export function useSay(text: string | undefined, urgent = false): void {
  const { announce } = useAnnounce();
  React.useEffect(() => {
    if (text) announce(text, urgent ? { priority: 1 } : {});
  }, [announce, text, urgent]);
}
