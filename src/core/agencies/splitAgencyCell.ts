/**
 * A cell may name several agencies: `Bạc Liêu, Bắc Kạn, Cao Bằng` or `Bộ Giáo dục và Đào tạo;
 * Bộ Xây dựng`. Semicolons always separate; commas separate only where the pieces are agencies,
 * since a comma also appears inside names (`Bộ Văn hóa, Thể thao và Du lịch`).
 */
import { AgencyMatch, AgencyMatcher, isResolved } from "./matchAgency";

export function splitAgencyCell(
  text: string,
  matcher: AgencyMatcher,
): AgencyMatch[] {
  return text
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .flatMap((part) => splitOnCommas(part, matcher));
}

/** The split into comma-joined runs that leaves the fewest unresolved names, then the most confident. */
function splitOnCommas(text: string, matcher: AgencyMatcher): AgencyMatch[] {
  const segments = text.split(",").map((s) => s.trim());
  if (segments.length === 1) return [matcher.match(text)];
  const n = segments.length;
  // A unit only another edition lists is a name all the same: it splits like one.
  const cost = (m: AgencyMatch) =>
    isResolved(m)
      ? 1 - m.confidence + 0.01
      : m.status === "other-edition"
        ? 1
        : 10;
  // best[i]: cheapest split of segments[i..]
  const best: { cost: number; pieces: AgencyMatch[] }[] = new Array(n + 1);
  best[n] = { cost: 0, pieces: [] };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j <= n; j++) {
      const match = matcher.match(segments.slice(i, j).join(", "));
      const total = cost(match) + best[j].cost;
      if (!best[i] || total < best[i].cost)
        best[i] = { cost: total, pieces: [match, ...best[j].pieces] };
    }
  }
  return best[0].pieces;
}
