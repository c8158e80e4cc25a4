/**
 * Issue 14 §3 end to end: TwingateIntegration with verifySync, synthesized with cdktf, deployed
 * with the real terraform binary — our c1twingate provider against the Twingate simulator, the
 * ConductorOne stand-in keeping its objects in the ConductorOne API simulator, whose Twingate
 * connectors sync against the Twingate simulator with the key they were given. Both providers
 * take ConductorOne credentials from the same CONDUCTORONE_* environment (and SSL_CERT_FILE).
 *
 * - good key: apply creates the integration, then waits for its first sync: Connected;
 * - the sync breaks later (ConductorOne's sync fails while the key still passes our check, as an
 *   IP allow-list would make it): the next plan warns; onProblem "fail" fails it;
 * - a rotation whose sync never finishes: apply ends at the budget with a clear message and the
 *   sync resource tainted, which the next plan replaces;
 * - key revoked in Twingate after the plan's check but before ConductorOne's first sync: apply
 *   fails naming the sync error; rotating to a good key fixes it in one apply;
 * - no key and no ConductorOne secret in cdk.tf.json, terraform's output, the trace log or our
 *   resources' state.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { c1twingate, IntegrationApp, SyncVerification, TwingateIntegration, type SyncVerificationOptions } from "../../constructs";
import { DEMO_KEYS } from "../../src/simulator";
import { startIntegrationEnvironment, type IntegrationEnvironment } from "../helpers/integration-environment";
import { until } from "../helpers/processes";
import { diagnosticsOf, type RunResult } from "../helpers/terraform";

jest.setTimeout(600_000);

const ALICE = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", displayName: "Alice Admin" };

interface StackOptions {
  baseUrl: string;
  level?: "started" | "completed";
  sync?: SyncVerificationOptions;
}

/** One TwingateIntegration stack with verifySync, synthesized into `outdir`; returns cdk.tf.json's text. */
function synth(outdir: string, options: StackOptions): string {
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, "integration");
  new LocalBackend(stack, { path: "terraform.tfstate" });
  new c1twingate.provider.C1TwingateProvider(stack, "c1twingate", { baseUrl: options.baseUrl });
  const apiKey = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
  const sync = { budgetMinutes: 1, pollIntervalSeconds: 1, ...options.sync };
  new TwingateIntegration(stack, "Acme", {
    network: "acme",
    apiKey: apiKey.stringValue,
    app: IntegrationApp.create({ displayName: "Twingate (acme)" }),
    owners: [ALICE.email],
    allowCheckedHostMismatch: true,
    verifySync: options.level === "started" ? SyncVerification.started(sync) : SyncVerification.completed(sync),
  });
  app.synth();
  return readFileSync(join(outdir, "stacks", "integration", "cdk.tf.json"), "utf8");
}

/** A terraform working dir for one TwingateIntegration stack, recording everything it printed, synthesized and logged. */
function deployer(env: IntegrationEnvironment) {
  const seen: string[] = [];
  const logFiles: string[] = [];
  return {
    seen,
    logFiles,
    synth(options: Omit<StackOptions, "baseUrl"> = {}): void {
      const json = synth(join(env.ws.root, "cdktf.out"), { baseUrl: env.twingate.baseUrl, ...options });
      seen.push(json);
      writeFileSync(join(env.ws.dir, "cdk.tf.json"), json);
    },
    async run(args: string[], key: string): Promise<RunResult> {
      const logFile = join(env.ws.root, `trace-${logFiles.length}.log`);
      logFiles.push(logFile);
      const r = await env.ws.run([...args, "-input=false"], { allowFailure: true, env: { TF_VAR_twingate_api_key: key, TF_LOG: "trace", TF_LOG_PATH: logFile } });
      seen.push(r.stdout, r.stderr);
      return r;
    },
    sync: () => env.ws.state().resources.find((r) => r.type === "c1twingate_connector_sync")?.instances[0] as { status?: string; attributes: Record<string, unknown> } | undefined,
    logs: () => logFiles.filter((f) => existsSync(f)).map((f) => readFileSync(f, "utf8")).join("\n"),
  };
}

/** The one live connector the stand-in made. */
function connectorOf(env: IntegrationEnvironment): string {
  const live = env.connectors();
  if (live.length !== 1) throw new Error(`expected one connector, found ${live.length}`);
  return live[0]!.id;
}

