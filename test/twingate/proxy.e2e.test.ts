import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { generateSimulatorPki } from "../../src/c1simulator/certificates";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { TwingateError } from "../../src/twingate/errors";
import { USER_AGENT } from "../../src/twingate/version";
import { createNodeHttpExchange } from "../../src/twingate/http-exchange";
import { proxySettingsFromEnvironment } from "../../src/twingate/proxy";
import { caFromEnvironment } from "../../src/twingate/trust";
import { startTestProxy, startTlsFront, type TestProxy } from "../helpers/proxy-server";
import { testClient } from "./client-helpers";

/**
 * The client through an HTTP proxy named by HTTPS_PROXY / HTTP_PROXY, against the simulator: a
 * CONNECT tunnel with TLS to Twingate inside it, absolute-form for http, NO_PROXY, and a proxy
 * that refuses, asks for credentials, answers garbage, never ends its answer or never answers.
 * The target is a name only the proxy can reach (`sim.twingate.test`), so nothing here passes
 * unless the request really went through the proxy.
 */

const HOST = "sim.twingate.test";
const PASSWORD = "pr0xy-SECRET-pw";

let sim: RunningSimulator;
let front: { port: number; close(): Promise<void> };
let proxy: TestProxy;
const pki = generateSimulatorPki(new Date(), 2, [HOST]);

beforeAll(async () => {
  sim = await startSimulator({ rateLimit: false, networks: [{ name: "acme", tokens: [{ key: DEMO_KEYS.readWrite, permission: "read-write" }] }] });
  // TLS in front of the simulator, with a certificate for HOST from the test CA.
  front = await startTlsFront(sim.port, { cert: pki.certPem, key: pki.keyPem });
  const frontPort = front.port;
  proxy = await startTestProxy((host, port) => {
    if (host !== HOST) return undefined;
    return port === 443 ? { host: "127.0.0.1", port: frontPort } : port === 80 ? { host: "127.0.0.1", port: sim.port } : undefined;
  });
});
afterAll(async () => {
  await proxy.close();
  await front.close();
  await sim.close();
});
beforeEach(() => {
  proxy.behave({ kind: "forward" });
  proxy.seen.length = 0;
});

/** A client with its own exchange (its own keep-alive tunnels: one test's tunnel never serves the next). */
const https = (env: NodeJS.ProcessEnv, overrides: Parameters<typeof testClient>[1] = {}) =>
  testClient(`https://${HOST}/{network}`, {
    apiKey: DEMO_KEYS.readWrite,
    proxy: proxySettingsFromEnvironment(env),
    http: createNodeHttpExchange({ ca: overrides.ca ?? pki.caPem }),
    retry: { maxAttempts: 3 },
    ...overrides,
  });

