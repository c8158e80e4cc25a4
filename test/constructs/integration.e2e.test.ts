/**
 * TwingateIntegration end to end, with the real terraform binary: a synthesized stack,
 * our c1twingate provider pointed at the Twingate simulator, and the ConductorOne
 * stand-in provider, both installed in a filesystem mirror. Proves that a bad key, a
 * wrong network or a too-weak key fails `terraform plan` before anything is created in
 * ConductorOne, that a good key creates the check first and then the integration, and
 * that the key never leaks.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { c1twingate, IntegrationApp, IntegrationOwner, TwingateIntegration, type IntegrationAccess } from "../../constructs";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { readStandinState, seedStandinState, STANDIN_VERSION, STATE_FILE_ENV } from "../../src/standins/conductorone";
import { createTerraformWorkspace, requireTerraform, type RunResult, type TerraformWorkspace } from "../helpers/terraform";

jest.setTimeout(300_000);

const ROOT = join(__dirname, "..", "..");
const C1TWINGATE_BUNDLE = join(ROOT, "dist", "terraform-provider-c1twingate");
const STANDIN_BUNDLE = join(ROOT, "dist", "terraform-provider-conductorone");
const ALL_KEYS = Object.values(DEMO_KEYS);
const ALICE = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", display_name: "Alice Admin" };
/** The IdP's app and its "Engineering" group entitlement: the group owns the connector too. */
const OKTA = { id: "2GkPvCsvc6nHg5ThWebYO3tvKEZ", display_name: "Okta" };
const ENGINEERING = { app_id: OKTA.id, id: "2EntEngineering000000000001", display_name: "Engineering member", slug: "member" };

