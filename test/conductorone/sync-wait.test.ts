import { connectorSchema, connectorStatusSchema } from "../../src/conductorone/schemas";
import * as z from "../../src/zod-mini";
import { explainTwingateSyncError } from "../../src/conductorone";
import { ConductorOneClient, syncFindings, syncStateOf, TWINGATE_CATALOG_ID, twingateConnectorConfig, waitBudgetFinding, waitForSync, type Connector } from "../../src/conductorone";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { VirtualClock } from "../helpers/virtual-clock";

// Waiting for a sync on the virtual clock (no real sleeping), and what each state becomes as findings.
describe("waitForSync", () => {
  const clock = new VirtualClock();
  let twingate: RunningSimulator;
  let sim: RunningConductorOneSimulator;
  let client: ConductorOneClient;
  let appId: string;

  beforeAll(async () => {
    twingate = await startSimulator();
    sim = await startConductorOneSimulator({ now: clock.now, tickMs: 0, twingate: { baseUrl: twingate.baseUrl }, apps: [{ displayName: "Twingate" }], sync: { queueMs: 30_000, runMs: 90_000 } });
    appId = sim.apps()[0]!.id;
    client = new ConductorOneClient({ env: { CONDUCTORONE_CLIENT_ID: sim.credentials.clientId, CONDUCTORONE_CLIENT_SECRET: sim.credentials.clientSecret }, ca: sim.caPem, clock });
  });
  afterAll(async () => {
    client.close();
    await sim.close();
    await twingate.close();
  });
  beforeEach(() => {
    clock.sleeps.length = 0;
  });

  const create = (key: string) => client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", key) });

  it("ends 'accepted' once the first sync completes, reporting each label change", async () => {
    const connector = await create(DEMO_KEYS.readWrite);
    const labels: string[] = [];
    const result = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 10 * 60_000, pollIntervalMs: 15_000, clock, onProgress: (p) => p.changed && labels.push(p.state.label) });
    expect(result.outcome).toBe("accepted");
    expect(labels).toEqual(["not-connected", "syncing", "connected"]);
    expect(result.elapsedMs).toBe(120_000);
    expect(clock.sleeps.every((ms) => ms === 15_000)).toBe(true);
  });

  it("'started' accepts a running sync", async () => {
    const connector = await create(DEMO_KEYS.readWrite);
    const result = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, accept: "started", clock });
    expect(result).toMatchObject({ outcome: "accepted", state: { label: "syncing" }, elapsedMs: 30_000 });
  });

  it("ends 'failed' with lastError when Twingate refuses the key", async () => {
    const connector = await create(DEMO_KEYS.revoked);
    const result = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, clock });
    expect(result.outcome).toBe("failed");
    expect(String(result.state.lastError)).toContain("401");
  });

  it("ends 'budget-exhausted' for a sync that never finishes, without sleeping past the budget", async () => {
    const connector = await create(DEMO_KEYS.readWrite);
    sim.setSyncBehaviour({ kind: "never-finish" }, connector.id);
    const result = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 100_000, pollIntervalMs: 30_000, clock });
    expect(result).toMatchObject({ outcome: "budget-exhausted", state: { label: "syncing" }, elapsedMs: 100_000, polls: 5 });
    expect(clock.sleeps).toEqual([30_000, 30_000, 30_000, 10_000]);
  });

  it("with since + forceSync, an older completion does not count: it waits for the new sync", async () => {
    const connector = await create(DEMO_KEYS.readWrite);
    await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, clock });
    const since = clock.now();
    const result = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, forceSync: true, since, clock });
    expect(result.outcome).toBe("accepted");
    expect(Date.parse(result.state.completedAt!)).toBeGreaterThanOrEqual(since + 120_000);
    expect(sim.connector(connector.id).syncs).toBe(2);
  });

  it("sinceConfigUpdate: an error of the previous config is not the new one's; it waits for the sync of the saved config", async () => {
    const connector = await create(DEMO_KEYS.revoked);
    const first = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, clock });
    expect(first.outcome).toBe("failed");
    clock.advance(60_000);
    await client.updateConnectorConfig(appId, connector.id, twingateConnectorConfig("acme", DEMO_KEYS.readWrite));
    // Right after the save the connector still shows the old error: without the option it is taken as current.
    const naive = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, clock });
    expect(naive).toMatchObject({ outcome: "failed", since: undefined, polls: 1 });
    const result = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, sinceConfigUpdate: true, clock });
    expect(result).toMatchObject({ outcome: "accepted", state: { label: "connected" } });
    expect(result.since).toBe(Date.parse(result.connector.configUpdatedAt!) - 1);
  });

  it("accept 'started' + forceSync: a sync of the current config already running is the one asked for (ConductorOne merges the force into it)", async () => {
    const connector = await create(DEMO_KEYS.readWrite);
    sim.setSyncBehaviour({ kind: "never-finish" }, connector.id);
    // Until the first sync runs.
    const running = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, accept: "started", clock });
    expect(running.state.label).toBe("syncing");
    const syncs = sim.connector(connector.id).syncs;
    const result = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 60_000, pollIntervalMs: 10_000, accept: "started", forceSync: true, sinceConfigUpdate: true, clock });
    expect(result).toMatchObject({ outcome: "accepted", polls: 1, state: { label: "syncing" } });
    expect(sim.connector(connector.id).syncs).toBe(syncs);
    // accept 'completed' still waits for a completion newer than what it saw.
    const completed = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 60_000, pollIntervalMs: 10_000, forceSync: true, sinceConfigUpdate: true, clock });
    expect(completed.outcome).toBe("budget-exhausted");
  });

  it("forceSync judges on the server's clock: an error shown before the force is not the new sync's, whatever the local clock says", async () => {
    const connector = await create(DEMO_KEYS.readWrite);
    sim.setSyncBehaviour({ kind: "fail", lastError: "twingate-client: GraphQL HTTP request failed 503 Service Unavailable" }, connector.id);
    expect((await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, clock })).outcome).toBe("failed");
    sim.setSyncBehaviour({ kind: "succeed" }, connector.id);
    // A local `since` far in the past (a skewed clock) must not let the old error count.
    const result = await waitForSync(client, { appId, connectorId: connector.id, budgetMs: 600_000, pollIntervalMs: 10_000, forceSync: true, since: 0, clock });
    expect(result).toMatchObject({ outcome: "accepted", state: { label: "connected" } });
    expect(result.polls).toBeGreaterThan(1);
  });
});

