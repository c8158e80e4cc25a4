/**
 * Peak RSS of `c1-twingate preview` (the bundled CLI, in its own process) for growing
 * tenants: flat memory means the preview streams pages instead of holding the tenant.
 * The simulator runs in this process; client and simulator limits are raised together.
 * Run: npm run build && npx tsx bench/preview-memory.bench.ts [users...]
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { generateTenant, startSimulator } from "../src/simulator";

const CLI = join(__dirname, "..", "dist", "cli.js");
const KEY = "sim-preview-memory-bench-key-0123";
const LIMITS = { reads: 1_000_000, writes: 100, windowMs: 60_000 };
// Reports the child's peak RSS on stderr as it exits.
const REPORT_PEAK_RSS = 'process.on("exit",()=>process.stderr.write("\\nPEAK_RSS_KB="+process.resourceUsage().maxRSS+"\\n"))';

async function peakRss(users: number): Promise<{ users: number; requests: number; peakMb: number; seconds: number }> {
  const tenant = generateTenant({ seed: 100, users, maxGroupMembers: 5000 });
  const sim = await startSimulator({ networks: [{ name: "bench", tenant, tokens: [{ key: KEY, permission: "read" }] }], rateLimit: LIMITS });
  const started = Date.now();
  try {
    const args = ["--eval", `${REPORT_PEAK_RSS};process.argv.splice(1,0,${JSON.stringify(CLI)});require(${JSON.stringify(CLI)})`, "--"];
    const preview = ["preview", "--network", "bench", "--base-url", sim.baseUrl, "--json", "--time-budget", "600", "--reads-per-minute", String(LIMITS.reads)];
    const child = spawn(process.execPath, [...args, ...preview], { env: { ...process.env, TWINGATE_API_KEY: KEY }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    await new Promise((resolve) => child.on("close", resolve));
    const result = JSON.parse(stdout) as { requests: number };
    const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1]);
    return { users, requests: result.requests, peakMb: kb / 1024, seconds: (Date.now() - started) / 1000 };
  } finally {
    await sim.close();
  }
}

void (async () => {
  const sizes = process.argv.slice(2).map(Number);
  for (const users of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]) {
    const row = await peakRss(users);
    process.stdout.write(`preview ${row.users} users in a child process: ${row.requests} requests, peak RSS ${row.peakMb.toFixed(1)} MB, ${row.seconds.toFixed(1)} s\n`);
  }
})();
