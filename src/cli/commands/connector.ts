import type { Command } from "commander";
import * as z from "zod";
import { readFile } from "node:fs/promises";
import {
  C1_ENV,
  C1_ID_RULE,
  C1CaFileUnreadableError,
  ConductorOneClient,
  ConductorOneError,
  isC1Id,
  resolveConductorOne,
  syncVerdict,
  verifyConnectorSync,
  type Connector,
} from "../../conductorone";
import { parseFlags } from "../flags";
import { reportCommandToGitHub } from "../github/command-report";
import { renderConnectorMarkdown, renderConnectorStatus, type ConnectorStatusReport, type ReportFinding } from "../output/connector-status";
import { styleFor } from "../output/style";
import { EXIT, UsageError } from "../usage-error";

/**
 * `c1-twingate connector status --app-id … --connector-id …`: read a ConductorOne connector's
 * sync status (optionally waiting for a sync), print it, annotate GitHub Actions. Credentials
 * come as the official provider takes them (CONDUCTORONE_* variables, OIDC / workload identity
 * tokens); secrets are read from the environment only, never from flags.
 * Exit codes: 0 synced (per --accept), 1 not synced / sync error / API failure, 2 usage.
 */

/** The one id rule (src/conductorone/ids.ts), shared with the provider and the client's paths. */
const idFlag = (flag: string) => z.string({ error: `${flag} is required` }).refine(isC1Id, `${flag} must be ${C1_ID_RULE} (the value is not shown)`);
const number = (flag: string, what: string) => z.coerce.number({ error: `${flag} must be ${what}` }).positive(`${flag} must be ${what}`);

const StatusFlags = z.object({
  appId: idFlag("--app-id"),
  connectorId: idFlag("--connector-id"),
  serverUrl: z.string().min(1).optional(),
  tenantDomain: z.string().min(1).optional(),
  clientId: z.string().min(1).optional(),
  caFile: z.string().min(1).optional(),
  accept: z.enum(["completed", "started"], { error: "--accept must be completed or started" }).default("completed"),
  maxAge: number("--max-age", "a positive number of hours").optional(),
  failStale: z.boolean().default(false),
  wait: number("--wait", "a positive number of minutes").optional(),
  pollSeconds: number("--poll-seconds", "a positive number of seconds").default(15),
  forceSync: z.boolean().default(false),
  timeout: number("--timeout", "a positive number of seconds").default(30),
  apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "--api-key-env must be an environment variable name").default("TWINGATE_API_KEY"),
  json: z.boolean().default(false),
});
type StatusFlags = z.output<typeof StatusFlags>;

/**
 * The secrets of this run, from the environment (never from flags): an id flag holding one of
 * them (arguments swapped) would be printed in every report, so it is refused by name before
 * anything runs. Ids are compared by value only: a real id has a token's shape (a KSUID).
 */
function idHoldsSecret(flags: StatusFlags): { flag: string; what: string } | undefined {
  const secretEnv = [C1_ENV.accessToken, C1_ENV.clientSecret, C1_ENV.oidcToken, C1_ENV.tfcConductorOne, C1_ENV.tfcC1, C1_ENV.tfc, flags.apiKeyEnv];
  for (const [flag, value] of [["--app-id", flags.appId], ["--connector-id", flags.connectorId]] as const) {
    const id = value.trim().toLowerCase();
    for (const name of secretEnv) {
      const secret = process.env[name]?.trim().toLowerCase();
      if (secret && secret.length >= 8 && (secret.includes(id) || id.includes(secret))) return { flag, what: `the value of ${name}` };
    }
  }
  return undefined;
}

