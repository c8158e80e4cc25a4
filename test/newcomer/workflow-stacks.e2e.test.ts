/**
 * The pull-request workflow (examples/github/plan-check.yml, as shipped) on an app with two
 * stacks, only one of which has a credential check (outside tester of issue 12, findings 1 and
 * 10). A user's project made from the packed tarball and the registry's packages; the workflow's
 * `run:` steps in order with a GitHub-like environment against the Twingate simulator.
 *
 * - the stack with a c1twingate_credential_check is checked (verdict passed) and planned;
 * - the stack without one is not a red job: "nothing to check" (a notice, verdict none), planned;
 * - each secret reaches only the steps that use it, and no output shows one;
 * - terraform finds our provider only because the workflow's `provider install` step put it in
 *   the job's HOME: the steps run with a CLI config that names no mirror, and the stack's
 *   installed provider is read back from that HOME.
 *
 * Needs the npm registry (a clear failure otherwise, never a skip) and terraform on PATH.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { requireTerraform } from "../helpers/terraform";
import { createConsumerProject, requireNpmRegistry, type ConsumerProject } from "./consumer-project";
import { packedPackage, ROOT } from "./packed-package";
import { readWorkflow, runWorkflow, type StepRun } from "./workflow-runner";

jest.setTimeout(2_400_000);

const PKG = "cdktf-twingate-conductorone";

/** Two stacks: `twingate` checks a key (the provider pointed at the simulator the way docs/offline-testing.md does); `other` has no check. */
const MAIN_JS = `const { App, TerraformOutput, TerraformStack, TerraformVariable } = require("cdktf");
const { c1twingate } = require("${PKG}");

const app = new App();

const twingate = new TerraformStack(app, "twingate");
new c1twingate.provider.C1TwingateProvider(twingate, "c1twingate", {
  ...(process.env.C1TWINGATE_SANDBOX_BASE_URL ? { baseUrl: process.env.C1TWINGATE_SANDBOX_BASE_URL } : {}),
});
const key = new TerraformVariable(twingate, "twingate_api_key", { type: "string", sensitive: true });
new c1twingate.credentialCheck.CredentialCheck(twingate, "Acme", { network: "acme", apiKey: key.stringValue, require: "read" });

const other = new TerraformStack(app, "other");
new TerraformOutput(other, "greeting", { value: "no Twingate here" });

app.synth();
`;

/** The ConductorOne provider's credentials as repository secrets: no stack here uses them, the workflow still hands them to `cdktf diff` only. */
const C1_CLIENT_ID = "c1-client-id-for-the-workflow-test";
const C1_CLIENT_SECRET = "c1-client-secret-0f9e8d7c6b5a4f3e2d1c";

let sim: RunningSimulator;
let project: ConsumerProject;
let steps: StepRun[];
let workDir: string;

const step = (name: RegExp, stack?: string): StepRun => {
  const found = steps.find((s) => name.test(s.name) && (stack === undefined || s.matrix.stack === stack));
  if (!found) throw new Error(`no step ${name} ${stack ?? ""}: ${steps.map((s) => `${s.name} ${JSON.stringify(s.matrix)}`).join(", ")}`);
  return found;
};

beforeAll(async () => {
  requireTerraform();
  requireNpmRegistry();
  const packed = packedPackage();
  project = createConsumerProject({ prefix: "c1tg-stacks-", name: "stacks-app" });
  const dir = project.dir;
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "stacks-app", version: "1.0.0", private: true }, null, 2));
  await project.must("npm", ["install", packed.tarball, "cdktf@^0.21", "constructs@^10.8", "cdktf-cli@^0.21"], { timeoutMs: 1_800_000 });
  writeFileSync(
    join(dir, "cdktf.json"),
    JSON.stringify({ language: "typescript", app: "node main.js", projectId: "stacks-app", sendCrashReports: "false", terraformProviders: [], terraformModules: [], context: {} }, null, 2),
  );
  writeFileSync(join(dir, "main.js"), MAIN_JS);
  writeFileSync(join(dir, ".gitignore"), "node_modules\ncdktf.out\n");
  mkdirSync(join(dir, ".github", "workflows"), { recursive: true });
  writeFileSync(join(dir, ".github", "workflows", "plan-check.yml"), readFileSync(join(dir, "node_modules", PKG, "examples", "github", "plan-check.yml"), "utf8"));

  sim = await startSimulator();
  // A CLI config that names no mirror: only terraform's implied one, the job's ~/.terraform.d/plugins.
  const cliConfig = join(project.root, "no-mirror.tfrc");
  writeFileSync(cliConfig, "# no provider_installation: terraform's implied local mirrors (~/.terraform.d/plugins) only\n");
  workDir = join(project.root, "workflow");
  const payload = { pull_request: { head: { repo: { full_name: "acme/infra", fork: true } }, base: { repo: { full_name: "acme/infra", fork: true } } } };
  steps = await runWorkflow(readWorkflow(join(dir, ".github", "workflows", "plan-check.yml")), {
    repository: dir,
    workDir,
    secrets: { TWINGATE_API_KEY: DEMO_KEYS.readOnly, CONDUCTORONE_CLIENT_ID: C1_CLIENT_ID, CONDUCTORONE_CLIENT_SECRET: C1_CLIENT_SECRET },
    event: payload,
    runnerEnv: { ...project.env, TF_CLI_CONFIG_FILE: cliConfig, C1TG_CACHE_DIR: join(ROOT, ".cache"), C1TWINGATE_SANDBOX_BASE_URL: sim.baseUrl },
    timeoutMs: 1_200_000,
  });
});
afterAll(async () => {
  await sim?.close();
  project?.remove();
});

