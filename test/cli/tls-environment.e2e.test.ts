import { generateSimulatorPki } from "../../src/c1simulator/certificates";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli } from "../helpers/cli";
import { startTestProxy, startTlsFront, type TestProxy } from "../helpers/proxy-server";

/**
 * Environment variables that would weaken TLS for every Node program never reach the check:
 * NODE_TLS_REJECT_UNAUTHORIZED=0 (set job-wide so npm works behind an intercepting proxy, and
 * passed on by Terraform to providers) must not let the key go to a server nobody trusts, direct
 * or through a CONNECT tunnel. Run as a child process: jest gives tests a copy of process.env that
 * Node's own TLS code never reads.
 */

const HOST = "tls.proxied.test";
const pki = generateSimulatorPki(new Date(), 2, [HOST], "A CA nobody trusts here");

let sim: RunningSimulator;
let front: { port: number; close(): Promise<void> };
let proxy: TestProxy;

beforeAll(async () => {
  sim = await startSimulator({ rateLimit: false });
  front = await startTlsFront(sim.port, { cert: pki.certPem, key: pki.keyPem });
  proxy = await startTestProxy((host, port) => (host === HOST && port === 443 ? { host: "127.0.0.1", port: front.port } : undefined));
});
afterAll(async () => {
  await proxy.close();
  await front.close();
  await sim.close();
});

const check = (baseUrl: string, env: NodeJS.ProcessEnv) =>
  runCli(["check", "--network", "acme", "--base-url", baseUrl, "--json"], { env: { TWINGATE_API_KEY: DEMO_KEYS.readWrite, NODE_TLS_REJECT_UNAUTHORIZED: "0", ...env } });

describe("NODE_TLS_REJECT_UNAUTHORIZED=0", () => {
  it("does not make the check trust a certificate no trusted CA signed: direct", async () => {
    const before = sim.stats.requests;
    const run = await check(`https://127.0.0.1:${front.port}/{network}`, {});
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("TG_TLS");
    expect(sim.stats.requests).toBe(before);
  });

  it("nor through a CONNECT tunnel", async () => {
    const before = sim.stats.requests;
    const run = await check(`https://${HOST}/{network}`, { HTTPS_PROXY: proxy.url });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("TG_TLS");
    expect(proxy.seen.some((s) => s.target === `${HOST}:443`)).toBe(true);
    expect(sim.stats.requests).toBe(before);
  });
});

describe("NODE_DEBUG", () => {
  it("naming a network module (which would print the key's header to stderr) stops the check before anything is sent", async () => {
    const before = sim.stats.requests;
    const run = await runCli(["check", "--network", "acme", "--base-url", sim.baseUrl, "--json"], { env: { TWINGATE_API_KEY: DEMO_KEYS.readWrite, NODE_DEBUG: "https,net" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("TG_NODE_DEBUG_UNSAFE");
    expect(run.stdout + run.stderr).not.toContain(DEMO_KEYS.readWrite);
    expect(sim.stats.requests).toBe(before);
  });

  it("naming other modules changes nothing", async () => {
    const run = await runCli(["check", "--network", "acme", "--base-url", sim.baseUrl, "--json"], { env: { TWINGATE_API_KEY: DEMO_KEYS.readWrite, NODE_DEBUG: "fs" } });
    expect(run.code).toBe(0);
  });
});
