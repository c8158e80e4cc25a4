import type { PresentedFinding } from "../output/findings";
import { isGitHubActions, reportToGitHubActions } from "./actions-report";

/**
 * The one call `check` and `preview` make after printing their result: in GitHub Actions,
 * annotate the findings and append the job summary; elsewhere, nothing.
 */
export function reportCommandToGitHub(
  report: { title: string; findings: readonly PresentedFinding[]; summaryMarkdown: () => string },
  options: { jsonOnStdout: boolean },
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (!isGitHubActions(env)) return;
  reportToGitHubActions(
    { title: report.title, findings: report.findings, summaryMarkdown: report.summaryMarkdown() },
    {
      env,
      // Keep stdout pure JSON for --json consumers; the runner reads workflow commands from stderr too.
      commands: (line) => (options.jsonOnStdout ? process.stderr : process.stdout).write(line + "\n"),
      warn: (line) => process.stderr.write(line + "\n"),
    },
  );
}
