// Runs before every test file. cdktf's matchers are set up by the construct tests that use them
// (test/helpers/cdktf-matchers.ts), so other files do not load the CDK core. The per-file CPU log
// (C1TG_SUITE_CPU_LOG) is the test environment's: test/helpers/cpu-environment.js.
//
// Its one job: cdktf's (and cdktn's) Testing.synth / Testing.app make a `cdktf.outdir.*` temp dir
// per call and never remove it (~170 per run of the suite). The dirs this file's tests make are
// removed after its last test; fs is shared by the worker's files, so the wrapper is put back.
import { basename } from "node:path";

// The module object itself (what cdktf's `require("fs")` returns), not an import's copy of it.
const fs = require("node:fs") as typeof import("node:fs");

const made: string[] = [];
const mkdtempSync = fs.mkdtempSync;
const tracking = ((prefix: string, options?: import("node:fs").EncodingOption) => {
  const dir = mkdtempSync(prefix, options);
  if (basename(prefix).startsWith("cdktf.outdir.")) made.push(String(dir));
  return dir;
}) as typeof fs.mkdtempSync;
fs.mkdtempSync = tracking;

afterAll(() => {
  fs.mkdtempSync = mkdtempSync;
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