describe("TwingateIntegration verifySync with terraform: good key, a sync that breaks later, a sync that never finishes", () => {
  let env: IntegrationEnvironment;
  let d: ReturnType<typeof deployer>;

  beforeAll(async () => {
    env = await startIntegrationEnvironment({ seed: { users: [ALICE] }, c1: { sync: { queueMs: 300, runMs: 1000 } } });
    d = deployer(env);
    d.synth();
    await env.ws.run(["init", "-input=false"]);
  });
  afterAll(async () => {
    await env?.cleanup();
  });

  it("apply creates the integration, then waits for its first sync and ends Connected; the next plan is quiet", async () => {
    const apply = await d.run(["apply", "-auto-approve"], DEMO_KEYS.readWrite);
    expect(apply.stderr).toBe("");
    expect(apply.code).toBe(0);
    const text = apply.stdout;
    expect(text).toMatch(/Apply complete! Resources: \d+ added, 0 changed, 0 destroyed\./);
    // Terraform's order: the integration is created before the wait starts.
    const lines = text.split("\n");
    const integrationDone = lines.findIndex((l) => /^conductorone_integration_twingate\.\S+: Creation complete/.test(l));
    const waitStarts = lines.findIndex((l) => /^c1twingate_connector_sync\.\S+: Creating\.\.\./.test(l));
    expect(integrationDone).toBeGreaterThanOrEqual(0);
    expect(waitStarts).toBeGreaterThan(integrationDone);
    expect(text).toMatch(/Acme_sync_status_\w+ = "Connected"/);
    expect(d.sync()?.attributes).toMatchObject({ label: "Connected", status: "SYNC_STATUS_DONE", verified_at: expect.stringMatching(/^\d{4}-/), twingate_api_key: null });
    const synced = env.c1.connector(connectorOf(env));
    expect(synced.lastSync).toMatchObject({ ok: true });
    const again = await d.run(["plan", "-detailed-exitcode", "-json"], DEMO_KEYS.readWrite);
    expect(again.code).toBe(0);
    // Quiet about the sync: the only warnings are the connector view's tenant remarks (the demo tenant has PENDING users).
    expect(diagnosticsOf(again, env.ws).filter((w) => !w.address?.startsWith("data.c1twingate_sync_preview."))).toEqual([]);
  });

  it("warns at the next plan once ConductorOne's sync fails (the key still passes our check), and fails it with onProblem \"fail\"", async () => {
    const id = connectorOf(env);
    env.c1.setSyncBehaviour({ kind: "fail", lastError: "twingate-client: GraphQL HTTP request failed 401 Unauthorized" }, id);
    const before = env.c1.connector(id).syncs;
    env.c1.queueSync(id);
    await env.waitForConnector(id, (c) => c.pending === null && c.syncs > before);
    const warned = await d.run(["plan", "-json"], DEMO_KEYS.readWrite);
    expect(warned.code).toBe(0);
    const warnings = diagnosticsOf(warned, env.ws).filter((w) => w.severity === "warning" && !w.address?.startsWith("data.c1twingate_sync_preview."));
    expect(warnings).toEqual([
      expect.objectContaining({
        address: expect.stringMatching(/^data\.c1twingate_connector_status\./),
        summary: `ConductorOne connector status: the last sync of connector ${id} of app ${env.c1.connector(id).appId} failed (SYNC_STATUS_ERROR): twingate-client: GraphQL HTTP request failed 401 Unauthorized`,
      }),
    ]);
    expect(warnings[0]?.detail).toContain("Likely meaning: Twingate refused the API key");
    d.synth({ sync: { onProblem: "fail" } });
    const failed = await d.run(["plan", "-json"], DEMO_KEYS.readWrite);
    expect(failed.code).toBe(1);
    expect(diagnosticsOf(failed, env.ws).filter((x) => x.severity === "error")).toEqual([expect.objectContaining({ detail: expect.stringContaining("(C1_SYNC_ERROR)") })]);
    env.c1.setSyncBehaviour({ kind: "twingate" }, id);
    d.synth();
  });

  it("a rotated key whose sync never finishes: apply ends at the budget with a clear message, and the next plan replaces the tainted wait", async () => {
    const id = connectorOf(env);
    env.c1.setSyncBehaviour({ kind: "never-finish" }, id);
    d.synth({ sync: { budgetMinutes: 0.1 } });
    const apply = await d.run(["apply", "-auto-approve", "-json"], DEMO_KEYS.provision);
    expect(apply.code).toBe(1);
    const errors = diagnosticsOf(apply, env.ws).filter((x) => x.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        address: expect.stringMatching(/^c1twingate_connector_sync\./),
        summary: expect.stringMatching(new RegExp(`^ConductorOne connector sync: waited 6 s for connector ${id} of app \\S+ to sync; the budget ran out while it was (Syncing|Not connected)`)),
      }),
    ]);
    expect(errors[0]?.detail).toContain("Raise budget_minutes");
    // The integration holds the new key; the wait is recorded, tainted, not verified.
    expect(env.changes()).toContain("update connector");
    expect(d.sync()).toMatchObject({ status: "tainted", attributes: { verified_at: null } });
    const plan = await d.run(["plan", "-detailed-exitcode"], DEMO_KEYS.provision);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/c1twingate_connector_sync\.\S+ is tainted, so must be replaced/);
  });

  it("never wrote a key or ConductorOne secret to cdk.tf.json, terraform's output, the trace log, or our resources' state", () => {
    const secrets = [...Object.values(DEMO_KEYS), env.c1.credentials.clientSecret];
    const logs = d.logs();
    expect(logs).toContain("conductorone: connector sync status");
    const ours = JSON.stringify(env.ws.state().resources.filter((r) => r.type.startsWith("c1twingate_")));
    for (const secret of secrets) {
      for (const text of d.seen) expect(text).not.toContain(secret);
      expect(logs).not.toContain(secret);
      expect(ours).not.toContain(secret);
    }
  });
});

