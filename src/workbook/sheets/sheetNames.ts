/** Which sheet holds what: the structured sheets' names, and names Excel accepts. */
import type { Group } from "../../core/methodology/methodologySchema";

export const SETTINGS_SHEET = "Cài đặt";
export const METHOD_SHEET = "Phương pháp";
export const RULES_SHEET = "Quy tắc";
/** The register, on a sheet of its own: the agencies' names feed the drop-down of the name columns. */
export const REGISTER_SHEET = "Danh mục";
/** The contents of a workbook written as a report; Vietnamese in both languages, as every sheet name. */
export const CONTENTS_SHEET = "Mục lục";

/** Excel sheet names: at most 31 characters, none of / \ ? * [ ] :; a long name is cut at a word. */
export function safeSheetName(name: string): string {
  const clean = name
    .replace(/[\\/?*[\]:]/g, "-")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (clean.length <= 31) return clean;
  const cut = clean.slice(0, 31);
  return (
    cut.lastIndexOf(" ") > 10 ? cut.slice(0, cut.lastIndexOf(" ")) : cut
  ).replace(/[\s,;\-–—]+$/, "");
}

export function groupSheetName(group: Group): string {
  return safeSheetName(`${group.id} ${group.name.vi}`);
}
