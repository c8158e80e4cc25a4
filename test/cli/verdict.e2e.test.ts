import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli, runCliMany } from "../helpers/cli";
import { startHostileServer, type HostileServer } from "../hostile/server";

/**
 * Issue 9 §1 and §2 end to end: every run ends with a verdict, within its time budget, with
 * progress on stderr while it waits; a preview that read nothing or stopped early fails.
 */

let hostile: HostileServer;
let sim: RunningSimulator;
beforeAll(async () => {
  hostile = await startHostileServer();
  sim = await startSimulator({ rateLimit: false });
});
afterAll(async () => {
  await hostile.close();
  await sim.close();
});
beforeEach(() => sim.faults.clear());

const env = { TWINGATE_API_KEY: DEMO_KEYS.readWrite };

describe("every run ends with a verdict", () => {
  it("a server that accepts TCP and closes: exit 1 with TG_CONNECTION, every time (20 checks, 10 previews)", async () => {
    const runs = await runCliMany(30, 5, (i) =>
      runCli([i < 20 ? "check" : "preview", "--network", "acme", "--base-url", hostile.acceptCloseUrl], { env }),
    );
    const outcomes = runs.map((r) => `${r.code}:${/TG_[A-Z_]+/.exec(r.stdout)?.[0] ?? "(no code)"}:${r.signal ?? ""}`);
    expect(outcomes).toEqual(Array(30).fill("1:TG_CONNECTION:"));
    // The retries were announced while they waited.
    expect(runs[0]!.stderr).toMatch(/c1-twingate: ECONNRESET from http:\/\/127\.0\.0\.1:\d+\/acme\/api\/graphql\/ \(attempt 1 of 4\); retrying in \d+ s; \d+ s left of the time budget/);
  }, 240_000);

  it("a Retry-After longer than the time budget is not waited for: exit 1 at once with TG_RATE_LIMITED, saying why", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 86_400, times: 10 });
    const run = await runCli(["check", "--network", "acme", "--base-url", sim.baseUrl, "--json"], { env });
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: Array<{ code: string; message: string; subject: string }>; requests: number };
    expect(result.findings[0]).toMatchObject({ code: "TG_RATE_LIMITED", subject: "tenant" });
    expect(result.findings[0]!.message).toContain("it asked to wait 86400 s");
    expect(result.findings[0]!.message).toMatch(/more than the 120 s the client waits at most/);
    expect(result.requests).toBe(1);
  });

  it("a Retry-After inside the budget is waited for, with progress on stderr, then the check passes", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 1, times: 1 });
    const run = await runCli(["check", "--network", "acme", "--base-url", sim.baseUrl], { env });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/c1-twingate: HTTP 429 \(Retry-After 1 s\) from .* \(attempt 1 of 4\); retrying in 1 s; \d+ s left of the time budget/);
  });

  it("a wait that would pass the check's --time-budget is not started: the fault is reported with the reason", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 30, times: 10 });
    // 20 s: a 30 s wait can never fit, so it stops at the first 429 as at once, and that 429 (the
    // first answer) is in well before the budget ends even on a busy machine.
    const run = await runCli(["check", "--network", "acme", "--base-url", sim.baseUrl, "--time-budget", "20"], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("TG_RATE_LIMITED");
    expect(run.stdout).toMatch(/waiting 30 s more would pass the time budget of 20 s/);
  });

  it("a check whose answer never comes ends at its time budget with TG_DEADLINE and a larger --time-budget as the fix", async () => {
    sim.faults.push({ kind: "latency", ms: 600_000, times: 5 });
    const run = await runCli(["check", "--network", "acme", "--base-url", sim.baseUrl, "--time-budget", "1"], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("TG_DEADLINE");
    expect(run.stdout).toMatch(/fix: try again; if Twingate is slow or busy, run it again with --time-budget 2\b/);
  });
});

describe("a preview that read nothing or stopped early fails unless partial results are allowed", () => {
  it("429 with Retry-After 86400 on the first page: exit 1, not 0 with zero users", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 86_400, times: 10 });
    const run = await runCli(["preview", "--network", "acme", "--base-url", sim.baseUrl, "--json"], { env });
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { ok: boolean; complete: boolean; users: { total: number }; findings: Array<{ code: string }> };
    expect(result).toMatchObject({ ok: false, complete: false, users: { total: 0 } });
    expect(result.findings.map((f) => f.code)).toContain("TG_RATE_LIMITED");
  });

  it("a server that never answers: exit 1 at the time budget, even with --allow-partial (nothing was read)", async () => {
    sim.faults.push({ kind: "latency", ms: 600_000, times: 5 });
    const run = await runCli(["preview", "--network", "acme", "--base-url", sim.baseUrl, "--time-budget", "1", "--allow-partial"], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("PREVIEW_INCOMPLETE");
    expect(run.stdout).toMatch(/the preview read nothing within its time budget of 1 s/);
    // The fix names the CLI flag with a value larger than the one in force.
    expect(run.stdout).toMatch(/--time-budget ([2-9]|\d{2,})\b/);
  });

  it("a preview stopped at its budget after reading: exit 1, exit 0 with --allow-partial", async () => {
    const big = await startSimulator({
      networks: [{ name: "big", tenant: { seed: 3, users: 3000, groups: 5 }, tokens: [{ key: DEMO_KEYS.readOnly, permission: "read" }] }],
      rateLimit: false,
    });
    try {
      // 3 reads a minute: three pages are read, the fourth may go only a minute after the first.
      // A 30 s budget cannot hold that wait however fast the reads were (the run stops as soon as
      // it would start it, not at the budget), and holds three reads however slow the machine.
      const args = ["preview", "--network", "big", "--base-url", big.baseUrl, "--time-budget", "30", "--reads-per-minute", "3", "--page-size", "100"];
      const strict = await runCli(args, { env: { TWINGATE_API_KEY: DEMO_KEYS.readOnly } });
      expect(strict.code).toBe(1);
      expect(strict.stdout).toMatch(/error \[PREVIEW_INCOMPLETE\] the preview stopped at its time budget of 30 s .*users 300 of 3000/);
      expect(strict.stdout).toMatch(/fix: Run it again with --time-budget \d+, outside peak hours .* or accept partial counts with --allow-partial/);
      const suggested = Number(/--time-budget (\d+)/.exec(strict.stdout)![1]);
      expect(suggested).toBeGreaterThan(30);
      const partial = await runCli([...args, "--allow-partial"], { env: { TWINGATE_API_KEY: DEMO_KEYS.readOnly } });
      expect(partial.code).toBe(0);
      expect(partial.stdout).toMatch(/warning \[PREVIEW_INCOMPLETE\]/);
    } finally {
      await big.close();
    }
    // Two runs that may each use their 30 s budget on a busy machine (a few seconds when idle).
  }, 120_000);
});
