import * as z from "zod";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { TwingateError } from "../../src/twingate/errors";
import { testClient } from "./client-helpers";

/**
 * The client against the simulator's injected faults (not a stub server): what sits in front of
 * the real API (slow backends, 5xx, login pages, broken proxies) must map to stable codes, with
 * reads retried and mutations never resent.
 */

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ rateLimit: false });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.faults.clear();
  sim.resetStats();
});

/** A client for the demo network whose shard is already resolved, so each call is one request. */
async function warmClient(overrides: Parameters<typeof testClient>[1] = {}) {
  const made = testClient(sim.baseUrl, { network: "acme", apiKey: DEMO_KEYS.readWrite, ...overrides });
  // A short timeoutMs can cut the warm-up itself on a loaded machine: warm up until one read succeeds.
  for (let attempt = 1; ; attempt++) {
    try {
      await made.client.countUsersAndGroups();
      break;
    } catch (error) {
      if (attempt >= 10) throw error;
    }
  }
  sim.resetStats();
  return made;
}

async function failure(promise: Promise<unknown>): Promise<TwingateError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TwingateError);
  return error as TwingateError;
}

const RENAME = 'mutation { groupUpdate(id: "R3JvdXA6MQ==", name: "renamed") { ok error } }';
const renameSchema = z.object({ groupUpdate: z.object({ ok: z.boolean(), error: z.string().nullable() }) });

describe("client ⇄ simulator faults", () => {
  it("an answer slower than timeoutMs is TG_TIMEOUT, long before the answer would come", async () => {
    const { client } = await warmClient({ timeoutMs: 150, retry: { maxAttempts: 2 } });
    // Ten minutes: only the client's own timeout can end this (or the test's, and then it fails).
    sim.faults.push({ kind: "latency", ms: 600_000, times: 2 });
    const retriesBefore = client.stats.retries; // the warm-up's, if any
    const error = await failure(client.countUsersAndGroups());
    expect(error.code).toBe("TG_TIMEOUT");
    expect(error.message).toContain("150 ms");
    expect(error.message).not.toContain(DEMO_KEYS.readWrite);
    // A read is retried on timeout: both attempts reached the simulator.
    expect(client.stats.retries - retriesBefore).toBe(1);
    expect(sim.faults.pending()).toBe(0);
  });

  it("a 503 then a 200: retried once, succeeds, two requests", async () => {
    const made = await warmClient();
    const before = made.client.stats.requests;
    sim.faults.push({ kind: "status", status: 503 });
    await expect(made.client.countUsersAndGroups()).resolves.toEqual({ users: 25, groups: 8 });
    expect(made.client.stats.requests - before).toBe(2);
    expect(sim.stats.requests).toBe(2);
    expect(sim.stats.byStatus[503]).toBe(1);
    expect(sim.stats.byStatus[200]).toBe(1);
    expect(made.clock.sleeps.length).toBeGreaterThanOrEqual(1);
  });

  it("a 500 on a mutation is TG_SERVER_ERROR and never resent", async () => {
    const { client } = await warmClient();
    const before = client.stats.requests;
    sim.faults.push({ kind: "status", status: 500, times: 3 });
    const error = await failure(client.mutate(RENAME, { schema: renameSchema, payloadField: "groupUpdate" }));
    expect(error.code).toBe("TG_SERVER_ERROR");
    expect(error.message).toContain("HTTP 500");
    expect(client.stats.requests - before).toBe(1);
    expect(sim.stats.requests).toBe(1);
    expect(sim.faults.pending()).toBe(2);
  });

  it("the same 500 on a read is retried (the mutation rule above is specific to writes)", async () => {
    const { client } = await warmClient();
    const before = client.stats.requests;
    sim.faults.push({ kind: "status", status: 500 });
    await expect(client.countUsersAndGroups()).resolves.toEqual({ users: 25, groups: 8 });
    expect(client.stats.requests - before).toBe(2);
  });

  it("an HTML page (a login wall) is TG_NOT_JSON, not retried", async () => {
    const { client } = await warmClient();
    const before = client.stats.requests;
    sim.faults.push({ kind: "html", times: 4 });
    const error = await failure(client.countUsersAndGroups());
    expect(error.code).toBe("TG_NOT_JSON");
    expect(error.message).not.toContain("<html");
    expect(client.stats.requests - before).toBe(1);
    expect(sim.faults.pending()).toBe(3);
  });

  it("malformed JSON with a JSON content type is TG_NOT_JSON too", async () => {
    const { client } = await warmClient();
    const before = client.stats.requests;
    sim.faults.push({ kind: "malformed-json", times: 4 });
    const error = await failure(client.countUsersAndGroups());
    expect(error.code).toBe("TG_NOT_JSON");
    expect(client.stats.requests - before).toBe(1);
    // Not retried: three of the four queued faults are left. Without them the next call works.
    expect(sim.faults.pending()).toBe(3);
    sim.faults.clear();
    await expect(client.countUsersAndGroups()).resolves.toEqual({ users: 25, groups: 8 });
  });
});
