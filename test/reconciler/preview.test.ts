import { previewSync, PREVIEW_CODES, requestLowerBound, type SyncPreviewResult } from "../../src/reconciler/preview";
import { DEMO_KEYS, generateTenant, startSimulator, type RunningSimulator, type TenantSummary } from "../../src/simulator";
import { nodeHttpExchange, type HttpExchange } from "../../src/twingate/http-exchange";
import { Pacer } from "../../src/twingate/pacer";
import { recordingExchange } from "../helpers/http";
import { VirtualClock } from "../helpers/virtual-clock";

const KEY = "sim-preview-key-0123456789";

function expectCountsMatch(result: SyncPreviewResult, summary: TenantSummary): void {
  expect(result.complete).toBe(true);
  expect(result.users.total).toBe(summary.users.total);
  expect(result.users.byRole).toEqual(summary.users.byRole);
  expect(result.users.byState).toEqual(summary.users.byState);
  expect(result.users.byType).toEqual(summary.users.byType);
  expect(result.roleGrants).toEqual(summary.users.byRole);
  expect(result.groups.total).toBe(summary.groups.total);
  expect(result.groups.byType).toEqual(summary.groups.byType);
  expect(result.groups.active).toBe(summary.groups.active);
  expect(result.groups.inactive).toBe(summary.groups.inactive);
  expect(result.groups.empty).toBe(summary.groupMembers.filter((g) => g.members === 0).length);
  expect(result.memberships).toBe(summary.memberships);
  expect(result.groups.provisionable.map((g) => g.id.value)).toEqual(summary.provisionableGroupIds);
  const members = new Map(summary.groupMembers.map((g) => [g.id, g.members]));
  for (const g of result.groups.provisionable) expect(g.members).toBe(members.get(g.id.value));
}

/** The bound computed from the seed data, independently of what the preview counted. */
function boundFromSummary(summary: TenantSummary, pageSize: number): number {
  return requestLowerBound({
    pageSize,
    users: summary.users.total,
    groups: summary.groups.total,
    memberLists: summary.groupMembers.map((g, index) => ({ index, members: g.members })),
  });
}

