/**
 * Simulator figures (moved here from tests: speed is a figure, not an assertion):
 * (a) generateTenant for 10 000 and 100 000 users (groups up to 5 000 members), median of 3;
 * (b) summary() of the 100 000-user tenant; (c) every scenario built and summarised;
 * (d) close() with an idle keep-alive connection and a request held by a 60 s latency fault;
 * (e) raw request rate: 200 sequential `users(first: 100)` pages over HTTP.
 *
 *   npx tsx bench/simulator.bench.ts
 */
import { generateTenant, SCENARIO_NAMES, startSimulator, tenantScenario, type Tenant } from "../src/simulator";

const KEY = "sim-bench-simulator-key-0001";

function row(name: string, ms: number, note = ""): void {
  console.log(`${name.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms${note ? `  ${note}` : ""}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeIt<T>(run: () => T): { result: T; ms: number } {
  const t0 = performance.now();
  const result = run();
  return { result, ms: performance.now() - t0 };
}

async function post(url: string, query: string): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-api-key": KEY }, body: JSON.stringify({ query }) });
}

async function main(): Promise<void> {
  let big: Tenant | undefined;
  for (const users of [10_000, 100_000]) {
    const runs = Array.from({ length: 3 }, () => timeIt(() => generateTenant({ seed: 2024, users, groups: 300, maxGroupMembers: 5_000 })));
    big = runs[0]?.result;
    const memberships = big?.summary().memberships ?? 0;
    row(`(a) generateTenant ${users} users, 300 groups (median of 3)`, median(runs.map((r) => r.ms)), `${memberships} memberships`);
  }
  if (big) {
    const { ms } = timeIt(() => big?.summary());
    row("(b) summary() of the 100 000-user tenant", ms);
  }

  const scenarios = timeIt(() => SCENARIO_NAMES.map((name) => generateTenant(tenantScenario(name).tenant).summary()));
  row(`(c) ${SCENARIO_NAMES.length} scenarios built and summarised`, scenarios.ms);

  {
    const sim = await startSimulator({ rateLimit: false, networks: [{ name: "acme", tokens: [{ key: KEY, permission: "read" }] }] });
    const url = sim.graphqlUrl("acme");
    await post(url, "{ users(first: 1) { totalCount } }");
    sim.faults.push({ kind: "latency", ms: 60_000 });
    const held = post(url, "{ users(first: 1) { totalCount } }").catch(() => "closed");
    while (sim.faults.pending() > 0) await new Promise((r) => setTimeout(r, 5));
    const t0 = performance.now();
    await sim.close();
    row("(d) close() with a keep-alive socket and a held request", performance.now() - t0, `held request: ${String(await held)}`);
  }

  {
    const sim = await startSimulator({
      rateLimit: false,
      networks: [{ name: "big", tenant: { seed: 1, users: 20_000, groups: 10, maxGroupMembers: 200 }, tokens: [{ key: KEY, permission: "read" }] }],
    });
    try {
      const url = sim.graphqlUrl("big");
      const t0 = performance.now();
      for (let page = 0; page < 200; page++) {
        const r = await post(url, `{ users(first: 100, after: "${Buffer.from(`arrayconnection:${page * 100 - 1}`).toString("base64")}") { edges { node { id email role state isAdmin } } } }`);
        if (r.status !== 200) throw new Error(`page ${page}: HTTP ${r.status}`);
        await r.arrayBuffer();
      }
      const ms = performance.now() - t0;
      row("(e) 200 sequential users(first: 100) pages", ms, `${(200_000 / ms).toFixed(0)} requests/s`);
    } finally {
      await sim.close();
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
