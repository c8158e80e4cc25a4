import type { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { IntegrationApp, TwingateIntegration } from "../constructs";
import { twingateApiKeyVariable } from "./api-key-variable";

/**
 * Access reviews of the `acme` network, attached to the app the IdP integration
 * already created in ConductorOne (found by display name). A Read-only key suffices.
 */
export class IdpAppReadOnlyStack extends TerraformStack {
  public readonly integration: TwingateIntegration;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.integration = new TwingateIntegration(this, "Acme", {
      network: "acme.twingate.com",
      apiKey: twingateApiKeyVariable(this, "acme").stringValue,
      app: IntegrationApp.fromDisplayName("Twingate"),
      owners: ["it-admins@acme.example"],
      access: "read-only",
    });
  }
}
