import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConductorOneClient, TWINGATE_CATALOG_ID, twingateConnectorConfig } from "../../src/conductorone";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli, type CliRun } from "../helpers/cli";

jest.setTimeout(300_000);

// M3, m2, m3 (issue 14 breaker): `c1-twingate connector status` uses the resource's rule for
// which sync counts (sync-verification.ts): only a sync of the connector's CURRENT config, on the
// server's clock. A completion of the previous key is not "Connected"; a forced sync is judged
// against the server's own timestamps, so a skewed local clock changes nothing.
describe("connector status: the one 'which sync counts' rule", () => {
  let twingate: RunningSimulator;
  let dir: string;
  const sims: RunningConductorOneSimulator[] = [];
  const clients: ConductorOneClient[] = [];

  beforeAll(async () => {
    twingate = await startSimulator();
    dir = mkdtempSync(join(tmpdir(), "c1-sync-rule-"));
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of sims) await s.close();
    await twingate.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function simulator(skewMs = 0) {
    const sim = await startConductorOneSimulator({ now: () => Date.now() + skewMs, twingate: { baseUrl: twingate.baseUrl }, apps: [{ displayName: "Twingate" }], sync: { queueMs: 300, runMs: 300 }, tickMs: 50 });
    sims.push(sim);
    const ca = join(dir, `ca-${sims.length}.pem`);
    writeFileSync(ca, sim.caPem);
    const client = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }, ca: sim.caPem });
    clients.push(client);
    const appId = sim.apps()[0]!.id;
    const run = async (connectorId: string, args: string[]): Promise<CliRun & { report: { ok: boolean; findings: Array<{ code: string; message: string; fix?: string }>; wait?: { outcome: string } } }> => {
      const r = await runCli(["connector", "status", "--app-id", appId, "--connector-id", connectorId, "--poll-seconds", "0.2", "--json", ...args], {
        env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url, SSL_CERT_FILE: ca },
        timeoutMs: 120_000,
      });
      return { ...r, report: JSON.parse(r.stdout) };
    };
    return { sim, client, appId, run };
  }

  it("M3/m2: after a key change, the old key's completed sync is not Connected — with or without --wait, and the budget message says why", async () => {
    const { sim, client, appId, run } = await simulator();
    const id = (await client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", DEMO_KEYS.readWrite) })).id;
    expect((await run(id, ["--wait", "1"])).code).toBe(0);
    // The new config's sync never starts (queued forever).
    sim.setSyncBehaviour({ kind: "never-start" }, id);
    await client.updateConnectorConfig(appId, id, twingateConnectorConfig("acme", DEMO_KEYS.readOnly));

    const now = await run(id, []);
    expect(now.code).toBe(1);
    expect(now.report.ok).toBe(false);
    const pending = now.report.findings.find((f) => f.code === "C1_SYNC_CONFIG_PENDING");
    expect(pending?.message).toMatch(/before its current config/);

    const waited = await run(id, ["--wait", "0.02"]);
    expect(waited.code).toBe(1);
    expect(waited.report.wait?.outcome).toBe("budget-exhausted");
    const budget = waited.report.findings.find((f) => f.code === "C1_SYNC_WAIT_BUDGET");
    expect(budget?.message).toMatch(/predates the connector's current config/);
    expect(budget?.fix).toMatch(/No sync of it completed in time/);
    expect(budget?.fix).not.toMatch(/--accept started/);
    expect(waited.stdout).not.toMatch(/"ok": ?true/);
  });

  it("m3: --force-sync --wait against a server 20 s behind the local clock: the forced sync counts (server timestamps, not the local clock)", async () => {
    const { client, appId, run } = await simulator(-20_000);
    const id = (await client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", DEMO_KEYS.readWrite) })).id;
    expect((await run(id, ["--wait", "1"])).code).toBe(0);
    const forced = await run(id, ["--force-sync", "--wait", "1"]);
    expect(forced.report.wait?.outcome).toBe("accepted");
    expect(forced.code).toBe(0);
  });
});
