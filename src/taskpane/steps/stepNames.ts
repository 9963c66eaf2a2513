/** The pane's steps, in the order a user works. */
export const STEPS = [
  "prepare",
  "paste",
  "check",
  "rank",
  "whatIf",
  "uncertainty",
  "compare",
] as const;
export type Step = (typeof STEPS)[number];

/** The number a step is shown with (1 for prepare). */
export const stepNumber = (s: Step): number => STEPS.indexOf(s) + 1;
