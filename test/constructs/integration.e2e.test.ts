/**
 * TwingateIntegration end to end, with the real terraform binary: a synthesized stack,
 * our c1twingate provider pointed at the Twingate simulator, and the ConductorOne
 * stand-in provider keeping its objects in the ConductorOne API simulator, both installed
 * in a filesystem mirror. Proves that a bad key, a wrong network or a too-weak key fails
 * `terraform plan` before anything is created in ConductorOne, that a good key creates the
 * check first and then the integration, that ConductorOne's connector then syncs against
 * Twingate with the key it was given (SYNC_STATUS_DONE; SYNC_STATUS_ERROR once the key is
 * revoked), and that the key never leaks.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { c1twingate, IntegrationApp, IntegrationOwner, TwingateIntegration, type IntegrationAccess } from "../../constructs";
import { DEMO_KEYS } from "../../src/simulator";
import { STANDIN_VERSION } from "../../src/standins/conductorone";
import { startIntegrationEnvironment, syncStatusOf, type IntegrationEnvironment } from "../helpers/integration-environment";
import { changeSummaryOf, diagnosticsOf, hookIndex, messagesOf, outputsOf, plannedActionsOf, type RunResult, type TerraformDiagnostic } from "../helpers/terraform";

jest.setTimeout(300_000);

const ALL_KEYS = Object.values(DEMO_KEYS);
const ALICE = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", displayName: "Alice Admin" };
/** The IdP's app and its "Engineering" group entitlement: the group owns the connector too. */
const ENGINEERING = { id: "2EntEngineering000000000001", displayName: "Engineering member", slug: "member" };
const OKTA = { id: "2GkPvCsvc6nHg5ThWebYO3tvKEZ", displayName: "Okta", entitlements: [ENGINEERING] };

interface StackOptions {
  network: string;
  access: IntegrationAccess;
  baseUrl: string;
  groupsToProvision?: string[];
  /** Take groupsToProvision from a list(string) variable (TF_VAR_groups) instead of a literal list. */
  groupsFromVariable?: boolean;
  /** An existing app by id instead of a new one: a literal, or "variable" (TF_VAR_app_id). */
  appId?: string;
}

/** Synthesizes one TwingateIntegration stack (provider validation) into `outdir` and returns its cdk.tf.json text. */
function synthIntegration(outdir: string, options: StackOptions): string {
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, "integration");
  // Relative to terraform's working directory: without it app.synth() picks an absolute path under process.cwd().
  new LocalBackend(stack, { path: "terraform.tfstate" });
  // Declared here so it can point at the simulator; the construct reuses a stack's default provider.
  new c1twingate.provider.C1TwingateProvider(stack, "c1twingate", { baseUrl: options.baseUrl });
  const apiKey = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
  const integration = new TwingateIntegration(stack, "Acme", {
    network: options.network,
    apiKey: apiKey.stringValue,
    app:
      options.appId === undefined
        ? IntegrationApp.create({ displayName: "Twingate (acme)" })
        : IntegrationApp.fromId(options.appId === "variable" ? new TerraformVariable(stack, "app_id", { type: "string" }).stringValue : options.appId),
    owners: [ALICE.email, IntegrationOwner.fromEntitlement({ appId: OKTA.id, entitlementId: ENGINEERING.id })],
    access: options.access,
    // The check calls the simulator, not <network>.twingate.com (issue 10 §3).
    allowCheckedHostMismatch: true,
    ...(options.groupsFromVariable
      ? { groupsToProvision: new TerraformVariable(stack, "groups", { type: "list(string)" }).listValue }
      : options.groupsToProvision
        ? { groupsToProvision: options.groupsToProvision }
        : {}),
  });
  if (!integration.credentialCheck) throw new Error("expected a credential check with validation 'provider'");
  app.synth();
  return readFileSync(join(outdir, "stacks", "integration", "cdk.tf.json"), "utf8");
}

function output(r: RunResult): string {
  return `${r.stdout}\n${r.stderr}`;
}

