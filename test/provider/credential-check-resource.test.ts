/** The plan/apply rules of c1twingate_credential_check, called in-process against the simulator. */
import { credentialCheckResource } from "../../src/provider/credential-check-resource";
import { fingerprint, newSalt } from "../../src/provider/fingerprint";
import type { ProviderContext } from "../../src/provider/settings";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { createLogger, Diagnostics, isUnknown, UNKNOWN } from "../../src/tfplugin";
import { ApiKey } from "../../src/twingate/api-key";

type Obj = Record<string, unknown>;

describe("c1twingate_credential_check plan and apply", () => {
  let sim: RunningSimulator;
  let ctx: ProviderContext;
  const lines: string[] = [];
  const base = () => ({ ctx, diag: new Diagnostics(), log: createLogger({ write: (l) => void lines.push(l) }), signal: new AbortController().signal });
  const config = (apiKey: unknown, extra: Obj = {}): Obj => ({ network: "acme", api_key: apiKey, require: "write", ...extra });
  const nulls = { id: null, network_label: null, endpoint: null, permission: null, key_fingerprint: null, validated_at: null, user_count: null, group_count: null };

  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false });
    ctx = { settings: { baseUrl: sim.baseUrl, retry: { maxAttempts: 2, baseDelayMs: 1 } } };
  });
  afterAll(() => sim.close());

  async function plan(cfg: Obj, prior: Obj | null) {
    const args = { ...base(), config: cfg, prior, proposed: { ...nulls, ...prior, ...cfg, api_key: null }, planned: { ...nulls, ...prior, ...cfg, api_key: null }, private: {} };
    const result = await credentialCheckResource.plan?.(args as never);
    return { planned: (result ? result.planned : undefined) as Obj | undefined, diag: args.diag };
  }

  async function create(cfg: Obj, planned: Obj) {
    const args = { ...base(), config: cfg, planned, private: {} };
    const state = await credentialCheckResource.create(args as never);
    return { state: state as Obj | undefined, diag: args.diag };
  }

  it("defers the whole check to apply when the key is unknown at plan", async () => {
    sim.resetStats();
    const { planned } = await plan(config(UNKNOWN), null);
    expect(sim.stats.requests).toBe(0);
    for (const name of ["permission", "endpoint", "key_fingerprint", "validated_at", "user_count"]) expect(isUnknown(planned?.[name])).toBe(true);
  });

  it("plans permission and endpoint, leaves fingerprint and counts to apply, and apply fills them consistently", async () => {
    const first = await plan(config(DEMO_KEYS.readWrite), null);
    expect(first.diag.items).toEqual([]);
    expect(first.planned).toMatchObject({ permission: "write", network_label: "acme", endpoint: `${sim.graphqlUrl("acme")}` });
    expect(isUnknown(first.planned?.key_fingerprint)).toBe(true);
    const planned = { ...nulls, ...config(DEMO_KEYS.readWrite), api_key: null, ...first.planned, id: UNKNOWN };
    const { state, diag } = await create(config(DEMO_KEYS.readWrite), planned);
    expect(diag.items).toEqual([]);
    expect(state).toMatchObject({ permission: "write", user_count: 25, group_count: 8 });
    expect(String(state?.key_fingerprint)).toMatch(/^hmac-sha256:v1:/);
    expect(lines.join("")).not.toContain(DEMO_KEYS.readWrite);
    expect(lines.some((l) => l.includes('"permission":"write"') && l.includes('"requests":2'))).toBe(true);
  });

  it("keeps validated_at and the counts on a no-op plan, and plans a known new fingerprint with the same salt on rotation", async () => {
    const salt = newSalt();
    const prior = { ...config(null), id: "acme-1", network_label: "acme", endpoint: sim.graphqlUrl("acme"), permission: "write", key_fingerprint: fingerprint(new ApiKey(DEMO_KEYS.readWrite), salt), validated_at: "2020-01-01T00:00:00.000Z", user_count: 3, group_count: 4 };
    const same = await plan(config(DEMO_KEYS.readWrite), prior);
    expect(same.planned).toMatchObject({ key_fingerprint: prior.key_fingerprint, validated_at: prior.validated_at, user_count: 3, group_count: 4 });
    const rotated = await plan(config(DEMO_KEYS.provision), prior);
    expect(rotated.planned?.key_fingerprint).toBe(fingerprint(new ApiKey(DEMO_KEYS.provision), salt));
    expect(isUnknown(rotated.planned?.validated_at)).toBe(true);
    expect(isUnknown(rotated.planned?.user_count)).toBe(true);
  });

  it("refuses at apply, with a clear message on api_key, a key other than the planned one", async () => {
    const planned = { ...nulls, ...config(null), id: UNKNOWN, network_label: "acme", endpoint: sim.graphqlUrl("acme"), permission: "write", key_fingerprint: fingerprint(new ApiKey(DEMO_KEYS.readWrite), newSalt()), validated_at: UNKNOWN, user_count: UNKNOWN, group_count: UNKNOWN };
    const { state, diag } = await create(config(DEMO_KEYS.provision), planned);
    expect(state).toBeUndefined();
    expect(diag.items).toEqual([expect.objectContaining({ severity: "error", summary: "The API key changed between plan and apply", path: ["api_key"] })]);
  });

  it("refuses at apply when the permission found differs from the planned one", async () => {
    const planned = { ...nulls, ...config(null, { require: "read" }), id: UNKNOWN, network_label: "acme", endpoint: sim.graphqlUrl("acme"), permission: "write", key_fingerprint: UNKNOWN, validated_at: UNKNOWN, user_count: UNKNOWN, group_count: UNKNOWN };
    const { diag } = await create(config(DEMO_KEYS.readOnly, { require: "read" }), planned);
    expect(diag.items[0]).toMatchObject({ summary: "The API key's permission changed between plan and apply", path: ["api_key"] });
    expect(diag.items[0]?.detail).toContain('plan found permission "write" but the apply found "read"');
  });

  it("points a read-only key where write is required at api_key, with the fix", async () => {
    const { planned, diag } = await plan(config(DEMO_KEYS.readOnly), null);
    expect(planned).toBeUndefined();
    expect(diag.items).toEqual([expect.objectContaining({ severity: "error", path: ["api_key"] })]);
    expect(diag.items[0]?.summary).toContain("Read-only");
    expect(diag.items[0]?.detail).toContain("To fix: generate a Read & Write API key");
  });

  it("points an invalid network name at network before sending anything", async () => {
    sim.resetStats();
    const { diag } = await plan(config(DEMO_KEYS.readWrite, { network: "not a network!" }), null);
    expect(sim.stats.requests).toBe(0);
    expect(diag.items[0]).toMatchObject({ severity: "error", path: ["network"] });
  });
});
