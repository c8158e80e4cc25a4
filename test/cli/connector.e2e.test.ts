import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConductorOneClient, TWINGATE_CATALOG_ID, twingateConnectorConfig } from "../../src/conductorone";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli, type CliRun } from "../helpers/cli";

// `c1-twingate connector status` as a child process against both simulators: exit codes,
// --json, GitHub annotations and job summary, --wait, and canary secrets searched everywhere.
describe("c1-twingate connector status", () => {
  const CANARY_KEY = "tgk-CANARY-connector-key-0123456789abcdefgh";
  let twingate: RunningSimulator;
  let sim: RunningConductorOneSimulator;
  let client: ConductorOneClient;
  let appId: string;
  let caFile: string;
  let dir: string;
  const runs: CliRun[] = [];
  const summaries: string[] = [];

  beforeAll(async () => {
    twingate = await startSimulator();
    twingate.network("acme")!.addToken({ key: CANARY_KEY, permission: "read-write", revoked: true });
    // Syncs start and end as soon as the simulator looks: each state is reached on the first read.
    sim = await startConductorOneSimulator({ twingate: { baseUrl: twingate.baseUrl }, apps: [{ displayName: "Twingate" }], sync: { queueMs: 0, runMs: 0 } });
    appId = sim.apps()[0]!.id;
    dir = mkdtempSync(join(tmpdir(), "c1-connector-cli-"));
    caFile = join(dir, "ca.pem");
    writeFileSync(caFile, sim.caPem);
    client = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }, ca: sim.caPem });
  });
  afterAll(async () => {
    client.close();
    await sim.close();
    await twingate.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    CONDUCTORONE_CLIENT_ID: sim.credentials.clientId,
    CONDUCTORONE_CLIENT_SECRET: sim.credentials.clientSecret,
    SSL_CERT_FILE: caFile,
    ...extra,
  });
  const status = async (connectorId: string, args: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> => {
    const run = await runCli(["connector", "status", "--app-id", appId, "--connector-id", connectorId, ...args], { env: env(extraEnv), timeoutMs: 120_000 });
    runs.push(run);
    return run;
  };
  const connectorWith = async (key: string) => (await client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", key) })).id;

  it("a connected connector: exit 0, the label, the API status", async () => {
    const id = await connectorWith(DEMO_KEYS.readWrite);
    const run = await status(id);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✔ Connected");
    expect(run.stdout).toContain("SYNC_STATUS_DONE");
    expect(run.stdout).toContain("UNVERIFIED mapping");
  });

  it("--json prints the report object", async () => {
    const id = await connectorWith(DEMO_KEYS.readOnly);
    const run = await status(id, ["--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: true, appId, connectorId: id, server: sim.url, state: { label: "connected", status: "SYNC_STATUS_DONE" } });
    expect(report.findings[0]).toMatchObject({ code: "C1_SYNC_CONNECTED" });
  });

  it("a sync error: exit 1, lastError, what it means for Twingate, the fix, annotations and job summary", async () => {
    const id = await connectorWith(CANARY_KEY);
    const summary = join(dir, "summary-error.md");
    const run = await status(id, [], { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("✖ Error");
    expect(run.stdout).toContain("twingate-client: GraphQL HTTP request failed 401 Unauthorized");
    expect(run.stdout).toMatch(/fix: Generate a new API key/);
    expect(run.stdout).toMatch(new RegExp(`^::error title=c1-twingate connector status ${id}%3A C1_SYNC_ERROR::`, "m"));
    const markdown = readFileSync(summary, "utf8");
    summaries.push(markdown);
    expect(markdown).toContain(`ConductorOne connector \`${id}\``);
    expect(markdown).toContain("`C1_SYNC_ERROR`");
  });

  it("--json in GitHub Actions keeps stdout pure JSON (annotations go to stderr)", async () => {
    const id = await connectorWith(CANARY_KEY);
    const run = await status(id, ["--json"], { GITHUB_ACTIONS: "true" });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).state.label).toBe("error");
    expect(run.stderr).toMatch(/^::error /m);
  });

  it("server text cannot inject workflow commands or show the key", async () => {
    const id = await connectorWith(DEMO_KEYS.readWrite);
    sim.setSyncBehaviour({ kind: "fail", lastError: `bad key ${CANARY_KEY}\n::error title=pwned::owned\n::set-output name=permission::write \u001b[31m` }, id);
    await client.forceSync(appId, id);
    // The Twingate key is in the job's environment (as for `check`): it is scrubbed from lastError.
    const run = await status(id, [], { GITHUB_ACTIONS: "true", TWINGATE_API_KEY: CANARY_KEY });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/^::(error title=pwned|set-output)/m);
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).toContain("[redacted]");
  });

  it("a disabled sync and a never-started one fail with their own codes", async () => {
    const paused = await connectorWith(DEMO_KEYS.readWrite);
    sim.setSyncBehaviour({ kind: "disable", reason: "data anomaly" }, paused);
    await client.forceSync(appId, paused).catch(() => undefined);
    const delegated = (await client.createDelegatedConnector(appId, { displayName: "Twingate", catalogId: TWINGATE_CATALOG_ID })).id;
    const never = await status(delegated, ["--json"]);
    expect(never.code).toBe(1);
    expect(JSON.parse(never.stdout).findings[0].code).toBe("C1_SYNC_NOT_CONNECTED");
    sim.setSyncBehaviour({ kind: "disable", reason: "data anomaly" }, paused);
    await client.updateConnectorConfig(appId, paused, twingateConnectorConfig("acme", DEMO_KEYS.readWrite));
    const run = await status(paused, ["--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ code: "C1_SYNC_DISABLED", message: expect.stringContaining("data anomaly") });
  });

  it("--max-age warns about an old last sync; --fail-stale makes it fail", async () => {
    const id = await connectorWith(DEMO_KEYS.readWrite);
    await client.getConnector(appId, id);
    await new Promise((r) => setTimeout(r, 50));
    const warned = await status(id, ["--max-age", "0.00001"]);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain("C1_SYNC_STALE");
    const failed = await status(id, ["--max-age", "0.00001", "--fail-stale"]);
    expect(failed.code).toBe(1);
  });

  it("an unknown connector: exit 1 with C1_NOT_FOUND", async () => {
    const run = await status("3NoSuchConnector000000000000", ["--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: "C1_NOT_FOUND" } });
  });

  it("no credentials: exit 2 naming the variables; a bad id flag: exit 2", async () => {
    const bare = await runCli(["connector", "status", "--app-id", appId, "--connector-id", "x"], { env: { SSL_CERT_FILE: caFile } });
    runs.push(bare);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain("C1_CREDENTIALS_MISSING");
    const bad = await status("a/b");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--connector-id must be a ConductorOne id");
  });

  it("the API's own echo of the client secret is redacted", async () => {
    const jwk = sim.credentials.clientSecret.split(":").pop()!;
    sim.faults.push({ status: 400, path: new RegExp(`/connectors/`), body: JSON.stringify({ code: 3, message: `invalid credential ${sim.credentials.clientSecret} (${jwk.toUpperCase()})` }) });
    const run = await status("3AnyConnector0000000000000000", ["--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).error.code).toBe("C1_BAD_REQUEST");
    expect(run.stdout).toContain("[redacted]");
  });

  describe("--wait", () => {
    let slow: RunningConductorOneSimulator;
    let slowApp: string;
    let slowClient: ConductorOneClient;
    let slowCa: string;
    beforeAll(async () => {
      slow = await startConductorOneSimulator({ twingate: { baseUrl: twingate.baseUrl }, apps: [{ displayName: "Twingate" }], sync: { queueMs: 400, runMs: 400 }, tickMs: 50 });
      slowApp = slow.apps()[0]!.id;
      slowCa = join(dir, "slow-ca.pem");
      writeFileSync(slowCa, slow.caPem);
      slowClient = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: slow.credentials.accessToken, CONDUCTORONE_SERVER_URL: slow.url }, ca: slow.caPem });
    });
    afterAll(async () => {
      slowClient.close();
      await slow.close();
    });
    const waitRun = async (id: string, minutes: string) => {
      const run = await runCli(["connector", "status", "--app-id", slowApp, "--connector-id", id, "--wait", minutes, "--poll-seconds", "0.2", "--json"], {
        env: { CONDUCTORONE_ACCESS_TOKEN: slow.credentials.accessToken, CONDUCTORONE_SERVER_URL: slow.url, SSL_CERT_FILE: slowCa },
        timeoutMs: 120_000,
      });
      runs.push(run);
      return run;
    };

    it("waits through Syncing to Connected, logging label changes on stderr", async () => {
      const id = (await slowClient.createConnector(slowApp, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", DEMO_KEYS.readWrite) })).id;
      const run = await waitRun(id, "1");
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({ ok: true, state: { label: "connected" }, wait: { outcome: "accepted" } });
      expect(run.stderr).toMatch(/Connected \(SYNC_STATUS_DONE\)/);
    });

    it("a sync that never finishes ends at the budget with C1_SYNC_WAIT_BUDGET", async () => {
      const id = (await slowClient.createConnector(slowApp, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", DEMO_KEYS.readWrite) })).id;
      slow.setSyncBehaviour({ kind: "never-finish" }, id);
      const run = await waitRun(id, "0.02");
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout);
      expect(report.wait.outcome).toBe("budget-exhausted");
      expect(report.findings.map((f: { code: string }) => f.code)).toContain("C1_SYNC_WAIT_BUDGET");
    });
  });

  afterAll(() => {
    // Canary search over every output of every run in this file.
    const everything = [...runs.flatMap((r) => [r.stdout, r.stderr]), ...summaries].join("\n");
    const jwk = sim.credentials.clientSecret.split(":").pop()!;
    expect(everything).not.toContain(CANARY_KEY);
    expect(everything.toLowerCase()).not.toContain(jwk.slice(0, 24).toLowerCase());
    expect(everything).not.toContain(sim.credentials.accessToken);
    expect(runs.length).toBeGreaterThan(10);
  });
});
