/**
 * `validation: "local-exec"` end to end with the real terraform binary: a null_resource runs
 * `c1-twingate check` at apply time, before the integration, with the key in the
 * provisioner's environment. Stand-ins serve hashicorp/null and conductorone/conductorone
 * (neither can be downloaded here; the latter keeps its objects in the ConductorOne API
 * simulator); the CLI talks to the Twingate simulator.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { IntegrationApp, TwingateIntegration } from "../../constructs";
import { DEMO_KEYS } from "../../src/simulator";
import { CONDUCTORONE_STANDIN_PROVIDER, startIntegrationEnvironment, syncStatusOf, type IntegrationEnvironment } from "../helpers/integration-environment";
import { CLI_PATH } from "../helpers/cli";
import { buildProviderBundle, changeSummaryOf, diagnosticsOf, hookIndex, messagesOf, type RunResult } from "../helpers/terraform";

jest.setTimeout(300_000);

const ROOT = join(__dirname, "..", "..");
const CLI = CLI_PATH;
const ALICE = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", displayName: "Alice Admin" };

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
  let env: IntegrationEnvironment;
  let bundleDir: string;
  let json: string;
  const outputs: string[] = [];

  /** Applies with `-json`: tests assert diagnostics and messages, not terraform's rendering. */
  const apply = async (key: string) => {
    const r = await env.ws.run(["apply", "-auto-approve", "-input=false", "-json"], { allowFailure: true, env: { TF_VAR_twingate_api_key: key } });
    outputs.push(text(r));
    return r;
  };

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
    bundleDir = mkdtempSync(join(tmpdir(), "null-provider-"));
    const nullBundle = buildProviderBundle(join(ROOT, "test", "fixtures", "null-provider-main.ts"), join(bundleDir, "terraform-provider-null")).file;
    env = await startIntegrationEnvironment({
      seed: { users: [ALICE] },
      providers: [{ file: nullBundle, hostname: "registry.terraform.io", namespace: "hashicorp", type: "null", version: "3.2.4" }, CONDUCTORONE_STANDIN_PROVIDER],
    });

    // What a runner would have on PATH as `c1-twingate`, pointed at the simulator.
    const wrapper = join(env.ws.root, "c1-twingate");
    writeFileSync(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@" --base-url '${env.twingate.baseUrl}'\n`);
    chmodSync(wrapper, 0o755);

    json = synth(join(env.ws.root, "cdktf.out"), wrapper);
    writeFileSync(join(env.ws.dir, "cdk.tf.json"), json);
    await env.ws.run(["init", "-input=false"]);
  });

  afterAll(async () => {
    await env?.cleanup();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  it("fails the apply at the check when a Read-only key is used for provisioning, before anything is created", async () => {
    const r = await apply(DEMO_KEYS.readOnly);
    expect(r.code).not.toBe(0);
    // Streamed output is suppressed (the environment holds a sensitive value), but terraform
    // puts the command's output in the error's detail: the human report with its fix.
    expect(diagnosticsOf(r, env.ws)).toEqual([
      expect.objectContaining({
        severity: "error",
        summary: "local-exec provisioner error",
        address: expect.stringMatching(/^null_resource\./),
        detail: expect.stringContaining("PERMISSION_INSUFFICIENT"),
      }),
    ]);
    expect(diagnosticsOf(r, env.ws)[0]?.detail).toContain("Read & Write");
    // Nothing reached ConductorOne: the new app waits for the check too.
    expect(env.changes()).toEqual([]);
  });

  it("applies with a Read & Write key: the check runs first, then the integration", async () => {
    const r = await apply(DEMO_KEYS.readWrite);
    expect(r.code).toBe(0);
    expect(changeSummaryOf(r)).toMatchObject({ operation: "apply", add: 4 });
    const messages = messagesOf(r);
    const checkDone = hookIndex(messages, "apply_complete", /^null_resource\./);
    const integrationStarts = hookIndex(messages, "apply_start", /^conductorone_integration_twingate\./);
    expect(checkDone).toBeGreaterThanOrEqual(0);
    expect(integrationStarts).toBeGreaterThan(checkDone);
    expect(env.changes()).toEqual(["create app", "create connector", "create connector_owner_user"]);
    // ConductorOne's connector syncs against Twingate with the key it was given.
    const [connector] = env.connectors();
    const synced = await env.waitForConnector(connector!.id, (c) => c.pending === null && c.syncs > 0);
    expect(syncStatusOf(synced)).toBe("SYNC_STATUS_DONE");
  });

  it("keeps the key off the command line and out of cdk.tf.json, terraform's output and what the ConductorOne simulator logs", () => {
    const resource = (JSON.parse(json) as { resource: { null_resource: Record<string, { provisioner: { "local-exec": { command: string; environment: Record<string, string> } }[] }> } }).resource.null_resource;
    const exec = Object.values(resource)[0]!.provisioner[0]!["local-exec"];
    expect(exec.command).not.toMatch(/var\.twingate_api_key/);
    expect(exec.environment.TWINGATE_API_KEY).toContain("var.twingate_api_key");
    for (const key of [DEMO_KEYS.readOnly, DEMO_KEYS.readWrite]) {
      expect(json).not.toContain(key);
      for (const out of outputs) expect(out).not.toContain(key);
      expect(env.c1Text()).not.toContain(key);
    }
  });
});
