/**
 * Which methodology a workbook was prepared with, as its settings sheet says: read without the
 * schema, so that step 1 can show it on the pane's first screen.
 */
import type { SheetTable, WorkbookPort } from "../workbookPort";
import { SETTINGS_SHEET } from "./sheetNames";

export const METHOD_ID_KEY = "Mã phương pháp";
export const METHOD_NAME_KEY = "Tên phương pháp";

/** The id and name the settings sheet gives, whatever the rest of it holds. */
export function settingsIdentity(settings: SheetTable): {
  id?: string;
  name?: string;
} {
  const kv = new Map(
    settings.rows.map((r) => [String(r[0] ?? "").trim(), r[1]]),
  );
  const text = (k: string) => {
    const v = kv.get(k);
    return v === null || v === undefined || v === "" ? undefined : String(v);
  };
  const id = text(METHOD_ID_KEY);
  const name = text(METHOD_NAME_KEY);
  return { ...(id ? { id } : {}), ...(name ? { name } : {}) };
}

/** The methodology the workbook holds, or undefined before step 1. */
export async function preparedWith(
  port: WorkbookPort,
): Promise<{ id?: string; name?: string } | undefined> {
  const settings = await port.readTable(SETTINGS_SHEET);
  return settings ? settingsIdentity(settings) : undefined;
}
