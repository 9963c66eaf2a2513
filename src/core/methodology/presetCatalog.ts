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
import dtiData from "./presets/dti-tinh.json";
import type { Msg } from "../msg";

export const PRESET_IDS = [
  "mac-dinh-tai-dung",
  "mic-2016",
  "mic-2017-2019",
  "vietnam-ict-index",
  "un-egdi",
  "dti-tinh",
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const RAW_PRESETS: Record<PresetId, { name: Msg }> = {
  "mac-dinh-tai-dung": defaultData,
  "mic-2016": mic2016Data,
  "mic-2017-2019": mic2017Data,
  "vietnam-ict-index": ictData,
  "un-egdi": egdiData,
  "dti-tinh": dtiData,
};

export function presetName(id: PresetId, lang: "vi" | "en"): string {
  return RAW_PRESETS[id].name[lang];
}

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}
