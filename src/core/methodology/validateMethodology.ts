/**
 * Runs the methodology schema and turns every problem into a sentence an evaluator can act on,
 * in Vietnamese and English, saying where it is ("Nhóm 3 (N3) › tiêu chí 2 › điểm tối đa").
 */
import type { z } from "zod";
import { crossFieldProblems, Methodology } from "./methodologySchema";
import type { Msg } from "../msg";

export interface MethodologyProblem {
  /** Machine path, e.g. `groups.2.criteria.0.maxPoints`. */
  path: string;
  where: Msg;
  message: Msg;
}

export type MethodologyResult =
  | { ok: true; methodology: Methodology }
  | { ok: false; problems: MethodologyProblem[] };

export function validateMethodology(input: unknown): MethodologyResult {
  const parsed = Methodology.safeParse(input);
  if (parsed.success) return { ok: true, methodology: parsed.data };
  const problems = parsed.error.issues.map((issue) =>
    describeIssue(issue, input),
  );
  // The schema stops before cross-field rules when a field is wrong; run them anyway.
  for (const p of crossFieldProblems(input)) {
    const problem = {
      path: p.path.join("."),
      where: describePath(p.path, input),
      message: customMessage(p.code),
    };
    if (
      !problems.some(
        (q) => q.path === problem.path && q.message.en === problem.message.en,
      )
    )
      problems.push(problem);
  }
  return { ok: false, problems };
}

/** One line per problem, Vietnamese then English. */
export function formatProblems(problems: MethodologyProblem[]): string {
  return problems
    .map(
      (p) =>
        `- ${p.where.vi}: ${p.message.vi}\n  (${p.where.en}: ${p.message.en})`,
    )
    .join("\n");
}

const FIELD: Record<string, [string, string]> = {
  id: ["mã", "id"],
  name: ["tên", "name"],
  description: ["mô tả", "description"],
  vi: ["tiếng Việt", "Vietnamese"],
  en: ["tiếng Anh", "English"],
  blocks: ["khối", "blocks"],
  groups: ["nhóm tiêu chí", "groups"],
  criteria: ["tiêu chí", "criteria"],
  weight: ["trọng số", "weight"],
  source: ["nguồn số liệu", "source"],
  countOf: ["đếm theo", "count of"],
  rescale: ["chuẩn hóa lại", "rescale"],
  rule: ["quy tắc chấm điểm", "scoring rule"],
  type: ["loại", "type"],
  scale: ["thang", "scale"],
  pointsPerItem: ["điểm mỗi mục", "points per item"],
  tiers: ["bậc", "tiers"],
  atLeast: ["ngưỡng", "threshold"],
  points: ["điểm", "points"],
  maxPoints: ["điểm tối đa", "maximum points"],
  direction: ["chiều", "direction"],
  missing: ["xử lý thiếu số liệu", "missing values"],
  groupIndex: ["chỉ số nhóm", "group index"],
  decimals: ["số chữ số thập phân", "decimals"],
  overall: ["chỉ số tổng hợp", "overall index"],
  method: ["cách tính", "method"],
  ranking: ["xếp hạng", "ranking"],
  ties: ["xử lý đồng hạng", "ties"],
  basis: ["cơ sở xếp hạng", "ranking basis"],
  year: ["năm", "year"],
  reconstruction: ["đánh dấu tái dựng", "reconstruction flag"],
  assumed: ["giả định", "assumption"],
  publishedOverall: ["chỉ số tổng hợp công bố", "published composite"],
  inForce: ["năm áp dụng", "years in force"],
  from: ["từ năm", "from"],
  to: ["đến năm", "to"],
};

const INDEXED: Record<string, [string, string]> = {
  groups: ["Nhóm", "Group"],
  criteria: ["Tiêu chí", "Criterion"],
  tiers: ["Bậc", "Tier"],
  blocks: ["Khối", "Block"],
};

function describePath(path: PropertyKey[], input: unknown): Msg {
  const vi: string[] = [];
  const en: string[] = [];
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next =
      node && typeof node === "object"
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined;
    if (typeof key === "number") {
      const label = labelOf(next);
      const parent = String(path[i - 1]);
      const [v, e] = INDEXED[parent] ?? ["Mục", "Item"];
      vi.pop();
      en.pop();
      vi.push(`${v} ${key + 1}${label ? ` (${label})` : ""}`);
      en.push(`${e} ${key + 1}${label ? ` (${label})` : ""}`);
    } else {
      const [v, e] = FIELD[String(key)] ?? [String(key), String(key)];
      vi.push(v);
      en.push(e);
    }
    node = next;
  }
  return vi.length
    ? { vi: vi.join(" › "), en: en.join(" › ") }
    : { vi: "Phương pháp", en: "Methodology" };
}

