import type { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { IntegrationApp, IntegrationOwner, TwingateIntegration } from "../constructs";
import { twingateApiKeyVariable } from "./api-key-variable";

/**
 * A new ConductorOne app that provisions Twingate group membership. Provisioning needs
 * a Read & Write key: the plan fails with a clear message if the key is Read-only.
 */
export class NewAppProvisioningStack extends TerraformStack {
  public readonly integration: TwingateIntegration;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.integration = new TwingateIntegration(this, "Acme", {
      network: "acme",
      apiKey: twingateApiKeyVariable(this, "acme").stringValue,
      app: IntegrationApp.create({ displayName: "Twingate (acme)", description: "Twingate access, managed by cdktf" }),
      owners: [IntegrationOwner.fromEmail("alice@acme.example"), IntegrationOwner.fromUserId("2ZuB5nvPFtqQQ8CvJz1ZkVlL2Ah")],
      access: "provisioning",
      groupsToProvision: ["Engineering", "Support"],
    });
  }
}
