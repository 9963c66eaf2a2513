/** Numbers as the pane's words write them: `1.374` in Vietnamese, `1,374` in English. */
import { formatNumber } from "../../core/numbers/formatNumber";

export const n = (v: number) => formatNumber(v, { lang: "vi" });
export const nEn = (v: number) => formatNumber(v, { lang: "en" });
/** `1 table`, `2 tables`. */
export const plural = (count: number, one: string, many: string) =>
  `${nEn(count)} ${count === 1 ? one : many}`;