describe("waitBudgetFinding", () => {
  const state = (status: string | null) =>
    syncStateOf({ status: status ? connectorStatusSchema.parse({ status, startedAt: "2026-06-01T12:00:00Z" }) : null, syncDisabledAt: null, syncDisabledReason: null });

  it("says what was seen when the budget ran out and how this surface raises it", () => {
    const finding = waitBudgetFinding(state("SYNC_STATUS_RUNNING"), { connector: "connector C of app A", budgetMs: 30 * 60_000, raiseBudget: "raise budget_minutes", acceptStarted: 'set accept = "started"' });
    expect(finding).toMatchObject({ code: "C1_SYNC_WAIT_BUDGET", severity: "error", subject: "connector" });
    expect(finding.message).toBe("waited 30 min for connector C of app A to sync; the budget ran out while it was Syncing (SYNC_STATUS_RUNNING, started 2026-06-01T12:00:00.000Z)");
    expect(finding.fix).toMatch(/^A sync is running; ConductorOne says syncs take minutes to hours\. Raise budget_minutes, or set accept = "started"; check the connector/);
  });

  it("a sync that never started: accepting a started sync would not help, so it is not offered", () => {
    const finding = waitBudgetFinding(state(null), { connector: "connector C of app A", budgetMs: 90_000, raiseBudget: "wait longer (--wait)", acceptStarted: "--accept started" });
    expect(finding.message).toContain("waited 90 s");
    expect(finding.message).toContain("Not connected (no status)");
    expect(finding.fix).toContain("never syncs");
    expect(finding.fix).not.toContain("--accept started");
  });
});

