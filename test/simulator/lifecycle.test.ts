import { createServer } from "node:net";
import {
  DEMO_KEYS,
  DEMO_NETWORKS,
  SimulatorListenError,
  SimulatorOptionsError,
  startSimulator,
  type SimulatorOptions,
} from "../../src/simulator";
import { obj, postGraphql } from "./post-graphql";

describe("simulator lifecycle and options", () => {
  it("close() resolves even with an idle keep-alive connection and a request stuck in latency", async () => {
    const sim = await startSimulator({ rateLimit: false });
    await postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.readWrite, "{ users { totalCount } }");
    // Longer than this test's timeout: close() must not wait for it.
    sim.faults.push({ kind: "latency", ms: 600_000 });
    const stuck = postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.readWrite, "{ users { totalCount } }").catch((e: unknown) => e);
    while (sim.faults.pending() > 0) await new Promise((r) => setTimeout(r, 10));
    await sim.close();
    // fetch's TypeError comes from another realm under jest: compare the text.
    expect(String(await stuck)).toMatch(/fetch failed/);
    await expect(fetch(sim.graphqlUrl("acme"))).rejects.toThrow();
  });

  it("gives every simulator its own copy of the demo tenants", async () => {
    const a = await startSimulator({ rateLimit: false });
    const b = await startSimulator({ rateLimit: false });
    try {
      const contractors = a.network("acme")?.tenant.findGroupByName("Contractors");
      if (!contractors) throw new Error("Contractors missing");
      const r = await postGraphql(a.graphqlUrl("acme"), DEMO_KEYS.readWrite,
        `mutation { groupUpdate(id: "${contractors.id}", userIds: []) { ok } }`);
      expect(obj(r.json).data.groupUpdate.ok).toBe(true);
      expect(a.network("acme")?.tenant.findGroupByName("Contractors")?.memberCount).toBe(0);
      expect(b.network("acme")?.tenant.findGroupByName("Contractors")?.memberCount).toBe(4);
      expect(Object.isFrozen(DEMO_NETWORKS[0])).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("demo networks match their description", async () => {
    const sim = await startSimulator();
    try {
      const acme = sim.network("acme")?.tenant.summary();
      expect(acme?.users.total).toBe(25);
      expect(acme?.groups.total).toBe(8);
      expect(acme?.groups.byType.SYSTEM).toBe(1);
      expect(acme?.groupMembers.map((g) => g.name)).toEqual(
        expect.arrayContaining(["Everyone", "Engineering (Okta)", "Contractors", "On-call"]),
      );
      expect(sim.network("globex")?.tenant.userCount).toBe(10);
      for (const key of Object.values(DEMO_KEYS)) expect(key).toMatch(/^sim-/);
    } finally {
      await sim.close();
    }
  });

  it("honours custom page sizes", async () => {
    const sim = await startSimulator({ rateLimit: false, defaultPageSize: 5, maxPageSize: 20 });
    try {
      const r = obj((await postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.readOnly, "{ users { edges { node { id } } } }")).json);
      expect(r.data.users.edges).toHaveLength(5);
      const big = obj((await postGraphql(sim.graphqlUrl("acme"), DEMO_KEYS.readOnly, "{ users(first: 21) { totalCount } }")).json);
      expect(big.errors[0].message).toBe("first must be at most 20");
    } finally {
      await sim.close();
    }
  });

  it("listens on a given port and reports a taken port clearly", async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      await expect(startSimulator({ port })).rejects.toThrow(SimulatorListenError);
      await expect(startSimulator({ port })).rejects.toThrow(new RegExp(`127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\)`));
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it.each<[SimulatorOptions, RegExp]>([
    [{ port: 70_000 }, /port/],
    [{ readOnlyMutation: "maybe" as never }, /readOnlyMutation/],
    [{ shard: "US 1" }, /shard/],
    [{ defaultPageSize: 200 }, /defaultPageSize 200 exceeds maxPageSize 100/],
    [{ networks: [{ name: "Acme Corp", tokens: [] }] }, /networks\.0\.name/],
    [{ networks: [{ name: "a", tokens: [] }, { name: "a", tokens: [] }] }, /"a" is declared twice/],
    [{ rateLimit: { reads: 0 } }, /rateLimit/],
    [{ shardd: "us1" } as SimulatorOptions, /shardd/],
  ])("refuses bad options %#", async (options, message) => {
    const attempt = startSimulator(options);
    await expect(attempt).rejects.toThrow(SimulatorOptionsError);
    await expect(startSimulator(options)).rejects.toThrow(message);
  });

  it("refuses a bad token without printing its key", async () => {
    await expect(
      startSimulator({ networks: [{ name: "x", tokens: [{ key: "sim-secret value", permission: "read" }] }] }),
    ).rejects.toThrow(/^(?!.*sim-secret).*printable ASCII/);
  });
});
