/**
 * Requests to Excel as Excel on the web counts them: at most 5 MB of UTF-8, as Office.js
 * serialises them, a request and its response alike. Every batch is sized in those bytes to
 * about 4 MB (and at most 2,000 single-cell operations); a batch Excel still finds too large is
 * sent again in halves. And which API sets the host has.
 */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** The API set the manifest asks for; every call the gateway makes unguarded is in it. */
export const EXCEL_API_MINIMUM = "1.9";

/** About 4 MB of UTF-8 per request: under Excel on the web's 5 MB, with room for Office.js's own. */
export const REQUEST_BUDGET = 4_000_000;
/** Rows read per request, at most; fewer when the budget says so. */
export const READ_BLOCK_ROWS = 10_000;
/** Single-cell operations (links, marks) per request, at most; fewer when their bytes say so. */
export const CELL_OPS_PER_REQUEST = 2_000;
/** What Office.js adds to a request for one operation on one cell (its object path and action). */
export const OP_BYTES = 160;
/** A cell's value and number format in a response, as estimated before reading it. */
export const READ_CELL_BYTES = 100;

/**
 * Rows per read request: a cell's value and number format take about 100 bytes of JSON in the
 * response, so a block of rows × columns stays under the budget; a response Excel still finds
 * too large is read again in halves.
 */
export function readBlockRows(columns: number, budget: number): number {
  return Math.max(
    1,
    Math.min(
      READ_BLOCK_ROWS,
      Math.floor(budget / (READ_CELL_BYTES * Math.max(1, columns))),
    ),
  );
}

/** Where the host lacks a newer API set, its calls are not made. */
export function isSupported(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

/** UTF-8 bytes of a text, as it travels: Vietnamese letters take two or three. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value as Office.js sends it: its JSON. */
export const payloadBytes = (value: unknown): number =>
  utf8Bytes(JSON.stringify(value) ?? "");

const tooLarge = (e: unknown) =>
  [
    "RequestPayloadSizeLimitExceeded",
    "ResponsePayloadSizeLimitExceeded",
  ].includes((e as { code?: string }).code ?? "");

/**
 * Sends `items` in as few requests as fit: a block's items add up to at most `budget` bytes
 * (`size`, and no more than `most` items), `queue` puts the block's operations in the request and
 * may return what to do once it is sent, one sync sends it. A block Excel refuses as too large is
 * queued again in halves: a refused request changed nothing, and a read is read again. Returns
 * the number of syncs.
 */
export async function sendInBlocks<T>(
  context: Excel.RequestContext,
  items: readonly T[],
  size: (item: T) => number,
  budget: number,
  queue: (block: T[]) => (() => void) | void,
  most = Number.POSITIVE_INFINITY,
): Promise<number> {
  let start = 0;
  let limit = budget;
  let sent = 0;
  while (start < items.length) {
    let end = start;
    let bytes = 0;
    while (end < items.length && end - start < most) {
      bytes += size(items[end]);
      if (bytes > limit && end > start) break;
      end++;
    }
    const block = items.slice(start, end);
    const then = queue(block);
    try {
      // One sync per block is the point: each request and response must stay under 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!tooLarge(e) || block.length === 1) throw e;
      limit = Math.max(1, Math.floor(Math.min(limit, bytes) / 2));
      continue;
    }
    then?.();
    sent++;
    start = end;
  }
  return sent;
}

/** A write that knows its size and queues itself: written tables, marks and notes. */
export interface QueuedWrite {
  bytes: number;
  queue(): void;
}

/** Queued writes sent in as few requests as fit, each within the budget and the operations cap. */
export function sendWrites(
  context: Excel.RequestContext,
  writes: readonly QueuedWrite[],
  budget: number,
): Promise<number> {
  return sendInBlocks(
    context,
    writes,
    (w) => w.bytes,
    budget,
    (block) => {
      for (const w of block) w.queue();
    },
    CELL_OPS_PER_REQUEST,
  );
}

/** Cell notes came with ExcelApi 1.18; where they are missing, the fill and the findings sheet remain. */
export function notesSupported(): boolean {
  return isSupported("1.18");
}