describe("syncFindings", () => {
  const now = Date.parse("2026-06-01T12:00:00Z");
  /** A connector as the client decodes it: the same schema (parsed times, typed server text). */
  const connector = (status: Record<string, string> | null, extra: { syncDisabledAt?: string; syncDisabledReason?: string } = {}) =>
    syncStateOf(z.pick(connectorSchema, { status: true, syncDisabledAt: true, syncDisabledReason: true }).parse({ status, ...extra }));
  const findings = (state: ReturnType<typeof connector>, extra = {}) => syncFindings(state, { connector: "connector C of app A", accept: "completed", now, ...extra });

  it.each([
    [null, "not-connected", "C1_SYNC_NOT_CONNECTED", "error"],
    [{ status: "SYNC_STATUS_UNSPECIFIED" }, "not-connected", "C1_SYNC_NOT_CONNECTED", "error"],
    [{ status: "SYNC_STATUS_RUNNING", startedAt: "2026-06-01T11:59:00Z" }, "syncing", "C1_SYNC_NOT_CONNECTED", "error"],
    [{ status: "SYNC_STATUS_RUNNING", completedAt: "2026-06-01T11:00:00Z" }, "syncing", "C1_SYNC_IN_PROGRESS", "info"],
    [{ status: "SYNC_STATUS_DONE", completedAt: "2026-06-01T11:58:00Z" }, "connected", "C1_SYNC_CONNECTED", "info"],
    [{ status: "SYNC_STATUS_DONE" }, "unknown", "C1_SYNC_STATUS_UNKNOWN", "error"],
    [{ status: "SYNC_STATUS_ERROR", lastError: "twingate-client: GraphQL HTTP request failed 401 Unauthorized" }, "error", "C1_SYNC_ERROR", "error"],
    [{ status: "SYNC_STATUS_DISABLED" }, "disabled", "C1_SYNC_DISABLED", "error"],
    [{ status: "SYNC_STATUS_SOMETHING_NEW" }, "unknown", "C1_SYNC_STATUS_UNKNOWN", "error"],
  ])("%j → %s / %s (%s)", (status, label, code, severity) => {
    const state = connector(status);
    expect(state.label).toBe(label);
    expect(findings(state)[0]).toMatchObject({ code, severity });
  });

  it("a sync error says what it likely means for Twingate and the fix, on the attribute to change", () => {
    const [finding] = findings(connector({ status: "SYNC_STATUS_ERROR", lastError: "twingate-client: GraphQL HTTP request failed 401 Unauthorized" }));
    expect(finding).toMatchObject({ subject: "twingate_apikey" });
    expect(finding!.message).toMatch(/revoked/);
    expect(finding!.fix).toMatch(/new API key/);
    // For capped headlines (terraform's summary): the error itself, with the explanation apart.
    expect(finding!.summary).toBe("the last sync of connector C of app A failed (SYNC_STATUS_ERROR): twingate-client: GraphQL HTTP request failed 401 Unauthorized");
    expect(finding!.explanation).toMatch(/^Likely meaning: Twingate refused the API key/);
    expect(finding!.message).toBe(`${finding!.summary}. ${finding!.explanation!.replace(/\.$/, "")}`);
    const [domain] = findings(connector({ status: "SYNC_STATUS_ERROR", lastError: 'Post "https://acmee.twingate.com/api/graphql/": dial tcp: lookup acmee.twingate.com: no such host' }));
    expect(domain).toMatchObject({ subject: "twingate_domain" });
  });

  it("syncDisabledAt alone means paused", () => {
    expect(connector({ status: "SYNC_STATUS_DONE", completedAt: "2026-06-01T11:00:00Z" }, { syncDisabledAt: "2026-06-01T11:30:00Z", syncDisabledReason: "anomaly" }).label).toBe("disabled");
  });

  it("warns (or fails, when asked) when the last completed sync is older than the threshold", () => {
    const old = connector({ status: "SYNC_STATUS_DONE", completedAt: "2026-05-30T12:00:00Z" });
    expect(findings(old, { maxAgeMs: 24 * 3_600_000 })).toEqual([
      expect.objectContaining({ code: "C1_SYNC_CONNECTED" }),
      expect.objectContaining({ code: "C1_SYNC_STALE", severity: "warning", message: expect.stringContaining("2 days old") }),
    ]);
    expect(findings(old, { maxAgeMs: 24 * 3_600_000, staleIsError: true })[1]).toMatchObject({ severity: "error" });
    expect(findings(old, { maxAgeMs: 72 * 3_600_000 })).toHaveLength(1);
  });

  it("an error from before the current config is the previous key's: pending, not failed (one rule with completions)", () => {
    const since = Date.parse("2026-06-01T11:30:00Z"); // configUpdatedAt
    const oldError = connector({ status: "SYNC_STATUS_ERROR", updatedAt: "2026-06-01T11:00:00Z", lastError: "twingate-client: GraphQL HTTP request failed 401 Unauthorized" });
    const [pending] = findings(oldError, { since, configUpdatedAt: "2026-06-01T11:30:00Z" });
    expect(pending).toMatchObject({ code: "C1_SYNC_CONFIG_PENDING", severity: "error", subject: "connector" });
    expect(pending!.message).toContain("from before its current config (saved 2026-06-01T11:30:00Z)");
    expect(pending!.message).not.toContain("401");
    // An error after the save is the current config's.
    const newError = connector({ status: "SYNC_STATUS_ERROR", updatedAt: "2026-06-01T11:45:00Z", lastError: "twingate-client: GraphQL HTTP request failed 401 Unauthorized" });
    expect(findings(newError, { since })[0]).toMatchObject({ code: "C1_SYNC_ERROR", subject: "twingate_apikey" });
    // The budget message says the error predates the config.
    const budget = waitBudgetFinding(oldError, { connector: "connector C of app A", budgetMs: 60_000, raiseBudget: "raise budget_minutes", since, sinceReason: "config-update" });
    expect(budget.message).toContain("but that failed sync (2026-06-01T11:00:00.000Z) predates the connector's current config, so it does not count");
  });

  it("'started' accepts a first sync in progress as info", () => {
    expect(findings(connector({ status: "SYNC_STATUS_RUNNING" }), { accept: "started" })[0]).toMatchObject({ code: "C1_SYNC_STARTED", severity: "info" });
  });
});

