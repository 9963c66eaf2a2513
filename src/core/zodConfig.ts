/**
 * zod compiles fast object parsers with `new Function` unless told not to. We never evaluate
 * code (the pane's Content-Security-Policy forbids it, and so do our rules): jitless mode.
 * Every schema module imports zod through this file.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
