/**
 * The real cdktf CLI on a small project that uses TwingateIntegration: `cdktf synth`,
 * then `cdktf deploy --skip-provider-lock --auto-approve`, offline, with both providers
 * from a filesystem mirror (our c1twingate against the Twingate simulator, the ConductorOne
 * stand-in on the ConductorOne simulator). Slow (the CLI itself starts in seconds), hence
 * its own file.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_KEYS } from "../../src/simulator";
import { startIntegrationEnvironment, syncStatusOf, type IntegrationEnvironment } from "../helpers/integration-environment";

jest.setTimeout(480_000);

const ROOT = join(__dirname, "..", "..");
const STACK = "acme-integration";
const APP_ID = "2ZuTwingateApp000000000000a";
const OWNER_ID = "2ZuAlice000000000000000000a";

const CDKTF_JSON = {
  language: "typescript",
  app: "npx tsx main.ts",
  output: "cdktf.out",
  codeMakerOutput: ".gen",
  terraformProviders: [],
  terraformModules: [],
  sendCrashReports: "false",
  context: {},
};

/** The user's program: imports the construct library from this repository by absolute path. */
const MAIN_TS = `
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { c1twingate, IntegrationApp, TwingateIntegration } from ${JSON.stringify(join(ROOT, "constructs"))};

const app = new App();
const stack = new TerraformStack(app, ${JSON.stringify(STACK)});
new LocalBackend(stack, { path: "terraform.tfstate" });
// The CLI passes the environment to the app, except TF_VAR_*.
new c1twingate.provider.C1TwingateProvider(stack, "c1twingate", { baseUrl: process.env.SIMULATOR_BASE_URL });
const apiKey = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
new TwingateIntegration(stack, "Acme", {
  network: "acme.twingate.com",
  apiKey: apiKey.stringValue,
  app: IntegrationApp.fromDisplayName("Twingate"),
  owners: [${JSON.stringify(OWNER_ID)}],
  access: "read-only",
  allowCheckedHostMismatch: true, // the check calls the simulator (issue 10 §3)
});
app.synth();
`;

interface CliRun {
  code: number | null;
  output: string;
  ms: number;
}

describe("cdktf synth and cdktf deploy of a TwingateIntegration project", () => {
  let env: IntegrationEnvironment;
  let project: string;

  const cdktf = (args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> => {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const child = spawn(join(ROOT, "node_modules", ".bin", "cdktf"), args, {
        cwd: project,
        env: {
          ...env.ws.env,
          // Offline and quiet: no telemetry/version check, no prompts, no plugin cache override.
          CI: "1",
          CHECKPOINT_DISABLE: "1",
          DISABLE_VERSION_CHECK: "1",
          CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1",
          FORCE_COLOR: "0",
          SIMULATOR_BASE_URL: env.twingate.baseUrl,
          ...extraEnv,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      const timer = setTimeout(() => child.kill("SIGKILL"), 450_000);
      child.on("error", reject);
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ code, output, ms: performance.now() - started });
      });
    });
  };

  beforeAll(async () => {
    env = await startIntegrationEnvironment({ seed: { users: [{ id: OWNER_ID, email: "alice@acme.example" }], apps: [{ id: APP_ID, displayName: "Twingate" }] } });
    project = env.ws.dir;
    writeFileSync(join(project, "cdktf.json"), JSON.stringify(CDKTF_JSON, null, 2));
    writeFileSync(join(project, "main.ts"), MAIN_TS);
    // `npx tsx` and `import "cdktf"` resolve from the project dir: share this repo's node_modules.
    symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  });

  afterAll(async () => {
    await env?.cleanup();
  });

  it("synthesizes the stack with the CLI", async () => {
    const r = await cdktf(["synth"]);
    expect(r.output).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const file = join(project, "cdktf.out", "stacks", STACK, "cdk.tf.json");
    expect(existsSync(file)).toBe(true);
    const doc = JSON.parse(readFileSync(file, "utf8")) as { resource: Record<string, unknown>; provider: { c1twingate: { base_url: string }[] } };
    expect(Object.keys(doc.resource).sort()).toEqual(["c1twingate_credential_check", "conductorone_connector_owner_user", "conductorone_integration_twingate"]);
    expect(doc.provider.c1twingate[0]?.base_url).toBe(env.twingate.baseUrl);
  });

  it("deploys with --skip-provider-lock: the check, then the integration in ConductorOne, which then syncs", async () => {
    const r = await cdktf(["deploy", STACK, "--skip-provider-lock", "--auto-approve"], { TF_VAR_twingate_api_key: DEMO_KEYS.readOnly });
    expect(r.code).toBe(0);
    // cdktf deploy has no machine-readable output: what it prints for a person is all there is to assert.
    expect(r.output).toContain("Apply complete! Resources: 3 added, 0 changed, 0 destroyed.");
    // cdktf prefixes the stack name and appends the construct path: "<stack>  <address> (Acme/CredentialCheck): ...".
    const lines = r.output.split("\n");
    const checkDone = lines.findIndex((l) => /c1twingate_credential_check\.\S+ \(Acme\/CredentialCheck\): Creation complete/.test(l));
    const integrationStarts = lines.findIndex((l) => /conductorone_integration_twingate\.\S+ \(Acme\/Resource\): Creating/.test(l));
    expect(checkDone).toBeGreaterThanOrEqual(0);
    expect(integrationStarts).toBeGreaterThan(checkDone);
    const [connector] = env.connectors();
    expect(connector).toMatchObject({ appId: APP_ID, json: expect.objectContaining({ config: expect.objectContaining({ configuration: { twingate_domain: { stringValue: "acme" } } }) }) });
    expect(env.changes()).toEqual(["create connector", "create connector_owner_user"]);
    expect(env.c1.changes()[1]?.id).toBe(`${connector?.id}/owner/${OWNER_ID}`);
    const synced = await env.waitForConnector(connector!.id, (c) => c.pending === null && c.syncs > 0);
    expect(syncStatusOf(synced)).toBe("SYNC_STATUS_DONE");
    for (const key of Object.values(DEMO_KEYS)) {
      expect(r.output).not.toContain(key);
      expect(env.c1Text()).not.toContain(key);
      expect(readFileSync(join(project, "cdktf.out", "stacks", STACK, "cdk.tf.json"), "utf8")).not.toContain(key);
    }
    // The CLI writes no plugin cache dir into our temp HOME (CDKTF_DISABLE_PLUGIN_CACHE_ENV).
    expect(existsSync(join(env.ws.home, ".terraform.d", "plugin-cache"))).toBe(false);
  });
});
