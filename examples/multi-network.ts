import type { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { IntegrationApp, TwingateIntegration } from "../constructs";
import { twingateApiKeyVariable } from "./api-key-variable";

/** The Twingate networks of one company, each with its own key; they share the stack's providers. */
export const NETWORKS = ["acme-prod", "acme-staging", "acme-lab"] as const;

export class MultiNetworkStack extends TerraformStack {
  public readonly integrations: TwingateIntegration[];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.integrations = NETWORKS.map(
      (network) =>
        new TwingateIntegration(this, network, {
          network,
          apiKey: twingateApiKeyVariable(this, network).stringValue,
          app: IntegrationApp.create({ displayName: `Twingate (${network})` }),
          owners: ["it-admins@acme.example"],
          access: network === "acme-lab" ? "read-only" : "provisioning",
        }),
    );
  }
}
