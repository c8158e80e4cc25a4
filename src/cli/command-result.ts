import type { Finding } from "../reconciler/types";
import { forSurface } from "../reconciler/settings";
import { guardJson } from "../untrusted-text";
import { CLI_SETTING_NAMES } from "./connection-flags";
import { reportCommandToGitHub } from "./github/command-report";
import { writeVerdictOutput } from "./github/step-output";
import { EXIT } from "./usage-error";

/** What `check` and `preview` both end with: a verdict, a network (or none) and findings. */
export interface CommandResult {
  ok: boolean;
  network: { label: string } | null;
  findings: Finding[];
}

/**
 * The one ending of `check` and `preview`: fixes rendered with the CLI's flag names, the result
 * printed once (JSON, markdown or text), GitHub annotations and summary, and the exit code.
 */
export function finishCommand<R extends CommandResult>(
  command: "check" | "preview",
  raw: R,
  output: { json: boolean; markdown?: boolean },
  render: { text: (result: R) => string; markdown: (result: R) => string },
): void {
  // Fixes name the CLI's flags; every sink below shows the same findings.
  const result: R = { ...raw, findings: forSurface(raw.findings, CLI_SETTING_NAMES) };
  if (output.json) process.stdout.write(guardJson(JSON.stringify(result, null, 2)) + "\n");
  else if (output.markdown) process.stdout.write(render.markdown(result));
  else process.stdout.write(render.text(result));
  reportCommandToGitHub(
    {
      // Never the --network flag as typed: it may hold the key (refused inputs are not shown).
      title: `c1-twingate ${command} ${result.network?.label ?? "(network not accepted)"}`,
      findings: result.findings,
      summaryMarkdown: () => render.markdown(result),
    },
    { jsonOnStdout: output.json },
  );
  writeVerdictOutput(result.ok ? "passed" : "failed");
  process.exitCode = result.ok ? EXIT.ok : EXIT.checkFailed;
}
