import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { BLOCK_IDS, BlockId } from "../../core/agencies/registerSchema";
import { formatVietnameseNumber } from "../../core/numbers/formatVietnameseNumber";
import { movementMark } from "../../core/ranking/movement";
import type {
  ColumnOverrides,
  RecognisedTable,
} from "../../core/tables/recognise/types";
import { describeTable } from "../../core/tables/recognise/understood";
import { rerankTable } from "../../core/tables/rerankTable";
import {
  applyImport,
  ImportPlan,
  ImportResult,
  planImport,
  replacedCells,
  PastePreview,
  previewPaste,
  workbookMethodology,
} from "../../workbook/importPasted";
import type { Strings } from "../strings";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

type Choice = keyof Strings["roles"];
/** The roles a user may give a column, and where each goes in the overrides. */
const CHOICES: Choice[] = [
  "rank",
  "agency",
  "value",
  "previous-rank",
  "previous-value",
  "ignore",
];
const FIELD: Record<string, keyof ColumnOverrides> = {
  rank: "rank",
  agency: "agency",
  value: "value",
  "previous-rank": "previousRank",
  "previous-value": "previousValue",
};

/** Figures take little room; the agencies' names get the rest. */
const NARROW = { width: "1%", whiteSpace: "nowrap" } as const;

/** The pasted table's columns as the user sees them, with the role each was given. */
function columnsOf(t: RecognisedTable) {
  const out: { source: number; header: string; roles: Choice[] }[] = [];
  t.columns.forEach((c, k) => {
    const role: Choice =
      k === t.roles.previousRank
        ? "previous-rank"
        : k === t.roles.previousValue
          ? "previous-value"
          : c.role;
    const known = out.find((o) => o.source === c.source);
    if (known) known.roles.push(role);
    else out.push({ source: c.source, header: c.header, roles: [role] });
  });
  return out.sort((a, b) => a.source - b.source);
}

/** The user's choice for a column (1-based), or undefined when recognition decides. */
function chosen(o: ColumnOverrides, column: number): Choice | undefined {
  if (o.ignore?.includes(column)) return "ignore";
  return CHOICES.find((c) => FIELD[c] && o[FIELD[c]] === column);
}

function choose(
  o: ColumnOverrides,
  column: number,
  choice: Choice | "auto",
  table: number,
): ColumnOverrides {
  const next: ColumnOverrides = { ...o, table };
  for (const f of Object.values(FIELD)) if (next[f] === column) delete next[f];
  next.ignore = (next.ignore ?? []).filter((c) => c !== column);
  if (choice === "ignore") next.ignore.push(column);
  else if (choice !== "auto" && FIELD[choice])
    (next as Record<string, unknown>)[FIELD[choice]] = column;
  return next;
}

