/**
 * Moving an applied configuration from the default address c1twingate.invalid/local/c1twingate
 * to a private registry's address (docs/pipelines.md, "HCP Terraform and Terraform Enterprise
 * remote runs"). The state names the provider by address and terraform init installs what the
 * state names too, so the documented commands (drop the lock, init for the backend, state
 * replace-provider, init) are run here by the real terraform: the old address from a filesystem
 * mirror, the new one (example.com/acme/c1twingate) from another, with a backend outside the
 * configuration's directory (it must be initialized before any state command, as a remote one).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROVIDER_SOURCE, PROVIDER_VERSION } from "../../src/provider/address";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { installProvider } from "../../src/tfplugin/packaging";
import { requireTerraform, TERRAFORM_TEST_TIMEOUT_MS } from "../helpers/terraform";
import { PROVIDER_BUNDLE } from "./provider-bundle";
import { createTfDir, type TfDir } from "./terraform-run";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const NEW_SOURCE = "example.com/acme/c1twingate";

function mainTf(source: string, statePath: string, baseUrl: string): string {
  return `terraform {
  backend "local" { path = ${JSON.stringify(statePath)} }
  required_providers {
    c1twingate = { source = "${source}", version = "~> 0.1" }
  }
}
provider "c1twingate" {
  base_url = "${baseUrl}"
}
variable "api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "c1twingate_credential_check" "this" {
  network = "acme"
  api_key = var.api_key
  require = "read"
}
`;
}

function mirrorBlock(dir: string, host: string): string {
  return `  filesystem_mirror {\n    path    = ${JSON.stringify(dir)}\n    include = ["${host}/*/*"]\n  }\n`;
}

/** The provider addresses `.terraform.lock.hcl` in `dir` has entries for. */
function lockedAddresses(dir: string): string[] {
  return [...readFileSync(join(dir, ".terraform.lock.hcl"), "utf8").matchAll(/^provider "([^"]+)"/gm)].map((m) => m[1] ?? "");
}

