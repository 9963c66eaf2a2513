/**
 * The user's word on a pasted table: the role of each column, the block of agencies, and the
 * group its figures belong to. Recognition proposes each; a choice here is read again at once.
 */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import * as React from "react";
import { BLOCK_IDS, BlockId } from "../../../core/agencies/registerSchema";
import type { Lang } from "../../../core/msg";
import type {
  ColumnOverrides,
  RecognisedTable,
} from "../../../core/tables/recognise/types";
import type { TargetOption } from "../../../steps/paste";
import { useLayout } from "../../components/layout";
import type { Strings } from "../../strings";

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

export function TableChoices({
  shown,
  choices,
  change,
  blockName,
  group,
  t,
  lang,
}: {
  shown: RecognisedTable;
  choices: ColumnOverrides;
  /** The choices changed, for this table: read it again. */
  change: (next: ColumnOverrides) => void;
  blockName: (b: BlockId) => string;
  /** Where the figures may go, with the one chosen; absent when the table is no ranking. */
  group?: { options: TargetOption[]; target: string | undefined };
  t: Strings;
  lang: Lang;
}) {
  const l = useLayout();
  const auto = (roles: Choice[]) =>
    t.auto(roles.map((r) => t.roles[r]).join(" + "));
  const blockAuto = t.auto(shown.block ? blockName(shown.block) : "—");
  return (
    <fieldset className={l.fieldset}>
      <legend>{t.columnRoles}</legend>
      {columnsOf(shown).map((c) => {
        const mine = chosen(choices, c.source + 1);
        return (
          <Field key={c.source} label={t.columnLabel(c.source + 1, c.header)}>
            <Dropdown
              className={l.fit}
              value={mine ? t.roles[mine] : auto(c.roles)}
              selectedOptions={[mine ?? "auto"]}
              onOptionSelect={(_, d) =>
                change(
                  choose(
                    choices,
                    c.source + 1,
                    d.optionValue as Choice | "auto",
                  ),
                )
              }
            >
              <Option value="auto" text={auto(c.roles)}>
                {auto(c.roles)}
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
          className={l.fit}
          value={choices.block ? blockName(choices.block) : blockAuto}
          selectedOptions={[choices.block ?? "auto"]}
          onOptionSelect={(_, d) => {
            const next = { ...choices };
            if (d.optionValue === "auto") delete next.block;
            else next.block = d.optionValue as BlockId;
            change(next);
          }}
        >
          <Option value="auto" text={t.auto("")}>
            {blockAuto}
          </Option>
          {BLOCK_IDS.map((b) => (
            <Option key={b} value={b} text={blockName(b)}>
              {blockName(b)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {group && (
        <Field label={t.groupLabel}>
          <Dropdown
            className={l.fit}
            placeholder={t.groupChoose}
            value={
              group.target === undefined
                ? ""
                : (group.options.find((o) => o.value === group.target)?.label[
                    lang
                  ] ?? group.target)
            }
            selectedOptions={group.target === undefined ? [] : [group.target]}
            onOptionSelect={(_, d) =>
              change({ ...choices, group: d.optionValue ?? "" })
            }
          >
            {group.options.map((o) => (
              <Option
                key={`${o.kind}:${o.value}`}
                value={o.value}
                text={o.label[lang]}
              >
                {o.label[lang]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </fieldset>
  );
}
