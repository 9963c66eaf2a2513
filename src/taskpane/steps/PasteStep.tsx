import {
  Button,
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from "@fluentui/react-components";
import * as React from "react";
import { BLOCK_IDS, BlockId } from "../../core/agencies/registerSchema";
import type { Methodology } from "../../core/methodology/methodologySchema";
import { getPreset } from "../../core/methodology/presets";
import { formatNumber } from "../../core/numbers/formatNumber";
import {
  DuplicateAgency,
  duplicateAgencies,
  linesToLeaveOut,
} from "../../core/tables/duplicates";
import type { PastedRankedTable } from "../../core/tables/parseRankedTables";
import {
  ColumnOverrides,
  OVERALL,
  RecognisedTable,
} from "../../core/tables/recognise/types";
import { describeTable } from "../../core/tables/recognise/understood";
import { rerankTable, RerankedRow } from "../../core/tables/rerankTable";
import {
  applyImport,
  ImportPlan,
  ImportResult,
  importTargets,
  planImport,
  PastePreview,
  previewPaste,
  PUBLISHED_ONLY,
  replacedCells,
  replacesSaved,
  targetOf,
  workbookMethodology,
} from "../../steps/paste";
import { Scroll } from "../charts/chartKit";
import { Movement } from "../Movement";
import { CHANGE, FIGURE, FIT, TABLE, WRAP } from "../layout";
import { Outcome } from "../Outcome";
import { usePaneState } from "../paneState";
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

/** A long paste shows its first and last rows, with how many are between. */
const HEAD = 20;
const TAIL = 10;

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
): ColumnOverrides {
  const next: ColumnOverrides = { ...o };
  for (const f of Object.values(FIELD)) if (next[f] === column) delete next[f];
  next.ignore = (next.ignore ?? []).filter((c) => c !== column);
  if (choice === "ignore") next.ignore.push(column);
  else if (choice !== "auto" && FIELD[choice])
    (next as Record<string, unknown>)[FIELD[choice]] = column;
  return next;
}

/** What was read, and what it was read with: the groups to choose from come with it. */
interface Read {
  preview: PastePreview;
  methodology: Methodology;
  /** The workbook holds a methodology (step 1 was done): a write can go ahead. */
  prepared: boolean;
  /** The edition it was read in, to read again when the user chooses another. */
  edition: string;
}