describe("moving an applied configuration to a private registry's address", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    requireTerraform();
    sim = await startSimulator({ rateLimit: false });
  });
  afterAll(async () => {
    await sim?.close();
  });

  /** Applies with the old address, then returns a clean checkout (main.tf on the new address, the old lock) and the CLI configs. */
  async function appliedWithOldAddress(tf: TfDir): Promise<{ checkout: string; bothMirrors: string; newMirrorOnly: string; env: NodeJS.ProcessEnv }> {
    const oldMirror = join(tf.root, "old-mirror");
    const newMirror = join(tf.root, "new-mirror");
    const [oldHost = "", oldNamespace = "", type = ""] = PROVIDER_SOURCE.split("/");
    installProvider({ file: PROVIDER_BUNDLE, hostname: oldHost, namespace: oldNamespace, type, version: PROVIDER_VERSION, mirrorDir: oldMirror });
    installProvider({ file: PROVIDER_BUNDLE, hostname: "example.com", namespace: "acme", type, version: PROVIDER_VERSION, mirrorDir: newMirror });
    const bothMirrors = join(tf.root, "both.tfrc");
    const newMirrorOnly = join(tf.root, "new-only.tfrc");
    writeFileSync(bothMirrors, `provider_installation {\n${mirrorBlock(oldMirror, oldHost)}${mirrorBlock(newMirror, "example.com")}}\n`);
    writeFileSync(newMirrorOnly, `provider_installation {\n${mirrorBlock(newMirror, "example.com")}}\n`);
    const statePath = join(tf.root, "backend", "terraform.tfstate");
    mkdirSync(join(tf.root, "backend"));
    const env = { TF_VAR_api_key: DEMO_KEYS.readWrite };
    const baseUrl = sim.baseUrl;

    writeFileSync(join(tf.work, "main.tf"), mainTf(PROVIDER_SOURCE, statePath, baseUrl));
    await tf.run(["init"], { env: { ...env, TF_CLI_CONFIG_FILE: bothMirrors } });
    await tf.run(["apply", "-auto-approve"], { env: { ...env, TF_CLI_CONFIG_FILE: bothMirrors } });
    expect(readFileSync(statePath, "utf8")).toContain(`provider[\\"${PROVIDER_SOURCE}\\"]`);

    // What a runner checks out after the address change: the configuration and the old lock file, no .terraform.
    const checkout = join(tf.root, "checkout");
    mkdirSync(checkout);
    copyFileSync(join(tf.work, ".terraform.lock.hcl"), join(checkout, ".terraform.lock.hcl"));
    writeFileSync(join(checkout, "main.tf"), mainTf(NEW_SOURCE, statePath, baseUrl));
    return { checkout, bothMirrors, newMirrorOnly, env };
  }

  /** The commands docs/pipelines.md gives, in its order. */
  async function migrate(tf: TfDir, cwd: string, env: NodeJS.ProcessEnv, oldMirrorGone: boolean): Promise<void> {
    rmSync(join(cwd, ".terraform.lock.hcl"), { force: true });
    const first = await tf.run(["init"], { cwd, env, allowFailure: true });
    // It sets up the backend either way; without the old mirror it then fails on the address the state names.
    expect(existsSync(join(cwd, ".terraform", "terraform.tfstate"))).toBe(true);
    if (oldMirrorGone) {
      expect(first.code).not.toBe(0);
      expect(first.stderr).toContain(PROVIDER_SOURCE);
    } else expect(first.code).toBe(0);
    const replaced = await tf.run(["state", "replace-provider", "-auto-approve", PROVIDER_SOURCE, NEW_SOURCE], { cwd, env });
    expect(replaced.stdout).toContain("Successfully replaced provider for 1 resources");
    await tf.run(["init"], { cwd, env });
    expect(lockedAddresses(cwd)).toEqual([NEW_SOURCE]);
  }

  /** A clean runner with the committed files only: init -lockfile=readonly and a plan with no changes. */
  async function cleanRunnerPlans(tf: TfDir, checkout: string, env: NodeJS.ProcessEnv): Promise<void> {
    const runner = join(tf.root, "runner");
    mkdirSync(runner);
    for (const f of ["main.tf", ".terraform.lock.hcl"]) copyFileSync(join(checkout, f), join(runner, f));
    await tf.run(["init", "-lockfile=readonly"], { cwd: runner, env });
    const plan = await tf.run(["plan", "-detailed-exitcode"], { cwd: runner, env });
    expect(plan.code).toBe(0);
    expect(lockedAddresses(runner)).toEqual([NEW_SOURCE]);
  }

  it("on a runner without the old mirror: plain init fails on the state's address; the documented commands migrate, and a clean init -lockfile=readonly and plan pass", async () => {
    const tf = createTfDir();
    try {
      const { checkout, newMirrorOnly, env: keyEnv } = await appliedWithOldAddress(tf);
      const env = { ...keyEnv, TF_CLI_CONFIG_FILE: newMirrorOnly };
      // The old advice (synth, init, commit the lock) fails here: terraform installs what the state names too.
      const plain = await tf.run(["init"], { cwd: checkout, env, allowFailure: true });
      expect(plain.code).not.toBe(0);
      expect(plain.stderr).toContain(PROVIDER_SOURCE);

      await migrate(tf, checkout, env, true);
      await cleanRunnerPlans(tf, checkout, env);
    } finally {
      tf.cleanup();
    }
  });

  it("where the old mirror is still configured: the same commands leave only the new address in the lock file", async () => {
    const tf = createTfDir();
    try {
      const { checkout, bothMirrors, newMirrorOnly, env } = await appliedWithOldAddress(tf);
      await migrate(tf, checkout, { ...env, TF_CLI_CONFIG_FILE: bothMirrors }, false);
      await cleanRunnerPlans(tf, checkout, { ...env, TF_CLI_CONFIG_FILE: newMirrorOnly });
    } finally {
      tf.cleanup();
    }
  });
});
