import {
  Button,
  Dropdown,
  Field,
  Option,
  Textarea,
} from "@fluentui/react-components";
import * as React from "react";
import { formatNumber } from "../../core/numbers/formatNumber";
import {
  byMovement,
  Comparison,
  moveOf,
  PreviousRankRule,
} from "../../core/ranking/comparePeriods";
import {
  compareRankings,
  RankingSource,
  writeComparison,
} from "../../steps/compare";
import { MARKS_SHEET, OWNED_SHEET } from "../../workbook/workbookPort";
import { MovementChart } from "../charts/MovementChart";
import { Movement } from "../components/Movement";
import { useLayout } from "../components/layout";
import { Outcome } from "../components/Outcome";
import { RankTable } from "../components/RankTable";
import { usePaneState } from "../paneState";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

/** A period's table: pasted here, or a sheet of the workbook (a ranked table the tool wrote, or the user's). */
type Choice = { sheet: string } | { text: string };
const PASTE = "";

function SourcePicker({
  label,
  placeholder,
  sheets,
  choice,
  onChange,
  t,
}: {
  label: string;
  placeholder: string;
  sheets: string[];
  choice: Choice;
  onChange: (c: Choice) => void;
} & Pick<StepProps, "t">) {
  const l = useLayout();
  const sheet = "sheet" in choice ? choice.sheet : PASTE;
  return (
    <>
      <Field label={label}>
        <Dropdown
          className={l.fit}
          value={sheet === PASTE ? t.fromPaste : t.fromSheet(sheet)}
          selectedOptions={[sheet]}
          onOptionSelect={(_, d) =>
            onChange(d.optionValue ? { sheet: d.optionValue } : { text: "" })
          }
        >
          <Option value={PASTE}>{t.fromPaste}</Option>
          {sheets.map((s) => (
            <Option key={s} value={s} text={t.fromSheet(s)}>
              {t.fromSheet(s)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {"text" in choice && (
        <Textarea
          aria-label={`${label}: ${placeholder}`}
          placeholder={placeholder}
          value={choice.text}
          onChange={(_, d) => onChange({ text: d.value })}
          resize="vertical"
          className={l.fit}
          rows={4}
        />
      )}
    </>
  );
}

/** Two periods side by side: movement with ▲/▼, the biggest first, and the slope chart. */
export function CompareStep({ port, register, t, lang }: StepProps) {
  const l = useLayout();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [previous, setPrevious] = usePaneState<Choice>("compare.previous", {
    text: "",
  });
  const [current, setCurrent] = usePaneState<Choice>("compare.current", {
    text: "",
  });
  const [rule, setRule] = usePaneState<PreviousRankRule | "">(
    "compare.rule",
    "",
  );
  const [result, setResult] = usePaneState<{
    comparison: Comparison;
    sheet: string;
  } | null>("compare.result", null);
  const [selected, setSelected] = usePaneState("compare.selected", "");
  const [touched, setTouched] = usePaneState("compare.touched", false);
  const task = useTask(t);
  React.useEffect(() => {
    void port
      .sheetNames()
      .then((names) => {
        const shown = names.filter(
          (n) => n !== OWNED_SHEET && n !== MARKS_SHEET,
        );
        setSheets(shown);
        // This period is most often the overall ranking the tool wrote in step 4.
        const ranked = shown.find(
          (n) => n.startsWith("XH ") && n.includes("TH"),
        );
        if (ranked && !touched) setCurrent({ sheet: ranked });
      })
      .catch(() => undefined);
  }, [port, touched, setCurrent]);
  const source = (c: Choice, label: string): RankingSource =>
    "sheet" in c
      ? { kind: "sheet", port, sheet: c.sheet, label }
      : { kind: "text", text: c.text, label };
  const run = () =>
    task.run(async () => {
      const comparison = await compareRankings(
        source(previous, t.comparePrevious),
        source(current, t.compareCurrent),
        register,
        rule ? { rule } : {},
      );
      return {
        comparison,
        sheet: await writeComparison(port, comparison, lang),
      };
    }, setResult);
  const [regrouped, setRegrouped] = usePaneState<string | null>(
    "compare.regrouped",
    null,
  );
  // The previous period's figures carried to the units now in force (the same as chiso regroup).
  const regroup = () =>
    task.run(
      async () => {
        const { regroupText, regroupedText, howSaid } =
          await import("../../steps/regroup");
        const r = regroupText(
          "text" in previous ? previous.text : "",
          t.comparePrevious,
          {},
        );
        return {
          text: regroupedText(r, lang),
          said: t.regrouped(
            r.units.length,
            howSaid(r, lang),
            r.units.filter((u) => u.missing.length).length,
          ),
        };
      },
      (r) => {
        setPrevious({ text: r.text });
        setRegrouped(r.said);
        setResult(null);
      },
    );
  const c = result?.comparison;
  const empty = (x: Choice) => "text" in x && !x.text.trim();
  const place = (rank: number | null, size: number) =>
    rank === null
      ? "—"
      : `${formatNumber(rank, { decimals: rank % 1 ? 1 : 0, lang })}${c?.relative ? `/${size}` : ""}`;
  return (
    <>
      <SourcePicker
        label={t.comparePrevious}
        placeholder={t.pastePrevious}
        sheets={sheets}
        choice={previous}
        onChange={(x) => (setPrevious(x), setTouched(true), setRegrouped(null))}
        t={t}
      />
      {"text" in previous && previous.text.trim() !== "" && (
        <Button className={l.wrap} disabled={task.busy} onClick={regroup}>
          {t.regroupPrevious}
        </Button>
      )}
      {regrouped && <Outcome intent="info" text={regrouped} t={t} />}
      <SourcePicker
        label={t.compareCurrent}
        placeholder={t.pasteCurrent}
        sheets={sheets}
        choice={current}
        onChange={(x) => (setCurrent(x), setTouched(true))}
        t={t}
      />
      <Field label={t.rule}>
        <Dropdown
          className={l.fit}
          value={
            rule === "best"
              ? t.ruleBest
              : rule === "mean"
                ? t.ruleMean
                : t.ruleNone
          }
          selectedOptions={[rule]}
          onOptionSelect={(_, d) =>
            setRule((d.optionValue ?? "") as PreviousRankRule | "")
          }
        >
          <Option value="">{t.ruleNone}</Option>
          <Option value="best">{t.ruleBest}</Option>
          <Option value="mean">{t.ruleMean}</Option>
        </Dropdown>
      </Field>
      <Button
        appearance="primary"
        className={l.wrap}
        disabled={task.busy || empty(previous) || empty(current)}
        onClick={run}
      >
        {t.runCompare}
      </Button>
      {task.status}
      {c && result && (
        <Outcome
          text={[
            t.compared(c.rows.length, result.sheet, c.across),
            c.relative ? t.relativeNote(c.sizes.previous, c.sizes.current) : "",
            c.unranked.previous
              ? t.unrankedNote(
                  t.comparePrevious,
                  c.sizes.previous - c.unranked.previous,
                  c.sizes.previous,
                )
              : "",
            c.unranked.current
              ? t.unrankedNote(
                  t.compareCurrent,
                  c.sizes.current - c.unranked.current,
                  c.sizes.current,
                )
              : "",
            t.nextAfterCompare,
          ]
            .filter(Boolean)
            .join(" ")}
          t={t}
        />
      )}
      {c && (
        <Field label={t.highlight}>
          <Dropdown
            className={l.fit}
            value={
              c.rows.find((r) => r.code === selected)?.agency ?? t.highlightNone
            }
            selectedOptions={[selected]}
            onOptionSelect={(_, d) => setSelected(d.optionValue ?? "")}
          >
            <Option value="">{t.highlightNone}</Option>
            {c.rows
              .filter((r) => r.code && r.rank !== null)
              .sort((a, b) => a.rank! - b.rank!)
              .map((r) => (
                <Option key={r.code!} value={r.code!}>
                  {r.agency}
                </Option>
              ))}
          </Dropdown>
        </Field>
      )}
      {c && (
        <MovementChart
          comparison={c}
          selected={selected}
          title={t.movementChart}
          t={t}
        />
      )}
      {c && (
        <RankTable
          label={t.steps.compare}
          rows={byMovement(c.rows)}
          columns={[
            {
              header: t.rank,
              kind: "figure",
              cell: (r) => place(r.rank, c.sizes.current),
            },
            {
              header: t.agency,
              cell: (r) => (
                <>
                  {r.agency}
                  {/* The units it was formed from, where they explain its previous place or its lack of one. */}
                  {r.predecessors &&
                    r.predecessors.length > 0 &&
                    (r.predecessors.length > 1 || r.previousRank === null) && (
                      <div className={l.small}>
                        {t.predecessors}:{" "}
                        {r.predecessors
                          .map(
                            (p) =>
                              `${p.agency} (${place(p.rank, c.sizes.previous)})`,
                          )
                          .join(", ")}
                      </div>
                    )}
                </>
              ),
            },
            {
              header: t.previousRank,
              kind: "figure",
              cell: (r) => place(r.previousRank, c.sizes.previous),
            },
            {
              header: t.change,
              kind: "change",
              cell: (r) => (
                <Movement
                  value={moveOf(r)}
                  lang={lang}
                  relative={c.relative}
                  suffix={c.relative ? t.pointsSuffix : ""}
                  unknown={r.status === "new" ? t.isNew : "—"}
                  {...(r.status === "unlisted"
                    ? { unknownSaid: t.unlisted }
                    : {})}
                />
              ),
            },
          ]}
        />
      )}
      {c && c.gone.length > 0 && (
        <Outcome
          intent="info"
          text={t.gone(
            c.gone
              .map((g) =>
                g.mergedInto ? `${g.agency} → ${g.mergedInto}` : g.agency,
              )
              .join(", "),
          )}
          t={t}
        />
      )}
    </>
  );
}
