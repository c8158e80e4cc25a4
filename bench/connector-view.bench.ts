/**
 * What the connector view costs the sync preview: the same preview with and without the
 * connector's unpaged member list (`connectorMembers`) and `isAdmin` in each request, on seeded
 * tenants of 1 000, 10 000 and 100 000 users: requests (the view adds none), bytes received
 * (wire, as compressed by the simulator) and duration. Limits raised on both sides, as in
 * preview.bench.ts. Run: npx tsx bench/connector-view.bench.ts [users...]
 */
import { previewSync } from "../src/reconciler/preview";
import { generateTenant, startSimulator } from "../src/simulator";
import { nodeHttpExchange, type HttpExchange } from "../src/twingate/http-exchange";

const KEY = "sim-connector-view-bench-key-0123456789";
const LIMITS = { reads: 1_000_000, writes: 100, windowMs: 60_000 };
const CONNECTOR_SELECTION = " connectorMembers: users { edges { node { id state } } }";

/** Counts response bytes; `strip` removes the connector view's selections from each request. */
function measuring(strip: boolean): { http: HttpExchange; bytes: () => number } {
  let bytes = 0;
  const http: HttpExchange = async (req) => {
    const body = strip ? req.body.split(CONNECTOR_SELECTION).join("").split("isAdmin ").join("") : req.body;
    const res = await nodeHttpExchange({ ...req, body });
    const inner = res.body;
    return {
      ...res,
      body: (async function* () {
        for await (const chunk of inner) {
          bytes += chunk.byteLength;
          yield chunk;
        }
      })(),
    };
  };
  return { http, bytes: () => bytes };
}

async function run(users: number, withView: boolean): Promise<{ requests: number; bytes: number; ms: number; missed: number | null }> {
  const tenant = generateTenant({ seed: 100, users, maxGroupMembers: 5000 });
  const sim = await startSimulator({ networks: [{ name: "bench", tenant, tokens: [{ key: KEY, permission: "read" }] }], rateLimit: LIMITS });
  try {
    const m = measuring(!withView);
    const r = await previewSync({ network: "bench", apiKey: KEY, baseUrl: sim.baseUrl, pacing: LIMITS, timeBudgetMs: 3_600_000, http: m.http });
    if (!r.complete) throw new Error(`preview of ${users} users did not complete`);
    return { requests: r.requests, bytes: m.bytes(), ms: r.durationMs, missed: withView ? (r.connectorView?.groupMembers.missed ?? null) : null };
  } finally {
    await sim.close();
  }
}

if (require.main === module) {
  void (async () => {
    const sizes = process.argv.slice(2).map(Number);
    for (const users of sizes.length > 0 ? sizes : [1_000, 10_000, 100_000]) {
      const without = await run(users, false);
      const withView = await run(users, true);
      const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
      process.stdout.write(
        `connector view, ${users} users: requests ${without.requests} → ${withView.requests}, ` +
          `received ${kb(without.bytes)} → ${kb(withView.bytes)} (+${(((withView.bytes - without.bytes) / without.bytes) * 100).toFixed(0)}%), ` +
          `${without.ms} ms → ${withView.ms} ms; memberships ConductorOne misses: ${withView.missed}\n`,
      );
    }
  })();
}
