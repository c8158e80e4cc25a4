import { isGitHubActions } from "./actions-report";
import { appendJobSummaryOrWarn } from "./job-summary";
import { mdText } from "./markdown";
import { secretsUnavailableReason } from "./pull-request";
import { writeVerdictOutput, type Verdict } from "./step-output";
import { annotation } from "./workflow-commands";

/**
 * `check --stack` on a stack with no `c1twingate_credential_check` (another stack of a
 * multi-stack app, or a TwingateIntegration with validation "local-exec" or "none"). That is no
 * failure: there is nothing to check, so the verdict is `none` and the workflow plans the stack.
 * On a pull request that gets no secrets (a fork's) the verdict stays `skipped`, as for every
 * other stack of the run: its plan would need the secrets GitHub withheld.
 * In Actions: a notice (or warning) annotation through `commands`, a job summary section, the
 * verdict output. Returns the verdict and the line to print.
 */
export function reportNothingToCheck(stack: string, env: NodeJS.ProcessEnv, commands: (line: string) => void): { verdict: Verdict; line: string } {
  const reason = isGitHubActions(env) ? secretsUnavailableReason(env) : null;
  const verdict: Verdict = reason === null ? "none" : "skipped";
  const line =
    reason === null
      ? `no credential check in stack ${stack}: nothing to check (no c1twingate_credential_check; validation "local-exec" checks at apply, "none" never)`
      : `no credential check in stack ${stack}: nothing to check, and ${reason}, so the plan is not run`;
  if (isGitHubActions(env)) {
    commands(annotation(reason === null ? "notice" : "warning", line, { title: `c1-twingate check ${stack}` }));
    const summary =
      reason === null
        ? `### ➖ Twingate credential check for stack \`${mdText(stack)}\`: nothing to check\n\nThe stack has no \`c1twingate_credential_check\`; its plan runs without one.\n`
        : `### ⚠️ Twingate credential check for stack \`${mdText(stack)}\`: nothing to check\n\n${mdText(reason)}, so the plan was not run.\n`;
    appendJobSummaryOrWarn(summary, env);
  }
  writeVerdictOutput(verdict, env);
  return { verdict, line };
}
