/**
 * How the ranks change as the weights move: one bar per agency whose rank changed against the
 * methodology's own weights, places gained to the right in green, lost to the left in red.
 */
import { HorizontalBarChartWithAxis } from "@fluentui/react-charts";
import * as React from "react";
import type { WhatIfRow } from "../../core/scoring/whatIf";
import { CHART, chartHeight } from "./chartStyle";

export function WhatIfChart({
  rows,
  title,
  none,
  shown = 15,
}: {
  rows: readonly WhatIfRow[];
  title: string;
  /** Said instead of an empty chart. */
  none: string;
  shown?: number;
}) {
  const changed = rows
    .filter((r) => r.change !== null && r.change !== 0)
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!))
    .slice(0, shown);
  if (changed.length === 0) return <p style={CHART.caption}>{none}</p>;
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      <HorizontalBarChartWithAxis
        chartTitle={title}
        // The chart stacks its bars from the bottom: the biggest changes go last, to be on top.
        data={[...changed].reverse().map((r) => ({
          y: r.name,
          x: r.change!,
          color: r.change! > 0 ? CHART.up : CHART.down,
          xAxisCalloutData: `${r.baseRank} → ${r.rank}`,
        }))}
        height={chartHeight(changed.length)}
        hideLegend
        showYAxisLables
      />
      <figcaption style={CHART.caption}>{title}</figcaption>
    </figure>
  );
}
