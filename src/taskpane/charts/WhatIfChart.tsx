/**
 * How the ranks change as the weights move: one bar per agency whose rank changed against the
 * methodology's own weights, biggest changes first; places gained to the right (▲, green),
 * lost to the left (▼, red, hatched by a dash), each said in words.
 */
import * as React from "react";
import { movementMark, movementWords } from "../../core/ranking/movement";
import type { WhatIfRow } from "../../core/scoring/whatIf";
import type { Strings } from "../strings";
import {
  CHART,
  ChartFrame,
  useChartStyles,
  FocusRing,
  short,
  usePointFocus,
  WIDTH,
} from "./chartKit";

const ROW = 18;
const NAMES = 112;

export function WhatIfChart({
  rows,
  title,
  none,
  t,
  shown = 15,
}: {
  rows: readonly WhatIfRow[];
  title: string;
  /** Said instead of an empty chart. */
  none: string;
  t: Strings;
  shown?: number;
}) {
  const c = useChartStyles();
  const changed = rows
    .filter((r) => r.movement !== null && r.movement !== 0)
    .sort(
      (a, b) =>
        Math.abs(b.movement!) - Math.abs(a.movement!) || a.rank! - b.rank!,
    );
  const bars = changed.slice(0, shown);
  const focus = usePointFocus(bars.length);
  if (bars.length === 0) return <p className={c.caption}>{none}</p>;
  const max = Math.max(...bars.map((r) => Math.abs(r.movement!)));
  const half = (WIDTH - NAMES - 8) / 2;
  const zero = NAMES + half;
  const height = bars.length * ROW + 8;
  const words = (r: WhatIfRow) => movementWords(r.movement, t.lang);
  return (
    <ChartFrame
      title={title}
      t={t}
      headers={[t.agency, t.rank, t.change]}
      rows={changed.map((r) => [
        r.agency,
        `${r.baseRank} → ${r.rank}`,
        words(r),
      ])}
    >
      {(caption) => (
        <svg
          role="group"
          aria-labelledby={caption}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          className={c.drawing}
        >
          <line
            x1={zero}
            x2={zero}
            y1={0}
            y2={height}
            stroke={CHART.faint}
            aria-hidden="true"
          />
          {bars.map((r, i) => {
            const up = r.movement! > 0;
            const w = Math.max(2, (Math.abs(r.movement!) / max) * (half - 26));
            const y = 4 + i * ROW;
            return (
              <g
                key={r.code}
                {...focus.props(
                  i,
                  t.changePoint(r.agency, r.baseRank!, r.rank!, words(r)),
                )}
              >
                <text
                  x={NAMES - 4}
                  y={y + 12}
                  fontSize={9}
                  textAnchor="end"
                  fill="currentColor"
                >
                  {short(r.agency, 19)}
                </text>
                <rect
                  x={up ? zero : zero - w}
                  y={y + 3}
                  width={w}
                  height={ROW - 6}
                  fill={up ? CHART.up : "none"}
                  stroke={up ? "none" : CHART.down}
                  strokeWidth={up ? 0 : 2}
                  strokeDasharray={up ? undefined : "3 2"}
                />
                <text
                  x={up ? zero + w + 3 : zero - w - 3}
                  y={y + 12}
                  fontSize={9}
                  textAnchor={up ? "start" : "end"}
                  fill="currentColor"
                >
                  {movementMark(r.movement, "", "", t.lang)}
                </text>
                {focus.current === i && (
                  <FocusRing x={1} y={y} width={WIDTH - 2} height={ROW} />
                )}
              </g>
            );
          })}
        </svg>
      )}
    </ChartFrame>
  );
}
