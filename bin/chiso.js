#!/usr/bin/env node
/**
 * Starts `chiso` from its one-file build (dist/chiso.js, made by scripts/build-cli.js) with V8's
 * code cache beside it, so a command does not spend its first 40 ms compiling. Node 22 does this
 * itself (module.enableCompileCache); on Node 20 it is done here: the bundle, our own file, is
 * compiled with the cache the last run left, and when there was none or V8 refused it (a new
 * build), the cache is written once the command is done. A cache that cannot be written (a
 * read-only install) only costs the time.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

const file = path.join(__dirname, "..", "dist", "chiso.js");
const cacheFile = path.join(__dirname, "..", "dist", "chiso.cache");

if (typeof Module.enableCompileCache === "function") {
  Module.enableCompileCache();
  require(file);
} else {
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = fs.readFileSync(file, "utf8").replace(/^#!.*/, "");
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.paths = Module._nodeModulePaths(path.dirname(file));
  if (!cachedData || script.cachedDataRejected)
    process.once("exit", () => {
      try {
        fs.writeFileSync(cacheFile, script.createCachedData());
      } catch {
        // Read-only: the next run compiles again.
      }
    });
  script.runInThisContext().call(bundle.exports, bundle.exports, (id) => bundle.require(id), bundle, file, path.dirname(file));
}