describe("previewSync on the demo network", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: { reads: 100_000, writes: 100, windowMs: 60_000 } });
  });
  afterAll(async () => {
    await sim.close();
  });

  it("counts exactly what the tenant holds, in the fewest requests", async () => {
    const result = await previewSync({ network: "acme", apiKey: DEMO_KEYS.readOnly, baseUrl: sim.baseUrl, pacing: { reads: 100_000 } });
    const summary = sim.network("acme")!.tenant.summary();
    expectCountsMatch(result, summary);
    // 25 users and 8 groups at 100 a page: one request carries both pages (members nested).
    expect(result.lowerBound).toBe(1);
    expect(result.requests).toBe(1);
    expect(result.inactiveMembers.pending + result.inactiveMembers.disabled).toBeGreaterThan(0);
    expect(result.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining([PREVIEW_CODES.adminUsers, PREVIEW_CODES.emptyGroups, PREVIEW_CODES.inactiveMembers]),
    );
    expect(result.findings.some((f) => f.severity === "error")).toBe(false);
  });

  it("pages every member of every group at a small page size and still meets the bound", async () => {
    sim.resetStats();
    const result = await previewSync({ network: "acme", apiKey: DEMO_KEYS.readOnly, baseUrl: sim.baseUrl, pageSize: 3, pacing: { reads: 100_000 } });
    const summary = sim.network("acme")!.tenant.summary();
    expectCountsMatch(result, summary);
    expect(result.lowerBound).toBe(boundFromSummary(summary, 3));
    expect(result.requests).toBe(result.lowerBound);
    expect(sim.stats.graphql).toBe(result.requests);
  });

  it("verifies provisioning targets by name or ID", async () => {
    const summary = sim.network("acme")!.tenant.summary();
    const onCall = summary.groupMembers.find((g) => g.name === "On-call")!;
    const result = await previewSync({
      network: "acme",
      apiKey: DEMO_KEYS.readOnly,
      baseUrl: sim.baseUrl,
      pacing: { reads: 100_000 },
      groups: ["Contractors", onCall.id, "Everyone", "Engineering (Okta)", "Legacy VPN Users", "No Such Group"],
    });
    const check = result.requestedGroups!;
    expect(check.found.map((f) => f.name.value).sort()).toEqual(["Contractors", "Engineering (Okta)", "Everyone", "Legacy VPN Users", "On-call"]);
    expect(check.found.find((f) => f.id.value === onCall.id)!.members).toBe(onCall.members);
    expect(check.missing).toEqual(["No Such Group"]);
    expect(check.notManual.map((f) => [f.name.value, f.type.value])).toEqual(
      expect.arrayContaining([
        ["Everyone", "SYSTEM"],
        ["Engineering (Okta)", "SYNCED"],
      ]),
    );
    expect(check.inactive.map((f) => f.name.value)).toEqual(["Legacy VPN Users"]);
    const errors = result.findings.filter((f) => f.severity === "error").map((f) => f.code);
    expect(errors.sort()).toEqual(
      [PREVIEW_CODES.targetInactive, PREVIEW_CODES.targetNotFound, PREVIEW_CODES.targetNotManual, PREVIEW_CODES.targetNotManual].sort(),
    );
    const systemFinding = result.findings.find((f) => f.code === PREVIEW_CODES.targetNotManual && f.message.includes("Everyone"))!;
    expect(systemFinding.message).toContain("SYSTEM");
  });

  it("turns a refused key into an error finding, never throwing and never echoing the key", async () => {
    const result = await previewSync({ network: "acme", apiKey: DEMO_KEYS.revoked, baseUrl: sim.baseUrl, pacing: { reads: 100_000 } });
    expect(result.complete).toBe(false);
    expect(result.stoppedReason).toBe("api-error");
    expect(result.findings[0]).toMatchObject({ code: "TG_UNAUTHORIZED", severity: "error", subject: "api_key" });
    expect(JSON.stringify(result)).not.toContain(DEMO_KEYS.revoked);
  });

  it("refuses a malformed network name before any request", async () => {
    sim.resetStats();
    const result = await previewSync({ network: "acme.acme.twingate.com", apiKey: DEMO_KEYS.readOnly, baseUrl: sim.baseUrl });
    expect(result.stoppedReason).toBe("invalid-input");
    expect(result.findings[0]).toMatchObject({ code: "TG_NETWORK_INVALID", subject: "network" });
    expect(sim.stats.requests).toBe(0);
  });

  it("reports progress as pages arrive", async () => {
    const seen: number[] = [];
    let last: { phase: string; estimatedRequests: number; requests: number } | undefined;
    await previewSync({
      network: "acme",
      apiKey: DEMO_KEYS.readOnly,
      baseUrl: sim.baseUrl,
      pageSize: 5,
      pacing: { reads: 100_000 },
      onProgress: (p) => {
        seen.push(p.requests);
        last = p;
      },
    });
    expect(seen.length).toBeGreaterThan(5);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(last).toMatchObject({ phase: "done" });
    expect(last!.estimatedRequests).toBe(last!.requests);
  });
});

