/**
 * The sheets the tool writes (its results), declared as the input sheets are: each column once —
 * its header in both languages, its format, how a row fills it — and a table made from the
 * columns and the rows in the pane's language. Sheet names stay Vietnamese in both languages,
 * so that formulas naming them keep working. Input sheets (Cài đặt, Phương pháp, the data
 * sheets) keep their Vietnamese headers: their codecs read them back by those.
 */
import type { Lang, Msg } from "../core/msg";
import type {
  Cell,
  ColumnFormat,
  TableChart,
  TableToWrite,
} from "../workbook/workbookPort";

export type { Lang } from "../core/msg";

export const HEADER = {
  rank: { vi: "Thứ hạng", en: "Rank" },
  agency: { vi: "Cơ quan", en: "Agency" },
  code: { vi: "Mã", en: "Code" },
  value: { vi: "Giá trị", en: "Value" },
  index: { vi: "Chỉ số", en: "Index" },
  count: { vi: "Tổng số", en: "Total" },
  publishedRank: { vi: "Hạng công bố", en: "Published rank" },
  publishedValue: { vi: "Giá trị công bố", en: "Published value" },
  previousRank: { vi: "Hạng kỳ trước", en: "Previous rank" },
  previousValue: { vi: "Giá trị kỳ trước", en: "Previous value" },
  printedAs: { vi: "Tên in trong bảng", en: "Name as printed" },
} satisfies Record<string, Msg>;

export interface OutputColumn<R> {
  header: Msg;
  format: ColumnFormat;
  /** The column a reader's eye starts from (the rank): bold. */
  emphasis?: boolean;
  write(row: R): Cell;
}

export const TEXT: ColumnFormat = { kind: "text" };
export const number = (decimals: number): ColumnFormat => ({
  kind: "number",
  decimals,
});

export const column = <R>(
  header: Msg,
  format: ColumnFormat,
  write: (row: R) => Cell,
  emphasis = false,
): OutputColumn<R> => ({
  header,
  format,
  write,
  ...(emphasis ? { emphasis } : {}),
});

/** The three columns a ranked output starts with: the rank (bold), the agency, its code. */
export function rankedColumns<
  R extends { rank: number | null; agency: string; code: string | null },
>(): OutputColumn<R>[] {
  return [
    column<R>(HEADER.rank, number(0), (r) => r.rank, true),
    column<R>(HEADER.agency, TEXT, (r) => r.agency),
    column<R>(HEADER.code, TEXT, (r) => r.code),
  ];
}

/** A result table from its declared columns (a `false` one left out) and its rows. */
export function outputTable<R>(
  t: {
    sheet: string;
    tableName: string;
    title?: string;
    chart?: TableChart;
    columns: (OutputColumn<R> | false)[];
    rows: readonly R[];
  },
  lang: Lang,
): TableToWrite {
  const columns = t.columns.filter((c): c is OutputColumn<R> => c !== false);
  return {
    sheet: t.sheet,
    tableName: t.tableName,
    ...(t.title !== undefined ? { title: t.title } : {}),
    ...(t.chart ? { chart: t.chart } : {}),
    columns: columns.map((c) => ({
      header: c.header[lang],
      format: c.format,
      ...(c.emphasis ? { emphasis: true } : {}),
    })),
    rows: t.rows.map((r) => columns.map((c) => c.write(r))),
  };
}
