import type { Command } from "commander";
import { z } from "zod";
import { checkCredentials, DEFAULT_CHECK_TIME_BUDGET_MS } from "../../reconciler/credentials";
import { finishCommand } from "../command-result";
import { addKeyAndEndpointOptions, addNetworkOption, connectionFlagsShape, connectionFrom, timeBudgetFlag } from "../connection-flags";
import { parseFlags } from "../flags";
import { renderCheckMarkdown } from "../github/check-summary";
import { renderCheckReport } from "../output/check-report";
import { styleFor } from "../output/style";
import { WaitProgress } from "../output/wait-progress";
import { withVerdictGuard } from "../verdict";

const DEFAULT_BUDGET_SECONDS = DEFAULT_CHECK_TIME_BUDGET_MS / 1000;

const CheckFlags = z.object({
  ...connectionFlagsShape,
  require: z.enum(["read", "write"], { error: "--require must be read or write" }).default("read"),
  timeBudget: timeBudgetFlag(DEFAULT_BUDGET_SECONDS),
  json: z.boolean().default(false),
});

export function registerCheck(program: Command): void {
  const command = program
    .command("check")
    .description("check that a Twingate API key works for a network, with the permission ConductorOne needs");
  addNetworkOption(command)
    .option("--require <level>", "permission needed: read (access reviews) or write (provisioning)", "read")
    .option("--time-budget <seconds>", "longest the whole check may take, retries and waits included", String(DEFAULT_BUDGET_SECONDS))
    .option("--json", "print the result object as JSON");
  addKeyAndEndpointOptions(command).action((raw: unknown) =>
    withVerdictGuard("c1-twingate check", async () => {
      const flags = parseFlags(CheckFlags, raw);
      const connection = await connectionFrom(flags);
      const waits = new WaitProgress(process.stderr);
      let checked;
      try {
        checked = await checkCredentials({ ...connection, require: flags.require, timeBudgetMs: flags.timeBudget * 1000, log: waits.onEvent });
      } finally {
        waits.close();
      }
      finishCommand("check", checked, { json: flags.json }, { text: (r) => renderCheckReport(r, styleFor(process.stdout)), markdown: renderCheckMarkdown });
    }),
  );
}
