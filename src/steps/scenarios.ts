/**
 * Scenarios: the weights tried in step 5 and the ranking they give, saved to sheets of their
 * own, never one over another without the user's word.
 */
import { formatNumber } from "../core/numbers/formatNumber";
import type { WhatIfRow } from "../core/scoring/whatIf";
import { Lang, ScenarioExistsError } from "../core/userError";
import { safeSheetName } from "../workbook/sheets";
import type { WorkbookPort } from "../workbook/workbookPort";
import { tableNameOf } from "../workbook/writeRules";
import { column, HEADER, number, outputTable, TEXT } from "./outputColumns";

/** A scenario sheet: `KB<number> <name, cut>`; the number makes it unique, the title keeps the name. */
const SCENARIO_SHEET = /^KB(\d+)(?: |$)/;
const SCENARIO_TITLE = /^(?:Kịch bản|Scenario) “(.*)”: /;

/**
 * Saves a scenario (the weights and the ranking they give) to a sheet of its own, named by a
 * number no other scenario sheet has and the start of its name; the full name is in its title.
 * A scenario of the same name is replaced only with `replace` (ScenarioExistsError otherwise).
 */
export async function saveScenario(
  port: WorkbookPort,
  name: string,
  weights: Record<string, number>,
  rows: WhatIfRow[],
  options: {
    replace?: boolean;
    points?: Record<string, number>;
    lang?: Lang;
  } = {},
): Promise<string> {
  const lang = options.lang ?? "vi";
  const saved: { sheet: string; k: number; name?: string }[] = [];
  for (const sheet of await port.sheetNames()) {
    const m = SCENARIO_SHEET.exec(sheet);
    if (!m) continue;
    const title = (await port.readTable(sheet))?.title ?? "";
    saved.push({
      sheet,
      k: Number(m[1]),
      name: SCENARIO_TITLE.exec(title)?.[1],
    });
  }
  const same = saved.find(
    (x) => x.name?.trim().toLowerCase() === name.trim().toLowerCase(),
  );
  if (same && !options.replace) throw new ScenarioExistsError(name, same.sheet);
  let k = 1;
  while (saved.some((x) => x.k === k)) k++;
  const sheet = same?.sheet ?? safeSheetName(`KB${k} ${name}`);
  const title = `${lang === "vi" ? "Kịch bản" : "Scenario"} “${name}”: ${lang === "vi" ? "trọng số" : "weights"} ${Object.entries(
    weights,
  )
    .map(
      ([g, w]) =>
        `${g} = ${formatNumber(w, { decimals: w % 1 ? 2 : 0, lang })}`,
    )
    .join(", ")}${
    Object.keys(options.points ?? {}).length
      ? `; ${lang === "vi" ? "điểm tiêu chí" : "criterion points"} ${Object.entries(
          options.points!,
        )
          .map(
            ([c, p]) =>
              `${c} = ${formatNumber(p, { decimals: p % 1 ? 2 : 0, lang })}`,
          )
          .join(", ")}`
      : ""
  }`;
  await port.writeTables(
    [
      outputTable<WhatIfRow>(
        {
          sheet,
          tableName: tableNameOf(
            "KichBan",
            same ? SCENARIO_SHEET.exec(sheet)![1] : k,
          ),
          title,
          columns: [
            column(HEADER.rank, number(0), (r) => r.rank, true),
            column(HEADER.agency, TEXT, (r) => r.agency),
            column(
              { vi: "Chỉ số tổng hợp", en: "Overall index" },
              number(3),
              (r) => r.value,
            ),
            column(
              {
                vi: "Hạng theo trọng số gốc",
                en: "Rank with the methodology's weights",
              },
              number(0),
              (r) => r.baseRank,
            ),
            column(
              { vi: "Thay đổi", en: "Change" },
              number(0),
              (r) => r.movement,
            ),
          ],
          rows,
        },
        lang,
      ),
    ],
    { owned: true },
  );
  return sheet;
}
