/**
 * The steps after the first, loaded after the pane shows: the first screen needs only step 1,
 * and the charts, the paste reader and the checks come in chunks of their own while the user
 * reads it. `loadSteps` starts them all at once; a step asked for before it arrives waits.
 */
import * as React from "react";
import type { StepProps } from "./stepProps";

type StepComponent = React.ComponentType<StepProps>;

const loaders = {
  paste: () => import("./PasteStep").then((m) => m.PasteStep),
  check: () => import("./CheckStep").then((m) => m.CheckStep),
  rank: () => import("./RankStep").then((m) => m.RankStep),
  whatIf: () => import("./WhatIfStep").then((m) => m.WhatIfStep),
  uncertainty: () => import("./UncertaintyStep").then((m) => m.UncertaintyStep),
  compare: () => import("./CompareStep").then((m) => m.CompareStep),
};
export type LazyStep = keyof typeof loaders;

const loaded: Partial<Record<LazyStep, StepComponent>> = {};
let all: Promise<void> | undefined;

export function loadSteps(): Promise<void> {
  all ??= Promise.all(
    (Object.keys(loaders) as LazyStep[]).map(async (k) => {
      loaded[k] = await loaders[k]();
    }),
  ).then(() => undefined);
  return all;
}

/** The step's component, or undefined until its chunk has arrived (the caller shows a spinner). */
export function useStep(name: LazyStep): StepComponent | undefined {
  const [, arrived] = React.useState(0);
  React.useEffect(() => {
    if (!loaded[name]) void loadSteps().then(() => arrived((n) => n + 1));
  }, [name]);
  return loaded[name];
}
