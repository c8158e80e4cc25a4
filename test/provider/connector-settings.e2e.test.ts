/**
 * M2 with the real terraform CLI: a credential in a non-secret ConductorOne setting of the
 * c1twingate provider — the environment (the breaker's swaps: the access token as the tenant,
 * a JWT as the server URL) or the `conductorone` block's `server_url` attribute — fails the plan
 * with C1_SECRET_IN_SETTING, names the setting, quotes nothing, and resolves no host name: a
 * preload records every DNS lookup of the provider process (the canary test's spy). The secret
 * is searched in terraform's output, its TF_LOG=trace log and the DNS log.
 */
import { existsSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { SecretEchoes } from "../../src/secret-echoes";
import { createTerraformWorkspace, diagnosticsOf, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type TerraformWorkspace } from "../helpers/terraform";
import { providerTf, providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const DNS_SPY = join(__dirname, "fixtures", "dns-spy.cjs");
const APP = "2aBcDeFgHiJkLmNoPqRsTuVwXyZ";
const CONNECTOR = "2ZyXwVuTsRqPoNmLkJiHgFeDcBa";

const base = providerTf({});
const MAIN_TF = `
${base.replace(/provider "c1twingate" \{\s*\}/, 'provider "c1twingate" {\n  conductorone {\n    server_url = var.server_url\n  }\n}')}
variable "server_url" {
  type    = string
  default = null
}
variable "twingate_api_key" {
  type      = string
  sensitive = true
  ephemeral = true
  default   = null
}
resource "c1twingate_connector_sync" "this" {
  app_id           = "${APP}"
  connector_id     = "${CONNECTOR}"
  twingate_api_key = var.twingate_api_key
}
`;

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const ACCESS_TOKEN = `c1sim_at_${randomBytes(24).toString("base64url")}Z9z`;
const JWT = `${b64({ alg: "RS256", typ: "JWT" })}.${b64({ sub: "repo:acme/infra", n: randomBytes(4).toString("hex") })}.${randomBytes(32).toString("base64url")}`;
const TWINGATE_KEY = `tgk${randomBytes(30).toString("base64url")}Z9z`;

describe("c1twingate provider: a secret in a shown ConductorOne setting (terraform)", () => {
  let ws: TerraformWorkspace;

  beforeAll(async () => {
    requireTerraform();
    expect(MAIN_TF).toContain("server_url = var.server_url");
    ws = createTerraformWorkspace({ providers: [providerToInstall()], mainTf: MAIN_TF, extraEnv: {} });
    await ws.run(["init"]);
  });
  afterAll(() => ws?.cleanup());

  const cases: Array<[string, string, NodeJS.ProcessEnv, Record<string, string>, string]> = [
    ["the access token as CONDUCTORONE_TENANT_DOMAIN (swap)", ACCESS_TOKEN, { CONDUCTORONE_TENANT_DOMAIN: ACCESS_TOKEN, CONDUCTORONE_ACCESS_TOKEN: "acme-corp-tenant" }, {}, "env CONDUCTORONE_TENANT_DOMAIN"],
    ["a JWT as CONDUCTORONE_SERVER_URL", JWT, { CONDUCTORONE_SERVER_URL: JWT, CONDUCTORONE_ACCESS_TOKEN: "acme-corp-tenant" }, {}, "env CONDUCTORONE_SERVER_URL"],
    ["the access token in the server_url attribute", ACCESS_TOKEN, { CONDUCTORONE_ACCESS_TOKEN: ACCESS_TOKEN }, { server_url: `https://${ACCESS_TOKEN}.conductor.one` }, "server_url"],
    ["the Twingate key in the server_url attribute", TWINGATE_KEY, { CONDUCTORONE_ACCESS_TOKEN: "acme-corp-tenant" }, { server_url: TWINGATE_KEY.toLowerCase(), twingate_api_key: TWINGATE_KEY }, "server_url"],
  ];

  it.each(cases)("%s: plan fails by name, no echo, no DNS lookup", async (_, secret, env, vars, source) => {
    const tag = randomBytes(4).toString("hex");
    const trace = join(ws.root, `trace-${tag}.log`);
    const dns = join(ws.root, `dns-${tag}.log`);
    const tfVars = Object.fromEntries(Object.entries(vars).map(([k, v]) => [`TF_VAR_${k}`, v]));
    const plan = await ws.run(["plan", "-json"], { allowFailure: true, env: { ...env, ...tfVars, TF_LOG: "trace", TF_LOG_PATH: trace, NODE_OPTIONS: `--require ${DNS_SPY}`, DNS_SPY_FILE: dns } });
    expect(plan.code).toBe(1);
    const diagnostics = diagnosticsOf(plan, ws);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: "error", detail: expect.stringContaining("(C1_SECRET_IN_SETTING)") })]);
    expect(diagnostics[0]!.summary).toContain(source);
    const echoes = new SecretEchoes(secret);
    for (const [where, text] of [
      ["terraform's output", `${plan.stdout}\n${plan.stderr}`],
      ["the trace log", existsSync(trace) ? readFileSync(trace, "utf8") : ""],
      ["the DNS log", existsSync(dns) ? readFileSync(dns, "utf8") : ""],
    ] as const) {
      expect({ where, echoed: echoes.found(text) }).toEqual({ where, echoed: false });
    }
    expect(existsSync(dns) ? readFileSync(dns, "utf8") : "").not.toContain("conductor.one");
  });
});
