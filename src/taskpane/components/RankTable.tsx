/**
 * The pane's ranked tables (a preview, the what-if ranking, a comparison, the bands): rows of
 * agencies, each column declared once with its header and its cell; figures as narrow as they
 * are, the names taking the rest, and the whole scrolling on its own in a narrow pane.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import * as React from "react";
import type { RankedRow } from "../../core/ranking/rankedTable";
import { Scroll } from "../charts/chartKit";
import { useLayout } from "./layout";

export interface RankColumn<R> {
  header: React.ReactNode;
  cell(row: R): React.ReactNode;
  /** `figure`: as narrow as its figures; `change`: narrow, a word may wrap; else it takes the rest. */
  kind?: "figure" | "change";
}

export function RankTable<R extends RankedRow>({
  label,
  rows,
  columns,
  between,
}: {
  /** What the table is, for screen readers (its region and its table). */
  label: string;
  /** `null`: rows left out here (the middle of a long paste), said by `between`. */
  rows: readonly (R | null)[];
  columns: readonly RankColumn<R>[];
  between?: React.ReactNode;
}) {
  const l = useLayout();
  const width = (c: RankColumn<R>) =>
    c.kind === "figure" ? l.figure : c.kind === "change" ? l.change : undefined;
  return (
    <Scroll label={label}>
      <Table className={l.table} size="extra-small" aria-label={label}>
        <TableHeader>
          <TableRow>
            {columns.map((c, k) => (
              <TableHeaderCell key={k} className={width(c)}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r, i) =>
            r === null ? (
              <TableRow key={`between:${i}`}>
                <TableCell colSpan={columns.length}>{between}</TableCell>
              </TableRow>
            ) : (
              <TableRow key={`${r.code ?? r.agency}:${i}`}>
                {columns.map((c, k) => (
                  <TableCell key={k} className={width(c)}>
                    {c.cell(r)}
                  </TableCell>
                ))}
              </TableRow>
            ),
          )}
        </TableBody>
      </Table>
    </Scroll>
  );
}
