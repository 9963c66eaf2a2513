/**
 * Rules as data: an id, a description in Vietnamese and English, a severity, a tolerance and a
 * kind. Each table kind ships with its default rules; users add expression rules in a rules sheet.
 */
import { z } from "../zodConfig";

const Msg = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const base = {
  id: z
    .string()
    .regex(
      /^[\p{L}\p{N}_.-]+$/u,
      "mã quy tắc chỉ gồm chữ, số, . _ - / letters, digits, . _ - only",
    ),
  description: Msg,
  severity: z.enum(["error", "warning", "info"]).default("error"),
  /** Absolute tolerance; equalities on a shown value also allow half a unit of its last digit. */
  tolerance: z.number().min(0).default(0),
};

export const RuleSchema = z.discriminatedUnion("kind", [
  /** Row by row: `Tổng cộng = Mức độ 3 + Mức độ 4`, `Hồ sơ trực tuyến <= Tổng số hồ sơ`, `Tỷ lệ = A / B * 100`. */
  z.object({
    ...base,
    kind: z.literal("expression"),
    expression: z.string().min(1),
  }),
  /**
   * Across a row: the total column equals the sum of its part columns (the columns recognised as
   * parts, such as the levels `Mức độ 3`, `Mức độ 4` beside `Tổng cộng`).
   */
  z.object({ ...base, kind: z.literal("parts-total") }),
  /** Down the columns: the detail rows add up to the Tổng cộng row, and each group to its subtotal. */
  z.object({
    ...base,
    kind: z.literal("column-total"),
    columns: z.array(z.string()).optional(),
  }),
  /** Values in range by column kind: index [0, 1], percent [0, 100], counts ≥ 0; and locale misreads. */
  z.object({ ...base, kind: z.literal("range") }),
  /** A stated percentage against the fraction written beside it (`94,73%` and `18/19`). */
  z.object({ ...base, kind: z.literal("ratio-note") }),
  /** Published ranks against the values. */
  z.object({ ...base, kind: z.literal("rank") }),
  /** Every agency of the block once, names and websites as in the register. */
  z.object({ ...base, kind: z.literal("register") }),
  /** Between tables: the same figure, rank or website for the same agency agrees. */
  z.object({ ...base, kind: z.literal("cross-table") }),
  /** Between a summary table and its detail table: totals by level, counts of agencies meeting a condition. */
  z.object({ ...base, kind: z.literal("summary") }),
]);
export type Rule = z.infer<typeof RuleSchema>;
export type RuleInput = z.input<typeof RuleSchema>;
