/**
 * Registers from data not yet checked (a test's, a future user-supplied edition): the schema
 * first, then the register. The shipped files take the zod-free path in registerEditions.ts.
 */
import { AgencyRegister } from "./agencyRegister";
import { RegisterEditions } from "./registerEditions";
import { EditionsSchema, RegisterSchema } from "./registerSchema";

export function parseRegister(data: unknown): AgencyRegister {
  return new AgencyRegister(RegisterSchema.parse(data));
}

export function parseEditions(data: unknown[]): RegisterEditions {
  return new RegisterEditions(EditionsSchema.parse(data));
}
