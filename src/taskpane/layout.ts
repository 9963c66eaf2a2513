/** Styles the steps share so that the pane reflows down to 160 CSS px (200 % zoom of 320 px). */
import type * as React from "react";

/** Buttons whose labels may be long wrap instead of overflowing. */
export const WRAP: React.CSSProperties = {
  maxWidth: "100%",
  whiteSpace: "normal",
  height: "auto",
  textAlign: "start",
};

/** Drop-downs, text boxes and areas shrink with the pane (Fluent keeps 250 px otherwise). */
export const FIT: React.CSSProperties = { minWidth: 0, maxWidth: "100%" };

/** A column of figures: as narrow as its figures, never broken inside one; names get the rest. */
export const FIGURE: React.CSSProperties = {
  width: "1%",
  whiteSpace: "nowrap",
};

/** Tables size their columns to their contents: the names get what the figures leave. */
export const TABLE: React.CSSProperties = {
  tableLayout: "auto",
  width: "100%",
};

/** A column of changes: as narrow as it can be; a word said instead of a figure may wrap. */
export const CHANGE: React.CSSProperties = { width: "1%" };
