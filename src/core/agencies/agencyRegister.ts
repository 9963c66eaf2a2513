/**
 * The agency register: who is in which block, valid when, known by which names and websites.
 * Data, not code (see data/register2016.json): ministries merge and provinces are regrouped,
 * so a new edition is a new data file.
 */
import registerData from "./data/register2016.json";
import {
  Agency,
  BlockId,
  RegisterData,
  RegisterSchema,
} from "./registerSchema";

export class AgencyRegister {
  readonly agencies: readonly Agency[];
  readonly blocks: RegisterData["blocks"];
  /** First words of names of kinds of agency this register does not list (`Sở`, `UBND huyện`). */
  readonly otherKinds: readonly string[];
  private readonly byCode: Map<string, Agency>;

  constructor(data: unknown) {
    const parsed = RegisterSchema.parse(data);
    this.agencies = parsed.agencies;
    this.blocks = parsed.blocks;
    this.otherKinds = parsed.otherKinds.words;
    this.byCode = new Map(parsed.agencies.map((a) => [a.code, a]));
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

let defaultRegister: AgencyRegister | undefined;
/** The register shipped with the add-in (2016 edition). */
export function getDefaultRegister(): AgencyRegister {
  defaultRegister ??= new AgencyRegister(registerData);
  return defaultRegister;
}
