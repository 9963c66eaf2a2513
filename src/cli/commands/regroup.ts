/**
 * `chiso regroup FILE --to 2025 [--rule mean|sum|max|population] [--json]`: a pasted table of
 * the units before a merger, carried to the units after it. Prints a table that `chiso rank` and
 * `chiso compare` read like any other.
 */
import * as path from "path";
import type { RegroupRule } from "../../core/agencies/regroup";
import type { ColumnOverrides } from "../../core/tables/recognise/types";
import { regroupedJson, regroupedText, regroupText } from "../../steps/regroup";
import { CliError, Io } from "../cliError";
import { inFile, isXlsx, readInput, textOf } from "../files";

export interface RegroupOptions {
  to: string;
  rule?: RegroupRule;
  json: boolean;
  overrides?: ColumnOverrides;
  edition?: string;
}

export async function regroupCommand(
  file: string,
  options: RegroupOptions,
  io: Io,
): Promise<number> {
  const bytes = await readInput(file);
  if (isXlsx(bytes))
    throw new CliError({
      vi: `${file}: regroup đọc bảng dán (văn bản), chưa đọc sổ tính .xlsx. Hãy sao chép bảng ra tệp văn bản.`,
      en: `${file}: regroup reads a pasted table (text), not yet an .xlsx workbook. Copy the table into a text file.`,
    });
  const text = textOf(bytes, file);
  const result = await inFile(file, async () =>
    regroupText(text, path.basename(file), {
      to: options.to,
      ...(options.rule ? { rule: options.rule } : {}),
      ...(options.overrides ? { overrides: options.overrides } : {}),
      ...(options.edition ? { edition: options.edition } : {}),
    }),
  );
  io.out(
    options.json
      ? JSON.stringify(regroupedJson(result), null, 2)
      : regroupedText(result, io.lang ?? "vi"),
  );
  return 0;
}
