/**
 * A change of rank shown as ▲ 3 / ▼ 2 and said in words (“lên 3 hạng”) to screen readers: the
 * arrows alone, or their colour, carry no meaning for everyone.
 */
import { makeStyles } from "@fluentui/react-components";
import * as React from "react";
import { movementMark, movementWords } from "../../core/ranking/movement";
import type { Lang } from "../../core/userError";

const useStyles = makeStyles({
  /** Text that screen readers say and the screen does not show. */
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  mark: { whiteSpace: "nowrap" },
});

export function Movement({
  value,
  lang,
  relative = false,
  unchanged = "=",
  unknown = "—",
  unknownSaid,
  suffix = "",
}: {
  value: number | null;
  lang: Lang;
  /** A change of relative position, in percentage points (rankings of different sizes). */
  relative?: boolean;
  unchanged?: string;
  unknown?: string;
  /** Said to screen readers for no change, where the mark shown is short (`—`). */
  unknownSaid?: string;
  /** After the number: `điểm` for points of relative position. */
  suffix?: string;
}) {
  const s = useStyles();
  const mark = movementMark(value, unchanged, unknown, lang);
  return (
    <span>
      <span aria-hidden="true" className={value === null ? undefined : s.mark}>
        {mark}
        {suffix && value ? ` ${suffix}` : ""}
      </span>
      <span className={s.hidden}>
        {value === null && (unknownSaid ?? unknown) !== "—"
          ? (unknownSaid ?? unknown)
          : movementWords(value, lang, relative)}
      </span>
    </span>
  );
}
