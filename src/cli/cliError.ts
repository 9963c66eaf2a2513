/** An error the user can fix: said in Vietnamese, then English. Exit code 2. */
export class CliError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly exitCode = 2,
  ) {
    super(en);
  }

  override toString(): string {
    return `Lỗi: ${this.vi}\nError: ${this.en}`;
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}
