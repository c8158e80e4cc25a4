import "../helpers/cdktf-matchers";
import { readFileSync } from "node:fs";
import { AnnotationMetadataEntryType, TerraformVariable, Testing } from "cdktf";
import { NullProvider } from "@cdktf/provider-null/lib/provider";
import { Resource as NullResource } from "@cdktf/provider-null/lib/resource";
import { c1twingate, conductorone, IntegrationApp, IntegrationOwner, TwingateIntegration } from "../../constructs";
import { newStack, only, rendered, snapshotSynth, synthJson, validProps, filesUnder } from "./stack-fixture";


describe("TwingateIntegration synth", () => {
  test("default (validation provider, read-only, app by id) matches the snapshot", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { owners: ["alice@acme.example", "2ZuB5nvPFtqQQ8CvJz1ZkVlL2Ah"] }));
    expect(snapshotSynth(stack)).toMatchSnapshot();
  });

  test("provisioning with a new app and local-exec validation matches the snapshot", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(
      stack,
      "Acme",
      validProps(apiKey, { app: IntegrationApp.create({ displayName: "Twingate", description: "managed" }), access: "provisioning", validation: "local-exec" }),
    );
    expect(snapshotSynth(stack)).toMatchSnapshot();
  });

  test("validation provider: a credential check the integration depends on, with a permission precondition", () => {
    const { stack, apiKey } = newStack();
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, { network: "https://acme.twingate.com/admin" }));
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(c1twingate.credentialCheck.CredentialCheck, { network: "acme", api_key: "${var.twingate_api_key}", require: "read" });
    expect(synth).toHaveProvider(c1twingate.provider.C1TwingateProvider);
    const json = synthJson(stack);
    const checkName = Object.keys(json.resource?.c1twingate_credential_check ?? {})[0];
    const tg = only(json.resource?.conductorone_integration_twingate, "integration");
    expect(tg.depends_on).toEqual([`c1twingate_credential_check.${checkName}`]);
    expect(tg.lifecycle).toEqual({
      precondition: [
        {
          condition: `\${contains(["read", "write"], c1twingate_credential_check.${checkName}.permission)}`,
          error_message: expect.stringContaining('needs a Read-only or Read & Write key'),
        },
        {
          // Issue 10 §3 at plan: the endpoint the check used is a host of <network>.twingate.com.
          condition: `\${can(regex(format("^https://%s[.]([a-z0-9-]+[.])*twingate[.]com(:443)?/", c1twingate_credential_check.${checkName}.network_label), c1twingate_credential_check.${checkName}.api_url))}`,
          error_message: expect.stringContaining("but ConductorOne's Twingate connector always syncs https://${c1twingate_credential_check." + checkName + ".network_label}.twingate.com/api/graphql/"),
        },
      ],
    });
    expect(tg.twingate_domain).toBe("acme");
    expect(rendered(stack, integration.permission)).toBe(`\${c1twingate_credential_check.${checkName}.permission}`);
  });

  test("provisioning requires a write key in the check and in the precondition", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { access: "provisioning", groupsToProvision: ["Engineering"] }));
    const json = synthJson(stack);
    const check = only(json.resource?.c1twingate_credential_check, "check");
    expect(check.require).toBe("write");
    const tg = only(json.resource?.conductorone_integration_twingate, "integration");
    const pre = (tg.lifecycle as { precondition: Array<{ condition: string; error_message: string }> }).precondition[0];
    expect(pre?.condition).toMatch(/^\$\{contains\(\["write"\], c1twingate_credential_check\.[^.]+\.permission\)\}$/);
    expect(pre?.error_message).toContain("access 'provisioning' needs a Read & Write key");
  });

  test("validation local-exec: a null_resource passes the key in the environment, never on the command line", () => {
    const { stack, apiKey } = newStack();
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation: "local-exec", access: "provisioning" }));
    const synth = Testing.synth(stack);
    expect(synth).toHaveProvider(NullProvider);
    expect(synth).toHaveResourceWithProperties(NullResource, {
      triggers: { network: "acme", require: "write" },
      provisioner: [
        {
          "local-exec": {
            command: "c1-twingate check --network acme --require write --surface twingate-integration",
            environment: { TWINGATE_API_KEY: "${var.twingate_api_key}" },
          },
        },
      ],
    });
    const json = synthJson(stack);
    const nullName = Object.keys(json.resource?.null_resource ?? {})[0];
    const tg = only(json.resource?.conductorone_integration_twingate, "integration");
    expect(tg.depends_on).toEqual([`null_resource.${nullName}`]);
    expect(tg.lifecycle).toBeUndefined();
    expect(json.resource?.c1twingate_credential_check).toBeUndefined();
    expect(json.provider?.c1twingate).toBeUndefined();
    const command = JSON.stringify(only(json.resource?.null_resource, "null_resource").provisioner);
    expect(command).not.toMatch(/--api-key|var\.twingate_api_key[^"]*--/);
    expect(integration.permission).toBeUndefined();
  });

  test("validation none: no check, no null_resource, no dependency, no permission output", () => {
    const { stack, apiKey } = newStack();
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, { validation: "none" }));
    const json = synthJson(stack);
    expect(json.resource?.c1twingate_credential_check).toBeUndefined();
    expect(json.resource?.null_resource).toBeUndefined();
    expect(json.provider?.c1twingate).toBeUndefined();
    expect(json.provider?.null).toBeUndefined();
    const tg = only(json.resource?.conductorone_integration_twingate, "integration");
    expect(tg.depends_on).toBeUndefined();
    expect(tg.lifecycle).toBeUndefined();
    expect(integration.permission).toBeUndefined();
    expect(Object.keys(json.output ?? {}).some((k) => k.includes("permission"))).toBe(false);
    expect(Object.keys(json.output ?? {})).toHaveLength(2);
  });

  test("owners: one connector owner per user, emails resolved with conductorone_user, never user_ids", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(
      stack,
      "Acme",
      validProps(apiKey, { owners: [IntegrationOwner.fromEmail("alice@acme.example"), "bob@acme.example", IntegrationOwner.fromUserId("2UserIdBob")], ownerRoleSlug: "admin" }),
    );
    const json = synthJson(stack);
    const users = Object.values(json.data?.conductorone_user ?? {});
    expect(users.map((u) => u.email).sort()).toEqual(["alice@acme.example", "bob@acme.example"]);
    const owners = Object.values(json.resource?.conductorone_connector_owner_user ?? {});
    expect(owners).toHaveLength(3);
    const integrationName = Object.keys(json.resource?.conductorone_integration_twingate ?? {})[0];
    for (const o of owners) {
      expect(o.connector_id).toBe(`\${conductorone_integration_twingate.${integrationName}.id}`);
      expect(o.app_id).toMatch(/^\$\{data\.conductorone_app\.[^.]+\.id\}$/);
      expect(o.role_slug).toBe("admin");
    }
    expect(owners.map((o) => o.user_ref_id)).toContain("2UserIdBob");
    expect(owners.filter((o) => String(o.user_ref_id).startsWith("${data.conductorone_user."))).toHaveLength(2);
    expect(only(json.resource?.conductorone_integration_twingate, "integration").user_ids).toBeUndefined();
  });

  test("app by display name uses the conductorone_app data source", () => {
    const { stack, apiKey } = newStack();
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, { app: IntegrationApp.fromDisplayName("Twingate") }));
    const synth = Testing.synth(stack);
    expect(synth).toHaveDataSourceWithProperties(conductorone.dataConductoroneApp.DataConductoroneApp, { display_name: "Twingate" });
    expect(synth).not.toHaveResource(conductorone.app.App);
    expect(rendered(stack, integration.appId)).toMatch(/^\$\{data\.conductorone_app\.[^.]+\.id\}$/);
  });

  test("a new app uses the conductorone_app resource", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { app: IntegrationApp.create({ displayName: "Twingate (acme)" }) }));
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(conductorone.app.App, { display_name: "Twingate (acme)" });
    expect(synth).not.toHaveDataSource(conductorone.dataConductoroneApp.DataConductoroneApp);
  });

  test("a network given as a token is left to the provider, and ConductorOne gets the check's network_label", () => {
    const { stack, apiKey } = newStack();
    const network = new TerraformVariable(stack, "network", { type: "string" }).stringValue;
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { network }));
    const json = synthJson(stack);
    expect(only(json.resource?.c1twingate_credential_check, "check").network).toBe("${var.network}");
    expect(only(json.resource?.conductorone_integration_twingate, "integration").twingate_domain).toMatch(
      /^\$\{c1twingate_credential_check\.[^.]+\.network_label\}$/,
    );
  });

  test("several integrations share one default provider of each kind and get distinct outputs", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Prod", validProps(apiKey, { network: "acme-prod" }));
    new TwingateIntegration(stack, "Lab", validProps(apiKey, { network: "acme-lab" }));
    const json = synthJson(stack);
    expect(json.provider?.conductorone).toHaveLength(1);
    expect(json.provider?.c1twingate).toHaveLength(1);
    expect(Object.keys(json.resource?.c1twingate_credential_check ?? {})).toHaveLength(2);
    // integration_id, app_id, permission, connector_view, connector_view_complete: each.
    expect(new Set(Object.keys(json.output ?? {})).size).toBe(10);
    expect(() => Testing.fullSynth(stack)).not.toThrow();
  });

  test("explicit providers are used instead of defaults", () => {
    const { stack, apiKey } = newStack();
    const c1 = new conductorone.provider.ConductoroneProvider(stack, "c1", { alias: "tenant2" });
    const check = new c1twingate.provider.C1TwingateProvider(stack, "sim", { alias: "sim", baseUrl: "http://127.0.0.1:4567/{network}" });
    new TwingateIntegration(
      stack,
      "Acme",
      validProps(apiKey, { conductorOneProvider: c1, checkProvider: check, app: IntegrationApp.fromDisplayName("T"), owners: ["a@b.co"], allowCheckedHostMismatch: true }),
    );
    const json = synthJson(stack);
    expect(json.provider?.conductorone).toEqual([{ alias: "tenant2" }]);
    expect(json.provider?.c1twingate).toEqual([{ alias: "sim", base_url: "http://127.0.0.1:4567/{network}" }]);
    expect(only(json.resource?.c1twingate_credential_check, "check").provider).toBe("c1twingate.sim");
    expect(only(json.resource?.conductorone_integration_twingate, "integration").provider).toBe("conductorone.tenant2");
    expect(only(json.resource?.conductorone_connector_owner_user, "owner").provider).toBe("conductorone.tenant2");
    expect(only(json.data?.conductorone_app, "app").provider).toBe("conductorone.tenant2");
    expect(only(json.data?.conductorone_user, "user").provider).toBe("conductorone.tenant2");
  });

  test("a non-default base domain configures the default check provider", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { network: "acme.stg.example.dev", baseDomain: "stg.example.dev", allowCheckedHostMismatch: true }));
    const json = synthJson(stack);
    expect(json.provider?.c1twingate).toEqual([{ base_domain: "stg.example.dev" }]);
    expect(only(json.resource?.c1twingate_credential_check, "check").network).toBe("acme");
  });

  test("synth --hcl renders the precondition message intact (no double quotes to mis-escape)", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { access: "provisioning" }));
    const hcl = String(Testing.synthHcl(stack));
    expect(hcl).toMatch(/error_message = "The Twingate API key for network 'acme' has permission '\$\{c1twingate_credential_check\.[^.]+\.permission\}', but access 'provisioning' needs a Read & Write key\./);
    expect(hcl).toContain('api_key = "${var.twingate_api_key}"');
  });

  test("outputs: false creates no TerraformOutput", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { outputs: false }));
    expect(synthJson(stack).output).toBeUndefined();
  });

  test("exposes integrationId, appId and permission as tokens", () => {
    const { stack, apiKey } = newStack();
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, { groupsToProvision: [], access: "provisioning" }));
    expect(rendered(stack, integration.integrationId)).toMatch(/^\$\{conductorone_integration_twingate\.[^.]+\.id\}$/);
    expect(rendered(stack, integration.appId)).toMatch(/^\$\{data\.conductorone_app\.[^.]+\.id\}$/);
    expect(rendered(stack, integration.permission)).toMatch(/^\$\{c1twingate_credential_check\.[^.]+\.permission\}$/);
    expect(integration.requiredPermission).toBe("write");
  });
});

