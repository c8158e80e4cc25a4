/**
 * Issue 10 §3 and §4 with the real terraform binary.
 *
 * - The self-hosted (v2, baton-twingate) connector deployed end to end: a synthesized
 *   TwingateIntegration with `connector: TwingateConnector.selfHosted()`, our c1twingate provider
 *   pointed at the Twingate simulator, the ConductorOne stand-in provider on the ConductorOne API
 *   simulator, both from a filesystem mirror (test/helpers/integration-environment.ts). A bad key fails the plan before anything
 *   exists in ConductorOne; a good one creates the Baton integration, its credential and the
 *   owners, with the client id, the sensitive client secret and the environment as outputs.
 *   The Kubernetes deployment is not applied (no cluster here): self-hosted.test.ts checks it
 *   against the kubernetes provider's schema.
 * - The plan-time form of §3: a c1twingate provider whose base_url comes from a variable fails
 *   the plan (the check's endpoint is not a host of <network>.twingate.com), and the condition
 *   itself, evaluated by terraform, accepts ConductorOne's hosts (regional ones too) only.
 * - The optional peer: the published bundle in a consumer project without
 *   @cdktf/provider-kubernetes synthesizes a self-hosted connector, and asking for the
 *   Kubernetes deployment names the missing package.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { App, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { c1twingate, IntegrationApp, TwingateConnector, TwingateIntegration, type IntegrationAccess } from "../../constructs";
import { endpointPrecondition } from "../../constructs/sync-target";
import { DEMO_KEYS } from "../../src/simulator";
import { startIntegrationEnvironment, type IntegrationEnvironment } from "../helpers/integration-environment";
import { changeSummaryOf, createTerraformWorkspace, diagnosticsOf, requireTerraform, type RunResult, type TerraformWorkspace } from "../helpers/terraform";
import { createConsumerProject, type ConsumerProject } from "./consumer-project";

jest.setTimeout(300_000);

const ALL_KEYS = Object.values(DEMO_KEYS);
const ALICE = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", displayName: "Alice Admin" };
/** Catalog id of ConductorOne's "Baton" connector (conductorone-provider.md §3). */
const BATON_CATALOG_ID = "2HErg7BRmNdHgX8sTCWVq4E1fyh";

const output = (r: RunResult): string => `${r.stdout}\n${r.stderr}`;

interface StackOptions {
  access: IntegrationAccess;
  /** The simulator URL template, given literally (with the opt-in) or through a variable (without it). */
  baseUrl: { literal: string } | { variable: true };
}

/** Synthesizes one self-hosted TwingateIntegration stack into `outdir` and returns its cdk.tf.json text. */
function synthSelfHosted(outdir: string, options: StackOptions): string {
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, "self-hosted");
  new LocalBackend(stack, { path: "terraform.tfstate" });
  const literal = "literal" in options.baseUrl;
  const baseUrl = "literal" in options.baseUrl ? options.baseUrl.literal : new TerraformVariable(stack, "base_url", { type: "string" }).stringValue;
  new c1twingate.provider.C1TwingateProvider(stack, "c1twingate", { baseUrl });
  const apiKey = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
  new TwingateIntegration(stack, "Acme", {
    network: "acme",
    apiKey: apiKey.stringValue,
    app: IntegrationApp.create({ displayName: "Twingate (acme, self-hosted)" }),
    owners: [ALICE.email],
    access: options.access,
    connector: TwingateConnector.selfHosted(),
    // A literal simulator URL is refused at synth without it; a variable is judged at plan.
    ...(literal ? { allowCheckedHostMismatch: true } : {}),
  });
  app.synth();
  return readFileSync(join(outdir, "stacks", "self-hosted", "cdk.tf.json"), "utf8");
}

