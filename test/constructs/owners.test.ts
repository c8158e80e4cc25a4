/**
 * Connector owners: users by id or email, and groups (app entitlements). Emails are looked up
 * case-sensitively by ConductorOne, so capitals get a warning; the construct id of an owner
 * ignores the case of its email, so fixing the case does not replace the owner.
 */
import "../helpers/cdktf-matchers";
import { AnnotationMetadataEntryType, Testing } from "cdktf";
import { conductorone, IntegrationOwner, TwingateIntegration } from "../../constructs";
import { newStack, synthJson, validProps } from "./stack-fixture";

const APP = "2YAppId00000000000000000000";
const OKTA_APP = "2GkPvCsvc6nHg5ThWebYO3tvKEZ";
const ENGINEERING = "2EntEngineering000000000001";

const warningsOf = (integration: TwingateIntegration): string[] =>
  integration.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));

describe("TwingateIntegration owners", () => {
  test("an entitlement owner (a group) becomes conductorone_connector_owner_entitlement on the connector", () => {
    const { stack, apiKey } = newStack();
    const integration = new TwingateIntegration(
      stack,
      "Acme",
      validProps(apiKey, { owners: [IntegrationOwner.fromEntitlement({ appId: OKTA_APP, entitlementId: ENGINEERING }), "alice@acme.example"], ownerRoleSlug: "admin" }),
    );
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(conductorone.connectorOwnerEntitlement.ConnectorOwnerEntitlement, {
      // The app fromId(APP) names, read at plan by the conductorone_app data source.
      app_id: expect.stringMatching(/^\$\{data\.conductorone_app\.[^.]+\.id\}$/),
      role_slug: "admin",
      app_entitlement_ref_app_id: OKTA_APP,
      app_entitlement_ref_id: ENGINEERING,
      connector_id: expect.stringMatching(/^\$\{conductorone_integration_twingate\.[^.]+\.id\}$/),
    });
    expect(integration.owners.map((o) => o.constructor.name)).toEqual(["ConnectorOwnerEntitlement", "ConnectorOwnerUser"]);
    const json = synthJson(stack);
    expect(Object.keys(json.resource?.conductorone_connector_owner_user ?? {})).toHaveLength(1);
    expect(Object.keys(json.data?.conductorone_user ?? {})).toHaveLength(1);
    expect(Object.values(json.data?.conductorone_app ?? {})).toEqual([expect.objectContaining({ app_ids: [APP] })]);
  });

  test("an email with capitals is looked up as written, with a warning naming the case-sensitive lookup", () => {
    const { stack, apiKey } = newStack();
    const integration = new TwingateIntegration(stack, "Acme", validProps(apiKey, { owners: ["Alice.Admin@Acme.example", "bob@acme.example"] }));
    expect(warningsOf(integration)).toEqual([
      'owners[0] "Alice.Admin@Acme.example" has capital letters: ConductorOne\'s user lookup (conductorone_user) matches email case-sensitively, ' +
        "so it finds only a user whose email is stored with exactly these capitals; write the email as ConductorOne shows it (usually lower case)",
    ]);
    const users = Object.values(synthJson(stack).data?.conductorone_user ?? {}).map((u) => u.email);
    expect(users.sort()).toEqual(["Alice.Admin@Acme.example", "bob@acme.example"]);
  });

  test("fixing only the case of an email keeps every address: the owner is updated, not replaced", () => {
    const addresses = (email: string) => {
      const { stack, apiKey } = newStack();
      new TwingateIntegration(stack, "Acme", validProps(apiKey, { owners: [email] }));
      const json = synthJson(stack);
      return { owners: Object.keys(json.resource?.conductorone_connector_owner_user ?? {}), lookups: Object.keys(json.data?.conductorone_user ?? {}) };
    };
    expect(addresses("Alice@Acme.example")).toEqual(addresses("alice@acme.example"));
  });

  test("owners given as tokens get stable index-based ids", () => {
    const { stack, apiKey } = newStack();
    new TwingateIntegration(stack, "Acme", validProps(apiKey, { owners: [IntegrationOwner.fromEntitlement({ appId: apiKey, entitlementId: apiKey })] }));
    expect(Object.keys(synthJson(stack).resource?.conductorone_connector_owner_entitlement ?? {})).toEqual([expect.stringMatching(/^Acme_Owner-0_/)]);
  });
});
