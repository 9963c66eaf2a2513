/**
 * The editions of the agency register, oldest first: each the list in force for a span of years
 * (2016's 63 provinces, 2025's 34). A unit that continues keeps its code; a unit formed by a
 * merger names its predecessors. Checked as a whole: one code never valid twice on one day,
 * every predecessor in an earlier edition.
 */
import { z } from "../zodConfig";
import { UserError } from "../userError";
import register2016 from "./data/register2016.json";
import register2025 from "./data/register2025.json";
import { AgencyRegister, Editions } from "./agencyRegister";
import { Agency, RegisterData, RegisterSchema } from "./registerSchema";

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

export class RegisterEditions implements Editions {
  /** Oldest first. */
  readonly all: readonly AgencyRegister[];

  constructor(data: unknown[]) {
    const parsed: RegisterData[] = EditionsSchema.parse(data);
    this.all = parsed.map((d) => new AgencyRegister(d, this));
  }

  get latest(): AgencyRegister {
    return this.all[this.all.length - 1];
  }

  /** The edition by its year (`2016`, `2025`), or a user's error listing the editions. */
  get(edition: string): AgencyRegister {
    const found = this.all.find((r) => r.edition === edition);
    if (!found) {
      const known = this.all.map((r) => r.edition).join(", ");
      throw new UserError(
        {
          vi: `Không có danh mục đơn vị “${edition}”. Các danh mục có: ${known}.`,
          en: `No agency register “${edition}”. Registers: ${known}.`,
        },
        {},
      );
    }
    return found;
  }

  /** The edition in force at the end of a year: a ranking of year Y lists the units of Y. */
  forYear(year: number): AgencyRegister | undefined {
    const day = `${year}-12-31`;
    return [...this.all]
      .reverse()
      .find(
        (r) => r.inForce.from <= day && (!r.inForce.to || day <= r.inForce.to),
      );
  }

  /** Agencies of the other editions that `register` does not list under their code. */
  elsewhere(register: AgencyRegister): Agency[] {
    return this.all
      .filter((r) => r !== register)
      .flatMap((r) => r.agencies)
      .filter((a) => !register.get(a.code));
  }

  /** What became of an agency of another edition, said from `register`'s side. */
  fate(agency: Agency, register: AgencyRegister): { vi: string; en: string } {
    const later = agency.validFrom < register.inForce.from;
    if (later) {
      const into = register.agencies.filter((a) =>
        a.predecessors.includes(agency.code),
      );
      const day = viDate(into[0]?.validFrom ?? addDay(agency.validTo));
      if (into.length === 0)
        return {
          vi: `${agency.name}: không còn trong danh mục ${register.edition} (từ ${day})`,
          en: `${agency.name}: not in the ${register.edition} register (since ${day})`,
        };
      const names = into.map((a) => a.name).join(", ");
      return {
        vi: `${agency.name}: đã nhập vào ${names} từ ${day}`,
        en: `${agency.name}: merged into ${names} on ${day}`,
      };
    }
    const from = agency.predecessors
      .map((p) => register.get(p)?.name)
      .filter((n): n is string => n !== undefined);
    const day = viDate(agency.validFrom);
    return {
      vi: `${agency.name}: đơn vị từ ${day}${from.length ? `, hình thành từ ${from.join(", ")}` : ""}; danh mục ${register.edition} chưa có`,
      en: `${agency.name}: a unit since ${day}${from.length ? `, formed from ${from.join(", ")}` : ""}; not in the ${register.edition} register`,
    };
  }
}

/** `2025-07-01` → `01/7/2025`, as Vietnamese documents write dates. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${Number(m)}/${y}`;
}

function addDay(iso: string | undefined): string {
  if (!iso) return "?";
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

let shipped: RegisterEditions | undefined;
/** The editions shipped with the add-in. */
export function getRegisters(): RegisterEditions {
  shipped ??= new RegisterEditions([register2016, register2025]);
  return shipped;
}

/** The register in force today; reading a paste still chooses the edition that fits it. */
export function getDefaultRegister(): AgencyRegister {
  return getRegisters().latest;
}
