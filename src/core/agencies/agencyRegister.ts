/**
 * One edition of the agency register: who is in which block, valid when, known by which names
 * and websites, formed from which earlier units. Data, not code (see data/register*.json):
 * ministries merge and provinces are regrouped, so a new edition is a new data file.
 */
import type { Agency, BlockId, RegisterData } from "./registerSchema";
import type { Msg } from "../msg";

/** The other editions, for what became of a unit one edition lists and another does not. */
export interface Editions {
  readonly all: readonly AgencyRegister[];
  elsewhere(register: AgencyRegister): Agency[];
  forYear(year: number): AgencyRegister | undefined;
  fate(agency: Agency, register: AgencyRegister): Msg;
}

export class AgencyRegister {
  /** The edition's year, e.g. `2025`. */
  readonly edition: string;
  readonly inForce: RegisterData["inForce"];
  readonly sources: RegisterData["sources"];
  readonly agencies: readonly Agency[];
  readonly blocks: RegisterData["blocks"];
  /** First words of names of kinds of agency this register does not list (`Sở`, `UBND huyện`). */
  readonly otherKinds: readonly string[];
  private readonly byCode: Map<string, Agency>;

  /** From data already checked by the schema (validateRegisters.ts, or the shipped files). */
  constructor(
    parsed: RegisterData,
    readonly editions?: Editions,
  ) {
    this.edition = parsed.edition;
    this.inForce = parsed.inForce;
    this.sources = parsed.sources;
    this.agencies = parsed.agencies;
    this.blocks = parsed.blocks;
    this.otherKinds = parsed.otherKinds.words;
    this.byCode = new Map(parsed.agencies.map((a) => [a.code, a]));
  }

  /** The edition in force at the end of `year`: a workbook of year Y lists the units of Y. */
  forYear(year: number | undefined): AgencyRegister {
    return (year !== undefined && this.editions?.forYear(year)) || this;
  }

  get(code: string): Agency | undefined {
    return this.byCode.get(code);
  }

  /** Agencies of a block valid on a date (ISO `YYYY-MM-DD`; default: any date). */
  inBlock(
    block: BlockId,
    options: { on?: string; evaluatedOnly?: boolean } = {},
  ): Agency[] {
    return this.agencies.filter(
      (a) =>
        a.block === block &&
        (!options.evaluatedOnly || a.evaluated) &&
        (!options.on ||
          (a.validFrom <= options.on &&
            (!a.validTo || options.on <= a.validTo))),
    );
  }

  /** The agency that owns a website domain (`www.` and scheme ignored). */
  byDomain(url: string): Agency | undefined {
    const host = url
      .trim()
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, "")
      .replace(/\/.*$/, "")
      .replace(/\s+/g, "")
      .replace(/^www\./, "");
    return this.agencies.find((a) => a.domains.includes(host));
  }

  blockName(block: BlockId, lang: "vi" | "en" = "vi"): string {
    return this.blocks.find((b) => b.id === block)?.name[lang] ?? block;
  }
}
