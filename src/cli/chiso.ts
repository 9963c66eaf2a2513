/** The `chiso` command: argument parsing and dispatch. Returns the exit code. */
import { parseArgs } from "util";
import { TieMethod } from "../core/methodology/methodologySchema";
import { Lang, UserError } from "../core/userError";
import { CliError, Io, sayBoth } from "./cliError";
import { getRegisters } from "../core/agencies/registerEditions";
import {
  PREVIOUS_RANK_RULES,
  PreviousRankRule,
} from "../core/ranking/comparePeriods";
import { checkCommand } from "./commands/check";
import { regroupCommand } from "./commands/regroup";
import { REGROUP_RULES, RegroupRule } from "../core/agencies/regroup";
import { compareCommand } from "./commands/compare";
import { demoCommand } from "./commands/demo";
import { rankCommand } from "./commands/rank";
import { sensitivityCommand, uncertaintyNumber } from "./commands/sensitivity";
import { templateCommand } from "./commands/template";
import { groupOption, methodologyOf, parseOverrides } from "./options";
import { closest, invalidArguments, usageOf } from "./usage";
import { version as VERSION } from "../../package.json";

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UserError) {
      io.err(sayBoth(e));
      return e instanceof CliError ? e.exitCode : 2;
    }
    // Not the data's fault and not the user's: exit 3, apart from 1 (errors found in the data)
    // and 2 (unusable input), with what to send so that it can be fixed.
    io.err(
      [
        `Lỗi của chương trình (không phải của số liệu): ${(e as Error).message}`,
        "Hãy báo cho người bảo trì chiso, kèm lệnh đã chạy, phiên bản (chiso --version) và nội dung dưới đây; gửi kèm tệp đầu vào nếu được phép.",
        `A fault in the program (not in the data): ${(e as Error).message}`,
        "Please report it to the maintainers of chiso with the command run, the version (chiso --version) and what follows; include the input file if you may.",
        String((e as Error).stack ?? e),
      ].join("\n"),
    );
    return 3;
  }
}

const OPTIONS = {
  ties: { type: "string", default: "competition" },
  json: { type: "boolean", default: false },
  out: { type: "string" },
  methodology: { type: "string" },
  year: { type: "string" },
  to: { type: "string" },
  force: { type: "boolean", default: false },
  columns: { type: "string" },
  block: { type: "string" },
  group: { type: "string" },
  rule: { type: "string" },
  register: { type: "string" },
  draws: { type: "string" },
  spread: { type: "string" },
  seed: { type: "string" },
  points: { type: "boolean", default: false },
  aggregation: { type: "boolean", default: false },
  normalisation: { type: "boolean", default: false },
  lang: { type: "string" },
} as const;

