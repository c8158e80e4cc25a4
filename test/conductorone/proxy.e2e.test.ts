import { connect as tlsConnect, createServer as createTlsServer, type Server } from "node:tls";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { generateSimulatorPki } from "../../src/c1simulator/certificates";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { ConductorOneClient, type ConductorOneError } from "../../src/conductorone";
import { startTestProxy, type TestProxy } from "../helpers/proxy-server";
import { VirtualClock } from "../helpers/virtual-clock";

/**
 * The ConductorOne client (`c1-twingate connector …`) through HTTPS_PROXY, as a Go provider's
 * client goes: a CONNECT tunnel to a host only the proxy can reach, TLS to ConductorOne inside it,
 * and the proxy's failures reported as C1_PROXY, never as ConductorOne's.
 */

const HOST = "c1.proxied.test";
const PASSWORD = "c1-pr0xy-SECRET";
const pki = generateSimulatorPki(new Date(), 2, [HOST]);

let sim: RunningConductorOneSimulator;
let front: Server;
let proxy: TestProxy;
let appId: string;
const clock = new VirtualClock();
const clients: ConductorOneClient[] = [];

beforeAll(async () => {
  sim = await startConductorOneSimulator({ now: clock.now, tickMs: 0, apps: [{ displayName: "Okta" }] });
  appId = sim.apps()[0]!.id;
  // HOST's certificate from the test CA, in front of the simulator (which has its own CA).
  front = createTlsServer({ cert: pki.certPem, key: pki.keyPem }, (socket) => {
    const up = tlsConnect({ host: "127.0.0.1", port: Number(new URL(sim.url).port), ca: sim.caPem, servername: "localhost" });
    socket.pipe(up).pipe(socket);
    up.on("error", () => socket.destroy());
    socket.on("error", () => up.destroy());
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  const frontPort = (front.address() as AddressInfo).port;
  proxy = await startTestProxy((host, port) => (host === HOST && port === 443 ? { host: "127.0.0.1", port: frontPort } : undefined));
});
afterAll(async () => {
  for (const c of clients) c.close();
  await proxy.close();
  await new Promise<void>((resolve) => front.close(() => resolve()));
  await sim.close();
});
beforeEach(() => {
  proxy.behave({ kind: "forward" });
  proxy.seen.length = 0;
});

const client = (env: NodeJS.ProcessEnv): ConductorOneClient => {
  const c = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: `https://${HOST}`, ...env }, ca: pki.caPem, clock });
  clients.push(c);
  return c;
};

async function failure(run: () => Promise<unknown>): Promise<ConductorOneError> {
  try {
    await run();
  } catch (error) {
    return error as ConductorOneError;
  }
  throw new Error("expected the call to fail");
}

describe("ConductorOneClient through HTTPS_PROXY", () => {
  it("reaches ConductorOne through a CONNECT tunnel with the variable's credentials; the proxy never sees the token", async () => {
    proxy.behave({ kind: "auth", credentials: `ci:${PASSWORD}` });
    const before = proxy.received().length;
    const c = client({ HTTPS_PROXY: proxy.url.replace("http://", `http://ci:${PASSWORD}@`) });
    expect((await c.getApp(appId)).displayName).toBe("Okta");
    expect(proxy.seen[0]).toMatchObject({ method: "CONNECT", target: `${HOST}:443`, userAgent: expect.stringMatching(/^cdktf-twingate-conductorone\//) });
    expect(proxy.received().subarray(before).includes(sim.credentials.accessToken)).toBe(false);
  });

  it("NO_PROXY sends it direct (here: a name nobody but the proxy resolves, so C1_DNS)", async () => {
    const error = await failure(() => client({ HTTPS_PROXY: proxy.url, NO_PROXY: "proxied.test" }).getApp(appId));
    expect(error.code).toBe("C1_DNS");
    expect(proxy.seen).toHaveLength(0);
  });

  it("407, 403 and a proxy nobody listens on are C1_PROXY naming the proxy and its variable, never its password", async () => {
    proxy.behave({ kind: "auth", credentials: "ci:right" });
    const auth = await failure(() => client({ https_proxy: proxy.url.replace("http://", `http://ci:${PASSWORD}@`) }).getApp(appId));
    expect(auth).toMatchObject({ code: "C1_PROXY", retryable: false });
    expect(auth.message).toContain(`through the proxy ${proxy.url} (from https_proxy)`);
    expect(auth.message).toContain("HTTP 407");
    expect(inspect(auth, { depth: Infinity }) + auth.message).not.toContain(PASSWORD);
    proxy.behave({ kind: "status", status: 403 });
    const refused = await failure(() => client({ HTTPS_PROXY: proxy.url }).getApp(appId));
    expect(refused).toMatchObject({ code: "C1_PROXY", retryable: false });
    expect(refused.message).toContain(`refused CONNECT ${HOST}:443 with HTTP 403`);
    const gone = await startTestProxy(() => undefined);
    await gone.close();
    const down = await failure(() => client({ HTTPS_PROXY: gone.url }).getApp(appId));
    expect(down).toMatchObject({ code: "C1_PROXY", retryable: true });
    expect(down.message).toContain("ECONNREFUSED");
  });

  it("an unusable HTTPS_PROXY is C1_PROXY_INVALID before any request", () => {
    expect(() => client({ HTTPS_PROXY: `socks5://ci:${PASSWORD}@127.0.0.1:1080` })).toThrow(expect.objectContaining({ code: "C1_PROXY_INVALID" }));
    expect(() => client({ HTTPS_PROXY: `socks5://ci:${PASSWORD}@127.0.0.1:1080` })).toThrow(/socks5:\/\/\*\*\*@127\.0\.0\.1:1080/);
  });
});
