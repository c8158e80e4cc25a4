import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSimulatorPki } from "../../src/c1simulator/certificates";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
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

describe("SSL_CERT_DIR", () => {
  it("a directory holding the CA (among other files) makes the check trust it, as Go's providers read the variable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cert-dir-"));
    try {
      writeFileSync(join(dir, "corp-proxy-ca.crt"), pki.caPem);
      writeFileSync(join(dir, "README"), "CA certificates\n");
      const run = await runCli(["check", "--network", "acme", "--base-url", `https://${HOST}/{network}`, "--json"], {
        env: { TWINGATE_API_KEY: DEMO_KEYS.readWrite, HTTPS_PROXY: proxy.url, SSL_CERT_DIR: `/nonexistent:${dir}` },
      });
      expect({ code: run.code, out: run.stdout }).toMatchObject({ code: 0 });
      // And without it, the same run is refused as untrusted, naming the variable among the fixes.
      const refused = await runCli(["check", "--network", "acme", "--base-url", `https://${HOST}/{network}`, "--json"], { env: { TWINGATE_API_KEY: DEMO_KEYS.readWrite, HTTPS_PROXY: proxy.url } });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/TG_TLS[^]*SSL_CERT_DIR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("NODE_TLS_REJECT_UNAUTHORIZED=0, ConductorOne's side (c1-twingate connector)", () => {
  let c1: RunningConductorOneSimulator;
  beforeAll(async () => {
    c1 = await startConductorOneSimulator({ apps: [{ displayName: "Twingate" }] });
  });
  afterAll(() => c1.close());

  // The ConductorOne simulator's certificate comes from its own CA, which this run does not trust.
  const status = (env: NodeJS.ProcessEnv) =>
    runCli(["connector", "status", "--app-id", c1.apps()[0]!.id, "--connector-id", "3NoSuchConnector000000000000", "--json"], {
      env: { CONDUCTORONE_SERVER_URL: c1.url, CONDUCTORONE_ACCESS_TOKEN: c1.credentials.accessToken, NODE_TLS_REJECT_UNAUTHORIZED: "0", ...env },
    });

  it("does not make the connector commands send the token to a server no trusted CA vouches for: direct", async () => {
    const before = c1.requests.length;
    const run = await status({});
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: "C1_TLS" } });
    expect(run.stdout + run.stderr).not.toContain(c1.credentials.accessToken);
    expect(c1.requests.length).toBe(before);
  });

  it("nor through a CONNECT tunnel (to the TLS front above, whose server counts what reaches it)", async () => {
    const before = sim.stats.requests;
    const seen = proxy.seen.length;
    const run = await status({ HTTPS_PROXY: proxy.url, CONDUCTORONE_SERVER_URL: `https://${HOST}` });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: "C1_TLS" } });
    expect(proxy.seen.slice(seen).some((s) => s.target === `${HOST}:443`)).toBe(true);
    expect(sim.stats.requests).toBe(before);
  });

  it("and the same command trusts the simulator once its CA is given the supported way (the failure above is the variable's, not the set-up's)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "c1-ca-"));
    try {
      writeFileSync(join(dir, "ca.pem"), c1.caPem);
      const run = await status({ SSL_CERT_FILE: join(dir, "ca.pem") });
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: "C1_NOT_FOUND" } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
