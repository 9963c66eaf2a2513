import * as React from "react";
import { formatNumber } from "../../../core/numbers/formatNumber";
import type { PastedRankedTable } from "../../../core/tables/parseRankedTables";
import type { RerankedRow } from "../../../core/tables/rerankTable";
import { Movement } from "../../components/Movement";
import { RankColumn, RankTable } from "../../components/RankTable";
import type { Strings } from "../../strings";

/** A long paste shows its first and last rows, with how many are between. */
const HEAD = 20;
const TAIL = 10;

/** The rows as read: the first and last of a long paste, with how many are between. */
export function PreviewRows({
  table,
  rows,
  previous,
  t,
}: {
  table: PastedRankedTable;
  rows: RerankedRow[];
  previous: boolean;
  t: Strings;
}) {
  const decimals = table.decimals ?? 3;
  // In the order of the rank shown (the published one where printed): ties keep their order.
  const rankOf = (r: RerankedRow) => r.publishedRank ?? r.rank ?? Infinity;
  const ordered = [...rows].sort((a, b) => rankOf(a) - rankOf(b));
  const shown =
    ordered.length > HEAD + TAIL + 10
      ? [...ordered.slice(0, HEAD), null, ...ordered.slice(-TAIL)]
      : ordered;
  const columns: RankColumn<RerankedRow>[] = [
    {
      header: t.rank,
      kind: "figure",
      cell: (r) => r.publishedRank ?? r.rank ?? "—",
    },
    { header: t.agency, cell: (r) => <AgencyAsRead row={r} t={t} /> },
  ];
  // A table of ranks alone (slides, `rank name` lines) has no value to show.
  if (table.columns.value !== undefined)
    columns.push({
      header: t.value,
      kind: "figure",
      cell: (r) =>
        r.value === null
          ? "—"
          : formatNumber(r.value, { decimals, lang: t.lang }),
    });
  if (previous)
    columns.push(
      {
        header: t.previous,
        kind: "figure",
        cell: (r) => r.previousRank ?? "—",
      },
      {
        header: t.change,
        kind: "change",
        cell: (r) => <Movement value={r.movement} lang={t.lang} />,
      },
    );
  return (
    <RankTable
      label={t.preview}
      rows={shown}
      columns={columns}
      between={t.rowsHidden(rows.length - HEAD - TAIL)}
    />
  );
}

/**
 * The agency as matched. A misspelling or a name not found is to review (⚠); a harmless variant
 * (`TP.`, tone placement, an official short name) only shows how it was printed.
 */
function AgencyAsRead({ row: r, t }: { row: RerankedRow; t: Strings }) {
  const doubtful =
    !r.code || r.match.confidence < 1 || r.match.status === "fuzzy";
  const printed = r.inputName !== r.agency;
  return (
    <>
      {r.agency}
      {doubtful ? (
        <span>
          {" "}
          <span aria-hidden="true">⚠</span>{" "}
          <em>
            ({t.needsReview}
            {printed ? `: ${t.printedAs} “${r.inputName}”` : ""})
          </em>
        </span>
      ) : (
        printed && (
          <em>
            {" "}
            ({t.printedAs} “{r.inputName}”)
          </em>
        )
      )}
    </>
  );
}
