/**
 * Issue 12, walked as a newcomer walks it: outside this repository, from the packed tarball,
 * with the packages a user gets from the npm registry today, doing what the docs say:
 *
 * 1. the README's Install commands, as written (cdktf init, the TypeScript pin, the package, the
 *    provider install): every line runs, the project gets what the README promises;
 * 2. every TypeScript snippet of the installed README and docs type-checks in that project;
 * 3. a prop mistake prints the prop error once, named, without a minified line;
 * 4. the offline test kit of docs/offline-testing.md runs the user's stack: `c1-twingate sandbox`
 *    with the documented tenant and seed files, `cdktf deploy`; and the errors a user meets there
 *    speak the construct's words, one per cause, with the real reason;
 * 5. the pull-request workflow, copied into the user's repository, runs step by step with a
 *    GitHub-like environment on a pull request from a fork (no secrets: a warning annotation and
 *    summary, no plan); a pull request from the repository itself (check passes, plan runs) is
 *    test/newcomer/workflow-stacks.e2e.test.ts's, on an app with two stacks.
 *
 * The npm registry must be reachable (a clear failure otherwise, never a skip), terraform ≥ 1.11
 * on PATH. Slow by nature (npm installs, cdktf, terraform): generous timeouts, no timing asserted.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { requireTerraform } from "../helpers/terraform";
import { createConsumerProject, requireNpmRegistry, type CommandResult, type ConsumerProject } from "./consumer-project";
import { fencedBlocks, section, shellCommands } from "./markdown";
import { packedPackage, ROOT, type PackedPackage } from "./packed-package";
import { readWorkflow, runWorkflow, type StepRun } from "./workflow-runner";

jest.setTimeout(2_400_000);

const PKG = "cdktf-twingate-conductorone";
const PROJECT = "my-integration";
/** Node runtimes and built executables, shared with the repository's other tests (gitignored). */
const C1TG_CACHE = join(ROOT, ".cache");

let packed: PackedPackage;
let project: ConsumerProject;
/** The user's project directory, made by the README's first commands. */
let dir: string;
const installed = (...parts: string[]): string => join(dir, "node_modules", PKG, ...parts);
const doc = (file: string): string => readFileSync(installed(file), "utf8");
const output = (r: CommandResult): string => `${r.stdout}\n${r.stderr}`;
/**
 * For a run whose program is one a test before it type-checked through ts-node, with only a string
 * literal changed (same types) or nothing: ts-node skips its type-check (~4 s of CPU against
 * cdktf's and our declarations) and runs the same JavaScript. These runs assert the product's
 * runtime messages; the type-check of that program, as the user's `npx ts-node main.ts` does it,
 * is proven by the run named where each is used.
 */
const SAME_TYPES_AS_CHECKED = { TS_NODE_TRANSPILE_ONLY: "true" };

function expectOk(r: CommandResult): void {
  if (r.code !== 0) throw new Error(`${r.command} exited ${r.code}\n--- stdout\n${r.stdout.slice(-8000)}\n--- stderr\n${r.stderr.slice(-8000)}`);
}

beforeAll(() => {
  requireTerraform();
  requireNpmRegistry();
  packed = packedPackage();
  project = createConsumerProject({ name: PROJECT, create: false });
  dir = project.dir;
});
afterAll(() => project?.remove());