describe("the pull-request workflow on a two-stack app (one stack without a credential check)", () => {
  it("no step fails; both stacks are listed from the manifest", () => {
    const failed = steps.filter((s) => s.outcome === "failure");
    expect(failed.map((s) => `${s.job} ${s.name} ${JSON.stringify(s.matrix)}: ${s.stdout.slice(-3000)} ${s.stderr.slice(-3000)}`)).toEqual([]);
    expect((JSON.parse(step(/List the stacks/).outputs.stacks ?? "[]") as string[]).sort()).toEqual(["other", "twingate"]);
  });

  it("the stack with a check: checked (a same-repository PR in a repository that is itself a fork has its secrets), then planned", () => {
    const check = step(/Check the Twingate API keys/, "twingate");
    expect(check.outputs.verdict).toBe("passed");
    expect(check.summary).toContain("✅ Twingate credential check for `acme`");
    expect(step(/^cdktf diff$/, "twingate").outcome).toBe("success");
    for (const s of steps) {
      expect(`${s.stdout}${s.stderr}${s.summary}`).not.toContain(DEMO_KEYS.readOnly);
      expect(`${s.stdout}${s.stderr}${s.summary}`).not.toContain(C1_CLIENT_SECRET);
    }
  });

  it("secrets reach only the steps that use them (never npm ci, the provider install or synth)", () => {
    const given = steps.filter((s) => s.envNames.some((n) => /TF_VAR_|CONDUCTORONE_CLIENT/.test(n)));
    expect(given.map((s) => `${s.matrix.stack} ${s.name}`).sort()).toEqual(["other Check the Twingate API keys", "other cdktf diff", "twingate Check the Twingate API keys", "twingate cdktf diff"]);
    expect(step(/^cdktf diff$/, "twingate").envNames).toEqual(expect.arrayContaining(["CONDUCTORONE_CLIENT_ID", "CONDUCTORONE_CLIENT_SECRET", "TF_VAR_twingate_api_key"]));
    expect(step(/Check the Twingate API keys/, "twingate").envNames).not.toContain("CONDUCTORONE_CLIENT_SECRET");
  });

  it("the stack without one: nothing to check (a notice, verdict none), and it is planned", () => {
    const check = step(/Check the Twingate API keys/, "other");
    expect(check.outcome).toBe("success");
    expect(check.outputs.verdict).toBe("none");
    expect(check.annotations).toEqual([expect.objectContaining({ level: "notice", message: expect.stringContaining("no credential check in stack other: nothing to check") })]);
    expect(check.summary).toContain("stack `other`: nothing to check");
    const diff = step(/^cdktf diff$/, "other");
    expect(diff.outcome).toBe("success");
  });

  it("terraform took our provider from where the workflow's `provider install` step put it (the job's HOME)", () => {
    const install = step(/provider install/, "twingate");
    expect(install.outcome).toBe("success");
    const job = readdirSync(workDir).find((d) => /^job-\d+-plan$/.test(d) && existsSync(join(workDir, d, "workspace", "cdktf.out", "stacks", "twingate", ".terraform")));
    expect(job).toBeDefined();
    const root = join(workDir, job ?? "");
    const plugins = join(root, "home", ".terraform.d", "plugins", "c1twingate.invalid", "local", "c1twingate");
    expect(existsSync(plugins)).toBe(true);
    // terraform init links (or copies) the provider from the mirror it used: that mirror is the job's HOME.
    const used = join(root, "workspace", "cdktf.out", "stacks", "twingate", ".terraform", "providers", "c1twingate.invalid", "local", "c1twingate");
    const version = readdirSync(used)[0] ?? "";
    const platform = readdirSync(join(used, version))[0] ?? "";
    expect(realpathSync(join(used, version, platform))).toBe(realpathSync(join(plugins, version, platform)));
  });
});
