/**
 * The index of one ranked table as horizontal bars, best first, the selected agency in the
 * accent colour. At 320 px the top of the ranking is shown, and the selected agency wherever it is.
 */
import { HorizontalBarChartWithAxis } from "@fluentui/react-charts";
import * as React from "react";
import { formatVietnameseNumber } from "../../core/numbers/formatVietnameseNumber";
import { CHART, chartHeight } from "./chartStyle";

export interface IndexBar {
  code: string;
  name: string;
  rank: number | null;
  value: number | null;
}

export function IndexChart({
  rows,
  selected,
  decimals,
  title,
  shown = 15,
}: {
  rows: readonly IndexBar[];
  selected?: string;
  decimals: number;
  title: string;
  shown?: number;
}) {
  const valued = rows.filter((r) => r.value !== null && r.rank !== null);
  const top = valued.slice(0, shown);
  const pick = valued.find((r) => r.code === selected);
  const bars = pick && !top.includes(pick) ? [...top, pick] : top;
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      <HorizontalBarChartWithAxis
        chartTitle={title}
        // The chart stacks its bars from the bottom: the best go last, to be on top.
        data={[...bars].reverse().map((r) => ({
          y: `${r.rank}. ${r.name}`,
          x: r.value!,
          color: r.code === selected ? CHART.accent : CHART.muted,
          xAxisCalloutData: formatVietnameseNumber(r.value!, { decimals }),
        }))}
        height={chartHeight(bars.length)}
        hideLegend
        showYAxisLables
        yAxisPadding={0.2}
      />
      <figcaption style={CHART.caption}>{title}</figcaption>
    </figure>
  );
}
