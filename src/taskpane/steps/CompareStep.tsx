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
} from "@fluentui/react-components";
import * as React from "react";
import { formatVietnameseNumber } from "../../core/numbers/formatVietnameseNumber";
import {
  byMovement,
  Comparison,
  PreviousRankRule,
} from "../../core/ranking/comparePeriods";
import { movementMark } from "../../core/ranking/movement";
import {
  compareRankings,
  RankingSource,
  writeComparison,
} from "../../workbook/compareRankings";
import { MovementChart } from "../charts/MovementChart";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

/** A period's table: pasted here, or a sheet of the workbook (a ranked table the tool wrote, or the user's). */
type Choice = { sheet: string } | { text: string };
const PASTE = "";

function SourcePicker({
  label,
  sheets,
  choice,
  onChange,
  t,
}: {
  label: string;
  sheets: string[];
  choice: Choice;
  onChange: (c: Choice) => void;
} & Pick<StepProps, "t">) {
  const sheet = "sheet" in choice ? choice.sheet : PASTE;
  return (
    <>
      <Field label={label}>
        <Dropdown
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
          aria-label={`${label}: ${t.pasteHere}`}
          placeholder={t.pasteHere}
          value={choice.text}
          onChange={(_, d) => onChange({ text: d.value })}
          resize="vertical"
          rows={4}
        />
      )}
    </>
  );
}

/** Two periods side by side: movement with ▲/▼, the biggest first, and the slope chart. */
export function CompareStep({ port, register, t }: StepProps) {
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [previous, setPrevious] = React.useState<Choice>({ text: "" });
  const [current, setCurrent] = React.useState<Choice>({ text: "" });
  const [rule, setRule] = React.useState<PreviousRankRule | "">("");
  const [result, setResult] = React.useState<{
    comparison: Comparison;
    sheet: string;
  } | null>(null);
  const task = useTask(t);
  React.useEffect(() => {
    void port
      .sheetNames()
      .then((names) => {
        setSheets(names);
        // This period is most often the overall ranking the tool wrote in step 4.
        const ranked = names.find(
          (n) => n.startsWith("XH ") && n.includes("TH"),
        );
        if (ranked) setCurrent({ sheet: ranked });
      })
      .catch(() => undefined);
  }, [port]);
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
      return { comparison, sheet: await writeComparison(port, comparison) };
    }, setResult);
  const c = result?.comparison;
  const empty = (x: Choice) => "text" in x && !x.text.trim();
  const number = (v: number | null) =>
    v === null ? "—" : formatVietnameseNumber(v, { decimals: v % 1 ? 1 : 0 });
  return (
    <section aria-label={t.steps.compare}>
      <SourcePicker
        label={t.comparePrevious}
        sheets={sheets}
        choice={previous}
        onChange={setPrevious}
        t={t}
      />
      <SourcePicker
        label={t.compareCurrent}
        sheets={sheets}
        choice={current}
        onChange={setCurrent}
        t={t}
      />
      <Field label={t.rule}>
        <Dropdown
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
        disabled={task.busy || empty(previous) || empty(current)}
        onClick={run}
      >
        {t.runCompare}
      </Button>
      {task.status}
      {c && result && (
        <MessageBar intent="success">
          {t.compared(c.rows.length, result.sheet, c.across)}
        </MessageBar>
      )}
      {c && <MovementChart rows={c.rows} title={t.movementChart} />}
      {c && (
        <Table size="extra-small" aria-label={t.steps.compare}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.rank}</TableHeaderCell>
              <TableHeaderCell>{t.agency}</TableHeaderCell>
              <TableHeaderCell>{t.previousRank}</TableHeaderCell>
              <TableHeaderCell>{t.change}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {byMovement(c.rows).map((r) => (
              <TableRow key={`${r.code ?? r.agency}`}>
                <TableCell>{number(r.rank)}</TableCell>
                <TableCell>
                  {r.agency}
                  {r.predecessors && r.predecessors.length > 1 && (
                    <div style={{ fontSize: "smaller" }}>
                      {t.predecessors}:{" "}
                      {r.predecessors
                        .map((p) => `${p.agency} (${number(p.rank)})`)
                        .join(", ")}
                    </div>
                  )}
                </TableCell>
                <TableCell>{number(r.previous_rank)}</TableCell>
                <TableCell
                  style={{
                    color:
                      (r.movement ?? 0) > 0
                        ? "green"
                        : (r.movement ?? 0) < 0
                          ? "firebrick"
                          : undefined,
                  }}
                >
                  {movementMark(
                    r.movement,
                    "=",
                    r.status === "new" ? t.isNew : "",
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {c && c.gone.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          {t.gone(
            c.gone
              .map((g) =>
                g.merged_into ? `${g.agency} → ${g.merged_into}` : g.agency,
              )
              .join(", "),
          )}
        </MessageBar>
      )}
    </section>
  );
}
