/** What the pane's charts share: colours from the Fluent palette and a height that fits the bars. */
import { tokens } from "@fluentui/react-components";
import type * as React from "react";

export const CHART = {
  accent: tokens.colorBrandBackground,
  muted: tokens.colorNeutralForeground4,
  up: tokens.colorPaletteGreenForeground1,
  down: tokens.colorPaletteRedForeground1,
  caption: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  } as React.CSSProperties,
};

/** About 18 px a bar, and room for the axis. */
export function chartHeight(bars: number): number {
  return Math.max(120, bars * 18 + 60);
}