describe("previewSync under rate limits and time budgets", () => {
  // At page size 1 every membership is a page: 80 users pages, 70 groups pages and over a thousand
  // member pages (ten a request), so well over 60 requests.
  const tenantSpec = { seed: 11, users: 80, groups: 70, maxGroupMembers: 40 };

  /** The tenant on a simulator on virtual time at Twingate's real limits, previewed at page size 1 by a client on the same clock. */
  async function atRealLimits(options: { timeBudgetMs: number; allowPartial?: boolean; groups?: string[] }) {
    const clock = new VirtualClock();
    const tenant = generateTenant(tenantSpec);
    const sim = await startSimulator({ networks: [{ name: "slow", tenant, tokens: [{ key: KEY, permission: "read" }] }], now: clock.now });
    try {
      const pacer = new Pacer({ reads: 60, writes: 20, windowMs: 60_000 }, clock);
      const result = await previewSync({ network: "slow", apiKey: KEY, baseUrl: sim.baseUrl, pageSize: 1, clock, pacer, ...options });
      return { result, summary: tenant.summary(), stats: sim.stats, clock };
    } finally {
      await sim.close();
    }
  }

  it("runs at the real 60 reads/min without one 429 (virtual clock shared with the simulator)", async () => {
    const { result, summary, stats, clock } = await atRealLimits({ timeBudgetMs: 3_600_000 });
    expectCountsMatch(result, summary);
    expect(result.requests).toBe(boundFromSummary(summary, 1));
    expect(result.requests).toBeGreaterThan(60);
    expect(stats.rateLimited).toBe(0);
    expect(stats.byStatus[429] ?? 0).toBe(0);
    // More than 60 requests cannot fit in one minute at 60/min.
    expect(result.durationMs).toBeGreaterThanOrEqual(60_000);
    expect(clock.slept).toBeGreaterThanOrEqual(60_000);
  });

  it("stops at the time budget with partial counts and an estimate, instead of waiting", async () => {
    const { result, summary, stats, clock } = await atRealLimits({ timeBudgetMs: 30_000 });
    expect(result.complete).toBe(false);
    expect(result.stoppedReason).toBe("time-budget");
    // 60 requests fit in the first window; the 61st would wait past the budget, so the run stops there.
    expect(result.requests).toBe(60);
    // It never waited (on the virtual clock): the stop came instead of the wait, not after it.
    expect(clock.slept).toBe(0);
    expect(result.users.total).toBe(60);
    expect(result.users.reported).toBe(summary.users.total);
    expect(result.groups.reported).toBe(summary.groups.total);
    expect(result.memberships).toBeLessThan(summary.memberships);
    // Partial counts were not asked for: an incomplete preview fails (issue 9 §2).
    const finding = result.findings.find((f) => f.code === PREVIEW_CODES.incomplete)!;
    expect(finding.severity).toBe("error");
    expect(result.ok).toBe(false);
    expect(finding.message).toMatch(/time budget of 30 s/);
    expect(finding.message).toContain(`users 60 of ${summary.users.total}`);
    expect(result.estimate!.remainingRequests).toBeGreaterThan(0);
    // At 60/min the remaining requests need at least a second per request.
    expect(result.estimate!.remainingMs).toBeGreaterThanOrEqual(result.estimate!.remainingRequests * 1000);
    expect(stats.rateLimited).toBe(0);
    // The fix names a larger budget than the one in force, and the opt-in to partial counts.
    const suggested = finding.settingFix!.values.timeBudget!;
    expect(suggested).toBeGreaterThan(30);
    expect(suggested).toBeGreaterThanOrEqual(Math.ceil((result.estimate!.totalMs * 1.2) / 1000));
    expect(finding.settingFix!.values.allowPartial).toBe(true);
    expect(finding.fix).toContain(`a time budget of ${suggested} s`);
  });

  it("with allowPartial the same stop is a warning and the verdict ok", async () => {
    const { result } = await atRealLimits({ timeBudgetMs: 30_000, allowPartial: true });
    expect(result.complete).toBe(false);
    const finding = result.findings.find((f) => f.code === PREVIEW_CODES.incomplete)!;
    expect(finding.severity).toBe("warning");
    expect(finding.settingFix!.values.allowPartial).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it("marks requested groups not reached as unverified (an error), not as missing", async () => {
    const lastGroup = generateTenant(tenantSpec).summary().groupMembers.at(-1)!.name;
    const { result } = await atRealLimits({ timeBudgetMs: 30_000, groups: [lastGroup] });
    expect(result.requestedGroups).toMatchObject({ missing: [], unverified: [lastGroup] });
    expect(result.findings.find((f) => f.code === PREVIEW_CODES.targetUnverified)?.severity).toBe("error");
  });

  it.each([false, true])("a Retry-After that does not fit in the budget stops the preview there (allowPartial %p)", async (allowPartial) => {
    const clock = new VirtualClock();
    const tenant = generateTenant({ seed: 4, users: 1_000, groups: 3 });
    const sim = await startSimulator({ networks: [{ name: "busy", tenant, tokens: [{ key: KEY, permission: "read" }] }], rateLimit: false });
    try {
      // The third request is refused with a 429 asking for 30 s; the budget has 20 s.
      let n = 0;
      const refuse = recordingExchange(() => ({ status: 429, headers: { "retry-after": "30", "content-type": "application/json" }, body: "{}" })).http;
      const http: HttpExchange = (req) => (++n === 3 ? refuse(req) : nodeHttpExchange(req));
      const result = await previewSync({ network: "busy", apiKey: KEY, baseUrl: sim.baseUrl, clock, pacer: new Pacer({ reads: 1e6 }, clock), timeBudgetMs: 20_000, allowPartial, http });
      expect(result.stoppedReason).toBe("time-budget");
      expect(result.users.total).toBe(200);
      const finding = result.findings.find((f) => f.code === PREVIEW_CODES.incomplete)!;
      expect(finding.message).toContain("it ran out before waiting 30 s to retry after HTTP 429 (Retry-After 30 s)");
      expect(finding.severity).toBe(allowPartial ? "warning" : "error");
      expect(result.ok).toBe(allowPartial);
      expect(clock.slept).toBe(0);
    } finally {
      await sim.close();
    }
  });

  it("interrupts a slow answer when the real-time budget runs out; having read nothing, it fails even with allowPartial", async () => {
    const sim = await startSimulator({ rateLimit: false });
    try {
      // The answer would come after 60 s: only the budget's timer can end the run, and it does.
      sim.faults.push({ kind: "latency", ms: 60_000, times: 5 });
      const result = await previewSync({ network: "acme", apiKey: DEMO_KEYS.readOnly, baseUrl: sim.baseUrl, timeBudgetMs: 300, allowPartial: true, pacing: { reads: 100_000 } });
      expect(result.stoppedReason).toBe("time-budget");
      expect(result.requests).toBe(1);
      const finding = result.findings[0]!;
      expect(finding).toMatchObject({ code: PREVIEW_CODES.incomplete, severity: "error" });
      expect(finding.message).toMatch(/read nothing within its time budget of 0.3 s \(it ran out while waiting for an answer\)/);
      expect(result.ok).toBe(false);
    } finally {
      await sim.close();
    }
  });
});

describe("requestLowerBound (hand-computed)", () => {
  const lists = (members: number[]) => members.map((m, index) => ({ index, members: m }));

  it("is the longest of the users and groups chains when no group needs a second member page", () => {
    // ceil(250/100) = 3 users pages; 30 groups fit one page.
    expect(requestLowerBound({ pageSize: 100, users: 250, groups: 30, memberLists: lists(Array(30).fill(100)) })).toBe(3);
    // Empty lists still cost one page each.
    expect(requestLowerBound({ pageSize: 100, users: 0, groups: 0, memberLists: [] })).toBe(1);
  });

  it("counts a big group's chain from the groups page that holds it", () => {
    // 950 members: first page nested in request 1, 9 continuations in requests 2..10.
    expect(requestLowerBound({ pageSize: 100, users: 10, groups: 1, memberLists: lists([950]) })).toBe(10);
    // Group 120 is on groups page 2 (request 2); its 500 members need 4 more pages: requests 3..6.
    expect(requestLowerBound({ pageSize: 100, users: 100, groups: 150, memberLists: [{ index: 120, members: 500 }] })).toBe(6);
  });

  it("is bound by K member pages per request when many groups are big", () => {
    // 25 groups × 2 continuation pages = 50 pages, 10 a request after request 1: 1 + 5 = 6.
    expect(requestLowerBound({ pageSize: 100, users: 10, groups: 25, memberLists: lists(Array(25).fill(300)) })).toBe(6);
    // The same with K = 25: the chains (1 + 2 = 3) decide.
    expect(requestLowerBound({ pageSize: 100, users: 10, groups: 25, memberLists: lists(Array(25).fill(300)), memberPagesPerRequest: 25 })).toBe(3);
    // Mixed: one chain of 20 pages and 20 chains of 1 (K = 10): h = 1 gives 1 + 1 + ceil(19/10) = 4 < 21 = 1 + 20.
    expect(requestLowerBound({ pageSize: 100, users: 10, groups: 21, memberLists: lists([2100, ...Array(20).fill(200)]) })).toBe(21);
  });

  it("matches the demo tenant at page size 3, counted by hand", async () => {
    // 25 users → 9 pages; groups [25,12,4,6,3,7,0,5] → 3 pages; "Everyone" (25 members, page 1)
    // needs 8 continuations: requests 2..9. Bound 9, and the preview meets it.
    const sim = await startSimulator({ rateLimit: false });
    try {
      const summary = sim.network("acme")!.tenant.summary();
      expect(summary.groupMembers.map((g) => g.members)).toEqual([25, 12, 4, 6, 3, 7, 0, 5]);
      expect(boundFromSummary(summary, 3)).toBe(9);
      const result = await previewSync({ network: "acme", apiKey: DEMO_KEYS.readOnly, baseUrl: sim.baseUrl, pageSize: 3, pacing: { reads: 100_000 } });
      expect(result.requests).toBe(9);
      expect(sim.stats.graphql).toBe(9);
    } finally {
      await sim.close();
    }
  });
});
