import { inspect } from "node:util";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { obj, postGraphql, reply } from "./post-graphql";

const PROBE = "{ users(first: 1) { edges { node { id } } } }";

describe("simulator routing and authentication", () => {
  let sim: RunningSimulator;
  const lines: string[] = [];

  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false, log: (line) => lines.push(line) });
  });
  afterAll(() => sim.close());

  it("publishes the base URL template and apex GraphQL URL", () => {
    expect(sim.baseUrl).toBe(`http://127.0.0.1:${sim.port}/{network}`);
    expect(sim.graphqlUrl("acme")).toBe(`http://127.0.0.1:${sim.port}/acme/api/graphql/`);
    expect(sim.port).toBeGreaterThan(0);
  });

  it("answers a valid read-write key with data, with or without the trailing slash", async () => {
    for (const url of [sim.graphqlUrl("acme"), sim.graphqlUrl("acme").replace(/\/$/, "")]) {
      const r = await postGraphql(url, DEMO_KEYS.readWrite, PROBE);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toContain("application/json");
      expect(obj(r.json).data.users.edges).toHaveLength(1);
    }
  });

  it("reads the key header case-insensitively", async () => {
    const res = await fetch(sim.graphqlUrl("acme"), {
      method: "POST",
      headers: { "x-Api-Key": DEMO_KEYS.readOnly, "content-type": "application/json" },
      body: JSON.stringify({ query: PROBE }),
    });
    expect(res.status).toBe(200);
  });

  it("answers 404 for an unknown network and for paths outside the API", async () => {
    const unknown = await postGraphql(sim.graphqlUrl("initech"), DEMO_KEYS.readWrite, PROBE);
    expect(unknown.status).toBe(404);
    expect(obj(unknown.json).errors[0].message).toBe("Not Found");
    expect((await postGraphql(`http://127.0.0.1:${sim.port}/acme/api/other/`, DEMO_KEYS.readWrite, PROBE)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${sim.port}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${sim.port}/%E0%A4%A/api/graphql/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${sim.port}/ACME/api/graphql/`, { headers: { "X-API-KEY": DEMO_KEYS.readOnly } })).status).toBe(400);
  });

  it("answers 404 to a regional path when shard mode is off", async () => {
    const r = await postGraphql(`http://127.0.0.1:${sim.port}/acme.us1/api/graphql/`, DEMO_KEYS.readWrite, PROBE);
    expect(r.status).toBe(404);
  });

  it.each([
    ["missing", undefined],
    ["unknown", "sim-rw-not-a-real-key-000000000000"],
    ["revoked", DEMO_KEYS.revoked],
    ["of another network", DEMO_KEYS.globexReadWrite],
  ])("answers 401 to a %s key", async (_label, key) => {
    const r = await postGraphql(sim.graphqlUrl("acme"), key, PROBE);
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ message: "Unauthorized" });
  });

  it("accepts the globex key on globex", async () => {
    const r = await postGraphql(sim.graphqlUrl("globex"), DEMO_KEYS.globexReadWrite, "{ users { totalCount } }");
    expect(obj(r.json).data.users.totalCount).toBe(10);
  });

  it("revokes and restores a key at runtime", async () => {
    const acme = sim.network("acme");
    if (!acme) throw new Error("acme missing");
    acme.revoke(DEMO_KEYS.provision);
    expect((await postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.provision, PROBE)).status).toBe(401);
    acme.restore(DEMO_KEYS.provision);
    expect((await postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.provision, PROBE)).status).toBe(200);
    acme.addToken({ key: "sim-ro-added-at-runtime-0001", permission: "read" });
    expect((await postGraphql(sim.graphqlUrl("acme"), "sim-ro-added-at-runtime-0001", PROBE)).status).toBe(200);
    expect(() => acme.revoke("sim-nope-unknown")).toThrow(/has no token with that key \(not shown\)/);
    expect(() => acme.addToken({ key: DEMO_KEYS.readWrite, permission: "read" })).toThrow(/already has a token/);
  });

  it("GET without a query: 400 with a valid key, 401 without", async () => {
    const url = sim.graphqlUrl("acme");
    const valid = await reply(await fetch(url, { headers: { "X-API-KEY": DEMO_KEYS.readOnly } }));
    expect(valid.status).toBe(400);
    expect(obj(valid.json).errors[0].message).toBe("Must provide query string.");
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { "X-API-KEY": DEMO_KEYS.revoked } })).status).toBe(401);
  });

  it("HEAD gets 405 without shard mode; other methods too", async () => {
    const head = await fetch(sim.graphqlUrl("acme"), { method: "HEAD" });
    expect(head.status).toBe(405);
    const put = await fetch(sim.graphqlUrl("acme"), { method: "PUT", headers: { "X-API-KEY": DEMO_KEYS.readWrite } });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, POST");
  });

  it("answers 400 to a body that is not JSON or has no query", async () => {
    const post = (body: string): Promise<Response> =>
      fetch(sim.graphqlUrl("acme"), { method: "POST", headers: { "X-API-KEY": DEMO_KEYS.readWrite }, body });
    const notJson = await reply(await post("{nope"));
    expect(notJson.status).toBe(400);
    expect(obj(notJson.json).errors[0].message).toBe("POST body sent invalid JSON.");
    const noQuery = await reply(await post(JSON.stringify({ variables: {} })));
    expect(noQuery.status).toBe(400);
    expect(obj(noQuery.json).errors[0].message).toBe("Must provide query string.");
  });

  it("logs one line per request, never the key, and keeps stats", async () => {
    sim.resetStats();
    lines.length = 0;
    await postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.readWrite, PROBE);
    await postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.revoked, PROBE);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^POST \/acme\/api\/graphql\/ 200 \d+ms$/);
    expect(lines[1]).toMatch(/^POST \/acme\/api\/graphql\/ 401 \d+ms$/);
    for (const key of Object.values(DEMO_KEYS)) expect(lines.join("\n")).not.toContain(key);
    expect(sim.stats).toMatchObject({ requests: 2, graphql: 1, reads: 1, writes: 0, byStatus: { 200: 1, 401: 1 } });
  });

  it("never shows keys when a network is inspected or serialised", () => {
    const acme = sim.network("acme");
    const shown = `${inspect(acme)} ${JSON.stringify(acme)} ${String(acme)}`;
    for (const key of Object.values(DEMO_KEYS)) expect(shown).not.toContain(key);
    expect(shown).toContain("acme");
  });
});