const COMMANDS = [
  "rank",
  "check",
  "compare",
  "regroup",
  "template",
  "sensitivity",
  "demo",
];
const HELP = ["--help", "-h", "help"];

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-v") {
    io.out(`chiso ${VERSION}`);
    return 0;
  }
  if (!command || HELP.includes(command)) {
    // `chiso help rank` is `chiso rank --help`.
    const about = COMMANDS.includes(rest[0]) ? rest[0] : undefined;
    io.out(usageOf(about, languageOf(argv, io)));
    return command ? 0 : 2;
  }
  if (
    COMMANDS.includes(command) &&
    rest.some((a) => a === "--help" || a === "-h")
  ) {
    io.out(usageOf(command, languageOf(argv, io)));
    return 0;
  }
  let parsed: {
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
  };
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: OPTIONS,
    });
  } catch (e) {
    throw new CliError(
      invalidArguments((e as Error).message, Object.keys(OPTIONS)),
    );
  }
  const { values, positionals } = parsed;
  io = { ...io, lang: languageOf(argv, io) };
  const str = (k: string) => String(values[k]);
  const year = yearOption(values.year as string | undefined);
  // `check` weighs composites by a methodology only when one is named.
  const named = values.methodology as string | undefined;
  const methodology = methodologyOf(named ?? "mac-dinh-tai-dung", year);
  const group = values.group as string | undefined;
  const parsedOverrides = parseOverrides(
    values.columns as string | undefined,
    values.block as string | undefined,
  );
  const overrides =
    group === undefined
      ? parsedOverrides
      : { ...parsedOverrides, group: groupOption(group, methodology) };
  const editions = editionsOf(values.register as string | undefined);
  switch (command) {
    case "compare": {
      if (positionals.length !== 2)
        throw new CliError({
          vi: "Cần đúng hai tệp, kỳ trước trước: chiso compare OLD NEW",
          en: "Expected exactly two files, the previous period first: chiso compare OLD NEW",
        });
      const rule = values.rule as string | undefined;
      if (rule !== undefined && !PREVIOUS_RANK_RULES.includes(rule as never))
        throw new CliError({
          vi: `--rule phải là best hoặc mean (đang là “${rule}”).`,
          en: `--rule must be best or mean (got “${rule}”).`,
        });
      return compareCommand(
        [positionals[0], positionals[1]],
        {
          json: values.json === true,
          ...(rule ? { rule: rule as PreviousRankRule } : {}),
          ...(editions ? { editions } : {}),
        },
        io,
      );
    }
    case "rank": {
      const ties = TieMethod.safeParse(values.ties);
      if (!ties.success)
        throw new CliError({
          vi: `--ties phải là competition, dense hoặc ordinal (đang là “${str("ties")}”).`,
          en: `--ties must be competition, dense or ordinal (got “${str("ties")}”).`,
        });
      if (positionals.length !== 1)
        throw new CliError({
          vi: "Cần đúng một tệp: chiso rank FILE",
          en: "Expected exactly one file: chiso rank FILE",
        });
      return rankCommand(
        positionals[0],
        {
          ties: ties.data,
          json: values.json === true,
          ...(overrides ? { overrides } : {}),
          ...(editions ? { edition: editions.current } : {}),
          methodology,
        },
        io,
      );
    }
    case "check":
      if (positionals.length === 0)
        throw new CliError({
          vi: "Cần ít nhất một tệp: chiso check FILE...",
          en: "Expected at least one file: chiso check FILE...",
        });
      return checkCommand(
        positionals,
        {
          json: values.json === true,
          ...(overrides ? { overrides } : {}),
          ...(editions ? { edition: editions.current } : {}),
          ...(named ? { methodology } : {}),
        },
        io,
      );
    case "regroup": {
      if (positionals.length !== 1)
        throw new CliError({
          vi: "Cần đúng một tệp: chiso regroup FILE --to 2025",
          en: "Expected exactly one file: chiso regroup FILE --to 2025",
        });
      const known = getRegisters().all.map((r) => r.edition);
      const to = values.to as string | undefined;
      if (to === undefined || !known.includes(to))
        throw new CliError({
          vi: `--to phải là một danh mục đơn vị: ${known.join(", ")} (đang là “${to ?? ""}”).`,
          en: `--to must be an agency register: ${known.join(", ")} (got “${to ?? ""}”).`,
        });
      const rule = values.rule as string | undefined;
      if (rule !== undefined && !REGROUP_RULES.includes(rule as never))
        throw new CliError({
          vi: `--rule phải là ${REGROUP_RULES.join(", ")} (đang là “${rule}”).`,
          en: `--rule must be ${REGROUP_RULES.join(", ")} (got “${rule}”).`,
        });
      return regroupCommand(
        positionals[0],
        {
          to,
          json: values.json === true,
          ...(rule ? { rule: rule as RegroupRule } : {}),
          ...(overrides ? { overrides } : {}),
          ...(editions ? { edition: editions.current } : {}),
        },
        io,
      );
    }
    case "template":
      if (positionals.length !== 1 || !/\.xlsx$/i.test(positionals[0]))
        throw new CliError({
          vi: "Cần tên tệp .xlsx: chiso template OUT.xlsx",
          en: "Expected an .xlsx file name: chiso template OUT.xlsx",
        });
      return templateCommand(
        positionals[0],
        { methodology, force: values.force === true },
        io,
      );
    case "sensitivity": {
      if (positionals.length !== 1)
        throw new CliError({
          vi: "Cần đúng một sổ tính: chiso sensitivity FILE.xlsx",
          en: "Expected exactly one workbook: chiso sensitivity FILE.xlsx",
        });
      const number = (k: "draws" | "spread" | "seed") =>
        uncertaintyNumber(k, values[k] as string | undefined);
      const [draws, spread, seed] = [
        number("draws"),
        number("spread"),
        number("seed"),
      ];
      const out = values.out as string | undefined;
      if (out !== undefined && !/\.xlsx$/i.test(out))
        throw new CliError({
          vi: "--out cần tên tệp .xlsx.",
          en: "--out needs an .xlsx file name.",
        });
      return sensitivityCommand(
        positionals[0],
        {
          json: values.json === true,
          force: values.force === true,
          points: values.points === true,
          aggregation: values.aggregation === true,
          normalisation: values.normalisation === true,
          ...(draws !== undefined ? { draws } : {}),
          ...(spread !== undefined ? { spread } : {}),
          ...(seed !== undefined ? { seed } : {}),
          ...(overrides?.block ? { block: overrides.block } : {}),
          ...(out ? { out } : {}),
        },
        io,
      );
    }
    case "demo":
      return demoCommand(
        {
          out: (values.out as string | undefined) ?? "chiso-demo",
          json: values.json === true,
          force: values.force === true,
        },
        io,
      );
    default: {
      const like = closest(command, COMMANDS);
      throw new CliError({
        vi: `Không có lệnh “${command}”.${like ? ` Có phải “chiso ${like}”?` : ""} Các lệnh: ${COMMANDS.join(", ")}; xem “chiso --help”.`,
        en: `Unknown command “${command}”.${like ? ` Did you mean “chiso ${like}”?` : ""} The commands: ${COMMANDS.join(", ")}; see “chiso --help”.`,
      });
    }
  }
}

