/**
 * A change of rank as people read it: ▲ 3 (up three places), ▼ 2 (down two), in the language's
 * own decimals (`▲ 1,5` in Vietnamese); and the same in words, for screen readers and for
 * anyone who cannot tell the arrows apart.
 */
import { formatNumber } from "../numbers/formatNumber";
import type { Lang } from "../userError";

const amount = (v: number, lang: Lang) =>
  formatNumber(Math.abs(v), { decimals: v % 1 ? 1 : 0, lang });

export function movementMark(
  movement: number | null,
  unchanged = "",
  unknown = "",
  lang: Lang = "vi",
): string {
  if (movement === null) return unknown;
  if (movement === 0) return unchanged;
  return `${movement > 0 ? "▲" : "▼"} ${amount(movement, lang)}`;
}

/**
 * The movement in words: `lên 3 hạng`, `down 2 places`; of a relative position (two rankings of
 * different sizes), in percentage points: `lên 31 điểm phần trăm vị trí tương đối`.
 */
export function movementWords(
  movement: number | null,
  lang: Lang = "vi",
  relative = false,
): string {
  if (movement === null)
    return lang === "vi" ? "không so được" : "no comparison";
  if (movement === 0) return lang === "vi" ? "giữ nguyên" : "unchanged";
  const n = amount(movement, lang);
  if (lang === "vi")
    return `${movement > 0 ? "lên" : "xuống"} ${n} ${relative ? "điểm phần trăm vị trí tương đối" : "hạng"}`;
  return `${movement > 0 ? "up" : "down"} ${n} ${relative ? "percentage points of relative position" : Math.abs(movement) === 1 ? "place" : "places"}`;
}
