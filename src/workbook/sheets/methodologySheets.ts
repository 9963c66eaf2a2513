/**
 * The methodology on two sheets: settings as key and value (Cài đặt), groups and criteria one row
 * each (Phương pháp). Written from a methodology and read back into one, by the same columns.
 */
import { BLOCK_IDS } from "../../core/agencies/registerSchema";
import type {
  Criterion,
  Group,
  Methodology,
  ScoringRule,
} from "../../core/methodology/methodologySchema";
import {
  MethodologyProblem,
  MethodologyResult,
  validateMethodology,
} from "../../core/methodology/validateMethodology";
import { parseVietnameseNumber } from "../../core/numbers/parseVietnameseNumber";
import { getDefaultRegister } from "../../core/agencies/registerEditions";
import { Msg, MissingSheetError } from "../../core/userError";
import { Cell, PREPARE_FIRST, SheetTable, TableToWrite } from "../workbookPort";
import { column, columnReader, num, sheetTable, TEXT } from "./sheetColumns";
import { METHOD_SHEET, SETTINGS_SHEET } from "./sheetNames";
import { METHOD_ID_KEY, METHOD_NAME_KEY } from "./settingsIdentity";

const SETTINGS_KEYS = {
  id: METHOD_ID_KEY,
  nameVi: METHOD_NAME_KEY,
  nameEn: "Tên phương pháp (tiếng Anh)",
  descriptionVi: "Mô tả",
  descriptionEn: "Mô tả (tiếng Anh)",
  reconstruction: "Tái dựng (không phải văn bản chính thức)",
  source: "Căn cứ (văn bản)",
  sourceEn: "Căn cứ (tiếng Anh)",
  inForce: "Áp dụng cho các năm đánh giá",
  year: "Năm đánh giá",
  blocks: "Khối đánh giá",
  groupDecimals: "Số chữ số thập phân của chỉ số nhóm",
  overallMethod: "Cách tính chỉ số tổng hợp",
  overallDecimals: "Số chữ số thập phân của chỉ số tổng hợp",
  ties: "Xử lý đồng hạng",
  basis: "Cơ sở xếp hạng",
} as const;

/** A row of the methodology sheet: a group with one of its criteria (or none, for a group without). */
interface MethodRow {
  group: Group;
  criterion?: Criterion;
  /** The group's first row: its keywords are written there once. */
  first: boolean;
  /** The group's weight over the sum of the weights: its share of the overall index. */
  share: number | null;
}

const text = (header: string, write: (r: MethodRow) => Cell) =>
  column<MethodRow>(header, TEXT, write);
const number = (header: string, write: (r: MethodRow) => Cell) =>
  column<MethodRow>(header, num(2), write);

/** The words that mark a group's weight as assumed, and its column as the published composite. */
const ASSUMED = "giả định (văn bản không công bố)";
const PUBLISHED = "có";
const marked = (v: Cell) =>
  v !== null && v !== undefined && String(v).trim() !== "";

/** Keywords of a group in one cell: `hạ tầng kỹ thuật; hạ tầng cntt`. */
const KEYWORD_SEPARATOR = "; ";

