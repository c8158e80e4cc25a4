/**
 * Test helper for terraform end-to-end suites of the integration: a Twingate API simulator, a
 * ConductorOne API simulator whose Twingate connectors sync against it, and a throw-away
 * terraform workspace (own HOME, CLI config, filesystem mirror) holding our c1twingate provider
 * and the ConductorOne stand-in, whose environment reaches the ConductorOne simulator the way the
 * official provider is configured (CONDUCTORONE_SERVER_URL / _CLIENT_ID / _CLIENT_SECRET, and
 * SSL_CERT_FILE for the simulator's CA). Everything listens on 127.0.0.1 and stops in cleanup().
 *
 *   const env = await startIntegrationEnvironment({ seed: { users: [ALICE], apps: [OKTA] } });
 *   writeFileSync(join(env.ws.dir, "cdk.tf.json"), synthesized);   // c1twingate base_url: env.twingate.baseUrl
 *   await env.ws.run(["init", "-input=false"]);
 *   await env.ws.run(["apply", "-auto-approve"], { env: { TF_VAR_twingate_api_key: DEMO_KEYS.readWrite } });
 *   await env.waitForConnector(id, (c) => c.json.status?.status === "SYNC_STATUS_DONE");
 *   expect(env.c1Text()).not.toContain(DEMO_KEYS.readWrite);
 *   await env.cleanup();
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startConductorOneSimulator, type ConductorOneSimulatorOptions, type ConnectorSnapshot, type RunningConductorOneSimulator, type SimulatorSeed } from "../../src/c1simulator";
import { startSimulator, type RunningSimulator, type SimulatorOptions } from "../../src/simulator";
import { STANDIN_HOSTNAME, STANDIN_NAMESPACE, STANDIN_TYPE, STANDIN_VERSION } from "../../src/standins/conductorone";
import { createTerraformWorkspace, requireTerraform, type ProviderToInstall, type TerraformWorkspace } from "./terraform";

const DIST = join(__dirname, "..", "..", "dist");

/** Our provider bundle, as `c1-twingate provider install` installs it. */
export const C1TWINGATE_PROVIDER: ProviderToInstall = { file: join(DIST, "terraform-provider-c1twingate"), hostname: "c1twingate.invalid", namespace: "local", type: "c1twingate", version: "0.1.0" };
/** The ConductorOne stand-in bundle, under the official provider's address and schema version. */
export const CONDUCTORONE_STANDIN_PROVIDER: ProviderToInstall = {
  file: join(DIST, "terraform-provider-conductorone"),
  hostname: STANDIN_HOSTNAME,
  namespace: STANDIN_NAMESPACE,
  type: STANDIN_TYPE,
  version: STANDIN_VERSION,
};

export interface IntegrationEnvironmentOptions {
  /** The ConductorOne tenant's users and existing apps (with entitlements). Default: none. */
  seed?: SimulatorSeed;
  /** More ConductorOne simulator options. Default sync: 100 ms in the queue, 200 ms running, ended by what Twingate answers. */
  c1?: Omit<ConductorOneSimulatorOptions, "twingate" | "log" | "users" | "apps">;
  twingate?: SimulatorOptions;
  /** Providers for the mirror. Default: c1twingate and the ConductorOne stand-in. */
  providers?: ProviderToInstall[];
}

export interface IntegrationEnvironment {
  readonly twingate: RunningSimulator;
  readonly c1: RunningConductorOneSimulator;
  /** terraform's workspace; its `env` already reaches the ConductorOne simulator. */
  readonly ws: TerraformWorkspace;
  /** The ConductorOne simulator's CA, as written for SSL_CERT_FILE. */
  readonly caFile: string;
  /** Lines the ConductorOne simulator logged (one per request and per sync transition). */
  readonly c1Log: readonly string[];
  /**
   * Everything the ConductorOne simulator logged, recorded or answers (log lines, requests,
   * token attempts, changes, connectors as the API answers them) as one text, for "the key is
   * never in it" assertions. The simulator holds a connector's Twingate key by design, as
   * ConductorOne does, but never shows it.
   */
  c1Text(): string;
  /** What ConductorOne received, in order: "create app", "create connector", ... */
  changes(): string[];
  /** The live connectors (not deleted), as the simulator sees them. */
  connectors(): ConnectorSnapshot[];
  /** Polls the simulator until `done(connector)` holds; fails with the last snapshot after `timeoutMs` (default 120 s). */
  waitForConnector(connectorId: string, done: (c: ConnectorSnapshot) => boolean, timeoutMs?: number): Promise<ConnectorSnapshot>;
  cleanup(): Promise<void>;
}

/** `status.status` of a connector snapshot, or null before its first sync. */
export function syncStatusOf(c: ConnectorSnapshot): string | null {
  const status = c.json.status as { status?: string } | undefined;
  return status?.status ?? null;
}

export async function startIntegrationEnvironment(options: IntegrationEnvironmentOptions = {}): Promise<IntegrationEnvironment> {
  requireTerraform();
  const providers = options.providers ?? [C1TWINGATE_PROVIDER, CONDUCTORONE_STANDIN_PROVIDER];
  for (const p of providers) if (!existsSync(p.file)) throw new Error(`${p.file} is missing: run npm run build (jest's global setup does it)`);

  const c1Log: string[] = [];
  const twingate = await startSimulator(options.twingate);
  let c1: RunningConductorOneSimulator;
  try {
    c1 = await startConductorOneSimulator({
      users: [],
      ...options.seed,
      ...options.c1,
      sync: { queueMs: 100, runMs: 200, ...options.c1?.sync },
      twingate: { baseUrl: twingate.baseUrl },
      log: (line) => void c1Log.push(line),
    });
  } catch (error) {
    await twingate.close();
    throw error;
  }
  const ws = createTerraformWorkspace({ providers });
  const caFile = join(ws.root, "conductorone-simulator-ca.pem");
  writeFileSync(caFile, c1.caPem);
  Object.assign(ws.env, c1.providerEnv(caFile));

  return {
    twingate,
    c1,
    ws,
    caFile,
    c1Log,
    c1Text: () => JSON.stringify([c1Log, c1.requests, c1.tokenAttempts, c1.changes(), c1.connectors()]),
    changes: () => c1.changes().map((c) => `${c.action} ${c.object}`),
    connectors: () => c1.connectors().filter((c) => !c.json.deletedAt),
    async waitForConnector(connectorId, done, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await c1.advance();
        const snapshot = c1.connector(connectorId);
        if (done(snapshot)) return snapshot;
        if (Date.now() > deadline) throw new Error(`connector ${connectorId} did not reach the expected state within ${timeoutMs} ms; last seen: ${JSON.stringify(snapshot)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async cleanup() {
      ws.cleanup();
      await c1.close();
      await twingate.close();
    },
  };
}
