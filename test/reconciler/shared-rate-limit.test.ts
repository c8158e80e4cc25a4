import { checkCredentials } from "../../src/reconciler/credentials";
import { previewSync, type SyncPreviewResult } from "../../src/reconciler/preview";
import { generateTenant, startSimulator, type TenantSummary } from "../../src/simulator";
import { Pacer } from "../../src/twingate/pacer";
import { VirtualClock } from "../helpers/virtual-clock";

/**
 * A credential check and a sync preview in one process share the network's rate limit
 * (60 reads / 20 writes per minute). Given one pacer and one virtual clock (also the
 * simulator's), the pair never draws a 429: the preview waits for the window instead.
 */

const KEY = "sim-shared-limit-key-0123456789";
const LIMITS = { reads: 60, writes: 20, windowMs: 60_000 };
// At page size 2, 150 users alone take 75 chained user pages (no batching can merge them).
const TENANT = { seed: 11, users: 150, groups: 6, maxGroupMembers: 40 };
const PAGE_SIZE = 2;

function expectPreviewMatches(result: SyncPreviewResult, summary: TenantSummary): void {
  expect(result.complete).toBe(true);
  expect(result.stoppedReason).toBeNull();
  expect(result.users.total).toBe(summary.users.total);
  expect(result.users.byRole).toEqual(summary.users.byRole);
  expect(result.groups.total).toBe(summary.groups.total);
  expect(result.memberships).toBe(summary.memberships);
  expect(result.groups.provisionable.map((g) => g.id.value)).toEqual(summary.provisionableGroupIds);
}

async function checkThenPreview(sharePacer: boolean) {
  const clock = new VirtualClock();
  const tenant = generateTenant(TENANT);
  const sim = await startSimulator({
    rateLimit: LIMITS,
    now: clock.now,
    networks: [{ name: "shared", tenant, tokens: [{ key: KEY, permission: "read-write" }] }],
  });
  try {
    const started = clock.now();
    const checkPacer = new Pacer(LIMITS, clock);
    const previewPacer = sharePacer ? checkPacer : new Pacer(LIMITS, clock);
    const check = await checkCredentials({ network: "shared", apiKey: KEY, baseUrl: sim.baseUrl, require: "write", clock, pacer: checkPacer });
    const afterCheck = sim.stats;
    const checkedAt = clock.now();
    const preview = await previewSync({ network: "shared", apiKey: KEY, baseUrl: sim.baseUrl, pageSize: PAGE_SIZE, clock, pacer: previewPacer, timeBudgetMs: 3_600_000 });
    return { check, preview, summary: tenant.summary(), afterCheck, stats: sim.stats, started, checkedAt, ended: clock.now(), clock };
  } finally {
    await sim.close();
  }
}

describe("checkCredentials then previewSync at Twingate's real limits", () => {
  it("share one pacer: no 429, the preview waits for the next window, both results correct", async () => {
    const run = await checkThenPreview(true);
    const { check, preview, summary, afterCheck, stats } = run;

    // The check: read and write verified, counts as in the tenant.
    expect(check.ok).toBe(true);
    expect(check.permission).toBe("write");
    expect(check.counts).toEqual({ users: summary.users.total, groups: summary.groups.total });
    expect(check.steps.map((s) => s.status)).toEqual(["passed", "passed", "passed"]);
    expect(afterCheck.reads).toBeGreaterThanOrEqual(1);
    expect(afterCheck.writes).toBeGreaterThanOrEqual(1);

    // The preview: every count exact.
    expectPreviewMatches(preview, summary);

    // Together they need more than one window of reads...
    expect(stats.reads).toBe(afterCheck.reads + preview.requests);
    expect(stats.reads).toBeGreaterThan(LIMITS.reads);
    // ...yet the simulator refused none: the pacer made the preview wait instead.
    expect(stats.rateLimited).toBe(0);
    expect(stats.byStatus[429] ?? 0).toBe(0);
    expect(run.clock.slept).toBeGreaterThan(0);
    expect(run.ended - run.started).toBeGreaterThanOrEqual(LIMITS.windowMs);
    // The check itself never waited: it ran inside the first window.
    expect(run.checkedAt).toBe(run.started);
    expect(preview.durationMs).toBeGreaterThanOrEqual(LIMITS.windowMs - (run.checkedAt - run.started));
  });

  it("control: with separate pacers the same pair overruns the simulator's window (so the test above can fail)", async () => {
    const { check, preview, summary, stats } = await checkThenPreview(false);
    expect(check.ok).toBe(true);
    // The client retries the 429s after Retry-After, so the counts still come out right...
    expectPreviewMatches(preview, summary);
    // ...but the simulator did refuse requests: the preview's pacer did not know about the check's reads.
    expect(stats.rateLimited).toBeGreaterThan(0);
  });
});
