import "../helpers/cdktf-matchers";
import { TerraformStack, Testing } from "cdktf";
import { c1twingate, conductorone } from "../../constructs";
import { CONDUCTORONE_CONSTRAINT, rendered } from "./stack-fixture";

// Each binding: snake_case keys in cdk.tf.json, required_providers source/version,
// token getters that reference the right attribute, and HCL output that is not empty.

function stackWith(build: (stack: TerraformStack) => void): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "stack");
  build(stack);
  return stack;
}

describe("conductorone bindings", () => {
  test("provider synthesizes exactly its six attributes and a version range, not a pin", () => {
    const synth = Testing.synthScope((scope) => {
      new conductorone.provider.ConductoroneProvider(scope, "c1", {
        serverUrl: "https://acme.conductor.one",
        clientId: "client@acme.conductor.one/pcc",
        clientSecret: "${var.c1_secret}",
        tenantDomain: "acme",
        oidcToken: "${var.oidc}",
        alias: "second",
      });
    });
    expect(synth).toHaveProviderWithProperties(conductorone.provider.ConductoroneProvider, {
      server_url: "https://acme.conductor.one",
      client_id: "client@acme.conductor.one/pcc",
      client_secret: "${var.c1_secret}",
      tenant_domain: "acme",
      oidc_token: "${var.oidc}",
      alias: "second",
    });
    const json = JSON.parse(synth);
    expect(Object.keys(json.provider.conductorone[0]).sort()).toEqual(["alias", "client_id", "client_secret", "oidc_token", "server_url", "tenant_domain"]);
    expect(json.terraform.required_providers.conductorone).toEqual({ source: "conductorone/conductorone", version: CONDUCTORONE_CONSTRAINT });
  });

  test("conductorone_app synthesizes every input with snake_case keys and nested objects (not blocks)", () => {
    const synth = Testing.synthScope((scope) => {
      new conductorone.provider.ConductoroneProvider(scope, "c1");
      new conductorone.app.App(scope, "app", {
        displayName: "Twingate",
        description: "d",
        grantPolicyId: "g",
        revokePolicyId: "r",
        certifyPolicyId: "c",
        monthlyCostUsd: 12,
        identityMatching: "APP_USER_IDENTITY_MATCHING_STRICT",
        instructions: "ask",
        strictAccessEntitlementProvisioning: true,
        annotations: { team: "it" },
        appEntitlementOwnerRefs: [{ appId: "a1", id: "e1" }],
        matchBatonRef: { appId: "a2", connectorId: "c2", externalId: "x2" },
      });
    });
    expect(synth).toHaveResourceWithProperties(conductorone.app.App, {
      display_name: "Twingate",
      description: "d",
      grant_policy_id: "g",
      revoke_policy_id: "r",
      certify_policy_id: "c",
      monthly_cost_usd: 12,
      identity_matching: "APP_USER_IDENTITY_MATCHING_STRICT",
      instructions: "ask",
      strict_access_entitlement_provisioning: true,
      annotations: { team: "it" },
      app_entitlement_owner_refs: [{ app_id: "a1", id: "e1" }],
      match_baton_ref: { app_id: "a2", connector_id: "c2", external_id: "x2" },
    });
  });

  test("conductorone_integration_twingate uses the exact name twingate_apikey and exposes computed tokens", () => {
    let integration!: conductorone.integrationTwingate.IntegrationTwingate;
    const stack = stackWith((scope) => {
      new conductorone.provider.ConductoroneProvider(scope, "c1");
      integration = new conductorone.integrationTwingate.IntegrationTwingate(scope, "tg", { appId: "app1", twingateApikey: "${var.k}", twingateDomain: "acme", userIds: ["u1"] });
    });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(conductorone.integrationTwingate.IntegrationTwingate, {
      app_id: "app1",
      twingate_apikey: "${var.k}",
      twingate_domain: "acme",
      user_ids: ["u1"],
    });
    for (const [getter, attr] of [
      [integration.id, "id"],
      [integration.createdAt, "created_at"],
      [integration.deletedAt, "deleted_at"],
      [integration.updatedAt, "updated_at"],
    ] as const) {
      expect(rendered(stack, getter)).toBe(`\${conductorone_integration_twingate.tg.${attr}}`);
    }
  });

  test("conductorone_connector_owner_user synthesizes user_ref as an object", () => {
    const synth = Testing.synthScope((scope) => {
      new conductorone.provider.ConductoroneProvider(scope, "c1");
      new conductorone.connectorOwnerUser.ConnectorOwnerUser(scope, "o", { appId: "a", connectorId: "c", roleSlug: "owner", userRefId: "u", userRef: { id: "u" } });
    });
    expect(synth).toHaveResourceWithProperties(conductorone.connectorOwnerUser.ConnectorOwnerUser, {
      app_id: "a",
      connector_id: "c",
      role_slug: "owner",
      user_ref_id: "u",
      user_ref: { id: "u" },
    });
  });

  test("data sources conductorone_user and conductorone_app synthesize their filters", () => {
    let user!: conductorone.dataConductoroneUser.DataConductoroneUser;
    let app!: conductorone.dataConductoroneApp.DataConductoroneApp;
    const stack = stackWith((scope) => {
      new conductorone.provider.ConductoroneProvider(scope, "c1");
      user = new conductorone.dataConductoroneUser.DataConductoroneUser(scope, "u", {
        email: "a@b.co",
        query: "q",
        ids: ["i"],
        refs: [{ id: "r" }],
        roleIds: ["role"],
        userStatuses: ["ENABLED"],
        excludeIds: ["x"],
        excludeTypes: ["USER_TYPE_SERVICE"],
      });
      app = new conductorone.dataConductoroneApp.DataConductoroneApp(scope, "a", {
        displayName: "Okta",
        query: "q",
        appIds: ["a1"],
        excludeAppIds: ["a2"],
        onlyDirectories: true,
        policyRefs: [{ id: "p" }],
      });
    });
    const synth = Testing.synth(stack);
    expect(synth).toHaveDataSourceWithProperties(conductorone.dataConductoroneUser.DataConductoroneUser, {
      email: "a@b.co",
      query: "q",
      ids: ["i"],
      refs: [{ id: "r" }],
      role_ids: ["role"],
      user_statuses: ["ENABLED"],
      exclude_ids: ["x"],
      exclude_types: ["USER_TYPE_SERVICE"],
    });
    expect(synth).toHaveDataSourceWithProperties(conductorone.dataConductoroneApp.DataConductoroneApp, {
      display_name: "Okta",
      query: "q",
      app_ids: ["a1"],
      exclude_app_ids: ["a2"],
      only_directories: true,
      policy_refs: [{ id: "p" }],
    });
    expect(rendered(stack, user.displayName)).toBe("${data.conductorone_user.u.display_name}");
    expect(rendered(stack, user.status)).toBe("${data.conductorone_user.u.status}");
    expect(rendered(stack, app.id)).toBe("${data.conductorone_app.a.id}");
  });
});

