// What dist/cli.js runs: the CLI itself is dist/cli-main.js (scripts/build.mjs), compiled here with
// the V8 code cache the provider uses (src/tfplugin/packaging/lazy-module.ts, in
// ~/.cache/c1-twingate/v8; C1TG_CODE_CACHE_DIR=<dir>, or `off`). Compiling the 1.3 MB bundle is
// most of a command's start-up (~120 ms of CPU); with the cache, a few ms after the first run on
// a machine. Under `node --enable-source-maps` (NODE_OPTIONS) it is required as usual instead,
// since Node maps stack traces only of the files its own loader compiled.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { keepEnvironmentOutOfReports } from "../net/diagnostic-report";
import { refuseInheritedInspector } from "../net/node-inspector";
import { trustedCodeCacheDir } from "../provider/load-engine";
import { compileCommonJs } from "../tfplugin/packaging/lazy-module";

// Before anything reads a key: an inspector NODE_OPTIONS opened lets any local user read it (net/node-inspector.ts).
refuseInheritedInspector("c1-twingate", { exitCode: 2, plugin: false, hint: " (to debug the CLI, pass --inspect to node on its command line)" });
// A diagnostic report NODE_OPTIONS asked for would hold the key from the environment (net/diagnostic-report.ts).
keepEnvironmentOutOfReports();
const main = join(__dirname, "cli-main.js");
const cacheDir = process.sourceMapsEnabled ? undefined : trustedCodeCacheDir();
if (cacheDir === undefined) {
  createRequire(__filename)(main);
} else {
  const { factory } = compileCommonJs(readFileSync(main), main, cacheDir);
  const module = { exports: {} };
  factory(module.exports, createRequire(main), module, main, __dirname);
}
