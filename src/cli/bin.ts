#!/usr/bin/env node
import { main } from "./chiso";

main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
