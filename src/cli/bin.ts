#!/usr/bin/env node
import { main } from "./chiso";

main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  cwd: process.cwd(),
  ...(process.env.CHISO_LANG === "en" || process.env.CHISO_LANG === "vi"
    ? { lang: process.env.CHISO_LANG }
    : {}),
}).then((code) => {
  process.exitCode = code;
});
