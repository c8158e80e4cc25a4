/**
 * Sync preview figures: for seeded tenants of 10, 10 000 and 100 000 users (groups up to 5 000
 * members), the requests sent against the lower bound, the duration, and that no 429 came back.
 * Client and simulator limits are raised together (the real 60/min run is in the tests, on
 * virtual time). Run: npx tsx bench/preview.bench.ts [users...]
 */
import { previewSync, requestLowerBound } from "../src/reconciler/preview";
import { generateTenant, startSimulator } from "../src/simulator";

const KEY = "sim-preview-bench-key-0123456789";
const LIMITS = { reads: 1_000_000, writes: 100, windowMs: 60_000 };

export interface PreviewBenchRow {
  users: number;
  groups: number;
  memberships: number;
  requests: number;
  lowerBound: number;
  countsMatch: boolean;
  rateLimited: number;
  durationMs: number;
}

export async function benchPreview(users: number): Promise<PreviewBenchRow> {
  const tenant = generateTenant({ seed: 100, users, maxGroupMembers: 5000 });
  const summary = tenant.summary();
  const sim = await startSimulator({ networks: [{ name: "bench", tenant, tokens: [{ key: KEY, permission: "read" }] }], rateLimit: LIMITS });
  try {
    const r = await previewSync({ network: "bench", apiKey: KEY, baseUrl: sim.baseUrl, pacing: LIMITS, timeBudgetMs: 3_600_000 });
    const bound = requestLowerBound({
      pageSize: 100,
      users: summary.users.total,
      groups: summary.groups.total,
      memberLists: summary.groupMembers.map((g, index) => ({ index, members: g.members })),
    });
    return {
      users,
      groups: r.groups.total,
      memberships: r.memberships,
      requests: r.requests,
      lowerBound: bound,
      countsMatch:
        r.complete &&
        r.users.total === summary.users.total &&
        r.memberships === summary.memberships &&
        Object.entries(summary.users.byRole).every(([role, n]) => r.users.byRole[role] === n),
      rateLimited: sim.stats.rateLimited,
      durationMs: r.durationMs,
    };
  } finally {
    await sim.close();
  }
}

if (require.main === module) {
  void (async () => {
    const sizes = process.argv.slice(2).map(Number);
    for (const users of sizes.length > 0 ? sizes : [10, 10_000, 100_000]) {
      const row = await benchPreview(users);
      process.stdout.write(
        `preview ${row.users} users, ${row.groups} groups, ${row.memberships} memberships: ${row.requests} requests ` +
          `(lower bound ${row.lowerBound}), counts ${row.countsMatch ? "match" : "DIFFER"}, 429s ${row.rateLimited}, ${row.durationMs} ms\n`,
      );
    }
  })();
}
