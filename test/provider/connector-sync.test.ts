/**
 * c1twingate_connector_sync and c1twingate_connector_status through the provider's RPC runtime
 * (no terraform), against the ConductorOne simulator whose Twingate connectors sync against the
 * Twingate simulator: apply waits and ends Connected; a key revoked before the first sync fails
 * the apply with the sync's error, its Twingate meaning and the fix; a sync that never finishes
 * ends at the budget with a clear message and the state recorded; a later plan after the sync
 * broke warns (or fails when asked); a wrong client secret fails the plan at the token
 * endpoint. Every diagnostic and log line is searched for the run's secrets.
 */
import { c1twingateProvider } from "../../src/provider/provider";
import { C1_ENV, twingateConnectorConfig } from "../../src/conductorone";
import { encodeMsgpack, UNKNOWN } from "../../src/tfplugin";
import { impliedType } from "../../src/tfplugin/framework/schema";
import { errorsOf, runtimeHarness, wirePath, type Obj, type RuntimeHarness } from "../helpers/tfplugin-runtime";
import { startSyncFixture, syncSettled, type SyncFixture } from "./sync-fixture";

jest.setTimeout(120_000);

const SYNC = "c1twingate_connector_sync";
const STATUS = "c1twingate_connector_status";
/** Everything the provider reads from the environment for ConductorOne: cleared, so only what a test sets counts. */
const C1_ENV_NAMES = [...Object.values(C1_ENV), "SSL_CERT_FILE"];

