import type { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { IntegrationApp, IntegrationOwner, TwingateIntegration } from "../constructs";
import { twingateApiKeyVariable } from "./api-key-variable";

/** The IdP's app in ConductorOne and its "IT admins" group entitlement (ids are KSUIDs). */
export const IDP_APP_ID = "2GkPvCsvc6nHg5ThWebYO3tvKEZ";
export const IT_ADMINS_ENTITLEMENT_ID = "2LqITAdminsMember0000000001";

/**
 * A new ConductorOne app that provisions Twingate group membership. Provisioning needs
 * a Read & Write key: the plan fails with a clear message if the key is Read-only.
 * Owners: two users (by email and by id) and a group (an entitlement of the IdP's app).
 */
export class NewAppProvisioningStack extends TerraformStack {
  public readonly integration: TwingateIntegration;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.integration = new TwingateIntegration(this, "Acme", {
      network: "acme",
      apiKey: twingateApiKeyVariable(this, "acme").stringValue,
      app: IntegrationApp.create({ displayName: "Twingate (acme)", description: "Twingate access, managed by cdktf" }),
      owners: [
        IntegrationOwner.fromEmail("alice@acme.example"),
        IntegrationOwner.fromUserId("2ZuB5nvPFtqQQ8CvJz1ZkVlL2Ah"),
        IntegrationOwner.fromEntitlement({ appId: IDP_APP_ID, entitlementId: IT_ADMINS_ENTITLEMENT_ID }),
      ],
      access: "provisioning",
      groupsToProvision: ["Engineering", "Support"],
    });
  }
}
