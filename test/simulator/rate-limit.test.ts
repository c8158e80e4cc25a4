import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { obj, postGraphql } from "./post-graphql";

const READ = "{ users(first: 1) { totalCount } }";
const WRITE = `mutation { groupUpdate(id: "R3JvdXA6MA==", removedUserIds: []) { ok error } }`;

describe("rate limits (injected clock)", () => {
  let sim: RunningSimulator;
  let now = 5_000_000;
  let url: string;

  beforeEach(async () => {
    now = 5_000_000;
    sim = await startSimulator({ now: () => now, rateLimit: { reads: 3, writes: 2, windowMs: 60_000 } });
    url = sim.graphqlUrl("acme");
  });
  afterEach(() => sim.close());

  it("answers 429 with Retry-After once the reads are used up, and recovers after the window", async () => {
    for (let i = 0; i < 3; i++, now += 5_000) expect((await postGraphql(url, DEMO_KEYS.readOnly, READ)).status).toBe(200);
    // now = t0 + 15 s; the first read leaves the window at t0 + 60 s.
    const limited = await postGraphql(url, DEMO_KEYS.readOnly, READ);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("45");
    expect(limited.json).toEqual({ errors: [{ message: "429 Too Many Requests" }] });
    now = 5_000_000 + 60_000;
    expect((await postGraphql(url, DEMO_KEYS.readOnly, READ)).status).toBe(200);
    expect((await postGraphql(url, DEMO_KEYS.readOnly, READ)).status).toBe(429);
    expect(sim.stats).toMatchObject({ rateLimited: 2, reads: 4, byStatus: { 200: 4, 429: 2 } });
  });

  it("counts a request with a mutation as a write, apart from reads", async () => {
    expect((await postGraphql(url, DEMO_KEYS.readWrite, WRITE)).status).toBe(200);
    expect((await postGraphql(url, DEMO_KEYS.readWrite, WRITE)).status).toBe(200);
    const limited = await postGraphql(url, DEMO_KEYS.readWrite, WRITE);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect((await postGraphql(url, DEMO_KEYS.readWrite, READ)).status).toBe(200);
    expect(sim.stats).toMatchObject({ writes: 2, reads: 1 });
  });

  it("limits per network", async () => {
    for (let i = 0; i < 3; i++) await postGraphql(url, DEMO_KEYS.readOnly, READ);
    expect((await postGraphql(url, DEMO_KEYS.readOnly, READ)).status).toBe(429);
    expect((await postGraphql(sim.graphqlUrl("globex"), DEMO_KEYS.globexReadWrite, READ)).status).toBe(200);
  });

  it("does not count 401 or 404 answers", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await postGraphql(url, DEMO_KEYS.revoked, READ)).status).toBe(401);
      expect((await postGraphql(sim.graphqlUrl("nobody"), DEMO_KEYS.readOnly, READ)).status).toBe(404);
    }
    for (let i = 0; i < 3; i++) expect((await postGraphql(url, DEMO_KEYS.readOnly, READ)).status).toBe(200);
  });

  it("can be disabled and re-enabled at runtime", async () => {
    sim.setOptions({ rateLimit: false });
    for (let i = 0; i < 10; i++) expect((await postGraphql(url, DEMO_KEYS.readOnly, READ)).status).toBe(200);
    sim.setOptions({ rateLimit: { reads: 1 } });
    expect((await postGraphql(url, DEMO_KEYS.readOnly, READ)).status).toBe(200);
    expect((await postGraphql(url, DEMO_KEYS.readOnly, READ)).status).toBe(429);
  });

  it("defaults to 60 reads per minute", async () => {
    await sim.close();
    sim = await startSimulator({ now: () => now });
    url = sim.graphqlUrl("acme");
    const statuses = await Promise.all(Array.from({ length: 61 }, () => postGraphql(url, DEMO_KEYS.readOnly, READ).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    const body = obj((await postGraphql(url, DEMO_KEYS.readOnly, READ)).json);
    expect(body.errors[0].message).toBe("429 Too Many Requests");
  });
});
