/**
 * The provider trusts the system's CA bundle as Terraform's Go providers do: with no
 * SSL_CERT_FILE, SSL_CERT_DIR or NODE_EXTRA_CA_CERTS, a CA that is only in
 * /etc/ssl/certs/ca-certificates.crt (an inspecting proxy's, added with update-ca-certificates)
 * verifies Twingate's certificate. The test substitutes that file for terraform and the provider
 * it starts only, in a private mount namespace of an unprivileged user namespace (`unshare -rm`,
 * then a bind mount): nothing of the machine's /etc changes. Where unshare is not permitted the
 * test is skipped, saying so; the file list's order is tested without it in test/net/ca-file.test.ts.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSimulatorPki } from "../../src/c1simulator/certificates";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { startTlsFront } from "../helpers/proxy-server";
import { createTerraformWorkspace, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type TerraformWorkspace } from "../helpers/terraform";
import { credentialCheckConfig } from "./terraform-run";
import { providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";
const canSubstitute = existsSync(SYSTEM_BUNDLE) && spawnSync("unshare", ["-rm", "sh", "-c", `mount --bind /dev/null ${SYSTEM_BUNDLE}`]).status === 0;
if (!canSubstitute) console.warn(`skipped: cannot bind-mount over ${SYSTEM_BUNDLE} in an unprivileged mount namespace (unshare -rm) here`);

(canSubstitute ? describe : describe.skip)("terraform plan trusting the system's CA bundle", () => {
  let sim: RunningSimulator;
  let front: { port: number; close(): Promise<void> } | undefined;
  let ws: TerraformWorkspace;
  let bin: string;

  beforeAll(async () => {
    requireTerraform();
    const pki = generateSimulatorPki(new Date(), 2);
    sim = await startSimulator({ rateLimit: false });
    front = await startTlsFront(sim.port, { cert: pki.certPem, key: pki.keyPem });
    ws = createTerraformWorkspace({ providers: [providerToInstall()] });
    // The machine's bundle with the test CA appended, as update-ca-certificates would leave it.
    const bundle = join(ws.root, "ca-certificates.crt");
    writeFileSync(bundle, `${readFileSync(SYSTEM_BUNDLE, "utf8")}\n${pki.caPem}`);
    // `terraform` on PATH runs the real one in a namespace where the system bundle is that copy.
    const real = spawnSync("sh", ["-c", "command -v terraform"], { encoding: "utf8" }).stdout.trim();
    bin = join(ws.root, "bin");
    mkdirSync(bin);
    writeFileSync(
      join(bin, "terraform"),
      `#!/bin/sh\nexec unshare -rm sh -c 'mount --bind "$0" ${SYSTEM_BUNDLE} && exec "$@"' '${bundle}' '${real}' "$@"\n`,
    );
    chmodSync(join(bin, "terraform"), 0o755);
    ws.writeMainTf(credentialCheckConfig(`https://localhost:${front.port}/{network}`));
    await ws.run(["init"]);
  });

  afterAll(async () => {
    ws?.cleanup();
    await front?.close();
    await sim?.close();
  });

  const plan = (path: string) => ws.run(["plan", "-no-color"], { allowFailure: true, env: { PATH: path, TF_VAR_api_key: DEMO_KEYS.readWrite } });

  it("trusts a CA found only in the system bundle, no variable set", async () => {
    expect(ws.env.SSL_CERT_FILE ?? ws.env.SSL_CERT_DIR ?? ws.env.NODE_EXTRA_CA_CERTS).toBeUndefined();
    const run = await plan(`${bin}:${process.env.PATH ?? ""}`);
    expect(run.stderr).not.toContain("TG_TLS");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('permission = "write"');
  });

  it("and refuses the same server where the system bundle lacks that CA (the control)", async () => {
    const run = await plan(process.env.PATH ?? "");
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`.replace(/\s+/g, " ")).toContain("not signed by a CA this machine trusts");
  });
});