describe("a self-hosted (baton-twingate) TwingateIntegration with terraform, the c1twingate provider and the ConductorOne stand-in", () => {
  let env: IntegrationEnvironment;
  const seen: string[] = [];

  const run = (options: StackOptions, key: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> => {
    const json = synthSelfHosted(join(env.ws.root, "cdktf.out"), options);
    seen.push(json);
    writeFileSync(join(env.ws.dir, "cdk.tf.json"), json);
    return env.ws.run([...args, "-input=false"], { allowFailure: true, env: { TF_VAR_twingate_api_key: key, ...extraEnv } }).then((r) => {
      seen.push(output(r));
      return r;
    });
  };
  const simulatorStack = (access: IntegrationAccess): StackOptions => ({ access, baseUrl: { literal: env.twingate.baseUrl } });
  const stateAttributes = (type: string) => env.ws.state().resources.find((res) => res.type === type)?.instances[0]?.attributes;

  beforeAll(async () => {
    env = await startIntegrationEnvironment({ seed: { users: [ALICE] } });
    writeFileSync(join(env.ws.dir, "cdk.tf.json"), synthSelfHosted(join(env.ws.root, "cdktf.out"), simulatorStack("read-only")));
    await env.ws.run(["init", "-input=false"]);
  });

  afterAll(async () => {
    await env?.cleanup();
  });

  it("fails the plan on a revoked key and creates nothing in ConductorOne", async () => {
    const r = await run(simulatorStack("read-only"), DEMO_KEYS.revoked, ["apply", "-auto-approve", "-json"]);
    expect(r.code).not.toBe(0);
    // One error per cause: the check's; the connector view's preview leaves it to the check (a warning, not read).
    // terraform reads and plans independent objects concurrently: the two come in either order.
    const diagnostics = diagnosticsOf(r, env.ws);
    expect(diagnostics).toHaveLength(2);
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: "warning", address: expect.stringMatching(/^data\.c1twingate_sync_preview\./), summary: "Twingate sync preview: not read" }),
        expect.objectContaining({ severity: "error", address: expect.stringMatching(/^c1twingate_credential_check\./), attribute: "api_key", detail: expect.stringContaining("To fix:") }),
      ]),
    );
    expect(changeSummaryOf(r)?.operation).not.toBe("apply");
    expect(env.connectors()).toEqual([]);
    expect(env.changes()).toEqual([]);
  });

  it("fails the plan when the check's base_url (from a variable) is not ConductorOne's host, naming both URLs", async () => {
    const r = await run({ access: "read-only", baseUrl: { variable: true } }, DEMO_KEYS.readWrite, ["plan", "-json"], { TF_VAR_base_url: env.twingate.baseUrl });
    expect(r.code).not.toBe(0);
    const errors = diagnosticsOf(r, env.ws).filter((d) => d.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ summary: "Resource precondition failed", attribute: "condition" })]);
    expect(errors[0]?.detail).toContain(`The Twingate credential check calls ${env.twingate.baseUrl.replace("{network}", "acme")}/api/graphql/`);
    expect(errors[0]?.detail).toContain("but ConductorOne's Twingate connector always syncs https://acme.twingate.com/api/graphql/");
    expect(env.connectors()).toEqual([]);
  });

  it("with a Read & Write key, creates the check, then the Baton integration, its credential and the owner; outputs what baton-twingate needs", async () => {
    const r = await run(simulatorStack("provisioning"), DEMO_KEYS.readWrite, ["apply", "-auto-approve"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Apply complete! Resources: 5 added, 0 changed, 0 destroyed.");
    // What a human sees is the point here: terraform's own rendering hides the sensitive output.
    expect(r.stdout).toMatch(/baton_client_secret_\w+ = <sensitive>/);

    const changes = env.changes();
    expect(changes.slice(0, 2)).toEqual(["create app", "create connector"]);
    expect(changes.slice(2).sort()).toEqual(["create connector_credential", "create connector_owner_user"]);
    const [baton] = env.connectors();
    const app = env.c1.apps().find((a) => a.displayName === "Twingate (acme, self-hosted)");
    expect(baton).toMatchObject({ appId: app?.id, catalogId: BATON_CATALOG_ID });
    expect(baton?.json).toMatchObject({ displayName: "Baton" });
    // A Baton connector has no config: ConductorOne holds no Twingate key for it.
    expect(baton?.json.config).toBeUndefined();
    const credential = stateAttributes("conductorone_connector_credential");
    expect(credential).toMatchObject({ app_id: app?.id, connector_id: baton?.id });
    expect(stateAttributes("conductorone_connector_owner_user")).toMatchObject({ connector_id: baton?.id, user_ref_id: ALICE.id });

    const outputs = JSON.parse((await env.ws.run(["output", "-json"])).stdout) as Record<string, { value: unknown; sensitive: boolean }>;
    const named = (name: string) => Object.entries(outputs).find(([k]) => k.startsWith(`Acme_${name}_`))?.[1];
    expect(named("baton_client_id")).toEqual({ value: credential?.client_id, sensitive: false, type: "string" });
    expect(named("baton_environment")?.value).toEqual({ BATON_CLIENT_ID: credential?.client_id, BATON_DOMAIN: "acme", BATON_PROVISIONING: "true" });
    const secret = named("baton_client_secret");
    expect(secret?.sensitive).toBe(true);
    expect(typeof secret?.value).toBe("string");
    expect(secret?.value).toBe(credential?.client_secret);

    const again = await env.ws.run(["plan", "-detailed-exitcode", "-input=false"], { allowFailure: true, env: { TF_VAR_twingate_api_key: DEMO_KEYS.readWrite } });
    expect(again.code).toBe(0);
  });

  it("keeps the Twingate key out of everything (no ConductorOne resource stores it) and the client secret out of cdk.tf.json and terraform's output", () => {
    const clientSecret = stateAttributes("conductorone_connector_credential")?.client_secret;
    expect(typeof clientSecret).toBe("string");
    const stateText = env.ws.stateText();
    for (const text of [...seen, env.c1Text()]) {
      for (const key of ALL_KEYS) expect(text).not.toContain(key);
      expect(text).not.toContain(clientSecret as string);
    }
    // The baton integration has no config: unlike the v1 connector, no resource holds the key.
    for (const key of ALL_KEYS) expect(stateText).not.toContain(key);
    // The client secret: the credential (as the official provider keeps it) and the sensitive output.
    const holders = env.ws
      .state()
      .resources.filter((res) => JSON.stringify(res).includes(clientSecret as string))
      .map((res) => res.type);
    expect(holders).toEqual(["conductorone_connector_credential"]);
  });
});

