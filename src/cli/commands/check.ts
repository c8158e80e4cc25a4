import type { Command } from "commander";
import { z } from "zod";
import { checkCredentials } from "../../reconciler/credentials";
import { readApiKey } from "../api-key-source";
import { renderCheckReport } from "../output/check-report";
import { styleFor } from "../output/style";
import { EXIT, UsageError } from "../usage-error";
import { parseFlags } from "../flags";
import { renderCheckMarkdown } from "../github/check-summary";
import { reportCommandToGitHub } from "../github/command-report";

const CheckFlags = z.object({
  network: z.string({ error: "--network is required, e.g. --network acme for acme.twingate.com" }).min(1),
  require: z.enum(["read", "write"], { error: "--require must be read or write" }).default("read"),
  json: z.boolean().default(false),
  apiKeyEnv: z.string().default("TWINGATE_API_KEY"),
  apiKeyStdin: z.boolean().default(false),
  baseUrl: z.string().optional(),
  baseDomain: z.string().optional(),
  timeout: z.coerce.number({ error: "--timeout must be a number of seconds" }).positive("--timeout must be positive").optional(),
});

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("check that a Twingate API key works for a network, with the permission ConductorOne needs")
    .option("--network <network>", "Twingate network: acme, acme.twingate.com or https://acme.twingate.com")
    .option("--require <level>", "permission needed: read (access reviews) or write (provisioning)", "read")
    .option("--json", "print the result object as JSON")
    .option("--api-key-env <name>", "environment variable holding the API key", "TWINGATE_API_KEY")
    .option("--api-key-stdin", "read the API key from the first line of standard input")
    .option("--base-url <template>", "API base URL template containing {network} (simulator, non-production domains)")
    .option("--base-domain <domain>", "base domain of the network (default twingate.com)")
    .option("--timeout <seconds>", "per-request timeout in seconds")
    .action(async (raw: unknown) => {
      const flags = parseFlags(CheckFlags, raw);
      const apiKey = await readApiKey(flags);
      const result = await checkCredentials({
        network: flags.network,
        apiKey,
        require: flags.require,
        ...(flags.baseUrl !== undefined ? { baseUrl: flags.baseUrl } : {}),
        ...(flags.baseDomain !== undefined ? { baseDomain: flags.baseDomain } : {}),
        ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout * 1000 } : {}),
      });
      if (flags.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
      else process.stdout.write(renderCheckReport(result, styleFor(process.stdout)));
      reportCommandToGitHub(
        { title: `c1-twingate check ${result.network?.label ?? flags.network}`, findings: result.findings, summaryMarkdown: () => renderCheckMarkdown(result) },
        { jsonOnStdout: flags.json },
      );
      process.exitCode = result.ok ? EXIT.ok : EXIT.checkFailed;
    });
}

export { UsageError };