/** The columns of the methodology sheet, in their order. */
export const METHOD = {
  groupId: text("Mã nhóm", (r) => r.group.id),
  groupName: text("Tên nhóm", (r) => r.group.name.vi),
  weight: number("Trọng số", (r) => r.group.weight),
  points: number("Điểm theo văn bản", (r) =>
    r.first ? (r.group.points ?? null) : null,
  ),
  share: column<MethodRow>("Tỷ trọng trong chỉ số tổng hợp", num(4), (r) =>
    r.first ? r.share : null,
  ),
  assumed: text("Trọng số giả định", (r) =>
    r.first && r.group.assumed ? ASSUMED : null,
  ),
  publishedOverall: text("Chỉ số tổng hợp công bố", (r) =>
    r.first && r.group.publishedOverall ? PUBLISHED : null,
  ),
  source: text("Nguồn số liệu", (r) => r.group.source),
  rescale: text("Chuẩn hóa nhóm", (r) => r.group.rescale),
  criterionId: text("Mã tiêu chí", (r) => r.criterion?.id ?? null),
  criterionName: text("Tên tiêu chí", (r) => r.criterion?.name.vi ?? null),
  rule: text("Quy tắc chấm", (r) => r.criterion?.rule?.type ?? null),
  params: text("Tham số", (r) =>
    r.criterion?.rule ? ruleParams(r.criterion.rule) : null,
  ),
  maxPoints: number("Điểm tối đa", (r) => r.criterion?.maxPoints ?? null),
  direction: text("Chiều", (r) => r.criterion?.direction ?? null),
  missing: text("Khi thiếu số liệu", (r) => r.criterion?.missing ?? null),
  unit: text("Đơn vị", (r) => r.criterion?.unit ?? null),
  groupNameEn: text("Tên nhóm (tiếng Anh)", (r) => r.group.name.en),
  criterionNameEn: text(
    "Tên tiêu chí (tiếng Anh)",
    (r) => r.criterion?.name.en ?? null,
  ),
  keywords: text("Từ khóa nhận bảng", (r) =>
    r.first && r.group.keywords.length
      ? r.group.keywords.join(KEYWORD_SEPARATOR)
      : null,
  ),
  role: text("Vai trò", (r) => r.criterion?.role ?? null),
};

/**
 * Settings with a few allowed codes are written in words and read in words or codes (Vietnamese,
 * English, or the code the command line's JSON uses). The codes stand in a column of their own.
 */
const CHOICES = {
  overallMethod: {
    none: { vi: "Không tính", en: "None" },
    "weighted-arithmetic": {
      vi: "Trung bình cộng có trọng số các chỉ số nhóm",
      en: "Weighted arithmetic mean of the group indices",
    },
    "weighted-geometric": {
      vi: "Trung bình nhân có trọng số các chỉ số nhóm",
      en: "Weighted geometric mean of the group indices",
    },
    "mean-rank": {
      vi: "Trung bình thứ hạng các nhóm",
      en: "Mean of the group ranks",
    },
  },
  ties: {
    competition: {
      vi: "Đồng hạng, bỏ hạng kế tiếp (1, 1, 3)",
      en: "Shared rank, next rank skipped (1, 1, 3)",
    },
    dense: {
      vi: "Đồng hạng, không bỏ hạng (1, 1, 2)",
      en: "Shared rank, no rank skipped (1, 1, 2)",
    },
    ordinal: {
      vi: "Mỗi cơ quan một hạng (1, 2, 3)",
      en: "One rank each (1, 2, 3)",
    },
  },
  basis: {
    published: {
      vi: "Giá trị đã làm tròn như công bố",
      en: "Values rounded as published",
    },
    full: { vi: "Giá trị đủ chữ số", en: "Values in full" },
  },
  blocks: Object.fromEntries(
    getDefaultRegister().blocks.map((b) => [b.id, b.name]),
  ) as Record<(typeof BLOCK_IDS)[number], Msg>,
} satisfies Record<string, Record<string, Msg>>;

/** Words between choices: block names hold commas of their own. */
const CHOICE_SEPARATOR = "; ";

const wordsOf = (choices: Record<string, Msg>, codes: string[]) =>
  codes.map((c) => choices[c]?.vi ?? c).join(CHOICE_SEPARATOR);

/** A setting's words (or codes) back to its codes; anything else stays, for the check to name. */
function codesOf(choices: Record<string, Msg>, text: string): string[] {
  const key = (s: string) =>
    s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  const byWords = new Map<string, string>();
  for (const [code, words] of Object.entries(choices))
    for (const w of [code, words.vi, words.en]) byWords.set(key(w), code);
  return text
    .split(";")
    .flatMap((part) =>
      byWords.has(key(part))
        ? [byWords.get(key(part))!]
        : part.split(",").map((p) => byWords.get(key(p)) ?? p.trim()),
    )
    .filter(Boolean);
}

