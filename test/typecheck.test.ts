/**
 * The whole project type-checks (`tsc --noEmit -p tsconfig.json`: src, constructs, test, bench,
 * scripts under `strict`). A test file rather than a step before jest, so the type-check runs on
 * a worker beside the other files instead of holding up all of them (bench/suite-duration.md);
 * `npm run typecheck` runs the same alone.
 *
 * Incremental, with its build info under the gitignored .cache/: tsc then re-checks only the
 * files that changed and those that depend on them, and reports the same diagnostics (it keeps
 * each file's diagnostics and re-reads them; a new compiler version or other options start over).
 * A fresh clone checks everything, as before. tsc's CPU: ~22 s for a full check, ~7 s with
 * nothing changed, ~12 s after a change to a module src/cli imports everywhere.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const BUILD_INFO = join(ROOT, ".cache", "typecheck", "tsconfig.tsbuildinfo");

it("tsc --noEmit reports no error", async () => {
  const result = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = execFile(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", join(ROOT, "tsconfig.json"), "--incremental", "--tsBuildInfoFile", BUILD_INFO], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") reject(error);
      else resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}` });
    });
    child.stdin?.end();
  });
  // The compiler's own report, so a failure reads like `npm run typecheck`.
  expect(result.output.trim()).toBe("");
  expect(result.code).toBe(0);
}, 600_000);
