import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { checkCredentials, type CheckCredentialsOptions } from "../../src/reconciler/credentials";
import { Pacer } from "../../src/twingate/pacer";
import { VirtualClock } from "../helpers/virtual-clock";
import { interceptingExchange } from "../helpers/http";
import { json, startStub } from "../twingate/stub-server";

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
  sim.setOptions({ readOnlyMutation: "graphql-error" });
});

/** Fast, isolated options: fake clock for waits, private pacer. */
function check(overrides: Partial<CheckCredentialsOptions>) {
  const clock = new VirtualClock();
  return checkCredentials({
    network: "acme",
    apiKey: DEMO_KEYS.readWrite,
    require: "write",
    baseUrl: sim.baseUrl,
    clock,
    pacer: new Pacer({}, clock),
    ...overrides,
  });
}

const READ_WRITE_FIX =
  "generate a Read & Write API key under Settings → API in Twingate (this key is Read-only; ConductorOne needs Read & Write to provision group membership)";

describe("checkCredentials", () => {
  it("a read-write key asked for write passes with permission write and the counts", async () => {
    const result = await check({});
    expect(result).toMatchObject({ ok: true, required: "write", permission: "write", counts: { users: 25, groups: 8 }, findings: [] });
    expect(result.steps.map((s) => [s.name, s.status])).toEqual([
      ["network", "passed"],
      ["authentication + read", "passed"],
      ["write", "passed"],
    ]);
    expect(result.requests).toBe(2);
    expect(result.endpoint).toBe(`http://127.0.0.1:${sim.port}/acme/api/graphql/`);
    expect(result.network).toEqual({ input: "acme", label: "acme", baseDomain: "twingate.com" });
  });

  it("require=read sends no mutation and reports read", async () => {
    const result = await check({ require: "read" });
    expect(result).toMatchObject({ ok: true, permission: "read", requests: 1 });
    expect(sim.stats.writes).toBe(0);
    expect(result.steps.map((s) => s.name)).toEqual(["network", "authentication + read"]);
  });

  it.each(["http-403", "graphql-error", "ok-false"] as const)(
    "a read-only key asked for write is PERMISSION_INSUFFICIENT (simulator mode %s)",
    async (mode) => {
      sim.setOptions({ readOnlyMutation: mode });
      const result = await check({ apiKey: DEMO_KEYS.readOnly });
      expect(result.ok).toBe(false);
      expect(result.permission).toBe("read");
      expect(result.findings).toEqual([
        expect.objectContaining({ code: "PERMISSION_INSUFFICIENT", severity: "error", subject: "api_key", fix: READ_WRITE_FIX }),
      ]);
      expect(result.steps.find((s) => s.name === "write")?.status).toBe("failed");
    },
  );

  it("names the requirement in the caller's words, and says the write step passed in words that read as success", async () => {
    const readOnly = await check({ apiKey: DEMO_KEYS.readOnly, inputNames: { requirement: (r) => `access: "${r === "write" ? "provisioning" : "read-only"}"` } });
    expect(readOnly.findings[0]?.message).toMatch(/is Read-only \(.*\), but access: "provisioning" needs a Read & Write key$/);
    const neutral = await check({ apiKey: DEMO_KEYS.readOnly });
    expect(neutral.findings[0]?.message).toMatch(/, but the required permission "write" needs a Read & Write key$/);
    const write = await check({});
    expect(write.steps.find((s) => s.name === "write")?.detail).toMatch(/^the key may write: Twingate accepted a harmless no-op change/);
  });

  it("a read-only key is fine when only read is required", async () => {
    await expect(check({ apiKey: DEMO_KEYS.readOnly, require: "read" })).resolves.toMatchObject({ ok: true, permission: "read" });
  });

  it("a revoked key is TG_UNAUTHORIZED on the api_key, naming where to make a new one", async () => {
    const result = await check({ apiKey: DEMO_KEYS.revoked });
    expect(result).toMatchObject({ ok: false, permission: "none", counts: null });
    expect(result.findings).toEqual([
      {
        code: "TG_UNAUTHORIZED",
        severity: "error",
        subject: "api_key",
        message: expect.stringMatching(/invalid, revoked, or used from an IP address outside the key's allowed range/),
        fix: "generate a new API key under Settings → API in the Twingate admin console for acme.twingate.com, and check the key's allowed IP range",
      },
    ]);
    expect(result.steps.map((s) => s.status)).toEqual(["passed", "failed", "skipped"]);
    // The simulator's apex answers itself (no shard): the probe waits for the read, and a failed read needs none.
    expect(result.requests).toBe(1);
    expect(await check({ apiKey: DEMO_KEYS.revoked, require: "read" })).toMatchObject({ permission: "none", requests: 1 });
  });

  it("a misspelled network is a 404 finding on network", async () => {
    const result = await check({ network: "acmee" });
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({ code: "TG_NETWORK_NOT_FOUND", subject: "network" });
    expect(result.findings[0]?.message).toMatch(/^no Twingate network named 'acmee' at \S+$/);
    // The fix never offers the typo as the right name: it says where the right one is.
    expect(result.findings[0]?.fix).toBe(
      'check the spelling of the network name "acmee" against your Twingate admin console\'s address: the name is the part before .twingate.com in https://<name>.twingate.com, and the base URL',
    );
    expect(result.findings[0]?.fix).not.toMatch(/acmee\.twingate\.com/);
    // One cause, shown once: the failed step points at the finding instead of repeating it.
    expect(result.steps.find((s) => s.status === "failed")?.detail).toBe("failed with TG_NETWORK_NOT_FOUND (below: what is wrong and how to fix it)");
  });

  it("the 404 message names the console host by default", async () => {
    const stub = await startStub((_req, res) => json(res, 404, {}));
    try {
      // A stub standing in for twingate.com below the destination rule: the default base URL, no custom template.
      const result = await checkCredentials({
        network: "acme",
        apiKey: "sim-some-key-123456",
        require: "read",
        http: interceptingExchange({ url: () => new URL(`http://127.0.0.1:${stub.port}/`) }),
      });
      expect(result.findings[0]).toMatchObject({
        code: "TG_NETWORK_NOT_FOUND",
        subject: "network",
        message: "no Twingate network named 'acme' at acme.twingate.com",
        fix: 'check the spelling of the network name "acme" against your Twingate admin console\'s address: the name is the part before .twingate.com in https://<name>.twingate.com',
      });
    } finally {
      await stub.close();
    }
  });

  it.each(["acme.acme.twingate.com", "bad name!", "", "https://acme.example.org"])(
    "invalid network input %p: a network finding and no request",
    async (network) => {
      const result = await check({ network });
      expect(result.ok).toBe(false);
      expect(result.findings[0]).toMatchObject({ code: "TG_NETWORK_INVALID", subject: "network", severity: "error" });
      expect(result.requests).toBe(0);
      expect(result.endpoint).toBeNull();
      expect(result.steps.map((s) => s.status)).toEqual(["failed", "skipped", "skipped"]);
      expect(sim.stats.requests).toBe(0);
    },
  );

  it("an invalid base URL is an endpoint finding and no request", async () => {
    const result = await check({ baseUrl: "http://127.0.0.1:1/acme" });
    expect(result.findings[0]).toMatchObject({ code: "TG_BASE_URL_INVALID", subject: "endpoint" });
    expect(result.requests).toBe(0);
  });

  it("an invalid network and an invalid base URL are both reported, in one round", async () => {
    const result = await check({ network: "bad name!", baseUrl: "ftp://x/{network}", timeBudgetMs: -1 });
    expect(result.findings.map((f) => f.code)).toEqual(["TG_NETWORK_INVALID", "TG_BASE_URL_INVALID", "TG_OPTIONS_INVALID"]);
    expect(result.requests).toBe(0);
    expect(sim.stats.requests).toBe(0);
  });

  it("a key found in another input stops the input checks there: nothing else quotes the inputs", async () => {
    const result = await check({ network: DEMO_KEYS.readOnly, baseUrl: "ftp://x/{network}" });
    // A key-shaped network is refused by its shape (anyone's key), alone: the base URL's problem waits for the next round.
    expect(result.findings.map((f) => f.code)).toEqual(["TG_NETWORK_INVALID"]);
    expect(JSON.stringify(result)).not.toContain(DEMO_KEYS.readOnly);
  });

  it("an empty key is an api_key finding and no request", async () => {
    const result = await check({ apiKey: "   " });
    expect(result.findings[0]).toMatchObject({ code: "TG_API_KEY_INVALID", subject: "api_key" });
    expect(result.findings[0]?.message).toContain("is empty");
    expect(result.requests).toBe(0);
  });

  it("persistent 429 is TG_RATE_LIMITED, an error that never calls the key invalid", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 5, times: 10 });
    const sent: string[] = [];
    const result = await check({ retry: { maxAttempts: 3 }, log: (e) => e.type === "request" && sent.push(e.operation) });
    expect(result.ok).toBe(false);
    expect(result.permission).toBe("unknown");
    const [finding] = result.findings;
    expect(finding).toMatchObject({ code: "TG_RATE_LIMITED", severity: "error" });
    expect(finding?.subject).not.toBe("api_key");
    expect(`${finding?.message} ${finding?.fix}`).not.toMatch(/invalid key|revoked|new API key/i);
    expect(finding?.fix).toMatch(/try again later/);
    expect(finding?.message).toMatch(/^Twingate rate-limited the requests \(HTTP 429\) even after waiting and retrying/);
    // The read's three attempts are the finding; the probe, which waits for the read where the apex answers itself, was never sent.
    expect(sent).toEqual(["CountUsersAndGroups", "CountUsersAndGroups", "CountUsersAndGroups"]);
    expect(result.requests).toBe(3);
    expect(result.steps.map((s) => [s.name, s.status])).toEqual([
      ["network", "passed"],
      ["authentication + read", "failed"],
      ["write", "skipped"],
    ]);
    expect(await check({ require: "read", retry: { maxAttempts: 3 } })).toMatchObject({ requests: 3 });
  });

  it("a 429 waited for and retried, then one whose wait does not fit: says it waited and retried, and what it did not wait for", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 1 });
    sim.faults.push({ kind: "status", status: 429, retryAfter: 200 });
    const result = await check({ require: "read", retry: { maxAttempts: 4 }, timeBudgetMs: 60_000 });
    expect(result.findings.map((f) => f.code)).toEqual(["TG_RATE_LIMITED"]);
    expect(result.findings[0]?.message).toMatch(/^Twingate rate-limited the requests \(HTTP 429\) even after waiting and retrying \(it asked to wait 200 s\); not waited for: /);
  });

  it("an HTML page is TG_NOT_JSON about the endpoint", async () => {
    // A login wall in front of the API answers every request, the read and the probe beside it alike.
    sim.faults.push({ kind: "html", times: 2 });
    const result = await check({});
    expect(result.findings).toEqual([expect.objectContaining({ code: "TG_NOT_JSON", subject: "endpoint" })]);
    expect(result.steps.map((s) => s.status)).toEqual(["passed", "failed", "skipped"]);
  });

  it("an unclassifiable probe answer is PERMISSION_UNKNOWN: error when write is required", async () => {
    // Answered by what each request is: the read and the probe are sent together, in no set order.
    const stub = await startStub((req, res) =>
      req.body.includes("mutation WritePermissionProbe")
        ? json(res, 200, { data: { groupUpdate: { ok: false, error: "Something unexpected happened" } } })
        : json(res, 200, { data: { users: { totalCount: 1, pageInfo: { hasNextPage: false } }, groups: { totalCount: 1, pageInfo: { hasNextPage: false } } } }),
    );
    try {
      const result = await check({ baseUrl: stub.baseUrl });
      expect(result.permission).toBe("unknown");
      expect(result.findings[0]).toMatchObject({ code: "PERMISSION_UNKNOWN", severity: "error", subject: "api_key" });
      expect(result.findings[0]?.message).toContain("Something unexpected happened");
      expect(result.ok).toBe(false);
    } finally {
      await stub.close();
    }
  });

  it("a cancelled check returns a TG_CANCELLED finding instead of throwing", async () => {
    const result = await check({ signal: AbortSignal.abort() });
    expect(result.ok).toBe(false);
    expect(result.findings[0]?.code).toBe("TG_CANCELLED");
    expect(result.requests).toBe(0);
  });

  it("a server that keeps failing is TG_SERVER_ERROR on the endpoint", async () => {
    sim.faults.push({ kind: "status", status: 503, times: 10 });
    const result = await check({ retry: { maxAttempts: 2 } });
    expect(result.findings[0]).toMatchObject({ code: "TG_SERVER_ERROR", subject: "endpoint" });
  });
});
