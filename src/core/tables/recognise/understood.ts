/**
 * What a table was understood to be, in a sentence for people (Vietnamese and English): its
 * kind, layout, block, group, which column holds the agencies, the ranks, the values and the
 * periods, and how much of the block it lists. Said before any finding, so that "no findings"
 * is never said of a table that was not understood.
 */
import type { AgencyRegister } from "../../agencies/agencyRegister";
import { isResolved } from "../../agencies/matchAgency";
import { duplicateAgencies } from "../duplicates";
import { OVERALL } from "./types";
import type { RecognisedTable, TableColumn } from "./types";

export interface Said {
  vi: string;
  en: string;
}

const LAYOUT: Record<RecognisedTable["layout"], Said> = {
  tabs: { vi: "", en: "" },
  sheet: { vi: "", en: "" },
  html: { vi: "bảng HTML", en: "HTML table" },
  pipes: { vi: "bảng kẻ bằng |", en: "table drawn with |" },
  semicolons: {
    vi: "các ô cách nhau bằng dấu chấm phẩy (CSV)",
    en: "cells separated by semicolons (CSV)",
  },
  commas: {
    vi: "các ô cách nhau bằng dấu phẩy (CSV)",
    en: "cells separated by commas (CSV)",
  },
  "cells-per-line": { vi: "mỗi ô một dòng", en: "one cell per line" },
  spaces: {
    vi: "các ô cách nhau bằng dấu cách",
    en: "cells separated by spaces",
  },
  list: {
    vi: "danh sách đánh số, số thứ tự là thứ hạng",
    en: "a numbered list, its numbers the ranks",
  },
};

const quote = (c: TableColumn | undefined, n: number | undefined) =>
  c ? (c.header ? `“${c.header}”` : `cột ${(n ?? 0) + 1}`) : "";
const quoteEn = (c: TableColumn | undefined, n: number | undefined) =>
  c ? (c.header ? `“${c.header}”` : `column ${(n ?? 0) + 1}`) : "";

