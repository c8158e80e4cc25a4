import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import {
  TwingateBadResponseError,
  TwingateConnectionError,
  TwingateNetworkNotFoundError,
  TwingateNotJsonError,
  TwingateRateLimitedError,
  TwingateUnauthorizedError,
} from "../../src/twingate/errors";
import { createNodeHttpExchange } from "../../src/twingate/http-exchange";
import { Pacer } from "../../src/twingate/pacer";
import * as z from "zod";
import { testClient } from "./client-helpers";
import { VirtualClock } from "../helpers/virtual-clock";

/** The client against the simulator: the real GraphQL server, its pagination, shards, limits and faults. */

const KEY = "sim-SECRET-canary-e2e-rw";
const BIG_GROUP = "Everyone but ten";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({
    shard: "us1",
    rateLimit: false,
    networks: [
      {
        name: "big",
        tenant: { seed: 3, users: 260, groups: 2, maxGroupMembers: 20, extraGroups: [{ name: BIG_GROUP, members: 250 }] },
        tokens: [{ key: KEY, permission: "read-write" }],
      },
      { name: "acme", tokens: [{ key: DEMO_KEYS.readWrite, permission: "read-write" }, { key: DEMO_KEYS.revoked, permission: "read", revoked: true }] },
    ],
  });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.faults.clear();
  sim.setOptions({ rateLimit: false });
  sim.resetStats();
});

const big = () => testClient(sim.baseUrl, { network: "big", apiKey: KEY });

describe("client ⇄ simulator", () => {
  it("resolves the shard once and sends every later call straight there", async () => {
    const { client } = big();
    for (let i = 0; i < 4; i++) await client.countUsersAndGroups();
    expect(sim.stats.redirects).toBe(1);
    expect(client.stats.requests).toBe(5);
    expect(client.endpoint()).toBe(`http://127.0.0.1:${sim.port}/big.us1/api/graphql/`);
  });

  it("counts users and groups in one request", async () => {
    const { client } = big();
    await client.countUsersAndGroups(); // resolve the shard first
    const before = client.stats.requests;
    const counts = await client.countUsersAndGroups();
    expect(counts.users).toBe(260);
    expect(counts.groups).toBeGreaterThanOrEqual(3);
    expect(client.stats.requests - before).toBe(1);
  });

  it("pages all users, 100 at a time", async () => {
    const { client } = big();
    const ids = new Set<string>();
    for await (const u of client.users()) ids.add(u.id);
    expect(ids.size).toBe(260);
    expect(client.stats.requests).toBe(1 + 3); // one 308 + three pages
  });

  it("pages a 250-member group in 3 requests of 100, all counted", async () => {
    const { client } = big();
    let groupId: string | undefined;
    for await (const g of client.groups({ pageSize: 100 })) if (g.name === BIG_GROUP) groupId = g.id;
    expect(groupId).toBeDefined();
    const before = client.stats.requests;
    const members = new Set<string>();
    for await (const u of client.groupMembers(groupId as string, { pageSize: 100 })) members.add(u.email);
    expect(members.size).toBe(250);
    expect(client.stats.requests - before).toBe(3);
  });

  it("a revoked key is TG_UNAUTHORIZED; a misspelled network TG_NETWORK_NOT_FOUND", async () => {
    await expect(testClient(sim.baseUrl, { apiKey: DEMO_KEYS.revoked }).client.countUsersAndGroups()).rejects.toBeInstanceOf(
      TwingateUnauthorizedError,
    );
    await expect(testClient(sim.baseUrl, { network: "acmee", apiKey: DEMO_KEYS.readWrite }).client.countUsersAndGroups()).rejects.toBeInstanceOf(
      TwingateNetworkNotFoundError,
    );
  });

  it("classifies injected faults: html, malformed-json, wrong-shape", async () => {
    const { client } = big();
    await client.countUsersAndGroups();
    sim.faults.push({ kind: "html" });
    await expect(client.countUsersAndGroups()).rejects.toBeInstanceOf(TwingateNotJsonError);
    sim.faults.push({ kind: "malformed-json" });
    await expect(client.countUsersAndGroups()).rejects.toBeInstanceOf(TwingateNotJsonError);
    sim.faults.push({ kind: "wrong-shape" });
    await expect(client.countUsersAndGroups()).rejects.toBeInstanceOf(TwingateBadResponseError);
  });

  it("waits out an injected 429 with its Retry-After, then succeeds", async () => {
    const { client, clock } = big();
    await client.countUsersAndGroups();
    sim.faults.push({ kind: "status", status: 429, retryAfter: 9, times: 2 });
    await expect(client.countUsersAndGroups()).resolves.toMatchObject({ users: 260 });
    expect(clock.sleeps).toEqual([9000, 9000]);
  });

  it("429s beyond the attempts are TG_RATE_LIMITED", async () => {
    const { client } = testClient(sim.baseUrl, { network: "big", apiKey: KEY, retry: { maxAttempts: 2 } });
    sim.faults.push({ kind: "status", status: 429, retryAfter: 1, times: 5 });
    await expect(client.countUsersAndGroups()).rejects.toBeInstanceOf(TwingateRateLimitedError);
  });

  it.each([
    ["a new connection", false],
    ["a reused connection (the keep-alive race looks the same; src/net/stale-connection.ts)", true],
  ])("does not resend a mutation whose connection dropped on %s", async (_, reused) => {
    // A connection pool of its own: whether the mutation's connection is new or reused is this test's choice.
    const { client } = testClient(sim.baseUrl, { network: "big", apiKey: KEY, http: createNodeHttpExchange() });
    if (reused) await client.countUsersAndGroups();
    sim.resetStats();
    sim.faults.push({ kind: "drop", times: 3 });
    const schema = z.object({ groupUpdate: z.object({ ok: z.boolean() }) });
    const err = await client
      .mutate('mutation { groupUpdate(id: "R3JvdXA6MQ==", name: "renamed") { ok error } }', { schema, payloadField: "groupUpdate" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateConnectionError);
    expect(err).toMatchObject({ mayHaveApplied: true, attempts: 1 });
    expect(sim.stats.requests).toBe(1);
    expect(sim.faults.pending()).toBe(2);
  });

  it("the write probe reads write permission from 'does not exist'", async () => {
    const { client } = big();
    await expect(client.probeWritePermission()).resolves.toMatchObject({ permission: "write" });
  });

  it("client pacing keeps 61 reads under the simulator's 60/min limit by waiting for the window", async () => {
    const clock = new VirtualClock();
    const local = await startSimulator({
      networks: [{ name: "acme", tokens: [{ key: KEY, permission: "read" }] }],
      now: () => clock.now(),
    });
    try {
      const { client } = testClient(local.baseUrl, { apiKey: KEY, clock, pacer: new Pacer({}, clock) });
      for (let i = 0; i < 61; i++) await client.countUsersAndGroups();
      expect(clock.sleeps).toEqual([60_000]);
      expect(local.stats.rateLimited).toBe(0);
      expect(client.stats.requests).toBe(61);
    } finally {
      await local.close();
    }
  });
});
