import type { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { IntegrationApp, TwingateConnector, TwingateIntegration } from "../constructs";
import { twingateApiKeyVariable } from "./api-key-variable";

/**
 * ConductorOne's current Twingate connector (v2, baton-twingate), self-hosted on Kubernetes:
 * a Baton integration and its client credential in ConductorOne, and baton-twingate deployed
 * in the `conductorone` namespace (which must exist) with a Secret holding the client secret
 * and the Twingate key as write-only values. Provisioning: a Read & Write key, checked at plan.
 * Needs @cdktf/provider-kubernetes, a kubeconfig (KUBE_CONFIG_PATH) at apply, Terraform ≥ 1.11.
 */
export class SelfHostedStack extends TerraformStack {
  public readonly integration: TwingateIntegration;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.integration = new TwingateIntegration(this, "Acme", {
      network: "acme",
      apiKey: twingateApiKeyVariable(this, "acme").stringValue,
      app: IntegrationApp.fromDisplayName("Twingate"),
      owners: ["it-admins@acme.example"],
      access: "provisioning",
      groupsToProvision: ["Contractors"],
      connector: TwingateConnector.selfHosted({
        kubernetes: {
          namespace: "conductorone",
          // ConductorOne documents :latest; a pinned tag rolls out only when you change it.
          image: "public.ecr.aws/conductorone/baton-twingate:latest",
          labels: { team: "it" },
        },
      }),
    });
  }
}
