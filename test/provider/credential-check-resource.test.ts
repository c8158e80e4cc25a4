/** The plan/apply rules of c1twingate_credential_check, through the provider's RPC runtime against the simulator. */
import { TYPE_NAME } from "../../src/provider/credential-check-resource";
import { fingerprint, newSalt } from "../../src/provider/fingerprint";
import { c1twingateProvider } from "../../src/provider/provider";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { isUnknown, UNKNOWN } from "../../src/tfplugin";
import { ApiKey } from "../../src/twingate/api-key";
import { suggestedHclValue } from "../helpers/setting-fixes";
import { errorsOf, runtimeHarness, wirePath, type Obj, type RuntimeHarness } from "../helpers/tfplugin-runtime";

const VOLATILE = ["endpoint", "key_fingerprint", "validated_at", "user_count", "group_count"];

describe("c1twingate_credential_check plan and apply", () => {
  let sim: RunningSimulator;
  let h: RuntimeHarness;
  const config = (apiKey: unknown, extra: Obj = {}): Obj => h.config(TYPE_NAME, { network: "acme", api_key: apiKey as Obj[string], require: "write", ...extra });
  /** A state as apply left it for `key`. */
  const stateFor = (key: string, extra: Obj = {}): Obj => ({
    ...config(null),
    id: "acme-1",
    network_label: "acme",
    api_url: sim.graphqlUrl("acme"),
    endpoint: sim.graphqlUrl("acme"),
    permission: "write",
    key_fingerprint: fingerprint(new ApiKey(key), newSalt()),
    validated_at: "2020-01-01T00:00:00.000Z",
    user_count: 3,
    group_count: 4,
    ...extra,
  });

  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false });
  });
  beforeEach(async () => {
    h = runtimeHarness(c1twingateProvider);
    expect(await h.configure({ base_url: sim.baseUrl, max_retries: 1 })).toEqual([]);
  });
  afterAll(() => sim.close());

  it("defers the whole check to apply when the key is unknown at plan", async () => {
    sim.resetStats();
    const { planned, diagnostics } = await h.plan(TYPE_NAME, { config: config(UNKNOWN) });
    expect(diagnostics).toEqual([]);
    expect(sim.stats.requests).toBe(0);
    for (const name of ["permission", "network_label", ...VOLATILE]) expect(isUnknown(planned?.[name])).toBe(true);
  });

  it("plans on create only what a passing check guarantees; apply fills the rest and stores no key", async () => {
    const first = await h.plan(TYPE_NAME, { config: config(DEMO_KEYS.readWrite) });
    expect(first.diagnostics).toEqual([]);
    expect(first.planned).toMatchObject({ permission: "write", network_label: "acme", require: "write", api_key: null });
    for (const name of VOLATILE) expect(isUnknown(first.planned?.[name])).toBe(true);
    const { state, diagnostics } = await h.apply(TYPE_NAME, { config: config(DEMO_KEYS.readWrite), planned: first.planned });
    expect(diagnostics).toEqual([]);
    expect(state).toMatchObject({ permission: "write", user_count: 25, group_count: 8, endpoint: sim.graphqlUrl("acme"), api_key: null });
    expect(String(state?.key_fingerprint)).toMatch(/^hmac-sha256:v1:/);
    expect(h.logLines.join("")).not.toContain(DEMO_KEYS.readWrite);
    expect(h.logLines.some((l) => l.includes('"permission":"write"') && l.includes('"requests":'))).toBe(true);
  });

  it("plans no change for the same key, and an update with every volatile value unknown for a rotated one", async () => {
    const prior = stateFor(DEMO_KEYS.readWrite);
    const same = await h.plan(TYPE_NAME, { config: config(DEMO_KEYS.readWrite), prior });
    expect(same.diagnostics).toEqual([]);
    expect(same.planned).toEqual(prior);
    const rotated = await h.plan(TYPE_NAME, { config: config(DEMO_KEYS.provision), prior });
    expect(rotated.diagnostics).toEqual([]);
    expect(rotated.planned).toMatchObject({ id: "acme-1", network_label: "acme", permission: "write" });
    for (const name of VOLATILE) expect(isUnknown(rotated.planned?.[name])).toBe(true);
  });

  it("keeps the salt of the prior fingerprint when apply records a rotated key", async () => {
    const prior = stateFor(DEMO_KEYS.readWrite);
    const { planned } = await h.plan(TYPE_NAME, { config: config(DEMO_KEYS.provision), prior });
    const { state, diagnostics } = await h.apply(TYPE_NAME, { config: config(DEMO_KEYS.provision), prior, planned });
    expect(diagnostics).toEqual([]);
    const salt = String(prior.key_fingerprint).split(":")[2] ?? "";
    expect(state?.key_fingerprint).toBe(fingerprint(new ApiKey(DEMO_KEYS.provision), salt));
  });

  it("plans an update when the shard moved, with the endpoint decided by apply", async () => {
    const prior = stateFor(DEMO_KEYS.readWrite);
    sim.setOptions({ shard: "us1" });
    try {
      const { planned, diagnostics } = await h.plan(TYPE_NAME, { config: config(DEMO_KEYS.readWrite), prior });
      expect(diagnostics).toEqual([]);
      expect(isUnknown(planned?.endpoint)).toBe(true);
      const { state } = await h.apply(TYPE_NAME, { config: config(DEMO_KEYS.readWrite), prior, planned });
      expect(state?.endpoint).toContain("/acme.us1/");
    } finally {
      sim.setOptions({ shard: undefined });
    }
  });

  it("refuses at apply when the permission found differs from the planned one", async () => {
    const planned = { ...config(null, { require: "read" }), id: UNKNOWN, network_label: "acme", permission: "write", endpoint: UNKNOWN, key_fingerprint: UNKNOWN, validated_at: UNKNOWN, user_count: UNKNOWN, group_count: UNKNOWN };
    const { diagnostics } = await h.apply(TYPE_NAME, { config: config(DEMO_KEYS.readOnly, { require: "read" }), planned });
    expect(diagnostics[0]).toMatchObject({ summary: "The API key's permission changed between plan and apply", attribute: wirePath("api_key") });
    expect(diagnostics[0]?.detail).toContain('plan found permission "write" but the apply found "read"');
  });

  it("fills api_url (known at plan) in a state written before it existed: one in-place update, re-validated at apply", async () => {
    const older = stateFor(DEMO_KEYS.readWrite, { api_url: null });
    const { planned, diagnostics } = await h.plan(TYPE_NAME, { config: config(DEMO_KEYS.readWrite), prior: older });
    expect(diagnostics).toEqual([]);
    expect(planned).toMatchObject({ id: "acme-1", network_label: "acme", permission: "write", api_url: sim.graphqlUrl("acme") });
    for (const name of VOLATILE) expect(isUnknown(planned?.[name])).toBe(true);
  });

  it("points a read-only key where write is required at api_key, with the fix and the way out of a destroy", async () => {
    const { diagnostics } = await h.plan(TYPE_NAME, { config: config(DEMO_KEYS.readOnly) });
    expect(errorsOf(diagnostics)).toEqual([expect.objectContaining({ attribute: wirePath("api_key") })]);
    expect(diagnostics[0]?.summary).toContain("Read-only");
    expect(diagnostics[0]?.detail).toContain("To fix: generate a Read & Write API key");
    expect(diagnostics[0]?.detail).toContain("terraform destroy -refresh=false");
  });

  it("points an invalid network name at network before sending anything", async () => {
    sim.resetStats();
    const { diagnostics } = await h.plan(TYPE_NAME, { config: config(DEMO_KEYS.readWrite, { network: "not a network!" }) });
    expect(sim.stats.requests).toBe(0);
    expect(diagnostics[0]).toMatchObject({ severity: "ERROR", attribute: wirePath("network") });
  });

  it("names the provider block's time_budget_seconds, larger than in force, when the check runs out of time", async () => {
    const slow = runtimeHarness(c1twingateProvider);
    expect(await slow.configure({ base_url: sim.baseUrl, max_retries: 1, time_budget_seconds: 1.5 })).toEqual([]);
    sim.faults.push({ kind: "latency", ms: 10_000, times: 5 });
    try {
      const { planned, diagnostics } = await slow.plan(TYPE_NAME, { config: config(DEMO_KEYS.readWrite) });
      expect(planned).toBeNull();
      const errors = errorsOf(diagnostics);
      expect(errors).toEqual([expect.objectContaining({ detail: expect.stringContaining("(TG_DEADLINE)") })]);
      expect(suggestedHclValue(errors[0]?.detail ?? "", "provider block", "time_budget_seconds")).toBeGreaterThan(1.5);
    } finally {
      sim.faults.clear();
    }
  });

  describe("lifecycle ignore_changes = [api_key]: Terraform plans with api_key = null", () => {
    // Terraform validates the unmodified configuration, then plans with ignored arguments replaced by their prior value.
    async function planIgnoringKey(key: string, prior: Obj) {
      expect(await h.validate(TYPE_NAME, config(key))).toEqual([]);
      return h.plan(TYPE_NAME, { config: config(null), prior });
    }

    it("still checks the configured key, and a rotated key plans no change", async () => {
      const prior = stateFor(DEMO_KEYS.readWrite);
      sim.resetStats();
      const rotated = await planIgnoringKey(DEMO_KEYS.provision, prior);
      expect(rotated.diagnostics).toEqual([]);
      expect(rotated.planned).toEqual(prior);
      expect(sim.stats.requests).toBeGreaterThan(0);
    });

    it("fails the plan for a revoked key", async () => {
      const { diagnostics } = await planIgnoringKey(DEMO_KEYS.revoked, stateFor(DEMO_KEYS.revoked));
      expect(errorsOf(diagnostics)).toEqual([expect.objectContaining({ summary: expect.stringContaining("refused the API key"), attribute: wirePath("api_key") })]);
    });

    it("warns, and plans no change, when no validation told the key", async () => {
      const prior = stateFor(DEMO_KEYS.readWrite);
      const { planned, diagnostics } = await h.plan(TYPE_NAME, { config: config(null), prior });
      expect(planned).toEqual(prior);
      expect(diagnostics).toEqual([expect.objectContaining({ severity: "WARNING", summary: "The API key was not checked", attribute: wirePath("api_key") })]);
    });
  });
});
