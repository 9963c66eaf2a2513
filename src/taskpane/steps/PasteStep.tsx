import {
  Button,
  Dropdown,
  Field,
  Option,
  Textarea,
} from "@fluentui/react-components";
import * as React from "react";
import type { BlockId } from "../../core/agencies/registerSchema";
import type { Methodology } from "../../core/methodology/methodologySchema";
import { getPreset } from "../../core/methodology/presets";
import { duplicateAgencies } from "../../core/tables/duplicates";
import { ColumnOverrides, OVERALL } from "../../core/tables/recognise/types";
import { describeTable } from "../../core/tables/recognise/understood";
import { rerankTable } from "../../core/tables/rerankTable";
import {
  importTargets,
  PastePreview,
  previewPaste,
  PUBLISHED_ONLY,
  targetOf,
  workbookMethodology,
} from "../../steps/paste";
import {
  applyImport,
  detailTargets,
  ImportPlan,
  ImportResult,
  planImport,
  replacesSaved,
} from "../../steps/pasteWrite";
import { useLayout } from "../components/layout";
import { Outcome } from "../components/Outcome";
import { usePaneState } from "../paneState";
import { useTask } from "../useTask";
import { Duplicates } from "./paste/Duplicates";
import { PreviewRows } from "./paste/PreviewRows";
import { TableChoices } from "./paste/TableChoices";
import { PendingWrite, WriteResult } from "./paste/WriteOutcome";
import type { StepProps } from "./stepProps";

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
  const l = useLayout();
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
  // A detail table fills each index's sheet from its column: said before it is written.
  const detail = table && read ? detailTargets(read.methodology, table) : [];
  const groupWords = detail.length
    ? t.detailGroups(detail.map((d) => d.group.id).join(", "))
    : target === undefined
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
          className={l.fit}
        />
      </Field>
      <Button
        className={l.wrap}
        disabled={text.trim() === "" || task.busy}
        onClick={() => look(choices)}
      >
        {t.preview}
      </Button>
      {preview && preview.found.length > 1 && (
        <Field label={t.whichTable}>
          <Dropdown
            className={l.fit}
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
        <TableChoices
          shown={shown}
          choices={choices}
          change={(next) => change(forTable(next))}
          blockName={blockName}
          group={table ? { options, target } : undefined}
          t={t}
          lang={lang}
        />
      )}
      {shown && !table && (
        <Outcome
          intent="warning"
          text={shown.roles.agency === undefined ? t.noAgencies : t.notRanking}
          t={t}
        />
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
            <Duplicates
              twice={twice}
              t={t}
              busy={task.busy}
              leaveOut={leaveOut}
            />
          )}
          {detail.length > 0 && (
            <Outcome
              intent="info"
              text={t.detailTable(
                detail
                  .map(
                    (d) =>
                      `“${table.recognised.columns[d.column].header}” → ${d.group.id}`,
                  )
                  .join(", "),
              )}
              t={t}
            />
          )}
          {target === undefined && detail.length === 0 && (
            <Outcome intent="warning" text={t.groupNeeded} t={t} />
          )}
          {!read.prepared && (
            <Outcome
              intent="warning"
              text={t.prepareFirstToWrite}
              t={t}
              next={{ step: "prepare", says: "" }}
              go={go}
            />
          )}
          <Button
            appearance="primary"
            className={l.wrap}
            disabled={
              task.busy ||
              twice.length > 0 ||
              (target === undefined && detail.length === 0)
            }
            onClick={write}
          >
            {t.confirmImport}
          </Button>
          {pending && (
            <PendingWrite
              pending={pending}
              busy={task.busy}
              confirm={() =>
                task.run(
                  () => applyImport(port, pending),
                  (done) => (setResult(done), setPending(null)),
                )
              }
              cancel={() => setPending(null)}
              t={t}
            />
          )}
          {result && <WriteResult result={result} go={go} t={t} />}
          <PreviewRows
            table={table}
            rows={reranked.rows}
            previous={reranked.hasPrevious}
            t={t}
          />
        </>
      )}
    </>
  );
}