export function PasteStep({ port, register, t, lang, edition }: StepProps) {
  const [text, setText] = React.useState("");
  const [overrides, setOverrides] = React.useState<ColumnOverrides>({});
  const [which, setWhich] = React.useState(0);
  const [preview, setPreview] = React.useState<PastePreview | null>(null);
  const [result, setResult] = React.useState<ImportResult | null>(null);
  // A plan that would replace figures already in the sheet waits for the user's word.
  const [pending, setPending] = React.useState<ImportPlan | null>(null);
  const task = useTask(t);
  const look = (o: ColumnOverrides) =>
    task.run(
      async () =>
        previewPaste(text, register, {
          // The workbook's own groups name the table's group, once the sheets are prepared.
          methodology: await workbookMethodology(port).catch(() => undefined),
          overrides: o,
          ...(edition ? { edition } : {}),
        }),
      (p) => {
        setPreview(p);
        setResult(null);
        setPending(null);
      },
    );
  const shown = preview?.found[Math.min(which, preview.found.length - 1)];
  const table = shown
    ? preview?.tables.find((x) => x.recognised === shown)
    : undefined;
  const reranked = table ? rerankTable(table) : undefined;
  const previous = reranked?.hasPrevious ?? false;
  // A table of ranks alone (slides, `rank name` lines) has no value to show.
  const valued = table?.columns.value !== undefined;
  const decimals = table?.decimals ?? 3;
  const blockName = (b: BlockId) => register.blockName(b, lang);
  return (
    <section aria-label={t.steps.paste}>
      <Field label={t.pasteLabel}>
        <Textarea
          value={text}
          onChange={(_, d) => (
            setText(d.value),
            setPreview(null),
            setResult(null),
            setPending(null),
            setOverrides({}),
            setWhich(0)
          )}
          rows={6}
          resize="vertical"
        />
      </Field>
      <Button
        disabled={text.trim() === "" || task.busy}
        onClick={() => look(overrides)}
      >
        {t.preview}
      </Button>
      {preview && preview.found.length > 1 && (
        <Field label={t.whichTable}>
          <Dropdown
            value={shown?.name ?? ""}
            selectedOptions={[String(which)]}
            onOptionSelect={(_, d) => setWhich(Number(d.optionValue))}
          >
            {preview.found.map((f, i) => (
              <Option key={i} value={String(i)} text={f.name}>
                {f.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {shown && (
        <MessageBar intent={table ? "info" : "warning"} layout="multiline">
          <div>
            <strong>{t.understood}:</strong>{" "}
            {describeTable(shown, register)[lang]}
          </div>
        </MessageBar>
      )}
      {preview?.problem && !shown && (
        <MessageBar intent="warning">{preview.problem[lang]}</MessageBar>
      )}
      {shown && shown.columns.length > 0 && (
        <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
          <legend>{t.columnRoles}</legend>
          {columnsOf(shown).map((c) => {
            const mine = chosen(overrides, c.source + 1);
            const auto = t.auto(c.roles.map((r) => t.roles[r]).join(" + "));
            return (
              <Field
                key={c.source}
                label={t.columnLabel(c.source + 1, c.header)}
              >
                <Dropdown
                  value={mine ? t.roles[mine] : auto}
                  selectedOptions={[mine ?? "auto"]}
                  onOptionSelect={(_, d) => {
                    const next = choose(
                      overrides,
                      c.source + 1,
                      d.optionValue as Choice | "auto",
                      shown.line,
                    );
                    setOverrides(next);
                    look(next);
                  }}
                >
                  <Option value="auto" text={auto}>
                    {auto}
                  </Option>
                  {CHOICES.map((r) => (
                    <Option key={r} value={r} text={t.roles[r]}>
                      {t.roles[r]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
          <Field label={t.blockLabel}>
            <Dropdown
              value={
                overrides.block
                  ? blockName(overrides.block)
                  : t.auto(shown.block ? blockName(shown.block) : "—")
              }
              selectedOptions={[overrides.block ?? "auto"]}
              onOptionSelect={(_, d) => {
                const next: ColumnOverrides = {
                  ...overrides,
                  table: shown.line,
                };
                if (d.optionValue === "auto") delete next.block;
                else next.block = d.optionValue as BlockId;
                setOverrides(next);
                look(next);
              }}
            >
              <Option value="auto" text={t.auto("")}>
                {t.auto(shown.block ? blockName(shown.block) : "—")}
              </Option>
              {BLOCK_IDS.map((b) => (
                <Option key={b} value={b} text={blockName(b)}>
                  {blockName(b)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </fieldset>
      )}
      {shown && !table && (
        <MessageBar intent="warning">{t.notRanking}</MessageBar>
      )}
      {task.status}
      {table && reranked && (
        <>
          <MessageBar intent="info">
            {t.recognised(
              table.block ? register.blockName(table.block, lang) : t.unknown,
              table.group ?? t.unknown,
              table.rows.length,
            )}{" "}
            {t.doubtful}
          </MessageBar>
          <Button
            appearance="primary"
            disabled={task.busy}
            onClick={() =>
              task.run(
                async () => {
                  const plan = await planImport(
                    port,
                    await workbookMethodology(port),
                    table,
                  );
                  return replacedCells(plan).length
                    ? { plan }
                    : { plan, done: await applyImport(port, plan) };
                },
                ({ plan, done }) => {
                  setPending(done ? null : plan);
                  setResult(done ?? null);
                },
              )
            }
          >
            {t.confirmImport}
          </Button>
          {pending && (
            <MessageBar intent="warning" layout="multiline">
              <div>
                {t.replaceAsk(
                  replacedCells(pending).length,
                  replacedCells(pending)
                    .slice(0, 3)
                    .map((w) => `${w.cell}: ${w.before} → ${w.value}`)
                    .join("; "),
                )}{" "}
                {pending.kind === "cells" && pending.kept.length
                  ? t.kept(pending.kept.length)
                  : ""}
              </div>
              <div style={{ display: "flex", gap: 8, marginTop: 4 }}>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={task.busy}
                  onClick={() =>
                    task.run(
                      () => applyImport(port, pending),
                      (done) => (setResult(done), setPending(null)),
                    )
                  }
                >
                  {t.replaceConfirm(replacedCells(pending).length)}
                </Button>
                <Button size="small" onClick={() => setPending(null)}>
                  {t.replaceCancel}
                </Button>
              </div>
            </MessageBar>
          )}
          {result && (
            <MessageBar intent={result.skipped.length ? "warning" : "success"}>
              {t.imported(result.written, result.sheet)}{" "}
              {result.kept ? t.kept(result.kept) : ""}{" "}
              {result.skipped.length
                ? t.skipped(result.skipped.join(", "))
                : ""}
            </MessageBar>
          )}
          <Table
            size="extra-small"
            aria-label={t.preview}
            style={{ tableLayout: "auto" }}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={NARROW}>{t.rank}</TableHeaderCell>
                <TableHeaderCell>{t.agency}</TableHeaderCell>
                {valued && (
                  <TableHeaderCell style={NARROW}>{t.value}</TableHeaderCell>
                )}
                {previous && (
                  <TableHeaderCell style={NARROW}>{t.previous}</TableHeaderCell>
                )}
                {previous && (
                  <TableHeaderCell style={NARROW}>{t.change}</TableHeaderCell>
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {reranked.rows.map((r, k) => {
                const doubtful =
                  !r.code ||
                  r.match.confidence < 1 ||
                  r.match.status !== "exact";
                return (
                  <TableRow key={`${r.line}-${k}`}>
                    <TableCell>{r.published_rank ?? r.rank ?? "—"}</TableCell>
                    <TableCell
                      style={
                        doubtful
                          ? { color: tokens.colorPaletteRedForeground1 }
                          : undefined
                      }
                      title={
                        doubtful ? `${t.printedAs}: ${r.input_name}` : undefined
                      }
                    >
                      {r.agency}
                      {doubtful && r.code ? ` (${r.input_name})` : ""}
                    </TableCell>
                    {valued && (
                      <TableCell>
                        {r.value === null
                          ? "—"
                          : formatVietnameseNumber(r.value, { decimals })}
                      </TableCell>
                    )}
                    {previous && (
                      <TableCell>{r.previous_rank ?? "—"}</TableCell>
                    )}
                    {previous && (
                      <TableCell>
                        {movementMark(r.movement, "=", "—")}
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