describe("explainTwingateSyncError (m10): the simulator's and the real connector's wording, inferred ones marked", () => {
  it.each([
    ["twingate-client: configuration is missing twingate_domain", "config-missing", false],
    ["twingate-client: configuration is missing twingate_apikey", "config-missing", false],
    ["domain is missing", "config-missing", false],
    ["api key is missing", "config-missing", false],
    ["twingate-client: invalid twingate_domain: the network name must be a DNS label", "domain-invalid", true],
    ["twingate-client: GraphQL HTTP request failed 401 Unauthorized", "key-rejected", false],
    ["twingate-client: GraphQL HTTP request failed 403 Forbidden", "permission-denied", true],
    ["twingate-client: GraphQL HTTP request failed 404 Not Found", "network-not-found", true],
    ["twingate-client: GraphQL HTTP request failed 429 Too Many Requests", "rate-limited", false],
    ['twingate-client: Post "https://acme.twingate.com/api/graphql/": context deadline exceeded', "unreachable", false],
  ])("%s → %s (inferred: %s)", (lastError, cause, inferred) => {
    expect(explainTwingateSyncError(lastError)).toMatchObject({ cause, inferred });
  });

  it("an inferred meaning says so in the finding", () => {
    const state = syncStateOf(z.pick(connectorSchema, { status: true, syncDisabledAt: true, syncDisabledReason: true }).parse({ status: { status: "SYNC_STATUS_ERROR", lastError: "twingate-client: invalid twingate_domain: acme.evil" } }));
    const [finding] = syncFindings(state, { connector: "connector C of app A", accept: "completed", now: 0 });
    expect(finding).toMatchObject({ subject: "twingate_domain" });
    expect(finding!.explanation).toMatch(/^Likely meaning \(inferred from the wording, not documented\): twingate_domain is not a Twingate network name/);
    expect(finding!.fix).toMatch(/the acme in acme\.twingate\.com/);
  });
});
