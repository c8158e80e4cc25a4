/**
 * The c1twingate provider, bundled like a release, driven by the real terraform CLI against the
 * simulator: terraform's own `init` from a filesystem mirror, in a temp dir with its own HOME and
 * TF_CLI_CONFIG_FILE. The key travels as TF_VAR_api_key (a sensitive, ephemeral variable) into
 * the write-only api_key, and must never show up in state, plan JSON, output or the trace log.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { fingerprint, saltOf } from "../../src/provider/fingerprint";
import { ApiKey } from "../../src/twingate/api-key";
import {
  changeOf,
  changeSummaryOf,
  createTerraformWorkspace,
  diagnosticsOf,
  outputsOf,
  planAsJson,
  requireTerraform,
  TERRAFORM_TEST_TIMEOUT_MS,
  type RunResult,
  type TerraformWorkspace,
} from "../helpers/terraform";
import { providerTf, providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const KEYS = [DEMO_KEYS.readWrite, DEMO_KEYS.provision, DEMO_KEYS.readOnly, DEMO_KEYS.revoked];
const FINGERPRINT = /hmac-sha256:v1:([A-Za-z0-9_-]+):[A-Za-z0-9_-]+/;
const ADDRESS = "c1twingate_credential_check.this";

function mainTf(baseUrl: string): string {
  return `
${providerTf({ base_url: baseUrl, max_retries: 2 })}
variable "api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
variable "network" {
  type    = string
  default = "acme"
}
variable "require" {
  type    = string
  default = "write"
}
resource "c1twingate_credential_check" "this" {
  network = var.network
  api_key = var.api_key
  require = var.require
}
output "permission" {
  value = c1twingate_credential_check.this.permission
  precondition {
    condition     = c1twingate_credential_check.this.permission == var.require
    error_message = "the key lacks the permission required"
  }
}
output "users" { value = c1twingate_credential_check.this.user_count }
`;
}

describe("terraform plans and applies c1twingate_credential_check against the simulator", () => {
  let sim: RunningSimulator;
  let ws: TerraformWorkspace;
  const logFiles: string[] = [];
  // Terraform truncates TF_LOG_PATH at start: one trace file per command.
  const keyEnv = (key: string, extra: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv } => ({ env: { TF_VAR_api_key: key, ...extra } });
  type RunOptions = Parameters<TerraformWorkspace["run"]>[1];
  const tf = (args: string[], options: RunOptions = {}): Promise<RunResult> => {
    const logFile = join(ws.root, `trace-${logFiles.length}.log`);
    logFiles.push(logFile);
    return ws.run(args, { ...options, env: { ...options?.env, TF_LOG: "trace", TF_LOG_PATH: logFile } });
  };
  const serial = (): number => (JSON.parse(ws.stateText() || '{"serial":-1}') as { serial: number }).serial;
  const instance = () => ws.state().resources.find((r) => r.type === "c1twingate_credential_check")?.instances[0]?.attributes;

  beforeAll(async () => {
    requireTerraform();
    sim = await startSimulator({ rateLimit: false });
    ws = createTerraformWorkspace({ providers: [providerToInstall()] });
    ws.writeMainTf(mainTf(sim.baseUrl));
  });

  afterAll(async () => {
    ws?.cleanup();
    await sim?.close();
  });

  it("installs from the filesystem mirror with terraform init and records our h1 hash", async () => {
    const init = await tf(["init"]);
    expect(init.stdout).toContain("Installed c1twingate.invalid/local/c1twingate v0.1.0");
    const lock = readFileSync(join(ws.dir, ".terraform.lock.hcl"), "utf8");
    expect(/"(h1:[^"]+)"/.exec(lock)?.[1]).toBe(ws.installed[0]?.hash);
  });

  it("plans, applies with a read-write key, then plans no changes", async () => {
    const { run: plan, plan: planned } = await planAsJson({ root: ws.root, run: tf }, [], keyEnv(DEMO_KEYS.readWrite));
    // What a human reads in the plan is the point of this line: the key shows as write-only, never as a value.
    expect(plan.stdout).toContain("+ api_key         = (write-only attribute)");
    const change = changeOf(planned, ADDRESS);
    expect(change.actions).toEqual(["create"]);
    expect(change.after).toMatchObject({ permission: "write", api_key: null });
    expect(change.after_unknown).toMatchObject({ key_fingerprint: true });
    const apply = await tf(["apply", "-auto-approve", "-json"], keyEnv(DEMO_KEYS.readWrite));
    expect(changeSummaryOf(apply)).toMatchObject({ operation: "apply", add: 1, change: 0, remove: 0 });
    expect(outputsOf(apply)).toMatchObject({ permission: { value: "write" }, users: { value: 25 } });
    const state = instance();
    expect(state?.api_key).toBeNull();
    expect(state?.key_fingerprint).toMatch(FINGERPRINT);
    expect(state?.validated_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    // -detailed-exitcode: 0 is "no changes", 2 would be a diff.
    const again = await tf(["plan", "-detailed-exitcode"], keyEnv(DEMO_KEYS.readWrite));
    expect(again.code).toBe(0);
  });

  it("shows a rotated key as an in-place update decided by apply, which keeps the fingerprint's salt", async () => {
    const before = instance();
    const salt = FINGERPRINT.exec(String(before?.key_fingerprint))?.[1];
    const { plan } = await planAsJson({ root: ws.root, run: tf }, [], keyEnv(DEMO_KEYS.provision));
    expect(plan.resource_changes?.filter((c) => !c.change.actions.includes("no-op")).map((c) => c.address)).toEqual([ADDRESS]);
    const change = changeOf(plan, ADDRESS);
    expect(change.actions).toEqual(["update"]);
    // A key may differ again when terraform re-plans at apply (ephemeral variables are given again): only apply can say.
    expect(change.before).toMatchObject({ key_fingerprint: before?.key_fingerprint, validated_at: before?.validated_at });
    expect(change.after_unknown).toMatchObject({ key_fingerprint: true, validated_at: true });
    const apply = await tf(["apply", "-auto-approve", "-json"], keyEnv(DEMO_KEYS.provision));
    expect(changeSummaryOf(apply)).toMatchObject({ operation: "apply", add: 0, change: 1, remove: 0 });
    expect(saltOf(String(instance()?.key_fingerprint))).toBe(salt);
    expect(instance()?.key_fingerprint).toBe(fingerprint(new ApiKey(DEMO_KEYS.provision), salt ?? ""));
    expect(instance()?.validated_at).not.toBe(before?.validated_at);
  });

  it("fails the next plan once the key is revoked, naming the resource, the attribute and the fix", async () => {
    sim.network("acme")?.revoke(DEMO_KEYS.provision);
    try {
      const plan = await tf(["plan", "-json"], { ...keyEnv(DEMO_KEYS.provision), allowFailure: true });
      expect(plan.code).toBe(1);
      const diagnostics = diagnosticsOf(plan, ws);
      expect(diagnostics).toEqual([
        expect.objectContaining({
          severity: "error",
          // The host the request went to (the simulator's base URL), not acme.twingate.com, which was never contacted.
          summary: expect.stringMatching(
            /^Twingate credential check: Twingate refused the API key for acme at http:\/\/127\.0\.0\.1:\d+\/acme\/api\/graphql\/ \(HTTP 401\): the key is invalid, revoked, or used from an IP address outside the key's allowed range$/,
          ),
          address: ADDRESS,
          attribute: "api_key",
        }),
      ]);
      expect(diagnostics[0]?.detail).toContain("To fix: generate a new API key under Settings → API");
    } finally {
      sim.network("acme")?.restore(DEMO_KEYS.provision);
    }
  });

  it("fails the plan, before anything is applied, for a read-only key where write is required", async () => {
    const before = serial();
    const apply = await tf(["apply", "-auto-approve", "-json"], { ...keyEnv(DEMO_KEYS.readOnly), allowFailure: true });
    expect(apply.code).toBe(1);
    const diagnostics = diagnosticsOf(apply, ws);
    expect(diagnostics).toEqual([expect.objectContaining({ summary: expect.stringContaining("Read-only"), attribute: "api_key" })]);
    expect(diagnostics[0]?.detail).toContain("generate a Read & Write API key");
    expect(apply.stdout).not.toContain("Modifying...");
    expect(serial()).toBe(before);
  });

  it("points at network when the network name is misspelled", async () => {
    const plan = await tf(["plan", "-json"], { ...keyEnv(DEMO_KEYS.provision, { TF_VAR_network: "acmee" }), allowFailure: true });
    expect(plan.code).toBe(1);
    expect(diagnosticsOf(plan, ws)).toEqual([expect.objectContaining({ summary: expect.stringContaining("no Twingate network named 'acmee'"), attribute: "network" })]);
  });

  it("retries a 429 from the API and plans successfully", async () => {
    sim.resetStats();
    sim.faults.push({ kind: "status", status: 429, retryAfter: 1 });
    const plan = await tf(["plan", "-detailed-exitcode"], { ...keyEnv(DEMO_KEYS.provision), allowFailure: true });
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    expect(sim.faults.pending()).toBe(0);
    expect(sim.stats.byStatus[429]).toBe(1);
  });

  it("keeps the key out of a saved plan's JSON", async () => {
    await tf(["plan", "-out", "saved.tfplan", "-var", "require=read"], keyEnv(DEMO_KEYS.provision));
    const show = await tf(["show", "-json", "saved.tfplan"]);
    const json = JSON.parse(show.stdout) as { resource_changes: { address: string; change: { actions: string[]; after: Record<string, unknown> } }[] };
    const change = json.resource_changes.find((c) => c.address === "c1twingate_credential_check.this")?.change;
    expect(change?.actions).toEqual(["update"]);
    expect(change?.after.api_key).toBeNull();
    expect(change?.after.require).toBe("read");
    for (const key of KEYS) expect(show.stdout).not.toContain(key);
  });

  it("destroys", async () => {
    const destroy = await tf(["destroy", "-auto-approve", "-json"], keyEnv(DEMO_KEYS.provision));
    expect(changeSummaryOf(destroy)).toMatchObject({ operation: "destroy", remove: 1 });
    expect(ws.state().resources.filter((r) => r.mode === "managed")).toHaveLength(0);
  });

  it("never let a key into the state, terraform's output or the trace log, which has one line per check", () => {
    const outputs = ws.history.map((r: RunResult) => r.stdout + r.stderr).join("\n");
    const log = logFiles.filter((f) => existsSync(f)).map((f) => readFileSync(f, "utf8")).join("\n");
    // hclog fields come in any order (a Go map): look for each one on the check lines.
    const checks = log.split("\n").filter((l) => l.includes("twingate credential check:"));
    const applied = checks.filter((l) => l.includes("phase=apply"));
    expect(applied.length).toBeGreaterThanOrEqual(2);
    for (const field of [/network=acme\b/, /permission=write\b/, /requests=\d+/, /duration_ms=\d+/]) expect(applied[0]).toMatch(field);
    expect(checks.some((l) => l.includes("codes=TG_UNAUTHORIZED"))).toBe(true);
    for (const key of KEYS) {
      expect(ws.stateText()).not.toContain(key);
      expect(readFileSync(join(ws.dir, "terraform.tfstate.backup"), "utf8")).not.toContain(key);
      expect(outputs).not.toContain(key);
      expect(log).not.toContain(key);
    }
  });
});
