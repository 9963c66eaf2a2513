/**
 * Issue 20: each reader's growth, input n against 4n, on the benchmark's own series
 * (bench/growth.ts, where `npm run growth` prints them with times). Linear work grows about ×4,
 * n² about ×16; the bound of ×10 sits between. Put back the old relation search or the old span
 * layout and the columns and span series fail here (the closing note of issue 20 shows it); the
 * inputs a limit refuses must be refused, whatever their size.
 */
import { growthSeries } from "../../bench/growth";
import { getDefaultRegister } from "../../src/core/agencies";
import { checkTablesFromText, runChecks } from "../../src/core/checks";
import { UserError } from "../../src/core/userError";
import { growth } from "../helpers/growth";

const register = getDefaultRegister();
/** Reads and checks as `chiso check` does; true when refused at a limit. */
const readAndCheck = (text: string): boolean => {
  try {
    runChecks(checkTablesFromText(text, "x.txt", register), register);
    return false;
  } catch (e) {
    if (e instanceof UserError) return true;
    throw e;
  }
};

describe("each reader grows linearly, n against 4n", () => {
  for (const [
    id,
    { what, make, sizes, refusedFrom = Infinity },
  ] of Object.entries(growthSeries)) {
    const read = sizes.filter((n) => n < refusedFrom);
    if (read.length >= 2)
      it(`${id}: ${what}`, () => {
        // The two smallest sizes read: large enough for n² to show, small enough for the suite.
        const [n, fourN] = read;
        expect(fourN).toBe(4 * n);
        expect(readAndCheck(make(fourN))).toBe(false);
        expect(
          growth((size) => readAndCheck(make(size)), n, 4, 3),
        ).toBeLessThan(10);
      });
    const refused = sizes.filter((n) => n >= refusedFrom);
    if (refused.length)
      it(`${id}: refused from ${refusedFrom.toLocaleString("en")}`, () => {
        for (const n of refused) expect(readAndCheck(make(n))).toBe(true);
      });
  }
});
