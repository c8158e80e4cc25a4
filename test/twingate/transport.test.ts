import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import * as z from "zod";
import {
  TwingateBadRequestError,
  TwingateBadResponseError,
  TwingateCancelledError,
  TwingateConnectionError,
  TwingateDnsError,
  TwingateForbiddenError,
  TwingateGraphQLErrorsError,
  TwingateMutationFailedError,
  TwingateNetworkNotFoundError,
  TwingateNotJsonError,
  TwingateProtocolError,
  TwingateRateLimitedError,
  TwingateRedirectError,
  TwingateServerError,
  TwingateTimeoutError,
  TwingateTlsError,
  TwingateUnauthorizedError,
  TwingateUnexpectedStatusError,
} from "../../src/twingate/errors";
import { systemClock, type Clock } from "../../src/twingate/clock";
import { USER_AGENT } from "../../src/twingate/version";
import { CANARY_KEY, COUNTS_OK, testClient } from "./client-helpers";
import { closedPort, json, startStub, startTlsStub, type StubServer } from "./stub-server";

const MUTATION = 'mutation Rename { groupUpdate(id: "R3JvdXA6MQ==", name: "x") { ok error } }';
const mutationSchema = z.object({ groupUpdate: z.object({ ok: z.boolean(), error: z.string().nullable() }) });

let stub: StubServer | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

describe("request shape", () => {
  it("POSTs JSON to /<network>/api/graphql/ with the key, content-type and user agent", async () => {
    stub = await startStub((_req, res) => json(res, 200, COUNTS_OK));
    const { client } = testClient(stub.baseUrl);
    await expect(client.countUsersAndGroups()).resolves.toEqual({ users: 25, groups: 8 });
    const [req] = stub.requests;
    expect(req?.method).toBe("POST");
    expect(req?.url).toBe("/acme/api/graphql/");
    expect(req?.headers["x-api-key"]).toBe(CANARY_KEY);
    expect(req?.headers["content-type"]).toBe("application/json");
    expect(req?.headers["user-agent"]).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^cdktf-twingate-conductorone\/\d+\.\d+\.\d+/);
    expect(JSON.parse(req?.body ?? "{}").query).toContain("totalCount");
    expect(client.stats.requests).toBe(1);
  });
});

