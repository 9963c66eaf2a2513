/**
 * Findings marked on their cells in Excel: a fill by severity and, where the host has notes, the
 * finding as a note (never over the user's); what each cell had before is kept in a very hidden
 * sheet, so that the next run gives every fill and note back unless the user changed it since.
 */
import { CellMark, MARK_COLORS, MARKS_SHEET } from "../workbookPort";
import {
  CELL_OPS_PER_REQUEST,
  ExcelRun,
  OP_BYTES,
  payloadBytes,
  READ_BLOCK_ROWS,
  READ_CELL_BYTES,
  REQUEST_BUDGET,
  notesSupported,
  sendInBlocks,
  QueuedWrite,
  sendWrites,
  utf8Bytes,
} from "./requests";
import { rememberIn, rowsThatFit } from "./writeTables";

/** "none" where a cell had no fill. */
const NO_FILL = "none";
const MARK_HEADER = ["Trang", "Ô", "Màu trước", "Màu đánh dấu", "Ghi chú"];

/**
 * markCells for Excel: 1: what was marked last time; 2: those cells' fill (and note) now; 3: the
 * fill (and note) of the cells to mark; 4: restore the marks still ours, mark the new ones and
 * remember them — each step in blocks that fit one request. A note goes only where the user has
 * none (notes: ExcelApi 1.18).
 */
export async function markCellsInExcel(
  run: ExcelRun,
  marks: CellMark[],
  notes = notesSupported(),
  budget = REQUEST_BUDGET,
): Promise<void> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const store = sheets.getItemOrNullObject(MARKS_SHEET);
    const stored = store.getUsedRangeOrNullObject(true);
    stored.load("rowCount");
    await context.sync();
    const names = new Set(sheets.items.map((s) => s.name));
    // Last time's marks, read in blocks: with their notes they may be more than one response holds.
    const kept: string[][] = [];
    if (!store.isNullObject && !stored.isNullObject)
      await sendInBlocks(
        context,
        Array.from({ length: stored.rowCount }, (_, r) => r),
        () => READ_CELL_BYTES * MARK_HEADER.length,
        budget,
        (block) => {
          const part = store.getRangeByIndexes(
            block[0],
            0,
            block.length,
            MARK_HEADER.length,
          );
          part.load("values");
          // Read once sendInBlocks has synced the block (the lint rule cannot follow it there).
          return () =>
            kept.push(
              // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
              ...(part.values as string[][]).map((r) => r.map(String)),
            );
        },
        READ_BLOCK_ROWS,
      );
    const previous = kept.slice(1).filter(([sheet]) => names.has(sheet));
    /** What cells hold now: their fill, and their note where one matters. */
    const read = async <T>(
      items: T[],
      where: (item: T) => { sheet: string; cell: string; note: boolean },
      got: (
        item: T,
        now: { color: string; pattern: string; note?: string },
      ) => void,
    ) =>
      sendInBlocks(
        context,
        items,
        () => READ_CELL_BYTES * 2,
        budget,
        (block) => {
          const loaded = block.map((item) => {
            const { sheet, cell, note } = where(item);
            const fill = sheets.getItem(sheet).getRange(cell).format.fill;
            fill.load("color,pattern");
            const current =
              notes && note
                ? sheets.getItem(sheet).notes.getItemOrNullObject(cell)
                : undefined;
            current?.load("content");
            return { item, fill, current };
          });
          return () => {
            for (const { item, fill, current } of loaded)
              got(item, {
                color: fill.color,
                pattern: fill.pattern,
                ...(current && !current.isNullObject
                  ? { note: current.content }
                  : {}),
              });
          };
        },
        CELL_OPS_PER_REQUEST,
      );
    const writes: QueuedWrite[] = [];
    const key = (sheet: string, cell: string) => `${sheet}!${cell}`;
    // What a cell will hold once last time's marks are taken off: its fill and whether our note goes.
    const restored = new Map<string, string>();
    const notesGone = new Set<string>();
    await read(
      previous,
      ([sheet, cell, , , note]) => ({ sheet, cell, note: !!note }),
      ([sheet, cell, before, ours, note], now) => {
        const range = () => sheets.getItem(sheet).getRange(cell);
        // Our note goes; a note the user has since rewritten stays.
        if (note && now.note === note) {
          notesGone.add(key(sheet, cell));
          writes.push({
            bytes: OP_BYTES,
            queue: () =>
              sheets.getItem(sheet).notes.getItemOrNullObject(cell).delete(),
          });
        }
        if (now.color?.toUpperCase() !== ours.toUpperCase()) return; // the user changed it: theirs now
        restored.set(key(sheet, cell), before);
        writes.push({
          bytes: OP_BYTES,
          queue: () =>
            before === NO_FILL
              ? range().format.fill.clear()
              : (range().format.fill.color = before),
        });
      },
    );
    const memory: string[][] = [];
    const targets = marks.filter((m) => names.has(m.sheet));
    await read(
      targets,
      (m) => ({ sheet: m.sheet, cell: m.cell, note: !!m.note }),
      (m, now) => {
        // Read before last time's marks are taken off: a cell marked again keeps its own fill.
        const back = restored.get(key(m.sheet, m.cell));
        const none = now.pattern === "None" || !now.pattern;
        const before = back ?? (none ? NO_FILL : now.color);
        const color = MARK_COLORS[m.severity];
        const userNote =
          now.note !== undefined && !notesGone.has(key(m.sheet, m.cell));
        const note = notes && m.note && !userNote ? m.note : "";
        writes.push({
          bytes: OP_BYTES * 2 + utf8Bytes(note),
          queue: () => {
            sheets.getItem(m.sheet).getRange(m.cell).format.fill.color = color;
            if (note) sheets.getItem(m.sheet).notes.add(m.cell, note);
          },
        });
        memory.push([m.sheet, m.cell, before, color, note]);
      },
    );
    // The state sheet after the marks, in small chunks of rows, so that they fill what room the
    // last requests of marks leave.
    const rows = [MARK_HEADER, ...memory];
    const chunks: { start: number; end: number }[] = [];
    for (let start = 0; start < rows.length;) {
      const count = rowsThatFit(
        rows,
        start,
        budget / 16,
        MARK_HEADER.map(() => "@"),
      );
      chunks.push({ start, end: start + count });
      start += count;
    }
    let ws: Excel.Worksheet | undefined;
    for (const [i, c] of chunks.entries()) {
      const part = rows.slice(c.start, c.end);
      writes.push({
        bytes:
          OP_BYTES * 3 +
          payloadBytes(part) +
          payloadBytes(part.map((r) => r.map(() => "@"))),
        queue: () => {
          if (i === 0) {
            ws = rememberIn(sheets, store, MARKS_SHEET, part);
            return;
          }
          const range = ws!.getRangeByIndexes(
            c.start,
            0,
            part.length,
            MARK_HEADER.length,
          );
          range.numberFormat = part.map((r) => r.map(() => "@"));
          range.values = part;
        },
      });
    }
    await sendWrites(context, writes, budget);
  });
}
