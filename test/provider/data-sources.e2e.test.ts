/**
 * examples/terraform as shipped (resource, credentials data source, precondition), plus a
 * sync preview whose precondition refuses a SYNCED provisioning target, run by the real
 * terraform against the simulator.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli } from "../helpers/cli";
import { createTerraformWorkspace, diagnosticsOf, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type TerraformWorkspace } from "../helpers/terraform";
import { suggestedHclValue } from "../helpers/setting-fixes";
import { providerTf, providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const EXAMPLE_DIR = join(__dirname, "..", "..", "examples", "terraform");

const PREVIEW_TF = `
variable "provision_groups" {
  type = list(string)
}
data "c1twingate_sync_preview" "this" {
  network             = var.network
  api_key             = var.api_key
  groups              = var.provision_groups
  time_budget_seconds = 30
  connector_version   = "baton-2026"
}
output "preview" {
  value = {
    users         = data.c1twingate_sync_preview.this.user_count
    admins        = data.c1twingate_sync_preview.this.admin_count
    complete      = data.c1twingate_sync_preview.this.complete
    provisionable = data.c1twingate_sync_preview.this.provisionable_groups
    c1_version    = data.c1twingate_sync_preview.this.connector_view.version
    c1_roles      = data.c1twingate_sync_preview.this.connector_view.role_grants
    c1_missed     = data.c1twingate_sync_preview.this.connector_view.group_memberships_missed
  }
  precondition {
    condition     = alltrue([for g in var.provision_groups : lookup(data.c1twingate_sync_preview.this.group_types, g, "MISSING") == "MANUAL"])
    error_message = "ConductorOne can only provision into MANUAL groups; found \${jsonencode(data.c1twingate_sync_preview.this.group_types)}."
  }
}
`;

describe("examples/terraform and the data sources under terraform", () => {
  let sim: RunningSimulator;
  let ws: TerraformWorkspace;
  const env = (extra: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv } => ({
    env: { TF_VAR_api_key: DEMO_KEYS.readWrite, TF_VAR_network: "acme", TF_VAR_base_url: sim.baseUrl, ...extra },
  });

  beforeAll(async () => {
    requireTerraform();
    sim = await startSimulator({ rateLimit: false });
    ws = createTerraformWorkspace({ providers: [providerToInstall()] });
    for (const file of readdirSync(EXAMPLE_DIR).filter((f) => f.endsWith(".tf"))) copyFileSync(join(EXAMPLE_DIR, file), join(ws.dir, file));
  });

  afterAll(async () => {
    ws?.cleanup();
    await sim?.close();
  });

  it("initialises, validates and applies the example; the data source keeps the key out of state", async () => {
    await ws.run(["init"]);
    await ws.run(["validate"]);
    const apply = await ws.run(["apply", "-auto-approve"], env());
    expect(apply.stdout).toContain("Apply complete! Resources: 1 added");
    expect(apply.stdout).toContain('twingate_permission = "write"');
    expect(apply.stdout).toMatch(/"users"\s+= 25/);
    expect(apply.stdout).toMatch(/"groups"\s+= 8/);
    const data = ws.state().resources.find((r) => r.type === "c1twingate_credentials")?.instances[0]?.attributes;
    expect(data?.permission).toBe("read");
    expect(data?.api_key).toBeNull();
    expect(ws.stateText()).not.toContain(DEMO_KEYS.readWrite);
  });

  it("fails the example's plan once for a revoked key: the resource's error (the data source reads after it)", async () => {
    const plan = await ws.run(["plan", "-json"], { ...env({ TF_VAR_api_key: DEMO_KEYS.revoked }), allowFailure: true });
    expect(plan.code).toBe(1);
    const refused = expect.objectContaining({ severity: "error", summary: expect.stringContaining("Twingate refused the API key"), attribute: "api_key" });
    const diagnostics = diagnosticsOf(plan, ws);
    expect(diagnostics.map((d) => d.address)).toEqual(["c1twingate_credential_check.this"]);
    expect(diagnostics).toEqual([refused]);
  });

  it("fails the example's plan once for a typo'd network (one error per cause)", async () => {
    const plan = await ws.run(["plan", "-json"], { ...env({ TF_VAR_network: "acmee" }), allowFailure: true });
    expect(plan.code).toBe(1);
    const diagnostics = diagnosticsOf(plan, ws).filter((d) => d.severity === "error");
    expect(diagnostics).toEqual([expect.objectContaining({ address: "c1twingate_credential_check.this", summary: expect.stringContaining("acmee") })]);
  });

  it("exposes the sync preview and lets a precondition refuse a SYNCED provisioning target", async () => {
    writeFileSync(join(ws.dir, "preview.tf"), PREVIEW_TF);
    await ws.run(["plan", "-out=preview.tfplan"], env({ TF_VAR_provision_groups: '["Contractors"]' }));
    type Preview = { complete: boolean; provisionable: Record<string, string>; c1_version: string; c1_roles: Record<string, number>; c1_missed: number };
    const shown = JSON.parse((await ws.run(["show", "-json", "preview.tfplan"])).stdout) as { planned_values: { outputs: { preview: { value: Preview } } } };
    const preview = shown.planned_values.outputs.preview.value;
    expect(preview.complete).toBe(true);
    expect(preview.provisionable.Contractors).toEqual(expect.any(String));
    // What ConductorOne will show, through terraform's nested attribute: the five roles of baton-2026.
    const summary = sim.network("acme")!.tenant.summary();
    expect(preview.c1_version).toBe("baton-2026");
    expect(preview.c1_roles["Access Reviewer"]).toBe(summary.users.byRole.ACCESS_REVIEWER);
    expect(preview.c1_missed).toBe(summary.memberships - summary.membershipsInDefaultPages);
    // SYNCED groups are never provisionable.
    expect(Object.keys(preview.provisionable)).not.toContain("Engineering (Okta)");
    const refused = await ws.run(["plan", "-json"], { ...env({ TF_VAR_provision_groups: '["Contractors", "Engineering (Okta)"]' }), allowFailure: true });
    expect(refused.code).toBe(1);
    const diagnostics = diagnosticsOf(refused, ws);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: "error", summary: "Module output value precondition failed" }));
    const precondition = diagnostics.find((d) => d.severity === "error");
    expect(precondition?.detail).toContain("ConductorOne can only provision into MANUAL groups");
    expect(precondition?.detail).toContain('"Engineering (Okta)":"SYNCED"');
    // The data source itself warns, on groups[1] (a variable here, so terraform points at the argument).
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ severity: "warning", address: "data.c1twingate_sync_preview.this", attribute: "groups", summary: expect.stringContaining('"Engineering (Okta)" (SYNCED') }),
    );
  });

  it("keeps the key out of state, terraform's output and the provider's trace log, with both data sources", async () => {
    const logPath = join(ws.root, "trace.log");
    const apply = await ws.run(["apply", "-auto-approve"], env({ TF_VAR_provision_groups: '["Contractors"]', TF_LOG: "trace", TF_LOG_PATH: logPath }));
    expect(apply.code).toBe(0);
    const data = ws.state().resources.filter((r) => r.type === "c1twingate_sync_preview" || r.type === "c1twingate_credentials");
    expect(data.map((r) => r.type).sort()).toEqual(["c1twingate_credentials", "c1twingate_sync_preview"]);
    for (const resource of data) expect(resource.instances[0]?.attributes.api_key).toBeNull();
    const trace = readFileSync(logPath, "utf8");
    expect(trace).toContain("twingate sync preview"); // the provider's own log line made it into the trace
    for (const text of [ws.stateText(), apply.stdout, apply.stderr, trace]) expect(text).not.toContain(DEMO_KEYS.readWrite);
  });

  it("destroys", async () => {
    const destroy = await ws.run(["destroy", "-auto-approve"], env({ TF_VAR_provision_groups: "[]" }));
    expect(destroy.stdout).toContain("Destroy complete! Resources: 1 destroyed.");
  });

  it.each([
    ["one MANUAL, one SYNCED", "SYNCED"],
    ["both MANUAL", "MANUAL"],
  ] as const)("fails the plan by name when a target names two groups (%s), as c1-twingate preview does", async (_label, otherType) => {
    const key = "sim-rw-AmbiguousTargets0123456789";
    const dup = await startSimulator({
      rateLimit: false,
      networks: [
        {
          name: "dup",
          tenant: { seed: 5, users: 10, groups: 0, extraGroups: [{ name: "Contractors", type: "MANUAL", members: 2 }, { name: "Contractors", type: otherType, members: 3 }] },
          tokens: [{ key, permission: "read-write-provision" }],
        },
      ],
    });
    try {
      const cli = await runCli(["preview", "--network", "dup", "--groups", "Contractors", "--base-url", dup.baseUrl, "--json"], { env: { TWINGATE_API_KEY: key } });
      expect(cli.code).toBe(1);
      expect(cli.stdout).toContain("PREVIEW_TARGET_AMBIGUOUS");
      const plan = await ws.run(["plan", "-json"], {
        ...env({ TF_VAR_api_key: key, TF_VAR_network: "dup", TF_VAR_base_url: dup.baseUrl, TF_VAR_provision_groups: '["Contractors"]' }),
        allowFailure: true,
      });
      expect(plan.code).toBe(1);
      const errors = diagnosticsOf(plan, ws).filter((d) => d.severity === "error" && d.address === "data.c1twingate_sync_preview.this");
      const candidates = otherType === "SYNCED" ? /\(MANUAL [^,]+, SYNCED [^)]+\)/ : /\(MANUAL [^,]+, MANUAL [^)]+\)/;
      expect(errors).toEqual([expect.objectContaining({ attribute: "groups", summary: expect.stringMatching(candidates) })]);
      expect(errors[0]?.summary).toContain('provisioning target "Contractors"');
      expect(errors[0]?.detail).toContain("(PREVIEW_TARGET_AMBIGUOUS)");
    } finally {
      await dup.close();
    }
  });

  it("fails terraform init on a machine without the mirror instead of downloading a look-alike", async () => {
    const bare = createTerraformWorkspace({ providers: [] });
    try {
      for (const file of readdirSync(EXAMPLE_DIR).filter((f) => f.endsWith(".tf"))) copyFileSync(join(EXAMPLE_DIR, file), join(bare.dir, file));
      const init = await bare.run(["init", "-json"], { allowFailure: true });
      expect(init.code).toBe(1);
      expect(diagnosticsOf(init, bare)).toEqual([
        expect.objectContaining({ severity: "error", summary: "Failed to query available provider packages", detail: expect.stringContaining("could not connect to c1twingate.invalid") }),
      ]);
      expect(init.stdout).not.toContain("Installed");
    } finally {
      bare.cleanup();
    }
  });
});

describe("an incomplete sync preview under terraform (issue 9 §2)", () => {
  const KEY = "sim-ro-IncompletePlan0123456789ab";
  // Five users pages at page size 100: one request cannot read them all.
  const tenant = { seed: 2, users: 450, groups: 30 };
  let sim: RunningSimulator;
  let ws: TerraformWorkspace;
  const mainTf = (provider: Record<string, string | number>, dataSource: string): string => `${providerTf({ base_url: sim.baseUrl, max_retries: 1, ...provider })}
data "c1twingate_sync_preview" "this" {
  network = "big"
  api_key = var.api_key
${dataSource}
}
variable "api_key" {
  type      = string
  sensitive = true
}
output "preview" {
  value = { complete = data.c1twingate_sync_preview.this.complete, users = data.c1twingate_sync_preview.this.user_count }
}
`;
  const plan = (text: string) => {
    ws.writeMainTf(text);
    return ws.run(["plan", "-json"], { env: { TF_VAR_api_key: KEY }, allowFailure: true });
  };

  beforeAll(async () => {
    requireTerraform();
    sim = await startSimulator({ rateLimit: false, networks: [{ name: "big", tenant, tokens: [{ key: KEY, permission: "read" }] }] });
    ws = createTerraformWorkspace({ providers: [providerToInstall()] });
    ws.writeMainTf(mainTf({}, ""));
    await ws.run(["init"]);
  });
  afterEach(() => sim.faults.clear());
  afterAll(async () => {
    ws?.cleanup();
    await sim?.close();
  });

  it("fails the plan when a 429's Retry-After outlasts the budget, with a fix naming a larger time_budget_seconds of the data source", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 60, times: 10 });
    // 30 s: the 60 s wait never fits (the read stops at the first 429), which is in long before the budget ends.
    const result = await plan(mainTf({}, "  time_budget_seconds = 30"));
    expect(result.code).toBe(1);
    const diagnostics = diagnosticsOf(result, ws);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: "error", address: "data.c1twingate_sync_preview.this", summary: expect.stringContaining("read nothing within its time budget of 30 s") }),
    ]);
    expect(diagnostics[0]?.detail).toContain("(PREVIEW_INCOMPLETE)");
    expect(suggestedHclValue(diagnostics[0]?.detail ?? "", "data source", "time_budget_seconds")).toBeGreaterThan(30);
  });

  it("fails the plan on a 429 asking to wait a day (Retry-After: 86400): a rate limit, not partial counts, and nothing said about the key", async () => {
    sim.faults.push({ kind: "status", status: 429, retryAfter: 86_400, times: 10 });
    const result = await plan(mainTf({}, "  time_budget_seconds = 30\n  allow_partial       = true"));
    expect(result.code).toBe(1);
    const diagnostics = diagnosticsOf(result, ws);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: "error", address: "data.c1twingate_sync_preview.this", summary: expect.stringContaining("(it asked to wait 86400 s)") })]);
    expect(diagnostics[0]?.summary).toContain("says nothing about the API key");
    expect(diagnostics[0]?.detail).toContain("(TG_RATE_LIMITED)");
    expect(diagnostics[0]?.attribute).toBeUndefined();
  });

  it("plans with a warning and complete = false when allow_partial = true and the budget ran out after a first page", async () => {
    // One read a minute: the first request is answered, the second may go only a minute after it. A
    // 30 s budget cannot hold that wait however fast the first answer came (the read stops as soon as
    // it would start the wait), and holds the first answer however busy the machine.
    ws.writeMainTf(mainTf({ reads_per_minute: 1 }, "  time_budget_seconds = 30\n  allow_partial       = true"));
    const result = await ws.run(["plan", "-json", "-out=partial.tfplan"], { env: { TF_VAR_api_key: KEY } });
    const diagnostics = diagnosticsOf(result, ws);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const incomplete = diagnostics.filter((d) => d.detail.includes("(PREVIEW_INCOMPLETE)"));
    expect(incomplete).toEqual([expect.objectContaining({ severity: "warning", address: "data.c1twingate_sync_preview.this", summary: expect.stringContaining("partial counts (users 100 of 450") })]);
    expect(suggestedHclValue(incomplete[0]?.detail ?? "", "data source", "time_budget_seconds")).toBeGreaterThan(30);
    const show = JSON.parse((await ws.run(["show", "-json", "partial.tfplan"])).stdout) as { planned_values: { outputs: { preview: { value: unknown } } } };
    expect(show.planned_values.outputs.preview.value).toEqual({ complete: false, users: 100 });
  });
});
