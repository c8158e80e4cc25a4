/**
 * Client benchmark against the local simulator: HTTP requests and wall time of
 * (a) a read check, (b) a write check, (c) paging 10 000 users with pacing relaxed, and
 * (d) the same paging under the real 60 reads/min limit, on a virtual clock (no real waiting).
 *
 *   npx tsx bench/client.bench.ts
 */
import { checkCredentials } from "../src/reconciler/credentials";
import { DEMO_KEYS, startSimulator } from "../src/simulator";
import { AbortedError, type Clock } from "../src/twingate/clock";
import { TwingateClient } from "../src/twingate/client";
import { Pacer } from "../src/twingate/pacer";

const BIG_KEY = "sim-bench-rw-key";
const USERS = 10_000;

/** Sleeps return at once and move virtual time forward. */
class VirtualClock implements Clock {
  time = 0;
  now(): number {
    return this.time;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new AbortedError();
    const wakeAt = this.time + Math.max(0, ms);
    await null;
    this.time = Math.max(this.time, wakeAt);
  }
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
        const t0 = performance.now();
        let n = 0;
        for await (const _user of client.users({ pageSize: 100 })) n++;
        row(
          `(d) page ${n} users at 60 reads/min (virtual)`,
          client.stats.requests,
          performance.now() - t0,
          `virtual time ${(clock.now() / 1000).toFixed(0)} s; 429s from simulator: ${limited.stats.rateLimited}`,
        );
      } finally {
        await limited.close();
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
