/**
 * The structured sheets: which sheet holds what, with which columns. The same layouts serve the
 * .xlsx template, the sample workbook and (next) the add-in. Pure functions: methodology and
 * register in, tables out; tables in, methodology and block inputs out.
 */
import type { AgencyRegister } from "../core/agencies/agencyRegister";
import { isResolved, matcherCache } from "../core/agencies/matchAgency";
import { BLOCK_IDS, BlockId } from "../core/agencies/registerSchema";
import type {
  Criterion,
  Group,
  Methodology,
  ScoringRule,
} from "../core/methodology/methodologySchema";
import {
  MethodologyProblem,
  MethodologyResult,
  validateMethodology,
} from "../core/methodology/validateMethodology";
import {
  ExpectedKind,
  parseVietnameseNumber,
} from "../core/numbers/parseVietnameseNumber";
import type { BlockInput } from "../core/scoring/scoreBlock";
import { MissingSheetError } from "../core/userError";
import { tableNameOf } from "./writeRules";
import { columnLetter } from "../core/tables/layout/columnLetter";
import {
  Cell,
  ColumnSpec,
  PREPARE_FIRST,
  SheetTable,
  TableToWrite,
} from "./workbookPort";

export const SETTINGS_SHEET = "Cài đặt";

export const METHOD_SHEET = "Phương pháp";
export const RULES_SHEET = "Quy tắc";
export const RULES_COLUMNS = [
  "Mã quy tắc",
  "Trang tính",
  "Quy tắc",
  "Mức độ",
  "Sai số",
  "Mô tả",
] as const;

const TEXT: ColumnSpec["format"] = { kind: "text" };
const num = (decimals: number): ColumnSpec["format"] => ({
  kind: "number",
  decimals,
});

export const COL = {
  block: "Khối",
  code: "Mã cơ quan",
  name: "Tên cơ quan",
  total: "Tổng cộng",
  publishedRank: "Hạng công bố",
} as const;

/** Excel sheet names: at most 31 characters, none of / \ ? * [ ] :; a long name is cut at a word. */
export function safeSheetName(name: string): string {
  const clean = name
    .replace(/[\\/?*[\]:]/g, "-")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (clean.length <= 31) return clean;
  const cut = clean.slice(0, 31);
  return (
    cut.lastIndexOf(" ") > 10 ? cut.slice(0, cut.lastIndexOf(" ")) : cut
  ).replace(/[\s,;-]+$/, "");
}

export function groupSheetName(group: Group): string {
  return safeSheetName(`${group.id} ${group.name.vi}`);
}

export { columnLetter };

// ---------------------------------------------------------------- methodology sheets

const SETTINGS_KEYS = {
  id: "Mã phương pháp",
  nameVi: "Tên phương pháp",
  nameEn: "Tên phương pháp (tiếng Anh)",
  descriptionVi: "Mô tả",
  descriptionEn: "Mô tả (tiếng Anh)",
  reconstruction: "Tái dựng (không phải văn bản chính thức)",
  year: "Năm đánh giá",
  blocks: "Khối đánh giá",
  groupDecimals: "Số chữ số thập phân của chỉ số nhóm",
  overallMethod: "Cách tính chỉ số tổng hợp",
  overallDecimals: "Số chữ số thập phân của chỉ số tổng hợp",
  ties: "Xử lý đồng hạng",
  basis: "Cơ sở xếp hạng",
} as const;

const METHOD_COLUMNS = [
  "Mã nhóm",
  "Tên nhóm",
  "Trọng số",
  "Nguồn số liệu",
  "Chuẩn hóa nhóm",
  "Mã tiêu chí",
  "Tên tiêu chí",
  "Quy tắc chấm",
  "Tham số",
  "Điểm tối đa",
  "Chiều",
  "Khi thiếu số liệu",
  "Đơn vị",
  "Tên nhóm (tiếng Anh)",
  "Tên tiêu chí (tiếng Anh)",
  "Từ khóa nhận bảng",
  "Vai trò",
] as const;

/** Keywords of a group in one cell: `hạ tầng kỹ thuật; hạ tầng cntt`. */
const KEYWORD_SEPARATOR = "; ";

