import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  Option,
  Slider,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import * as React from "react";
import type { BlockId } from "../../core/agencies/registerSchema";
import { formatVietnameseNumber } from "../../core/numbers/formatVietnameseNumber";
import { movementMark } from "../../core/ranking/movement";
import {
  rerank,
  saveScenario,
  startWhatIf,
  WhatIfSession,
} from "../../workbook/actions";
import { useTask } from "../useTask";
import type { StepProps } from "./stepProps";

export function WhatIfStep({ port, register, t, lang }: StepProps) {
  const [session, setSession] = React.useState<WhatIfSession | null>(null);
  const [block, setBlock] = React.useState<BlockId | null>(null);
  const [weights, setWeights] = React.useState<Record<string, number>>({});
  const [name, setName] = React.useState("1");
  const [saved, setSaved] = React.useState<string | null>(null);
  const task = useTask(t);
  const own = React.useMemo(
    () =>
      Object.fromEntries(
        session?.methodology.groups.map((g) => [g.id, g.weight]) ?? [],
      ),
    [session],
  );
  // Re-ranking is a pure, sub-millisecond computation: it follows the slider on every move.
  const rows = React.useMemo(
    () => (session && block ? rerank(session, block, weights) : []),
    [session, block, weights],
  );
  const start = (s: WhatIfSession) => {
    setSession(s);
    // Open on the block with the most figures: the one the user has been working on.
    const filled = (b: WhatIfSession["blocks"][number]) =>
      b.base.groups.reduce(
        (n, g) => n + g.values.filter((v) => !Number.isNaN(v)).length,
        0,
      );
    setBlock(
      [...s.blocks].sort((a, b) => filled(b) - filled(a))[0]?.block ?? null,
    );
    setWeights(
      Object.fromEntries(s.methodology.groups.map((g) => [g.id, g.weight])),
    );
  };
  const setWeight = (id: string, value: number) =>
    setWeights((w) => ({
      ...w,
      [id]: Math.max(0, Math.min(10, Number.isFinite(value) ? value : 0)),
    }));
  return (
    <section aria-label={t.steps.whatIf}>
      <Button
        appearance="primary"
        disabled={task.busy}
        onClick={() => task.run(() => startWhatIf(port, register), start)}
      >
        {t.startWhatIf}
      </Button>
      {task.status}
      {session && (
        <>
          <Field label={t.block}>
            <Dropdown
              value={session.blocks.find((b) => b.block === block)?.name ?? ""}
              selectedOptions={block ? [block] : []}
              onOptionSelect={(_, d) => setBlock(d.optionValue as BlockId)}
            >
              {session.blocks.map((b) => (
                <Option key={b.block} value={b.block}>
                  {b.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {session.methodology.groups
            .filter(
              (g) =>
                session.methodology.overall.method === "mean-rank" ||
                g.source !== "count",
            )
            .map((g) => (
              <Field key={g.id} label={`${t.weight} ${g.id} — ${g.name[lang]}`}>
                <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
                  <Slider
                    min={0}
                    max={10}
                    step={0.5}
                    value={weights[g.id] ?? 0}
                    onChange={(_, d) => setWeight(g.id, d.value)}
                    aria-label={`${t.weight} ${g.id}`}
                    style={{ flex: 1, minWidth: 0 }}
                  />
                  <SpinButton
                    value={weights[g.id] ?? 0}
                    min={0}
                    max={10}
                    step={0.5}
                    onChange={(_, d) =>
                      setWeight(g.id, d.value ?? Number(d.displayValue))
                    }
                    aria-label={`${t.weight} ${g.id} (số)`}
                    style={{ width: 72 }}
                  />
                </div>
              </Field>
            ))}
          <div
            style={{
              display: "flex",
              gap: 8,
              flexWrap: "wrap",
              alignItems: "end",
            }}
          >
            <Button onClick={() => setWeights({ ...own })}>{t.reset}</Button>
            <Field label={t.scenarioName}>
              <Input
                value={name}
                onChange={(_, d) => setName(d.value)}
                style={{ width: 120 }}
              />
            </Field>
            <Button
              disabled={task.busy || !name.trim()}
              onClick={() =>
                task.run(
                  () => saveScenario(port, name.trim(), weights, rows),
                  setSaved,
                )
              }
            >
              {t.saveScenario}
            </Button>
          </div>
          {saved && <MessageBar intent="success">{t.saved(saved)}</MessageBar>}
          <Table size="extra-small" aria-label={t.steps.whatIf}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.rank}</TableHeaderCell>
                <TableHeaderCell>{t.agency}</TableHeaderCell>
                <TableHeaderCell>{t.value}</TableHeaderCell>
                <TableHeaderCell>{t.change}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.code}>
                  <TableCell>{r.rank ?? "—"}</TableCell>
                  <TableCell>{r.name}</TableCell>
                  <TableCell>
                    {r.value === null
                      ? "—"
                      : formatVietnameseNumber(r.value, { decimals: 3 })}
                  </TableCell>
                  <TableCell>{movementMark(r.change)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
