/** What recognising a table reads with: the register, the words, and the methodology's groups. */
import type { AgencyRegister } from "../../agencies/agencyRegister";
import type { AgencyMatcher } from "../../agencies/matchAgency";
import type { BlockId } from "../../agencies/registerSchema";
import type { Profile } from "../vocabulary/profile";
import type { ColumnOverrides } from "./types";

/** What the methodology says about a criteria group, to find it from a table's words. */
export interface GroupHint {
  id: string;
  /** Words of a title or header that name the group (its name is one of them). */
  keywords: string[];
  /** Roles of its criteria (`services-level-3`): a table with those columns is this group's. */
  roles: string[];
}

export interface RecogniseContext {
  register: AgencyRegister;
  profile: Profile;
  matcherFor: (block?: BlockId) => AgencyMatcher;
  groups: GroupHint[];
  overrides?: ColumnOverrides;
}
