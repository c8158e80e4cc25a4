/** The data sources through the RPC runtime (no terraform): what lands in the state Terraform stores, and what the plan reports. */
import { c1twingateProvider } from "../../src/provider/provider";
import { DEMO_KEYS, startSimulator, type NetworkSpec, type RunningSimulator } from "../../src/simulator";
import { MAX_DETAIL_CHARS, MAX_SUMMARY_CHARS } from "../../src/tfplugin";
import { CLI_FLAG, suggestedHclValue } from "../helpers/setting-fixes";
import { errorsOf, runtimeHarness, wirePath, type Obj } from "../helpers/tfplugin-runtime";

const CREDENTIALS = "c1twingate_credentials";
const PREVIEW = "c1twingate_sync_preview";

async function readWith(sim: RunningSimulator, typeName: string, values: Obj, provider: Obj = {}) {
  const h = runtimeHarness(c1twingateProvider);
  expect(await h.configure({ base_url: sim.baseUrl, max_retries: 1, ...provider })).toEqual([]);
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

describe("c1twingate_sync_preview connector_view (what ConductorOne will show)", () => {
  const KEY = "sim-rw-ConnectorViewKey0123456789ab";
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({
      rateLimit: false,
      networks: [
        { name: "gaps", scenario: "all-gaps", tokens: [{ key: KEY, permission: "read" }] },
        // 70 groups: one ConductorOne sync alone needs more than Twingate's 60 reads a minute.
        { name: "busy", tenant: { seed: 8, users: 40, groups: 70, maxGroupMembers: 5, everyoneGroup: false }, tokens: [{ key: KEY, permission: "read" }] },
      ],
    });
  });
  afterAll(() => sim.close());

  it.each([
    [null, ["Admin", "Member"]],
    ["baton-2026", ["Admin", "DevOps", "Support", "Access Reviewer", "Member"]],
  ])("connector_version %s: counts equal the tenant's ground truth", async (version, roles) => {
    const { state, diagnostics } = await readWith(sim, PREVIEW, { network: "gaps", api_key: KEY, ...(version ? { connector_version: version } : {}) });
    expect(errorsOf(diagnostics)).toEqual([]);
    const summary = sim.network("gaps")!.tenant.summary();
    const view = state?.connector_view as Record<string, unknown>;
    const u = summary.users;
    const unknownRoles = Object.values(summary.unknownValues.roles).reduce((a, b) => a + b, 0);
    expect(view).toEqual({
      version: version ?? "baton-2023",
      entitlements: roles.length + summary.groups.total,
      role_grants:
        version === null
          ? { Admin: u.isAdmin.true, Member: u.isAdmin.false }
          : { Admin: u.byRole.ADMIN, DevOps: u.byRole.DEVOPS, Support: u.byRole.SUPPORT, "Access Reviewer": u.byRole.ACCESS_REVIEWER, Member: u.byRole.MEMBER },
      group_memberships: summary.memberships,
      group_memberships_seen: summary.membershipsInDefaultPages,
      group_memberships_missed: summary.memberships - summary.membershipsInDefaultPages,
      groups_not_fully_seen: summary.groupMembers.filter((g) => g.members > g.membersInDefaultPage).length,
      default_member_page: summary.defaultPageSize,
      users_without_role_grant: version === null ? 0 : unknownRoles,
      users_under_other_role: version === null ? u.isAdmin.true - (u.isAdminByRole.ADMIN ?? 0) : 0,
      inactive_users_shown_enabled: u.total - (u.byState.ACTIVE ?? 0),
      provisionable_entitlements: version === null ? 0 : roles.length + summary.groups.total,
      refused_groups: version === null ? 0 : summary.groupMembers.filter((g) => g.type !== "MANUAL").length,
      inactive_groups_offered: version === null ? 0 : summary.groupMembers.filter((g) => g.type === "MANUAL" && !g.isActive).length,
      shared_group_names: summary.duplicateGroupNames.length,
      sync_requests: 1 + Math.ceil(u.total / 100) * (1 + roles.length) + 1 + summary.groups.total,
      rate_limit_at_risk: false,
    });
    // Each gap is one warning on the block, not one per group.
    const notSeen = diagnostics.filter((d) => (d.detail ?? "").includes("(PREVIEW_CONNECTOR_MEMBERS_NOT_SEEN)"));
    expect(notSeen).toEqual([expect.objectContaining({ severity: "WARNING" })]);
    expect(notSeen[0]?.summary).toContain('members of "Engineering"');
  });

  it("the rate-limit fix names the provider block's reads_per_minute", async () => {
    const { state, diagnostics } = await readWith(sim, PREVIEW, { network: "busy", api_key: KEY });
    expect((state?.connector_view as Record<string, unknown>).rate_limit_at_risk).toBe(true);
    const risk = diagnostics.filter((d) => (d.detail ?? "").includes("(PREVIEW_CONNECTOR_RATE_LIMIT_RISK)"));
    expect(risk).toEqual([expect.objectContaining({ severity: "WARNING" })]);
    expect(risk[0]?.detail).toMatch(/the provider block attribute reads_per_minute = \d+ \(provider "c1twingate"\)/);
    expect((state?.connector_view as Record<string, unknown>).default_member_page).toBeNull();
  });

  it("refuses an unknown connector_version at validation, without repeating the value", async () => {
    const h = runtimeHarness(c1twingateProvider);
    const diagnostics = await h.validateData(PREVIEW, h.config(PREVIEW, { network: "gaps", api_key: KEY, connector_version: "sim-rw-NotAVersion0123" }));
    const errors = errorsOf(diagnostics);
    expect(errors).toEqual([expect.objectContaining({ attribute: wirePath("connector_version") })]);
    expect(JSON.stringify(errors)).toContain('connector_version must be one of \\"baton-2023\\" or \\"baton-2026\\"');
    expect(JSON.stringify(errors)).not.toContain("sim-rw-NotAVersion0123");
  });
});