export function methodologyTables(m: Methodology): TableToWrite[] {
  const yesNo = (b: boolean) => (b ? "Có" : "Không");
  const settings: [string, Cell, string][] = [
    [SETTINGS_KEYS.id, m.id, ""],
    [SETTINGS_KEYS.nameVi, m.name.vi, ""],
    [SETTINGS_KEYS.nameEn, m.name.en, ""],
    [SETTINGS_KEYS.descriptionVi, m.description.vi, ""],
    [SETTINGS_KEYS.descriptionEn, m.description.en, ""],
    [SETTINGS_KEYS.reconstruction, yesNo(m.reconstruction), "Có / Không"],
    [SETTINGS_KEYS.year, m.year ?? null, ""],
    [SETTINGS_KEYS.blocks, m.blocks.join(", "), BLOCK_IDS.join(", ")],
    [SETTINGS_KEYS.groupDecimals, m.groupIndex.decimals, "0–6"],
    [
      SETTINGS_KEYS.overallMethod,
      m.overall.method,
      "none, weighted-arithmetic, weighted-geometric, mean-rank",
    ],
    [SETTINGS_KEYS.overallDecimals, m.overall.decimals, "0–6"],
    [
      SETTINGS_KEYS.ties,
      m.ranking.ties,
      "competition (1,1,3), dense (1,1,2), ordinal (1,2,3)",
    ],
    [
      SETTINGS_KEYS.basis,
      m.ranking.basis,
      "published (giá trị đã làm tròn), full (đủ chữ số)",
    ],
  ];
  const rows: Cell[][] = [];
  for (const g of m.groups) {
    const groupCells: Cell[] = [g.id, g.name.vi, g.weight, g.source, g.rescale];
    const keywords = g.keywords.length
      ? g.keywords.join(KEYWORD_SEPARATOR)
      : null;
    if (g.criteria.length === 0)
      rows.push([
        ...groupCells,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        g.name.en,
        null,
        keywords,
        null,
      ]);
    g.criteria.forEach((c, i) => {
      rows.push([
        ...groupCells,
        c.id,
        c.name.vi,
        c.rule?.type ?? null,
        c.rule ? ruleParams(c.rule) : null,
        c.maxPoints,
        c.direction,
        c.missing,
        c.unit ?? null,
        g.name.en,
        c.name.en,
        i === 0 ? keywords : null,
        c.role ?? null,
      ]);
    });
  }
  return [
    {
      sheet: SETTINGS_SHEET,
      tableName: "CaiDat",
      columns: [
        { header: "Khóa", format: TEXT, width: 42 },
        { header: "Giá trị", format: TEXT, width: 60 },
        { header: "Giá trị hợp lệ", format: TEXT, width: 50 },
      ],
      rows: settings.map(([k, v, note]) => [
        k,
        v === null ? null : String(v),
        note,
      ]),
    },
    {
      sheet: METHOD_SHEET,
      tableName: "PhuongPhap",
      columns: METHOD_COLUMNS.map((header) => ({
        header,
        format:
          header === "Trọng số" || header === "Điểm tối đa" ? num(2) : TEXT,
        width:
          header.startsWith("Tên") || header.startsWith("Từ khóa") ? 40 : 14,
      })),
      rows,
    },
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
  const col = (name: string) => method.header.indexOf(name);
  const at = (row: Cell[], name: string) => {
    const v = row[col(name)];
    return v === null || v === undefined || v === "" ? undefined : v;
  };
  const groups: Record<string, unknown>[] = [];
  const rowOf = new Map<string, number>();
  method.rows.forEach((row, k) => {
    const gid = at(row, "Mã nhóm");
    if (gid === undefined) return;
    let g = groups.find((x) => x.id === String(gid));
    if (!g) {
      g = {
        id: String(gid),
        name: {
          vi: String(at(row, "Tên nhóm") ?? ""),
          en: String(
            at(row, "Tên nhóm (tiếng Anh)") ?? at(row, "Tên nhóm") ?? "",
          ),
        },
        weight: toNumber(at(row, "Trọng số") ?? 1),
        source: at(row, "Nguồn số liệu") ?? "criteria",
        rescale: at(row, "Chuẩn hóa nhóm") ?? "none",
        keywords: [],
        criteria: [],
      };
      groups.push(g);
      rowOf.set(`groups.${groups.length - 1}`, method.headerRow + 1 + k);
    }
    const keywords = at(row, "Từ khóa nhận bảng");
    if (keywords !== undefined)
      (g.keywords as string[]).push(
        ...String(keywords)
          .split(/[;\n]/)
          .map((k) => k.trim())
          .filter(Boolean),
      );
    const cid = at(row, "Mã tiêu chí");
    if (cid === undefined) return;
    const type = at(row, "Quy tắc chấm");
    const criteria = g.criteria as Record<string, unknown>[];
    criteria.push({
      id: String(cid),
      name: {
        vi: String(at(row, "Tên tiêu chí") ?? ""),
        en: String(
          at(row, "Tên tiêu chí (tiếng Anh)") ?? at(row, "Tên tiêu chí") ?? "",
        ),
      },
      ...(type !== undefined
        ? {
            rule: parseRuleParams(
              String(type),
              String(at(row, "Tham số") ?? ""),
            ),
          }
        : {}),
      maxPoints: toNumber(at(row, "Điểm tối đa") ?? 1),
      direction: at(row, "Chiều") ?? "higher",
      missing: at(row, "Khi thiếu số liệu") ?? "zero",
      ...(at(row, "Đơn vị") !== undefined
        ? { unit: String(at(row, "Đơn vị")) }
        : {}),
      ...(at(row, "Vai trò") !== undefined
        ? { role: String(at(row, "Vai trò")).trim() }
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
    blocks: (str(SETTINGS_KEYS.blocks) ?? "")
      .split(/[,;]/)
      .map((b) => b.trim())
      .filter(Boolean),
    groupIndex: { decimals: number(SETTINGS_KEYS.groupDecimals) ?? 3 },
    groups,
    overall: {
      method: str(SETTINGS_KEYS.overallMethod) ?? "none",
      decimals: number(SETTINGS_KEYS.overallDecimals) ?? 3,
    },
    ranking: {
      ties: str(SETTINGS_KEYS.ties) ?? "competition",
      basis: str(SETTINGS_KEYS.basis) ?? "published",
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

function toNumber(v: Cell): unknown {
  if (typeof v === "number") return v;
  const parsed = parseVietnameseNumber(v);
  return parsed.value ?? v;
}

/**
 * The user's own rules, one per row: `Tổng cộng = Mức độ 3 + Mức độ 4` over the column names of
 * the sheet named in “Trang tính” (every sheet with those columns when empty); severity lỗi,
 * cảnh báo or thông tin; an absolute tolerance.
 */
export function rulesTable(rows: Cell[][] = []): TableToWrite {
  return {
    sheet: RULES_SHEET,
    tableName: "QuyTac",
    columns: RULES_COLUMNS.map((header) => ({
      header,
      format: header === "Sai số" ? num(3) : TEXT,
      width: header === "Quy tắc" || header === "Mô tả" ? 48 : 16,
    })),
    rows,
  };
}

// ---------------------------------------------------------------- data sheets

/** The drop-down answers of a yes/no criterion; read back as 1 and 0. */
export const YES = "Có";
export const NO = "Không";
const yesNo = (v: Cell): Cell =>
  typeof v === "string" && /^\s*(có|co|x|yes)\s*$/i.test(v)
    ? 1
    : typeof v === "string" && /^\s*(không|khong|no)\s*$/i.test(v)
      ? 0
      : v;

/** The register, on a sheet of its own: the agencies' names feed the drop-down of the name columns. */
export const REGISTER_SHEET = "Danh mục";

export function registerTable(
  m: Methodology,
  anyEdition: AgencyRegister,
): TableToWrite {
  const register = anyEdition.forYear(m.year);
  const on = m.year ? `${m.year}-12-31` : undefined;
  const agencies = m.blocks.flatMap((b) =>
    register.inBlock(b, { on, evaluatedOnly: true }),
  );
  return {
    sheet: REGISTER_SHEET,
    tableName: "DanhMuc",
    columns: [
      { header: COL.code, format: TEXT, width: 12 },
      { header: COL.name, format: TEXT, width: 44 },
      { header: COL.block, format: TEXT, width: 36 },
      { header: "Trang thông tin", format: TEXT, width: 30 },
    ],
    rows: agencies.map((a) => [
      a.code,
      a.name,
      register.blockName(a.block),
      a.domains.join(", "),
    ]),
  };
}

function registerRange(count: number): string {
  return `'${REGISTER_SHEET}'!$B$2:$B$${count + 1}`;
}

export function criterionHeader(c: Criterion): string {
  return `${c.id} ${c.name.vi}${c.unit ? ` (${c.unit})` : ""}`;
}

export function indexHeader(group: Group): string {
  return `Chỉ số ${group.id}`;
}

/** The value columns of a group's data sheet. */
function valueColumns(group: Group, indexDecimals: number): ColumnSpec[] {
  if (group.source === "index")
    return [
      { header: indexHeader(group), format: num(indexDecimals), width: 12 },
    ];
  const cols: ColumnSpec[] = group.criteria.map((c) => ({
    header: criterionHeader(c),
    format: num(c.rule?.type === "ratio" ? 2 : 0),
    width: 18,
    ...(c.rule?.type === "yes-no" ? { choices: { values: [YES, NO] } } : {}),
  }));
  return group.source === "count"
    ? [...cols, { header: COL.total, format: num(0), width: 12 }]
    : cols;
}

export interface AgencyValues {
  /** By column header: the value to write (number, or text as published). */
  [header: string]: Cell;
}

/**
 * One data sheet per criteria group, a row per evaluated agency of each block, prefilled with
 * block, code and name. `values(code, group)` fills the value columns (the sample workbook).
 */
export function dataTables(
  m: Methodology,
  anyEdition: AgencyRegister,
  values: (code: string, group: Group) => AgencyValues | undefined = () =>
    undefined,
): TableToWrite[] {
  const register = anyEdition.forYear(m.year);
  const on = m.year ? `${m.year}-12-31` : undefined;
  const agencies = m.blocks.flatMap((b) =>
    register.inBlock(b, { on, evaluatedOnly: true }),
  );
  return m.groups.map((group) => {
    const valueCols = valueColumns(group, m.groupIndex.decimals);
    const columns: ColumnSpec[] = [
      { header: COL.block, format: TEXT, width: 24 },
      { header: COL.code, format: TEXT, width: 12 },
      {
        header: COL.name,
        format: TEXT,
        width: 40,
        choices: { range: registerRange(agencies.length) },
      },
      ...valueCols,
      { header: COL.publishedRank, format: num(0), width: 10 },
    ];
    const rows = agencies.map((a) => {
      const v = values(a.code, group) ?? {};
      return [
        register.blockName(a.block),
        a.code,
        a.name,
        ...valueCols.map((c) => v[c.header] ?? null),
        v[COL.publishedRank] ?? null,
      ];
    });
    return {
      sheet: groupSheetName(group),
      tableName: tableNameOf("DuLieu", group.id),
      columns,
      rows,
    };
  });
}

export interface InputProblem {
  sheet: string;
  /** A1 address of the cell. */
  cell: string;
  message: { vi: string; en: string };
}

export interface WorkbookInputs {
  blocks: BlockInput[];
  /** Published ranks found in the sheets, by group id then agency code. */
  publishedRanks: Record<string, Map<string, number>>;
  /** Input names by agency code, as typed in the sheets. */
  inputNames: Map<string, string>;
  problems: InputProblem[];
}

function expectedKind(c: Criterion): ExpectedKind {
  if (c.rule?.type === "ratio") return c.rule.scale === 1 ? "index" : "percent";
  return c.rule?.type === "z-score" || c.rule?.type === "min-max"
    ? "any"
    : "count";
}

/** Reads every group's data sheet into one BlockInput per block. */
export function readBlockInputs(
  m: Methodology,
  anyEdition: AgencyRegister,
  sheets: Map<string, SheetTable>,
): WorkbookInputs {
  const register = anyEdition.forYear(m.year);
  const problems: InputProblem[] = [];
  const rowsByBlock = new Map<BlockId, { code: string; name: string }[]>();
  const columnValues = new Map<string, Map<string, number>>(); // key → code → value
  const publishedRanks: Record<string, Map<string, number>> = {};
  const inputNames = new Map<string, string>();
  const matcher = matcherCache(register);
  const put = (key: string, code: string, v: number) => {
    if (!columnValues.has(key)) columnValues.set(key, new Map());
    columnValues.get(key)!.set(code, v);
  };

  for (const group of m.groups) {
    const table = sheets.get(groupSheetName(group));
    if (!table) {
      problems.push({
        sheet: groupSheetName(group),
        cell: "A1",
        message: {
          vi: "Không có trang số liệu của nhóm này",
          en: "The data sheet of this group is missing",
        },
      });
      continue;
    }
    const h = (name: string) =>
      table.header.findIndex((x) => x.trim() === name);
    const byPrefix = (id: string) =>
      table.header.findIndex(
        (x) => x.trim() === id || x.trim().startsWith(`${id} `),
      );
    const [blockCol, codeCol, nameCol, rankCol] = [
      h(COL.block),
      h(COL.code),
      h(COL.name),
      h(COL.publishedRank),
    ];
    const valueCols: { key: string; col: number; expected: ExpectedKind }[] =
      group.source === "index"
        ? [
            {
              key: `index:${group.id}`,
              col: h(indexHeader(group)),
              expected: "index",
            },
          ]
        : group.criteria.map((c) => ({
            key: `criterion:${c.id}`,
            col: byPrefix(c.id),
            expected: expectedKind(c),
          }));
    for (const v of valueCols) {
      if (v.col < 0)
        problems.push({
          sheet: table.sheet,
          cell: `${columnLetter(table.header.length)}${table.headerRow}`,
          message: {
            vi: `Thiếu cột ${v.key.split(":")[1]}`,
            en: `Column ${v.key.split(":")[1]} is missing`,
          },
        });
    }
    table.rows.forEach((row, k) => {
      const sheetRow = table.headerRow + 1 + k;
      const name = nameCol >= 0 ? String(row[nameCol] ?? "").trim() : "";
      const codeText = codeCol >= 0 ? String(row[codeCol] ?? "").trim() : "";
      if (!name && !codeText) return;
      const blockHint =
        blockCol >= 0
          ? blockOfLabel(String(row[blockCol] ?? ""), register)
          : undefined;
      let agency = codeText ? register.get(codeText) : undefined;
      if (!agency) {
        const match = matcher(blockHint).match(name);
        if (isResolved(match)) agency = match.agency;
        else {
          problems.push({
            sheet: table.sheet,
            cell: `${columnLetter(nameCol >= 0 ? nameCol : 0)}${sheetRow}`,
            message: {
              vi: `Không nhận ra cơ quan “${name || codeText}”${match.candidates[0] ? ` (gần nhất: ${match.candidates[0].agency.name})` : ""}`,
              en: `Unknown agency “${name || codeText}”${match.candidates[0] ? ` (nearest: ${match.candidates[0].agency.name})` : ""}`,
            },
          });
          return;
        }
      }
      const list = rowsByBlock.get(agency.block) ?? [];
      if (!list.some((a) => a.code === agency!.code))
        list.push({ code: agency.code, name: agency.name });
      rowsByBlock.set(agency.block, list);
      if (name) inputNames.set(agency.code, name);
      for (const v of valueCols) {
        if (v.col < 0) continue;
        const parsed = parseVietnameseNumber(yesNo(row[v.col]), v.expected);
        if (parsed.value !== null) put(v.key, agency.code, parsed.value);
        else if (parsed.missingReason === "not-a-number") {
          problems.push({
            sheet: table.sheet,
            cell: `${columnLetter(v.col)}${sheetRow}`,
            message: {
              vi: `“${parsed.text}” không phải là số`,
              en: `“${parsed.text}” is not a number`,
            },
          });
        }
      }
      if (rankCol >= 0) {
        const r = parseVietnameseNumber(row[rankCol], "count");
        if (r.value !== null)
          (publishedRanks[group.id] ??= new Map()).set(agency.code, r.value);
      }
    });
  }

  const blocks: BlockInput[] = m.blocks
    .filter((b) => rowsByBlock.has(b))
    .map((block) => {
      const agencies = rowsByBlock.get(block)!;
      const column = (key: string) =>
        Float64Array.from(
          agencies,
          (a) => columnValues.get(key)?.get(a.code) ?? NaN,
        );
      const values: Record<string, Float64Array> = {};
      const groupIndices: Record<string, Float64Array> = {};
      for (const g of m.groups) {
        if (g.source === "index") groupIndices[g.id] = column(`index:${g.id}`);
        else
          for (const c of g.criteria)
            values[c.id] = column(`criterion:${c.id}`);
      }
      return { block, agencies, values, groupIndices };
    });
  return { blocks, publishedRanks, inputNames, problems };
}

function blockOfLabel(
  label: string,
  register: AgencyRegister,
): BlockId | undefined {
  const t = label.trim().toLowerCase();
  if (!t) return undefined;
  return register.blocks.find(
    (b) =>
      b.id === t ||
      b.name.vi.toLowerCase() === t ||
      b.name.en.toLowerCase() === t,
  )?.id;
}
