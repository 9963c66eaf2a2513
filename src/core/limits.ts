/**
 * How much the tool takes in one go, checked before any work starts so that an oversized input
 * gets a message at once instead of a frozen pane or a crashed `chiso`. The figures are far
 * above any published ranking (a block has at most 63 agencies; a whole report pasted at once is
 * a few thousand lines) and are documented in the README.
 */
import { formatVietnameseNumber } from "./numbers/formatVietnameseNumber";
import { LimitError, Place } from "./userError";

export const LIMITS = {
  /** Characters in one paste (about 1 MB of text). */
  pasteChars: 1_000_000,
  /** Lines in one paste. */
  pasteLines: 10_000,
  /** Excel's own limit on the text of one cell. */
  cellChars: 32_767,
  /** Characters in one line of a paste (a row of a thousand long cells is less). */
  lineChars: 200_000,
  /** Data rows read from one sheet. */
  sheetRows: 100_000,
  /** Columns read from one sheet. */
  sheetColumns: 1_000,
  /** Size of an .xlsx file `chiso` opens. */
  workbookBytes: 50_000_000,
  /** Characters in one user rule. */
  ruleChars: 2_000,
  /** Brackets and signs nested in one user rule. */
  ruleDepth: 40,
  /** A weight a user may give a group. */
  weight: 1_000_000,
  /** Ranks kept by one uncertainty analysis (draws × agencies; 4 bytes each, 200 MB). */
  drawnRanks: 50_000_000,
} as const;

const n = (v: number) => formatVietnameseNumber(v, { decimals: 0 });
const e = (v: number) => String(v).replace(/\B(?=(\d{3})+$)/g, ",");

/** Refuses a paste over the size limits, or with a cell longer than Excel can hold. */
export function checkPasteSize(text: string, place: Place = {}): void {
  if (text.length > LIMITS.pasteChars)
    throw new LimitError(
      {
        vi: `bảng dán dài ${n(text.length)} ký tự, quá giới hạn ${n(LIMITS.pasteChars)}. Hãy dán từng bảng một.`,
        en: `the paste is ${e(text.length)} characters long, over the limit of ${e(LIMITS.pasteChars)}. Paste one table at a time.`,
      },
      place,
    );
  let lines = 1;
  let cellStart = 0;
  let lineStart = 0;
  let cells = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 9) {
      if (i - cellStart > LIMITS.cellChars) throw longCell(lines, place);
      cellStart = i + 1;
      // A row wider than a sheet is read: refused, as a sheet that wide would be.
      if (c === 9 && ++cells > LIMITS.sheetColumns)
        throw tooManyCells(lines, place);
      if (c === 10) {
        if (i - lineStart > LIMITS.lineChars) throw longLine(lines, place);
        lineStart = i + 1;
        cells = 1;
      }
      if (c === 10 && ++lines > LIMITS.pasteLines)
        throw new LimitError(
          {
            vi: `bảng dán có hơn ${n(LIMITS.pasteLines)} dòng. Hãy dán từng bảng một.`,
            en: `the paste has more than ${e(LIMITS.pasteLines)} lines. Paste one table at a time.`,
          },
          place,
        );
    }
  }
  if (text.length - cellStart > LIMITS.cellChars) throw longCell(lines, place);
  if (text.length - lineStart > LIMITS.lineChars) throw longLine(lines, place);
}

/** A row of more cells than a sheet is read with: a tab-separated line, or an HTML row spread by its spans. */
export function tooManyCells(line: number, place: Place = {}): LimitError {
  return new LimitError(
    {
      vi: `một dòng có hơn ${n(LIMITS.sheetColumns)} ô. Hãy kiểm tra lại phần đã sao chép, hoặc dán từng bảng một.`,
      en: `a line has more than ${e(LIMITS.sheetColumns)} cells. Check what was copied, or paste one table at a time.`,
    },
    { ...place, row: place.row ?? line },
  );
}

function longLine(line: number, place: Place): LimitError {
  return new LimitError(
    {
      vi: `một dòng dài quá ${n(LIMITS.lineChars)} ký tự. Hãy kiểm tra lại phần đã sao chép, hoặc dán từng bảng một.`,
      en: `a line is longer than ${e(LIMITS.lineChars)} characters. Check what was copied, or paste one table at a time.`,
    },
    { ...place, row: place.row ?? line },
  );
}

function longCell(line: number, place: Place): LimitError {
  return new LimitError(
    {
      vi: `một ô dài quá ${n(LIMITS.cellChars)} ký tự (giới hạn của Excel). Hãy kiểm tra lại phần đã sao chép.`,
      en: `a cell is longer than ${e(LIMITS.cellChars)} characters (Excel's limit). Check what was copied.`,
    },
    { ...place, row: place.row ?? line },
  );
}

/** Refuses a sheet too large to read (a sheet that declares a million rows, say). */
export function checkSheetSize(
  rows: number,
  columns: number,
  place: Place,
): void {
  if (rows > LIMITS.sheetRows || columns > LIMITS.sheetColumns)
    throw new LimitError(
      {
        vi: `trang có ${n(rows)} dòng × ${n(columns)} cột đã dùng, quá giới hạn ${n(LIMITS.sheetRows)} dòng × ${n(LIMITS.sheetColumns)} cột. Hãy xóa các dòng, cột trống hoặc thừa ở cuối trang.`,
        en: `the sheet uses ${e(rows)} rows × ${e(columns)} columns, over the limit of ${e(LIMITS.sheetRows)} rows × ${e(LIMITS.sheetColumns)} columns. Delete the empty or extra rows and columns at its end.`,
      },
      place,
    );
}

/** Refuses a workbook file too large to open. */
export function checkWorkbookSize(bytes: number, place: Place): void {
  if (bytes > LIMITS.workbookBytes)
    throw new LimitError(
      {
        vi: `sổ tính nặng ${n(Math.round(bytes / 1e6))} MB, quá giới hạn ${n(LIMITS.workbookBytes / 1e6)} MB.`,
        en: `the workbook is ${e(Math.round(bytes / 1e6))} MB, over the limit of ${e(LIMITS.workbookBytes / 1e6)} MB.`,
      },
      place,
    );
}

/** Refuses an uncertainty analysis whose ranks would not fit in memory, saying how many draws would. */
export function checkDrawSize(draws: number, agencies: number): void {
  if (draws * agencies > LIMITS.drawnRanks) {
    const most = Math.floor(LIMITS.drawnRanks / Math.max(1, agencies));
    throw new LimitError(
      {
        vi: `${n(draws)} lần thử × ${n(agencies)} cơ quan là quá nhiều (tối đa ${n(LIMITS.drawnRanks)} hạng). Hãy chọn tối đa ${n(most)} lần thử.`,
        en: `${e(draws)} draws × ${e(agencies)} agencies is too many (at most ${e(LIMITS.drawnRanks)} ranks). Choose at most ${e(most)} draws.`,
      },
      {},
    );
  }
}
