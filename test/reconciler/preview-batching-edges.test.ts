import { previewSync, PREVIEW_CODES, requestLowerBound, type SyncPreviewResult } from "../../src/reconciler/preview";
import { chainBound, chainsOf, memberScheduleLength, type MemberChain } from "../../src/reconciler/preview/request-plan";
import { generateTenant, startSimulator, type Tenant, type TenantSpec, type TenantSummary } from "../../src/simulator";
import type { HttpExchange } from "../../src/twingate/http-exchange";
import { Pacer } from "../../src/twingate/pacer";
import { interceptingExchange } from "../helpers/http";
import { VirtualClock } from "../helpers/virtual-clock";

const KEY = "sim-batching-key-0123456789";
const FAST = { reads: 1_000_000 };
/**
 * The real-time budget of the runs that must end on their own (an error finding, or complete) in
 * a few requests: a bound on a run that would page until its budget (then it fails, within the
 * test's own timeout), far past what those few loopback requests take on a busy machine.
 */
const GUARD_BUDGET_MS = 30_000;

function expectExact(result: SyncPreviewResult, summary: TenantSummary): void {
  expect(result.complete).toBe(true);
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(result.users.total).toBe(summary.users.total);
  expect(result.users.byRole).toEqual(summary.users.byRole);
  expect(result.groups.total).toBe(summary.groups.total);
  expect(result.groups.byType).toEqual(summary.groups.byType);
  expect(result.memberships).toBe(summary.memberships);
  expect(result.groups.empty).toBe(summary.groupMembers.filter((g) => g.members === 0).length);
  const members = new Map(summary.groupMembers.map((g) => [g.id, g.members]));
  for (const g of result.groups.provisionable) expect(g.members).toBe(members.get(g.id.value));
  expect(result.findings.map((f) => f.code)).not.toContain(PREVIEW_CODES.countMismatch);
}

function boundOf(summary: TenantSummary, pageSize: number): number {
  return requestLowerBound({
    pageSize,
    users: summary.users.total,
    groups: summary.groups.total,
    memberLists: summary.groupMembers.map((g, index) => ({ index, members: g.members })),
  });
}

async function withTenant<T>(
  tenant: Tenant,
  run: (baseUrl: string, stats: () => number) => Promise<T>,
  extra: { now?: () => number } = {},
): Promise<T> {
  const sim = await startSimulator({ networks: [{ name: "edge", tenant, tokens: [{ key: KEY, permission: "read" }] }], rateLimit: false, ...extra });
  try {
    return await run(sim.baseUrl, () => sim.stats.graphql);
  } finally {
    await sim.close();
  }
}

async function runExact(spec: TenantSpec, pageSize: number, expectedRequests: number): Promise<SyncPreviewResult> {
  const tenant = generateTenant(spec);
  return withTenant(tenant, async (baseUrl, graphql) => {
    const result = await previewSync({ network: "edge", apiKey: KEY, baseUrl, pageSize, pacing: FAST });
    const summary = tenant.summary();
    expectExact(result, summary);
    expect(boundOf(summary, pageSize)).toBe(expectedRequests);
    expect(result.lowerBound).toBe(expectedRequests);
    expect(result.requests).toBe(expectedRequests);
    expect(graphql()).toBe(expectedRequests);
    return result;
  });
}

