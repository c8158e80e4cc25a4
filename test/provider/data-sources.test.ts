/** The data sources through the RPC runtime (no terraform): what lands in the state Terraform stores, and what the plan reports. */
import { c1twingateProvider } from "../../src/provider/provider";
import { DEMO_KEYS, startSimulator, type NetworkSpec, type RunningSimulator } from "../../src/simulator";
import { MAX_DETAIL_CHARS, MAX_SUMMARY_CHARS } from "../../src/tfplugin";
import { errorsOf, runtimeHarness, wirePath, type Obj } from "../helpers/tfplugin-runtime";

const CREDENTIALS = "c1twingate_credentials";
const PREVIEW = "c1twingate_sync_preview";

async function readWith(sim: RunningSimulator, typeName: string, values: Obj) {
  const h = runtimeHarness(c1twingateProvider);
  expect(await h.configure({ base_url: sim.baseUrl, max_retries: 1 })).toEqual([]);
  const result = await h.readData(typeName, h.config(typeName, values));
  return { ...result, logLines: h.logLines };
}

describe("c1twingate data sources keep the API key out of state", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false });
  });
  afterAll(() => sim.close());

  it("c1twingate_credentials returns api_key as null", async () => {
    const { state, diagnostics } = await readWith(sim, CREDENTIALS, { network: "acme", api_key: DEMO_KEYS.readWrite });
    expect(errorsOf(diagnostics)).toEqual([]);
    expect(state).toMatchObject({ network: "acme", permission: "read", api_key: null });
    expect(JSON.stringify(state)).not.toContain(DEMO_KEYS.readWrite);
  });

  it("c1twingate_sync_preview returns api_key as null", async () => {
    const { state, diagnostics, logLines } = await readWith(sim, PREVIEW, { network: "acme", api_key: DEMO_KEYS.readWrite });
    expect(errorsOf(diagnostics)).toEqual([]);
    expect(state).toMatchObject({ network: "acme", id: "acme", complete: true, api_key: null, ambiguous_groups: {} });
    expect(JSON.stringify(state)).not.toContain(DEMO_KEYS.readWrite);
    expect(logLines.join("")).not.toContain(DEMO_KEYS.readWrite);
  });
});

