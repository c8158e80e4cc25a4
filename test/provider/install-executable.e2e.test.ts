/**
 * `c1-twingate provider install` (default: the self-contained executable for this platform) into
 * Terraform's implied mirror of a clean HOME; then terraform init, plan and apply a credential
 * check against the simulator with a PATH that holds terraform and nothing else: no node.
 * Then the two forms side by side: one lock file listing both hashes accepts either.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { currentPlatform, packageHashV1 } from "../../src/tfplugin";
import { runCli } from "../helpers/cli";
import { diagnosticsOf, outputsOf, plannedActionsOf, requireTerraform } from "../helpers/terraform";
import { readElfMachine } from "../tfplugin/packaging/executable-formats";
import { CACHE_ENV, pathWithoutNode } from "./executable-fixture";
import { createTfDir, credentialCheckConfig, lockedHashes, type TfDir } from "./terraform-run";

jest.setTimeout(900_000);

interface InstallJson {
  form: string;
  platforms: string[];
  packages: { platform: string; path: string; executable: string; hash: string }[];
}

describe("the provider executable under terraform, no node on PATH", () => {
  let sim: RunningSimulator;
  let tf: TfDir;
  let noNode: string;

  beforeAll(async () => {
    requireTerraform();
    sim = await startSimulator({ rateLimit: false });
    tf = createTfDir({ env: { TF_VAR_api_key: DEMO_KEYS.readWrite } });
    noNode = pathWithoutNode(tf.root);
    writeFileSync(join(tf.work, "main.tf"), credentialCheckConfig(sim.baseUrl));
  });
  afterAll(async () => {
    tf?.cleanup();
    await sim?.close();
  });

  const install = async (...flags: string[]): Promise<InstallJson> => {
    const run = await runCli(["provider", "install", "--json", ...flags], { env: { HOME: tf.home, ...CACHE_ENV }, timeoutMs: 900_000 });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as InstallJson;
  };

  let executableHash = "";

  it("installs the executable for this platform and terraform plans and applies with it", async () => {
    const installed = await install();
    expect(installed.form).toBe("executable");
    expect(installed.platforms).toEqual([currentPlatform()]);
    const pkg = installed.packages[0];
    expect(pkg?.executable).toBe(join(tf.home, ".terraform.d/plugins/c1twingate.invalid/local/c1twingate/0.1.0", currentPlatform(), "terraform-provider-c1twingate_v0.1.0"));
    const bytes = readFileSync(pkg?.executable ?? "");
    expect(bytes.subarray(0, 2).toString()).not.toBe("#!");
    if (currentPlatform() === "linux_amd64") expect(readElfMachine(bytes)).toBe(62);
    expect(packageHashV1(pkg?.path ?? "")).toBe(pkg?.hash);
    executableHash = pkg?.hash ?? "";

    const env = { PATH: noNode };
    await tf.run(["init"], { env });
    expect(lockedHashes(readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8"))).toEqual([executableHash]);
    const plan = await tf.run(["plan", "-json"], { env });
    expect(plannedActionsOf(plan)).toEqual([["c1twingate_credential_check.this", "create"]]);
    const apply = await tf.run(["apply", "-auto-approve", "-json"], { env });
    expect(outputsOf(apply).permission?.value).toBe("write");
    for (const out of [plan, apply]) expect(`${out.stdout}${out.stderr}`).not.toContain(DEMO_KEYS.readWrite);
  });

  it("a bad key fails the plan with the provider's diagnostic, still without node", async () => {
    const plan = await tf.run(["plan", "-json"], { env: { PATH: noNode, TF_VAR_api_key: DEMO_KEYS.revoked }, allowFailure: true });
    expect(plan.code).toBe(1);
    expect(diagnosticsOf(plan, { dir: tf.work })).toEqual([
      expect.objectContaining({ severity: "error", address: "c1twingate_credential_check.this", attribute: "api_key", summary: expect.stringMatching(/revoked|not valid|rejected/i) }),
    ]);
    expect(`${plan.stdout}${plan.stderr}`).not.toContain(DEMO_KEYS.revoked);
  });

  it("script and executable are interchangeable: a lock listing both hashes accepts either", async () => {
    // The script form in place of the executable: the lock knows only the executable's hash.
    const script = await install("--script", "--platform", currentPlatform());
    const scriptHash = script.packages[0]?.hash ?? "";
    expect(scriptHash).not.toBe(executableHash);
    const refused = await tf.run(["init", "-json"], { allowFailure: true });
    expect(refused.code).toBe(1);
    expect(diagnosticsOf(refused, { dir: tf.work })).toContainEqual(expect.objectContaining({ severity: "error", detail: expect.stringMatching(/checksums/) }));

    // Record the script's hash too (as a team would for machines using either form).
    await tf.run(["providers", "lock", `-fs-mirror=${join(tf.home, ".terraform.d", "plugins")}`, `-platform=${currentPlatform()}`]);
    expect(lockedHashes(readFileSync(join(tf.work, ".terraform.lock.hcl"), "utf8")).sort()).toEqual([executableHash, scriptHash].sort());
    await tf.run(["init"]);
    // -detailed-exitcode: 0 is "no changes", 2 would be a diff.
    expect((await tf.run(["plan", "-detailed-exitcode"])).code).toBe(0);

    // And back to the executable, without touching the lock file.
    await install();
    await tf.run(["init"], { env: { PATH: noNode } });
    expect((await tf.run(["plan", "-detailed-exitcode"], { env: { PATH: noNode } })).code).toBe(0);
  });
});
