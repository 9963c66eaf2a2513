/**
 * `chiso compare OLD NEW [--rule best|mean] [--register Y[,Y]] [--json]`: two rankings of one
 * block (text or .xlsx), previous first. One row per agency of NEW: its rank, previous rank and
 * movement; across register editions, the units it was formed from with their earlier ranks.
 */
import * as path from "path";
import { getDefaultRegister } from "../../core/agencies/registerEditions";
import type {
  Comparison,
  PreviousRankRule,
} from "../../core/ranking/comparePeriods";
import { byMovement, moveOf } from "../../core/ranking/comparePeriods";
import { movementMark } from "../../core/ranking/movement";
import {
  compareRankings,
  RankingSource,
  RULE_WORDS,
  rankOf,
} from "../../steps/compare";
import { toJson } from "../json";
import { CliError, Io } from "../cliError";
import { num, textTable } from "../format";
import { inFile, isXlsx, openWorkbook, readInput } from "./rank";

export interface CompareOptions {
  json: boolean;
  rule?: PreviousRankRule;
  editions?: { previous?: string; current?: string };
}

export async function compareCommand(
  files: [string, string],
  options: CompareOptions,
  io: Io,
): Promise<number> {
  const [previous, current] = [
    await sourceOf(files[0]),
    await sourceOf(files[1]),
  ];
  const c = await compareRankings(previous, current, getDefaultRegister(), {
    ...(options.rule ? { rule: options.rule } : {}),
    ...(options.editions ? { editions: options.editions } : {}),
  });
  if (options.json) io.out(toJson(c));
  else io.out(describe(c));
  return 0;
}

async function sourceOf(file: string): Promise<RankingSource> {
  const bytes = await readInput(file);
  const label = path.basename(file);
  if (isXlsx(bytes))
    return { kind: "sheet", port: await openWorkbook(file), label };
  const text = bytes.toString("utf8");
  if (text.includes("\u0000"))
    throw new CliError({
      vi: `“${file}” không phải tệp văn bản hay .xlsx.`,
      en: `“${file}” is neither a text file nor an .xlsx workbook.`,
    });
  return inFile(file, async () => ({ kind: "text", text, label }));
}

function describe(c: Comparison): string {
  const decimals = Math.max(0, ...c.rows.map((r) => decimalsOf(r.value)));
  const before = Math.max(0, ...c.rows.map((r) => decimalsOf(r.previousValue)));
  const lines = [
    `So sánh ${c.labels.previous} (${c.periods.previous ?? "kỳ trước"}, danh mục ${c.editions.previous}) → ${c.labels.current} (${c.periods.current ?? "kỳ này"}, danh mục ${c.editions.current}).`,
  ];
  if (c.across)
    lines.push(
      c.rule
        ? `Khác danh mục: mỗi đơn vị so với các đơn vị tiền thân; đơn vị hình thành từ nhiều đơn vị lấy hạng kỳ trước theo ${RULE_WORDS[c.rule].vi}.`
        : "Khác danh mục: mỗi đơn vị so với các đơn vị tiền thân; đơn vị hình thành từ nhiều đơn vị không có một hạng kỳ trước (chọn --rule best hoặc --rule mean nếu cần).",
    );
  if (c.relative)
    lines.push(
      `Hai bảng khác số đơn vị (${c.sizes.previous} → ${c.sizes.current}): thay đổi là vị trí tương đối, (N − hạng) / (N − 1) × 100 (100 là đầu bảng, 0 là cuối bảng), kỳ này trừ kỳ trước, tính bằng điểm phần trăm; hạng ghi kèm số đơn vị (44/63 → 34/34).`,
    );
  const rows = byMovement(c.rows).map((r) => [
    c.relative
      ? rankOf(r.rank, c.sizes.current)
      : r.rank === null
        ? "—"
        : String(r.rank),
    r.agency,
    c.relative
      ? rankOf(r.previousRank, c.sizes.previous)
      : r.previousRank === null
        ? "—"
        : num(r.previousRank, r.previousRank % 1 ? 1 : 0),
    `${movementMark(moveOf(r), "=", r.status === "new" ? "mới" : "")}${c.relative && moveOf(r) ? " điểm" : ""}`,
    num(r.value, decimals),
    num(r.previousValue, before),
    ...(c.across
      ? [
          (r.predecessors ?? [])
            .map((p) => `${p.agency} (${p.rank ?? "—"})`)
            .join(", "),
        ]
      : []),
  ]);
  lines.push(
    "",
    textTable(
      [
        "Hạng",
        "Cơ quan",
        "Kỳ trước",
        "Thay đổi",
        "Giá trị",
        "Giá trị trước",
        ...(c.across ? ["Đơn vị tiền thân (hạng)"] : []),
      ],
      rows,
      ["r", "l", "r", "l", "r", "r", "l"],
    ),
  );
  if (c.gone.length)
    lines.push(
      "",
      `Không còn trong kỳ này (${c.gone.length}): ${c.gone.map((g) => `${g.agency}${g.mergedInto ? ` → ${g.mergedInto}` : ""}`).join(", ")}`,
    );
  return lines.join("\n");
}

function decimalsOf(v: number | null): number {
  if (v === null || Number.isInteger(v)) return 0;
  return Math.min(4, String(v).split(".")[1]?.length ?? 0);
}
