import "../helpers/cdktf-matchers";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, Testing } from "cdktf";
import { c1twingate, conductorone } from "../../constructs";
import { IdpAppReadOnlyStack } from "../../examples/idp-app-read-only";
import { buildExamples, EXAMPLE_STACKS } from "../../examples/main";
import { MultiNetworkStack, NETWORKS } from "../../examples/multi-network";
import { IDP_APP_ID, IT_ADMINS_ENTITLEMENT_ID, NewAppProvisioningStack } from "../../examples/new-app-provisioning";
import { SelfHostedStack } from "../../examples/self-hosted";
import { only, type SynthJson } from "./stack-fixture";

function fullSynthJson(stack: Parameters<typeof Testing.fullSynth>[0]): SynthJson {
  const outdir = Testing.fullSynth(stack);
  return JSON.parse(readFileSync(join(outdir, "stacks", stack.node.id, "cdk.tf.json"), "utf8")) as SynthJson;
}

describe("example apps", () => {
  test("idp-app-read-only: the IdP-created app by display name, a read check, a sensitive key variable", () => {
    const stack = new IdpAppReadOnlyStack(Testing.app(), "idp-app-read-only");
    const synth = Testing.synth(stack);
    expect(synth).toHaveDataSourceWithProperties(conductorone.dataConductoroneApp.DataConductoroneApp, { display_name: "Twingate" });
    expect(synth).toHaveResourceWithProperties(c1twingate.credentialCheck.CredentialCheck, { network: "acme", require: "read", api_key: "${var.twingate_api_key_acme}" });
    const json = fullSynthJson(stack);
    expect((json as { variable?: Record<string, { sensitive?: boolean }> }).variable?.twingate_api_key_acme?.sensitive).toBe(true);
    expect(only(json.resource?.conductorone_integration_twingate, "integration").twingate_domain).toBe("acme");
  });

  test("new-app-provisioning: a new app, a write check, owners by email, id and group", () => {
    const stack = new NewAppProvisioningStack(Testing.app(), "new-app-provisioning");
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(conductorone.app.App, { display_name: "Twingate (acme)" });
    expect(synth).toHaveResourceWithProperties(c1twingate.credentialCheck.CredentialCheck, { require: "write" });
    expect(synth).toHaveDataSourceWithProperties(conductorone.dataConductoroneUser.DataConductoroneUser, { email: "alice@acme.example" });
    const json = fullSynthJson(stack);
    expect(Object.keys(json.resource?.conductorone_connector_owner_user ?? {})).toHaveLength(2);
    expect(Object.values(json.resource?.conductorone_connector_owner_entitlement ?? {})).toEqual([
      expect.objectContaining({ app_entitlement_ref_app_id: IDP_APP_ID, app_entitlement_ref_id: IT_ADMINS_ENTITLEMENT_ID }),
    ]);
    expect(stack.integration.groupsToProvision).toEqual(["Engineering", "Support"]);
  });

  test("multi-network: one integration, check and key variable per network, shared providers", () => {
    const stack = new MultiNetworkStack(Testing.app(), "multi-network");
    const json = fullSynthJson(stack);
    const checks = Object.values(json.resource?.c1twingate_credential_check ?? {});
    expect(checks.map((c) => c.network).sort()).toEqual([...NETWORKS].sort());
    expect(checks.map((c) => c.api_key).sort()).toEqual(NETWORKS.map((n) => `\${var.twingate_api_key_${n.replace(/-/g, "_")}}`).sort());
    expect(Object.keys(json.resource?.conductorone_integration_twingate ?? {})).toHaveLength(NETWORKS.length);
    expect(json.provider?.c1twingate).toHaveLength(1);
    expect(json.provider?.conductorone).toHaveLength(1);
  });

  test("self-hosted: a baton integration, its credential and baton-twingate on Kubernetes; the key only as a reference", () => {
    const stack = new SelfHostedStack(Testing.app(), "self-hosted");
    expect(stack.integration.connector).toBe("self-hosted-v2");
    const json = fullSynthJson(stack);
    expect(json.resource?.conductorone_integration_twingate).toBeUndefined();
    expect(Object.keys(json.resource?.conductorone_integration_baton ?? {})).toHaveLength(1);
    expect(Object.keys(json.resource?.conductorone_connector_credential ?? {})).toHaveLength(1);
    const secret = only(json.resource?.kubernetes_secret_v1, "secret") as { metadata: { namespace: string }; data_wo: Record<string, string> };
    expect(secret.metadata.namespace).toBe("conductorone");
    expect(secret.data_wo.BATON_API_KEY).toBe("${var.twingate_api_key_acme}");
    expect(only(json.resource?.c1twingate_credential_check, "check").require).toBe("write");
  });

  test("main builds every example stack into one App that synthesizes", () => {
    const app = Testing.app();
    buildExamples(app as App);
    const outdir = app.outdir;
    app.synth();
    const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, unknown> };
    expect(Object.keys(manifest.stacks).sort()).toEqual(Object.keys(EXAMPLE_STACKS).sort());
  });

  test("the GitHub workflow plans the user's own stacks, not these examples' (test/newcomer runs it)", () => {
    const workflow = readFileSync(join(__dirname, "../../examples/github/plan-check.yml"), "utf8");
    for (const step of ["actions/checkout@", "actions/setup-node@", "npm ci", "hashicorp/setup-terraform@", "c1-twingate provider install", "npx --no cdktf synth", "npx --no cdktf diff", "c1-twingate check --stack"]) {
      expect(workflow).toContain(step);
    }
    // The stacks come from cdktf.out/manifest.json: no example stack is named in the matrix.
    expect(workflow).toMatch(/stack: \$\{\{ fromJSON\(needs\.stacks\.outputs\.stacks\) \}\}/);
    expect(workflow).not.toMatch(/stack: \[/);
    for (const stack of Object.keys(EXAMPLE_STACKS)) expect(workflow).not.toContain(`diff --skip-synth --skip-provider-lock ${stack}`);
  });
});
