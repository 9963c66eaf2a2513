/**
 * Each agency's rank as a dot on its 5–95 % band, rank 1 at the top. A wide band is drawn
 * thicker and in red, and marked ⚠ with the word beside the name, so that it does not rest on
 * colour; every band says its range in words.
 */
import * as React from "react";
import type { UncertaintyRow } from "../../core/scoring/uncertainty";
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

const ROW = 14;
const NAMES = 118;

export function BandChart({
  rows,
  wide,
  title,
  t,
}: {
  /** By nominal rank. */
  rows: UncertaintyRow[];
  /** Bands at least this many places wide are called wide. */
  wide: number;
  title: string;
  t: Strings;
}) {
  const c = useChartStyles();
  const shown = rows.filter((r) => r.rank !== null && r.p05 !== null);
  const focus = usePointFocus(shown.length);
  const n = Math.max(1, ...shown.map((r) => r.p95 ?? 1));
  const plot = WIDTH - NAMES - 8;
  const x = (rank: number) => NAMES + ((rank - 1) / Math.max(1, n - 1)) * plot;
  const height = shown.length * ROW + 24;
  const isWide = (r: UncertaintyRow) => r.p95! - r.p05! >= wide;
  const label = (r: UncertaintyRow) =>
    `${t.bandPoint(r.rank!, r.agency, r.p05!, r.p95!)}${isWide(r) ? ` (${t.wideTag})` : ""}`;
  return (
    <ChartFrame
      title={title}
      t={t}
      headers={[t.rank, t.agency, t.median, t.band]}
      rows={shown.map((r) => [
        String(r.rank),
        r.agency,
        String(r.median),
        `${r.p05}–${r.p95}${isWide(r) ? ` ⚠ ${t.wideTag}` : ""}`,
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
          {[1, Math.ceil(n / 2), n].map((tick) => (
            <g key={tick} aria-hidden="true">
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={0}
                y2={height - 16}
                stroke={CHART.faint}
                strokeDasharray="2 2"
              />
              <text
                x={x(tick)}
                y={height - 4}
                fontSize={9}
                textAnchor="middle"
                fill="currentColor"
              >
                {tick}
              </text>
            </g>
          ))}
          {shown.map((r, i) => {
            const y = i * ROW + ROW / 2;
            const broad = isWide(r);
            const colour = broad ? CHART.down : CHART.accent;
            return (
              <g
                key={r.code}
                data-band={`${r.rank}:${r.p05}-${r.p95}`}
                {...focus.props(i, label(r))}
              >
                <text
                  x={NAMES - 4}
                  y={y + 3}
                  fontSize={9}
                  textAnchor="end"
                  fill="currentColor"
                  fontWeight={broad ? 700 : 400}
                >
                  {`${broad ? "⚠ " : ""}${short(r.agency, broad ? 19 : 22)}`}
                </text>
                <line
                  x1={x(r.p05!)}
                  x2={x(r.p95!)}
                  y1={y}
                  y2={y}
                  stroke={colour}
                  strokeWidth={broad ? 5 : 3}
                  strokeLinecap="round"
                />
                <circle
                  cx={x(r.rank!)}
                  cy={y}
                  r={3}
                  fill="currentColor"
                  stroke="white"
                  strokeWidth={1}
                />
                {focus.current === i && (
                  <FocusRing
                    x={1}
                    y={y - ROW / 2}
                    width={WIDTH - 2}
                    height={ROW}
                  />
                )}
              </g>
            );
          })}
        </svg>
      )}
    </ChartFrame>
  );
}
