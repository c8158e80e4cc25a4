import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import * as z from "zod";
import type { TwingateClientOptions } from "../../src/twingate/client";
import { TwingateConnectionError } from "../../src/twingate/errors";
import { createNodeHttpExchange } from "../../src/twingate/http-exchange";
import { COUNTS_OK, testClient as sharedTestClient } from "./client-helpers";

/**
 * The keep-alive race on the Twingate client: the server closes an idle kept-alive connection
 * just as the client reuses it, and the request fails before any answer. A query goes again once on
 * a new connection (src/net/stale-connection.ts); a mutation the server may have read whole does
 * not (a server that acted on it and then dropped the connection looks the same), nor does a
 * request on a new connection, or one that heard any byte of an answer.
 *
 * The server here answers the first request on each connection, and meets the next one on that
 * connection the way a server that just closed it does: every time, no timing involved.
 */

const MUTATION = 'mutation Rename { groupUpdate(id: "R3JvdXA6MQ==", name: "x") { ok error } }';
const mutationSchema = z.object({ groupUpdate: z.object({ ok: z.boolean(), error: z.string().nullable() }) });

/** What the server does with a request it will not answer. */
type Refusal = "fin" | "rst" | "partial";

interface Seen {
  socket: number;
  operation: "query" | "mutation";
}

/** A client with its own connection pool: no test reuses another's connections. */
function testClient(baseUrl: string, overrides: Partial<TwingateClientOptions>) {
  return sharedTestClient(baseUrl, { http: createNodeHttpExchange(), ...overrides });
}

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];
/** How the server meets a request on a connection that already carried one. */
let onReused: Refusal = "fin";
/** Refuse every request, the first on a connection too. */
let refuseAll = false;
/** Connections made so far in this test (numbered from 1). */
let sockets = 0;

function refuse(socket: Socket, how: Refusal): void {
  if (how === "rst") socket.resetAndDestroy(); // the kernel's answer to data on a closed socket
  else if (how === "partial") socket.end("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"); // part of a head, then FIN
  else socket.destroy(); // FIN without an answer: "socket hang up"
}

beforeAll(async () => {
  const ids = new WeakMap<Socket, number>();
  const counts = new WeakMap<Socket, number>();
  server = createServer((req, res) => {
    const socket = req.socket;
    if (!ids.has(socket)) ids.set(socket, ++sockets);
    const n = (counts.get(socket) ?? 0) + 1;
    counts.set(socket, n);
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const operation = body.includes("mutation") ? "mutation" : "query";
      seen.push({ socket: ids.get(socket)!, operation });
      if (refuseAll) return refuse(socket, "fin");
      if (n > 1) return refuse(socket, onReused);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(operation === "mutation" ? { data: { groupUpdate: { ok: true, error: null } } } : COUNTS_OK));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/{network}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen.length = 0;
  onReused = "fin";
  refuseAll = false;
  sockets = 0;
});

describe("Twingate client and a kept-alive connection the server has closed", () => {
  it.each<Refusal>(["fin", "rst"])("sends a query that met it (%s) again, once, on a new connection", async (how) => {
    onReused = how;
    const { client, events } = testClient(baseUrl, { retry: { maxAttempts: 1 } });
    await client.countUsersAndGroups();
    await expect(client.countUsersAndGroups()).resolves.toBeDefined();
    // The second query went out on the first's connection, met the close, and went again on a new one.
    expect(seen).toEqual([
      { socket: 1, operation: "query" },
      { socket: 1, operation: "query" },
      { socket: 2, operation: "query" },
    ]);
    // Counted and logged as a request of its own, within the same attempt; not a policy retry.
    expect(client.stats).toMatchObject({ requests: 3, retries: 0 });
    const requests = events.filter((e) => e.type === "request");
    expect(requests.map((e) => [e.operation, e.attempt, e.resentAfter])).toEqual([
      ["CountUsersAndGroups", 1, undefined],
      ["CountUsersAndGroups", 1, undefined],
      ["CountUsersAndGroups", 1, "ECONNRESET"],
    ]);
  });

  it.each<Refusal>(["fin", "rst"])("never sends again a mutation the server may have read whole (%s): reported as maybe applied", async (how) => {
    onReused = how;
    const { client } = testClient(baseUrl, { retry: { maxAttempts: 3 } });
    await client.countUsersAndGroups();
    const error = await client.mutate(MUTATION, { schema: mutationSchema, payloadField: "groupUpdate" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwingateConnectionError);
    expect(error).toMatchObject({ mayHaveApplied: true, attempts: 1 });
    expect(seen).toEqual([
      { socket: 1, operation: "query" },
      { socket: 1, operation: "mutation" },
    ]);
    expect(client.stats.requests).toBe(2);
  });

  it("sends it again on a connection of its own, not on another pooled one the server closed too", async () => {
    const { client } = testClient(baseUrl, { retry: { maxAttempts: 1 } });
    // Two connections in the pool, both of which the server then meets as closed.
    await Promise.all([client.countUsersAndGroups(), client.countUsersAndGroups()]);
    expect(new Set(seen.map((s) => s.socket))).toEqual(new Set([1, 2]));
    await expect(client.countUsersAndGroups()).resolves.toBeDefined();
    expect(seen.slice(2).map((s) => s.socket)).toEqual([expect.any(Number), 3]);
    expect(client.stats.requests).toBe(4);
  });

  it("reports a mutation that fails on a new connection, not sent again", async () => {
    refuseAll = true;
    const { client } = testClient(baseUrl, { retry: { maxAttempts: 3 } });
    const error = await client.mutate(MUTATION, { schema: mutationSchema, payloadField: "groupUpdate" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwingateConnectionError);
    expect(error).toMatchObject({ mayHaveApplied: true, attempts: 1 });
    expect(seen).toEqual([{ socket: 1, operation: "mutation" }]);
    expect(client.stats.requests).toBe(1);
  });

  it("sends it again only once: a failure on the new connection too is reported, and says so", async () => {
    const { client } = testClient(baseUrl, { retry: { maxAttempts: 1 } });
    await client.countUsersAndGroups();
    refuseAll = true;
    const error = await client.countUsersAndGroups().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwingateConnectionError);
    expect(error).toMatchObject({ attempts: 1 });
    expect((error as Error).message).toContain("when sent again on a new connection, the kept-alive one it went out on first having been closed by the server (ECONNRESET)");
    expect(seen.map((s) => s.socket)).toEqual([1, 1, 2]);
    expect(client.stats.requests).toBe(3);
  });

  it("never sends again a request that heard part of an answer", async () => {
    onReused = "partial";
    const { client } = testClient(baseUrl, { retry: { maxAttempts: 1 } });
    await client.countUsersAndGroups();
    const error = await client.countUsersAndGroups().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(seen.map((s) => s.socket)).toEqual([1, 1]);
    expect(client.stats.requests).toBe(2);
  });
});
