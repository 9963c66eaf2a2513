/**
 * Each agency's rank as a dot on its 5–95 % band, rank 1 at the top, wide bands in red. Drawn
 * as plain SVG from React elements (no library draws a band with a dot; names are text nodes,
 * never markup), so it renders the same in the pane, in Chromium and in jsdom.
 */
import * as React from "react";
import type { UncertaintyRow } from "../../core/scoring/uncertainty";
import { CHART } from "./chartStyle";

const ROW = 14;
const NAMES = 112;

export function BandChart({
  rows,
  wide,
  title,
}: {
  /** By nominal rank. */
  rows: UncertaintyRow[];
  /** Bands at least this many places wide are drawn in red. */
  wide: number;
  title: string;
}) {
  const shown = rows.filter((r) => r.rank !== null && r.p05 !== null);
  const n = Math.max(1, ...shown.map((r) => r.p95 ?? 1));
  const width = 300;
  const plot = width - NAMES - 8;
  const x = (rank: number) => NAMES + ((rank - 1) / Math.max(1, n - 1)) * plot;
  const height = shown.length * ROW + 24;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={CHART.caption}>{title}</figcaption>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: "block" }}
      >
        {[1, Math.ceil(n / 2), n].map((tick) => (
          <g key={tick}>
            <line
              x1={x(tick)}
              x2={x(tick)}
              y1={0}
              y2={height - 16}
              stroke={CHART.muted}
              strokeWidth={0.5}
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
          const isWide = r.p95! - r.p05! >= wide;
          const color = isWide ? CHART.down : CHART.accent;
          return (
            <g key={r.code} data-band={`${r.rank}:${r.p05}-${r.p95}`}>
              <title>{`${r.name}: ${r.rank} (${r.p05}–${r.p95})`}</title>
              <text
                x={NAMES - 4}
                y={y + 3}
                fontSize={9}
                textAnchor="end"
                fill="currentColor"
              >
                {r.name.length > 22 ? `${r.name.slice(0, 21)}…` : r.name}
              </text>
              <line
                x1={x(r.p05!)}
                x2={x(r.p95!)}
                y1={y}
                y2={y}
                stroke={color}
                strokeWidth={4}
                strokeLinecap="round"
                opacity={0.45}
              />
              <circle cx={x(r.rank!)} cy={y} r={3} fill={color} />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
