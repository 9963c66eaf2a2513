#!/usr/bin/env node
import { main } from "./chiso";

// `chiso check … | head`: a reader that stops reading is no error of ours; stop quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

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