export function methodologyTables(m: Methodology): TableToWrite[] {
  const yesNo = (b: boolean) => (b ? "Có" : "Không");
  const choice = (
    key: string,
    choices: Record<string, Msg>,
    codes: string[],
  ): SettingRow => [
    key,
    wordsOf(choices, codes),
    Object.values(choices)
      .map((w) => w.vi)
      .join(CHOICE_SEPARATOR),
    Object.keys(choices).join(CHOICE_SEPARATOR),
  ];
  type SettingRow = [string, Cell, string, string];
  const settings: SettingRow[] = [
    [SETTINGS_KEYS.id, m.id, "", ""],
    [SETTINGS_KEYS.nameVi, m.name.vi, "", ""],
    [SETTINGS_KEYS.nameEn, m.name.en, "", ""],
    [SETTINGS_KEYS.descriptionVi, m.description.vi, "", ""],
    [SETTINGS_KEYS.descriptionEn, m.description.en, "", ""],
    [SETTINGS_KEYS.reconstruction, yesNo(m.reconstruction), "Có; Không", ""],
    [SETTINGS_KEYS.source, m.source?.vi ?? null, "", ""],
    [SETTINGS_KEYS.sourceEn, m.source?.en ?? null, "", ""],
    [
      SETTINGS_KEYS.inForce,
      m.inForce ? `${m.inForce.from}–${m.inForce.to ?? ""}` : null,
      "2021–2023; 2024–",
      "",
    ],
    [SETTINGS_KEYS.year, m.year ?? null, "", ""],
    choice(SETTINGS_KEYS.blocks, CHOICES.blocks, m.blocks),
    [SETTINGS_KEYS.groupDecimals, m.groupIndex.decimals, "0–6", ""],
    choice(SETTINGS_KEYS.overallMethod, CHOICES.overallMethod, [
      m.overall.method,
    ]),
    [SETTINGS_KEYS.overallDecimals, m.overall.decimals, "0–6", ""],
    choice(SETTINGS_KEYS.ties, CHOICES.ties, [m.ranking.ties]),
    choice(SETTINGS_KEYS.basis, CHOICES.basis, [m.ranking.basis]),
  ];
  const total = m.groups.reduce((s, g) => s + g.weight, 0);
  const rows = m.groups.flatMap((group): MethodRow[] => {
    const share =
      m.overall.method === "mean-rank" || m.overall.method === "none" || !total
        ? null
        : group.weight / total;
    return group.criteria.length === 0
      ? [{ group, first: true, share }]
      : group.criteria.map((criterion, i) => ({
          group,
          criterion,
          first: i === 0,
          share,
        }));
  });
  return [
    {
      sheet: SETTINGS_SHEET,
      tableName: "CaiDat",
      columns: [
        { header: "Khóa", format: TEXT },
        { header: "Giá trị", format: TEXT },
        { header: "Giá trị hợp lệ", format: TEXT },
        { header: "Mã (dòng lệnh)", format: TEXT },
      ],
      rows: settings.map(([k, v, allowed, codes]) => [
        k,
        v === null ? null : String(v),
        allowed,
        codes,
      ]),
    },
    sheetTable(METHOD_SHEET, "PhuongPhap", Object.values(METHOD), rows),
  ];
}

function ruleParams(rule: ScoringRule): string {
  switch (rule.type) {
    case "ratio":
      return `scale=${rule.scale}`;
    case "count-capped":
      return `pointsPerItem=${rule.pointsPerItem}`;
    case "tiers":
      return `tiers=${rule.tiers.map((t) => `${t.atLeast}:${t.points}`).join("; ")}`;
    default:
      return "";
  }
}

