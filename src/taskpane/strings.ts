/**
 * Every text the pane shows, from the catalogues of `strings/` (one per step, plus the common
 * words and the charts'), each entry a Msg — the Vietnamese and the English side by side — and
 * given to the pane in one language.
 */
import { localise } from "../core/msg";
import { CHARTS } from "./strings/charts";
import { CHECK } from "./strings/check";
import { COMMON } from "./strings/common";
import { COMPARE } from "./strings/compare";
import { EDITION } from "./strings/edition";
import { PASTE } from "./strings/paste";
import { PREPARE } from "./strings/prepare";
import { RANK } from "./strings/rank";
import { UNCERTAINTY } from "./strings/uncertainty";
import { WHAT_IF } from "./strings/whatIf";

const PANE = {
  ...COMMON,
  ...PREPARE,
  ...PASTE,
  ...CHECK,
  ...RANK,
  ...WHAT_IF,
  ...UNCERTAINTY,
  ...COMPARE,
  ...EDITION,
  ...CHARTS,
};

export const STRINGS = { vi: localise(PANE, "vi"), en: localise(PANE, "en") };
export type Strings = (typeof STRINGS)["vi"];
export type Lang = keyof typeof STRINGS;
