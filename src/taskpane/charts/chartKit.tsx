/**
 * What the pane's charts share. They are drawn as plain SVG from React elements (names are text
 * nodes, never markup), so that they read the same to everyone: one tab stop per chart, the
 * arrow keys go through the agencies in rank order, each point says its rank, name and figure
 * in the pane's language, and the same figures are one click away as a table.
 */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  useId,
  makeStyles,
} from "@fluentui/react-components";
import * as React from "react";
import { useLayout } from "../components/layout";
import type { Strings } from "../strings";

/** Colours with at least 3:1 against white; meaning never by colour alone (arrows, dashes, words). */
export const CHART = {
  accent: tokens.colorBrandForeground1,
  muted: tokens.colorNeutralForeground3,
  faint: tokens.colorNeutralStroke1,
  up: tokens.colorPaletteGreenForeground1,
  down: tokens.colorPaletteRedForeground1,
  focus: tokens.colorStrokeFocus2,
};

/** The charts' own classes: the caption, the keys line, the drawing as wide as the pane allows. */
export const useChartStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  caption: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  keys: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: 0,
    flex: "1 1 120px",
  },
  bar: { display: "flex", flexWrap: "wrap", gap: "4px", alignItems: "center" },
  drawing: { maxWidth: "300px", display: "block" },
  scroll: { overflowX: "auto", maxWidth: "100%" },
});

/** The width every chart is drawn at; it scales down with the pane. */
export const WIDTH = 300;

/** Cuts a name to fit beside a bar; the point's label keeps the whole name. */
export const short = (name: string, max = 20) =>
  name.length > max ? `${name.slice(0, max - 1)}…` : name;

/**
 * One tab stop for the whole chart; ←↑ and →↓ go to the previous and next point (in the order
 * given: rank order), Home and End to the first and last. The point in focus is drawn ringed.
 */
export function usePointFocus(count: number) {
  const [active, setActive] = React.useState(0);
  const [focused, setFocused] = React.useState(false);
  const points = React.useRef<(SVGGElement | null)[]>([]);
  const at = Math.min(active, Math.max(0, count - 1));
  const move = (to: number) => {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    points.current[next]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const to =
      e.key === "ArrowDown" || e.key === "ArrowRight"
        ? at + 1
        : e.key === "ArrowUp" || e.key === "ArrowLeft"
          ? at - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? count - 1
              : undefined;
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  return {
    /** The point in focus, or -1 when the chart has no focus. */
    current: focused ? at : -1,
    props: (i: number, label: string) => ({
      ref: (el: SVGGElement | null) => {
        points.current[i] = el;
      },
      tabIndex: i === at ? 0 : -1,
      role: "img",
      "aria-label": label,
      onKeyDown,
      onFocus: () => (setActive(i), setFocused(true)),
      onBlur: () => setFocused(false),
      style: { outline: "none" },
    }),
  };
}

/** A chart with its caption, how to use it by keyboard, and its table one click away. */
export function ChartFrame({
  title,
  t,
  headers,
  rows,
  children,
}: {
  title: string;
  t: Strings;
  /** The table alternative: its headers and its rows of text, in rank order. */
  headers: string[];
  rows: string[][];
  children: (captionId: string) => React.ReactNode;
}) {
  const l = useLayout();
  const c = useChartStyles();
  const [asTable, setAsTable] = React.useState(false);
  const caption = useId("chart-caption");
  return (
    <figure className={c.figure}>
      <figcaption id={caption} className={c.caption}>
        {title}
      </figcaption>
      <div className={c.bar}>
        <Button
          size="small"
          appearance="subtle"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? t.showChart : t.showTable}
        </Button>
        {!asTable && <span className={c.keys}>{t.chartKeys}</span>}
      </div>
      {asTable ? (
        <Scroll label={title}>
          <Table
            className={l.table}
            size="extra-small"
            aria-labelledby={caption}
          >
            <TableHeader>
              <TableRow>
                {headers.map((h) => (
                  <TableHeaderCell key={h}>{h}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r, i) => (
                <TableRow key={i}>
                  {r.map((c, k) => (
                    <TableCell key={k}>{c}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Scroll>
      ) : (
        children(caption)
      )}
    </figure>
  );
}

/**
 * A wide table in a narrow pane scrolls on its own, never the page: the region can be reached
 * and scrolled by keyboard.
 */
export function Scroll({
  label,
  children,
}: {
  label: string;
  children: React.ReactNode;
}) {
  const c = useChartStyles();
  return (
    <div role="region" aria-label={label} tabIndex={0} className={c.scroll}>
      {children}
    </div>
  );
}

/** A ring around the point in focus: SVG draws no focus outline of its own. */
export function FocusRing(props: {
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  return (
    <rect
      {...props}
      fill="none"
      stroke={CHART.focus}
      strokeWidth={2}
      rx={2}
      pointerEvents="none"
    />
  );
}
