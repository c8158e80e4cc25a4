/**
 * A bare terraform working dir for the packaging suites: own HOME, own CLI config (empty unless
 * given, so only Terraform's implied mirrors apply), PATH chosen per test. Unlike
 * test/helpers/terraform.ts it installs nothing: the suites install the way users do.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROVIDER_VERSION } from "../../src/provider/address";
import { runTerraform, type RunResult } from "../helpers/terraform";

/** One terraform run: its arguments (with `-no-color`), exit code and output. */
export type TfResult = RunResult;

export interface TfDir {
  root: string;
  home: string;
  work: string;
  cliConfig: string;
  env: NodeJS.ProcessEnv;
  run(args: string[], options?: { env?: NodeJS.ProcessEnv; allowFailure?: boolean; cwd?: string }): Promise<TfResult>;
  cleanup(): void;
}

export function createTfDir(options: { cliConfig?: string; env?: NodeJS.ProcessEnv } = {}): TfDir {
  const root = mkdtempSync(join(tmpdir(), "c1tg-tf-"));
  const home = join(root, "home");
  const work = join(root, "work");
  mkdirSync(home);
  mkdirSync(work);
  const cliConfig = join(root, "terraform.rc");
  writeFileSync(cliConfig, options.cliConfig ?? "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    TMPDIR: process.env.TMPDIR,
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    CHECKPOINT_DISABLE: "1",
    NO_COLOR: "1",
    ...options.env,
  };
  return {
    root,
    home,
    work,
    cliConfig,
    env,
    run(args, runOptions = {}) {
      return runTerraform(args, { cwd: runOptions.cwd ?? work, env: { ...env, ...runOptions.env }, ...(runOptions.allowFailure !== undefined ? { allowFailure: runOptions.allowFailure } : {}) });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A configuration with one credential check against `baseUrl` (the simulator), the key from TF_VAR_api_key. */
export function credentialCheckConfig(baseUrl: string): string {
  return `
terraform {
  required_providers {
    c1twingate = { source = "c1twingate.invalid/local/c1twingate", version = "${PROVIDER_VERSION}" }
  }
}
provider "c1twingate" { base_url = "${baseUrl}" }
variable "api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "c1twingate_credential_check" "this" {
  network = "acme"
  api_key = var.api_key
  require = "write"
}
output "permission" { value = c1twingate_credential_check.this.permission }
`;
}

/**
 * `aliases` aliased c1twingate providers, each with one write check of network acme (key from
 * `var.api_key`): the configuration of bench/provider.bench.ts (d) and the alias memory test.
 */
export function aliasedChecksConfig(baseUrl: string, aliases: number): string {
  return `${credentialCheckConfig(baseUrl).split("provider ")[0]}
variable "api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
${Array.from(
  { length: aliases },
  (_, i) => `provider "c1twingate" {
  alias    = "a${i}"
  base_url = "${baseUrl}"
}
resource "c1twingate_credential_check" "a${i}" {
  provider = c1twingate.a${i}
  network  = "acme"
  api_key  = var.api_key
  require  = "write"
}`,
).join("\n")}
`;
}

/** The `hashes = [...]` of our provider in a lock file's text. */
export function lockedHashes(lockText: string): string[] {
  const block = lockText.split('provider "c1twingate.invalid/local/c1twingate"')[1] ?? "";
  const list = /hashes\s*=\s*\[([^\]]*)\]/.exec(block)?.[1] ?? "";
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "");
}