function parseRuleParams(
  type: string,
  params: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = { type };
  for (const part of params.split(/,(?![^;]*:)|\n/)) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(.+?)\s*$/.exec(part);
    if (!m) continue;
    if (m[1] === "tiers") {
      out.tiers = m[2].split(";").map((t) => {
        const [atLeast, points] = t
          .split(":")
          .map((x) => parseVietnameseNumber(x.trim()).value);
        return { atLeast, points };
      });
    } else out[m[1]] = parseVietnameseNumber(m[2]).value;
  }
  return out;
}

/**
 * Rebuilds the methodology from its two sheets; problems name the sheet row they come from. A
 * missing sheet is an error of its own: the user has not done step 1.
 */
export function readMethodology(
  settings: SheetTable | undefined,
  method: SheetTable | undefined,
): MethodologyResult {
  if (!settings) throw new MissingSheetError(SETTINGS_SHEET, PREPARE_FIRST);
  if (!method) throw new MissingSheetError(METHOD_SHEET, PREPARE_FIRST);
  const kv = new Map(
    settings.rows.map((r) => [String(r[0] ?? "").trim(), r[1]]),
  );
  const str = (k: string) => {
    const v = kv.get(k);
    return v === null || v === undefined || v === ""
      ? undefined
      : String(v).trim();
  };
  const number = (k: string) => {
    const v = str(k);
    return v === undefined ? undefined : (parseVietnameseNumber(v).value ?? v);
  };
  const codeOf = (choices: Record<string, Msg>, k: string) => {
    const v = str(k);
    return v === undefined ? undefined : codesOf(choices, v).join(", ");
  };
  const { cell: at } = columnReader(method);
  const groups: Record<string, unknown>[] = [];
  const rowOf = new Map<string, number>();
  method.rows.forEach((row, k) => {
    const gid = at(row, METHOD.groupId);
    if (gid === undefined) return;
    let g = groups.find((x) => x.id === String(gid));
    if (!g) {
      g = {
        id: String(gid),
        name: {
          vi: String(at(row, METHOD.groupName) ?? ""),
          en: String(
            at(row, METHOD.groupNameEn) ?? at(row, METHOD.groupName) ?? "",
          ),
        },
        weight: toNumber(at(row, METHOD.weight) ?? 1),
        ...(at(row, METHOD.points) !== undefined
          ? { points: toNumber(at(row, METHOD.points)!) }
          : {}),
        assumed: marked(at(row, METHOD.assumed) ?? null),
        publishedOverall: marked(at(row, METHOD.publishedOverall) ?? null),
        source: at(row, METHOD.source) ?? "criteria",
        rescale: at(row, METHOD.rescale) ?? "none",
        keywords: [],
        criteria: [],
      };
      groups.push(g);
      rowOf.set(`groups.${groups.length - 1}`, method.headerRow + 1 + k);
    }
    const keywords = at(row, METHOD.keywords);
    if (keywords !== undefined)
      (g.keywords as string[]).push(
        ...String(keywords)
          .split(/[;\n]/)
          .map((k) => k.trim())
          .filter(Boolean),
      );
    const cid = at(row, METHOD.criterionId);
    if (cid === undefined) return;
    const type = at(row, METHOD.rule);
    const criteria = g.criteria as Record<string, unknown>[];
    criteria.push({
      id: String(cid),
      name: {
        vi: String(at(row, METHOD.criterionName) ?? ""),
        en: String(
          at(row, METHOD.criterionNameEn) ??
            at(row, METHOD.criterionName) ??
            "",
        ),
      },
      ...(type !== undefined
        ? {
            rule: parseRuleParams(
              String(type),
              String(at(row, METHOD.params) ?? ""),
            ),
          }
        : {}),
      maxPoints: toNumber(at(row, METHOD.maxPoints) ?? 1),
      direction: at(row, METHOD.direction) ?? "higher",
      missing: at(row, METHOD.missing) ?? "zero",
      ...(at(row, METHOD.unit) !== undefined
        ? { unit: String(at(row, METHOD.unit)) }
        : {}),
      ...(at(row, METHOD.role) !== undefined
        ? { role: String(at(row, METHOD.role)).trim() }
        : {}),
    });
    rowOf.set(
      `groups.${groups.length - 1}.criteria.${criteria.length - 1}`,
      method.headerRow + 1 + k,
    );
  });
  for (const g of groups)
    if (g.source === "count")
      g.countOf = (g.criteria as { id: string }[]).map((c) => c.id);

  const candidate = {
    id: str(SETTINGS_KEYS.id),
    name: {
      vi: str(SETTINGS_KEYS.nameVi),
      en: str(SETTINGS_KEYS.nameEn) ?? str(SETTINGS_KEYS.nameVi),
    },
    description: {
      vi: str(SETTINGS_KEYS.descriptionVi) ?? "—",
      en:
        str(SETTINGS_KEYS.descriptionEn) ??
        str(SETTINGS_KEYS.descriptionVi) ??
        "—",
    },
    reconstruction: /^(có|co|yes|true|1)$/i.test(
      str(SETTINGS_KEYS.reconstruction) ?? "",
    ),
    ...(str(SETTINGS_KEYS.year) ? { year: number(SETTINGS_KEYS.year) } : {}),
    ...(str(SETTINGS_KEYS.source)
      ? {
          source: {
            vi: str(SETTINGS_KEYS.source),
            en: str(SETTINGS_KEYS.sourceEn) ?? str(SETTINGS_KEYS.source),
          },
        }
      : {}),
    ...inForceOf(str(SETTINGS_KEYS.inForce)),
    blocks: codesOf(CHOICES.blocks, str(SETTINGS_KEYS.blocks) ?? ""),
    groupIndex: { decimals: number(SETTINGS_KEYS.groupDecimals) ?? 3 },
    groups,
    overall: {
      method:
        codeOf(CHOICES.overallMethod, SETTINGS_KEYS.overallMethod) ?? "none",
      decimals: number(SETTINGS_KEYS.overallDecimals) ?? 3,
    },
    ranking: {
      ties: codeOf(CHOICES.ties, SETTINGS_KEYS.ties) ?? "competition",
      basis: codeOf(CHOICES.basis, SETTINGS_KEYS.basis) ?? "published",
    },
  };
  const result = validateMethodology(candidate);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((p) => locateProblem(p, rowOf, method.sheet)),
  };
}