describe("status classification", () => {
  const cases: [number, new (...args: never[]) => Error, string][] = [
    [400, TwingateBadRequestError, "TG_BAD_REQUEST"],
    [401, TwingateUnauthorizedError, "TG_UNAUTHORIZED"],
    [403, TwingateForbiddenError, "TG_FORBIDDEN"],
    [404, TwingateNetworkNotFoundError, "TG_NETWORK_NOT_FOUND"],
    [409, TwingateUnexpectedStatusError, "TG_UNEXPECTED_STATUS"],
    [501, TwingateServerError, "TG_SERVER_ERROR"],
  ];
  it.each(cases)("HTTP %i → %p, not retried", async (status, cls, code) => {
    stub = await startStub((_req, res) => json(res, status, { errors: [{ message: `status ${status}` }] }));
    const { client } = testClient(stub.baseUrl);
    const err = await client.countUsersAndGroups().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(cls);
    expect((err as { code: string }).code).toBe(code);
    expect((err as { status: number }).status).toBe(status);
    expect((err as Error).message).toContain(`127.0.0.1:${stub.port}/acme/api/graphql/`);
    expect(stub.requests).toHaveLength(1);
  });

  it("401 names invalid, revoked and the allowed IP range", async () => {
    stub = await startStub((_req, res) => json(res, 401, { message: "Unauthorized" }));
    const err = await testClient(stub.baseUrl).client.countUsersAndGroups().catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/invalid/);
    expect((err as Error).message).toMatch(/revoked/);
    expect((err as Error).message).toMatch(/allowed range/);
    expect((err as { retryable: boolean }).retryable).toBe(false);
  });

  it("keeps the 400 GraphQL validation messages", async () => {
    stub = await startStub((_req, res) => json(res, 400, { errors: [{ message: "Cannot query field 'routingMode' on type 'Resource'" }] }));
    const err = (await testClient(stub.baseUrl).client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateBadRequestError;
    expect(err.errors[0]?.message.value).toContain("routingMode");
    expect(err.message).toContain("routingMode");
  });

  it("an HTML page with status 200 is TG_NOT_JSON pointing at the network name", async () => {
    stub = await startStub((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<!DOCTYPE html><html><body>Sign in</body></html>");
    });
    const err = await testClient(stub.baseUrl).client.countUsersAndGroups().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateNotJsonError);
    expect((err as Error).message).toMatch(/HTML page/);
    expect((err as Error).message).toMatch(/network name/);
  });

  it("a JSON content-type with a malformed body is TG_NOT_JSON", async () => {
    stub = await startStub((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"data": {"users": ');
    });
    const err = await testClient(stub.baseUrl).client.countUsersAndGroups().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateNotJsonError);
    expect((err as Error).message).toMatch(/malformed JSON/);
  });

  it("text/plain is TG_NOT_JSON with the content-type", async () => {
    stub = await startStub((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("hello");
    });
    const err = await testClient(stub.baseUrl).client.countUsersAndGroups().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateNotJsonError);
    expect((err as Error).message).toContain("text/plain");
  });

  it("top-level errors are TG_GRAPHQL_ERRORS with messages and paths, even next to data", async () => {
    stub = await startStub((_req, res) =>
      json(res, 200, { data: { users: null }, errors: [{ message: "'NoneType' object has no attribute 'items'", path: ["users"] }] }),
    );
    const err = (await testClient(stub.baseUrl).client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateGraphQLErrorsError;
    expect(err).toBeInstanceOf(TwingateGraphQLErrorsError);
    expect(err.errors.map((e) => ({ message: e.message.value, path: e.path?.value }))).toEqual([{ message: "'NoneType' object has no attribute 'items'", path: "users" }]);
    expect(err.message).toContain("(at users)");
  });

  it("a wrong shape is TG_BAD_RESPONSE naming the path", async () => {
    stub = await startStub((_req, res) => json(res, 200, { data: { users: { totalCount: 1, pageInfo: "many" }, groups: { totalCount: 3, pageInfo: { hasNextPage: false } } } }));
    const err = (await testClient(stub.baseUrl).client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateBadResponseError;
    expect(err).toBeInstanceOf(TwingateBadResponseError);
    expect(err.path).toBe("data.users.pageInfo");
    expect(err.message).toContain("data.users.pageInfo");
  });

  it.each([
    ["null", null],
    ["missing", undefined],
    ["a string", "many"],
    ["negative", -3],
    ["fractional", 2.5],
  ])("a %s totalCount still proves the key reads: the count is unknown, not an error", async (_label, totalCount) => {
    const page = { ...(totalCount === undefined ? {} : { totalCount }), pageInfo: { hasNextPage: true } };
    stub = await startStub((_req, res) => json(res, 200, { data: { users: page, groups: { totalCount: 4, pageInfo: { hasNextPage: false } } } }));
    await expect(testClient(stub.baseUrl).client.countUsersAndGroups()).resolves.toEqual({ users: null, groups: 4 });
  });

  it("a JSON array body is TG_BAD_RESPONSE", async () => {
    stub = await startStub((_req, res) => json(res, 200, [1, 2]));
    await expect(testClient(stub.baseUrl).client.countUsersAndGroups()).rejects.toBeInstanceOf(TwingateBadResponseError);
  });

  it("ok:false is TG_MUTATION_FAILED keeping the error text", async () => {
    stub = await startStub((_req, res) => json(res, 200, { data: { groupUpdate: { ok: false, error: "Group does not exist." } } }));
    const { client } = testClient(stub.baseUrl);
    const err = (await client.mutate(MUTATION, { schema: mutationSchema, payloadField: "groupUpdate" }).catch((e: unknown) => e)) as TwingateMutationFailedError;
    expect(err).toBeInstanceOf(TwingateMutationFailedError);
    expect(err.error?.value).toBe("Group does not exist.");
  });

  it("ok:true passes the mutation result through the schema", async () => {
    stub = await startStub((_req, res) => json(res, 200, { data: { groupUpdate: { ok: true, error: null } } }));
    const { client } = testClient(stub.baseUrl);
    await expect(client.mutate(MUTATION, { schema: mutationSchema, payloadField: "groupUpdate" })).resolves.toEqual({
      groupUpdate: { ok: true, error: null },
    });
  });
});