export function registerConnector(program: Command): void {
  const connector = program.command("connector").description("inspect a ConductorOne connector (credentials: CONDUCTORONE_* environment variables, as the conductorone provider)");
  connector
    .command("status")
    .description("show a connector's sync status (Not connected, Syncing, Connected, Error) and exit 1 unless it synced")
    .option("--app-id <id>", "ConductorOne app id")
    .option("--connector-id <id>", "ConductorOne connector id")
    .option("--accept <level>", "what counts as synced: completed (Connected) or started (Syncing is enough)", "completed")
    .option("--max-age <hours>", "warn when the last completed sync is older than this")
    .option("--fail-stale", "with --max-age: fail instead of warning")
    .option("--wait <minutes>", "poll until the sync is accepted or failed, for at most this long")
    .option("--poll-seconds <seconds>", "time between polls with --wait", "15")
    .option("--force-sync", "queue a sync first (with --wait: wait for that new sync)")
    .option("--server-url <url>", "ConductorOne server (default CONDUCTORONE_SERVER_URL, or the host in the client id)")
    .option("--tenant-domain <name>", "ConductorOne tenant, e.g. acme for acme.conductor.one (default CONDUCTORONE_TENANT_DOMAIN)")
    .option("--client-id <id>", "client id (default CONDUCTORONE_CLIENT_ID); the secret comes from CONDUCTORONE_CLIENT_SECRET only")
    .option("--ca-file <path>", "PEM CA certificates to trust instead of the system roots (default SSL_CERT_FILE)")
    .option("--timeout <seconds>", "per-request timeout", "30")
    .option("--api-key-env <name>", "a Twingate API key in this variable is also scrubbed from anything ConductorOne says", "TWINGATE_API_KEY")
    .option("--json", "print the report object as JSON")
    .action(async (raw: unknown) => {
      const flags = parseFlags(StatusFlags, raw);
      const swapped = idHoldsSecret(flags);
      if (swapped) throw new UsageError(`${swapped.flag} holds ${swapped.what}, a secret (the value is not shown): pass the ConductorOne id there`);
      const report = await connectorStatus(flags);
      if (flags.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
      else process.stdout.write(renderConnectorStatus(report, styleFor(process.stdout)));
      reportCommandToGitHub(
        {
          title: `c1-twingate connector status ${flags.connectorId}`,
          findings: report.findings,
          summaryMarkdown: () => renderConnectorMarkdown(report),
        },
        { jsonOnStdout: flags.json },
      );
      process.exitCode = report.ok ? EXIT.ok : report.error && isConfigError(report.error.code) ? EXIT.usage : EXIT.checkFailed;
    });
}

const CONFIG_CODES = new Set(["C1_CREDENTIALS_MISSING", "C1_CLIENT_ID_MISSING", "C1_CLIENT_ID_INVALID", "C1_CLIENT_SECRET_INVALID", "C1_TOKEN_INVALID", "C1_SECRET_IN_SETTING", "C1_SERVER_URL_INVALID", "C1_SERVER_UNKNOWN", "C1_CA_FILE_UNREADABLE"]);
const isConfigError = (code: string): boolean => CONFIG_CODES.has(code);

async function readCa(path: string | undefined): Promise<string | undefined> {
  if (path === undefined) return undefined;
  try {
    const text = await readFile(path, "utf8");
    if (!text.includes("-----BEGIN CERTIFICATE-----")) throw new C1CaFileUnreadableError(path, "--ca-file", "it holds no PEM certificate");
    return text;
  } catch (error) {
    if (error instanceof ConductorOneError) throw error;
    throw new C1CaFileUnreadableError(path, "--ca-file", (error as NodeJS.ErrnoException).code ?? "unreadable");
  }
}

async function connectorStatus(flags: StatusFlags): Promise<ConnectorStatusReport> {
  const base = { appId: flags.appId, connectorId: flags.connectorId };
  let client: ConductorOneClient | undefined;
  try {
    // The Twingate key the connector was given may come back in lastError: scrub it too; and it
    // must not sit in a shown ConductorOne setting (refused by name before anything is resolved).
    const twingateKey = process.env[flags.apiKeyEnv]?.trim();
    const resolved = resolveConductorOne(
      {
        ...(flags.serverUrl ? { server_url: flags.serverUrl } : {}),
        ...(flags.tenantDomain ? { tenant_domain: flags.tenantDomain } : {}),
        ...(flags.clientId ? { client_id: flags.clientId } : {}),
      },
      process.env,
      { otherSecrets: twingateKey ? [{ value: twingateKey, what: `the Twingate API key (env ${flags.apiKeyEnv})` }] : [] },
    );
    const ca = await readCa(flags.caFile);
    client = new ConductorOneClient({ resolved, ...(ca ? { ca } : {}), timeoutMs: flags.timeout * 1000, ...(twingateKey ? { redact: [twingateKey] } : {}) });
    const who = `connector ${flags.connectorId} of app ${flags.appId}`;
    const verdictOptions = {
      connector: who,
      accept: flags.accept,
      now: Date.now(),
      ...(flags.maxAge !== undefined ? { maxAgeMs: flags.maxAge * 3_600_000 } : {}),
      staleIsError: flags.failStale,
    };
    let connector: Connector;
    let wait: ConnectorStatusReport["wait"];
    let waitFindings: ReportFinding[] = [];
    if (flags.wait !== undefined) {
      // The resource's rule exactly (sync-verification.ts): only a sync of the current config
      // counts, decided on the server's clock (after a forced sync: newer than what was seen).
      const verification = await verifyConnectorSync(client, {
        appId: flags.appId,
        connectorId: flags.connectorId,
        connector: who,
        budgetMs: flags.wait * 60_000,
        pollIntervalMs: flags.pollSeconds * 1000,
        accept: flags.accept,
        forceSync: flags.forceSync,
        raiseBudget: "wait longer (--wait)",
        ...(flags.accept === "started" ? {} : { acceptStarted: "--accept started to accept a running sync" }),
        onProgress: ({ state, changed }) => {
          if (changed) process.stderr.write(`c1-twingate: connector ${flags.connectorId}: ${state.uiLabel} (${state.status ?? "no status"})\n`);
        },
      });
      const { result } = verification;
      connector = result.connector;
      wait = { outcome: result.outcome, elapsedMs: result.elapsedMs, polls: result.polls };
      if (!verification.accepted) waitFindings = verification.findings;
    } else {
      if (flags.forceSync) await client.forceSync(flags.appId, flags.connectorId);
      connector = await client.getConnector(flags.appId, flags.connectorId);
    }
    const verdict = syncVerdict(connector, verdictOptions);
    const state = verdict.state;
    // A failed wait explains itself (the budget finding names a completion that predates the config).
    const findings: ReportFinding[] = wait && wait.outcome !== "accepted" ? [...waitFindings, ...verdict.findings.filter((f) => !waitFindings.some((w) => w.code === f.code))] : verdict.findings;
    const ok = (wait ? wait.outcome === "accepted" : true) && verdict.accepted && !findings.some((f) => f.severity === "error");
    return { ok, ...base, server: client.server.url, state, findings, ...(wait ? { wait } : {}) };
  } catch (error) {
    if (!(error instanceof ConductorOneError)) throw error;
    return {
      ok: false,
      ...base,
      server: client?.server.url ?? null,
      state: null,
      findings: [{ code: error.code, severity: "error", message: error.message }],
      error: { code: error.code, message: error.message },
    };
  } finally {
    client?.close();
  }
}
