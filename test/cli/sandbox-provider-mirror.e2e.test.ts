/**
 * `c1-twingate sandbox --provider-mirror DIR`: a stack's other providers (hashicorp/null for
 * validation "local-exec", kubernetes for a self-hosted connector) come from the user's own
 * filesystem mirror, never from a registry, so the sandbox stays offline (issue 12, second outside
 * test: without it `terraform init` went to registry.terraform.io for hashicorp/null).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installProvider } from "../../src/tfplugin/packaging";
import { runCli } from "../helpers/cli";
import { requireTerraform } from "../helpers/terraform";

jest.setTimeout(300_000);

const PROVIDER_SCRIPT = join(__dirname, "..", "..", "dist", "terraform-provider-c1twingate");
let dir: string;
let project: string;
let mirror: string;

beforeAll(() => {
  requireTerraform();
  dir = mkdtempSync(join(tmpdir(), "c1tg-sandbox-mirror-"));
  project = join(dir, "stack");
  mkdirSync(project);
  // A stand-in for hashicorp/null (any provider executable serves: init only installs it).
  mirror = join(dir, "mirror");
  installProvider({ file: PROVIDER_SCRIPT, hostname: "registry.terraform.io", namespace: "hashicorp", type: "null", version: "3.2.4", mirrorDir: mirror });
  writeFileSync(
    join(project, "main.tf"),
    'terraform {\n  required_providers {\n    null = { source = "hashicorp/null", version = "3.2.4" }\n    c1twingate = { source = "c1twingate.invalid/local/c1twingate" }\n  }\n}\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `terraform init` in the sandbox, with a HOME of its own (no implied mirror of the user's). */
const initIn = (extra: string[]) =>
  runCli(["sandbox", ...extra, "--", "terraform", `-chdir=${project}`, "init", "-input=false", "-no-color"], {
    env: { HOME: join(dir, "home"), PATH: process.env.PATH, CHECKPOINT_DISABLE: "1" },
    timeoutMs: 240_000,
  });

describe("sandbox --provider-mirror", () => {
  it("without it, another provider is looked up in its registry (unreachable here): init fails on it", async () => {
    const run = await initIn([]);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/hashicorp\/null/);
  });

  it("with it, that provider comes from the user's mirror and init succeeds with no registry", async () => {
    const run = await initIn(["--provider-mirror", mirror]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Installing hashicorp/null v3.2.4");
    expect(run.stdout).toContain("Terraform has been successfully initialized!");
  });

  it("a directory that holds no provider is a usage error naming the layout", async () => {
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const run = await runCli(["sandbox", "--provider-mirror", empty, "--", "true"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("holds no provider: a filesystem mirror has HOSTNAME/NAMESPACE/TYPE/… directories");
  });
});
