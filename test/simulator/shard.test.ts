import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { obj, postGraphql } from "./post-graphql";

const PROBE = "{ users(first: 1) { totalCount } }";

describe("shard mode", () => {
  let sim: RunningSimulator;
  let regional: string;

  beforeAll(async () => {
    sim = await startSimulator({ shard: "us1", rateLimit: false });
    regional = `http://127.0.0.1:${sim.port}/acme.us1/api/graphql/`;
  });
  afterAll(() => sim.close());

  it.each(["HEAD", "GET", "POST"])("answers %s on the apex with 308 to the regional host without executing", async (method) => {
    sim.resetStats();
    const res = await fetch(sim.graphqlUrl("acme"), {
      method,
      redirect: "manual",
      headers: { "X-API-KEY": DEMO_KEYS.readWrite },
      ...(method === "POST" && { body: JSON.stringify({ query: PROBE }) }),
    });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(regional);
    expect(sim.stats).toMatchObject({ redirects: 1, graphql: 0 });
  });

  it("redirects even without a key (the redirector does not authenticate)", async () => {
    const res = await fetch(sim.graphqlUrl("acme"), { method: "HEAD", redirect: "manual" });
    expect(res.status).toBe(308);
  });

  it("executes on the regional path", async () => {
    const r = await postGraphql(regional, DEMO_KEYS.readWrite, PROBE);
    expect(r.status).toBe(200);
    expect(obj(r.json).data.users.totalCount).toBe(25);
  });

  it("lets fetch follow the redirect with method and body kept", async () => {
    sim.resetStats();
    const r = await postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.readWrite, PROBE);
    expect(r.status).toBe(200);
    expect(sim.stats).toMatchObject({ requests: 2, redirects: 1, graphql: 1 });
  });

  it("gives 404 for another shard and for unknown networks", async () => {
    expect((await postGraphql(`http://127.0.0.1:${sim.port}/acme.eu1/api/graphql/`, DEMO_KEYS.readWrite, PROBE)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${sim.port}/nobody/api/graphql/`, { method: "HEAD", redirect: "manual" })).status).toBe(404);
  });

  it("HEAD on the regional host gets 405; shard mode can be switched off", async () => {
    expect((await fetch(regional, { method: "HEAD" })).status).toBe(405);
    sim.setOptions({ shard: undefined });
    expect((await fetch(sim.graphqlUrl("acme"), { method: "HEAD", redirect: "manual" })).status).toBe(405);
    expect((await postGraphql(regional, DEMO_KEYS.readWrite, PROBE)).status).toBe(404);
    sim.setOptions({ shard: "us1" });
  });
});
