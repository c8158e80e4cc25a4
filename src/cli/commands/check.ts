import type { Command } from "commander";
import * as z from "zod";
import { checkCredentials, DEFAULT_CHECK_TIME_BUDGET_MS } from "../../reconciler/credentials";
import { forSurface, SURFACE_INPUT_NAMES, SURFACES, type Surface } from "../../reconciler/settings";
import type { CredentialCheckResult } from "../../reconciler/types";
import { guardJson, guardLines } from "../../untrusted-text";
import { MissingApiKeyError } from "../api-key-source";
import { finishCommand } from "../command-result";
import { addKeyAndEndpointOptions, addNetworkOption, CLI_INPUT_NAMES, CLI_SETTING_NAMES, connectionFlagsShape, connectionFrom, timeBudgetFlag } from "../connection-flags";
import { parseFlags } from "../flags";
import { renderCheckMarkdown } from "../github/check-summary";
import { mdText } from "../github/markdown";
import { reportCommandToGitHub } from "../github/command-report";
import { reportNothingToCheck } from "../github/nothing-to-check";
import { writeVerdictOutput } from "../github/step-output";
import { renderCheckReport } from "../output/check-report";
import { styleFor } from "../output/style";
import { WaitProgress } from "../output/wait-progress";
import { inputNamesOf, readStackChecks, stackName, type StackCheck } from "../stack-checks";
import { EXIT, UsageError } from "../usage-error";
import { withVerdictGuard } from "../verdict";

const DEFAULT_BUDGET_SECONDS = DEFAULT_CHECK_TIME_BUDGET_MS / 1000;

const CheckFlags = z.object({
  ...connectionFlagsShape,
  require: z.enum(["read", "write"], { error: "--require must be read or write" }).default("read"),
  surface: z.enum(SURFACES as [Surface, ...Surface[]], { error: `--surface must be one of ${SURFACES.join(", ")}` }).optional(),
  timeBudget: timeBudgetFlag(DEFAULT_BUDGET_SECONDS),
  json: z.boolean().default(false),
});

const StackFlags = z.object({
  stack: z.string().min(1, "--stack must name a directory"),
  timeBudget: timeBudgetFlag(DEFAULT_BUDGET_SECONDS),
  json: z.boolean().default(false),
});

/** Flags that describe one check by hand; with --stack the stack says all of it. */
const HAND_FLAGS = ["network", "require", "surface", "apiKeyStdin", "baseUrl", "baseDomain", "timeout", "maxResponseBytes"] as const;

export function registerCheck(program: Command): void {
  const command = program
    .command("check")
    .description("check that a Twingate API key works for a network, with the permission ConductorOne needs");
  addNetworkOption(command)
    .option("--require <level>", "permission needed: read (access reviews, the default) or write (provisioning)")
    .option("--surface <surface>", `whose words the messages use: ${SURFACES.join(" or ")} (the TwingateIntegration construct's local-exec check passes twingate-integration); default: this command's flags`)
    .option("--stack <dir>", "check every c1twingate_credential_check of a synthesized stack (cdktf.out/stacks/<stack>), keys from TF_VAR_<name>")
    .option("--time-budget <seconds>", "longest the whole check may take, retries and waits included", String(DEFAULT_BUDGET_SECONDS))
    .option("--json", "print the result object as JSON");
  addKeyAndEndpointOptions(command).action((raw: Record<string, unknown>) =>
    withVerdictGuard("c1-twingate check", async () => {
      if (raw.stack !== undefined) {
        const given = HAND_FLAGS.filter((f) => raw[f] !== undefined && raw[f] !== false);
        if (given.length > 0) throw new UsageError(`--stack reads the network, the requirement, the key's variable and the endpoint from the stack: drop ${given.map(flagName).join(", ")}`);
        await checkStack(parseFlags(StackFlags, raw));
        return;
      }
      const flags = parseFlags(CheckFlags, raw);
      const connection = await connectionFrom(flags);
      const waits = new WaitProgress(process.stderr);
      let checked;
      try {
        checked = await checkCredentials({
          ...connection,
          require: flags.require,
          timeBudgetMs: flags.timeBudget * 1000,
          log: waits.onEvent,
          inputNames: flags.surface !== undefined ? SURFACE_INPUT_NAMES[flags.surface] : CLI_INPUT_NAMES,
        });
      } finally {
        waits.close();
      }
      finishCommand("check", checked, { json: flags.json }, { text: (r) => renderCheckReport(r, styleFor(process.stdout)), markdown: renderCheckMarkdown });
    }),
  );
}

function flagName(flag: string): string {
  return `--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * `check --stack DIR`: each credential check of the stack, as terraform would run it, one
 * report each. Every key variable is looked up first, so a run without secrets (a fork's pull
 * request) stops before any request, with the variable named.
 */
async function checkStack(flags: z.output<typeof StackFlags>): Promise<void> {
  const checks = readStackChecks(flags.stack, process.env);
  if (checks.length === 0) {
    // Not an error: another stack of the app, or validation "local-exec"/"none". Verdict none (plan it).
    const { line } = reportNothingToCheck(stackName(flags.stack), process.env, (l) => (flags.json ? process.stderr : process.stdout).write(l + "\n"));
    if (flags.json) process.stdout.write("[]\n");
    else process.stdout.write(guardLines(line) + "\n");
    process.exitCode = EXIT.ok;
    return;
  }
  const keys = new Map<StackCheck, string>();
  for (const check of checks) {
    const key = process.env[check.keyVariable];
    if (key === undefined || key.trim() === "") {
      throw new MissingApiKeyError(`${check.address} reads its key from ${check.keyVariable}, which is not set: export it as terraform would get it`, check.keyVariable);
    }
    keys.set(check, key.trim());
  }
  const style = styleFor(process.stdout);
  const results: { check: StackCheck; result: CredentialCheckResult }[] = [];
  for (const check of checks) {
    const waits = new WaitProgress(process.stderr);
    try {
      const raw = await checkCredentials({
        ...check.provider,
        network: check.network,
        apiKey: keys.get(check) ?? "",
        require: check.require,
        timeBudgetMs: check.provider.timeBudgetMs ?? flags.timeBudget * 1000,
        log: waits.onEvent,
        inputNames: inputNamesOf(check),
      });
      results.push({ check, result: { ...raw, findings: forSurface(raw.findings, CLI_SETTING_NAMES) } });
    } finally {
      waits.close();
    }
  }
  const named = (check: StackCheck): string => (check.constructPath ? `${check.constructPath} (${check.address})` : check.address);
  if (flags.json) {
    process.stdout.write(guardJson(JSON.stringify(results.map(({ check, result }) => ({ address: check.address, constructPath: check.constructPath, result })), null, 2)) + "\n");
  } else {
    for (const { check, result } of results) process.stdout.write(guardLines(`${style.bold(named(check))}\n`) + renderCheckReport(result, style) + "\n");
  }
  for (const { check, result } of results) {
    reportCommandToGitHub(
      { title: `c1-twingate check ${check.constructPath ?? check.address}`, findings: result.findings, summaryMarkdown: () => `${renderCheckMarkdown(result)}\n_${mdText(named(check))}_\n` },
      { jsonOnStdout: flags.json },
    );
  }
  const ok = results.every(({ result }) => result.ok);
  writeVerdictOutput(ok ? "passed" : "failed");
  process.exitCode = ok ? EXIT.ok : EXIT.checkFailed;
}
