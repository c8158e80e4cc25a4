/**
 * The provider behind an HTTP proxy, as a runner that reaches the internet only through one runs
 * it: terraform plans a credential check with HTTPS_PROXY (and SSL_CERT_FILE, for the CA of a
 * TLS-intercepting proxy or, here, of the test's Twingate) in its environment, and the provider
 * it starts reaches a Twingate host that only the proxy can resolve. The key crosses the proxy
 * only inside TLS; the proxy's password never reaches terraform's output or its trace log.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSimulatorPki } from "../../src/c1simulator/certificates";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { startTestProxy, startTlsFront, type TestProxy } from "../helpers/proxy-server";
import { createTerraformWorkspace, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type TerraformWorkspace } from "../helpers/terraform";
import { credentialCheckConfig } from "./terraform-run";
import { providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const HOST = "twingate.proxied.test";
const PASSWORD = "pr0xy-SECRET-in-env";

describe("terraform plan through HTTPS_PROXY", () => {
  let sim: RunningSimulator;
  let front: { port: number; close(): Promise<void> } | undefined;
  let proxy: TestProxy;
  let ws: TerraformWorkspace;
  let caFile: string;

  beforeAll(async () => {
    requireTerraform();
    const pki = generateSimulatorPki(new Date(), 2, [HOST]);
    sim = await startSimulator({ rateLimit: false });
    front = await startTlsFront(sim.port, { cert: pki.certPem, key: pki.keyPem });
    const frontPort = front.port;
    proxy = await startTestProxy((host, port) => (host === HOST && port === 443 ? { host: "127.0.0.1", port: frontPort } : undefined));
    ws = createTerraformWorkspace({ providers: [providerToInstall()] });
    caFile = join(ws.root, "ca.pem");
    writeFileSync(caFile, pki.caPem);
    ws.writeMainTf(credentialCheckConfig(`https://${HOST}/{network}`));
    await ws.run(["init"]);
  });

  afterAll(async () => {
    ws?.cleanup();
    await proxy?.close();
    await front?.close();
    await sim?.close();
  });

  const plan = (env: NodeJS.ProcessEnv, logName: string) =>
    ws.run(["plan", "-no-color"], {
      allowFailure: true,
      env: { TF_VAR_api_key: DEMO_KEYS.readWrite, SSL_CERT_FILE: caFile, TF_LOG: "trace", TF_LOG_PATH: join(ws.root, logName), ...env },
    });

  it("checks the key through the proxy, with credentials from the variable, and the proxy sees neither the key nor the request", async () => {
    proxy.behave({ kind: "auth", credentials: `ci:${PASSWORD}` });
    const before = proxy.received().length;
    const run = await plan({ HTTPS_PROXY: proxy.url.replace("http://", `http://ci:${PASSWORD}@`) }, "ok.log");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Plan: 1 to add");
    expect(proxy.seen.map((s) => `${s.method} ${s.target}`)).toContain(`CONNECT ${HOST}:443`);
    const sent = proxy.received().subarray(before);
    expect(sent.includes(DEMO_KEYS.readWrite)).toBe(false);
    expect(sent.includes("graphql")).toBe(false);
    const everything = run.stdout + run.stderr + readFileSync(join(ws.root, "ok.log"), "utf8");
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(DEMO_KEYS.readWrite);
  });

  it("a proxy that refuses the tunnel fails the plan with TG_PROXY, naming the proxy and the variable", async () => {
    proxy.behave({ kind: "status", status: 403 });
    const run = await plan({ https_proxy: proxy.url.replace("http://", `http://ci:${PASSWORD}@`) }, "refused.log");
    expect(run.code).toBe(1);
    const text = (run.stdout + run.stderr).replace(/\s*\n\s*│?\s*/g, " ");
    expect(text).toContain("TG_PROXY");
    if (process.env.SHOW_PROXY_RUN) console.log(run.stdout + run.stderr);
    expect(text).toContain(`${proxy.url} (from https_proxy)`);
    expect(text).toContain(`refused CONNECT ${HOST}:443 with HTTP 403`);
    expect(run.stdout + run.stderr + readFileSync(join(ws.root, "refused.log"), "utf8")).not.toContain(PASSWORD);
  });

  it("an unusable proxy variable fails the plan before any request, with the value's password hidden", async () => {
    proxy.behave({ kind: "forward" });
    const seen = proxy.seen.length;
    const run = await plan({ HTTPS_PROXY: `socks5://ci:${PASSWORD}@127.0.0.1:1080` }, "invalid.log");
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain("TG_PROXY_INVALID");
    if (process.env.SHOW_PROXY_RUN) console.log(run.stdout + run.stderr);
    expect(run.stdout + run.stderr).toContain("socks5 proxies are not supported");
    expect(run.stdout + run.stderr + readFileSync(join(ws.root, "invalid.log"), "utf8")).not.toContain(PASSWORD);
    expect(proxy.seen.length).toBe(seen);
  });
});
