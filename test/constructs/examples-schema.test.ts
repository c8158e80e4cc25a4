/**
 * Issue 11 §4: every example synthesizes, and each conductorone_* block (and provider
 * configuration) is checked against the real provider's schema JSON, each c1twingate_* block
 * against our provider's own schema: no unknown argument, every required one present, no
 * computed-only attribute set, values of the right shape.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { buildExamples, EXAMPLE_STACKS } from "../../examples/main";
import { c1twingateSchemaJson, readConductoroneSchema } from "../../scripts/bindings/targets";
import { PROVIDER_SOURCE } from "../../src/provider/address";
import { CONDUCTORONE_PROVIDER_ADDRESS } from "../../src/standins/conductorone/schema/document";
import { checkAgainstSchema, type JsonProviderSchema } from "./schema-check";

const conductorone = readConductoroneSchema().provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS] as JsonProviderSchema;
/** hashicorp/kubernetes v2.38.0, partial, written from the provider's source (see the file's "//" notes). */
const kubernetes = (JSON.parse(readFileSync(join(__dirname, "fixtures", "kubernetes-provider-schema.partial.json"), "utf8")) as { provider_schemas: Record<string, JsonProviderSchema> })
  .provider_schemas["registry.terraform.io/hashicorp/kubernetes"] as JsonProviderSchema;

function synthesizedExamples(): Array<{ name: string; json: Parameters<typeof checkAgainstSchema>[0] }> {
  const app = Testing.app();
  buildExamples(app as App);
  app.synth();
  return Object.keys(EXAMPLE_STACKS).map((name) => ({ name, json: JSON.parse(readFileSync(join(app.outdir, "stacks", name, "cdk.tf.json"), "utf8")) }));
}

describe("examples against the providers' schemas", () => {
  const examples = synthesizedExamples();

  test.each(Object.keys(EXAMPLE_STACKS))("%s: every conductorone_* block and provider block matches the real schema", (name) => {
    const example = examples.find((e) => e.name === name);
    const { problems, checked } = checkAgainstSchema(example?.json ?? {}, "conductorone", conductorone);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(3); // provider, integration, owner(s), app or its lookup
  });

  test.each(Object.keys(EXAMPLE_STACKS))("%s: every c1twingate_* block matches our provider's schema", async (name) => {
    const ours = (await c1twingateSchemaJson()).provider_schemas[PROVIDER_SOURCE] as JsonProviderSchema;
    const example = examples.find((e) => e.name === name);
    const { problems, checked } = checkAgainstSchema(example?.json ?? {}, "c1twingate", ours);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  test.each(Object.keys(EXAMPLE_STACKS))("%s: every kubernetes_* block matches the kubernetes provider's schema", (name) => {
    const example = examples.find((e) => e.name === name);
    const { problems, checked } = checkAgainstSchema(example?.json ?? {}, "kubernetes", kubernetes);
    expect(problems).toEqual([]);
    // The self-hosted example deploys baton-twingate: provider, Secret, Deployment.
    expect(checked).toBe(name === "self-hosted" ? 3 : 0);
  });

  test("the check catches each kind of mistake (so a passing example means something)", () => {
    const broken = {
      resource: {
        conductorone_integration_twingate: { a: { twingate_api_key: "${var.k}", id: "x", user_ids: "u1" } },
        conductorone_app: { b: { display_name: "T", monthly_cost_usd: "12", match_baton_ref: { app_id: "a", repo: "x" } } },
        conductorone_no_such_type: { c: {} },
      },
      data: { conductorone_user: { d: { email: 42, refs: [{ id: "r", name: "n" }] } } },
      provider: { conductorone: [{ client_secret: "${var.s}", bearer_auth: "x" }] },
    };
    const { problems } = checkAgainstSchema(broken, "conductorone", conductorone);
    const expected = [
      /integration_twingate\.a\.twingate_api_key: unknown argument/,
      /integration_twingate\.a\.id: computed-only attribute set/,
      /integration_twingate\.a\.user_ids: expected a list/,
      /integration_twingate\.a\.app_id: required argument missing/,
      /conductorone_app\.b\.monthly_cost_usd: expected a number/,
      /conductorone_app\.b\.match_baton_ref\.repo: unknown argument/,
      /conductorone_no_such_type\.c: the provider has no resource/,
      /data\.conductorone_user\.d\.email: expected a string/,
      /data\.conductorone_user\.d\.refs\[0\]\.name: unknown argument/,
      /provider\.conductorone\[0\]\.bearer_auth: unknown argument/,
    ];
    for (const pattern of expected) expect(problems.some((p) => pattern.test(p))).toBe(true);
    expect(problems).toHaveLength(expected.length);
  });

  test("a stack using the wider bindings (baton integration, credential, entitlement lookup) also matches", () => {
    const { conductorone: c1 } = require("../../constructs") as typeof import("../../constructs");
    const stack = new TerraformStack(Testing.app(), "wide");
    new c1.provider.ConductoroneProvider(stack, "c1");
    const app = new c1.app.App(stack, "app", { displayName: "Twingate", appEntitlementOwnerRefs: [{ appId: "2GkPvCsvc6nHg5ThWebYO3tvKEZ", id: "e" }] });
    const baton = new c1.integrationBaton.IntegrationBaton(stack, "baton", { appId: app.id });
    new c1.connectorCredential.ConnectorCredential(stack, "cred", { appId: app.id, connectorId: baton.id });
    const group = new c1.dataConductoroneAppEntitlement.DataConductoroneAppEntitlement(stack, "eng", { appIds: ["2GkPvCsvc6nHg5ThWebYO3tvKEZ"], displayName: "Engineering member" });
    new c1.connectorOwnerEntitlement.ConnectorOwnerEntitlement(stack, "owner", {
      appId: app.id,
      connectorId: baton.id,
      roleSlug: "owner",
      appEntitlementRefAppId: group.appId,
      appEntitlementRefId: group.id,
    });
    const { problems, checked } = checkAgainstSchema(JSON.parse(Testing.synth(stack)), "conductorone", conductorone);
    expect(problems).toEqual([]);
    expect(checked).toBe(6);
  });
});
