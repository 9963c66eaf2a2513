/**
 * Rank movement between two periods as a slope chart: each agency a line from its previous rank
 * (left) to its rank now (right), rank 1 at the top. The biggest gains and losses are coloured;
 * the others stay grey, so that 63 lines still read at 320 px.
 */
import { LineChart } from "@fluentui/react-charts";
import * as React from "react";
import { byMovement, ComparedRow } from "../../core/ranking/comparePeriods";
import { CHART } from "./chartStyle";

export function MovementChart({
  rows,
  title,
  highlight = 3,
}: {
  rows: readonly ComparedRow[];
  title: string;
  highlight?: number;
}) {
  const moved = rows.filter((r) => r.previous_rank !== null && r.rank !== null);
  const ordered = byMovement(moved);
  const gains = ordered.filter((r) => r.movement! > 0).slice(0, highlight);
  const losses = ordered.filter((r) => r.movement! < 0).slice(0, highlight);
  const colour = (r: ComparedRow) =>
    gains.includes(r)
      ? CHART.up
      : losses.includes(r)
        ? CHART.down
        : CHART.muted;
  const last = Math.max(
    1,
    ...moved.flatMap((r) => [r.rank!, r.previous_rank!]),
  );
  // Lines drawn last are on top: the coloured ones over the grey.
  const drawn = [...moved].sort(
    (a, b) =>
      Number(colour(a) !== CHART.muted) - Number(colour(b) !== CHART.muted),
  );
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      <LineChart
        data={{
          chartTitle: title,
          lineChartData: drawn.map((r) => ({
            legend: r.agency,
            color: colour(r),
            // Ranks plotted below zero so that rank 1 is at the top; the axis shows them positive.
            data: [
              { x: 0, y: -r.previous_rank!, xAxisCalloutData: r.agency },
              { x: 1, y: -r.rank!, xAxisCalloutData: r.agency },
            ],
          })),
        }}
        height={260}
        hideLegend
        yMinValue={-last}
        yMaxValue={-1}
        yAxisTickFormat={(v: number) => String(-v)}
        tickValues={[0, 1]}
        xAxisTickCount={2}
      />
      <figcaption style={CHART.caption}>{title}</figcaption>
    </figure>
  );
}