describe("TwingateIntegration verifySync with terraform: the key is revoked before ConductorOne's first sync", () => {
  let env: IntegrationEnvironment;
  let d: ReturnType<typeof deployer>;
  const key = "sim-rw-RevokedBeforeSync0123456789abcdef";

  beforeAll(async () => {
    env = await startIntegrationEnvironment({ seed: { users: [ALICE] }, c1: { sync: { queueMs: 300, runMs: 1000 } } });
    env.twingate.network("acme")!.addToken({ key, permission: "read-write" });
    d = deployer(env);
    d.synth();
    await env.ws.run(["init", "-input=false"]);
  });
  afterAll(async () => {
    await env?.cleanup();
  });

  it("apply fails naming the sync error, with the integration created and the wait tainted; a rotated key fixes it in one apply", async () => {
    // The check passes at plan; the first sync is held in ConductorOne's queue until the key is revoked.
    env.c1.setSyncBehaviour({ kind: "never-start" });
    const applying = d.run(["apply", "-auto-approve", "-json"], key);
    await until(() => (env.changes().includes("create connector") ? true : undefined));
    env.twingate.network("acme")!.revoke(key);
    env.c1.setSyncBehaviour({ kind: "twingate" });
    const apply = await applying;
    expect(apply.code).toBe(1);
    const id = connectorOf(env);
    const errors = diagnosticsOf(apply, env.ws).filter((x) => x.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        address: expect.stringMatching(/^c1twingate_connector_sync\./),
        summary: `ConductorOne connector sync: the last sync of connector ${id} of app ${env.c1.connector(id).appId} failed (SYNC_STATUS_ERROR): twingate-client: GraphQL HTTP request failed 401 Unauthorized`,
      }),
    ]);
    expect(errors[0]?.detail).toContain("Likely meaning: Twingate refused the API key");
    expect(errors[0]?.detail).toContain("To fix: Generate a new API key");
    expect(d.sync()).toMatchObject({ status: "tainted", attributes: { label: "Error", verified_at: null } });

    const fixed = await d.run(["apply", "-auto-approve"], DEMO_KEYS.readWrite);
    expect(fixed.code).toBe(0);
    // The tainted wait is replaced, and so is the connector owner: the key's in-place update plans the
    // integration's id unknown, as the official provider (terraform-plugin-framework) does, and the
    // owner's connector_id is RequiresReplaceIfConfigured (docs/constructs.md, "Key rotation …").
    expect(fixed.stdout).toMatch(/Resources: 2 added, \d+ changed, 2 destroyed\./);
    expect(fixed.stdout).toMatch(/conductorone_connector_owner_user\.\S+: Destruction complete/);
    expect(fixed.stdout).toMatch(/Acme_sync_status_\w+ = "Connected"/);
    expect(env.changes().filter((c) => c === "update connector")).toHaveLength(1);
    expect(d.sync()?.status).toBeUndefined();
    for (const text of d.seen) expect(text).not.toContain(key);
  });
});
