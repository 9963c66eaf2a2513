import {
  Button,
  Field,
  MessageBar,
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
import { isResolved } from "../../core/agencies/matchAgency";
import { formatVietnameseNumber } from "../../core/numbers/formatVietnameseNumber";
import {
  importPasted,
  PastePreview,
  previewPaste,
  workbookMethodology,
} from "../../workbook/actions";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

export function PasteStep({ port, register, t, lang }: StepProps) {
  const [text, setText] = React.useState("");
  const [preview, setPreview] = React.useState<PastePreview | null>(null);
  const [result, setResult] = React.useState<{
    written: number;
    skipped: string[];
    sheet: string;
  } | null>(null);
  const task = useTask(t);
  const table = preview?.table;
  return (
    <section aria-label={t.steps.paste}>
      <Field label={t.pasteLabel}>
        <Textarea
          value={text}
          onChange={(_, d) => (
            setText(d.value),
            setPreview(null),
            setResult(null)
          )}
          rows={6}
          resize="vertical"
        />
      </Field>
      <Button
        disabled={text.trim() === ""}
        onClick={() => setPreview(previewPaste(text, register))}
      >
        {t.preview}
      </Button>
      {preview?.problem && (
        <MessageBar intent="warning">{preview.problem[lang]}</MessageBar>
      )}
      {table && (
        <>
          <MessageBar intent="info">
            {t.recognised(
              table.block ? register.blockName(table.block, lang) : "?",
              table.group ?? "?",
              table.rows.length,
            )}{" "}
            {t.doubtful}
          </MessageBar>
          <Button
            appearance="primary"
            disabled={task.busy}
            onClick={() =>
              task.run(
                async () =>
                  importPasted(port, await workbookMethodology(port), table),
                setResult,
              )
            }
          >
            {t.confirmImport}
          </Button>
          {task.status}
          {result && (
            <MessageBar intent={result.skipped.length ? "warning" : "success"}>
              {t.imported(result.written, result.sheet)}{" "}
              {result.skipped.length
                ? t.skipped(result.skipped.join(", "))
                : ""}
            </MessageBar>
          )}
          <Table size="extra-small" aria-label={t.preview}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.rank}</TableHeaderCell>
                <TableHeaderCell>{t.agency}</TableHeaderCell>
                <TableHeaderCell>{t.value}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.flatMap((r) =>
                r.agencies.map((m, k) => {
                  const doubtful =
                    !isResolved(m) || m.confidence < 1 || m.status !== "exact";
                  return (
                    <TableRow key={`${r.line}-${k}`}>
                      <TableCell>{r.publishedRank.value ?? "—"}</TableCell>
                      <TableCell
                        style={
                          doubtful
                            ? { color: tokens.colorPaletteRedForeground1 }
                            : undefined
                        }
                        title={
                          doubtful ? `${t.printedAs}: ${m.input}` : undefined
                        }
                      >
                        {m.agency?.name ?? m.name}
                        {doubtful && m.agency ? ` (${m.input.trim()})` : ""}
                      </TableCell>
                      <TableCell>
                        {r.value.value === null
                          ? r.value.text || "—"
                          : formatVietnameseNumber(r.value.value, {
                              decimals: r.value.decimals,
                            })}
                      </TableCell>
                    </TableRow>
                  );
                }),
              )}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
