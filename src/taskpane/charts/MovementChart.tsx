/**
 * Two periods as a slope chart: each agency a line from its place in the previous ranking (left)
 * to its place now (right). Each side is scaled to its own ranking, 1 at the top and N at the
 * bottom, so that 44th of 63 and 34th of 34 are drawn where they stand, and the line falls. Rises
 * are solid, falls dashed, unchanged grey; the highlighted agency and the one in focus or under
 * the pointer are drawn thick, with their name and both places written out.
 */
import * as React from "react";
import { formatNumber } from "../../core/numbers/formatNumber";
import {
  ComparedRow,
  Comparison,
  moveOf,
} from "../../core/ranking/comparePeriods";
import { movementWords } from "../../core/ranking/movement";
import type { Strings } from "../strings";
import {
  CHART,
  ChartFrame,
  useChartStyles,
  usePointFocus,
  WIDTH,
} from "./chartKit";

const LEFT = 70;
const RIGHT = WIDTH - 70;
const TOP = 34;
const HEIGHT = 240;

export function MovementChart({
  comparison: c,
  selected,
  title,
  t,
}: {
  comparison: Comparison;
  selected?: string;
  title: string;
  t: Strings;
}) {
  const css = useChartStyles();
  const lines = c.rows
    .filter((r) => r.previousRank !== null && r.rank !== null)
    .sort(
      (a, b) => a.rank! - b.rank! || a.agency.localeCompare(b.agency, "vi"),
    );
  const focus = usePointFocus(lines.length);
  const [hover, setHover] = React.useState(-1);
  const place = (rank: number, n: number) =>
    `${formatNumber(rank, { decimals: rank % 1 ? 1 : 0, lang: t.lang })}${c.relative ? `/${n}` : ""}`;
  const before = (r: ComparedRow) => place(r.previousRank!, c.sizes.previous);
  const now = (r: ComparedRow) => place(r.rank!, c.sizes.current);
  const words = (r: ComparedRow) =>
    movementWords(moveOf(r), t.lang, c.relative);
  const y = (rank: number, n: number) =>
    TOP + (n <= 1 ? 0 : (rank - 1) / (n - 1)) * HEIGHT;
  const shownIndex = focus.current >= 0 ? focus.current : hover;
  const named = new Set<number>(
    [shownIndex, lines.findIndex((r) => r.code === selected)].filter(
      (i) => i >= 0,
    ),
  );
  // One name is written out above the chart: the line in focus or under the pointer, else the highlighted one.
  const said =
    shownIndex >= 0 ? shownIndex : lines.findIndex((r) => r.code === selected);
  const order = lines
    .map((_, i) => i)
    .sort((a, b) => Number(named.has(a)) - Number(named.has(b)));
  const height = TOP + HEIGHT + 20;
  const periodBefore = c.periods.previous ?? t.periodPrevious;
  const periodNow = c.periods.current ?? t.periodCurrent;
  return (
    <ChartFrame
      title={title}
      t={t}
      headers={[t.agency, periodBefore, periodNow, t.change]}
      rows={lines.map((r) => [r.agency, before(r), now(r), words(r)])}
    >
      {(caption) => (
        <svg
          role="group"
          aria-labelledby={caption}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          className={css.drawing}
        >
          <g aria-hidden="true" fontSize={9} fill="currentColor">
            <text x={LEFT} y={10} textAnchor="middle" fontWeight={700}>
              {periodBefore}
            </text>
            <text x={RIGHT} y={10} textAnchor="middle" fontWeight={700}>
              {periodNow}
            </text>
            <line
              x1={LEFT}
              x2={LEFT}
              y1={TOP}
              y2={TOP + HEIGHT}
              stroke={CHART.faint}
            />
            <line
              x1={RIGHT}
              x2={RIGHT}
              y1={TOP}
              y2={TOP + HEIGHT}
              stroke={CHART.faint}
            />
            <text x={LEFT - 4} y={TOP + 3} textAnchor="end">
              1
            </text>
            <text x={LEFT - 4} y={TOP + HEIGHT + 3} textAnchor="end">
              {c.sizes.previous}
            </text>
            <text x={RIGHT + 4} y={TOP + 3}>
              1
            </text>
            <text x={RIGHT + 4} y={TOP + HEIGHT + 3}>
              {c.sizes.current}
            </text>
          </g>
          {order.map((i) => {
            const r = lines[i];
            const m = moveOf(r) ?? 0;
            const strong = named.has(i);
            const y0 = y(r.previousRank!, c.sizes.previous);
            const y1 = y(r.rank!, c.sizes.current);
            const colour = m > 0 ? CHART.up : m < 0 ? CHART.down : CHART.muted;
            return (
              <g
                key={r.code ?? r.agency}
                {...focus.props(
                  i,
                  t.slopePoint(r.agency, before(r), now(r), words(r)),
                )}
                onMouseEnter={() => setHover(i)}
                onMouseLeave={() => setHover(-1)}
              >
                <line
                  x1={LEFT}
                  y1={y0}
                  x2={RIGHT}
                  y2={y1}
                  stroke="transparent"
                  strokeWidth={8}
                />
                <line
                  x1={LEFT}
                  y1={y0}
                  x2={RIGHT}
                  y2={y1}
                  stroke={colour}
                  strokeWidth={strong ? 3 : 1.25}
                  strokeDasharray={m < 0 ? "4 3" : undefined}
                />
                <circle cx={LEFT} cy={y0} r={strong ? 3 : 1.5} fill={colour} />
                <circle cx={RIGHT} cy={y1} r={strong ? 3 : 1.5} fill={colour} />
                {strong && (
                  <g fontSize={9} fill="currentColor" fontWeight={700}>
                    <text x={LEFT - 4} y={y0 + 3} textAnchor="end">
                      {before(r)}
                    </text>
                    <text x={RIGHT + 4} y={y1 + 3}>
                      {now(r)}
                    </text>
                    {i === said && (
                      <text
                        x={WIDTH / 2}
                        y={24}
                        textAnchor="middle"
                      >{`${r.agency}: ${words(r)}`}</text>
                    )}
                  </g>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </ChartFrame>
  );
}