const empties = (n: number, prefix = "Empty") => Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}` }));

describe("preview batching on edge-shaped tenants (exact counts, request counts by hand)", () => {
  it("a tenant without users: one request", async () => {
    const r = await runExact({ seed: 1, users: 0, groups: 0 }, 100, 1);
    expect(r.users.total).toBe(0);
    expect(r.groups.total).toBe(1); // "Everyone", empty
    expect(r.groups.empty).toBe(1);
  });

  it("a tenant without groups: one request", async () => {
    const r = await runExact({ seed: 2, users: 7, groups: 0, everyoneGroup: false }, 100, 1);
    expect(r.groups.total).toBe(0);
    expect(r.memberships).toBe(0);
  });

  it("groups of exactly 100, 101 and 200 members at page size 100", async () => {
    // 250 users → 3 users pages; 101 and 200 members need one continuation each (request 2): 3.
    const r = await runExact(
      { seed: 3, users: 250, groups: 0, everyoneGroup: false, extraGroups: [{ name: "A", members: 100 }, { name: "B", members: 101 }, { name: "C", members: 200 }] },
      100,
      3,
    );
    expect(r.groups.provisionable.map((g) => g.members)).toEqual([100, 101, 200]);
  });

  it("groups of exactly 100, 101 and 200 members on a single users page: the continuation costs a request", async () => {
    // 200 users → 2 users pages; B and C continue in request 2.
    await runExact(
      { seed: 3, users: 200, groups: 0, everyoneGroup: false, extraGroups: [{ name: "A", members: 100 }, { name: "B", members: 101 }, { name: "C", members: 200 }] },
      100,
      2,
    );
  });

  it("more than K = 10 big groups at once share the member slots", async () => {
    // 15 groups × 300 members = 30 continuation pages, 10 a request in requests 2..4.
    const extraGroups = Array.from({ length: 15 }, (_, i) => ({ name: `Big ${i}`, members: 300 }));
    await runExact({ seed: 4, users: 300, groups: 0, everyoneGroup: false, extraGroups }, 100, 4);
  });

  it("big groups on the last groups page", async () => {
    // Page size 10: 20 empty groups then 5 of 95 members: groups page 3 holds them; each needs
    // 9 continuations, 5 ≤ K chains advance together in requests 4..12. 100 users → 10 pages.
    const extraGroups = [...empties(20), ...Array.from({ length: 5 }, (_, i) => ({ name: `Late ${i}`, members: 95 }))];
    await runExact({ seed: 5, users: 100, groups: 0, everyoneGroup: false, extraGroups }, 10, 12);
  });

  it("page size 1 pages every member and meets the bound", async () => {
    // 6 users (6 pages); one group per groups page: "Everyone" (6 members, page 1) continues in
    // requests 2..6, X (3, page 2) in 3..4, Y (6, page 3) in 4..8. Total 8.
    await runExact({ seed: 6, users: 6, groups: 0, extraGroups: [{ name: "X", members: 3 }, { name: "Y", members: 6 }] }, 1, 8);
  });

  it("meets the exact minimum where the older chain bound undercounts", async () => {
    // Page size 20, K = 10. Groups page 1: 5 groups of 60 members (2 continuations each) and 15
    // empty ones; groups page 2: 5 × 100 (4 each), 5 × 120 (5 each), 5 × 40 (1 each). Request 2
    // can carry only the 5 first-page chains (5 slots idle); the 55 pages left need 6 more: 8.
    // The chain bound alone says 1 + ceil(60 / 10) = 7, which no schedule reaches.
    const sized = (n: number, members: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}`, members }));
    const extraGroups = [...sized(5, 60, "P1"), ...empties(15), ...sized(5, 100, "P2a"), ...sized(5, 120, "P2b"), ...sized(5, 40, "P2c")];
    const spec = { seed: 7, users: 120, groups: 0, everyoneGroup: false, extraGroups };
    const summary = generateTenant(spec).summary();
    const lists = summary.groupMembers.map((g, index) => ({ index, members: g.members }));
    expect(chainBound(chainsOf(lists, 20), 10)).toBe(7);
    await runExact(spec, 20, 8);
  });
});

