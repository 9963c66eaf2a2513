/**
 * Paste a ranked table copied from a report and see it recomputed: the same engine as
 * `chiso rank`. Works outside Excel too; nothing here touches the workbook.
 */
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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import type { TieMethod } from "../core/methodology/methodologySchema";
import { formatVietnameseNumber } from "../core/numbers/formatVietnameseNumber";
import { parseRankedTables } from "../core/tables/parseRankedTables";
import { rerankTable, RerankedTable } from "../core/tables/rerankTable";
import { Lang, STRINGS } from "./strings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  differs: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  doubtful: { color: tokens.colorPaletteRedForeground1 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

export function PastedTablePanel({ register, lang }: { register: AgencyRegister; lang: Lang }) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [text, setText] = React.useState("");
  const [ties, setTies] = React.useState<TieMethod>("competition");
  const [result, setResult] = React.useState<{ tables: RerankedTable[]; problem?: { vi: string; en: string } } | null>(null);

  const rerank = () => {
    const parsed = parseRankedTables(text, register);
    setResult({ tables: parsed.tables.map((table) => rerankTable(table, ties)), problem: parsed.problem });
  };

  return (
    <div className={styles.stack}>
      <Field label={t.pasteLabel}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} placeholder={t.pastePlaceholder} rows={8} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Field label={t.ties}>
          <Dropdown value={ties} selectedOptions={[ties]} onOptionSelect={(_, d) => setTies(d.optionValue as TieMethod)}>
            <Option value="competition">competition (1, 1, 3)</Option>
            <Option value="dense">dense (1, 1, 2)</Option>
            <Option value="ordinal">ordinal (1, 2, 3)</Option>
          </Dropdown>
        </Field>
        <Button appearance="primary" onClick={rerank} disabled={text.trim() === ""}>
          {t.rerank}
        </Button>
        <Button onClick={() => { setText(""); setResult(null); }}>{t.clear}</Button>
      </div>
      {result?.problem && <MessageBar intent="warning">{result.problem[lang]}</MessageBar>}
      {result?.tables.map((table, k) => (
        <section key={k} aria-label={table.title ?? t.rerank}>
          {table.title && <h3>{table.title}</h3>}
          <MessageBar intent={table.differences ? "warning" : "success"}>
            {table.differences ? t.someDiffer(table.differences, table.rows.length) : t.allMatch(table.rows.length)}
          </MessageBar>
          <Table size="small" aria-label={table.title ?? t.rerank}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.rank}</TableHeaderCell>
                <TableHeaderCell>{t.published}</TableHeaderCell>
                <TableHeaderCell>{t.agency}</TableHeaderCell>
                <TableHeaderCell>{t.value}</TableHeaderCell>
                <TableHeaderCell>{t.notes}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((r, i) => (
                <TableRow key={i} className={r.difference ? styles.differs : undefined}>
                  <TableCell className={styles.number}>{r.rank ?? "—"}</TableCell>
                  <TableCell className={styles.number}>{r.published_rank ?? "—"}</TableCell>
                  <TableCell className={r.match.confidence < 1 || !r.code ? styles.doubtful : undefined}>{r.agency}</TableCell>
                  <TableCell className={styles.number}>{r.value === null ? "—" : formatVietnameseNumber(r.value, { decimals: table.measure === "index" ? 3 : 0 })}</TableCell>
                  <TableCell>
                    {[r.difference ? t.difference[r.difference] : "", !r.code ? t.unknownName(r.input_name) : r.match.status !== "exact" ? t.nameVariant(r.input_name) : ""].filter(Boolean).join("; ")}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ))}
    </div>
  );
}
