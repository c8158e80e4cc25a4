/**
 * Test fixture of the sync suites: a Twingate simulator and a ConductorOne simulator whose
 * Twingate connectors sync against it (queue and run times in real milliseconds, short), the
 * simulator's CA in a file for SSL_CERT_FILE, and a client to make connectors the way the
 * conductorone provider does. Canary secrets are random per run, so a test can search every
 * output for them.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConductorOneClient, TWINGATE_CATALOG_ID, twingateConnectorConfig } from "../../src/conductorone";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { startSimulator, type RunningSimulator } from "../../src/simulator";

export interface SyncFixture {
  twingate: RunningSimulator;
  c1: RunningConductorOneSimulator;
  /** PEM file of the ConductorOne simulator's CA (SSL_CERT_FILE). */
  caFile: string;
  appId: string;
  /** A Read & Write key of network "acme", unique to this run. */
  key: string;
  client: ConductorOneClient;
  /** A Twingate connector of the app with `key` (or another) and domain "acme", as conductorone_integration_twingate makes it. */
  createConnector(key?: string): Promise<string>;
  /** A fresh key of network "acme" with all permissions. */
  newKey(): string;
  /** Every secret of this fixture, to search outputs for. */
  secrets(): string[];
  close(): Promise<void>;
}

export async function startSyncFixture(options: { queueMs?: number; runMs?: number } = {}): Promise<SyncFixture> {
  const dir = mkdtempSync(join(tmpdir(), "c1tg-sync-"));
  const twingate = await startSimulator({ rateLimit: false });
  const c1 = await startConductorOneSimulator({
    twingate: { baseUrl: twingate.baseUrl },
    apps: [{ displayName: "Twingate" }],
    sync: { queueMs: options.queueMs ?? 300, runMs: options.runMs ?? 1200 },
    tickMs: 100,
  });
  const caFile = join(dir, "c1-ca.pem");
  writeFileSync(caFile, c1.caPem);
  const keys: string[] = [];
  const newKey = (): string => {
    // Twingate keys are long random strings; a canary must be findable in any output.
    const key = `sim-rwp-Canary${randomBytes(16).toString("hex")}`;
    twingate.network("acme")!.addToken({ key, permission: "read-write-provision" });
    keys.push(key);
    return key;
  };
  const key = newKey();
  const client = new ConductorOneClient({ env: { CONDUCTORONE_CLIENT_ID: c1.credentials.clientId, CONDUCTORONE_CLIENT_SECRET: c1.credentials.clientSecret }, ca: c1.caPem });
  const appId = c1.apps()[0]!.id;
  return {
    twingate,
    c1,
    caFile,
    appId,
    key,
    client,
    newKey,
    async createConnector(k = key) {
      const connector = await client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", k) });
      return connector.id;
    },
    secrets: () => [...keys, c1.credentials.clientSecret, c1.credentials.accessToken],
    async close() {
      client.close();
      await c1.close();
      await twingate.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits (real time, polling the simulator) until the connector's current sync ended; for tests that break a sync after apply. */
export async function syncSettled(c1: RunningConductorOneSimulator, connectorId: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await c1.advance();
    if (c1.connector(connectorId).pending === null) return;
    if (Date.now() > until) throw new Error(`connector ${connectorId} still has a sync ${c1.connector(connectorId).pending} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