describe("the plan-time endpoint condition, evaluated by terraform", () => {
  let ws: TerraformWorkspace;
  afterAll(() => ws?.cleanup());

  it("accepts <network>.twingate.com and its regional hosts, and nothing else", async () => {
    requireTerraform();
    ws = createTerraformWorkspace({ providers: [] });
    const cases: Array<[string, boolean]> = [
      ["https://acme.twingate.com/api/graphql/", true],
      ["https://acme.us1.twingate.com/api/graphql/", true],
      ["https://acme.twingate.com:443/api/graphql/", true],
      ["http://acme.twingate.com/api/graphql/", false],
      ["https://acme.stg.example.dev/api/graphql/", false],
      ["https://acme-corp.twingate.com/api/graphql/", false],
      ["https://acme.twingate.com.evil.example/api/graphql/", false],
      ["http://127.0.0.1:4567/acme/api/graphql/", false],
    ];
    const app = new App({ outdir: join(ws.root, "cdktf.out"), stackTraces: false });
    const stack = new TerraformStack(app, "condition");
    new LocalBackend(stack, { path: "terraform.tfstate" });
    cases.forEach(([endpoint], i) => new TerraformOutput(stack, `case_${i}`, { value: endpointPrecondition("acme", endpoint).condition }));
    app.synth();
    copyFileSync(join(ws.root, "cdktf.out", "stacks", "condition", "cdk.tf.json"), join(ws.dir, "cdk.tf.json"));
    await ws.run(["init", "-input=false"]);
    await ws.run(["apply", "-auto-approve", "-input=false"]);
    const outputs = JSON.parse((await ws.run(["output", "-json"])).stdout) as Record<string, { value: boolean }>;
    expect(cases.map(([endpoint], i) => [endpoint, outputs[`case_${i}`]?.value])).toEqual(cases);
  });
});

describe("the published bundle in a consumer project without @cdktf/provider-kubernetes", () => {
  let project: ConsumerProject;
  const STACK = (kubernetes: boolean) => `
const { App, TerraformStack, TerraformVariable } = require("cdktf");
const { IntegrationApp, TwingateConnector, TwingateIntegration } = require("./lib/constructs.js");
const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, "consumer");
const key = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true });
try {
  new TwingateIntegration(stack, "Acme", {
    network: "acme", apiKey: key.stringValue, owners: ["alice@acme.example"],
    app: IntegrationApp.fromId("2GkPvCsvc6nHg5ThWebYO3tvKEZ"),
    connector: TwingateConnector.selfHosted(${kubernetes ? "{ kubernetes: {} }" : ""}),
  });
  app.synth();
  console.log(JSON.stringify({ ok: true }));
} catch (err) {
  console.log(JSON.stringify({ ok: false, code: err.code, message: err.message }));
}
`;

  beforeAll(() => {
    project = createConsumerProject(["cdktf", "constructs"]);
  });
  afterAll(() => project?.cleanup());

  const synth = (kubernetes: boolean) => project.run(`synth-${kubernetes}`, STACK(kubernetes));

  it("synthesizes a self-hosted connector without a deployment", () => {
    expect(synth(false)).toEqual({ ok: true });
  });

  it("names the missing package when the Kubernetes deployment is asked for, and synthesizes once it is installed", () => {
    const missing = synth(true);
    expect(missing.ok).toBe(false);
    expect(missing.code).toBe("C1TG_CONSTRUCT_MISSING_PEER");
    expect(missing.message).toContain("npm install --save-dev @cdktf/provider-kubernetes@^12");
    project.install("@cdktf/provider-kubernetes");
    expect(synth(true)).toEqual({ ok: true });
    const doc = JSON.parse(readFileSync(join(project.dir, "out-synth-true", "stacks", "consumer", "cdk.tf.json"), "utf8")) as { resource: Record<string, unknown> };
    expect(Object.keys(doc.resource)).toEqual(expect.arrayContaining(["kubernetes_secret_v1", "kubernetes_deployment_v1"]));
  });
});
