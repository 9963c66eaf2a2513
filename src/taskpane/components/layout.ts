/**
 * The classes the pane's components share (Griffel, through Fluent's makeStyles): so that the
 * pane reflows down to 160 CSS px (200 % zoom of 320 px), and the few layouts steps repeat.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useLayout = makeStyles({
  /** Buttons whose labels may be long wrap instead of overflowing. */
  wrap: {
    maxWidth: "100%",
    whiteSpace: "normal",
    height: "auto",
    textAlign: "start",
  },
  /** Drop-downs, text boxes and areas shrink with the pane (Fluent keeps 250 px otherwise). */
  fit: { minWidth: 0, maxWidth: "100%" },
  /** A column of figures: as narrow as its figures, never broken inside one; names get the rest. */
  figure: { width: "1%", whiteSpace: "nowrap" },
  /** Tables size their columns to their contents: the names get what the figures leave. */
  table: { tableLayout: "auto", width: "100%" },
  /**
   * A column of changes: as narrow as it can be; a word said instead of a figure may wrap, but
   * between words only (the header `Thay đổi` was broken letter by letter at 320 px).
   */
  change: { width: "1%", overflowWrap: "normal", wordBreak: "normal" },
  /** A paragraph or heading inside a step, without the browser's margins. */
  bare: { margin: 0 },
  list: { paddingInlineStart: "16px" },
  tightList: { margin: "4px 0", paddingInlineStart: "16px" },
  /** Buttons under a message: side by side while they fit. */
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", marginTop: "4px" },
  /** Small buttons in a list item. */
  inline: { display: "flex", flexWrap: "wrap", gap: "4px" },
  /** Controls side by side, wrapping when the pane is narrow. */
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  /** Fields and the button that acts on them, aligned at the bottom. */
  form: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  fieldset: { border: "none", padding: 0, margin: 0, minWidth: 0 },
  shrink: { minWidth: 0 },
  /** A slider: takes the room a number box leaves. */
  grow: { flex: "1 1 100px", minWidth: 0 },
  /** Number boxes, as wide as the numbers they take. */
  number80: { width: "80px" },
  number88: { width: "88px" },
  number96: { width: "96px", maxWidth: "100%" },
  name120: { width: "120px", maxWidth: "100%" },
  small: { fontSize: "smaller" },
  strong: { fontWeight: 600 },
  plain: { fontWeight: 400 },
  error: { color: tokens.colorPaletteRedForeground1 },
  /** Technical details: kept as written, small. */
  detail: { whiteSpace: "pre-wrap", fontSize: "11px" },
  nowrap: { whiteSpace: "nowrap" },
});