describe("conductorone bindings follow the real schema (the drift of the hand-written ones is gone)", () => {
  test("app_user_mapper is an object (nested attributes), revoke_grant_sources a bool, match_baton_ref exists", () => {
    let app!: conductorone.app.App;
    const stack = stackWith((scope) => {
      new conductorone.provider.ConductoroneProvider(scope, "c1");
      app = new conductorone.app.App(scope, "app", { displayName: "T", matchBatonRef: { appId: "a", connectorId: "c", externalId: "x" } });
    });
    expect(rendered(stack, app.appUserMapper.appId)).toBe("${conductorone_app.app.app_user_mapper.app_id}");
    expect(rendered(stack, app.appUserMapper.mappingCases.get(0).userKeyCel)).toBe("${conductorone_app.app.app_user_mapper.mapping_cases[0].user_key_cel}");
    expect(rendered(stack, app.revokeGrantSources)).toBe("${conductorone_app.app.revoke_grant_sources}");
    expect(JSON.parse(Testing.synth(stack)).terraform.required_providers.conductorone.version).toBe(CONDUCTORONE_CONSTRAINT);
  });

  test("connector_owner_user exposes every attribute of the nested user, not 3", () => {
    let owner!: conductorone.connectorOwnerUser.ConnectorOwnerUser;
    const stack = stackWith((scope) => {
      new conductorone.provider.ConductoroneProvider(scope, "c1");
      owner = new conductorone.connectorOwnerUser.ConnectorOwnerUser(scope, "o", { appId: "a", connectorId: "c", roleSlug: "owner", userRefId: "u" });
    });
    const getters = Object.getOwnPropertyNames(Object.getPrototypeOf(owner.user)).filter((n) => n !== "constructor" && n !== "internalValue");
    expect(getters.length).toBeGreaterThanOrEqual(30);
    expect(rendered(stack, owner.user.employmentStatus)).toBe("${conductorone_connector_owner_user.o.user.employment_status}");
  });

  test("all 25 types are bound: 10 resources and 15 data sources", () => {
    const namespaces = Object.keys(conductorone).filter((n) => n !== "provider");
    expect(namespaces.filter((n) => !n.startsWith("data"))).toHaveLength(10);
    expect(namespaces.filter((n) => n.startsWith("data"))).toHaveLength(15);
  });
});

