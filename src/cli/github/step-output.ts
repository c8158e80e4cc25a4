import { appendFileSync } from "node:fs";

/**
 * What a step tells later steps (`steps.<id>.outputs.verdict`): passed, failed, skipped (no
 * secrets in this run), or none (the stack has no credential check: nothing to check, plan it).
 */
export type Verdict = "passed" | "failed" | "skipped" | "none";

/**
 * Appends `verdict=<v>` to the file named by `GITHUB_OUTPUT`, so a workflow can run the plan only
 * after a passing check (`if: steps.check.outputs.verdict == 'passed'`). Outside Actions, nothing.
 */
export function writeVerdictOutput(verdict: Verdict, env: NodeJS.ProcessEnv = process.env): void {
  const path = env.GITHUB_OUTPUT;
  if (path === undefined || path.trim() === "") return;
  try {
    appendFileSync(path, `verdict=${verdict}\n`, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "write failed";
    process.stderr.write(`c1-twingate: could not write the step output to GITHUB_OUTPUT (${reason})\n`);
  }
}
