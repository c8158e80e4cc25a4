import { BATON_CATALOG_ID, ConductorOneClient, explainTwingateSyncError, syncStateOf, TWINGATE_CATALOG_ID, twingateConnectorConfig } from "../../src/conductorone";
import { KSUID_PATTERN, startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { VirtualClock } from "../helpers/virtual-clock";
import { httpsRequest } from "./https-request";

// Connector status advancing on a virtual clock; a Twingate connector's outcome decided by
// whether the Twingate simulator accepts the key it was given.
describe("simulator connector syncs", () => {
  const clock = new VirtualClock();
  let twingate: RunningSimulator;
  let sim: RunningConductorOneSimulator;
  let client: ConductorOneClient;
  let appId: string;

  beforeAll(async () => {
    twingate = await startSimulator();
    sim = await startConductorOneSimulator({ now: clock.now, tickMs: 0, twingate: { baseUrl: twingate.baseUrl }, apps: [{ displayName: "Twingate" }], sync: { queueMs: 2000, runMs: 5000 } });
    appId = sim.apps()[0]!.id;
    // Client credentials: tokens are renewed as the virtual clock runs through days.
    client = new ConductorOneClient({ env: { CONDUCTORONE_CLIENT_ID: sim.credentials.clientId, CONDUCTORONE_CLIENT_SECRET: sim.credentials.clientSecret }, ca: sim.caPem, clock });
  });
  afterAll(async () => {
    client.close();
    await sim.close();
    await twingate.close();
  });

  const create = (key: string, domain = "acme") => client.createConnector(appId, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig(domain, key) });
  /** The sync state, its server text as received (already scrubbed of secrets) for comparisons. */
  const state = async (id: string) => {
    const s = syncStateOf(await client.getConnector(appId, id));
    return { ...s, lastError: s.lastError?.value ?? null, disabledReason: s.disabledReason?.value ?? null };
  };

  it("none → SYNC_STATUS_RUNNING → SYNC_STATUS_DONE with completedAt, for a key Twingate accepts", async () => {
    const created = await create(DEMO_KEYS.readWrite);
    expect(created.id).toMatch(KSUID_PATTERN);
    expect(created.displayName).toBe("Twingate");
    const t0 = clock.now();
    expect(await state(created.id)).toMatchObject({ label: "not-connected", status: null });
    clock.advance(2000);
    expect(await state(created.id)).toMatchObject({ label: "syncing", status: "SYNC_STATUS_RUNNING", startedAt: new Date(t0 + 2000).toISOString(), completedAt: null });
    clock.advance(4999);
    expect((await state(created.id)).label).toBe("syncing");
    clock.advance(1);
    expect(await state(created.id)).toMatchObject({ label: "connected", status: "SYNC_STATUS_DONE", completedAt: new Date(t0 + 7000).toISOString(), lastError: null });
    expect(sim.connector(created.id).lastSync).toEqual({ ok: true, users: 25, groups: 8 });
  });

  it("a key revoked in Twingate before the first sync ends SYNC_STATUS_ERROR with a realistic lastError", async () => {
    const key = "sim-rw-revoke-me-0123456789abcdefghij";
    twingate.network("acme")!.addToken({ key, permission: "read-write" });
    const created = await create(key);
    twingate.network("acme")!.revoke(key);
    clock.advance(7000);
    const s = await state(created.id);
    expect(s).toMatchObject({ label: "error", status: "SYNC_STATUS_ERROR", lastError: "twingate-client: GraphQL HTTP request failed 401 Unauthorized", completedAt: null });
    expect(explainTwingateSyncError(s.lastError)).toMatchObject({ cause: "key-rejected", subject: "twingate_apikey" });
    expect(JSON.stringify(sim.connector(created.id).json)).not.toContain(key);
  });

  it("a key revoked after a good sync fails the next sync; completedAt keeps the last success", async () => {
    const key = "sim-rw-later-0123456789abcdefghijklmn";
    twingate.network("acme")!.addToken({ key, permission: "read" });
    const created = await create(key);
    clock.advance(7000);
    const good = await state(created.id);
    expect(good.label).toBe("connected");
    twingate.network("acme")!.revoke(key);
    await client.forceSync(appId, created.id);
    clock.advance(7000);
    const bad = await state(created.id);
    expect(bad).toMatchObject({ label: "error", completedAt: good.completedAt });
    expect(sim.connector(created.id).syncs).toBe(2);
  });

  it("a domain Twingate does not know fails with a 404 that reads as a wrong domain", async () => {
    const created = await create(DEMO_KEYS.readWrite, "acmee");
    clock.advance(7000);
    const s = await state(created.id);
    expect(s.lastError).toBe("twingate-client: GraphQL HTTP request failed 404 Not Found");
    expect(explainTwingateSyncError(s.lastError).cause).toBe("network-not-found");
  });

  it("a new config restarts the sync; the new key decides", async () => {
    const created = await create(DEMO_KEYS.revoked);
    clock.advance(7000);
    expect((await state(created.id)).label).toBe("error");
    await client.updateConnectorConfig(appId, created.id, twingateConnectorConfig("acme", DEMO_KEYS.readOnly));
    expect((await state(created.id)).label).toBe("error"); // until the new sync starts
    clock.advance(2000);
    expect((await state(created.id)).label).toBe("syncing");
    clock.advance(5000);
    expect((await state(created.id)).label).toBe("connected");
  });

  it("a delegated connector (no config) never syncs: Not connected", async () => {
    const created = await client.createDelegatedConnector(appId, { displayName: "Twingate", catalogId: TWINGATE_CATALOG_ID });
    await client.forceSync(appId, created.id);
    clock.advance(60 * 60_000);
    expect((await state(created.id)).label).toBe("not-connected");
    expect(sim.connector(created.id).pending).toBe("queued");
  });

  describe("tenant behaviours", () => {
    it("fail: SYNC_STATUS_ERROR with the given lastError", async () => {
      const created = await create(DEMO_KEYS.readWrite);
      sim.setSyncBehaviour({ kind: "fail", lastError: "error getting info from connectorClient: boom" }, created.id);
      clock.advance(7000);
      expect(await state(created.id)).toMatchObject({ label: "error", lastError: "error getting info from connectorClient: boom" });
    });

    it("disable: SYNC_STATUS_DISABLED with syncDisabledAt and reason; force_sync refused until resumed", async () => {
      const created = await create(DEMO_KEYS.readWrite);
      sim.setSyncBehaviour({ kind: "disable", reason: "data anomaly detected" }, created.id);
      clock.advance(2000);
      const read = await client.getConnector(appId, created.id);
      expect(read.syncDisabledAt).not.toBeNull();
      expect(syncStateOf(read)).toMatchObject({ label: "disabled", status: "SYNC_STATUS_DISABLED" });
      expect(syncStateOf(read).disabledReason?.value).toBe("data anomaly detected");
      await expect(client.forceSync(appId, created.id)).rejects.toMatchObject({ code: "C1_BAD_REQUEST" });
    });

    it("never-finish stays SYNC_STATUS_RUNNING; never-start stays without status", async () => {
      const running = await create(DEMO_KEYS.readWrite);
      const idle = await create(DEMO_KEYS.readWrite);
      sim.setSyncBehaviour({ kind: "never-finish" }, running.id);
      sim.setSyncBehaviour({ kind: "never-start" }, idle.id);
      clock.advance(24 * 3_600_000);
      expect((await state(running.id)).label).toBe("syncing");
      expect((await state(idle.id)).label).toBe("not-connected");
    });

    it("the tenant default applies to connectors without their own behaviour", async () => {
      sim.setSyncBehaviour({ kind: "succeed" });
      try {
        const baton = await client.createConnector(appId, { catalogId: BATON_CATALOG_ID, config: { "@type": "type.googleapis.com/c1.api.app.v1.EnvConfig" } });
        clock.advance(7000);
        expect((await state(baton.id)).label).toBe("connected");
      } finally {
        sim.setSyncBehaviour({ kind: "twingate" });
      }
    });

    it("refuses a malformed behaviour by name", () => {
      expect(() => sim.setSyncBehaviour({ kind: "explode" } as never)).toThrow(expect.objectContaining({ code: "C1SIM_OPTIONS_INVALID" }));
      expect(() => sim.connector("nope")).toThrow(expect.objectContaining({ code: "C1SIM_NOT_FOUND" }));
    });
  });

  it("m7: a paused connector runs no sync until resumed, a config update included", async () => {
    const created = await create(DEMO_KEYS.readWrite);
    clock.advance(7000);
    expect((await state(created.id)).label).toBe("connected");
    const token = sim.issueAccessToken(3600);
    const post = (action: string) =>
      httpsRequest(`${sim.url}/api/v1/apps/${appId}/connectors/${created.id}/${action}`, sim.caPem, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: "{}",
      });
    expect((await post("pause")).status).toBe(200);
    const syncs = sim.connector(created.id).syncs;
    await client.updateConnectorConfig(appId, created.id, twingateConnectorConfig("acme", DEMO_KEYS.readOnly));
    clock.advance(60_000);
    expect((await state(created.id)).label).toBe("disabled");
    expect(sim.connector(created.id).syncs).toBe(syncs);
    expect((await post("resume")).status).toBe(200);
    clock.advance(7000);
    expect((await state(created.id)).label).toBe("connected");
    expect(sim.connector(created.id).syncs).toBe(syncs + 1);
  });

  it("resyncs on a schedule when asked", async () => {
    const scheduled = await startConductorOneSimulator({ now: clock.now, tickMs: 0, apps: [{ displayName: "A" }], sync: { queueMs: 0, runMs: 1000, resyncEveryMs: 3_600_000, behaviour: { kind: "succeed" } } });
    try {
      const c = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: scheduled.credentials.accessToken, CONDUCTORONE_SERVER_URL: scheduled.url }, ca: scheduled.caPem, clock });
      const app = scheduled.apps()[0]!.id;
      const created = await c.createConnector(app, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", "k") });
      clock.advance(1000);
      const first = syncStateOf(await c.getConnector(app, created.id)).completedAt;
      clock.advance(3 * 3_601_000);
      const later = syncStateOf(await c.getConnector(app, created.id)).completedAt;
      expect(Date.parse(later!) - Date.parse(first!)).toBe(3 * (3_600_000 + 1000));
      expect(scheduled.connector(created.id).syncs).toBe(4);
      c.close();
    } finally {
      await scheduled.close();
    }
  });
});