describe("c1twingate_sync_preview provisioning targets", () => {
  const KEY = "sim-rw-TargetsKey0123456789abcdef";
  // The simulator caps names at 200 characters; a requested (missing) name below is 10 000 long.
  const LONG_NAME = `Team ${"x".repeat(190)}`;
  const network: NetworkSpec = {
    name: "targets",
    tenant: {
      seed: 3,
      users: 12,
      groups: 0,
      extraGroups: [
        { name: "Contractors", type: "MANUAL", members: 2 },
        { name: "Contractors", type: "SYNCED", members: 3 },
        { name: "Ops", type: "MANUAL", members: 1 },
        { name: "Ops", type: "MANUAL", members: 1 },
        { name: "Vendors", type: "MANUAL", members: 1 },
        { name: "Engineering (Okta)", type: "SYNCED", members: 4 },
        { name: LONG_NAME, type: "SYNCED", members: 1 },
      ],
    },
    tokens: [{ key: KEY, permission: "read-write-provision" }],
  };
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false, networks: [network] });
  });
  afterAll(() => sim.close());

  it("fails the plan by name, on groups[i], when a target names two groups (one MANUAL, one SYNCED)", async () => {
    const { state, diagnostics } = await readWith(sim, PREVIEW, { network: "targets", api_key: KEY, groups: ["Vendors", "Contractors"] });
    expect(state).toBeNull();
    const errors = errorsOf(diagnostics);
    expect(errors).toEqual([expect.objectContaining({ attribute: wirePath("groups", 1) })]);
    expect(errors[0]?.summary).toMatch(/provisioning target "Contractors" \(MANUAL [^,]+, SYNCED [^)]+\) names more than one group/);
    expect(errors[0]?.detail).toContain("name the target by its group ID");
    expect(errors[0]?.detail).toContain("(PREVIEW_TARGET_AMBIGUOUS)");
  });

  it("exposes names several provisionable groups share, and leaves them out of provisionable_groups", async () => {
    const { state, diagnostics } = await readWith(sim, PREVIEW, { network: "targets", api_key: KEY, groups: ["Vendors"] });
    expect(errorsOf(diagnostics)).toEqual([]);
    const shared = (state?.ambiguous_groups as Record<string, string[]>).Ops;
    expect(shared).toHaveLength(2);
    expect(Object.keys(state?.provisionable_groups as object)).not.toContain("Ops");
    expect(state?.provisionable_groups).toHaveProperty("Vendors");
    expect(state?.group_types).toEqual({ Vendors: "MANUAL" });
  });

  it("aggregates 300 missing targets into one warning on groups, with long names shortened", async () => {
    const missing = Array.from({ length: 300 }, (_, i) => `missing-${i}-${"m".repeat(i === 0 ? 10_000 : 5)}`);
    const { state, diagnostics } = await readWith(sim, PREVIEW, { network: "targets", api_key: KEY, groups: ["Vendors", ...missing, LONG_NAME] });
    expect(state?.missing_groups).toHaveLength(300);
    const notFound = diagnostics.filter((d) => (d.detail ?? "").includes("(PREVIEW_TARGET_NOT_FOUND)"));
    expect(notFound).toEqual([expect.objectContaining({ severity: "WARNING", attribute: wirePath("groups") })]);
    expect(notFound[0]?.summary).toMatch(/^Twingate sync preview: 300 provisioning target groups do not exist/);
    expect(notFound[0]?.detail).toContain("and 290 more");
    expect(notFound[0]?.detail).toContain("(10010 characters)");
    const notManual = diagnostics.filter((d) => (d.detail ?? "").includes("(PREVIEW_TARGET_NOT_MANUAL)"));
    expect(notManual).toEqual([expect.objectContaining({ severity: "WARNING", attribute: wirePath("groups", 301) })]);
    expect(notManual[0]?.summary).toContain("(195 characters)");
    for (const d of diagnostics) {
      expect(d.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS + 40);
      expect((d.detail ?? "").length).toBeLessThanOrEqual(MAX_DETAIL_CHARS + 40);
      expect(d.summary + (d.detail ?? "")).not.toContain("x".repeat(100));
      expect(d.summary + (d.detail ?? "")).not.toContain("m".repeat(100));
    }
    expect(diagnostics.length).toBeLessThan(10);
  });
});

describe("c1twingate_sync_preview under the TwingateIntegration construct (surface)", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false });
  });
  afterAll(() => sim.close());

  it("a wrong network is one error per cause: left to the construct's credential check, this block only warns", async () => {
    const alone = await readWith(sim, PREVIEW, { network: "acmee", api_key: DEMO_KEYS.readWrite, groups: ["Engineering"] });
    // On its own (HCL), the preview reports the failure itself, once: not again as unreached targets.
    expect(errorsOf(alone.diagnostics).map((d) => d.summary)).toEqual([expect.stringMatching(/^Twingate sync preview: no Twingate network named 'acmee'/)]);
    const underConstruct = await readWith(sim, PREVIEW, { network: "acmee", api_key: DEMO_KEYS.readWrite, groups: ["Engineering"], surface: "twingate-integration" });
    expect(errorsOf(underConstruct.diagnostics)).toEqual([]);
    expect(underConstruct.diagnostics.map((d) => d.summary)).toEqual(["Twingate sync preview: not read"]);
    expect(underConstruct.state).toMatchObject({ complete: false, provisionable_groups: {}, missing_groups: [] });
  });

  it("a failure that is not about the key or network still fails the preview under the construct", async () => {
    sim.faults.push({ kind: "status", status: 503, times: 10 });
    try {
      const { diagnostics } = await readWith(sim, PREVIEW, { network: "acme", api_key: DEMO_KEYS.readWrite, groups: ["Engineering"], surface: "twingate-integration" });
      expect(errorsOf(diagnostics).length).toBeGreaterThan(0);
    } finally {
      sim.faults.clear();
    }
  });
});
