/**
 * The index of one ranked table as horizontal bars, best first. At 320 px the top of the ranking
 * is shown, and the highlighted agency wherever it stands (below a gap when it is lower); the
 * highlight is bold, in the accent colour and marked ●, so that it does not rest on colour.
 */
import * as React from "react";
import { formatNumber } from "../../core/numbers/formatNumber";
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
import type { RankedRow } from "../../core/ranking/rankedTable";

const ROW = 18;
const NAMES = 130;

export function IndexChart({
  rows,
  selected,
  decimals,
  title,
  t,
  shown = 15,
}: {
  rows: readonly RankedRow[];
  selected?: string;
  decimals: number;
  title: string;
  t: Strings;
  shown?: number;
}) {
  const c = useChartStyles();
  const valued = rows.filter((r) => r.value !== null && r.rank !== null);
  const top = valued.slice(0, shown);
  const pick = valued.find((r) => r.code === selected);
  const below = pick && !top.includes(pick);
  const bars = below ? [...top, pick] : top;
  const focus = usePointFocus(bars.length);
  const number = (v: number) => formatNumber(v, { decimals, lang: t.lang });
  const max = Math.max(...valued.map((r) => r.value!), 0) || 1;
  const plot = WIDTH - NAMES - 44;
  const y = (i: number) =>
    4 + (below && i === bars.length - 1 ? i + 1 : i) * ROW;
  const height = y(bars.length) + 22;
  const ticks = [0, max / 2, max];
  return (
    <ChartFrame
      title={title}
      t={t}
      headers={[t.rank, t.agency, t.value]}
      rows={valued.map((r) => [String(r.rank), r.agency, number(r.value!)])}
    >
      {(caption) => (
        <svg
          role="group"
          aria-labelledby={caption}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          className={c.drawing}
        >
          {ticks.map((v) => {
            const x = NAMES + (v / max) * plot;
            return (
              <g key={v} aria-hidden="true">
                <line
                  x1={x}
                  x2={x}
                  y1={0}
                  y2={height - 16}
                  stroke={CHART.faint}
                  strokeDasharray="2 2"
                />
                <text
                  x={x}
                  y={height - 4}
                  fontSize={9}
                  textAnchor="middle"
                  fill="currentColor"
                >
                  {formatNumber(v, {
                    decimals: Math.min(decimals, 2),
                    lang: t.lang,
                  })}
                </text>
              </g>
            );
          })}
          {below && (
            <text
              x={4}
              y={y(bars.length - 1) - ROW / 2 + 3}
              fontSize={9}
              fill="currentColor"
              aria-hidden="true"
            >
              {t.otherRows(valued.indexOf(pick!) - top.length)}
            </text>
          )}
          {bars.map((r, i) => {
            const mine = r.code === selected;
            const w = Math.max(1, (r.value! / max) * plot);
            return (
              <g
                key={r.code ?? r.agency}
                {...focus.props(
                  i,
                  `${t.barPoint(r.rank!, r.agency, number(r.value!))}${mine ? ` (${t.highlight.toLowerCase()})` : ""}`,
                )}
              >
                <text
                  x={NAMES - 4}
                  y={y(i) + 12}
                  fontSize={9}
                  textAnchor="end"
                  fill="currentColor"
                  fontWeight={mine ? 700 : 400}
                >
                  {`${mine ? "● " : ""}${r.rank}. ${short(r.agency, mine ? 18 : 20)}`}
                </text>
                <rect
                  x={NAMES}
                  y={y(i) + 3}
                  width={w}
                  height={ROW - 6}
                  fill={mine ? CHART.accent : CHART.muted}
                />
                <text
                  x={NAMES + w + 3}
                  y={y(i) + 12}
                  fontSize={9}
                  fill="currentColor"
                  fontWeight={mine ? 700 : 400}
                >
                  {number(r.value!)}
                </text>
                {focus.current === i && (
                  <FocusRing x={1} y={y(i)} width={WIDTH - 2} height={ROW} />
                )}
              </g>
            );
          })}
        </svg>
      )}
    </ChartFrame>
  );
}