describe("TwingateIntegration with terraform, the c1twingate provider and the ConductorOne stand-in on the ConductorOne simulator", () => {
  let env: IntegrationEnvironment;
  const seen: string[] = [];
  const baseUrl = () => env.twingate.baseUrl;

  /** Synthesizes the stack and runs terraform with `-json`: tests assert diagnostics and messages, not terraform's rendering. */
  const deploy = (stack: StackOptions, key: string, command: "plan" | "apply", extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> => {
    const json = synthIntegration(join(env.ws.root, "cdktf.out"), stack);
    seen.push(json);
    writeFileSync(join(env.ws.dir, "cdk.tf.json"), json);
    const args = command === "apply" ? ["apply", "-auto-approve", "-input=false", "-json"] : ["plan", "-input=false", "-json"];
    return env.ws.run(args, { allowFailure: true, env: { TF_VAR_twingate_api_key: key, ...extraEnv } }).then((r) => {
      seen.push(output(r));
      return r;
    });
  };

  const integrations = () => env.connectors();
  const errorsOf = (r: RunResult): TerraformDiagnostic[] => diagnosticsOf(r, env.ws).filter((d) => d.severity === "error");
  /** The error diagnostics of a failed run; each names its fix. */
  const failedWith = (r: RunResult): TerraformDiagnostic[] => {
    expect(r.code).not.toBe(0);
    const errors = errorsOf(r);
    expect(errors.length).toBeGreaterThan(0);
    // Nothing was applied: terraform stopped at the plan.
    expect(changeSummaryOf(r)?.operation).not.toBe("apply");
    return errors;
  };
  const stateText = () => env.ws.stateText();
  const stateResources = () => env.ws.state().resources;

  beforeAll(async () => {
    env = await startIntegrationEnvironment({ seed: { users: [ALICE], apps: [OKTA] } });
    writeFileSync(join(env.ws.dir, "cdk.tf.json"), synthIntegration(join(env.ws.root, "cdktf.out"), { network: "acme", access: "read-only", baseUrl: baseUrl() }));
    const init = await env.ws.run(["init", "-input=false"]);
    expect(init.stdout).toContain("Installed c1twingate.invalid/local/c1twingate v0.1.0");
    expect(init.stdout).toContain(`Installed conductorone/conductorone v${STANDIN_VERSION}`);
  });

  afterAll(async () => {
    await env?.cleanup();
  });

  it("fails the plan on a revoked key and creates nothing in ConductorOne", async () => {
    const r = await deploy({ network: "acme", access: "read-only", baseUrl: baseUrl() }, DEMO_KEYS.revoked, "apply");
    expect(failedWith(r)).toEqual([
      expect.objectContaining({
        address: expect.stringMatching(/^c1twingate_credential_check\./),
        attribute: "api_key",
        summary: expect.stringMatching(/Twingate credential check: .*(revoked|not valid|invalid|rejected)/i),
        detail: expect.stringContaining("To fix:"),
      }),
    ]);
    expect(integrations()).toEqual([]);
    expect(env.changes()).toEqual([]);
  });

  it("fails the plan on a wrong network and creates nothing", async () => {
    const r = await deploy({ network: "acme-corp", access: "read-only", baseUrl: baseUrl() }, DEMO_KEYS.readWrite, "apply");
    expect(failedWith(r)).toEqual([
      expect.objectContaining({ attribute: "network", summary: expect.stringContaining("acme-corp"), detail: expect.stringContaining("To fix:") }),
    ]);
    expect(integrations()).toEqual([]);
  });

  it("fails the plan when a Read-only key is used for provisioning, naming the key it needs", async () => {
    const r = await deploy({ network: "acme", access: "provisioning", baseUrl: baseUrl() }, DEMO_KEYS.readOnly, "plan");
    expect(failedWith(r)).toEqual([expect.objectContaining({ attribute: "api_key", detail: expect.stringContaining("Read & Write") })]);
    expect(integrations()).toEqual([]);
  });

  it("fails the plan when a group meant for provisioning is SYNCED or missing, naming each group", async () => {
    const stack = { network: "acme", access: "provisioning" as const, baseUrl: baseUrl(), groupsToProvision: ["Contractors", "Engineering (Okta)", "Contractorz"] };
    const r = await deploy(stack, DEMO_KEYS.readWrite, "plan");
    const preconditions = failedWith(r).filter((d) => d.summary === "Resource precondition failed");
    const details = preconditions.map((d) => d.detail);
    expect(details).toContainEqual(expect.stringContaining("Twingate group 'Engineering (Okta)' cannot be provisioned"));
    expect(details).toContainEqual(expect.stringContaining("Twingate group 'Contractorz' cannot be provisioned"));
    expect(details.join("\n")).not.toContain("Twingate group 'Contractors' cannot");
    // Terraform points a failed precondition at its condition (no resource address in the diagnostic).
    expect(preconditions.map((d) => d.attribute)).toEqual(preconditions.map(() => "condition"));
    expect(integrations()).toEqual([]);
  });

  it("checks groupsToProvision given as a list variable at plan, naming the groups that cannot be provisioned", async () => {
    const stack = { network: "acme", access: "provisioning" as const, baseUrl: baseUrl(), groupsFromVariable: true };
    const bad = await deploy(stack, DEMO_KEYS.readWrite, "plan", { TF_VAR_groups: JSON.stringify(["Contractors", "Engineering (Okta)", "Contractorz"]) });
    const errors = failedWith(bad);
    expect(errors).toContainEqual(
      expect.objectContaining({
        summary: "Resource precondition failed",
        detail: expect.stringMatching(/Twingate groups (Contractorz, Engineering \(Okta\)|Engineering \(Okta\), Contractorz) \(from groupsToProvision\) cannot be provisioned/),
      }),
    );
    for (const e of errors) expect(`${e.summary}\n${e.detail}`).not.toMatch(/encoded list token/i);
    const good = await deploy(stack, DEMO_KEYS.readWrite, "plan", { TF_VAR_groups: JSON.stringify(["Contractors"]) });
    expect(good.code).toBe(0);
    expect(integrations()).toEqual([]);
  });

  it("with a Read & Write key, creates the check first, then the app's integration and its owner", async () => {
    const r = await deploy({ network: "acme", access: "provisioning", baseUrl: baseUrl() }, DEMO_KEYS.readWrite, "apply");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Only the connector view's tenant remarks (the demo tenant has PENDING users), as warnings on the sync preview.
    const diagnostics = diagnosticsOf(r, env.ws);
    expect(diagnostics.filter((d) => d.severity !== "warning" || !d.address?.startsWith("data.c1twingate_sync_preview."))).toEqual([]);
    expect(changeSummaryOf(r)).toMatchObject({ operation: "apply", add: 5, change: 0, remove: 0 });
    // Terraform's own order: the check completes before the integration starts.
    const messages = messagesOf(r);
    const checkDone = hookIndex(messages, "apply_complete", /^c1twingate_credential_check\./);
    const integrationStarts = hookIndex(messages, "apply_start", /^conductorone_integration_twingate\./);
    expect(checkDone).toBeGreaterThanOrEqual(0);
    expect(integrationStarts).toBeGreaterThan(checkDone);
    expect(Object.entries(outputsOf(r)).find(([name]) => name.startsWith("Acme_permission_"))?.[1]).toMatchObject({ value: "write", sensitive: false });

    // ConductorOne's order: app, then connector, then its two owners (a user and a group, in either order).
    const changes = env.changes();
    expect(changes.slice(0, 2)).toEqual(["create app", "create connector"]);
    expect(changes.slice(2).sort()).toEqual(["create connector_owner_entitlement", "create connector_owner_user"]);
    const [connector] = integrations();
    const created = env.c1.apps().find((a) => a.displayName === "Twingate (acme)");
    expect(connector).toMatchObject({ appId: created?.id, catalogId: "2G8Wk6xIkBU5qJ1O4wlz4mD8ef0" });
    expect(connector?.json.config).toEqual({ "@type": "type.googleapis.com/c1.api.app.v1.EnvConfig", configuration: { twingate_domain: { stringValue: "acme" } } });
    const ownerIds = env.c1.changes().filter((c) => c.object.startsWith("connector_owner")).map((c) => c.id).sort();
    expect(ownerIds).toEqual([`${connector?.id}/owner/${ALICE.id}`, `${connector?.id}/owner/${OKTA.id}/${ENGINEERING.id}`].sort());

    // And by the clock: the check was validated before ConductorOne saw the integration
    // (the stand-in stores ConductorOne's timestamps to the second, as the real provider does).
    const checkState = stateResources().find((res) => res.type === "c1twingate_credential_check")?.instances[0]?.attributes;
    expect(checkState?.permission).toBe("write");
    const integrationState = stateResources().find((res) => res.type === "conductorone_integration_twingate")?.instances[0]?.attributes;
    expect(integrationState?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const validatedSecond = Math.floor(Date.parse(String(checkState?.validated_at)) / 1000) * 1000;
    expect(validatedSecond).toBeLessThanOrEqual(Date.parse(String(connector?.json.createdAt)));

    // ConductorOne's connector syncs against Twingate with the key it was given: Connected.
    const synced = await env.waitForConnector(connector!.id, (c) => c.pending === null && c.syncs > 0);
    expect(syncStatusOf(synced)).toBe("SYNC_STATUS_DONE");
    expect(synced.json.status).toMatchObject({ completedAt: expect.any(String), lastError: "" });
    expect(synced.lastSync).toMatchObject({ ok: true, users: expect.any(Number) });
    expect(synced.lastSync?.users).toBeGreaterThan(0);

    const again = await env.ws.run(["plan", "-detailed-exitcode", "-input=false"], { allowFailure: true, env: { TF_VAR_twingate_api_key: DEMO_KEYS.readWrite } });
    expect(again.code).toBe(0);
  });

  it("once the key is revoked in Twingate, ConductorOne's next sync errors and the next plan fails; rotating fixes both", async () => {
    const [connector] = integrations();
    const id = connector!.id;
    env.twingate.network("acme")?.revoke(DEMO_KEYS.readWrite);
    try {
      // ConductorOne's side: its next sync with the revoked key ends SYNC_STATUS_ERROR.
      const before = env.c1.connector(id).syncs;
      env.c1.queueSync(id);
      const broken = await env.waitForConnector(id, (c) => c.pending === null && c.syncs > before);
      expect(syncStatusOf(broken)).toBe("SYNC_STATUS_ERROR");
      expect(broken.json.status).toMatchObject({ lastError: expect.stringMatching(/GraphQL HTTP request failed 401/) });

      // Ours: the next plan fails before anything changes in ConductorOne.
      const plan = await deploy({ network: "acme", access: "provisioning", baseUrl: baseUrl() }, DEMO_KEYS.readWrite, "apply");
      expect(failedWith(plan)).toEqual([expect.objectContaining({ attribute: "api_key", detail: expect.stringContaining("To fix:") })]);
      expect(env.changes()).toHaveLength(4);

      const fixed = await deploy({ network: "acme", access: "provisioning", baseUrl: baseUrl() }, DEMO_KEYS.provision, "apply");
      expect(fixed.code).toBe(0);
      // As with the official provider (terraform-plugin-framework): the in-place update of the
      // integration plans its id unknown, so both owners' connector_id (RequiresReplaceIfConfigured)
      // force their replacement. docs/constructs.md, "Key rotation …", says so to users.
      expect(changeSummaryOf(fixed)).toMatchObject({ operation: "apply", add: 2, change: 2, remove: 2 });
      const planned = new Map(plannedActionsOf(fixed));
      expect([...planned].filter(([addr]) => addr.startsWith("conductorone_")).sort()).toEqual([
        [expect.stringMatching(/^conductorone_connector_owner_entitlement\./), "replace"],
        [expect.stringMatching(/^conductorone_connector_owner_user\./), "replace"],
        [expect.stringMatching(/^conductorone_integration_twingate\./), "update"],
      ]);
      // ConductorOne's order: both owners removed, the connector updated (same id), the owners added back.
      const rotation = env.changes().slice(4);
      expect(rotation.slice(0, 2).sort()).toEqual(["delete connector_owner_entitlement", "delete connector_owner_user"]);
      expect(rotation[2]).toBe("update connector");
      expect(rotation.slice(3).sort()).toEqual(["create connector_owner_entitlement", "create connector_owner_user"]);
      expect(integrations()).toHaveLength(1);
      expect(integrations()[0]?.id).toBe(id);
      // The new key is saved: ConductorOne syncs again, and is Connected.
      const rotated = await env.waitForConnector(id, (c) => c.pending === null && c.syncs > before + 1);
      expect(syncStatusOf(rotated)).toBe("SYNC_STATUS_DONE");
    } finally {
      env.twingate.network("acme")?.restore(DEMO_KEYS.readWrite);
    }
  });

  it("an app id of the right shape that names no app fails the plan, as a literal or from a variable; the working integration and its owners stay", async () => {
    const MISSING = "2YAppMissing000000000000001";
    const [connector] = integrations();
    const before = env.changes();
    const stack = { network: "acme", access: "provisioning" as const, baseUrl: baseUrl() };
    for (const [appId, extraEnv] of [
      [MISSING, {}],
      ["variable", { TF_VAR_app_id: MISSING }],
    ] as const) {
      const r = await deploy({ ...stack, appId }, DEMO_KEYS.provision, "apply", extraEnv);
      // The official provider's own diagnostic for a search with no hit, from the conductorone_app
      // data source read at plan; terraform stops there (failedWith: no apply happened).
      expect(failedWith(r)).toEqual([expect.objectContaining({ summary: "Unexpected response from API", detail: "Missing response body array data.", address: expect.stringMatching(/^data\.conductorone_app\./) })]);
    }
    expect(env.changes()).toEqual(before);
    expect(integrations().map((c) => c.id)).toEqual([connector?.id]);
    const created = env.c1.apps().find((a) => a.displayName === "Twingate (acme)");
    expect(created).toBeDefined();

    // An app that exists is read at plan, so its id is known then: naming the app the integration
    // already uses (by id instead of creating it) leaves the integration and its owners alone.
    const existing = await deploy({ ...stack, appId: created!.id }, DEMO_KEYS.provision, "plan");
    expect(errorsOf(existing)).toEqual([]);
    expect(existing.code).toBe(0);
    const planned = plannedActionsOf(existing);
    expect(planned.filter(([addr]) => /^conductorone_(integration_twingate|connector_owner)/.test(addr))).toEqual([]);
    // Only the app resource the stack no longer declares would go (a plan; nothing is applied).
    expect(planned).toContainEqual([expect.stringMatching(/^conductorone_app\./), "delete"]);
    expect(env.changes()).toEqual(before);
  });

  it("never writes a key to cdk.tf.json, terraform's output, what the ConductorOne simulator logs or answers, or the check's state", () => {
    const state = stateText();
    const c1 = env.c1Text();
    for (const key of ALL_KEYS) {
      for (const text of seen) expect(text).not.toContain(key);
      expect(c1).not.toContain(key);
    }
    expect(env.c1Log.some((line) => /SYNC_STATUS_DONE/.test(line))).toBe(true);
    // The one place a key is stored is the integration's twingate_apikey, as the official
    // ConductorOne provider does (documented; protect the state backend).
    const resources = stateResources();
    const holders = resources.filter((res) => ALL_KEYS.some((key) => JSON.stringify(res).includes(key))).map((res) => `${res.type}`);
    expect(holders).toEqual(["conductorone_integration_twingate"]);
    const integration = resources.find((res) => res.type === "conductorone_integration_twingate")?.instances[0]?.attributes;
    expect(integration?.twingate_apikey).toBe(DEMO_KEYS.provision);
    expect(state.split(DEMO_KEYS.provision).length - 1).toBe(1);
  });
});
