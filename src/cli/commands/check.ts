import type { Command } from "commander";
import { z } from "zod";
import { checkCredentials } from "../../reconciler/credentials";
import { addKeyAndEndpointOptions, addNetworkOption, connectionFlagsShape, connectionFrom } from "../connection-flags";
import { renderCheckReport } from "../output/check-report";
import { styleFor } from "../output/style";
import { EXIT } from "../usage-error";
import { parseFlags } from "../flags";
import { renderCheckMarkdown } from "../github/check-summary";
import { reportCommandToGitHub } from "../github/command-report";

const CheckFlags = z.object({
  ...connectionFlagsShape,
  require: z.enum(["read", "write"], { error: "--require must be read or write" }).default("read"),
  json: z.boolean().default(false),
});

export function registerCheck(program: Command): void {
  const command = program
    .command("check")
    .description("check that a Twingate API key works for a network, with the permission ConductorOne needs");
  addNetworkOption(command)
    .option("--require <level>", "permission needed: read (access reviews) or write (provisioning)", "read")
    .option("--json", "print the result object as JSON");
  addKeyAndEndpointOptions(command).action(async (raw: unknown) => {
    const flags = parseFlags(CheckFlags, raw);
    const result = await checkCredentials({ ...(await connectionFrom(flags)), require: flags.require });
    if (flags.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    else process.stdout.write(renderCheckReport(result, styleFor(process.stdout)));
    reportCommandToGitHub(
      {
        title: `c1-twingate check ${result.network?.label ?? flags.network}`,
        findings: result.findings,
        summaryMarkdown: () => renderCheckMarkdown(result),
      },
      { jsonOnStdout: flags.json },
    );
    process.exitCode = result.ok ? EXIT.ok : EXIT.checkFailed;
  });
}