describe("c1twingate_sync_preview fails an incomplete preview unless allow_partial (issue 9 §2)", () => {
  const KEY = "sim-ro-PartialPreview0123456789ab";
  // 450 users need five users pages at page size 100: the first request cannot read them all.
  const tenant = { seed: 2, users: 450, groups: 30 };
  // The client's pacer is per network and per process: each test reads its own network.
  const names = ["paced", "paced-partial", "retry-after", "retry-after-day", "capped"];
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false, networks: names.map((name) => ({ name, tenant, tokens: [{ key: KEY, permission: "read" as const }] })) });
  });
  afterEach(() => sim.faults.clear());
  afterAll(() => sim.close());

  // One read a minute: the first request is answered, the second may go only a minute after it.
  // A 30 s budget cannot hold that wait however fast the first answer came (the read stops as soon
  // as it would start the wait, not at the budget), and holds the first answer however busy the machine.
  const paced = { reads_per_minute: 1 };

  it("stopped by its time budget with partial counts: an error whose fix names a larger time_budget_seconds and allow_partial", async () => {
    const { state, diagnostics } = await readWith(sim, PREVIEW, { network: "paced", api_key: KEY, time_budget_seconds: 30 }, paced);
    expect(state).toBeNull();
    const errors = errorsOf(diagnostics);
    expect(errors).toEqual([expect.objectContaining({ summary: expect.stringContaining("partial counts (users 100 of 450") })]);
    const detail = errors[0]?.detail ?? "";
    expect(detail).toContain("(PREVIEW_INCOMPLETE)");
    expect(suggestedHclValue(detail, "data source", "time_budget_seconds")).toBeGreaterThan(30);
    expect(detail).toContain('the data source attribute allow_partial = true (data "c1twingate_sync_preview")');
    expect(detail).toContain("terraform destroy -refresh=false");
  });

  it("with allow_partial = true: a warning on the block, complete = false and the partial counts", async () => {
    const { state, diagnostics } = await readWith(sim, PREVIEW, { network: "paced-partial", api_key: KEY, time_budget_seconds: 30, allow_partial: true }, paced);
    expect(errorsOf(diagnostics)).toEqual([]);
    expect(state).toMatchObject({ complete: false, user_count: 100, api_key: null });
    const incomplete = diagnostics.filter((d) => (d.detail ?? "").includes("(PREVIEW_INCOMPLETE)"));
    expect(incomplete).toEqual([expect.objectContaining({ severity: "WARNING" })]);
    expect(incomplete[0]?.attribute).toBeUndefined();
    expect(suggestedHclValue(incomplete[0]?.detail ?? "", "data source", "time_budget_seconds")).toBeGreaterThan(30);
    // Already opted in: the fix does not suggest it again.
    expect(incomplete[0]?.detail).not.toContain("allow_partial");
  });

  it("having read nothing (a 429 whose Retry-After outlasts the budget), it fails even with allow_partial = true", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 60, times: 5, network: "retry-after" });
    // 30 s: the 60 s wait never fits (it stops at the first 429), which is in long before the budget ends.
    const { state, diagnostics } = await readWith(sim, PREVIEW, { network: "retry-after", api_key: KEY, time_budget_seconds: 30, allow_partial: true });
    expect(state).toBeNull();
    const errors = errorsOf(diagnostics);
    expect(errors).toEqual([expect.objectContaining({ summary: expect.stringContaining("read nothing within its time budget of 30 s") })]);
    expect(errors[0]?.detail).toContain("(PREVIEW_INCOMPLETE)");
    expect(suggestedHclValue(errors[0]?.detail ?? "", "data source", "time_budget_seconds")).toBeGreaterThan(30);
  });

  it("a 429 asking to wait a day fails the read as a rate limit, never as partial results, and blames nothing on the key", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 86_400, times: 10, network: "retry-after-day" });
    const { state, diagnostics } = await readWith(sim, PREVIEW, { network: "retry-after-day", api_key: KEY, time_budget_seconds: 30, allow_partial: true });
    expect(state).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ severity: "ERROR", summary: expect.stringContaining("says nothing about the API key") })]);
    expect(diagnostics[0]?.attribute).toBeUndefined();
    expect(diagnostics[0]?.detail).toContain("(TG_RATE_LIMITED)");
    expect(diagnostics[0]?.detail).not.toMatch(CLI_FLAG);
  });

  it("names the provider block's max_response_bytes, larger than the cap in force, for an oversized answer", async () => {
    sim.faults.push({ kind: "status", status: 200, body: "x".repeat(100_000), contentType: "application/json", times: 5, network: "capped" });
    const { diagnostics } = await readWith(sim, PREVIEW, { network: "capped", api_key: KEY }, { max_response_bytes: 65_536 });
    const errors = errorsOf(diagnostics);
    expect(errors).toEqual([expect.objectContaining({ detail: expect.stringContaining("(TG_RESPONSE_TOO_LARGE)") })]);
    expect(suggestedHclValue(errors[0]?.detail ?? "", "provider block", "max_response_bytes")).toBeGreaterThan(65_536);
  });
});

