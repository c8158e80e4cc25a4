import { inspect } from "node:util";
import { ConductorOneClient, TWINGATE_CATALOG_ID, twingateConnectorConfig, type C1LogEvent, type ConductorOneClientOptions } from "../../src/conductorone";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { VirtualClock } from "../helpers/virtual-clock";

// The client against the simulator, on one virtual clock: every auth path, env precedence,
// paging, 429 + Retry-After (no real sleeping), and each kind of failure as its C1_* code.
describe("ConductorOneClient against the simulator", () => {
  const clock = new VirtualClock();
  let sim: RunningConductorOneSimulator;
  let appId: string;
  const clients: ConductorOneClient[] = [];

  beforeAll(async () => {
    sim = await startConductorOneSimulator({ now: clock.now, tickMs: 0, apps: [{ displayName: "Okta" }], sync: { behaviour: { kind: "succeed" } } });
    appId = sim.apps()[0]!.id;
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await sim.close();
  });
  beforeEach(() => {
    sim.faults.clear();
    clock.sleeps.length = 0;
  });

  const client = (env: NodeJS.ProcessEnv, extra: Partial<ConductorOneClientOptions> = {}): ConductorOneClient => {
    const c = new ConductorOneClient({ env, ca: sim.caPem, clock, ...extra });
    clients.push(c);
    return c;
  };
  const secretEnv = () => ({ CONDUCTORONE_CLIENT_ID: sim.credentials.clientId, CONDUCTORONE_CLIENT_SECRET: sim.credentials.clientSecret });
  const tokenRequests = () => sim.requests.filter((r) => r.path === "/auth/v1/token").length;

  describe("auth paths", () => {
    it("client id + secret: one token request, then reused until it expires", async () => {
      const c = client(secretEnv());
      expect(c.authMethod).toBe("client-credentials");
      expect(c.server.url).toBe(sim.url); // from the host inside the client id
      const before = tokenRequests();
      await c.getApp(appId);
      await c.getApp(appId);
      expect(tokenRequests() - before).toBe(1);
      clock.advance(600_000);
      await c.getApp(appId);
      expect(tokenRequests() - before).toBe(2);
    });

    it("authenticate() proves client credentials at the token endpoint, and a static access token by one authenticated read", async () => {
      const before = tokenRequests();
      expect(await client(secretEnv()).authenticate()).toEqual({ method: "client-credentials", checked: true, via: "token" });
      expect(tokenRequests() - before).toBe(1);
      // m9: a ready access token is proven by one authenticated read (the first page of apps).
      expect(await client({ CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }).authenticate()).toEqual({ method: "access-token", checked: true, via: "read" });
      await expect(client({ CONDUCTORONE_ACCESS_TOKEN: "nope-token-123456", CONDUCTORONE_SERVER_URL: sim.url }).authenticate()).rejects.toMatchObject({ code: "C1_UNAUTHORIZED" });
      expect(tokenRequests() - before).toBe(1);
      const wrong = { CONDUCTORONE_CLIENT_ID: sim.credentials.clientId, CONDUCTORONE_CLIENT_SECRET: sim.createClient().clientSecret };
      await expect(client(wrong).authenticate()).rejects.toMatchObject({ code: "C1_TOKEN_REFUSED" });
    });

    it("CONDUCTORONE_ACCESS_TOKEN: no token request, and it overrides client credentials", async () => {
      const before = tokenRequests();
      const c = client({ ...secretEnv(), CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken });
      expect(c.authMethod).toBe("access-token");
      expect((await c.getApp(appId)).displayName).toBe("Okta");
      expect(tokenRequests()).toBe(before);
    });

    it("OIDC / workload identity: TFC_WORKLOAD_IDENTITY_TOKEN is exchanged with the trust's client id", async () => {
      const trust = sim.createOidcTrust();
      const c = client({ CONDUCTORONE_CLIENT_ID: trust.clientId, TFC_WORKLOAD_IDENTITY_TOKEN: trust.issueToken({ expiresInS: 3600 }) });
      expect(c.authMethod).toBe("oidc");
      await c.getApp(appId);
      expect(sim.tokenAttempts.at(-1)).toMatchObject({ grant: "urn:ietf:params:oauth:grant-type:token-exchange", outcome: "issued", clientId: trust.clientId });
    });

    it("an OIDC token wins over client credentials (provider priority)", async () => {
      const trust = sim.createOidcTrust();
      const c = client({ ...secretEnv(), CONDUCTORONE_CLIENT_ID: trust.clientId, CONDUCTORONE_OIDC_TOKEN: trust.issueToken() });
      expect(c.authMethod).toBe("oidc");
      await c.getApp(appId);
    });

    it("a token revoked server-side is renewed once after a 401", async () => {
      const c = client(secretEnv());
      await c.getApp(appId);
      sim.revokeIssuedTokens();
      const before = tokenRequests();
      await c.getApp(appId);
      expect(tokenRequests() - before).toBe(1);
    });

    it("a refused client is C1_TOKEN_REFUSED, naming neither secret nor assertion", async () => {
      const pair = sim.createClient();
      sim.revokeClient(pair.clientId);
      const c = client({ CONDUCTORONE_CLIENT_ID: pair.clientId, CONDUCTORONE_CLIENT_SECRET: pair.clientSecret });
      const error = await c.getApp(appId).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "C1_TOKEN_REFUSED", status: 401 });
      expect(String((error as Error).message)).toMatch(/failed to get token.*HTTP 401.*revoked/);
      expect(String((error as Error).message)).not.toContain(pair.clientSecret.split(":").pop()!);
    });

    it("a stale static access token is C1_UNAUTHORIZED and is not shown", async () => {
      const token = sim.issueAccessToken(30);
      clock.advance(31_000);
      const c = client({ CONDUCTORONE_ACCESS_TOKEN: token, CONDUCTORONE_SERVER_URL: sim.url });
      const error = (await c.getApp(appId).catch((e: unknown) => e)) as Error;
      expect(error).toMatchObject({ code: "C1_UNAUTHORIZED" });
      expect(error.message).not.toContain(token);
    });

    it("prints no secret (String, JSON, inspect)", () => {
      const c = client(secretEnv());
      const text = [String(c), JSON.stringify(c), inspect(c, { depth: 5 })].join(" ");
      expect(text).not.toContain(sim.credentials.clientSecret.split(":").pop()!);
      expect(text).toContain(sim.url);
    });
  });

  describe("paging", () => {
    it("walks every page with page_size / page_token until nextPageToken is empty", async () => {
      for (let i = 0; i < 56; i++) sim.seedApp({ displayName: `app-${i}` });
      const c = client({ CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url });
      const start = sim.requests.length;
      const ids: string[] = [];
      let pages = 0;
      for await (const page of c.appPages({ pageSize: 10 })) {
        pages++;
        ids.push(...page.items.map((a) => a.id));
      }
      expect(ids).toHaveLength(57);
      expect(new Set(ids).size).toBe(57);
      expect(pages).toBe(6);
      const queries = sim.requests.slice(start).map((r) => new URLSearchParams(r.query));
      expect(queries.every((q) => q.get("page_size") === "10")).toBe(true);
      expect(queries[0]!.get("page_token")).toBeNull();
      expect(queries[1]!.get("page_token")).toBeTruthy();
    });

    it("a server that repeats a page token is C1_PAGINATION, not an endless loop", async () => {
      const c = client({ CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url });
      sim.faults.push({ status: 200, path: "/api/v1/apps", times: 5, body: JSON.stringify({ list: [], nextPageToken: "same" }) });
      const walk = async () => {
        for await (const _ of c.appPages()) void _;
      };
      await expect(walk()).rejects.toMatchObject({ code: "C1_PAGINATION" });
    });
  });

  describe("429 and Retry-After on the virtual clock", () => {
    const c = () => client({ CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url });

    it("waits what Retry-After says, then succeeds", async () => {
      sim.faults.rateLimit(2, 7, /^\/api\//);
      await c().getApp(appId);
      expect(clock.sleeps).toEqual([7000, 7000]);
    });

    it("honours an HTTP-date Retry-After", async () => {
      sim.faults.push({ status: 429, headers: { "retry-after": new Date(clock.now() + 12_000).toUTCString() } });
      await c().getApp(appId);
      expect(clock.sleeps).toHaveLength(1);
      expect(clock.sleeps[0]).toBeGreaterThanOrEqual(11_000);
      expect(clock.sleeps[0]).toBeLessThanOrEqual(12_000);
    });

    it("backs off 1, 2, 4, 8, 16 s without Retry-After, then reports C1_RATE_LIMITED", async () => {
      sim.faults.rateLimit(6);
      const error = await c().getApp(appId).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "C1_RATE_LIMITED", status: 429, attempts: 6, retryable: true });
      expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 16_000]);
    });

    it("does not wait out an unreasonable Retry-After", async () => {
      sim.faults.rateLimit(1, 3600);
      const error = await c().getApp(appId).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "C1_RATE_LIMITED", retryAfterSeconds: 3600 });
      expect(clock.sleeps).toEqual([]);
    });

    it("retries the token endpoint's 429 too", async () => {
      sim.faults.rateLimit(1, 3, "/auth/v1/token");
      await client(secretEnv()).getApp(appId);
      expect(clock.sleeps).toEqual([3000]);
    });

    it("logs retries without tokens", async () => {
      const events: C1LogEvent[] = [];
      sim.faults.rateLimit(1, 2);
      await client({ CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }, { log: (e) => events.push(e) }).getApp(appId);
      expect(events.map((e) => e.event)).toEqual(["response", "rate-limited", "retry", "response"]);
      expect(JSON.stringify(events)).not.toContain(sim.credentials.accessToken);
    });
  });

  describe("failures, each with its code", () => {
    const c = () => client({ CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url });

    it("404 → C1_NOT_FOUND naming what was looked for", async () => {
      await expect(c().getConnector(appId, "2NOPE")).rejects.toMatchObject({ code: "C1_NOT_FOUND", message: expect.stringContaining("connector 2NOPE of app") });
    });

    it("503 on a GET is retried; 500 on a POST is not", async () => {
      sim.faults.push({ status: 503, times: 2 });
      await c().getApp(appId);
      expect(clock.sleeps).toEqual([1000, 2000]);
      clock.sleeps.length = 0;
      sim.faults.push({ status: 500, path: "/api/v1/apps", method: "POST" });
      await expect(c().createApp({ displayName: "x" })).rejects.toMatchObject({ code: "C1_SERVER_ERROR", status: 500, attempts: 1 });
      expect(clock.sleeps).toEqual([]);
    });

    it("403 → C1_FORBIDDEN with the server's message, sanitised", async () => {
      sim.faults.push({ status: 403, body: JSON.stringify({ code: 7, message: "permission denied\n::error::injected\u001b[31m" }) });
      const error = (await c().getApp(appId).catch((e: unknown) => e)) as Error;
      expect(error).toMatchObject({ code: "C1_FORBIDDEN" });
      expect(error.message).toContain("permission denied");
      expect(error.message).not.toContain("\n");
      expect(error.message).not.toMatch(/(^|\n)\s*::/);
      expect(error.message).not.toContain("\u001b");
    });

    it("a login page with 200 → C1_BAD_RESPONSE (content type)", async () => {
      sim.faults.push({ status: 200, contentType: "text/html", body: "<html>login</html>" });
      await expect(c().getApp(appId)).rejects.toMatchObject({ code: "C1_BAD_RESPONSE", message: expect.stringContaining("text/html") });
    });

    it("JSON of the wrong shape → C1_BAD_RESPONSE naming the path", async () => {
      sim.faults.push({ status: 200, body: JSON.stringify({ connectorView: { connector: { id: 5 } } }) });
      await expect(c().getConnector(appId, "x")).rejects.toMatchObject({ code: "C1_BAD_RESPONSE", message: expect.stringContaining("connectorView.connector.id") });
    });

    it("a redirect is not followed → C1_REDIRECT", async () => {
      sim.faults.push({ status: 301, headers: { location: "https://evil.example/steal?token=1" } });
      const error = (await c().getApp(appId).catch((e: unknown) => e)) as Error;
      expect(error).toMatchObject({ code: "C1_REDIRECT" });
      expect(error.message).toContain("https://evil.example/steal");
      expect(error.message).not.toContain("token=1");
    });

    it("an oversized answer → C1_RESPONSE_TOO_LARGE", async () => {
      sim.faults.push({ status: 200, body: JSON.stringify({ app: { id: "x", description: "y".repeat(50_000) } }) });
      await expect(client({ CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }, { maxResponseBytes: 10_000 }).getApp(appId)).rejects.toMatchObject({
        code: "C1_RESPONSE_TOO_LARGE",
      });
    });

    it("an untrusted certificate → C1_TLS pointing at SSL_CERT_FILE", async () => {
      const untrusting = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }, clock });
      clients.push(untrusting);
      await expect(untrusting.getApp(appId)).rejects.toMatchObject({ code: "C1_TLS", message: expect.stringContaining("SSL_CERT_FILE") });
    });

    it("SSL_CERT_FILE is honoured like the Go provider does", async () => {
      const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
      const { join } = await import("node:path");
      const { tmpdir } = await import("node:os");
      const file = join(mkdtempSync(join(tmpdir(), "c1ca-")), "ca.pem");
      writeFileSync(file, sim.caPem);
      const viaEnv = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url, SSL_CERT_FILE: file }, clock });
      clients.push(viaEnv);
      expect((await viaEnv.getApp(appId)).id).toBe(appId);
      expect(() => new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: "t", CONDUCTORONE_SERVER_URL: sim.url, SSL_CERT_FILE: `${file}.missing` } })).toThrow(
        expect.objectContaining({ code: "C1_CA_FILE_UNREADABLE" }),
      );
      rmSync(join(file, ".."), { recursive: true, force: true });
    });

    it("a closed port → C1_CONNECTION after the idempotent retries", async () => {
      const closed = await startConductorOneSimulator({ tickMs: 0 });
      const url = closed.url;
      await closed.close();
      const error = await client({ CONDUCTORONE_ACCESS_TOKEN: "tok-123", CONDUCTORONE_SERVER_URL: url }).getApp("a").catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "C1_CONNECTION", attempts: 4 });
    });
  });

  describe("secrets in server text", () => {
    it("an echoed client secret or access token (JSON-escaped, any case) is redacted from errors", async () => {
      const c = client(secretEnv());
      await c.getApp(appId);
      const jwk = sim.credentials.clientSecret.split(":").pop()!;
      sim.faults.push({ status: 400, body: JSON.stringify({ code: 3, message: `bad secret \\u0073${jwk.slice(1).toUpperCase()} and ${sim.credentials.clientSecret}` }).replace("\\\\u0073", "\\u0073") });
      const error = (await c.getApp(appId).catch((e: unknown) => e)) as Error;
      expect(error).toMatchObject({ code: "C1_BAD_REQUEST" });
      expect(error.message).toContain("[redacted]");
      expect(error.message.toLowerCase()).not.toContain(jwk.slice(2, 20).toLowerCase());
    });

    it("a Twingate key echoed in lastError is scrubbed; echoed config is never kept", async () => {
      const key = "tgk-CANARY-abcdefghijklmnopqrstuvwxyz012345";
      const echoing = await startConductorOneSimulator({ now: clock.now, tickMs: 0, echoSecretConfig: true, apps: [{ displayName: "A" }], sync: { queueMs: 0, runMs: 0, behaviour: { kind: "fail", lastError: `twingate-client: key ${key} refused` } } });
      try {
        const c = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: echoing.credentials.accessToken, CONDUCTORONE_SERVER_URL: echoing.url }, ca: echoing.caPem, clock });
        clients.push(c);
        const app = echoing.apps()[0]!.id;
        const created = await c.createConnector(app, { catalogId: TWINGATE_CATALOG_ID, config: twingateConnectorConfig("acme", key) });
        expect(JSON.stringify(created)).not.toContain(key);
        expect(created.config).toEqual({ type: "type.googleapis.com/c1.api.app.v1.EnvConfig", twingateDomain: "acme" });
        await echoing.advance();
        const read = await c.getConnector(app, created.id);
        expect(read.status?.status).toBe("SYNC_STATUS_ERROR");
        expect(read.status?.lastError?.value).toBe("twingate-client: key [redacted] refused");
        expect(JSON.stringify(read)).not.toContain(key);
        expect(echoing.connector(created.id).json).toHaveProperty("config.configuration.twingate_apikey.stringValue", key);
      } finally {
        await echoing.close();
      }
    });
  });
});