describe("a newcomer, from the packed package", () => {
  it("installs with the README's Install commands, as written", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const commands = shellCommands(fencedBlocks(section(readme, "Install"), ["sh"])[0] ?? "");
    expect(commands[0]).toBe(`mkdir ${PROJECT} && cd ${PROJECT}`);
    // The published name is this tarball; everything else runs exactly as written.
    const script = commands.map((c) => c.replace(new RegExp(`^npm install ${PKG}$`), `npm install ${packed.tarball}`)).join("\n");
    expect(script).toContain(`npm install ${packed.tarball}`);
    expectOk(await project.sh(script, { cwd: project.root, env: { C1TG_CACHE_DIR: C1TG_CACHE }, timeoutMs: 1_800_000 }));

    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(["cdktf", "constructs", PKG]));
    expect(manifest.devDependencies.typescript).toBe("~5.9");
    expect(manifest.devDependencies["cdktf-cli"]).toMatch(/^\^0\.21/);
    // constructs as cdktf init installs it today (10.8+), accepted by the peer range.
    const constructs = JSON.parse(readFileSync(join(dir, "node_modules", "constructs", "package.json"), "utf8")) as { version: string };
    expect(constructs.version).toMatch(/^10\./);
    // The provider, where terraform init finds it with no configuration.
    const plugins = join(project.home, ".terraform.d", "plugins", "c1twingate.invalid", "local", "c1twingate");
    expect(readdirSync(plugins)).toEqual([packed.version]);
  });

  it("type-checks every TypeScript snippet of the installed README and docs in the user's project", async () => {
    const sources = ["README.md", ...readdirSync(installed("docs")).map((f) => join("docs", f))];
    const snippets = sources.flatMap((file) => fencedBlocks(doc(file), ["ts", "typescript"]).map((code, i) => ({ file, i, code })));
    expect(snippets.length).toBeGreaterThanOrEqual(5);
    mkdirSync(join(dir, "snippets"), { recursive: true });
    for (const s of snippets) writeFileSync(join(dir, "snippets", `${s.file.replace(/[/.]/g, "_")}_${s.i}.ts`), s.code);
    // The project's own tsconfig (cdktf init's: strict, CommonJS, node10 resolution); snippets are
    // excerpts, so a name they declare and never read is not held against them.
    writeFileSync(
      join(dir, "tsconfig.snippets.json"),
      JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { noEmit: true, noUnusedLocals: false, noUnusedParameters: false, incremental: false }, include: ["snippets/*.ts"] }),
    );
    const tsc = await project.run(join(dir, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.snippets.json"]);
    expect(output(tsc).trim()).toBe("");
    expect(tsc.code).toBe(0);
  });

  it("shows a prop mistake once, by name, with no minified line", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const snippet = fencedBlocks(section(readme, "Using the construct"), ["ts"])[0] ?? "";
    writeFileSync(join(dir, "bad.ts"), snippet.replace('network: "acme.twingate.com",', 'network: "acme.example.com",'));
    const problem = 'network must be a twingate network name such as "acme" or "acme.twingate.com", got "acme.example.com"';
    // What the app prints (cdktf.json's app: npx ts-node main.ts).
    const app = await project.run("npx", ["--no", "ts-node", "bad.ts"]);
    expect(app.code).not.toBe(0);
    expect(app.stderr.split(problem).length - 1).toBe(1);
    expect(app.stderr).toContain("InvalidIntegrationPropsError: twingate integration 'Acme' has invalid props:");
    expect(app.stderr).toContain("code: 'C1TG_CONSTRUCT_INVALID_PROPS'");
    expect(Math.max(...app.stderr.split("\n").map((l) => l.length))).toBeLessThan(400);
    // Through cdktf, which prints the app's stderr as it comes and again in its summary.
    // bad.ts type-checked in the run above.
    const synth = await project.run("npx", ["--no", "cdktf", "synth", "--app", "npx ts-node bad.ts"], { env: SAME_TYPES_AS_CHECKED });
    expect(synth.code).not.toBe(0);
    expect(output(synth).split(problem).length - 1).toBeLessThanOrEqual(2);
    expect(Math.max(...output(synth).split("\n").map((l) => l.length))).toBeLessThan(600);
  });

  describe("the offline test kit (docs/offline-testing.md)", () => {
    let kit: { main: string; twingate: string; seed: string; env: Record<string, string>; command: string };

    beforeAll(() => {
      const text = doc("docs/offline-testing.md");
      const [main] = fencedBlocks(section(text, "1. Point the check at the sandbox when it runs"), ["ts"]);
      const [twingate, seed] = fencedBlocks(section(text, "2. Describe your tenant"), ["json"]);
      const commands = shellCommands(fencedBlocks(section(text, "3. Run it"), ["sh"])[0] ?? "");
      const env = Object.fromEntries(commands.filter((c) => c.startsWith("export ")).map((c) => c.slice("export ".length).split("=") as [string, string]));
      const command = commands.find((c) => c.includes("c1-twingate sandbox")) ?? "";
      kit = { main: main ?? "", twingate: twingate ?? "", seed: seed ?? "", env, command };
      writeFileSync(join(dir, "main.ts"), kit.main);
      writeFileSync(join(dir, "twingate.json"), kit.twingate);
      writeFileSync(join(dir, "conductorone.json"), kit.seed);
      expect(kit.command).toMatch(/^npx -p cdktf-twingate-conductorone c1-twingate sandbox .* -- npx cdktf deploy --auto-approve --skip-provider-lock twingate$/);
    });

    /** The documented command with another cdktf verb and arguments after `--`. */
    const withCdktf = (args: string): string => kit.command.replace(/-- npx cdktf .*$/, `-- npx cdktf ${args}`);

    it("deploys the user's stack against the simulators, as documented", async () => {
      const run = await project.sh(kit.command, { env: kit.env });
      expectOk(run);
      expect(run.stdout).toMatch(/Apply complete! Resources: \d+ added/);
      for (const key of Object.values(kit.env)) expect(output(run)).not.toContain(key);
    });

    it("a Read-only key: one error, in the construct's words", async () => {
      const readOnly = JSON.stringify(JSON.parse(kit.twingate)).match(/"key":"([^"]+)","permission":"read"/)?.[1] ?? "";
      expect(readOnly).not.toBe("");
      // main.ts as deployed (type-checked) above.
      const run = await project.sh(withCdktf("diff --skip-provider-lock twingate"), { env: { TF_VAR_twingate_api_key: readOnly, ...SAME_TYPES_AS_CHECKED } });
      expect(run.code).not.toBe(0);
      const text = output(run);
      expect(text).toMatch(/is Read-only \(.*\), but access: "provisioning" needs a Read & Write key/);
      expect(text).not.toContain('require = "write"');
      expect(text).not.toContain(readOnly);
    });

    it("a provisioning group that does not exist: the real reason in the error", async () => {
      writeFileSync(join(dir, "main.ts"), kit.main.replace('groupsToProvision: ["Contractors"]', 'groupsToProvision: ["Contractorz"]'));
      // The deployed main.ts (type-checked) with another string in a string[].
      const run = await project.sh(withCdktf("diff --skip-provider-lock twingate"), { env: { ...kit.env, ...SAME_TYPES_AS_CHECKED } });
      expect(run.code).not.toBe(0);
      // The reason is in the error itself (terraform wraps the message: any white space between words).
      const said = "Twingate group 'Contractorz' cannot be provisioned by ConductorOne: it does not exist in the network (no group has that name or ID)";
      expect(output(run)).toMatch(new RegExp(said.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+")));
    });

    it("a typo'd network: the check's error, whose fix does not repeat the typo as the right name", async () => {
      writeFileSync(join(dir, "main.ts"), kit.main.replace('network: "acme",', 'network: "acmee",'));
      // The deployed main.ts (type-checked) with another string for a string prop.
      const run = await project.sh(withCdktf("diff --skip-provider-lock twingate"), { env: { ...kit.env, ...SAME_TYPES_AS_CHECKED } });
      expect(run.code).not.toBe(0);
      const text = output(run);
      expect(text).toMatch(/Error: Twingate credential check: no Twingate network named 'acmee'/);
      expect(text).toMatch(/To fix: check the spelling of the network name "acmee" against your Twingate/);
      // The error's fix never offers the typo as the right name. (The sandbox's synth warning names the
      // host ConductorOne would sync, https://acmee.twingate.com, by design: the kit checks the simulator.)
      const errorText = text.split("\n").filter((l) => !/^\s*(\S+\s+)?WARN \[/.test(l.replace(/\u001b\[[0-9;]*[A-Za-z]/g, ""))).join("\n");
      expect(errorText).not.toMatch(/https:\/\/acmee\.twingate\.com/);
      // One cause, one error: the check's (cdktf prints it twice, as it comes and in its summary); the preview leaves it to the check.
      const errors = text.split("\n").filter((l) => /^\s*(│\s*)?Error: /.test(l) && !/Stack failed to plan/.test(l));
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e).toMatch(/Error: Twingate credential check: no Twingate network named 'acmee'/);
    });

    it("works with the provider declared after the integration", async () => {
      const provider = kit.main.split("\n").find((l) => l.includes("new c1twingate.provider.C1TwingateProvider")) ?? "";
      expect(provider).not.toBe("");
      const moved = kit.main.replace(`${provider}\n`, "").replace("app.synth();", `${provider}\napp.synth();`);
      writeFileSync(join(dir, "main.ts"), moved);
      // Another program than the deployed one (the provider outside the sandbox's `if`): type-checked as the user's run does it.
      const run = await project.sh(withCdktf("diff --skip-provider-lock twingate"), { env: kit.env });
      expectOk(run);
      writeFileSync(join(dir, "main.ts"), kit.main);
    });
  });

  // The workflow on a pull request from the repository itself (check, then plan) runs in
  // test/newcomer/workflow-stacks.e2e.test.ts, on an app with two stacks; here, a fork's.
  describe("the pull-request workflow, copied into the user's repository", () => {
    beforeAll(() => {
      // The user's repository: the project as installed (main.ts is the offline kit's stack).
      mkdirSync(join(dir, ".github", "workflows"), { recursive: true });
      writeFileSync(join(dir, ".github", "workflows", "plan-check.yml"), doc("examples/github/plan-check.yml"));
    });

    function run(name: string, event: unknown, secrets: Record<string, string>): Promise<StepRun[]> {
      return runWorkflow(readWorkflow(join(dir, ".github", "workflows", "plan-check.yml")), {
        repository: dir,
        workDir: join(project.root, `workflow-${name}`),
        secrets,
        event,
        // main.ts is the deployed one (type-checked above); what runs here is the workflow's fork handling.
        runnerEnv: { ...project.env, C1TG_CACHE_DIR: C1TG_CACHE, ...SAME_TYPES_AS_CHECKED },
        timeoutMs: 1_200_000,
      });
    }
    const step = (steps: StepRun[], name: RegExp): StepRun => {
      const found = steps.find((s) => name.test(s.name));
      if (!found) throw new Error(`no step ${name}: ${steps.map((s) => s.name).join(", ")}`);
      return found;
    };

    it("on a fork's pull request (no secrets): a warning annotation and summary, and no plan", async () => {
      const payload = { pull_request: { head: { repo: { full_name: "mallory/infra", fork: true } }, base: { repo: { full_name: "acme/infra" } } } };
      const steps = await run("fork", payload, {});
      expect(steps.filter((s) => s.outcome === "failure").map((s) => s.name)).toEqual([]);
      const check = step(steps, /Check the Twingate API keys/);
      expect(check.outputs.verdict).toBe("skipped");
      expect(check.annotations).toEqual([
        expect.objectContaining({ level: "warning", title: "c1-twingate check: skipped", message: expect.stringContaining("secrets are not available to pull requests from forks") }),
      ]);
      expect(check.summary).toContain("Twingate credential check skipped");
      expect(step(steps, /^cdktf diff$/).outcome).toBe("skipped");
    });
  });
});
