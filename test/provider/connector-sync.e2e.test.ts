/**
 * Issue 14 §3 with the real terraform CLI and the provider bundled like a release, against the
 * ConductorOne simulator (connectors made by the test, as conductorone_integration_twingate
 * makes them) whose Twingate connectors sync against the Twingate simulator. ConductorOne
 * credentials come from the conductorone provider's environment variables, the simulator's CA
 * through SSL_CERT_FILE, as a Go provider takes them. In order, on one state:
 *
 * - a wrong client secret fails the plan at the token endpoint, before anything is applied;
 * - a good key: apply waits (progress in the log) and ends Connected; the next plan is empty;
 * - the sync breaks later (key revoked in Twingate): every plan warns; on_problem = "fail" fails it;
 * - a connector whose key was revoked before its first sync: apply fails naming the sync error;
 *   the object is kept tainted, the next plan replaces it, and once the key is fixed the apply
 *   that replaces it ends Connected;
 * - a sync that never finishes: apply ends at the budget with a clear message, state tainted;
 * - no secret anywhere: terraform's output, TF_LOG=trace, the state, a saved plan's JSON.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { twingateConnectorConfig } from "../../src/conductorone";
import { until } from "../helpers/processes";
import { createTerraformWorkspace, diagnosticsOf, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type RunResult, type TerraformWorkspace } from "../helpers/terraform";
import { providerTf, providerToInstall } from "./provider-bundle";
import { startSyncFixture, syncSettled, type SyncFixture } from "./sync-fixture";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const MAIN_TF = `
${providerTf({})}
variable "app_id" { type = string }
variable "connector_id" { type = string }
variable "budget_minutes" {
  type    = number
  default = 1
}
variable "on_problem" {
  type    = string
  default = "warn"
}
variable "twingate_api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "c1twingate_connector_sync" "this" {
  app_id                = var.app_id
  connector_id          = var.connector_id
  budget_minutes        = var.budget_minutes
  poll_interval_seconds = 1
  twingate_api_key      = var.twingate_api_key
}
data "c1twingate_connector_status" "this" {
  app_id       = c1twingate_connector_sync.this.app_id
  connector_id = c1twingate_connector_sync.this.connector_id
  on_problem   = var.on_problem
}
output "label" { value = c1twingate_connector_sync.this.label }
output "completed_at" { value = c1twingate_connector_sync.this.completed_at }
output "healthy" { value = data.c1twingate_connector_status.this.healthy }
`;

describe("terraform waits for the ConductorOne connector's sync and keeps checking it (simulators)", () => {
  let fx: SyncFixture;
  let ws: TerraformWorkspace;
  const logFiles: string[] = [];

  /** Runs terraform with TF_LOG=trace into a file of its own (terraform truncates TF_LOG_PATH). */
  const tf = (args: string[], vars: Record<string, string | number> = {}, options: { allowFailure?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> => {
    const logFile = join(ws.root, `trace-${logFiles.length}.log`);
    logFiles.push(logFile);
    const env: NodeJS.ProcessEnv = { TF_LOG: "trace", TF_LOG_PATH: logFile, ...options.env };
    for (const [name, value] of Object.entries(vars)) env[`TF_VAR_${name}`] = String(value);
    return ws.run(args, { env, ...(options.allowFailure ? { allowFailure: true } : {}) });
  };
  const instance = () => ws.state().resources.find((r) => r.type === "c1twingate_connector_sync")?.instances[0] as { status?: string; attributes: Record<string, unknown> } | undefined;

  beforeAll(async () => {
    requireTerraform();
    fx = await startSyncFixture({ queueMs: 500, runMs: 2000 });
    ws = createTerraformWorkspace({
      providers: [providerToInstall()],
      mainTf: MAIN_TF,
      extraEnv: {
        SSL_CERT_FILE: fx.caFile,
        CONDUCTORONE_CLIENT_ID: fx.c1.credentials.clientId,
        CONDUCTORONE_CLIENT_SECRET: fx.c1.credentials.clientSecret,
        TF_VAR_app_id: fx.appId,
      },
    });
    await ws.run(["init"]);
  });
  afterAll(async () => {
    ws?.cleanup();
    await fx?.close();
  });

  let good: string;

  it("fails the plan at the token endpoint when the client secret does not belong to the client id", async () => {
    const connectorId = await fx.createConnector();
    const wrong = fx.c1.createClient().clientSecret;
    const plan = await tf(["plan", "-json"], { connector_id: connectorId, twingate_api_key: fx.key }, { allowFailure: true, env: { CONDUCTORONE_CLIENT_SECRET: wrong } });
    expect(plan.code).toBe(1);
    const diagnostics = diagnosticsOf(plan, ws);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: "error",
        address: "c1twingate_connector_sync.this",
        summary: expect.stringContaining(`ConductorOne connector sync: failed to get token: POST ${fx.c1.url}/auth/v1/token answered HTTP 401`),
      }),
    ]);
    expect(diagnostics[0]?.detail).toContain("(C1_TOKEN_REFUSED)");
    expect(plan.stdout + plan.stderr).not.toContain(wrong);
    expect(fx.c1.tokenAttempts.at(-1)).toMatchObject({ outcome: "refused" });
    expect(ws.stateText()).toBe("");
  });

  it("applies: waits for the first sync, logging progress, and ends Connected; the next plan changes nothing", async () => {
    good = await fx.createConnector();
    // The sync is held in the queue until terraform is seen polling, so the log starts at Not connected.
    fx.c1.setSyncBehaviour({ kind: "never-start" }, good);
    const plan = await tf(["plan"], { connector_id: good, twingate_api_key: fx.key });
    expect(plan.stdout).toContain("+ twingate_api_key      = (write-only attribute)");
    expect(plan.stdout).toMatch(/\+ verified_at\s+= \(known after apply\)/);
    const applying = tf(["apply", "-auto-approve"], { connector_id: good, twingate_api_key: fx.key });
    // Released once the provider logged its first poll (terraform writes the trace log as it goes).
    const traceFile = logFiles.at(-1)!;
    await until(() => (existsSync(traceFile) && readFileSync(traceFile, "utf8").includes('conductorone: connector sync status: ') ? true : undefined));
    fx.c1.setSyncBehaviour({ kind: "twingate" }, good);
    const apply = await applying;
    expect(apply.stdout).toContain("Apply complete! Resources: 1 added, 0 changed, 0 destroyed.");
    expect(apply.stdout).toContain('label = "Connected"');
    expect(apply.stdout).toContain("healthy = true");
    expect(instance()?.attributes).toMatchObject({ status: "SYNC_STATUS_DONE", label: "Connected", verified_at: expect.stringMatching(/^\d{4}-/), twingate_api_key: null });
    const log = readFileSync(logFiles.at(-1)!, "utf8");
    const progress = log.split("\n").filter((l) => l.includes("conductorone: connector sync status:"));
    // Whether a poll lands while it is Syncing depends on timing: the labels go forward, from Not connected to Connected.
    const labels = progress.map((l) => /label=(?:"([^"]+)"|(\S+))/.exec(l)).map((m) => m?.[1] ?? m?.[2]);
    expect(["Not connected", "Syncing", "Connected"].filter((l) => labels.includes(l))).toEqual(labels);
    expect(labels[0]).toBe("Not connected");
    expect(labels.at(-1)).toBe("Connected");
    expect(log).toMatch(/conductorone: connector sync accepted:.*label=Connected/);
    const again = await tf(["plan", "-detailed-exitcode"], { connector_id: good, twingate_api_key: fx.key }, { allowFailure: true });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("No changes.");
    expect(again.stdout).not.toContain("Warning");
  });

  it("warns at every later plan once the sync broke (key revoked in Twingate), and fails it with on_problem = \"fail\"", async () => {
    fx.twingate.network("acme")!.revoke(fx.key);
    try {
      fx.c1.queueSync(good);
      await syncSettled(fx.c1, good);
      const warned = await tf(["plan", "-json"], { connector_id: good, twingate_api_key: fx.key }, { allowFailure: true });
      expect(warned.code).toBe(0);
      const warnings = diagnosticsOf(warned, ws);
      expect(warnings).toEqual([
        expect.objectContaining({
          severity: "warning",
          address: "data.c1twingate_connector_status.this",
          summary: expect.stringMatching(/^ConductorOne connector status: the last sync of connector \S+ of app \S+ failed \(SYNC_STATUS_ERROR\): twingate-client: GraphQL HTTP request failed 401 Unauthorized$/),
        }),
      ]);
      expect(warnings[0]?.detail).toContain("Likely meaning: Twingate refused the API key");
      expect(warnings[0]?.detail).toContain("To fix: Generate a new API key");
      const failed = await tf(["plan", "-json"], { connector_id: good, twingate_api_key: fx.key, on_problem: "fail" }, { allowFailure: true });
      expect(failed.code).toBe(1);
      expect(diagnosticsOf(failed, ws)).toEqual([expect.objectContaining({ severity: "error", address: "data.c1twingate_connector_status.this", detail: expect.stringContaining("(C1_SYNC_ERROR)") })]);
    } finally {
      fx.twingate.network("acme")!.restore(fx.key);
    }
  });

  it("fails the apply naming the sync error when the key was revoked before the first sync; the next apply replaces the tainted object", async () => {
    const revokedKey = fx.newKey();
    fx.twingate.network("acme")!.revoke(revokedKey);
    const connectorId = await fx.createConnector(revokedKey);
    const vars = { connector_id: connectorId, twingate_api_key: revokedKey };
    const apply = await tf(["apply", "-auto-approve", "-json"], vars, { allowFailure: true });
    expect(apply.code).toBe(1);
    const errors = diagnosticsOf(apply, ws).filter((d) => d.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        address: "c1twingate_connector_sync.this",
        summary: `ConductorOne connector sync: the last sync of connector ${connectorId} of app ${fx.appId} failed (SYNC_STATUS_ERROR): twingate-client: GraphQL HTTP request failed 401 Unauthorized`,
      }),
    ]);
    expect(errors[0]?.detail).toContain("Likely meaning: Twingate refused the API key");
    expect(errors[0]?.detail).toContain("Change twingate_apikey of the ConductorOne Twingate integration");
    // Consistent state: the attempt is recorded, tainted, not verified.
    expect(instance()).toMatchObject({ status: "tainted", attributes: { connector_id: connectorId, label: "Error", verified_at: null } });
    const plan = await tf(["plan", "-detailed-exitcode"], vars, { allowFailure: true });
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain("c1twingate_connector_sync.this is tainted, so must be replaced");
    // The fix, as conductorone_integration_twingate's update of twingate_apikey does it: a new sync starts.
    const fixedKey = fx.newKey();
    await fx.client.updateConnectorConfig(fx.appId, connectorId, twingateConnectorConfig("acme", fixedKey));
    const fixed = await tf(["apply", "-auto-approve"], { connector_id: connectorId, twingate_api_key: fixedKey });
    expect(fixed.stdout).toContain("Resources: 1 added, 0 changed, 1 destroyed.");
    expect(fixed.stdout).toContain('label = "Connected"');
    expect(instance()).toMatchObject({ attributes: { connector_id: connectorId, label: "Connected" } });
    expect(instance()?.status).toBeUndefined();
  });

  it("ends a sync that never finishes at the budget with a clear message, leaving the object tainted for the next apply", async () => {
    const connectorId = await fx.createConnector();
    fx.c1.setSyncBehaviour({ kind: "never-finish" }, connectorId);
    const vars = { connector_id: connectorId, twingate_api_key: fx.key, budget_minutes: 0.1 };
    const apply = await tf(["apply", "-auto-approve", "-json"], vars, { allowFailure: true });
    expect(apply.code).toBe(1);
    const errors = diagnosticsOf(apply, ws).filter((d) => d.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        address: "c1twingate_connector_sync.this",
        summary: expect.stringMatching(new RegExp(`^ConductorOne connector sync: waited 6 s for connector ${connectorId} of app ${fx.appId} to sync; the budget ran out while it was Syncing \\(SYNC_STATUS_RUNNING, started `)),
      }),
    ]);
    expect(errors[0]?.detail).toContain("Raise budget_minutes");
    expect(errors[0]?.detail).toContain("the replacement waits for a NEW sync");
    expect(instance()).toMatchObject({ status: "tainted", attributes: { connector_id: connectorId, label: "Syncing", status: "SYNC_STATUS_RUNNING", verified_at: null } });
    const plan = await tf(["plan", "-detailed-exitcode"], vars, { allowFailure: true });
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain("is tainted, so must be replaced");
  });

  it("keeps every secret out of terraform's output, the trace logs, the state and a saved plan's JSON", async () => {
    await tf(["plan", "-out", "saved.tfplan"], { connector_id: good, twingate_api_key: fx.key });
    const show = await tf(["show", "-json", "saved.tfplan"]);
    const outputs = ws.history.map((r) => r.stdout + r.stderr).join("\n");
    const logs = logFiles.filter((f) => existsSync(f)).map((f) => readFileSync(f, "utf8")).join("\n");
    expect(logs).toContain("conductorone: connector sync status");
    const state = ws.stateText() + (existsSync(join(ws.dir, "terraform.tfstate.backup")) ? readFileSync(join(ws.dir, "terraform.tfstate.backup"), "utf8") : "");
    for (const secret of fx.secrets()) {
      for (const [where, text] of [["output", outputs], ["trace log", logs], ["state", state], ["plan JSON", show.stdout]] as const) {
        expect({ where, found: text.toLowerCase().includes(secret.toLowerCase()) }).toEqual({ where, found: false });
      }
    }
  });
});
