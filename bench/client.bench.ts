/**
 * Client benchmark against the local simulator: HTTP requests and wall time of
 * (a) a read check, (b) a write check, (a')/(b') both against a sharded network (the apex
 * redirects to the shard, as Twingate's does) with every request held 150 ms, a distant API's
 * round trip (the write check's probe goes out beside the read's request to the shard),
 * (c) paging 10 000 users with pacing relaxed, and
 * (d) the same paging under the real 60 reads/min limit, on a virtual clock (no real waiting);
 * then the cost of the security layers:
 * (e) key redaction over decoded server text (MB/s), (f) destination decisions per second,
 * (g) the bundled CLI against a hostile server: a 200 MB body and a 1 GiB gzip bomb, with the
 *     child's peak RSS (the size caps keep it flat), and accept-then-close (time to a verdict).
 *
 *   npm run build && npx tsx bench/client.bench.ts
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { checkCredentials } from "../src/reconciler/credentials";
import { SecretEchoes } from "../src/secret-echoes";
import { DEMO_KEYS, startSimulator } from "../src/simulator";
import { TwingateClient } from "../src/twingate/client";
import { Destinations, parseBaseUrlTemplate } from "../src/twingate/destination";
import { Pacer } from "../src/twingate/pacer";
import { VirtualClock } from "../test/helpers/virtual-clock";
import { startHostileServer } from "../test/hostile/server";

const BIG_KEY = "sim-bench-rw-key";
const USERS = 10_000;
/** (a') and (b'): the simulator holds each request this long, as a distant API's round trip. */
const LATENCY_MS = 150;
const CLI = join(__dirname, "..", "dist", "cli.js");
// Reports the child's peak RSS on stderr as it exits.
const REPORT_PEAK_RSS = 'process.on("exit",()=>process.stderr.write("\\nPEAK_RSS_KB="+process.resourceUsage().maxRSS+"\\n"))';

