/** The shipped methodologies. Each is plain data, checked by the schema when first used. */
import type { Methodology } from "./methodologySchema";
import { PresetId, RAW_PRESETS } from "./presetCatalog";
import { formatProblems, validateMethodology } from "./validateMethodology";

export {
  isPresetId,
  PRESET_ALIASES,
  PRESET_IDS,
  presetIdFor,
  presetName,
} from "./presetCatalog";
export type { PresetId } from "./presetCatalog";

const cache = new Map<PresetId, Methodology>();

export function getPreset(id: PresetId): Methodology {
  let m = cache.get(id);
  if (!m) {
    const result = validateMethodology(RAW_PRESETS[id]);
    if (!result.ok)
      throw new Error(
        `Preset ${id} is invalid:\n${formatProblems(result.problems)}`,
      );
    m = result.methodology;
    cache.set(id, m);
  }
  return m;
}
