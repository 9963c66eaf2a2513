/**
 * Rounding in the last printed digit. Publishers compute a rate from unrounded figures, or cut
 * digits off instead of rounding, so a printed rate may differ from the one its printed parts
 * give by exactly one unit of its last digit (`18,65%` where the parts give 18,6429). That is how
 * the figure was printed, not a mistake: the checks mark such a finding, and each table's marked
 * findings become one note listing the cells. A rate off by more stays a warning, and a whole
 * number (a count, a rate printed without decimals) is never excused: one unit is too much there.
 */
import { roundTo } from "../ranking/rank";
import type { CheckCell, Location } from "./checkTable";
import type { Finding, LastDigit } from "./finding";
import { fmt } from "./kinds/cellWords";

export type { LastDigit, LastDigitMark } from "./finding";

/** Whether `printed` is `exact` off by one unit of its last digit, and how (cut off, or rounded). */
export function lastDigitOf(
  printed: number,
  exact: number,
  decimals: number,
): LastDigit | undefined {
  if (decimals <= 0 || !Number.isFinite(exact) || decimals > 12)
    return undefined;
  const unit = 10 ** -decimals;
  const off = Math.abs(roundTo(exact, decimals) - printed);
  if (Math.abs(off - unit) > unit * 1e-6) return undefined;
  const cut = Math.trunc(exact * 10 ** decimals) / 10 ** decimals;
  return Math.abs(cut - printed) < unit * 1e-6 ? "truncated" : "rounded";
}

/**
 * A finding marked as last-digit rounding, on the printed cell: folded by `runChecks` into its
 * table's note, so it carries no message of its own.
 */
export function lastDigitFinding(
  ruleId: string,
  cell: CheckCell,
  exact: number,
  how: LastDigit,
): Finding {
  const decimals = cell.parsed.decimals;
  return {
    ruleId: `${ruleId}.lam-tron`,
    severity: "info",
    where: cell.where,
    message: { vi: "", en: "" },
    expected: roundTo(exact, decimals),
    actual: cell.parsed.value,
    lastDigit: { how, printed: cell.text, exact, decimals },
  };
}

/** One note for a table's findings marked as last-digit rounding; the others as they are. */
export function foldLastDigit(
  findings: Finding[],
  where: Pick<Location, "source" | "table">,
): Finding[] {
  const marked = findings.filter((f) => f.lastDigit);
  if (marked.length === 0) return findings;
  const shown = marked.slice(0, 8);
  const more = marked.length - shown.length;
  const item = (f: Finding, lang: "vi" | "en") => {
    const m = f.lastDigit!;
    const w = f.where;
    const place =
      w.cell ??
      (lang === "vi"
        ? `dòng ${w.line ?? "?"}${w.column ? `, cột ${w.column}` : ""}`
        : `line ${w.line ?? "?"}${w.column ? `, column ${w.column}` : ""}`);
    const exact = fmt(m.exact, m.decimals + 2);
    const how =
      m.how === "truncated"
        ? { vi: "cắt bớt chữ số", en: "digits cut off" }
        : {
            vi: "làm tròn từ số chưa làm tròn",
            en: "rounded from unrounded figures",
          };
    return lang === "vi"
      ? `${place}: ${m.printed} (các phần cho ${exact}; ${how.vi})`
      : `${place}: ${m.printed} (its parts give ${exact}; ${how.en})`;
  };
  const n = marked.length;
  const note: Finding = {
    ruleId: "lam-tron",
    severity: "info",
    where: { source: where.source, table: where.table },
    message: {
      vi: `${n} tỷ lệ lệch đúng một đơn vị ở chữ số cuối so với các phần của nó — cách in số, không phải lỗi: ${shown.map((f) => item(f, "vi")).join("; ")}${more ? `; và ${more} ô khác` : ""}`,
      en: `${n} ${n === 1 ? "rate is" : "rates are"} off by one unit in the last printed digit from ${n === 1 ? "its" : "their"} parts — how they were printed, not a mistake: ${shown.map((f) => item(f, "en")).join("; ")}${more ? `; and ${more} more` : ""}`,
    },
  };
  return [...findings.filter((f) => !f.lastDigit), note];
}
