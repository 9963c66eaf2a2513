/**
 * Everything a user is told went wrong: one bilingual message, where it is (file, sheet, row,
 * column) and what to do next. The pane and `chiso` tell the kinds apart with `instanceof`,
 * never by matching text; the stack trace stays for the technical details.
 */
import type { Lang, Msg } from "./msg";

export type { Lang, Msg } from "./msg";

/** Where a problem is. Rows are 1-based sheet or line numbers; columns are letters or names. */
export interface Place {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export class UserError extends Error {
  constructor(
    readonly text: Msg,
    readonly place: Place = {},
  ) {
    super(text.en);
    this.name = new.target.name;
  }

  /** The message in one language, the place first: `Trang “Phương pháp”, dòng 4: …`. */
  say(lang: Lang): string {
    const where = placeText(this.place)[lang];
    const text = this.text[lang];
    // A sentence starts with a capital; a file name that starts the message stays as written.
    const named = /^[^\s:]*[./\\_\d-][^\s:]*:/.test(text);
    return where
      ? `${where}: ${text}`
      : named
        ? text
        : text.charAt(0).toUpperCase() + text.slice(1);
  }
}

export function placeText(p: Place): Msg {
  const vi: string[] = [];
  const en: string[] = [];
  if (p.file) (vi.push(`tệp “${p.file}”`), en.push(`file “${p.file}”`));
  if (p.sheet) (vi.push(`trang “${p.sheet}”`), en.push(`sheet “${p.sheet}”`));
  if (p.row !== undefined) (vi.push(`dòng ${p.row}`), en.push(`row ${p.row}`));
  if (p.column) (vi.push(`cột ${p.column}`), en.push(`column ${p.column}`));
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { vi: cap(vi.join(", ")), en: cap(en.join(", ")) };
}

/** Input over one of the limits in `limits.ts`: refused before any work starts. */
export class LimitError extends UserError {}

/**
 * The Excel running the pane lacks the API set the manifest asks for (ExcelApi 1.9): refused
 * before any call, so nothing is half written. Only a manifest changed by hand lets such a host
 * load the pane at all.
 */
export class OldExcelError extends UserError {
  constructor(readonly needs: string) {
    super({
      vi: `phiên bản Excel này chưa có bộ lệnh ExcelApi ${needs} mà phần bổ trợ cần, nên không đọc hay ghi gì. Hãy dùng Excel trên web, Microsoft 365 (bản 1903 trở lên), Office 2021 hoặc Office 2024.`,
      en: `this Excel lacks the ExcelApi ${needs} set the add-in needs, so nothing was read or written. Use Excel on the web, Microsoft 365 (version 1903 or later), Office 2021 or Office 2024.`,
    });
  }
}

/** A sheet the step needs is not in the workbook (usually: step 1 was not done). */
export class MissingSheetError extends UserError {
  constructor(
    readonly sheet: string,
    next: Msg,
  ) {
    super(
      {
        vi: `chưa có trang này trong sổ tính. ${next.vi}`,
        en: `this sheet is not in the workbook. ${next.en}`,
      },
      { sheet },
    );
  }
}

/** A write would replace a sheet the user made: refused before anything changed. */
export class SheetExistsError extends UserError {
  constructor(readonly sheet: string) {
    super(
      {
        vi: "đã có một trang cùng tên do bạn tạo; phần bổ trợ không ghi đè lên nó. Hãy đổi tên trang đó rồi chạy lại.",
        en: "a sheet of yours already has this name; the add-in does not replace it. Rename that sheet and run again.",
      },
      { sheet },
    );
  }
}

/** A scenario with this name was saved before: the user decides whether to replace it. */
export class ScenarioExistsError extends UserError {
  constructor(
    readonly scenario: string,
    readonly sheet: string,
  ) {
    super(
      {
        vi: `đã có kịch bản “${scenario}”. Bấm “Ghi đè” để thay nó, hoặc đặt tên khác.`,
        en: `a scenario “${scenario}” already exists. Press “Replace” to replace it, or choose another name.`,
      },
      { sheet },
    );
  }
}

/** A problem of the methodology sheets, each with its place. */
export interface MethodologyIssue {
  where: Msg;
  message: Msg;
}

export class MethodologyError extends UserError {
  constructor(readonly problems: MethodologyIssue[]) {
    super({
      vi: `Phương pháp không hợp lệ: ${problems.map((p) => `${p.where.vi}: ${p.message.vi}`).join("; ")}`,
      en: `The methodology is not valid: ${problems.map((p) => `${p.where.en}: ${p.message.en}`).join("; ")}`,
    });
  }
}
