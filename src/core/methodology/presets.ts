/** The shipped methodologies. Each is plain data, checked by the schema when first used. */
import defaultData from "./presets/default.json";
import mic2016Data from "./presets/mic-2016.json";
import mic2017Data from "./presets/mic-2017-2019.json";
import ictData from "./presets/vietnam-ict-index.json";
import egdiData from "./presets/un-egdi.json";
import dtiData from "./presets/dti-tinh.json";
import type { Methodology } from "./methodologySchema";
import { formatProblems, validateMethodology } from "./validateMethodology";

export const PRESET_IDS = [
  "mac-dinh-tai-dung",
  "mic-2016",
  "mic-2017-2019",
  "vietnam-ict-index",
  "un-egdi",
  "dti-tinh",
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const RAW: Record<PresetId, unknown> = {
  "mac-dinh-tai-dung": defaultData,
  "mic-2016": mic2016Data,
  "mic-2017-2019": mic2017Data,
  "vietnam-ict-index": ictData,
  "un-egdi": egdiData,
  "dti-tinh": dtiData,
};

const cache = new Map<PresetId, Methodology>();

export function getPreset(id: PresetId): Methodology {
  let m = cache.get(id);
  if (!m) {
    const result = validateMethodology(RAW[id]);
    if (!result.ok)
      throw new Error(
        `Preset ${id} is invalid:\n${formatProblems(result.problems)}`,
      );
    m = result.methodology;
    cache.set(id, m);
  }
  return m;
}

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}