function locateProblem(
  p: MethodologyProblem,
  rowOf: Map<string, number>,
  sheet: string,
): MethodologyProblem {
  const parts = p.path.split(".");
  for (let len = Math.min(parts.length, 4); len >= 2; len--) {
    const row = rowOf.get(parts.slice(0, len).join("."));
    if (row)
      return {
        ...p,
        where: {
          vi: `${sheet}, dòng ${row} — ${p.where.vi}`,
          en: `${sheet}, row ${row} — ${p.where.en}`,
        },
      };
  }
  return p.path.startsWith("groups")
    ? p
    : {
        ...p,
        where: {
          vi: `${SETTINGS_SHEET} — ${p.where.vi}`,
          en: `${SETTINGS_SHEET} — ${p.where.en}`,
        },
      };
}

/** `2021–2023` or `2024–` back to years; anything else stays, for the check to name. */
function inForceOf(v: string | undefined): { inForce?: unknown } {
  if (v === undefined) return {};
  const m = /^\s*(\d{4})\s*[–-]\s*(\d{4})?\s*$/.exec(v);
  return {
    inForce: m
      ? { from: Number(m[1]), ...(m[2] ? { to: Number(m[2]) } : {}) }
      : v,
  };
}

function toNumber(v: Cell): unknown {
  if (typeof v === "number") return v;
  const parsed = parseVietnameseNumber(v);
  return parsed.value ?? v;
}
