/**
 * `validation: "local-exec"` end to end with the real terraform binary: a null_resource runs
 * `c1-twingate check` at apply time, before the integration, with the key in the
 * provisioner's environment. Stand-ins serve hashicorp/null and conductorone/conductorone
 * (neither can be downloaded here); the CLI talks to the Twingate simulator.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { IntegrationApp, TwingateIntegration } from "../../constructs";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { readStandinState, seedStandinState, STANDIN_VERSION, STATE_FILE_ENV } from "../../src/standins/conductorone";
import { buildProviderBundle, createTerraformWorkspace, requireTerraform, type RunResult, type TerraformWorkspace } from "../helpers/terraform";

jest.setTimeout(300_000);

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli.js");
const STANDIN_BUNDLE = join(ROOT, "dist", "terraform-provider-conductorone");
const ALICE = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", display_name: "Alice Admin" };

function synth(outdir: string, cliCommand: string): string {
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, "local-exec");
  new LocalBackend(stack, { path: "terraform.tfstate" });
  const apiKey = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
  new TwingateIntegration(stack, "Acme", {
    network: "acme",
    apiKey: apiKey.stringValue,
    app: IntegrationApp.create({ displayName: "Twingate (acme)" }),
    owners: [ALICE.email],
    access: "provisioning",
    validation: "local-exec",
    cliCommand,
  });
  app.synth();
  return readFileSync(join(outdir, "stacks", "local-exec", "cdk.tf.json"), "utf8");
}

const text = (r: RunResult) => `${r.stdout}\n${r.stderr}`;

describe("TwingateIntegration with validation local-exec, with terraform", () => {
  let sim: RunningSimulator;
  let ws: TerraformWorkspace;
  let standinFile: string;
  let json: string;
  const outputs: string[] = [];

  const apply = async (key: string) => {
    const r = await ws.run(["apply", "-auto-approve", "-input=false"], { allowFailure: true, env: { TF_VAR_twingate_api_key: key } });
    outputs.push(text(r));
    return r;
  };

  beforeAll(async () => {
    requireTerraform();
    for (const file of [CLI, STANDIN_BUNDLE]) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
    sim = await startSimulator();
    ws = createTerraformWorkspace({ providers: [] });
    const nullBundle = buildProviderBundle(join(ROOT, "test", "fixtures", "null-provider-main.ts"), join(ws.root, "terraform-provider-null")).file;
    const { installProvider } = await import("../../src/tfplugin");
    installProvider({ file: nullBundle, hostname: "registry.terraform.io", namespace: "hashicorp", type: "null", version: "3.2.4", mirrorDir: ws.mirrorDir });
    installProvider({ file: STANDIN_BUNDLE, hostname: "registry.terraform.io", namespace: "conductorone", type: "conductorone", version: STANDIN_VERSION, mirrorDir: ws.mirrorDir });
    const { writeCliConfig } = await import("../../src/tfplugin");
    writeCliConfig(ws.cliConfigFile, { mirrorDir: ws.mirrorDir, include: ["registry.terraform.io/*/*"] });

    // What a runner would have on PATH as `c1-twingate`, pointed at the simulator.
    const wrapper = join(ws.root, "c1-twingate");
    writeFileSync(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@" --base-url '${sim.baseUrl}'\n`);
    chmodSync(wrapper, 0o755);

    standinFile = join(ws.root, "conductorone-standin.json");
    ws.env[STATE_FILE_ENV] = standinFile;
    seedStandinState(standinFile, { users: [ALICE] });
    json = synth(join(ws.root, "cdktf.out"), wrapper);
    writeFileSync(join(ws.dir, "cdk.tf.json"), json);
    await ws.run(["init", "-input=false"]);
  });

  afterAll(async () => {
    ws?.cleanup();
    await sim?.close();
  });

  it("fails the apply at the check when a Read-only key is used for provisioning, before anything is created", async () => {
    const r = await apply(DEMO_KEYS.readOnly);
    expect(r.code).not.toBe(0);
    expect(text(r)).toMatch(/local-exec provisioner error/);
    // Streamed output is suppressed (the environment holds a sensitive value), but terraform
    // prints the command's output in the error: the human report with its fix.
    expect(text(r)).toContain("PERMISSION_INSUFFICIENT");
    expect(text(r)).toContain("Read & Write");
    // Nothing reached ConductorOne: the new app waits for the check too.
    expect(readStandinState(standinFile).events).toEqual([]);
  });

  it("applies with a Read & Write key: the check runs first, then the integration", async () => {
    const r = await apply(DEMO_KEYS.readWrite);
    expect(r.code).toBe(0);
    const lines = text(r).split("\n");
    const checkDone = lines.findIndex((l) => /^null_resource\.\S+: Creation complete/.test(l));
    const integrationStarts = lines.findIndex((l) => /^conductorone_integration_twingate\.\S+: Creating\.\.\./.test(l));
    expect(checkDone).toBeGreaterThanOrEqual(0);
    expect(integrationStarts).toBeGreaterThan(checkDone);
    expect(readStandinState(standinFile).events.map((e) => `${e.action}:${e.type}`)).toEqual([
      "create:conductorone_app",
      "create:conductorone_integration_twingate",
      "create:conductorone_connector_owner_user",
    ]);
  });

  it("keeps the key off the command line and out of cdk.tf.json and terraform's output", () => {
    const resource = (JSON.parse(json) as { resource: { null_resource: Record<string, { provisioner: { "local-exec": { command: string; environment: Record<string, string> } }[] }> } }).resource.null_resource;
    const exec = Object.values(resource)[0]!.provisioner[0]!["local-exec"];
    expect(exec.command).not.toMatch(/var\.twingate_api_key/);
    expect(exec.environment.TWINGATE_API_KEY).toContain("var.twingate_api_key");
    for (const key of [DEMO_KEYS.readOnly, DEMO_KEYS.readWrite]) {
      expect(json).not.toContain(key);
      for (const out of outputs) expect(out).not.toContain(key);
    }
  });
});
