/**
 * The documented `terraform providers lock` commands, run as written in a stack the
 * TwingateIntegration construct synthesizes (it also has conductorone/conductorone): terraform
 * with a clean HOME, a CLI config without mirrors, our provider in the filesystem mirror that
 * `provider install` fills, no registry (outside tester of issue 12, finding 2).
 *
 * - the README's block (install the platforms, then lock our provider by address) runs as
 *   written, and records one h1: per installed platform, the ones `provider install` printed;
 * - the lock command `provider install` prints runs as printed;
 * - the form without the address fails in such a stack (why the docs name it);
 * - every lock command in the shipped docs that reads a mirror names our provider's address.
 *
 * `npx -p cdktf-twingate-conductorone c1-twingate` runs this checkout's CLI through a shim on
 * PATH, so the commands are executed exactly as the docs print them.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { IntegrationApp, TwingateIntegration } from "../../constructs";
import { requireTerraform } from "../helpers/terraform";
import { fencedBlocks, section } from "./markdown";
import { ROOT } from "./packed-package";

jest.setTimeout(900_000);

const ADDRESS = "c1twingate.invalid/local/c1twingate";
const CLI = join(ROOT, "dist", "cli.js");

let root: string;
let project: string;
let stackDir: string;
let env: NodeJS.ProcessEnv;

function sh(script: string, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-euo", "pipefail", "-c", script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The `h1:` hashes the lock file records for one provider. */
function lockedHashes(provider: string): string[] {
  const lock = readFileSync(join(stackDir, ".terraform.lock.hcl"), "utf8");
  const block = lock.split(/^provider /m).find((b) => b.startsWith(`"${provider}"`)) ?? "";
  return [...block.matchAll(/"(h1:[^"]+)"/g)].map((m) => m[1] ?? "").sort();
}

beforeAll(() => {
  requireTerraform();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (jest's global setup does)`);
  root = mkdtempSync(join(tmpdir(), "c1tg-lock-"));
  project = join(root, "my-integration");
  const home = join(root, "home");
  const bin = join(root, "bin");
  for (const d of [project, home, bin]) mkdirSync(d, { recursive: true });
  // `npx -p cdktf-twingate-conductorone c1-twingate …` → this checkout's CLI; anything else is refused.
  writeFileSync(
    join(bin, "npx"),
    `#!/bin/sh\nif [ "$1" = "-p" ] && [ "$2" = "cdktf-twingate-conductorone" ] && [ "$3" = "c1-twingate" ]; then shift 3; exec "${process.execPath}" "${CLI}" "$@"; fi\necho "npx shim: not a documented c1-twingate command: $*" >&2; exit 127\n`,
  );
  chmodSync(join(bin, "npx"), 0o755);
  const cliConfig = join(root, "no-mirror.tfrc");
  writeFileSync(cliConfig, "# no provider_installation: only terraform's implied mirrors\n");
  env = {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: home,
    TF_CLI_CONFIG_FILE: cliConfig,
    CHECKPOINT_DISABLE: "1",
    NO_COLOR: "1",
    // Node runtimes of the executables, shared with the repository's other tests (gitignored).
    C1TG_CACHE_DIR: join(ROOT, ".cache"),
  };
  // The README's stack: a TwingateIntegration in stack "twingate" (c1twingate and conductorone providers).
  const app = new App({ outdir: join(project, "cdktf.out"), stackTraces: false });
  const stack = new TerraformStack(app, "twingate");
  const apiKey = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
  new TwingateIntegration(stack, "Acme", { network: "acme", apiKey: apiKey.stringValue, app: IntegrationApp.fromDisplayName("Twingate"), owners: ["it-admins@acme.example"] });
  app.synth();
  stackDir = join(project, "cdktf.out", "stacks", "twingate");
  const tf = readFileSync(join(stackDir, "cdk.tf.json"), "utf8");
  expect(tf).toContain(ADDRESS);
  expect(tf).toContain("conductorone/conductorone");
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("documented terraform providers lock commands, in a stack of the construct", () => {
  let installOutput = "";

  it("the README's block runs as written: both installed platforms recorded for our provider", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = fencedBlocks(section(readme, "Install"), ["sh"]).find((b) => b.includes("providers lock"));
    expect(block).toBeDefined();
    const run = await sh(block ?? "", project);
    installOutput = run.stdout;
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const printed = [...run.stdout.matchAll(/^\s+(\w+_\w+)\s+lock hash: (h1:\S+)$/gm)].map((m) => m[2] ?? "").sort();
    expect(printed).toHaveLength(2);
    expect(lockedHashes(ADDRESS)).toEqual(printed);
  });

  it("the lock command provider install prints runs as printed", async () => {
    const hint = installOutput.split("\n").find((l) => l.trim().startsWith("terraform providers lock"));
    expect(hint).toBeDefined();
    expect(hint).toContain(ADDRESS);
    rmSync(join(stackDir, ".terraform.lock.hcl"), { force: true });
    const run = await sh(hint?.trim() ?? "", stackDir);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(lockedHashes(ADDRESS)).toHaveLength(2);
  });

  it("without the address the same command fails in such a stack (why the docs name it)", async () => {
    const run = await sh(`terraform providers lock -fs-mirror="$HOME/.terraform.d/plugins" -platform=linux_amd64`, stackDir);
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/conductorone\/conductorone/);
  });

  it("every documented lock command that reads a mirror names our provider's address", () => {
    const docs = ["README.md", ...readdirSync(join(ROOT, "docs")).map((f) => join("docs", f)), "examples/terraform/README.md", "examples/preview/README.md"];
    const lines = docs.flatMap((file) =>
      readFileSync(join(ROOT, file), "utf8")
        .replace(/\\\n\s*/g, " ")
        .split("\n")
        .filter((l) => /terraform providers lock .*-(fs|net)-mirror/.test(l))
        .map((l) => `${file}: ${l.trim()}`),
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.filter((l) => !l.includes(ADDRESS))).toEqual([]);
  });
});
