import type { CredentialCheckResult } from "../../reconciler/types";
import { guardLines } from "../../untrusted-text";
import { renderFindings } from "./findings";
import { MARK, type Style } from "./style";

/** Human-readable report of a credential check: one line per step, then each finding with its fix. */
export function renderCheckReport(result: CredentialCheckResult, style: Style): string {
  const lines: string[] = [];
  const where = result.network ? `${result.network.label} (${result.endpoint ?? result.network.input})` : "(no network)";
  lines.push(style.bold(`Twingate credential check for ${where}, requiring ${result.required} access`));
  for (const step of result.steps) {
    const mark =
      step.status === "passed" ? style.ok(MARK.passed) : step.status === "failed" ? style.fail(MARK.failed) : style.dim(MARK.skipped);
    lines.push(`  ${mark} ${step.name}: ${step.detail}`);
  }
  const problems = result.findings.filter((f) => f.severity !== "info");
  if (problems.length > 0) lines.push("");
  lines.push(...renderFindings(problems, style));
  lines.push("");
  const counts = result.counts ? `, ${result.counts.users ?? "?"} users, ${result.counts.groups ?? "?"} groups` : "";
  const summary = `permission found: ${result.permission}${counts}; ${result.requests} request(s) in ${result.durationMs} ms`;
  lines.push(result.ok ? style.ok(`${MARK.passed} credentials OK — ${summary}`) : style.fail(`${MARK.failed} check failed — ${summary}`));
  return guardLines(lines.join("\n") + "\n");
}
