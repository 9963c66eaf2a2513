/**
 * The shipped methodologies as they are on disk, with their names: what a list of them needs,
 * without the schema (so the pane's first screen loads no zod). presets.ts checks one when it
 * is used.
 */
import defaultData from "./presets/default.json";
import mic2016Data from "./presets/mic-2016.json";
import mic2017Data from "./presets/mic-2017-2019.json";
import ictData from "./presets/vietnam-ict-index.json";
import egdiData from "./presets/un-egdi.json";
import dti922Data from "./presets/dti-tinh-922.json";
import dti405Data from "./presets/dti-tinh-405.json";
import dtiBo922Data from "./presets/dti-bo-922.json";
import dtiBo405Data from "./presets/dti-bo-405.json";
import type { Msg } from "../msg";

export const PRESET_IDS = [
  "mac-dinh-tai-dung",
  "mic-2016",
  "mic-2017-2019",
  "vietnam-ict-index",
  "un-egdi",
  "dti-tinh-922",
  "dti-tinh-405",
  "dti-bo-922",
  "dti-bo-405",
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const RAW_PRESETS: Record<PresetId, { name: Msg }> = {
  "mac-dinh-tai-dung": defaultData,
  "mic-2016": mic2016Data,
  "mic-2017-2019": mic2017Data,
  "vietnam-ict-index": ictData,
  "un-egdi": egdiData,
  "dti-tinh-922": dti922Data,
  "dti-tinh-405": dti405Data,
  "dti-bo-922": dtiBo922Data,
  "dti-bo-405": dtiBo405Data,
};

/**
 * Names that stand for the preset in force for a year of assessment: `dti-tinh` (`dti-bo`) is
 * 922/QĐ-BTTTT for DTI 2021–2023 and 405/QĐ-BKHCN from DTI 2024 (with no year, the one in force).
 */
export const PRESET_ALIASES: Record<string, (year?: number) => PresetId> = {
  "dti-tinh": (year) =>
    year !== undefined && year <= 2023 ? "dti-tinh-922" : "dti-tinh-405",
  "dti-bo": (year) =>
    year !== undefined && year <= 2023 ? "dti-bo-922" : "dti-bo-405",
};

/** A preset's id, or the preset an alias stands for in that year; undefined for neither. */
export function presetIdFor(id: string, year?: number): PresetId | undefined {
  if (isPresetId(id)) return id;
  return PRESET_ALIASES[id]?.(year);
}

export function presetName(id: PresetId, lang: "vi" | "en"): string {
  return RAW_PRESETS[id].name[lang];
}

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}