/** Fewest requests for member chains by exhaustive search (tiny instances only). */
function optimum(chains: MemberChain[], k: number): number {
  const memo = new Map<string, number>();
  const go = (r: number, pending: number[]): number => {
    const later = chains.filter((c) => c.page > r);
    if (pending.length === 0 && later.length === 0) return r;
    const key = `${r}:${[...pending].sort().join(",")}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let best = Infinity;
    const take = Math.min(k, pending.length);
    const choose = (from: number, chosen: number[]): void => {
      if (chosen.length === take) {
        const next = pending.map((v, i) => (chosen.includes(i) ? v - 1 : v)).filter((v) => v > 0);
        for (const c of chains) if (c.page === r + 1) next.push(c.pages);
        best = Math.min(best, go(r + 1, next));
        return;
      }
      for (let i = from; i < pending.length; i++) choose(i + 1, [...chosen, i]);
    };
    choose(0, []);
    memo.set(key, best);
    return best;
  };
  return chains.length === 0 ? 0 : go(0, []);
}

describe("memberScheduleLength (the minimum the bound claims)", () => {
  it("is exact where chainBound undercounts (idle slots before late chains arrive)", () => {
    // K = 2. Request 2 can carry only the page-1 chain (one slot idle); requests 3.. carry 11 pages.
    const chains = [
      { page: 1, pages: 2 },
      { page: 2, pages: 4 },
      { page: 2, pages: 5 },
      { page: 2, pages: 1 },
    ];
    expect(chainBound(chains, 2)).toBe(7);
    expect(optimum(chains, 2)).toBe(8);
    expect(memberScheduleLength(chains, 2)).toBe(8);
    expect(requestLowerBound({ pageSize: 1, users: 1, groups: 4, memberLists: [{ index: 0, members: 3 }, { index: 1, members: 5 }, { index: 1, members: 6 }, { index: 1, members: 2 }], memberPagesPerRequest: 2 })).toBe(8);
  });

  it("equals the exhaustive optimum on random small instances, and never undercuts chainBound", () => {
    let seed = 99;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
    for (let i = 0; i < 1500; i++) {
      const k = 1 + Math.floor(rand() * 3);
      const pages = 1 + Math.floor(rand() * 4);
      const chains = Array.from({ length: Math.floor(rand() * 6) }, () => ({ page: 1 + Math.floor(rand() * pages), pages: 1 + Math.floor(rand() * 4) }));
      const length = memberScheduleLength(chains, k);
      expect({ chains, k, length }).toEqual({ chains, k, length: optimum(chains, k) });
      expect(length).toBeGreaterThanOrEqual(chainBound(chains, k));
    }
  });
});

type Rewrite = (variables: Record<string, unknown>, request: number) => void;

/** The real exchange, editing the variables of each GraphQL request before sending it. */
function rewriting(rewrite: Rewrite): HttpExchange {
  return interceptingExchange({ variables: rewrite });
}

describe("preview batching when the API misbehaves", () => {
  it("a users cursor that does not advance ends in a TG_PAGINATION error finding, not a hang", async () => {
    const tenant = generateTenant({ seed: 8, users: 250, groups: 2 });
    await withTenant(tenant, async (baseUrl, graphql) => {
      const http = rewriting((v) => {
        if ("usersAfter" in v) v.usersAfter = null;
      });
      const result = await previewSync({ network: "edge", apiKey: KEY, baseUrl, pacing: FAST, http, timeBudgetMs: GUARD_BUDGET_MS });
      expect(result.stoppedReason).toBe("api-error");
      expect(result.findings[0]).toMatchObject({ code: "TG_PAGINATION", severity: "error" });
      expect(result.findings[0]!.message).toContain("users");
      expect(graphql()).toBe(2);
    });
  });

  it("an empty users page that claims more pages ends in a TG_PAGINATION error finding, not a crawl to the time budget", async () => {
    const tenant = generateTenant({ seed: 8, users: 250, groups: 2 });
    await withTenant(tenant, async (baseUrl, graphql) => {
      // Past the last user: the simulator answers an empty page; the forged first cursor makes it claim more.
      const fakeMore = interceptingExchange({
        variables: (v, request) => {
          if (request === 2 && "usersAfter" in v) v.usersAfter = Buffer.from("arrayconnection:100000").toString("base64");
        },
        answer: (json) => {
          const body = json as { data?: { users?: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
          if (body.data?.users && body.data.users.pageInfo.endCursor === null) body.data.users.pageInfo = { hasNextPage: true, endCursor: "forged" };
        },
      });
      const result = await previewSync({ network: "edge", apiKey: KEY, baseUrl, pacing: FAST, http: fakeMore, timeBudgetMs: GUARD_BUDGET_MS });
      expect(result.stoppedReason).toBe("api-error");
      expect(result.findings[0]).toMatchObject({ code: "TG_PAGINATION", severity: "error" });
      expect(result.findings[0]!.message).toContain("empty page");
      expect(graphql()).toBe(2);
    });
  });

  it("a users cursor that cycles back to an earlier page ends in a TG_PAGINATION error finding", async () => {
    const tenant = generateTenant({ seed: 8, users: 350, groups: 2 });
    await withTenant(tenant, async (baseUrl, graphql) => {
      // The third request goes back to the start: the server answers page 1, whose end cursor the chain
      // already returned (A → B → A). Without cycle detection the preview would loop until the time budget.
      const http = rewriting((v, request) => {
        if (request === 3 && "usersAfter" in v) v.usersAfter = null;
      });
      const result = await previewSync({ network: "edge", apiKey: KEY, baseUrl, pacing: FAST, http, timeBudgetMs: GUARD_BUDGET_MS });
      expect(result.stoppedReason).toBe("api-error");
      expect(result.findings[0]).toMatchObject({ code: "TG_PAGINATION", severity: "error" });
      expect(graphql()).toBe(3);
    });
  });

  it("a member cursor the server ignores ends in a TG_PAGINATION error finding naming the group", async () => {
    const tenant = generateTenant({ seed: 9, users: 250, groups: 0, everyoneGroup: false, extraGroups: [{ name: "Big", members: 250 }] });
    await withTenant(tenant, async (baseUrl, graphql) => {
      const http = rewriting((v) => {
        if ("a0" in v) v.a0 = "not-a-cursor";
      });
      const result = await previewSync({ network: "edge", apiKey: KEY, baseUrl, pacing: FAST, http, timeBudgetMs: GUARD_BUDGET_MS });
      expect(result.stoppedReason).toBe("api-error");
      expect(result.findings[0]).toMatchObject({ code: "TG_PAGINATION", severity: "error" });
      expect(result.findings[0]!.message).toContain(tenant.summary().groupMembers[0]!.id);
      expect(graphql()).toBe(2);
    });
  });

  it.each([
    ["shrinks", -100, 150],
    ["grows", +40, 290],
  ])("a member list that %s between pages ends with a COUNT_MISMATCH finding", async (_label, delta, counted) => {
    const tenant = generateTenant({ seed: 10, users: 300, groups: 0, everyoneGroup: false, extraGroups: [{ name: "Moving", members: 250 }] });
    await withTenant(tenant, async (baseUrl) => {
      const http = rewriting((_v, request) => {
        if (request !== 2) return;
        const members = [...tenant.groupMembers(0)];
        if (delta < 0) tenant.updateGroup(0, { removedUserIndexes: members.slice(0, -delta) }, Date.now());
        else {
          const inGroup = new Set(members);
          const outside = Array.from({ length: 300 }, (_, i) => i).filter((i) => !inGroup.has(i));
          tenant.updateGroup(0, { addedUserIndexes: outside.slice(0, delta) }, Date.now());
        }
      });
      const result = await previewSync({ network: "edge", apiKey: KEY, baseUrl, pacing: FAST, http, timeBudgetMs: GUARD_BUDGET_MS });
      expect(result.complete).toBe(true);
      expect(result.memberships).toBe(counted);
      const mismatch = result.findings.find((f) => f.code === PREVIEW_CODES.countMismatch);
      expect(mismatch?.message).toContain("Moving");
      expect(mismatch?.message).toContain("250");
      expect(mismatch?.message).toContain(String(counted));
    });
  });

  it("stops mid-run at the time budget with consistent partial counts and a sane estimate", async () => {
    const clock = new VirtualClock();
    const extraGroups = Array.from({ length: 12 }, (_, i) => ({ name: `Big ${i}`, members: 900 }));
    const tenant = generateTenant({ seed: 12, users: 1_000, groups: 5, maxGroupMembers: 50, extraGroups });
    await withTenant(
      tenant,
      async (baseUrl) => {
        // 5 reads a minute: 5 requests go at once, the 6th would wait a minute, past the 30 s budget.
        // Virtual time stands still until then, so each real request may take the whole budget
        // (a 5 s budget gave each only 5 s of real time on a busy machine).
        const pacer = new Pacer({ reads: 5, writes: 20, windowMs: 60_000 }, clock);
        const result = await previewSync({ network: "edge", apiKey: KEY, baseUrl, clock, pacer, timeBudgetMs: 30_000 });
        expect(result.requests).toBe(5);
        const summary = tenant.summary();
        const bound = boundOf(summary, 100);
        expect(result.stoppedReason).toBe("time-budget");
        expect(result.requests).toBeGreaterThan(0);
        expect(result.requests).toBeLessThan(bound);
        expect(result.users.total).toBe(Math.min(summary.users.total, result.requests * 100));
        expect(result.users.reported).toBe(summary.users.total);
        expect(result.groups.reported).toBe(summary.groups.total);
        expect(result.memberships).toBeLessThan(summary.memberships);
        // Groups reported as finished carry their exact member count.
        const members = new Map(summary.groupMembers.map((g) => [g.id, g.members]));
        for (const g of result.groups.provisionable) expect(g.members).toBe(members.get(g.id.value));
        // A full run needs `bound` requests; the estimate knows every group size by now.
        expect(result.requests + result.estimate!.remainingRequests).toBe(bound);
        expect(result.estimate!.remainingMs).toBeGreaterThanOrEqual(result.estimate!.remainingRequests * 12_000);
        // Partial counts were not allowed: an incomplete preview is an error, with a larger budget as the fix.
        const incomplete = result.findings.find((f) => f.code === PREVIEW_CODES.incomplete)!;
        expect(incomplete.severity).toBe("error");
        expect(result.ok).toBe(false);
        expect(incomplete.settingFix?.values.timeBudget).toBeGreaterThan(30);
      },
      { now: clock.now },
    );
  });
});