describe("compressed answers (Content-Encoding)", () => {
  const ENCODERS: Record<string, (b: Buffer) => Buffer> = { gzip: gzipSync, "x-gzip": gzipSync, deflate: deflateSync, br: brotliCompressSync };
  const answer = (encoding: string, body: Buffer) =>
    startStub((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": encoding });
      res.end(body);
    });

  it.each(Object.keys(ENCODERS))("reads a %s body", async (encoding) => {
    stub = await answer(encoding, ENCODERS[encoding]!(Buffer.from(JSON.stringify(COUNTS_OK))));
    await expect(testClient(stub.baseUrl).client.countUsersAndGroups()).resolves.toEqual({ users: 25, groups: 8 });
  });

  // Every encoding's decoder fails with its own codes (zlib's Z_DATA_ERROR, Z_BUF_ERROR; brotli's
  // ERR__ERROR_FORMAT_…): each is the same fault, a broken answer, reported at once and not retried.
  it.each(
    Object.keys(ENCODERS).flatMap((encoding) => [
      [encoding, "not compressed at all", Buffer.from("not compressed at all, definitely")],
      [encoding, "cut short", ENCODERS[encoding]!(Buffer.from(JSON.stringify({ ...COUNTS_OK, padding: "x".repeat(5000) }))).subarray(0, 12)],
      [encoding, "damaged in the middle", (() => {
        const b = ENCODERS[encoding]!(Buffer.from(JSON.stringify({ ...COUNTS_OK, padding: Array.from({ length: 400 }, (_, i) => i).join(",") })));
        for (let i = 6; i < b.length - 4; i += 7) b[i] = b[i]! ^ 0x5a;
        return b;
      })()],
    ]),
  )("a %s body %s is TG_PROTOCOL after one request, not retried", async (encoding, _what, body) => {
    stub = await answer(encoding, body);
    const { client, clock } = testClient(stub.baseUrl);
    const err = await client.countUsersAndGroups().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateProtocolError);
    expect((err as Error).message).toContain(`not valid ${encoding}`);
    expect(stub.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe("retries", () => {
  it("honours Retry-After on 429 and then succeeds", async () => {
    let n = 0;
    stub = await startStub((_req, res) => (n++ < 2 ? json(res, 429, { errors: [{ message: "429 Too Many Requests" }] }, { "retry-after": "7" }) : json(res, 200, COUNTS_OK)));
    const { client, clock, events } = testClient(stub.baseUrl);
    await expect(client.countUsersAndGroups()).resolves.toEqual({ users: 25, groups: 8 });
    expect(clock.sleeps).toEqual([7000, 7000]);
    expect(client.stats.requests).toBe(3);
    expect(client.stats.retries).toBe(2);
    expect(events.filter((e) => e.type === "retry")).toHaveLength(2);
  });

  it("waits 60 s on a 429 without Retry-After; a Retry-After beyond maxRetryAfterMs is not waited for at all", async () => {
    let n = 0;
    stub = await startStub((_req, res) => {
      n++;
      if (n === 1) return json(res, 429, {});
      if (n === 2) return json(res, 429, {}, { "retry-after": "3600" });
      return json(res, 200, COUNTS_OK);
    });
    const { client, clock } = testClient(stub.baseUrl, { retry: { maxRetryAfterMs: 90_000 } });
    const err = (await client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateRateLimitedError;
    // Waiting 90 s for a server that asked for an hour only earns another 429: never retry what cannot succeed.
    expect(err).toBeInstanceOf(TwingateRateLimitedError);
    expect(err.retryAfterSeconds).toBe(3600);
    expect(err.message).toContain("asked to wait 3600 s, more than the 90 s the client waits at most");
    expect(clock.sleeps).toEqual([60_000]);
    expect(stub.requests).toHaveLength(2);
  });

  it("429 until attempts run out is TG_RATE_LIMITED, never phrased as a bad key", async () => {
    stub = await startStub((_req, res) => json(res, 429, {}, { "retry-after": "2" }));
    const { client, clock } = testClient(stub.baseUrl, { retry: { maxAttempts: 3 } });
    const err = (await client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateRateLimitedError;
    expect(err).toBeInstanceOf(TwingateRateLimitedError);
    expect(err.code).toBe("TG_RATE_LIMITED");
    expect(err.retryable).toBe(true);
    expect(err.attempts).toBe(3);
    expect(err.message).not.toMatch(/invalid|revoked|unauthori/i);
    expect(err.message).toMatch(/says nothing about the API key/);
    expect(stub.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([2000, 2000]);
  });

  it("retries 5xx with capped exponential backoff and full jitter", async () => {
    stub = await startStub((_req, res) => json(res, 502, {}));
    const { client, clock } = testClient(stub.baseUrl, {
      retry: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 3000 },
      random: () => 0.999,
    });
    const err = await client.countUsersAndGroups().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateServerError);
    expect((err as TwingateServerError).status).toBe(502);
    // ceilings 1000, 2000, 3000 (capped), 3000; jitter 0.999 of each
    expect(clock.sleeps).toEqual([999, 1998, 2997, 2997]);
    expect(stub.requests).toHaveLength(5);
  });

  it("a 501 after retried 503s reports every attempt made", async () => {
    let calls = 0;
    stub = await startStub((_req, res) => json(res, ++calls < 3 ? 503 : 501, {}));
    const err = (await testClient(stub.baseUrl).client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateServerError;
    expect(err).toBeInstanceOf(TwingateServerError);
    expect(err.status).toBe(501);
    expect(err.retryable).toBe(false);
    expect(err.message).toContain("after 3 attempt(s)");
    expect(stub.requests).toHaveLength(3);
  });

  it("never retries 4xx other than 429", async () => {
    stub = await startStub((_req, res) => json(res, 403, {}));
    const { client, clock } = testClient(stub.baseUrl);
    await expect(client.countUsersAndGroups()).rejects.toBeInstanceOf(TwingateForbiddenError);
    expect(stub.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it("retries a query after a dropped connection", async () => {
    let n = 0;
    stub = await startStub((_req, res, raw) => (n++ === 0 ? raw.socket.destroy() : json(res, 200, COUNTS_OK)));
    const { client } = testClient(stub.baseUrl);
    await expect(client.countUsersAndGroups()).resolves.toEqual({ users: 25, groups: 8 });
    expect(stub.requests).toHaveLength(2);
  });

  it("does not retry a non-idempotent mutation after a dropped connection", async () => {
    stub = await startStub((_req, _res, raw) => raw.socket.destroy());
    const { client } = testClient(stub.baseUrl);
    const err = (await client.mutate(MUTATION, { schema: mutationSchema, payloadField: "groupUpdate" }).catch((e: unknown) => e)) as TwingateConnectionError;
    expect(err).toBeInstanceOf(TwingateConnectionError);
    expect(err.mayHaveApplied).toBe(true);
    expect(err.message).toMatch(/may or may not have been applied/);
    expect(stub.requests).toHaveLength(1);
  });

  it("retries an idempotent mutation after a dropped connection", async () => {
    let n = 0;
    stub = await startStub((_req, res, raw) => (n++ === 0 ? raw.socket.destroy() : json(res, 200, { data: { groupUpdate: { ok: true, error: null } } })));
    const { client } = testClient(stub.baseUrl);
    await client.mutate(MUTATION, { schema: mutationSchema, payloadField: "groupUpdate", idempotent: true });
    expect(stub.requests).toHaveLength(2);
  });

  it("does not retry a non-idempotent mutation on 500 but does on 429", async () => {
    let n = 0;
    stub = await startStub((_req, res) => (n++ === 0 ? json(res, 429, {}, { "retry-after": "1" }) : json(res, 500, {})));
    const { client } = testClient(stub.baseUrl);
    const err = await client.mutate(MUTATION, { schema: mutationSchema, payloadField: "groupUpdate" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateServerError);
    expect(stub.requests).toHaveLength(2);
  });
});

describe("timeouts and cancellation", () => {
  const slow = (ms: number) => (_req: unknown, res: import("node:http").ServerResponse) => {
    const t = setTimeout(() => json(res, 200, COUNTS_OK), ms);
    res.on("close", () => clearTimeout(t));
  };

  it("a query that times out is retried, then TG_TIMEOUT", async () => {
    stub = await startStub(slow(2000));
    const { client } = testClient(stub.baseUrl, { timeoutMs: 50, retry: { maxAttempts: 2 } });
    const err = (await client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateTimeoutError;
    expect(err).toBeInstanceOf(TwingateTimeoutError);
    expect(err.mayHaveApplied).toBe(false);
    expect(err.message).toContain("50 ms");
    expect(stub.requests).toHaveLength(2);
  });

  it("a mutation that times out is never retried", async () => {
    stub = await startStub(slow(2000));
    const { client } = testClient(stub.baseUrl, { timeoutMs: 50 });
    const err = (await client.mutate(MUTATION, { schema: mutationSchema, payloadField: "groupUpdate" }).catch((e: unknown) => e)) as TwingateTimeoutError;
    expect(err).toBeInstanceOf(TwingateTimeoutError);
    expect(err.mayHaveApplied).toBe(true);
    expect(stub.requests).toHaveLength(1);
  });

  it("the caller's signal cancels an in-flight request as TG_CANCELLED", async () => {
    stub = await startStub(slow(2000));
    const { client } = testClient(stub.baseUrl);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const err = await client.countUsersAndGroups({ signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateCancelledError);
  });

  it("the caller's signal cancels a retry wait (real clock, long Retry-After)", async () => {
    // 100 s: only the cancellation can end the wait within the test's timeout.
    stub = await startStub((_req, res) => json(res, 429, {}, { "retry-after": "100" }));
    const controller = new AbortController();
    const waits: number[] = [];
    // The real clock; the caller aborts once the client is in the wait (not on a timer: on a loaded
    // machine a timer may fire before the first request has even been answered).
    const clock: Clock = {
      now: systemClock.now,
      sleep: (ms, signal) => {
        waits.push(ms);
        const slept = systemClock.sleep(ms, signal);
        setImmediate(() => controller.abort());
        return slept;
      },
    };
    const { client } = testClient(stub.baseUrl, { clock });
    const err = await client.countUsersAndGroups({ signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateCancelledError);
    expect(stub.requests).toHaveLength(1);
    expect(waits).toHaveLength(1);
  });

  it("an already-aborted signal sends nothing", async () => {
    stub = await startStub((_req, res) => json(res, 200, COUNTS_OK));
    const { client } = testClient(stub.baseUrl);
    await expect(client.countUsersAndGroups({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(TwingateCancelledError);
    expect(stub.requests).toHaveLength(0);
  });
});

describe("connection failures", () => {
  it("a refused connection is retried, then TG_CONNECTION", async () => {
    const port = await closedPort();
    const { client, clock } = testClient(`http://127.0.0.1:${port}/{network}`, { retry: { maxAttempts: 3 } });
    const err = (await client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateConnectionError;
    expect(err).toBeInstanceOf(TwingateConnectionError);
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(err.attempts).toBe(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it("an unresolvable host is TG_DNS, not retried", async () => {
    const { client } = testClient("http://{network}.invalid");
    const err = (await client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateDnsError;
    expect(err).toBeInstanceOf(TwingateDnsError);
    expect(err.host).toBe("acme.invalid");
    expect(client.stats.requests).toBe(1);
  });

  it("a temporary DNS failure (EAI_AGAIN) is TG_DNS named as temporary, retried (nothing was sent)", async () => {
    let calls = 0;
    const http = async (): Promise<never> => {
      calls++;
      throw Object.assign(new Error("getaddrinfo EAI_AGAIN acme.twingate.com"), { code: "EAI_AGAIN" });
    };
    const { client, clock } = testClient("https://{network}.twingate.com", { retry: { maxAttempts: 3 }, http });
    const err = (await client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateDnsError;
    expect(err).toBeInstanceOf(TwingateDnsError);
    expect(err.code).toBe("TG_DNS");
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(/temporary DNS failure \(EAI_AGAIN\), 3 attempt/);
    expect(err.message).not.toMatch(/refused|firewall/);
    expect(calls).toBe(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  it("https:// to a plain-HTTP port (EPROTO) is TG_TLS saying the server did not speak TLS, not a certificate problem", async () => {
    stub = await startStub((_req, res) => json(res, 200, COUNTS_OK));
    const { client } = testClient(stub.baseUrl.replace("http://", "https://"));
    const err = (await client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateTlsError;
    expect(err).toBeInstanceOf(TwingateTlsError);
    expect(err.problem).toBe("not-tls");
    expect(err.message).toContain("the server did not speak TLS");
    expect(err.message).not.toContain("certificate is not valid");
    expect(client.stats.requests).toBe(1);
  });

  it("a self-signed certificate is TG_TLS, never retried", async () => {
    stub = await startTlsStub((_req, res) => json(res, 200, COUNTS_OK));
    const { client } = testClient(stub.baseUrl);
    const err = (await client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateTlsError;
    expect(err).toBeInstanceOf(TwingateTlsError);
    expect(err.reason).toBe("DEPTH_ZERO_SELF_SIGNED_CERT");
    expect(client.stats.requests).toBe(1);
  });
});

describe("shard redirect", () => {
  it("follows a 308 once, re-sends the same body, and caches the shard", async () => {
    stub = await startStub((req, res) => {
      if (req.url === "/acme/api/graphql/") {
        res.writeHead(308, { location: "/acme.us1/api/graphql/" });
        return res.end();
      }
      json(res, 200, COUNTS_OK);
    });
    const { client, events } = testClient(stub.baseUrl);
    expect(client.endpoint()).toBe(`http://127.0.0.1:${stub.port}/acme/api/graphql/`);
    for (let i = 0; i < 5; i++) await client.countUsersAndGroups();
    expect(stub.requests.map((r) => r.url)).toEqual([
      "/acme/api/graphql/",
      ...Array<string>(5).fill("/acme.us1/api/graphql/"),
    ]);
    expect(stub.requests[1]?.body).toBe(stub.requests[0]?.body);
    expect(stub.requests[1]?.headers["x-api-key"]).toBe(CANARY_KEY);
    expect(client.endpoint()).toBe(`http://127.0.0.1:${stub.port}/acme.us1/api/graphql/`);
    expect(client.stats).toMatchObject({ requests: 6, redirects: 1 });
    expect(events.filter((e) => e.type === "redirect")).toHaveLength(1);
  });

  it("two calls at once: a dropped connection is named at the URL it went to, though the other call moved the endpoint to the shard", async () => {
    let redirected!: () => void;
    const shardAnswered = new Promise<void>((resolve) => (redirected = resolve));
    stub = await startStub((req, res, raw) => {
      if (req.body.includes("CountUsersAndGroups")) {
        // Held at the apex until the other call has been sent to the shard and answered, then dropped.
        void shardAnswered.then(() => setTimeout(() => raw.socket.destroy(), 50));
        return;
      }
      if (req.url === "/acme/api/graphql/") {
        res.writeHead(308, { location: "/acme.us1/api/graphql/" });
        return res.end();
      }
      res.on("finish", () => redirected());
      json(res, 200, { data: { groupUpdate: { ok: true, error: null } } });
    });
    const { client } = testClient(stub.baseUrl, { retry: { maxAttempts: 1 } });
    const [read, write] = await Promise.allSettled([
      client.countUsersAndGroups(),
      client.mutate(MUTATION, { schema: mutationSchema, payloadField: "groupUpdate" }),
    ]);
    expect(write.status).toBe("fulfilled");
    expect(client.endpoint()).toBe(`http://127.0.0.1:${stub.port}/acme.us1/api/graphql/`);
    expect(read.status).toBe("rejected");
    const err = (read as PromiseRejectedResult).reason as TwingateConnectionError;
    expect(err).toBeInstanceOf(TwingateConnectionError);
    expect(err.message).toContain(`127.0.0.1:${stub.port}/acme/api/graphql/`);
    expect(err.message).not.toContain("acme.us1");
    expect(client.stats).toMatchObject({ requests: 3, redirects: 1 });
  });

  it.each([301, 302, 307])("tolerates %i", async (status) => {
    stub = await startStub((req, res) => {
      if (req.url === "/acme/api/graphql/") {
        res.writeHead(status, { location: `http://127.0.0.1:${stub?.port}/acme.eu1/api/graphql/` });
        return res.end();
      }
      json(res, 200, COUNTS_OK);
    });
    const { client } = testClient(stub.baseUrl);
    await client.countUsersAndGroups();
    expect(stub.requests[1]?.method).toBe("POST");
    expect(client.endpoint()).toContain("/acme.eu1/");
  });

  it("refuses a redirect to another host as TG_REDIRECT and sends nothing there", async () => {
    stub = await startStub((_req, res) => {
      res.writeHead(308, { location: "http://evil.example/api/graphql/" });
      res.end();
    });
    const { client } = testClient(stub.baseUrl);
    const err = (await client.countUsersAndGroups().catch((e: unknown) => e)) as TwingateRedirectError;
    expect(err).toBeInstanceOf(TwingateRedirectError);
    expect(err.location?.value).toBe("http://evil.example/api/graphql/");
    expect(err.message).toMatch(/the host evil\.example is not the configured 127\.0\.0\.1/);
    expect(client.stats.requests).toBe(1);
  });

  it("refuses a redirect loop", async () => {
    stub = await startStub((_req, res) => {
      res.writeHead(308, { location: "/acme.us1/api/graphql/" });
      res.end();
    });
    const err = await testClient(stub.baseUrl).client.countUsersAndGroups().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TwingateRedirectError);
    expect((err as Error).message).toMatch(/more than 3 redirects/);
  });

  it("a 303 is not followed", async () => {
    stub = await startStub((_req, res) => {
      res.writeHead(303, { location: "/elsewhere" });
      res.end();
    });
    await expect(testClient(stub.baseUrl).client.countUsersAndGroups()).rejects.toBeInstanceOf(TwingateRedirectError);
  });
});
