/** How a finding writes a figure and names the agency of its row. */
import { formatVietnameseNumber } from "../../numbers/formatVietnameseNumber";
import type { CheckRow } from "../checkTable";

export const fmt = (v: number, d = 3) =>
  formatVietnameseNumber(v, { decimals: Number.isInteger(v) ? 0 : d });
export const agencyOf = (row: CheckRow) => {
  const a = row.agencies[0]?.agency;
  return a
    ? { code: a.code, name: a.name }
    : row.label
      ? { name: row.label }
      : undefined;
};