/** The bundled CLI in a child process: exit code, the first error code printed, peak RSS, wall time. */
async function cliRun(args: string[], key: string): Promise<{ code: number | null; finding: string; peakMb: number; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--eval", `${REPORT_PEAK_RSS};process.argv.splice(1,0,${JSON.stringify(CLI)});require(${JSON.stringify(CLI)})`, "--", ...args], {
    env: { PATH: process.env.PATH, TWINGATE_API_KEY: key, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (out += c.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, finding: /TG_[A-Z_]+/.exec(out)?.[0] ?? "(none)", peakMb: Number(/PEAK_RSS_KB=(\d+)/.exec(out)?.[1]) / 1024, ms: performance.now() - started };
}

function row(name: string, requests: number, ms: number, note = ""): void {
  console.log(`${name.padEnd(46)} ${String(requests).padStart(5)} requests  ${ms.toFixed(0).padStart(7)} ms${note ? `  ${note}` : ""}`);
}

async function main(): Promise<void> {
  const sim = await startSimulator({
    rateLimit: false,
    networks: [
      { name: "acme", tokens: [{ key: DEMO_KEYS.readWrite, permission: "read-write" }] },
      { name: "big", tenant: { seed: 1, users: USERS, groups: 10, maxGroupMembers: 200 }, tokens: [{ key: BIG_KEY, permission: "read-write" }] },
    ],
  });
  try {
    const relaxed = { reads: 1_000_000, writes: 1_000_000 };
    for (const require of ["read", "write"] as const) {
      const t0 = performance.now();
      const result = await checkCredentials({ network: "acme", apiKey: DEMO_KEYS.readWrite, require, baseUrl: sim.baseUrl, pacing: relaxed });
      if (!result.ok) throw new Error(`the ${require} check failed: ${JSON.stringify(result.findings)}`);
      row(`(${require === "read" ? "a" : "b"}) ${require} check (permission ${result.permission})`, result.requests, performance.now() - t0);
    }
    // The same two checks as against Twingate itself: the apex redirects to the network's shard,
    // and every request is held LATENCY_MS (a latency fault), a distant API's round trip. The write
    // check sends its probe beside the read's request to the shard: it should take the read
    // check's two round trips (apex, shard), not three.
    sim.setOptions({ shard: "us1" });
    for (const require of ["read", "write"] as const) {
      sim.faults.push({ kind: "latency", ms: LATENCY_MS, times: 10 });
      const t0 = performance.now();
      const result = await checkCredentials({ network: "acme", apiKey: DEMO_KEYS.readWrite, require, baseUrl: sim.baseUrl, pacing: relaxed });
      sim.faults.clear();
      if (!result.ok) throw new Error(`the ${require} check failed: ${JSON.stringify(result.findings)}`);
      row(`(${require === "read" ? "a" : "b"}') ${require} check, sharded, ${LATENCY_MS} ms per request`, result.requests, performance.now() - t0);
    }
    sim.setOptions({ shard: undefined });

    {
      const client = new TwingateClient({ network: "big", apiKey: BIG_KEY, baseUrl: sim.baseUrl, pacing: relaxed });
      const t0 = performance.now();
      let n = 0;
      for await (const _user of client.users({ pageSize: 100 })) n++;
      if (n !== USERS) throw new Error(`paged ${n} users, expected ${USERS}`);
      row(`(c) page ${n} users, pageSize 100, pacing off`, client.stats.requests, performance.now() - t0);
    }

    {
      // Same paging with the real limits: simulator limiter and client pacer share a virtual clock.
      const clock = new VirtualClock();
      const limited = await startSimulator({
        now: () => clock.now(),
        networks: [{ name: "big", tenant: { seed: 1, users: USERS, groups: 10, maxGroupMembers: 200 }, tokens: [{ key: BIG_KEY, permission: "read" }] }],
      });
      try {
        const client = new TwingateClient({ network: "big", apiKey: BIG_KEY, baseUrl: limited.baseUrl, clock, pacer: new Pacer({}, clock) });
        const startedAt = clock.now();
        const t0 = performance.now();
        let n = 0;
        for await (const _user of client.users({ pageSize: 100 })) n++;
        row(
          `(d) page ${n} users at 60 reads/min (virtual)`,
          client.stats.requests,
          performance.now() - t0,
          `virtual time ${((clock.now() - startedAt) / 1000).toFixed(0)} s; 429s from simulator: ${limited.stats.rateLimited}`,
        );
      } finally {
        await limited.close();
      }
    }

    {
      const echoes = new SecretEchoes("tgk_BenchCanary_1a2b3c4d5e6f7a8b");
      const text = `${"The quick brown fox jumps over the lazy dog. ".repeat(230_000)}`;
      const t0 = performance.now();
      echoes.redact(text);
      const ms = performance.now() - t0;
      console.log(`(e) redact ${(text.length / 1e6).toFixed(1)} MB of server text: ${ms.toFixed(0)} ms (${(text.length / 1e6 / (ms / 1000)).toFixed(0)} MB/s)`);
    }

    {
      const destinations = new Destinations(parseBaseUrlTemplate("https://{network}.twingate.com"), "acme");
      const urls = ["https://acme.us1.twingate.com/api/graphql/", "https://acme.twingate.com.evil.example/api/graphql/", "http://127.0.0.2/"].map((u) => new URL(u));
      const n = 300_000;
      const t0 = performance.now();
      for (let i = 0; i < n; i++) destinations.decide(urls[i % urls.length]!);
      const ms = performance.now() - t0;
      console.log(`(f) destination decisions: ${(n / (ms / 1000) / 1e6).toFixed(1)} M/s`);
    }

    {
      const hostile = await startHostileServer();
      try {
        const key = "tgk_BenchHostile_0123456789abcdef";
        for (const mode of ["huge-body", "gzip-bomb"]) {
          const r = await cliRun(["check", "--network", "acme", "--base-url", hostile.baseUrl(mode)], key);
          console.log(`(g) CLI check vs ${mode.padEnd(10)}: exit ${r.code}, ${r.finding}, peak RSS ${r.peakMb.toFixed(0)} MB, ${r.ms.toFixed(0)} ms`);
        }
        const r = await cliRun(["check", "--network", "acme", "--base-url", hostile.acceptCloseUrl], key);
        console.log(`(g) CLI check vs accept-then-close: exit ${r.code}, ${r.finding} after 4 attempts, ${r.ms.toFixed(0)} ms (backoff with jitter)`);
      } finally {
        await hostile.close();
      }
    }
  } finally {
    await sim.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
