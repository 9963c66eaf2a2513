import { z } from "../zodConfig";

export const BLOCK_IDS = ["ministry", "government", "province"] as const;
export const BlockId = z.enum(BLOCK_IDS);
export type BlockId = z.infer<typeof BlockId>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "ngày dạng YYYY-MM-DD / date as YYYY-MM-DD");
const bilingual = z.object({ vi: z.string().min(1), en: z.string().min(1) });

export const AgencySchema = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  name: z.string().min(2),
  block: BlockId,
  aliases: z.array(z.string().min(1)).default([]),
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).default([]),
  /** False for agencies of the block that the yearly evaluation leaves out. */
  evaluated: z.boolean().default(true),
  validFrom: isoDate,
  validTo: isoDate.optional(),
  /** Codes, in an earlier edition, of the units this one was formed from (itself when it continues). */
  predecessors: z.array(z.string()).default([]),
});
export type Agency = z.infer<typeof AgencySchema>;

export const RegisterSchema = z
  .object({
    edition: z.string().regex(/^\d{4}$/, "năm / a year"),
    /** When the edition's list as a whole holds. */
    inForce: z.object({ from: isoDate, to: isoDate.optional() }),
    /** The decisions the list follows, per block. */
    sources: z
      .array(z.object({ block: z.string(), cite: z.string().min(1) }))
      .default([]),
    blocks: z.array(z.object({ id: BlockId, name: bilingual })),
    /** Kinds of agency the register does not list: their names never match a listed one by a near spelling. */
    otherKinds: z
      .object({ words: z.array(z.string().min(1)) })
      .default({ words: [] }),
    agencies: z.array(AgencySchema).min(1),
  })
  .superRefine((reg, ctx) => {
    const seen = new Set<string>();
    reg.agencies.forEach((a, i) => {
      if (seen.has(a.code))
        ctx.addIssue({
          code: "custom",
          path: ["agencies", i, "code"],
          message: `mã trùng / duplicate code ${a.code}`,
        });
      seen.add(a.code);
      if (a.validTo && a.validTo < a.validFrom) {
        ctx.addIssue({
          code: "custom",
          path: ["agencies", i, "validTo"],
          message: "validTo trước validFrom / validTo before validFrom",
        });
      }
    });
  });
export type RegisterData = z.infer<typeof RegisterSchema>;

/**
 * The editions together, oldest first: one code never valid twice on one day, every
 * predecessor in an earlier edition.
 */
export const EditionsSchema = z
  .array(RegisterSchema)
  .min(1)
  .superRefine((editions, ctx) => {
    const spans = new Map<string, { from: string; to: string; at: number }[]>();
    editions.forEach((e, i) => {
      if (i > 0 && e.inForce.from <= editions[i - 1].inForce.from)
        ctx.addIssue({
          code: "custom",
          path: [i, "inForce"],
          message: `ấn bản ${e.edition} phải sau ${editions[i - 1].edition} / edition ${e.edition} must follow ${editions[i - 1].edition}`,
        });
      const earlier = new Set(
        editions.slice(0, i).flatMap((p) => p.agencies.map((a) => a.code)),
      );
      e.agencies.forEach((a, k) => {
        for (const p of a.predecessors)
          if (!earlier.has(p))
            ctx.addIssue({
              code: "custom",
              path: [i, "agencies", k, "predecessors"],
              message: `${a.code}: đơn vị tiền thân ${p} không có trong ấn bản trước / predecessor ${p} is in no earlier edition`,
            });
        const to = a.validTo ?? "9999-12-31";
        const seen = spans.get(a.code) ?? [];
        for (const s of seen)
          if (a.validFrom <= s.to && s.from <= to)
            ctx.addIssue({
              code: "custom",
              path: [i, "agencies", k, "validFrom"],
              message: `${a.code}: hiệu lực trùng với ấn bản ${editions[s.at].edition} / validity overlaps edition ${editions[s.at].edition}`,
            });
        spans.set(a.code, [...seen, { from: a.validFrom, to, at: i }]);
      });
    });
  });