async function failure(run: () => Promise<unknown>): Promise<TwingateError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof TwingateError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("https through a CONNECT tunnel", () => {
  it("reaches Twingate through HTTPS_PROXY, one tunnel for several calls, and the proxy never sees the key", async () => {
    const before = proxy.received().length;
    const { client, events } = https({ HTTPS_PROXY: proxy.url });
    for (let i = 0; i < 3; i++) expect((await client.countUsersAndGroups()).users).toBeGreaterThan(0);
    // One CONNECT, with the client's User-Agent as Go's clients send theirs (some proxies' rules match on it).
    expect(proxy.seen).toEqual([{ method: "CONNECT", target: `${HOST}:443`, proxyAuthorization: undefined, userAgent: USER_AGENT }]);
    const sent = proxy.received().subarray(before);
    expect(sent.length).toBeGreaterThan(1000);
    expect(sent.includes(DEMO_KEYS.readWrite)).toBe(false);
    expect(sent.includes("x-api-key")).toBe(false);
    expect(events.find((e) => e.type === "request")).toMatchObject({ proxy: proxy.url });
  });

  it("a caller's signal aborted after its call does not end the tunnel the next call reuses", async () => {
    const { client } = https({ HTTPS_PROXY: proxy.url });
    const first = new AbortController();
    await client.countUsersAndGroups({ signal: first.signal });
    first.abort();
    await new Promise((resolve) => setImmediate(resolve));
    await client.countUsersAndGroups();
    expect(proxy.seen).toHaveLength(1);
  });

  it("sends the credentials in the variable's user info, and only to the proxy", async () => {
    proxy.behave({ kind: "auth", credentials: `svc@corp:${PASSWORD}` });
    const url = proxy.url.replace("http://", `http://svc%40corp:${PASSWORD}@`);
    const { client } = https({ HTTPS_PROXY: url });
    expect((await client.countUsersAndGroups()).groups).toBeGreaterThan(0);
    expect(proxy.seen[0]?.proxyAuthorization).toBe(`Basic ${Buffer.from(`svc@corp:${PASSWORD}`).toString("base64")}`);
  });

  it("407: TG_PROXY_AUTH naming the proxy and its variable, not retried, the password nowhere", async () => {
    proxy.behave({ kind: "auth", credentials: "svc:right" });
    const { client } = https({ https_proxy: proxy.url.replace("http://", `http://svc:${PASSWORD}@`) });
    const error = await failure(() => client.countUsersAndGroups());
    expect(error.code).toBe("TG_PROXY_AUTH");
    expect(error.message).toContain(`the proxy ${proxy.url} (from https_proxy)`);
    expect(error.message).toContain("refused the ones in https_proxy");
    expect(JSON.stringify(error.toJSON()) + error.message).not.toContain(PASSWORD);
    expect(proxy.seen).toHaveLength(1);
  });

  it("the credentials are in no error's fields or cause chain, nor in the settings, however they are printed", async () => {
    proxy.behave({ kind: "status", status: 502 });
    const settings = proxySettingsFromEnvironment({ HTTPS_PROXY: proxy.url.replace("http://", `http://svc:${PASSWORD}@`) });
    const { client } = https({}, { proxy: settings, retry: { maxAttempts: 1 } });
    const error = await failure(() => client.countUsersAndGroups());
    expect(error.code).toBe("TG_PROXY");
    const basic = Buffer.from(`svc:${PASSWORD}`).toString("base64");
    const printed = [inspect(error, { depth: Infinity }), inspect(settings.proxyFor(new URL(`https://${HOST}/`)), { depth: Infinity }), JSON.stringify(settings.proxyFor(new URL(`https://${HOST}/`)))].join("\n");
    expect(printed).not.toContain(PASSWORD);
    expect(printed).not.toContain(basic);
    expect(settings.proxyFor(new URL(`https://${HOST}/`))?.authorization).toBe(`Basic ${basic}`);
  });

  it("a proxy that wants Negotiate or NTLM is named as such: only Basic credentials are supported", async () => {
    proxy.behave({ kind: "status", status: 407, authenticate: 'Negotiate, NTLM realm="corp,x"' });
    const error = await failure(() => https({ HTTPS_PROXY: proxy.url.replace("http://", `http://svc:${PASSWORD}@`) }).client.countUsersAndGroups());
    expect(error.code).toBe("TG_PROXY_AUTH");
    expect(error.message).toContain("asks for Negotiate or NTLM proxy authentication (HTTP 407); only Basic credentials");
    expect(error.message).not.toContain("refused the ones");
  });

  it("an interim answer (1xx) to CONNECT is TG_PROXY, not read as a refusal", async () => {
    proxy.behave({ kind: "status", status: 199 });
    const error = await failure(() => https({ HTTPS_PROXY: proxy.url }).client.countUsersAndGroups());
    expect(error.code).toBe("TG_PROXY");
    expect(error.message).not.toContain("refused");
  });

  it("a CONNECT refused (403) is TG_PROXY, not a verdict on the key, and not retried", async () => {
    proxy.behave({ kind: "status", status: 403 });
    const error = await failure(() => https({ HTTPS_PROXY: proxy.url }).client.countUsersAndGroups());
    expect(error).toMatchObject({ code: "TG_PROXY", retryable: false, status: 403 });
    expect(error.message).toContain(`refused CONNECT ${HOST}:443 with HTTP 403`);
    expect(error.message).toContain("says nothing about the API key");
    expect(proxy.seen).toHaveLength(1);
  });

  it("a proxy that cannot reach the host (502) is retried, then TG_PROXY; so is one that closes at once", async () => {
    proxy.behave({ kind: "status", status: 502 });
    const { client, clock } = https({ HTTPS_PROXY: proxy.url });
    const error = await failure(() => client.countUsersAndGroups());
    expect(error).toMatchObject({ code: "TG_PROXY", retryable: true, attempts: 3 });
    expect(error.message).toContain("check the network name and base URL".replace(/^c/, "C"));
    expect(clock.sleeps).toHaveLength(2);
    proxy.seen.length = 0;
    proxy.behave({ kind: "close" });
    const closed = await failure(() => https({ HTTPS_PROXY: proxy.url }).client.countUsersAndGroups());
    expect(closed).toMatchObject({ code: "TG_PROXY", attempts: 3 });
    expect(proxy.seen).toHaveLength(3);
  });

  it("garbage and an answer head that never ends are TG_PROXY at once, bounded", async () => {
    proxy.behave({ kind: "garbage" });
    const garbage = await failure(() => https({ HTTPS_PROXY: proxy.url }).client.countUsersAndGroups());
    expect(garbage).toMatchObject({ code: "TG_PROXY", attempts: 1 });
    expect(garbage.message).toMatch(/not well-formed HTTP \(HPE_/);
    proxy.behave({ kind: "endless-head" });
    const endless = await failure(() => https({ HTTPS_PROXY: proxy.url }).client.countUsersAndGroups());
    expect(endless).toMatchObject({ code: "TG_PROXY", attempts: 1 });
    expect(endless.message).toContain("HPE_HEADER_OVERFLOW");
  });

  it("plain text through an opened tunnel is the proxy's fault named as such, not Twingate's TLS", async () => {
    proxy.behave({ kind: "plain-after-connect" });
    const error = await failure(() => https({ HTTPS_PROXY: proxy.url }).client.countUsersAndGroups());
    expect(error).toMatchObject({ code: "TG_PROXY", retryable: false });
    expect(error.message).toContain(`after it opened the tunnel to ${HOST}:443, what came through was not TLS`);
  });

  it("a proxy that never answers is a timeout that names the proxy", async () => {
    proxy.behave({ kind: "silent" });
    const error = await failure(() => https({ HTTPS_PROXY: proxy.url }, { timeoutMs: 300, retry: { maxAttempts: 1 } }).client.countUsersAndGroups());
    expect(error.code).toBe("TG_TIMEOUT");
    expect(error.message).toContain(`through the proxy ${proxy.url} from HTTPS_PROXY`);
  });

  it("a proxy nobody listens on is retried then TG_PROXY; one whose name does not resolve is TG_PROXY at once", async () => {
    const closed = await startTestProxy(() => undefined);
    await closed.close();
    const refused = await failure(() => https({ HTTPS_PROXY: closed.url }).client.countUsersAndGroups());
    expect(refused).toMatchObject({ code: "TG_PROXY", retryable: true, attempts: 3 });
    expect(refused.message).toContain("connection refused (ECONNREFUSED)");
    const unknown = await failure(() => https({ HTTPS_PROXY: "http://no-such-proxy.invalid:3128" }).client.countUsersAndGroups());
    expect(unknown).toMatchObject({ code: "TG_PROXY", attempts: 1 });
    expect(unknown.message).toContain("the proxy's host no-such-proxy.invalid could not be resolved");
  });

  it("Twingate's certificate is still checked inside the tunnel", async () => {
    const error = await failure(() => https({ HTTPS_PROXY: proxy.url }, { ca: generateSimulatorPki().caPem }).client.countUsersAndGroups());
    expect(error.code).toBe("TG_TLS");
    expect(error.message).toContain(`through the proxy ${proxy.url}`);
    // Not signed by a trusted CA: what a TLS-intercepting proxy looks like, so the message names the two ways to trust its CA.
    expect(error.message).toMatch(/not signed by a CA this machine trusts.*SSL_CERT_FILE.*NODE_EXTRA_CA_CERTS/);
  });

  it("NO_PROXY sends the request direct (here: a name only the proxy can resolve, so it fails as DNS)", async () => {
    const error = await failure(() => https({ HTTPS_PROXY: proxy.url, NO_PROXY: ".twingate.test" }).client.countUsersAndGroups());
    expect(error.code).toBe("TG_DNS");
    expect(error.message).toContain(`(direct: NO_PROXY lists ${HOST}, so HTTPS_PROXY was not used)`);
    expect(proxy.seen).toHaveLength(0);
  });

  it("only HTTP_PROXY set: the https request goes direct, and a failure says HTTPS_PROXY is the variable for it", async () => {
    const error = await failure(() => https({ HTTP_PROXY: proxy.url }).client.countUsersAndGroups());
    expect(error.code).toBe("TG_DNS");
    expect(error.message).toContain("(direct: HTTPS_PROXY is not set; HTTP_PROXY applies to http:// URLs only)");
  });

  it("SSL_CERT_FILE and NODE_EXTRA_CA_CERTS together: both are trusted (a proxy CA given the Node way is not dropped)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "proxy-ca-"));
    try {
      // Another CA by another name (OpenSSL looks issuers up by name: two CAs of one name would hide each other).
      writeFileSync(join(dir, "other.pem"), generateSimulatorPki(new Date(), 2, [], "Some other test CA").caPem);
      writeFileSync(join(dir, "extra.pem"), pki.caPem);
      const ca = caFromEnvironment({ SSL_CERT_FILE: join(dir, "other.pem"), NODE_EXTRA_CA_CERTS: join(dir, "extra.pem") });
      expect((await https({ HTTPS_PROXY: proxy.url }, { ca }).client.countUsersAndGroups()).users).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("http through a proxy", () => {
  it("sends the request in absolute form to HTTP_PROXY", async () => {
    const { client } = testClient(`http://${HOST}/{network}`, { apiKey: DEMO_KEYS.readWrite, proxy: proxySettingsFromEnvironment({ HTTP_PROXY: proxy.url }) });
    expect((await client.countUsersAndGroups()).users).toBeGreaterThan(0);
    expect(proxy.seen[0]).toMatchObject({ method: "POST", target: `http://${HOST}/acme/api/graphql/` });
  });

  it("a 407 from it is TG_PROXY_AUTH naming HTTP_PROXY", async () => {
    proxy.behave({ kind: "status", status: 407 });
    const { client } = testClient(`http://${HOST}/{network}`, { apiKey: DEMO_KEYS.readWrite, proxy: proxySettingsFromEnvironment({ HTTP_PROXY: proxy.url }) });
    const error = await failure(() => client.countUsersAndGroups());
    expect(error.code).toBe("TG_PROXY_AUTH");
    expect(error.message).toContain("(from HTTP_PROXY)");
  });
});