describe("c1twingate bindings (the schema contract with the provider)", () => {
  test("provider synthesizes its attributes and the reserved .invalid source", () => {
    const synth = Testing.synthScope((scope) => {
      new c1twingate.provider.C1TwingateProvider(scope, "tg", {
        baseUrl: "http://127.0.0.1:4567/{network}",
        baseDomain: "example.test",
        timeoutSeconds: 5,
        maxRetries: 2,
        readsPerMinute: 60,
        writesPerMinute: 10,
        alias: "sim",
      });
    });
    expect(synth).toHaveProviderWithProperties(c1twingate.provider.C1TwingateProvider, {
      base_url: "http://127.0.0.1:4567/{network}",
      base_domain: "example.test",
      timeout_seconds: 5,
      max_retries: 2,
      reads_per_minute: 60,
      writes_per_minute: 10,
      alias: "sim",
    });
    expect(JSON.parse(synth).terraform.required_providers.c1twingate).toEqual({ source: "c1twingate.invalid/local/c1twingate", version: "~> 0.1" });
  });

  test("c1twingate_credential_check synthesizes network, api_key, require and exposes computed tokens", () => {
    let check!: c1twingate.credentialCheck.CredentialCheck;
    const stack = stackWith((scope) => {
      new c1twingate.provider.C1TwingateProvider(scope, "tg");
      check = new c1twingate.credentialCheck.CredentialCheck(scope, "check", { network: "acme", apiKey: "${var.k}", require: "write" });
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(c1twingate.credentialCheck.CredentialCheck, { network: "acme", api_key: "${var.k}", require: "write" });
    const attrs = {
      id: check.id,
      network_label: check.networkLabel,
      endpoint: check.endpoint,
      permission: check.permission,
      key_fingerprint: check.keyFingerprint,
      validated_at: check.validatedAt,
      user_count: check.userCount,
      group_count: check.groupCount,
    };
    for (const [attr, token] of Object.entries(attrs)) {
      expect(rendered(stack, token)).toBe(`\${c1twingate_credential_check.check.${attr}}`);
    }
  });

  test("data c1twingate_credentials and c1twingate_sync_preview synthesize their inputs", () => {
    let preview!: c1twingate.dataC1TwingateSyncPreview.DataC1TwingateSyncPreview;
    const stack = stackWith((scope) => {
      new c1twingate.provider.C1TwingateProvider(scope, "tg");
      new c1twingate.dataC1TwingateCredentials.DataC1TwingateCredentials(scope, "creds", { network: "acme", apiKey: "${var.k}", require: "read" });
      preview = new c1twingate.dataC1TwingateSyncPreview.DataC1TwingateSyncPreview(scope, "preview", { network: "acme", apiKey: "${var.k}", groups: ["Eng"], timeBudgetSeconds: 30 });
    });
    const synth = Testing.synth(stack);
    expect(synth).toHaveDataSourceWithProperties(c1twingate.dataC1TwingateCredentials.DataC1TwingateCredentials, { network: "acme", api_key: "${var.k}", require: "read" });
    expect(synth).toHaveDataSourceWithProperties(c1twingate.dataC1TwingateSyncPreview.DataC1TwingateSyncPreview, {
      network: "acme",
      api_key: "${var.k}",
      groups: ["Eng"],
      time_budget_seconds: 30,
    });
    expect(rendered(stack, preview.provisionableGroups.lookup("Eng"))).toBe('${data.c1twingate_sync_preview.preview.provisionable_groups["Eng"]}');
    expect(rendered(stack, preview.missingGroups)).toBe("${data.c1twingate_sync_preview.preview.missing_groups}");
    expect(rendered(stack, preview.complete)).toBe("${data.c1twingate_sync_preview.preview.complete}");
  });

  test("a resource without its provider fails the core's provider-presence check", () => {
    const stack = stackWith((scope) => {
      new c1twingate.credentialCheck.CredentialCheck(scope, "check", { network: "acme", apiKey: "${var.k}" });
    });
    expect(() => Testing.fullSynth(stack)).toThrow(/c1twingate/);
  });
});

describe("synthesizeHclAttributes (cdktf synth --hcl)", () => {
  test("every binding renders its attributes in HCL, none as an empty block", () => {
    const stack = stackWith((scope) => {
      new conductorone.provider.ConductoroneProvider(scope, "c1", { tenantDomain: "acme" });
      new c1twingate.provider.C1TwingateProvider(scope, "tg", { baseUrl: "http://127.0.0.1:4567/{network}", timeoutSeconds: 5 });
      new conductorone.app.App(scope, "app", { displayName: "Twingate", monthlyCostUsd: 3, matchBatonRef: { appId: "a" }, appEntitlementOwnerRefs: [{ id: "e" }] });
      new conductorone.integrationTwingate.IntegrationTwingate(scope, "tg_integration", { appId: "app1", twingateDomain: "acme", twingateApikey: "${var.k}" });
      new conductorone.connectorOwnerUser.ConnectorOwnerUser(scope, "owner", { appId: "a", connectorId: "c", roleSlug: "owner", userRefId: "u", userRef: { id: "u" } });
      new conductorone.dataConductoroneUser.DataConductoroneUser(scope, "user", { email: "a@b.co", userStatuses: ["ENABLED"], refs: [{ id: "r" }] });
      new conductorone.dataConductoroneApp.DataConductoroneApp(scope, "lookup", { displayName: "Okta", onlyDirectories: false });
      new c1twingate.credentialCheck.CredentialCheck(scope, "check", { network: "acme", apiKey: "${var.k}", require: "write" });
      new c1twingate.dataC1TwingateCredentials.DataC1TwingateCredentials(scope, "creds", { network: "acme", apiKey: "${var.k}" });
      new c1twingate.dataC1TwingateSyncPreview.DataC1TwingateSyncPreview(scope, "preview", { network: "acme", apiKey: "${var.k}", groups: ["Eng"], timeBudgetSeconds: 30 });
    });
    const hcl = String(Testing.synthHcl(stack));
    const expected = [
      'tenant_domain = "acme"',
      'base_url = "http://127.0.0.1:4567/{network}"',
      "timeout_seconds = 5",
      'display_name = "Twingate"',
      "monthly_cost_usd = 3",
      'twingate_apikey = "${var.k}"',
      'twingate_domain = "acme"',
      'role_slug = "owner"',
      'user_ref_id = "u"',
      'email = "a@b.co"',
      'display_name = "Okta"',
      "only_directories = false",
      'require = "write"',
      'api_key = "${var.k}"',
      "time_budget_seconds = 30",
    ];
    for (const line of expected) expect(hcl).toContain(line);
    expect(hcl).not.toMatch(/resource "[a-z_0-9]+" "[^"]+" \{\s*\}/);
    expect(hcl).not.toMatch(/data "[a-z_0-9]+" "[^"]+" \{\s*\}/);
  });
});
