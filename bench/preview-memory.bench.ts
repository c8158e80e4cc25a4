/**
 * Memory of `c1-twingate preview` (the bundled CLI, in its own process) for growing tenants:
 * flat memory means the preview folds pages into counters instead of holding the tenant. Three
 * figures per size, from test/helpers/live-heap-preload.cjs (the live heap after a full GC, every
 * 10 responses): its floor over the last quarter of the run (what the program holds, the same on
 * a busy machine: test/cli/preview.e2e.test.ts asserts it), its largest sample (that plus the
 * responses in flight, which follow the machine's timing), and the peak RSS (also garbage not
 * yet collected). The simulator runs in this
 * process; client and simulator limits are raised together.
 * Run: npm run build && npx tsx bench/preview-memory.bench.ts [users...]
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { generateTenant, startSimulator } from "../src/simulator";

const CLI = join(__dirname, "..", "dist", "cli.js");
const PRELOAD = join(__dirname, "..", "test", "helpers", "live-heap-preload.cjs");
const KEY = "sim-preview-memory-bench-key-0123";
const LIMITS = { reads: 1_000_000, writes: 100, windowMs: 60_000 };

interface Row {
  users: number;
  requests: number;
  liveMb: number;
  peakSampleMb: number;
  peakRssMb: number;
  seconds: number;
}

async function measure(users: number): Promise<Row> {
  const tenant = generateTenant({ seed: 100, users, maxGroupMembers: 5000 });
  const sim = await startSimulator({ networks: [{ name: "bench", tenant, tokens: [{ key: KEY, permission: "read" }] }], rateLimit: LIMITS });
  const started = Date.now();
  try {
    const preview = ["preview", "--network", "bench", "--base-url", sim.baseUrl, "--json", "--time-budget", "3600", "--reads-per-minute", String(LIMITS.reads)];
    const child = spawn(process.execPath, ["--expose-gc", "-r", PRELOAD, CLI, ...preview], { env: { ...process.env, TWINGATE_API_KEY: KEY }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    await new Promise((resolve) => child.on("close", resolve));
    const result = JSON.parse(stdout) as { requests: number };
    const kb = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(stderr)?.[1]);
    return { users, requests: result.requests, liveMb: kb("LIVE_HEAP_KB") / 1024, peakSampleMb: kb("PEAK_SAMPLE_KB") / 1024, peakRssMb: kb("PEAK_RSS_KB") / 1024, seconds: (Date.now() - started) / 1000 };
  } finally {
    await sim.close();
  }
}

void (async () => {
  const sizes = process.argv.slice(2).map(Number);
  const rows: Row[] = [];
  for (const users of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]) {
    const row = await measure(users);
    rows.push(row);
    process.stdout.write(
      `preview ${row.users} users in a child process: ${row.requests} requests, live heap after GC ${row.liveMb.toFixed(1)} MB over the run's last quarter (largest sample ${row.peakSampleMb.toFixed(1)} MB), peak RSS ${row.peakRssMb.toFixed(1)} MB, ${row.seconds.toFixed(1)} s\n`,
    );
  }
  const [first, last] = [rows[0], rows.at(-1)];
  if (first && last && last.users > first.users) {
    // As the test counts it: at the floor's point a run holds at least three quarters of its users.
    const perUser = ((last.liveMb - first.liveMb) * 1024 * 1024) / (0.75 * (last.users - first.users));
    process.stdout.write(`live heap per extra user from ${first.users} to ${last.users}: ${perUser.toFixed(1)} bytes (the test's bound: 64)\n`);
  }
})();