describe("TwingateIntegration secrets", () => {
  const CANARY = "tgk_CANARY_9f3a1c_DO_NOT_LEAK";

  test("a literal key is refused and the error never shows it", () => {
    const { stack } = newStack();
    let error: unknown;
    try {
      new TwingateIntegration(stack, "Acme", validProps(CANARY));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "C1TG_CONSTRUCT_INVALID_PROPS" });
    expect(String((error as Error).message)).toContain("apiKey must be a token, not a literal string");
    expect(String((error as Error).message)).not.toContain(CANARY);
    expect(JSON.stringify(error)).not.toContain(CANARY);
  });

  test("fullSynth with the key in a sensitive variable writes the key nowhere", () => {
    const previous = process.env.TF_VAR_twingate_api_key;
    process.env.TF_VAR_twingate_api_key = CANARY; // where CI puts it; synth must never read it
    try {
      const { stack, apiKey } = newStack();
      new TwingateIntegration(stack, "Read", validProps(apiKey));
      new TwingateIntegration(stack, "Exec", validProps(apiKey, { network: "beta", validation: "local-exec" }));
      const outdir = Testing.fullSynth(stack);
      const files = filesUnder(outdir);
      expect(files.some((f) => f.endsWith("cdk.tf.json"))).toBe(true);
      for (const file of files) expect(readFileSync(file, "utf8")).not.toContain(CANARY);
      const tf = readFileSync(files.find((f) => f.endsWith("cdk.tf.json")) as string, "utf8");
      expect(tf).toContain('"sensitive": true');
    } finally {
      if (previous === undefined) delete process.env.TF_VAR_twingate_api_key;
      else process.env.TF_VAR_twingate_api_key = previous;
    }
  });

  test("the opt-in escape hatch accepts a literal with a warning annotation (and the scan above would catch it)", () => {
    const { stack } = newStack();
    const integration = new TwingateIntegration(stack, "Acme", validProps(CANARY, { allowLiteralApiKey: true }));
    const warnings = integration.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringContaining("apiKey is a literal string (allowLiteralApiKey: true)")]);
    expect(warnings.join()).not.toContain(CANARY);
    const outdir = Testing.fullSynth(stack);
    expect(filesUnder(outdir).some((f) => readFileSync(f, "utf8").includes(CANARY))).toBe(true);
  });
});
