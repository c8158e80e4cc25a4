import type { MissingApiKeyError } from "../api-key-source";
import { EXIT } from "../usage-error";
import { isGitHubActions } from "./actions-report";
import { appendJobSummaryOrWarn } from "./job-summary";
import { mdText } from "./markdown";
import { secretsUnavailableReason } from "./pull-request";
import { writeVerdictOutput } from "./step-output";
import { annotation } from "./workflow-commands";

/**
 * A key variable that is empty in GitHub Actions. On a pull request from a fork GitHub gives the
 * run no secrets: that is no mistake of the author's, so the check is reported as skipped (a
 * warning annotation, a job summary section, `verdict=skipped`, exit 0) and the workflow's later
 * steps can skip the plan. Otherwise the secret is missing: an error annotation that says where
 * to add it, and exit 2. Returns the exit code, or null outside Actions (the plain usage error).
 */
export function reportMissingSecret(error: MissingApiKeyError, command: string, env: NodeJS.ProcessEnv, out: (line: string) => void): number | null {
  if (!isGitHubActions(env)) return null;
  const variable = error.variable ?? "the API key variable";
  const reason = secretsUnavailableReason(env);
  const title = `c1-twingate ${command}`;
  const writeSummary = (markdown: string): void => void appendJobSummaryOrWarn(markdown, env);
  if (reason !== null) {
    const message =
      `Twingate credentials not checked: ${reason}, so ${variable} is empty. ` +
      "The check runs on pull requests from branches of this repository, and on this one once a maintainer pushes it to a branch here.";
    out(annotation("warning", message, { title: `${title}: skipped` }));
    writeSummary(`### ⚠️ Twingate credential check skipped\n\n${mdText(reason)}: **${mdText(variable)}** is empty, so nothing was checked and the plan was not run.\n`);
    writeVerdictOutput("skipped", env);
    return EXIT.ok;
  }
  const message =
    `${variable} is empty: add the Twingate API key as a repository secret (Settings → Secrets and variables → Actions) ` +
    `and pass it to this step only: env: { ${variable}: \${{ secrets.<NAME> }} }`;
  out(annotation("error", message, { title: `${title}: no API key` }));
  writeSummary(`### ❌ Twingate credential check: no API key\n\n${mdText(message)}\n`);
  writeVerdictOutput("failed", env);
  return EXIT.usage;
}