export function PasteStep({ port, register, t, lang, edition, go }: StepProps) {
  const [text, setText] = usePaneState("paste.text", "");
  // The user's word on the table: columns, block, group, rows left out. Always for one table.
  const [choices, setChoices] = usePaneState<ColumnOverrides>(
    "paste.choices",
    {},
  );
  const [which, setWhich] = usePaneState("paste.which", 0);
  const [read, setRead] = usePaneState<Read | null>("paste.read", null);
  const [result, setResult] = usePaneState<ImportResult | null>(
    "paste.result",
    null,
  );
  // A plan that would replace saved work waits for the user's word.
  const [pending, setPending] = usePaneState<ImportPlan | null>(
    "paste.pending",
    null,
  );
  const task = useTask(t);
  /** The understanding is a function of the text and every choice: read again from both. */
  const look = (next: ColumnOverrides) =>
    task.run(
      async () => {
        const own = await workbookMethodology(port).catch(() => undefined);
        const methodology = own ?? getPreset("mac-dinh-tai-dung");
        return {
          preview: previewPaste(text, register, {
            methodology,
            overrides: next,
            ...(edition ? { edition } : {}),
          }),
          methodology,
          prepared: own !== undefined,
          edition: edition ?? "",
        };
      },
      (r) => {
        setRead(r);
        setResult(null);
        setPending(null);
      },
    );
  const change = (next: ColumnOverrides) => {
    setChoices(next);
    void look(next);
  };
  // Another register edition chosen at the top: the table is read again in it.
  React.useEffect(() => {
    if (read && read.edition !== (edition ?? "") && !task.busy)
      void look(choices);
  }, [edition]);

  const preview = read?.preview;
  const shown = preview?.found[Math.min(which, preview.found.length - 1)];
  const table = shown
    ? preview?.tables.find((x) => x.recognised === shown)
    : undefined;
  const reranked = React.useMemo(
    () => (table ? rerankTable(table) : undefined),
    [table],
  );
  const twice = React.useMemo(
    () => (table ? duplicateAgencies(table.recognised) : []),
    [table],
  );
  const target = table ? targetOf(table) : undefined;
  const options = read ? importTargets(read.methodology) : [];
  const blockName = (b: BlockId) => register.blockName(b, lang);
  const forTable = (o: ColumnOverrides) =>
    shown ? { ...o, table: shown.line } : o;
  const leaveOut = (lines: number[]) =>
    change(
      forTable({
        ...choices,
        skipLines: [...new Set([...(choices.skipLines ?? []), ...lines])],
      }),
    );
  const write = () =>
    task.run(
      async () => {
        // The workbook's own methodology, read again: step 1 may not be done, or done since.
        const methodology = await workbookMethodology(port);
        const plan = await planImport(port, methodology, table!, {
          register,
          lang,
        });
        return replacesSaved(plan)
          ? { plan }
          : { plan, done: await applyImport(port, plan) };
      },
      ({ plan, done }) => {
        setPending(done ? null : plan);
        setResult(done ?? null);
      },
    );
  const groupWords =
    target === undefined
      ? t.unknown
      : target === PUBLISHED_ONLY
        ? t.publishedOnly
        : target === OVERALL
          ? t.overallGroup
          : t.groupOf(target);
  return (
    <>
      <Field label={t.pasteLabel}>
        <Textarea
          value={text}
          onChange={(_, d) => {
            setText(d.value);
            setRead(null);
            setResult(null);
            setPending(null);
            setChoices({});
            setWhich(0);
          }}
          rows={6}
          resize="vertical"
          style={FIT}
        />
      </Field>
      <Button
        style={WRAP}
        disabled={text.trim() === "" || task.busy}
        onClick={() => look(choices)}
      >
        {t.preview}
      </Button>
      {preview && preview.found.length > 1 && (
        <Field label={t.whichTable}>
          <Dropdown
            style={FIT}
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
        <Outcome
          intent={table ? "info" : "warning"}
          text={`${t.understood}: ${describeTable(shown, register)[lang]}`}
          t={t}
        />
      )}
      {preview?.problem && !shown && (
        <Outcome intent="warning" text={preview.problem[lang]} t={t} />
      )}
      {shown && shown.columns.length > 0 && (
        <fieldset style={{ border: "none", padding: 0, margin: 0, minWidth: 0 }}>
          <legend>{t.columnRoles}</legend>
          {columnsOf(shown).map((c) => {
            const mine = chosen(choices, c.source + 1);
            const auto = t.auto(c.roles.map((r) => t.roles[r]).join(" + "));
            return (
              <Field key={c.source} label={t.columnLabel(c.source + 1, c.header)}>
                <Dropdown
                  style={FIT}
                  value={mine ? t.roles[mine] : auto}
                  selectedOptions={[mine ?? "auto"]}
                  onOptionSelect={(_, d) =>
                    change(
                      forTable(
                        choose(
                          choices,
                          c.source + 1,
                          d.optionValue as Choice | "auto",
                        ),
                      ),
                    )
                  }
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
              style={FIT}
              value={
                choices.block
                  ? blockName(choices.block)
                  : t.auto(shown.block ? blockName(shown.block) : "—")
              }
              selectedOptions={[choices.block ?? "auto"]}
              onOptionSelect={(_, d) => {
                const next = forTable({ ...choices });
                if (d.optionValue === "auto") delete next.block;
                else next.block = d.optionValue as BlockId;
                change(next);
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
          {table && (
            <Field label={t.groupLabel}>
              <Dropdown
                style={FIT}
                placeholder={t.groupChoose}
                value={
                  target === undefined
                    ? ""
                    : (options.find((o) => o.value === target)?.label[lang] ??
                      target)
                }
                selectedOptions={target === undefined ? [] : [target]}
                onOptionSelect={(_, d) =>
                  change(forTable({ ...choices, group: d.optionValue ?? "" }))
                }
              >
                {options.map((o) => (
                  <Option key={`${o.kind}:${o.value}`} value={o.value} text={o.label[lang]}>
                    {o.label[lang]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
        </fieldset>
      )}
      {shown && !table && (
        <Outcome intent="warning" text={t.notRanking} t={t} />
      )}
      {task.status}
      {table && reranked && read && (
        <>
          <Outcome
            intent="info"
            text={`${t.recognised(
              table.block ? blockName(table.block) : t.unknown,
              groupWords,
              reranked.rows.length,
            )} ${t.doubtful}`}
            t={t}
          />
          {twice.length > 0 && (
            <Duplicates twice={twice} t={t} busy={task.busy} leaveOut={leaveOut} />
          )}
          {target === undefined && (
            <Outcome intent="warning" text={t.groupNeeded} t={t} />
          )}
          {!read.prepared && (
            <Outcome intent="warning" text={t.prepareFirstToWrite} t={t} next={{ step: "prepare", says: "" }} go={go} />
          )}
          <Button
            appearance="primary"
            style={WRAP}
            disabled={task.busy || twice.length > 0 || target === undefined}
            onClick={write}
          >
            {t.confirmImport}
          </Button>
          {pending && (
            <Outcome
              intent="warning"
              text={
                pending.kind === "cells"
                  ? `${t.replaceAsk(
                      replacedCells(pending).length,
                      replacedCells(pending)
                        .slice(0, 3)
                        .map((w) => `${w.cell}: ${w.before} → ${w.value}`)
                        .join("; "),
                    )}${pending.kept.length ? ` ${t.kept(pending.kept.length)}` : ""}`
                  : t.replaceSheetAsk(pending.sheet)
              }
              t={t}
            >
              <div style={{ display: "flex", flexWrap: "wrap", gap: 8, marginTop: 4 }}>
                <Button
                  size="small"
                  appearance="primary"
                  style={WRAP}
                  disabled={task.busy}
                  onClick={() =>
                    task.run(
                      () => applyImport(port, pending),
                      (done) => (setResult(done), setPending(null)),
                    )
                  }
                >
                  {pending.kind === "cells"
                    ? t.replaceConfirm(replacedCells(pending).length)
                    : t.replaceSheetConfirm}
                </Button>
                <Button size="small" style={WRAP} onClick={() => setPending(null)}>
                  {t.replaceCancel}
                </Button>
              </div>
            </Outcome>
          )}
          {result && (
            <Outcome
              intent={result.skipped.length ? "warning" : "success"}
              text={[
                result.newSheet
                  ? t.importedSheet(result.sheet)
                  : t.imported(result.written, result.sheet),
                result.kept ? t.kept(result.kept) : "",
                result.skipped.length ? t.skipped(result.skipped.join(", ")) : "",
              ]
                .filter(Boolean)
                .join(" ")}
              next={
                result.newSheet
                  ? { step: "compare", says: t.nextAfterPublished }
                  : { step: "check", says: t.nextAfterImport }
              }
              go={go}
              t={t}
            />
          )}
          <PreviewRows table={table} rows={reranked.rows} previous={reranked.hasPrevious} t={t} />
        </>
      )}
    </>
  );
}

/** The agencies listed twice, with their rows: keep one row each, or the first of each at once. */
function Duplicates({
  twice,
  t,
  busy,
  leaveOut,
}: {
  twice: DuplicateAgency[];
  t: Strings;
  busy: boolean;
  leaveOut: (lines: number[]) => void;
}) {
  const listed = twice.slice(0, 5);
  return (
    <Outcome intent="warning" text={t.duplicates(twice.length)} t={t}>
      <ul style={{ margin: "4px 0", paddingInlineStart: 16 }}>
        {listed.map((d) => (
          <li key={d.code}>
            {t.duplicateOf(
              d.name,
              d.rows
                .slice(0, 6)
                .map((r) => r.line)
                .join(", ") + (d.rows.length > 6 ? ", …" : ""),
            )}
            {d.rows.length <= 4 && (
              <div style={{ display: "flex", flexWrap: "wrap", gap: 4 }}>
                {d.rows.map((r) => (
                  <Button
                    key={r.line}
                    size="small"
                    style={WRAP}
                    disabled={busy}
                    onClick={() => leaveOut(linesToLeaveOut([d], () => r.line))}
                  >
                    {t.keepLine(r.line, r.cells.filter(Boolean).join(" · "))}
                  </Button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      {twice.length > listed.length && <div>{t.moreDuplicates(twice.length - listed.length)}</div>}
      <Button
        size="small"
        appearance="primary"
        style={WRAP}
        disabled={busy}
        onClick={() => leaveOut(linesToLeaveOut(twice))}
      >
        {t.dropRepeats}
      </Button>
    </Outcome>
  );
}

/** The rows as read: the first and last of a long paste, with how many are between. */
function PreviewRows({
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
  // A table of ranks alone (slides, `rank name` lines) has no value to show.
  const valued = table.columns.value !== undefined;
  const decimals = table.decimals ?? 3;
  // In the order of the rank shown (the published one where printed): ties keep their order.
  const rankOf = (r: RerankedRow) => r.publishedRank ?? r.rank ?? Infinity;
  const ordered = [...rows].sort((a, b) => rankOf(a) - rankOf(b));
  const long = ordered.length > HEAD + TAIL + 10;
  const shown = long ? [...ordered.slice(0, HEAD), null, ...ordered.slice(-TAIL)] : ordered;
  const width = 2 + (valued ? 1 : 0) + (previous ? 2 : 0);
  return (
    <Scroll label={t.preview}>
      <Table style={TABLE} size="extra-small" aria-label={t.preview}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={FIGURE}>{t.rank}</TableHeaderCell>
            <TableHeaderCell>{t.agency}</TableHeaderCell>
            {valued && <TableHeaderCell style={FIGURE}>{t.value}</TableHeaderCell>}
            {previous && <TableHeaderCell style={FIGURE}>{t.previous}</TableHeaderCell>}
            {previous && <TableHeaderCell style={CHANGE}>{t.change}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((r, k) => {
            if (!r)
              return (
                <TableRow key="gap">
                  <TableCell colSpan={width}>{t.rowsHidden(rows.length - HEAD - TAIL)}</TableCell>
                </TableRow>
              );
            // A misspelling or a name not found is to review (⚠); a harmless variant (`TP.`, tone
            // placement, an official short name) only shows how it was printed.
            const doubtful = !r.code || r.match.confidence < 1 || r.match.status === "fuzzy";
            const printed = r.inputName !== r.agency;
            return (
              <TableRow key={`${r.line}-${k}`}>
                <TableCell style={FIGURE}>{r.publishedRank ?? r.rank ?? "—"}</TableCell>
                <TableCell>
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
                    printed && <em> ({t.printedAs} “{r.inputName}”)</em>
                  )}
                </TableCell>
                {valued && (
                  <TableCell style={FIGURE}>
                    {r.value === null ? "—" : formatNumber(r.value, { decimals, lang: t.lang })}
                  </TableCell>
                )}
                {previous && <TableCell style={FIGURE}>{r.previousRank ?? "—"}</TableCell>}
                {previous && (
                  <TableCell style={CHANGE}>
                    <Movement value={r.movement} lang={t.lang} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Scroll>
  );
}
