import { DEMO_KEYS, FaultSpecError, startSimulator, type Fault, type RunningSimulator } from "../../src/simulator";
import { obj, postGraphql } from "./post-graphql";

const PROBE = "{ users(first: 1) { edges { node { id } } } }";

describe("fault injection", () => {
  let sim: RunningSimulator;
  let url: string;
  const probe = () => postGraphql(url, DEMO_KEYS.readWrite, PROBE);

  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false });
    url = sim.graphqlUrl("acme");
  });
  afterEach(() => sim.faults.clear());
  afterAll(() => sim.close());

  it("latency holds the answer back: a later request overtakes it", async () => {
    // Its own simulator: the held request only ends when that simulator closes.
    const own = await startSimulator({ rateLimit: false });
    try {
      own.faults.push({ kind: "latency", ms: 600_000 });
      let settled = false;
      const held = postGraphql(own.graphqlUrl("acme"), DEMO_KEYS.readWrite, PROBE)
        .catch((e: unknown) => e)
        .finally(() => (settled = true));
      while (own.faults.pending() > 0) await new Promise((r) => setTimeout(r, 10));
      expect((await postGraphql(own.graphqlUrl("acme"), DEMO_KEYS.readWrite, PROBE)).status).toBe(200);
      expect(settled).toBe(false);
      await own.close();
      await held;
    } finally {
      await own.close();
    }
  });

  it("after its latency, the request is answered normally", async () => {
    sim.faults.push({ kind: "latency", ms: 20 });
    const r = await probe();
    expect(sim.faults.pending()).toBe(0);
    expect(r.status).toBe(200);
    expect(obj(r.json).data.users.edges).toHaveLength(1);
  });

  it.each([500, 502, 503, 504, 501])("status %i answers that status once, then normal", async (status) => {
    sim.faults.push({ kind: "status", status });
    const r = await probe();
    expect(r.status).toBe(status);
    expect(obj(r.json).errors[0].message).toMatch(new RegExp(`^${status} `));
    expect((await probe()).status).toBe(200);
  });

  it("status 429 can carry Retry-After and a custom body, and repeats `times` times", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 7, body: { errors: [{ message: "slow down" }] }, times: 2 });
    expect(sim.faults.pending()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const r = await probe();
      expect(r.status).toBe(429);
      expect(r.headers.get("retry-after")).toBe("7");
      expect(r.json).toEqual({ errors: [{ message: "slow down" }] });
    }
    expect(sim.faults.pending()).toBe(0);
    expect((await probe()).status).toBe(200);
  });

  it("drop destroys the socket without a response", async () => {
    sim.faults.push({ kind: "drop" });
    await expect(probe()).rejects.toThrow(/fetch failed/);
    expect((await probe()).status).toBe(200);
  });

  it("html answers 200 with a login page", async () => {
    sim.faults.push({ kind: "html" });
    const r = await probe();
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/html/);
    expect(r.text.toLowerCase().startsWith("<!doctype html")).toBe(true);
    expect(r.json).toBeUndefined();
  });

  it("malformed-json answers 200 application/json that does not parse", async () => {
    sim.faults.push({ kind: "malformed-json" });
    const r = await probe();
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/json");
    expect(r.json).toBeUndefined();
    expect(r.text.startsWith("{")).toBe(true);
  });

  it("wrong-shape answers valid JSON whose data does not match the query", async () => {
    sim.faults.push({ kind: "wrong-shape" });
    const r = await postGraphql(url, DEMO_KEYS.readWrite, "{ groups { edges { node { id } } } }");
    expect(r.status).toBe(200);
    const data = obj(r.json).data;
    expect(typeof data.groups.edges).toBe("string");
  });

  it("fires before authentication", async () => {
    sim.faults.push({ kind: "status", status: 503 });
    expect((await postGraphql(url, undefined, PROBE)).status).toBe(503);
  });

  it("can target one network; others pass untouched", async () => {
    sim.faults.push({ kind: "status", status: 502, network: "globex" });
    expect((await probe()).status).toBe(200);
    expect(sim.faults.pending()).toBe(1);
    expect((await postGraphql(sim.graphqlUrl("globex"), DEMO_KEYS.globexReadWrite, PROBE)).status).toBe(502);
  });

  it("hits POST requests by default, other methods only when asked", async () => {
    sim.faults.push({ kind: "status", status: 500 });
    expect((await fetch(url, { method: "HEAD" })).status).toBe(405);
    expect(sim.faults.pending()).toBe(1);
    sim.faults.clear();
    sim.faults.push({ kind: "status", status: 500, method: "HEAD" });
    expect((await fetch(url, { method: "HEAD" })).status).toBe(500);
  });

  it("consumes queued faults in order", async () => {
    sim.faults.push({ kind: "status", status: 503 });
    sim.faults.push({ kind: "status", status: 502 });
    expect((await probe()).status).toBe(503);
    expect((await probe()).status).toBe(502);
    expect((await probe()).status).toBe(200);
  });

  it("clear() empties the queue", async () => {
    sim.faults.push({ kind: "drop", times: 3 });
    sim.faults.clear();
    expect(sim.faults.pending()).toBe(0);
    expect((await probe()).status).toBe(200);
  });

  it("refuses unknown or invalid faults", () => {
    expect(() => sim.faults.push({ kind: "explode" } as unknown as Fault)).toThrow(FaultSpecError);
    expect(() => sim.faults.push({ kind: "latency", ms: -1 })).toThrow(/ms/);
    expect(() => sim.faults.push({ kind: "drop", times: 0 })).toThrow(/times/);
  });
});