export function describeTable(
  t: RecognisedTable,
  register?: AgencyRegister,
): Said {
  const vi: string[] = [];
  const en: string[] = [];
  const col = (k: number | undefined) =>
    k === undefined ? undefined : t.columns[k];
  const layout = LAYOUT[t.layout];
  const shape =
    t.reshaped === "transposed"
      ? {
          vi: "bảng xoay ngang (cơ quan ở dòng tiêu đề)",
          en: "turned on its side (agencies across the header)",
        }
      : t.reshaped === "long"
        ? {
            vi: "dạng dọc (mỗi cơ quan nhiều dòng)",
            en: "long layout (several rows per agency)",
          }
        : undefined;
  const blockVi = t.block
    ? `khối ${register?.blockName(t.block) ?? t.block}`
    : undefined;
  const blockEn = t.block
    ? `block ${register?.blockName(t.block, "en") ?? t.block}`
    : undefined;
  const chosen = t.groupFrom === "user" ? " (theo lựa chọn)" : "";
  const chosenEn = t.groupFrom === "user" ? " (as chosen)" : "";
  const groupVi = t.group
    ? t.group === OVERALL
      ? `chỉ số tổng hợp${chosen}`
      : `nhóm ${t.group}${chosen}`
    : chosen
      ? "bảng công bố, không thuộc nhóm nào (theo lựa chọn)"
      : "";
  const groupEn = t.group
    ? t.group === OVERALL
      ? `overall index${chosenEn}`
      : `group ${t.group}${chosenEn}`
    : chosen
      ? "a published ranking of no group (as chosen)"
      : "";
  const head = (kindVi: string, kindEn: string) => {
    vi.push(
      [kindVi, layout.vi, shape?.vi, blockVi, groupVi]
        .filter(Boolean)
        .join(", "),
    );
    en.push(
      [kindEn, layout.en, shape?.en, blockEn, groupEn]
        .filter(Boolean)
        .join(", "),
    );
  };
  if (t.shape === "ranking" || t.shape === "agency-figures") {
    head(
      t.shape === "ranking" ? "bảng xếp hạng" : "bảng số liệu theo cơ quan",
      t.shape === "ranking" ? "ranking" : "figures by agency",
    );
    const r = t.roles;
    const parts: [string, string][] = [
      r.agency === undefined
        ? ["không có cột cơ quan", "no agency column"]
        : [
            `cơ quan ${quote(col(r.agency), r.agency)}`,
            `agencies ${quoteEn(col(r.agency), r.agency)}`,
          ],
    ];
    if (r.rank !== undefined)
      parts.push([
        `thứ hạng ${quote(col(r.rank), r.rank)}${col(r.rank)?.part ? " (phần hạng của ô “hạng (giá trị)”)" : ""}`,
        `rank ${quoteEn(col(r.rank), r.rank)}${col(r.rank)?.part ? " (rank part of “rank (value)” cells)" : ""}`,
      ]);
    if (r.value !== undefined)
      parts.push([
        `giá trị ${quote(col(r.value), r.value)}${t.measure ? ` (${MEASURE[t.measure].vi})` : ""}`,
        `value ${quoteEn(col(r.value), r.value)}${t.measure ? ` (${MEASURE[t.measure].en})` : ""}`,
      ]);
    if (t.periods.current) {
      // Where the year came from, when neither the title nor a header gave it.
      const from = t.periods.current.from;
      const line = from && from.length > 60 ? `${from.slice(0, 59)}…` : from;
      parts.push([
        `kỳ ${t.periods.current.label}${line ? ` (theo dòng “${line}”)` : ""}`,
        `period ${t.periods.current.label}${line ? ` (from the line “${line}”)` : ""}`,
      ]);
    }
    if (r.previousRank !== undefined || r.previousValue !== undefined) {
      const what = [
        r.previousRank !== undefined
          ? quote(col(r.previousRank), r.previousRank)
          : "",
        r.previousValue !== undefined
          ? quote(col(r.previousValue), r.previousValue)
          : "",
      ].filter(Boolean);
      parts.push([
        `kỳ trước${t.periods.previous ? ` ${t.periods.previous.label}` : ""}: ${what.join(", ")}`,
        `previous period${t.periods.previous ? ` ${t.periods.previous.label}` : ""}: ${what.join(", ")}`,
      ]);
    }
    if (r.rowNumber !== undefined)
      parts.push([
        `số thứ tự ${quote(col(r.rowNumber), r.rowNumber)}`,
        `row numbers ${quoteEn(col(r.rowNumber), r.rowNumber)}`,
      ]);
    // An agency listed twice counts once; the rows that repeat it are said.
    const agencies = distinctAgencies(t);
    const twice = duplicateAgencies(t);
    if (twice.length) {
      const rows = twice.reduce((n, d) => n + d.rows.length - 1, 0);
      const example = twice[0];
      const lines = example.rows
        .slice(0, 4)
        .map((r) => r.line)
        .join(", ");
      const more = example.rows.length > 4 ? ", …" : "";
      parts.push([
        `${twice.length} cơ quan có nhiều dòng (${rows} dòng lặp; ví dụ ${example.name}: dòng ${lines}${more})`,
        `${twice.length} agencies listed more than once (${rows} repeated rows; e.g. ${example.name}: lines ${lines}${more})`,
      ]);
    }
    const notRead = t.skipped.filter((x) => x.reason === "not-read");
    if (notRead.length)
      parts.push([
        `không đọc được ${notRead.length} dòng: ${notRead.map((x) => `dòng ${x.line} “${x.text.length > 40 ? `${x.text.slice(0, 39)}…` : x.text}”`).join("; ")}`,
        `${notRead.length} ${notRead.length === 1 ? "line" : "lines"} not read: ${notRead.map((x) => `line ${x.line} “${x.text.length > 40 ? `${x.text.slice(0, 39)}…` : x.text}”`).join("; ")}`,
      ]);
    if (t.aligned?.length) {
      const lines = t.aligned.slice(0, 6).join(", ");
      const more = t.aligned.length > 6 ? ", …" : "";
      parts.push([
        `${t.aligned.length} dòng thiếu ô được xếp theo nội dung (dòng ${lines}${more}): ô trống được để trống`,
        `${t.aligned.length} ${t.aligned.length === 1 ? "row" : "rows"} short of a cell aligned by content (line ${lines}${more}): the dropped cell left empty`,
      ]);
    }
    const leftOut = t.skipped.filter((x) => x.reason === "left-out").length;
    if (leftOut)
      parts.push([
        `bỏ ${leftOut} dòng theo lựa chọn`,
        `${leftOut} rows left out as chosen`,
      ]);
    if (t.coverage)
      parts.push([
        `${t.coverage.listed}/${t.coverage.of} cơ quan của khối${t.coverage.excerpt ? " (trích đoạn)" : ""}`,
        `${t.coverage.listed}/${t.coverage.of} agencies of the block${t.coverage.excerpt ? " (an excerpt)" : ""}`,
      ]);
    else if (t.block && t.shape === "ranking")
      parts.push([
        `đủ ${agencies} cơ quan của khối`,
        `all ${agencies} agencies of the block`,
      ]);
    else
      parts.push([
        `${agencies} cơ quan${t.block ? "" : " (không thuộc một khối)"}`,
        `${agencies} agencies${t.block ? "" : " (not of one block)"}`,
      ]);
    if (t.edition) parts.push([t.edition.said.vi, t.edition.said.en]);
    vi.push(parts.map((p) => p[0]).join("; "));
    en.push(parts.map((p) => p[1]).join("; "));
  } else if (t.shape === "figures") {
    head("bảng số liệu", "table of figures");
    const figures = t.columns.filter((c) => c.role === "value");
    const groups = new Set(t.rows.map((r) => r.group).filter(Boolean)).size;
    if (t.listed?.length) {
      vi.push(
        `dòng ${t.listed.join(", ")} liệt kê nhiều mục, mỗi ô một số cho mỗi mục: tách thành từng dòng`,
      );
      en.push(
        `line ${t.listed.join(", ")} ${t.listed.length === 1 ? "lists" : "list"} several items with a figure for each in every cell: one row per item`,
      );
    }
    vi.push(
      `${t.rows.length} dòng${groups ? ` trong ${groups} nhóm` : ""}${t.total ? ", có dòng tổng" : ""}; cột số liệu ${figures.map((c) => `“${c.header}”`).join(", ")}${t.variables === "rows" ? " (mỗi dòng là một chỉ tiêu)" : ""}`,
    );
    en.push(
      `${t.rows.length} rows${groups ? ` in ${groups} groups` : ""}${t.total ? ", with a total row" : ""}; figure columns ${figures.map((c) => `“${c.header}”`).join(", ")}${t.variables === "rows" ? " (each row is a variable)" : ""}`,
    );
  } else {
    head("không phải bảng số liệu", "not a table of figures");
  }
  if (t.reason && t.shape !== "ranking") {
    vi.push(t.reason.vi);
    en.push(t.reason.en);
  }
  const where = {
    vi: `${t.name}`,
    en: tableNameEn(t.name),
  };
  return {
    vi: `${where.vi}: ${vi.filter(Boolean).join(" — ")}`,
    en: `${where.en}: ${en.filter(Boolean).join(" — ")}`,
  };
}

/** A table's name in English: `Bảng ở dòng 4` → `Table at line 4`, `Bảng 2.1` → `Table 2.1`. */
export const tableNameEn = (name: string) =>
  name.replace(/^Bảng ở dòng/, "Table at line").replace(/^Bảng /, "Table ");

/** Agencies named: each resolved agency once, and each name not resolved. */
function distinctAgencies(t: RecognisedTable): number {
  const codes = new Set<string>();
  let unresolved = 0;
  for (const row of t.rows)
    for (const m of row.agencies)
      if (isResolved(m)) codes.add(m.agency.code);
      else unresolved++;
  return codes.size + unresolved;
}

const MEASURE: Record<NonNullable<RecognisedTable["measure"]>, Said> = {
  index: { vi: "chỉ số", en: "index" },
  services: {
    vi: "số dịch vụ công trực tuyến",
    en: "number of online services",
  },
  dossiers: { vi: "số hồ sơ trực tuyến", en: "number of online dossiers" },
  count: { vi: "số lượng", en: "count" },
  score: { vi: "điểm", en: "score" },
};