/** `--lang en`, else the `CHISO_LANG` the caller's environment gives, else Vietnamese. */
function languageOf(argv: string[], io: Io): Lang {
  const at = argv.indexOf("--lang");
  const asked =
    at >= 0
      ? argv[at + 1]
      : (argv.find((a) => a.startsWith("--lang="))?.slice(7) ?? io.lang);
  if (asked === undefined || asked === "vi" || asked === "en")
    return asked ?? "vi";
  throw new CliError({
    vi: `--lang phải là vi hoặc en (đang là “${asked}”).`,
    en: `--lang must be vi or en (got “${asked}”).`,
  });
}

/** `--register 2025` (every table) or `--register 2016,2025` (previous, current). */
/** `--year N`: the year of assessment an alias (`dti-tinh`) is resolved for. */
function yearOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim()) || +text < 2000 || +text > 2100)
    throw new CliError({
      vi: `--year phải là một năm đánh giá, ví dụ 2023 (đang là “${text}”).`,
      en: `--year must be a year of assessment, e.g. 2023 (got “${text}”).`,
    });
  return Number(text);
}

function editionsOf(
  text: string | undefined,
): { previous: string; current: string } | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(",").map((p) => p.trim());
  const known = getRegisters().all.map((r) => r.edition);
  if (parts.length > 2 || parts.some((p) => !known.includes(p)))
    throw new CliError({
      vi: `--register phải là một trong ${known.join(", ")}, hoặc hai năm cách dấu phẩy cho compare (đang là “${text}”).`,
      en: `--register must be one of ${known.join(", ")}, or two years separated by a comma for compare (got “${text}”).`,
    });
  return { previous: parts[0], current: parts[parts.length - 1] };
}
