import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { obj, postGraphql, reply, type HttpReply } from "./post-graphql";

const PROBE = "{ users(first: 1) { edges { node { id } } } }";
const CANARY = "sim-rw-CANARY-control-9f3k2m";

describe("control endpoint /_simulator/", () => {
  let sim: RunningSimulator;
  const control = async (method: string, path: string, body?: unknown): Promise<HttpReply> => {
    const init: RequestInit = { method, headers: { "content-type": "application/json" } };
    if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
    return reply(await fetch(`${sim.controlUrl}${path}`, init));
  };
  const probe = (key: string = DEMO_KEYS.readWrite) => postGraphql(sim.graphqlUrl("acme"), key, PROBE);

  beforeEach(async () => {
    sim = await startSimulator({ control: true, rateLimit: false });
    sim.network("acme")?.addToken({ key: CANARY, permission: "read", name: "canary" });
  });
  afterEach(() => sim.close());

  it("is off unless asked for: the path is then just an unknown network", async () => {
    const plain = await startSimulator({ rateLimit: false });
    try {
      expect(plain.controlUrl).toBeUndefined();
      const r = await fetch(`http://127.0.0.1:${plain.port}/_simulator/`);
      expect(r.status).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it("reports networks, tokens by name (never keys), settings, faults and stats", async () => {
    await probe();
    const r = await control("GET", "");
    expect(r.status).toBe(200);
    expect(r.text).not.toContain(CANARY);
    for (const key of Object.values(DEMO_KEYS)) expect(r.text).not.toContain(key);
    const status = obj(r.json);
    expect(status.networks.map((n: { name: string }) => n.name)).toEqual(["acme", "globex"]);
    expect(status.networks[0]).toMatchObject({ users: 25, groups: 8, defaultPageSize: 50, graphqlUrl: sim.graphqlUrl("acme") });
    expect(status.networks[0].tokens).toContainEqual({ name: "revoked", permission: "read-write", revoked: true });
    expect(status.networks[0].tokens).toContainEqual({ name: "canary", permission: "read", revoked: false });
    expect(status.settings).toEqual({ readOnlyMutation: "graphql-error", rateLimit: false, shard: null, maxPageSize: 100 });
    expect(status.faultsPending).toBe(0);
    // Control requests are not API traffic: only the probe counts.
    expect(status.stats.requests).toBe(1);
  });

  it("revokes and restores a token by name, or by key", async () => {
    expect((await probe()).status).toBe(200);
    const revoked = await control("POST", "networks/acme/tokens/revoke", { name: "read-write" });
    expect(revoked.status).toBe(200);
    expect(obj(revoked.json).tokens).toContainEqual({ name: "read-write", permission: "read-write", revoked: true });
    expect((await probe()).status).toBe(401);
    expect((await control("POST", "networks/acme/tokens/restore", { name: "read-write" })).status).toBe(200);
    expect((await probe()).status).toBe(200);
    expect((await control("POST", "networks/acme/tokens/revoke", { key: CANARY })).status).toBe(200);
    expect((await probe(CANARY)).status).toBe(401);
  });

  it("refuses unknown tokens, networks and bodies without echoing a key", async () => {
    const byName = await control("POST", "networks/acme/tokens/revoke", { name: "nope" });
    expect(byName.status).toBe(400);
    expect(obj(byName.json).error).toEqual({
      code: "SIM_TOKEN",
      message: 'Network "acme" has no token named "nope"; named tokens: read-write, read-only, provision, revoked, canary.',
    });
    const byKey = await control("POST", "networks/acme/tokens/revoke", { key: `${CANARY}x` });
    expect(byKey.status).toBe(400);
    expect(byKey.text).not.toContain(CANARY);
    const notJson = await control("POST", "networks/acme/tokens/revoke", `{"key": ${CANARY}`);
    expect(notJson.status).toBe(400);
    expect(obj(notJson.json).error.code).toBe("SIM_CONTROL");
    expect(notJson.text).not.toContain(CANARY);
    const wrongShape = await control("POST", "networks/acme/tokens/revoke", { token: CANARY });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.text).not.toContain(CANARY);
    const network = await control("POST", "networks/initech/tokens/revoke", { name: "x" });
    expect(network.status).toBe(404);
    expect(obj(network.json).error.message).toBe('No network "initech"; this simulator serves acme, globex.');
  });

  it("queues faults (one or a list), refuses a bad list whole, and clears them", async () => {
    expect(obj((await control("POST", "faults", { kind: "status", status: 503 })).json).faultsPending).toBe(1);
    expect((await probe()).status).toBe(503);
    expect((await probe()).status).toBe(200);
    const list = await control("POST", "faults", [{ kind: "html", times: 2 }, { kind: "drop" }]);
    expect(obj(list.json).faultsPending).toBe(3);
    expect((await probe()).headers.get("content-type")).toMatch(/text\/html/);
    expect((await control("DELETE", "faults")).status).toBe(200);
    expect(sim.faults.pending()).toBe(0);
    const bad = await control("POST", "faults", [{ kind: "html" }, { kind: "explode" }]);
    expect(bad.status).toBe(400);
    expect(obj(bad.json).error.code).toBe("SIM_INVALID_FAULT");
    expect(sim.faults.pending()).toBe(0);
  });

  it("changes rate limits, shard and the read-only behaviour while running", async () => {
    const r = await control("PATCH", "options", { rateLimit: { reads: 1, writes: 1 }, readOnlyMutation: "http-403" });
    expect(r.status).toBe(200);
    expect(obj(r.json).settings).toMatchObject({ rateLimit: { reads: 1, writes: 1, windowMs: 60_000 }, readOnlyMutation: "http-403" });
    expect((await probe()).status).toBe(200);
    const limited = await probe();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    const otherNetwork = await postGraphql(sim.graphqlUrl("globex"), DEMO_KEYS.globexReadWrite, PROBE);
    expect(otherNetwork.status).toBe(200); // limits are per network
    const write = await postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.readOnly, `mutation { groupUpdate(id: "R3JvdXA6MA==", removedUserIds: []) { ok } }`);
    expect(write.status).toBe(403);
    const bad = await control("PATCH", "options", { rateLimit: { reads: 0 } });
    expect(bad.status).toBe(400);
    expect(obj(bad.json).error.code).toBe("SIM_INVALID_OPTIONS");
    expect((await control("PATCH", "options", { rateLimit: false })).status).toBe(200);
    expect((await probe()).status).toBe(200);
  });

  it("sets and clears the shard while running", async () => {
    expect(obj((await control("PATCH", "options", { shard: "us-east1" })).json).settings).toMatchObject({ shard: "us-east1" });
    await probe();
    expect(sim.stats.redirects).toBe(1); // the plain host answered 308 to the shard's
    expect(obj((await control("PATCH", "options", { shard: null })).json).settings).toMatchObject({ shard: null });
    expect((await probe()).status).toBe(200);
    expect(sim.stats.redirects).toBe(1);
  });

  it("serves the ground truth of a network and resets stats", async () => {
    const summary = await control("GET", "networks/acme/summary");
    expect(summary.json).toEqual(JSON.parse(JSON.stringify(sim.network("acme")?.tenant.summary())));
    await probe();
    expect((await control("POST", "stats/reset")).status).toBe(200);
    expect(sim.stats.requests).toBe(0);
  });

  it("answers 404 to unknown routes and 405 to wrong methods", async () => {
    const unknown = await control("GET", "nothing-here");
    expect(unknown.status).toBe(404);
    expect(obj(unknown.json).error.code).toBe("SIM_CONTROL");
    const method = await control("GET", "faults");
    expect(method.status).toBe(405);
    expect(obj(method.json).error.message).toBe("GET is not allowed on /_simulator/faults; use POST or DELETE.");
  });
});