interface StackOptions {
  network: string;
  access: IntegrationAccess;
  baseUrl: string;
  groupsToProvision?: string[];
  /** Take groupsToProvision from a list(string) variable (TF_VAR_groups) instead of a literal list. */
  groupsFromVariable?: boolean;
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
    app: IntegrationApp.create({ displayName: "Twingate (acme)" }),
    owners: [ALICE.email, IntegrationOwner.fromEntitlement({ appId: ENGINEERING.app_id, entitlementId: ENGINEERING.id })],
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

/** Line index of the first line matching `pattern` in terraform's output, -1 when none. */
function lineOf(text: string, pattern: RegExp): number {
  return text.split("\n").findIndex((line) => pattern.test(line));
}

describe("TwingateIntegration with terraform, the c1twingate provider and the ConductorOne stand-in", () => {
  let sim: RunningSimulator;
  let ws: TerraformWorkspace;
  let standinFile: string;
  const seen: string[] = [];

  const deploy = (stack: StackOptions, key: string, command: "plan" | "apply", extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> => {
    const json = synthIntegration(join(ws.root, "cdktf.out"), stack);
    seen.push(json);
    writeFileSync(join(ws.dir, "cdk.tf.json"), json);
    const args = command === "apply" ? ["apply", "-auto-approve", "-input=false"] : ["plan", "-input=false"];
    return ws.run(args, { allowFailure: true, env: { TF_VAR_twingate_api_key: key, ...extraEnv } }).then((r) => {
      seen.push(output(r));
      return r;
    });
  };

  const integrations = () => readStandinState(standinFile).integrations;
  const stateText = () => ws.stateText();
  const stateResources = () => ws.state().resources;

  beforeAll(async () => {
    requireTerraform();
    for (const bundle of [C1TWINGATE_BUNDLE, STANDIN_BUNDLE]) {
      if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build (jest's global setup does it)`);
    }
    sim = await startSimulator();
    ws = createTerraformWorkspace({
      providers: [
        { file: C1TWINGATE_BUNDLE, hostname: "c1twingate.invalid", namespace: "local", type: "c1twingate", version: "0.1.0" },
        { file: STANDIN_BUNDLE, hostname: "registry.terraform.io", namespace: "conductorone", type: "conductorone", version: STANDIN_VERSION },
      ],
    });
    standinFile = join(ws.root, "conductorone-standin.json");
    ws.env[STATE_FILE_ENV] = standinFile;
    seedStandinState(standinFile, { users: [ALICE], apps: [OKTA], app_entitlements: [ENGINEERING] });
    writeFileSync(join(ws.dir, "cdk.tf.json"), synthIntegration(join(ws.root, "cdktf.out"), { network: "acme", access: "read-only", baseUrl: sim.baseUrl }));
    const init = await ws.run(["init", "-input=false"]);
    expect(init.stdout).toContain("Installed c1twingate.invalid/local/c1twingate v0.1.0");
    expect(init.stdout).toContain(`Installed conductorone/conductorone v${STANDIN_VERSION}`);
  });

  afterAll(async () => {
    ws?.cleanup();
    await sim?.close();
  });

  it("fails the plan on a revoked key and creates nothing in ConductorOne", async () => {
    const r = await deploy({ network: "acme", access: "read-only", baseUrl: sim.baseUrl }, DEMO_KEYS.revoked, "apply");
    expect(r.code).not.toBe(0);
    expect(output(r)).toMatch(/Twingate credential check: .*(revoked|not valid|invalid|rejected)/i);
    expect(output(r)).toContain("To fix:");
    expect(output(r)).not.toContain("Apply complete");
    expect(integrations()).toEqual([]);
    expect(readStandinState(standinFile).events).toEqual([]);
  });

  it("fails the plan on a wrong network and creates nothing", async () => {
    const r = await deploy({ network: "acme-corp", access: "read-only", baseUrl: sim.baseUrl }, DEMO_KEYS.readWrite, "apply");
    expect(r.code).not.toBe(0);
    expect(output(r)).toMatch(/acme-corp/);
    expect(output(r)).toContain("To fix:");
    expect(integrations()).toEqual([]);
  });

  it("fails the plan when a Read-only key is used for provisioning, naming the key it needs", async () => {
    const r = await deploy({ network: "acme", access: "provisioning", baseUrl: sim.baseUrl }, DEMO_KEYS.readOnly, "plan");
    expect(r.code).not.toBe(0);
    expect(output(r)).toContain("Read & Write");
    expect(output(r)).not.toContain("Apply complete");
    expect(integrations()).toEqual([]);
  });

  it("fails the plan when a group meant for provisioning is SYNCED or missing, naming each group", async () => {
    const stack = { network: "acme", access: "provisioning" as const, baseUrl: sim.baseUrl, groupsToProvision: ["Contractors", "Engineering (Okta)", "Contractorz"] };
    const r = await deploy(stack, DEMO_KEYS.readWrite, "plan");
    expect(r.code).not.toBe(0);
    const text = output(r).replace(/\s+/g, " ");
    expect(text).toContain("Twingate group 'Engineering (Okta)' cannot be provisioned");
    expect(text).toContain("Twingate group 'Contractorz' cannot be provisioned");
    expect(text).not.toContain("Twingate group 'Contractors' cannot");
    expect(integrations()).toEqual([]);
  });

  it("checks groupsToProvision given as a list variable at plan, naming the groups that cannot be provisioned", async () => {
    const stack = { network: "acme", access: "provisioning" as const, baseUrl: sim.baseUrl, groupsFromVariable: true };
    const bad = await deploy(stack, DEMO_KEYS.readWrite, "plan", { TF_VAR_groups: JSON.stringify(["Contractors", "Engineering (Okta)", "Contractorz"]) });
    expect(bad.code).not.toBe(0);
    const text = output(bad).replace(/\s+/g, " ");
    expect(text).toMatch(/Twingate groups (Contractorz, Engineering \(Okta\)|Engineering \(Okta\), Contractorz) \(from groupsToProvision\) cannot be provisioned/);
    expect(text).not.toMatch(/encoded list token/i);
    const good = await deploy(stack, DEMO_KEYS.readWrite, "plan", { TF_VAR_groups: JSON.stringify(["Contractors"]) });
    expect(good.code).toBe(0);
    expect(integrations()).toEqual([]);
  });

  it("with a Read & Write key, creates the check first, then the app's integration and its owner", async () => {
    const r = await deploy({ network: "acme", access: "provisioning", baseUrl: sim.baseUrl }, DEMO_KEYS.readWrite, "apply");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const text = output(r);
    expect(text).toContain("Apply complete! Resources: 5 added, 0 changed, 0 destroyed.");
    // Terraform's own order: the check completes before the integration starts.
    const checkDone = lineOf(text, /^c1twingate_credential_check\.\S+: Creation complete/);
    const integrationStarts = lineOf(text, /^conductorone_integration_twingate\.\S+: Creating\.\.\./);
    expect(checkDone).toBeGreaterThanOrEqual(0);
    expect(integrationStarts).toBeGreaterThan(checkDone);
    expect(text).toMatch(/permission\s*=\s*"write"/);

    // The stand-in's order: app, then integration, then its two owners (a user and a group, in either order).
    const state = readStandinState(standinFile);
    const events = state.events.map((e) => `${e.seq}:${e.action}:${e.type}`);
    expect(events.slice(0, 2)).toEqual(["1:create:conductorone_app", "2:create:conductorone_integration_twingate"]);
    expect(state.events.slice(2).map((e) => `${e.action}:${e.type}`).sort()).toEqual([
      "create:conductorone_connector_owner_entitlement",
      "create:conductorone_connector_owner_user",
    ]);
    const [integration] = state.integrations;
    const created = state.apps.find((a) => a.managed);
    expect(integration).toMatchObject({ twingate_domain: "acme", twingate_apikey: "<set>", app_id: created?.id });
    expect(state.connector_owners).toEqual([expect.objectContaining({ connector_id: integration?.id, user_ref_id: ALICE.id, role_slug: "owner" })]);
    expect(state.connector_owner_entitlements).toEqual([
      expect.objectContaining({ connector_id: integration?.id, app_entitlement_ref_app_id: OKTA.id, app_entitlement_ref_id: ENGINEERING.id, role_slug: "owner" }),
    ]);

    // And by the clock: the check was validated before ConductorOne saw the integration
    // (ConductorOne's timestamps are whole seconds, as the real provider stores them).
    const checkState = stateResources().find((res) => res.type === "c1twingate_credential_check")?.instances[0]?.attributes;
    expect(checkState?.permission).toBe("write");
    expect(integration?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const validatedSecond = Math.floor(Date.parse(String(checkState?.validated_at)) / 1000) * 1000;
    expect(validatedSecond).toBeLessThanOrEqual(Date.parse(integration?.created_at ?? ""));

    const again = await ws.run(["plan", "-detailed-exitcode", "-input=false"], { allowFailure: true, env: { TF_VAR_twingate_api_key: DEMO_KEYS.readWrite } });
    expect(again.code).toBe(0);
  });

  it("fails the next plan once the key is revoked in Twingate, and succeeds again after rotating to a new key", async () => {
    sim.network("acme")?.revoke(DEMO_KEYS.readWrite);
    try {
      const broken = await deploy({ network: "acme", access: "provisioning", baseUrl: sim.baseUrl }, DEMO_KEYS.readWrite, "apply");
      expect(broken.code).not.toBe(0);
      expect(output(broken)).toContain("To fix:");
      expect(readStandinState(standinFile).events).toHaveLength(4);

      const fixed = await deploy({ network: "acme", access: "provisioning", baseUrl: sim.baseUrl }, DEMO_KEYS.provision, "apply");
      expect(fixed.code).toBe(0);
      expect(output(fixed)).toContain("Apply complete! Resources: 0 added, 2 changed, 0 destroyed.");
      const state = readStandinState(standinFile);
      expect(state.events.slice(4).map((e) => `${e.action}:${e.type}`)).toEqual(["update:conductorone_integration_twingate"]);
      expect(state.integrations).toHaveLength(1);
    } finally {
      sim.network("acme")?.restore(DEMO_KEYS.readWrite);
    }
  });

  it("never writes a key to cdk.tf.json, terraform's output, the stand-in file or the check's state", () => {
    const state = stateText();
    const standinText = readFileSync(standinFile, "utf8");
    for (const key of ALL_KEYS) {
      for (const text of seen) expect(text).not.toContain(key);
      expect(standinText).not.toContain(key);
    }
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
