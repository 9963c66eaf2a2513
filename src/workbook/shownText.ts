/**
 * The text of a cell as the tool reads it: from the value, never from the text Excel shows (that
 * depends on the machine's locale: en-US Excel shows 1374 as "1,374", which reads as 1,374 in
 * the Vietnamese sense). The number format only says how many decimals the figure carries, which
 * tells an index (0,960) from a count.
 */
import { formatVietnameseNumber } from "../core/numbers/formatVietnameseNumber";
import type { Cell } from "./workbookPort";

export function shownText(v: Cell, numberFormat = ""): string {
  if (typeof v !== "number") return v === null ? "" : String(v);
  const decimals =
    /\.(0+)/.exec(numberFormat)?.[1].length ??
    (Number.isInteger(v)
      ? 0
      : Math.min(10, String(v).split(".")[1]?.length ?? 0));
  return formatVietnameseNumber(v, {
    decimals,
    grouping:
      numberFormat.includes(",") ||
      numberFormat === "" ||
      numberFormat === "General",
  });
}
