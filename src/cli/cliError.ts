import { Lang, Msg, UserError } from "../core/userError";

/** An error of the command line (arguments, files) the user can fix. Exit code 2. */
export class CliError extends UserError {
  constructor(
    text: Msg,
    readonly exitCode = 2,
  ) {
    super(text);
  }
}

/** What `chiso` prints for a user's error: Vietnamese, then English. */
export function sayBoth(e: UserError): string {
  return `Lỗi: ${e.say("vi")}\nError: ${e.say("en")}`;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** The language of what is printed for people (`--lang`); errors are said in both. */
  lang?: Lang;
}