function labelOf(node: unknown): string {
  if (!node || typeof node !== "object") return "";
  const o = node as Record<string, unknown>;
  return typeof o.id === "string" ? o.id : "";
}

function describeIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
): MethodologyProblem {
  return {
    path: issue.path.map(String).join("."),
    where: describePath(issue.path, input),
    message: messageOf(issue, valueAt(input, issue.path)),
  };
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let node = input;
  for (const key of path)
    node =
      node && typeof node === "object"
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined;
  return node;
}

function messageOf(issue: z.core.$ZodIssue, value: unknown): Msg {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? { vi: "thiếu giá trị bắt buộc", en: "required value is missing" }
        : {
            vi: `phải là ${typeVi(issue.expected)} (đang là ${JSON.stringify(value)})`,
            en: `must be ${typeEn(issue.expected)} (got ${JSON.stringify(value)})`,
          };
    case "too_small":
      return issue.origin === "array"
        ? {
            vi: `cần ít nhất ${issue.minimum} mục`,
            en: `needs at least ${issue.minimum} item(s)`,
          }
        : issue.origin === "string"
          ? { vi: "không được để trống", en: "must not be empty" }
          : {
              vi: `phải ${issue.inclusive ? "≥" : ">"} ${issue.minimum}`,
              en: `must be ${issue.inclusive ? "≥" : ">"} ${issue.minimum}`,
            };
    case "too_big":
      return {
        vi: `phải ≤ ${issue.maximum}`,
        en: `must be ≤ ${issue.maximum}`,
      };
    case "invalid_value":
      return {
        vi: `phải là một trong: ${issue.values.join(", ")}`,
        en: `must be one of: ${issue.values.join(", ")}`,
      };
    case "invalid_union":
      return {
        vi: "loại quy tắc chấm điểm không hợp lệ (ratio, relative-to-best, yes-no, count-capped, tiers, min-max, z-score)",
        en: "unknown scoring rule type (ratio, relative-to-best, yes-no, count-capped, tiers, min-max, z-score)",
      };
    case "invalid_format":
      return {
        vi: `sai định dạng: ${issue.message}`,
        en: `wrong format: ${issue.message}`,
      };
    case "unrecognized_keys":
      return {
        vi: `trường không được hỗ trợ: ${issue.keys.join(", ")}`,
        en: `unsupported field(s): ${issue.keys.join(", ")}`,
      };
    case "custom":
      return customMessage(issue.message);
    default:
      return { vi: issue.message, en: issue.message };
  }
}

function customMessage(code: string): Msg {
  const [kind, arg = ""] = code.split(":");
  const messages: Record<string, [string, string]> = {
    "duplicate-group": [
      `mã nhóm ${arg} bị trùng`,
      `group id ${arg} is used twice`,
    ],
    "duplicate-criterion": [
      `mã tiêu chí ${arg} bị trùng`,
      `criterion id ${arg} is used twice`,
    ],
    "no-criteria": [
      "nhóm tính từ tiêu chí nhưng chưa có tiêu chí nào",
      "the group is computed from criteria but has none",
    ],
    "no-rule": [
      "tiêu chí chưa có quy tắc chấm điểm",
      "the criterion has no scoring rule",
    ],
    "no-count-of": [
      "nhóm xếp theo số lượng cần nêu các tiêu chí được đếm",
      "a count group must name the criteria it counts",
    ],
    "unknown-criterion": [
      `không có tiêu chí ${arg} trong nhóm`,
      `no criterion ${arg} in this group`,
    ],
    "z-score-needs-rescale": [
      "tiêu chí z-score cần chuẩn hóa lại nhóm bằng min-max",
      "z-score criteria need the group rescaled by min-max",
    ],
    "tiers-not-increasing": [
      "các ngưỡng phải tăng dần",
      "tier thresholds must increase",
    ],
    "tier-above-max": [
      "điểm của bậc vượt điểm tối đa của tiêu chí",
      "tier points exceed the criterion's maximum",
    ],
    "no-weighted-group": [
      "chỉ số tổng hợp cần ít nhất một nhóm có trọng số > 0",
      "the overall index needs at least one group with weight > 0",
    ],
  };
  const m = messages[kind];
  return m ? { vi: m[0], en: m[1] } : { vi: code, en: code };
}

function typeVi(t: string): string {
  return (
    (
      {
        number: "một số",
        string: "một chuỗi",
        boolean: "đúng/sai",
        array: "một danh sách",
        object: "một bảng",
      } as Record<string, string>
    )[t] ?? t
  );
}
function typeEn(t: string): string {
  return (
    (
      {
        number: "a number",
        string: "text",
        boolean: "true/false",
        array: "a list",
        object: "an object",
      } as Record<string, string>
    )[t] ?? t
  );
}
