import { setFlagsFromString } from "node:v8";
import type { Command } from "commander";
import * as z from "zod";
import { CONNECTOR_VERSIONS, DEFAULT_CONNECTOR_VERSION, DEFAULT_TIME_BUDGET_MS, previewSync, type SyncPreviewResult } from "../../reconciler/preview";
import { finishCommand } from "../command-result";
import { addKeyAndEndpointOptions, addNetworkOption, connectionFlagsShape, connectionFrom, timeBudgetFlag } from "../connection-flags";
import { collect, parseFlags } from "../flags";
import { renderPreviewMarkdown } from "../output/preview-markdown";
import { renderPreviewReport } from "../output/preview-report";
import { ProgressBar } from "../output/progress";
import { styleFor } from "../output/style";
import { WaitProgress } from "../output/wait-progress";
import { withVerdictGuard } from "../verdict";

const DEFAULT_BUDGET_SECONDS = DEFAULT_TIME_BUDGET_MS / 1000;

const PreviewFlags = z
  .object({
    ...connectionFlagsShape,
    // Repeatable, each occurrence comma-separated: every name given is kept, and an empty one
    // (a doubled or trailing comma) is refused rather than silently dropped.
    groups: z
      .array(z.string())
      .optional()
      .transform((given, ctx) => {
        const names = (given ?? []).flatMap((v) => v.split(",")).map((s) => s.trim());
        const blank = names.findIndex((s) => s.length === 0);
        if (blank >= 0) {
          ctx.addIssue({
            code: "custom",
            message: `--groups name ${blank + 1} of ${names.length} is empty: remove the extra comma`,
          });
          return z.NEVER;
        }
        return names;
      }),
    timeBudget: timeBudgetFlag(DEFAULT_BUDGET_SECONDS),
    allowPartial: z.boolean().default(false),
    pageSize: z.coerce
      .number({ error: "--page-size must be a whole number from 1 to 100" })
      .int("--page-size must be a whole number from 1 to 100")
      .min(1, "--page-size must be a whole number from 1 to 100")
      .max(100, "--page-size must be a whole number from 1 to 100")
      .default(100),
    readsPerMinute: z.coerce
      .number({ error: "--reads-per-minute must be a whole number" })
      .int("--reads-per-minute must be a whole number")
      .positive("--reads-per-minute must be positive")
      .default(60),
    connectorVersion: z
      .enum(CONNECTOR_VERSIONS, { error: `--connector-version must be one of ${CONNECTOR_VERSIONS.join(", ")}` })
      .default(DEFAULT_CONNECTOR_VERSION),
    json: z.boolean().default(false),
    markdown: z.boolean().default(false),
  })
  .refine((f) => !(f.json && f.markdown), { message: "--json and --markdown are alternatives: pass one of them" });

export function registerPreview(program: Command): void {
  const command = program
    .command("preview")
    .description(
      "preview what ConductorOne's Twingate connector would sync and show: users, groups, role grants, entitlements, provisionable groups",
    );
  addNetworkOption(command)
    .option("--groups <names>", "comma-separated provisioning target groups (names or IDs) to verify; repeatable", collect)
    .option("--time-budget <seconds>", "longest the preview may take; it stops there with partial counts", String(DEFAULT_BUDGET_SECONDS))
    .option("--allow-partial", "accept a preview stopped by its time budget (partial counts): exit 0 with a warning instead of 1")
    .option("--page-size <n>", "items per request, 1 to 100 (100 needs the fewest requests)", "100")
    .option("--reads-per-minute <n>", "client-side pacing; 60 is Twingate's documented limit (raise only for the simulator)", "60")
    .option(
      "--connector-version <version>",
      `ConductorOne connector behaviour to model: ${CONNECTOR_VERSIONS.join(" or ")} (see docs/connector-view.md)`,
      DEFAULT_CONNECTOR_VERSION,
    )
    .option("--json", "print the result object as JSON")
    .option("--markdown", "print the result as markdown (for a pull request comment)");
  addKeyAndEndpointOptions(command).action((raw: unknown) =>
    withVerdictGuard("c1-twingate preview", async () => {
      const flags = parseFlags(PreviewFlags, raw);
      // Pages arrive as large short-lived objects; by default V8 lets the heap grow to several
      // times the live data before collecting. Collect early instead: the preview's live data is small.
      setFlagsFromString("--optimize-for-size");
      const connection = await connectionFrom(flags);
      const bar = new ProgressBar(process.stderr);
      const waits = new WaitProgress(process.stderr, { beforeLine: () => bar.clear() });
      let previewed: SyncPreviewResult;
      try {
        previewed = await previewSync({
          ...connection,
          groups: flags.groups,
          timeBudgetMs: flags.timeBudget * 1000,
          allowPartial: flags.allowPartial,
          pageSize: flags.pageSize,
          connectorVersion: flags.connectorVersion,
          pacing: { reads: flags.readsPerMinute, windowMs: 60_000 },
          log: waits.onEvent,
          ...(bar.enabled ? { onProgress: (p) => bar.update(p) } : {}),
        });
      } finally {
        waits.close();
        bar.clear();
      }
      finishCommand("preview", previewed, { json: flags.json, markdown: flags.markdown }, {
        text: (r) => renderPreviewReport(r, styleFor(process.stdout)),
        markdown: renderPreviewMarkdown,
      });
    }),
  );
}