describe("c1twingate_credentials names the provider block's settings in its fixes (issue 9 §2)", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false });
  });
  afterEach(() => sim.faults.clear());
  afterAll(() => sim.close());

  it("a check out of time: the provider block's time_budget_seconds, larger than in force", async () => {
    sim.faults.push({ kind: "latency", ms: 10_000, times: 5 });
    const { state, diagnostics } = await readWith(sim, CREDENTIALS, { network: "acme", api_key: DEMO_KEYS.readOnly }, { time_budget_seconds: 1 });
    expect(state).toBeNull();
    const errors = errorsOf(diagnostics);
    expect(errors).toEqual([expect.objectContaining({ detail: expect.stringContaining("(TG_DEADLINE)") })]);
    expect(suggestedHclValue(errors[0]?.detail ?? "", "provider block", "time_budget_seconds")).toBeGreaterThan(1);
  });

  it("a request out of time: the provider block's timeout_seconds, larger than in force", async () => {
    sim.faults.push({ kind: "latency", ms: 10_000, times: 5 });
    const { diagnostics } = await readWith(sim, CREDENTIALS, { network: "acme", api_key: DEMO_KEYS.readOnly }, { timeout_seconds: 1, max_retries: 0 });
    const errors = errorsOf(diagnostics);
    expect(errors).toEqual([expect.objectContaining({ detail: expect.stringContaining("(TG_TIMEOUT)") })]);
    expect(suggestedHclValue(errors[0]?.detail ?? "", "provider block", "timeout_seconds")).toBeGreaterThan(1);
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

describe("c1twingate_sync_preview groups with a null element (e.g. a variable whose default is null)", () => {
  it("is refused on groups[i] at validate and at read, before the engine sees it", async () => {
    const h = runtimeHarness(c1twingateProvider);
    const config = h.config(PREVIEW, { network: "acme", api_key: DEMO_KEYS.readOnly, groups: ["Engineering", null] });
    const errors = errorsOf(await h.validateData(PREVIEW, config));
    expect(errors).toEqual([expect.objectContaining({ summary: "Null element in a collection", attribute: wirePath("groups", 1) })]);
    expect(errors[0]?.detail).toContain("Remove the element or give it a value");
    expect(await h.configure({ base_url: "http://127.0.0.1:9/{network}", max_retries: 0 })).toEqual([]);
    const read = await h.readData(PREVIEW, config);
    expect(errorsOf(read.diagnostics)).toEqual([expect.objectContaining({ summary: "Null element in a collection", attribute: wirePath("groups", 1) })]);
    expect(JSON.stringify(read.diagnostics)).not.toMatch(/report this|Cannot read properties/);
  });
});

describe("c1twingate_sync_preview groups with an empty name", () => {
  it.each([[["Engineering", ""]], [["  "]]])("refuses %j at validate, naming the element, instead of dropping it", async (groups) => {
    const h = runtimeHarness(c1twingateProvider);
    const errors = errorsOf(await h.validateData(PREVIEW, h.config(PREVIEW, { network: "acme", api_key: DEMO_KEYS.readOnly, groups })));
    const blank = groups.findIndex((g) => g.trim() === "");
    expect(errors).toEqual([expect.objectContaining({ summary: "Invalid attribute value", attribute: wirePath("groups") })]);
    expect(errors[0]?.detail).toContain(`groups[${blank}] is ${JSON.stringify(groups[blank])}: an empty group name names no group`);
  });
});