describe("c1twingate_connector_sync and c1twingate_connector_status (provider runtime, simulators)", () => {
  let fx: SyncFixture;
  const saved: Record<string, string | undefined> = {};
  /** Every diagnostic and log line of every harness, for the canary search at the end. */
  const everything: string[] = [];

  beforeAll(async () => {
    fx = await startSyncFixture();
    for (const name of C1_ENV_NAMES) {
      saved[name] = process.env[name];
      delete process.env[name];
    }
    // As a Go provider would: the simulator's CA through SSL_CERT_FILE.
    process.env.SSL_CERT_FILE = fx.caFile;
  });
  afterAll(async () => {
    for (const name of C1_ENV_NAMES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await fx?.close();
  });

  const block = (values: Obj = {}): Obj => ({ server_url: null, tenant_domain: null, client_id: null, client_secret: null, oidc_token: null, ...values });
  const creds = (): Obj => block({ client_id: fx.c1.credentials.clientId, client_secret: fx.c1.credentials.clientSecret });

  async function harness(conductorone: Obj | null = creds()): Promise<RuntimeHarness> {
    const h = runtimeHarness(c1twingateProvider);
    expect(await h.configure({ conductorone })).toEqual([]);
    return h;
  }
  const record = (h: RuntimeHarness, diagnostics: unknown): void => {
    everything.push(JSON.stringify(diagnostics), ...h.logLines);
  };

  async function planAndApply(h: RuntimeHarness, values: Obj) {
    const config = h.config(SYNC, { budget_minutes: 1, poll_interval_seconds: 1, ...values });
    const plan = await h.plan(SYNC, { config });
    record(h, plan.diagnostics);
    expect(errorsOf(plan.diagnostics)).toEqual([]);
    const applied = await h.apply(SYNC, { config, planned: plan.planned });
    record(h, applied.diagnostics);
    return { plan, applied, config };
  }

  it("plans the wait with everything the sync decides unknown, then waits and ends Connected", async () => {
    const h = await harness();
    const connectorId = await fx.createConnector();
    const { plan, applied } = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId });
    expect(plan.planned).toMatchObject({ accept: "completed", force_sync: false, id: UNKNOWN, status: UNKNOWN, label: UNKNOWN, verified_at: UNKNOWN });
    expect(applied.diagnostics).toEqual([]);
    expect(applied.state).toMatchObject({
      id: `${fx.appId}/${connectorId}`,
      status: "SYNC_STATUS_DONE",
      label: "Connected",
      completed_at: expect.stringMatching(/^\d{4}-/),
      verified_at: expect.stringMatching(/^\d{4}-/),
      twingate_api_key: null,
    });
    // Progress in terraform's log while waiting: the label changes, with the budget left.
    const labels = h.logLines.filter((l) => l.includes("conductorone: connector sync status")).map((l) => (JSON.parse(l) as { label: string; budget_left_s: number }).label);
    // Whether a poll lands while it is Syncing depends on timing: the labels only go forward, to Connected.
    expect(["Not connected", "Syncing", "Connected"].filter((l) => labels.includes(l))).toEqual(labels);
    expect(labels.at(-1)).toBe("Connected");
    expect(h.logLines.find((l) => l.includes("conductorone: connector sync status"))).toMatch(/"budget_left_s":\d+/);
    expect(h.logLines.some((l) => l.includes("conductorone: connector sync accepted"))).toBe(true);
    expect(fx.c1.connector(connectorId).lastSync).toMatchObject({ ok: true, users: 25 });
  });

  it("accept = \"started\" ends at Syncing; force_sync waits for a sync newer than the one already completed", async () => {
    const h = await harness();
    const connectorId = await fx.createConnector();
    // Held at Syncing, so the answer does not depend on when the polls land.
    fx.c1.setSyncBehaviour({ kind: "never-finish" }, connectorId);
    const started = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId, accept: "started" });
    expect(started.applied.state).toMatchObject({ label: "Syncing", status: "SYNC_STATUS_RUNNING", completed_at: null, verified_at: expect.any(String) });
    // The stuck sync is replaced by a new one of the same config, which completes.
    fx.c1.setSyncBehaviour({ kind: "twingate" }, connectorId);
    await fx.client.updateConnectorConfig(fx.appId, connectorId, twingateConnectorConfig("acme", fx.key));
    await syncSettled(fx.c1, connectorId);
    const before = fx.c1.connector(connectorId).json.status as { completedAt: string };
    const forced = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId, force_sync: true });
    expect(forced.applied.diagnostics).toEqual([]);
    expect(Date.parse(String(forced.applied.state?.completed_at))).toBeGreaterThan(Date.parse(before.completedAt));
    expect(fx.c1.connector(connectorId).syncs).toBe(3);
  });

  it("fails the apply when the key was revoked in Twingate before the first sync: the sync's error, its Twingate meaning and the fix", async () => {
    const key = fx.newKey();
    fx.twingate.network("acme")!.revoke(key);
    const h = await harness();
    const connectorId = await fx.createConnector(key);
    const { applied } = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId, twingate_api_key: key });
    const errors = errorsOf(applied.diagnostics);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.summary).toBe(
      `ConductorOne connector sync: the last sync of connector ${connectorId} of app ${fx.appId} failed (SYNC_STATUS_ERROR): twingate-client: GraphQL HTTP request failed 401 Unauthorized`,
    );
    expect(errors[0]?.detail).toContain("Likely meaning: Twingate refused the API key: it was revoked, expired, mistyped, or is limited to IP addresses ConductorOne does not use.");
    expect(errors[0]?.detail).toContain("To fix: Generate a new API key in the Twingate admin console");
    expect(errors[0]?.detail).toContain("Change twingate_apikey of the ConductorOne Twingate integration");
    expect(errors[0]?.detail).toContain("tainted");
    expect(errors[0]?.detail).toContain("(C1_SYNC_ERROR)");
    // What was seen is recorded (Terraform keeps it tainted); it is not verified.
    expect(applied.state).toMatchObject({ label: "Error", status: "SYNC_STATUS_ERROR", verified_at: null });
  });

  it("m1: after a failed sync (tainted), fixing the cause and applying again waits for a NEW sync and ends Connected", async () => {
    const h = await harness();
    const connectorId = await fx.createConnector();
    fx.c1.setSyncBehaviour({ kind: "fail", lastError: "twingate-client: GraphQL HTTP request failed 503 Service Unavailable" }, connectorId);
    const first = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId });
    expect(errorsOf(first.applied.diagnostics)).toEqual([expect.objectContaining({ detail: expect.stringContaining("Fix the cause and run terraform apply again") })]);
    const syncs = fx.c1.connector(connectorId).syncs;
    // The cause is fixed outside ConductorOne; the connector's config is unchanged, so nothing re-syncs by itself.
    fx.c1.setSyncBehaviour({ kind: "succeed" }, connectorId);
    const again = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId });
    expect(again.applied.diagnostics).toEqual([]);
    expect(again.applied.state).toMatchObject({ label: "Connected", verified_at: expect.any(String) });
    expect(fx.c1.connector(connectorId).syncs).toBe(syncs + 1);
  });

  it("ends a sync that never finishes at the budget, naming what it saw and the way out, with the state recorded", async () => {
    const h = await harness();
    const connectorId = await fx.createConnector();
    fx.c1.setSyncBehaviour({ kind: "never-finish" }, connectorId);
    const { applied } = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId, budget_minutes: 0.05 });
    const errors = errorsOf(applied.diagnostics);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.summary).toMatch(
      new RegExp(`^ConductorOne connector sync: waited 3 s for connector ${connectorId} of app ${fx.appId} to sync; the budget ran out while it was (Syncing \\(SYNC_STATUS_RUNNING, started [^)]+\\)|Not connected \\(no status\\))$`),
    );
    expect(errors[0]?.detail).toContain("Raise budget_minutes, or set accept = \"started\"");
    expect(errors[0]?.detail).toContain("(C1_SYNC_WAIT_BUDGET)");
    expect(applied.state).toMatchObject({ id: `${fx.appId}/${connectorId}`, verified_at: null });
  });

  it("does not take an error of the connector's previous key for the new key's: it waits for the sync of the current config", async () => {
    const bad = fx.newKey();
    fx.twingate.network("acme")!.revoke(bad);
    const connectorId = await fx.createConnector(bad);
    await syncSettled(fx.c1, connectorId);
    expect((fx.c1.connector(connectorId).json.status as { status: string }).status).toBe("SYNC_STATUS_ERROR");
    // The key is fixed (as conductorone_integration_twingate's update does): a new sync is queued.
    await fx.client.updateConnectorConfig(fx.appId, connectorId, twingateConnectorConfig("acme", fx.key));
    const h = await harness();
    const { applied } = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId });
    expect(applied.diagnostics).toEqual([]);
    expect(applied.state).toMatchObject({ label: "Connected" });
  });

  it("fails the plan, before anything is applied, when the token endpoint refuses the signed assertion (a wrong secret)", async () => {
    const other = fx.c1.createClient();
    const attempts = fx.c1.tokenAttempts.length;
    const h = await harness(block({ client_id: fx.c1.credentials.clientId, client_secret: other.clientSecret }));
    const plan = await h.plan(SYNC, { config: h.config(SYNC, { app_id: UNKNOWN, connector_id: UNKNOWN }) });
    record(h, plan.diagnostics);
    const errors = errorsOf(plan.diagnostics);
    expect(errors).toEqual([expect.objectContaining({ summary: expect.stringContaining(`ConductorOne connector sync: failed to get token: POST ${fx.c1.url}/auth/v1/token answered HTTP 401`) })]);
    // m4: a short summary; the whole message, fix included, in the detail.
    expect(errors[0]?.summary).not.toContain("Check that client_id and client_secret belong together");
    expect(errors[0]?.detail).toContain("Check that client_id and client_secret belong together");
    expect(errors[0]?.detail).toContain("(C1_TOKEN_REFUSED)");
    expect(fx.c1.tokenAttempts.slice(attempts)).toEqual([expect.objectContaining({ outcome: "refused", clientId: fx.c1.credentials.clientId })]);
    expect(JSON.stringify(plan.diagnostics)).not.toContain(other.clientSecret);
  });

  it("proves the credentials at plan through a token when the connector is not known yet, and reads the connector when it is", async () => {
    const h = await harness();
    const attempts = fx.c1.tokenAttempts.length;
    const unknownIds = await h.plan(SYNC, { config: h.config(SYNC, { app_id: UNKNOWN, connector_id: UNKNOWN }) });
    expect(unknownIds.diagnostics).toEqual([]);
    expect(fx.c1.tokenAttempts.slice(attempts)).toEqual([expect.objectContaining({ outcome: "issued" })]);
    const missing = await h.plan(SYNC, { config: h.config(SYNC, { app_id: fx.appId, connector_id: "2NoSuchConnector00000000000" }) });
    record(h, missing.diagnostics);
    expect(errorsOf(missing.diagnostics)).toEqual([expect.objectContaining({ attribute: wirePath("connector_id"), summary: expect.stringContaining("HTTP 404") })]);
  });

  it("m9/m4: a wrong access token fails the plan (one authenticated read), summary short, the fix whole in the detail", async () => {
    process.env.CONDUCTORONE_ACCESS_TOKEN = "nope-token-123456";
    process.env.CONDUCTORONE_SERVER_URL = fx.c1.url;
    try {
      const h = await harness(null);
      const plan = await h.plan(SYNC, { config: h.config(SYNC, { app_id: UNKNOWN, connector_id: UNKNOWN }) });
      record(h, plan.diagnostics);
      const errors = errorsOf(plan.diagnostics);
      expect(errors).toEqual([expect.objectContaining({ summary: expect.stringContaining("HTTP 401") })]);
      expect(errors[0]!.summary.length).toBeLessThanOrEqual(300);
      expect(errors[0]!.summary).not.toMatch(/more characters\)/);
      expect(errors[0]!.detail).toMatch(/CONDUCTORONE_ACCESS_TOKEN/);
      expect(errors[0]!.detail).not.toMatch(/more characters\)/);
      expect(errors[0]!.detail).toContain("(C1_UNAUTHORIZED)");
      expect(JSON.stringify(plan.diagnostics)).not.toContain("nope-token-123456");
    } finally {
      delete process.env.CONDUCTORONE_ACCESS_TOKEN;
      delete process.env.CONDUCTORONE_SERVER_URL;
    }
  });

  it("names where ConductorOne settings come from when there are none", async () => {
    const h = await harness(null);
    const plan = await h.plan(SYNC, { config: h.config(SYNC, { app_id: fx.appId, connector_id: "x" }) });
    const errors = errorsOf(plan.diagnostics);
    expect(errors).toEqual([expect.objectContaining({ summary: expect.stringContaining("no ConductorOne credentials were given") })]);
    expect(errors[0]?.detail).toContain("CONDUCTORONE_* environment variables");
    expect(errors[0]?.detail).toContain("(C1_CREDENTIALS_MISSING)");
  });

  it("takes credentials the official provider's way: CONDUCTORONE_ACCESS_TOKEN over the block, and OIDC with client_id", async () => {
    process.env.CONDUCTORONE_ACCESS_TOKEN = fx.c1.credentials.accessToken;
    try {
      const h = await harness(block({ client_id: fx.c1.credentials.clientId, client_secret: "secret-token:conductorone.com:v1:not-even-parsed" }));
      const attempts = fx.c1.tokenAttempts.length;
      const connectorId = await fx.createConnector();
      const { applied } = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId, accept: "started" });
      expect(applied.diagnostics).toEqual([]);
      // The access token is used as it is: the token endpoint is never called.
      expect(fx.c1.tokenAttempts.length).toBe(attempts);
    } finally {
      delete process.env.CONDUCTORONE_ACCESS_TOKEN;
    }
    const trust = fx.c1.createOidcTrust();
    process.env.TFC_WORKLOAD_IDENTITY_TOKEN = trust.issueToken();
    try {
      const h = await harness(block({ client_id: trust.clientId }));
      const connectorId = await fx.createConnector();
      const { applied } = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId, accept: "started" });
      expect(applied.diagnostics).toEqual([]);
      expect(fx.c1.tokenAttempts.at(-1)).toMatchObject({ outcome: "issued", clientId: trust.clientId });
    } finally {
      delete process.env.TFC_WORKLOAD_IDENTITY_TOKEN;
    }
  });

  it("refresh keeps the record while the connector exists and drops it once ConductorOne deleted it", async () => {
    const h = await harness();
    const connectorId = await fx.createConnector();
    const { applied } = await planAndApply(h, { app_id: fx.appId, connector_id: connectorId, accept: "started" });
    const type = impliedType(c1twingateProvider.definition.resources![SYNC]!.schema);
    const read = await h.rt.ReadResource({ type_name: SYNC, current_state: { msgpack: Buffer.from(encodeMsgpack(type, applied.state)) } });
    expect(read.diagnostics).toEqual([]);
    expect(read.new_state?.msgpack?.length).toBeGreaterThan(1);
    await fx.client.deleteConnector(fx.appId, connectorId);
    const gone = await h.rt.ReadResource({ type_name: SYNC, current_state: read.new_state });
    expect(gone.diagnostics).toEqual([]);
    expect([...(gone.new_state?.msgpack ?? [])]).toEqual([0xc0]);
  });

  describe("c1twingate_connector_status at a later plan", () => {
    let connectorId: string;
    let key: string;
    beforeAll(async () => {
      key = fx.newKey();
      connectorId = await fx.createConnector(key);
      await syncSettled(fx.c1, connectorId);
    });

    const read = async (values: Obj) => {
      const h = await harness();
      const result = await h.readData(STATUS, h.config(STATUS, { app_id: fx.appId, connector_id: connectorId, twingate_api_key: key, ...values }));
      record(h, result.diagnostics);
      return result;
    };

    it("is healthy and quiet while the connector is Connected", async () => {
      const { state, diagnostics } = await read({});
      expect(diagnostics).toEqual([]);
      expect(state).toMatchObject({ label: "Connected", status: "SYNC_STATUS_DONE", healthy: true, accept: "completed", on_problem: "warn", twingate_api_key: null, last_error: null });
    });

    it("warns when the last completed sync is older than max_age_hours, and fails with on_problem = \"fail\"", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const warned = await read({ max_age_hours: 0.0001 });
      expect(warned.diagnostics).toEqual([expect.objectContaining({ severity: "WARNING", summary: expect.stringMatching(/the last completed sync of .* is \d+ s old/) })]);
      expect(warned.state).toMatchObject({ healthy: false, label: "Connected" });
      const failed = await read({ max_age_hours: 0.0001, on_problem: "fail" });
      expect(errorsOf(failed.diagnostics)).toEqual([expect.objectContaining({ detail: expect.stringContaining("(C1_SYNC_STALE)") })]);
      expect(failed.state).toBeNull();
    });

    it("warns after the sync broke (key revoked in Twingate), with lastError and its meaning; fails when asked", async () => {
      fx.twingate.network("acme")!.revoke(key);
      fx.c1.queueSync(connectorId);
      await syncSettled(fx.c1, connectorId);
      const warned = await read({});
      expect(warned.diagnostics).toEqual([
        expect.objectContaining({
          severity: "WARNING",
          summary: expect.stringMatching(/failed \(SYNC_STATUS_ERROR\): twingate-client: GraphQL HTTP request failed 401 Unauthorized$/),
          detail: expect.stringMatching(/^Likely meaning: Twingate refused the API key[^]*on_problem = "fail" turns this warning into an error/),
        }),
      ]);
      expect(warned.state).toMatchObject({ healthy: false, label: "Error", last_error: "twingate-client: GraphQL HTTP request failed 401 Unauthorized", completed_at: expect.any(String) });
      const failed = await read({ on_problem: "fail" });
      expect(errorsOf(failed.diagnostics)).toEqual([expect.objectContaining({ detail: expect.stringContaining("To fix: Generate a new API key") })]);
      // m5: the error that blocks terraform destroy names the way out.
      expect(errorsOf(failed.diagnostics)[0]!.detail).toContain("terraform destroy -refresh=false");
      expect(failed.state).toBeNull();
    });

    it("scrubs the Twingate key from a lastError that echoes it", async () => {
      fx.c1.setSyncBehaviour({ kind: "fail", lastError: `twingate-client: key ${key} refused (401); retry with ${key.toUpperCase()}` }, connectorId);
      fx.c1.queueSync(connectorId);
      await syncSettled(fx.c1, connectorId);
      const { state, diagnostics } = await read({});
      expect(state?.last_error).toBe("twingate-client: key [redacted] refused (401); retry with [redacted]");
      expect(JSON.stringify(diagnostics)).toContain("[redacted]");
    });

    it("reports a connector that does not exist as an error on connector_id, whatever on_problem says", async () => {
      const h = await harness();
      const result = await h.readData(STATUS, h.config(STATUS, { app_id: fx.appId, connector_id: "2NoSuchConnector00000000000" }));
      expect(errorsOf(result.diagnostics)).toEqual([expect.objectContaining({ attribute: wirePath("connector_id"), summary: expect.stringContaining("HTTP 404") })]);
    });
  });

  it("never showed a secret in any diagnostic or log line", () => {
    const all = everything.join("\n");
    expect(all.length).toBeGreaterThan(1000);
    for (const secret of fx.secrets()) {
      expect(all).not.toContain(secret);
      expect(all.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });
});
