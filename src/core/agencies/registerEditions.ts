/**
 * The editions of the agency register, oldest first: each the list in force for a span of years
 * (2016's 63 provinces, 2025's 34). A unit that continues keeps its code; a unit formed by a
 * merger names its predecessors. Checked as a whole: one code never valid twice on one day,
 * every predecessor in an earlier edition.
 */
import { UserError } from "../userError";
import register2016 from "./data/register2016.json";
import register2025 from "./data/register2025.json";
import { AgencyRegister, Editions } from "./agencyRegister";
import type { Agency, RegisterData } from "./registerSchema";
import type { Msg } from "../msg";

export class RegisterEditions implements Editions {
  /** Oldest first. */
  readonly all: readonly AgencyRegister[];

  /** From editions already checked by the schema together (validateRegisters.ts). */
  constructor(parsed: readonly RegisterData[]) {
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
  fate(agency: Agency, register: AgencyRegister): Msg {
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

/**
 * The shipped files with the schema's defaults filled in. Done here rather than by the schema
 * so that the pane shows without loading zod; a test checks that this equals what
 * EditionsSchema.parse gives for the same files.
 */
export function shippedRegisterData(): RegisterData[] {
  type Raw = Partial<RegisterData> & {
    agencies: Partial<Agency>[];
  };
  return ([register2016, register2025] as unknown as Raw[]).map((r) => ({
    edition: r.edition!,
    inForce: r.inForce!,
    sources: r.sources ?? [],
    blocks: r.blocks!,
    otherKinds: { words: r.otherKinds?.words ?? [] },
    agencies: r.agencies.map((a): Agency => ({
      code: a.code!,
      name: a.name!,
      block: a.block!,
      aliases: a.aliases ?? [],
      domains: a.domains ?? [],
      evaluated: a.evaluated ?? true,
      validFrom: a.validFrom!,
      ...(a.validTo !== undefined ? { validTo: a.validTo } : {}),
      predecessors: a.predecessors ?? [],
    })),
  }));
}

let shipped: RegisterEditions | undefined;
/** The editions shipped with the add-in. */
export function getRegisters(): RegisterEditions {
  shipped ??= new RegisterEditions(shippedRegisterData());
  return shipped;
}

/** The register in force today; reading a paste still chooses the edition that fits it. */
export function getDefaultRegister(): AgencyRegister {
  return getRegisters().latest;
}
