/** A change of rank as people read it: ▲ 3 (up three places), ▼ 2 (down two). */
export function movementMark(
  movement: number | null,
  unchanged = "",
  unknown = "",
): string {
  if (movement === null) return unknown;
  if (movement === 0) return unchanged;
  return movement > 0 ? `▲ ${movement}` : `▼ ${-movement}`;
}
