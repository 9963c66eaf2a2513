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
import type { Io } from "../cliError";
import { num, textTable } from "../format";
import { CLI } from "../messages";
import { Lang, localise } from "../../core/msg";
import { inFile, isXlsx, openWorkbook, readInput, textOf } from "../files";

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
  else io.out(describe(c, io.lang));
  return 0;
}

async function sourceOf(file: string): Promise<RankingSource> {
  const bytes = await readInput(file);
  const label = path.basename(file);
  if (isXlsx(bytes))
    return { kind: "sheet", port: await openWorkbook(file), label };
  const text = textOf(bytes, file);
  return inFile(file, async () => ({ kind: "text", text, label }));
}

function describe(c: Comparison, lang: Lang = "vi"): string {
  const w = localise(CLI, lang);
  const decimals = Math.max(0, ...c.rows.map((r) => decimalsOf(r.value)));
  const before = Math.max(0, ...c.rows.map((r) => decimalsOf(r.previousValue)));
  const lines = [
    w.compare.heading(
      c.labels.previous,
      c.periods.previous,
      c.editions.previous,
      c.labels.current,
      c.periods.current,
      c.editions.current,
    ),
  ];
  if (c.across)
    lines.push(
      c.rule
        ? w.compare.acrossRule(RULE_WORDS[c.rule][lang])
        : w.compare.acrossNoRule,
    );
  if (c.relative)
    lines.push(w.compare.relative(c.sizes.previous, c.sizes.current));
  for (const which of ["previous", "current"] as const)
    if (c.unranked[which])
      lines.push(
        w.compare.unranked(
          which,
          c.sizes[which] - c.unranked[which],
          c.sizes[which],
        ),
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
        : num(r.previousRank, r.previousRank % 1 ? 1 : 0, lang),
    `${movementMark(moveOf(r), "=", r.status === "new" ? w.compare.isNew : r.status === "unlisted" ? w.compare.unlisted : "", lang)}${c.relative && moveOf(r) ? w.compare.points : ""}`,
    num(r.value, decimals, lang),
    num(r.previousValue, before, lang),
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
        w.column.rank,
        w.column.agency,
        w.column.previous,
        w.column.movement,
        w.column.value,
        w.column.previousValue,
        ...(c.across ? [w.column.predecessors] : []),
      ],
      rows,
      ["r", "l", "r", "l", "r", "r", "l"],
    ),
  );
  if (c.gone.length)
    lines.push(
      "",
      w.compare.gone(
        c.gone.length,
        c.gone
          .map((g) => `${g.agency}${g.mergedInto ? ` → ${g.mergedInto}` : ""}`)
          .join(", "),
      ),
    );
  return lines.join("\n");
}

function decimalsOf(v: number | null): number {
  if (v === null || Number.isInteger(v)) return 0;
  return Math.min(4, String(v).split(".")[1]?.length ?? 0);
}
