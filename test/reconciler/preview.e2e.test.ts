import { previewSync, requestLowerBound } from "../../src/reconciler/preview";
import { generateTenant, startSimulator, type TenantSpec } from "../../src/simulator";

/**
 * Seeded tenants of 10 and 10 000 users (groups up to 5 000 members): the preview's counts
 * equal the simulator's ground truth, every member page is read, and the request count is
 * exactly the lower bound. Simulator and client limits are raised together so the run is fast
 * and still paced (the real 60/min run is in preview.test.ts on virtual time).
 */

const KEY = "sim-preview-e2e-key-0123456789";
const LIMITS = { reads: 200_000, writes: 100, windowMs: 60_000 };

async function previewTenant(spec: TenantSpec, pageSize = 100) {
  const tenant = generateTenant(spec);
  const sim = await startSimulator({ networks: [{ name: "tenant", tenant, tokens: [{ key: KEY, permission: "read" }] }], rateLimit: LIMITS });
  try {
    const result = await previewSync({ network: "tenant", apiKey: KEY, baseUrl: sim.baseUrl, pageSize, pacing: LIMITS, timeBudgetMs: 300_000 });
    return { result, summary: tenant.summary(), stats: sim.stats };
  } finally {
    await sim.close();
  }
}

describe.each([
  { users: 10, groups: 4 },
  { users: 10_000, groups: 100 },
])("previewSync on a seeded tenant of $users users", ({ users, groups }) => {
  it("matches tenant.summary() exactly with requests equal to the lower bound and no 429", async () => {
    const { result, summary, stats } = await previewTenant({ seed: 2026, users, groups, maxGroupMembers: 5000 });
    expect(result.complete).toBe(true);
    expect(result.users).toMatchObject({ total: summary.users.total, byRole: summary.users.byRole, byState: summary.users.byState, byType: summary.users.byType });
    expect(result.groups).toMatchObject({ total: summary.groups.total, byType: summary.groups.byType, active: summary.groups.active, inactive: summary.groups.inactive });
    expect(result.memberships).toBe(summary.memberships);
    expect(result.groups.provisionable.map((g) => [g.id.value, g.members])).toEqual(
      summary.groupMembers.filter((g) => g.type === "MANUAL" && g.isActive).map((g) => [g.id, g.members]),
    );
    const multiPage = summary.groupMembers.filter((g) => g.members > 100);
    if (users > 1000) expect(multiPage.length).toBeGreaterThan(10);
    const bound = requestLowerBound({
      pageSize: 100,
      users: summary.users.total,
      groups: summary.groups.total,
      memberLists: summary.groupMembers.map((g, index) => ({ index, members: g.members })),
    });
    expect(result.lowerBound).toBe(bound);
    expect(result.requests).toBe(bound);
    expect(stats.graphql).toBe(bound);
    expect(stats.rateLimited).toBe(0);
    // Durations are figures, not behaviour: bench/preview.bench.ts prints them.
  }, 180_000);
});
