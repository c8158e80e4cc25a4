import { Construct } from "constructs";
import { ConnectorCredential } from "./bindings/conductorone/connector-credential";
import type { ConductoroneProvider } from "./bindings/conductorone/provider";
import { IntegrationBaton } from "./bindings/conductorone/integration-baton";
import { BatonKubernetesDeployment } from "./baton-kubernetes";
import type { ITerraformDependable, TerraformResourceLifecycle } from "./core";
import type { IntegrationAccess } from "./integration-props";
import type { SelfHostedConnectorOptions } from "./twingate-connector";

/** The variables baton-twingate reads (baton-twingate.md §1 and §9; ConductorOne docs `baton/twingate.mdx`). */
export const BATON_ENV = {
  clientId: "BATON_CLIENT_ID",
  clientSecret: "BATON_CLIENT_SECRET",
  apiKey: "BATON_API_KEY",
  domain: "BATON_DOMAIN",
  provisioning: "BATON_PROVISIONING",
} as const;

export interface SelfHostedConnectorProps {
  readonly options: SelfHostedConnectorOptions;
  readonly appId: string;
  /** The network name (`acme`), or the check's `network_label` token. */
  readonly network: string;
  readonly apiKey: string;
  readonly access: IntegrationAccess;
  /** Token of the credential check's key fingerprint; required for the Kubernetes deployment. */
  readonly keyFingerprint?: string;
  readonly provider?: ConductoroneProvider;
  readonly dependsOn?: ITerraformDependable[];
  readonly lifecycle?: TerraformResourceLifecycle;
}

/**
 * ConductorOne's self-hosted Twingate connector (v2, baton-twingate): a Baton integration
 * (`conductorone_integration_baton`, catalog "Baton") and its client credential
 * (`conductorone_connector_credential`, whose `client_secret` is returned only on creation),
 * plus what a `baton-twingate` process needs to run, and optionally its Kubernetes deployment.
 */
export class SelfHostedConnector extends Construct {
  public readonly integration: IntegrationBaton;
  public readonly credential: ConnectorCredential;
  /** Token of the credential's client id (`BATON_CLIENT_ID`). */
  public readonly clientId: string;
  /** Token of the credential's client secret (`BATON_CLIENT_SECRET`; sensitive in Terraform). */
  public readonly clientSecret: string;
  /**
   * Every variable baton-twingate needs, by name: `BATON_CLIENT_ID`, `BATON_CLIENT_SECRET`,
   * `BATON_API_KEY`, `BATON_DOMAIN`, and `BATON_PROVISIONING` ("true") for provisioning access.
   * Values are tokens (references), never the secrets themselves.
   */
  public readonly environment: Readonly<Record<string, string>>;
  /** The variables without the two secrets (what the `baton_environment` output shows). */
  public readonly publicEnvironment: Readonly<Record<string, string>>;
  /** The Kubernetes Secret and Deployment, when `kubernetes` was given. */
  public readonly kubernetes: BatonKubernetesDeployment | undefined;

  public constructor(scope: Construct, id: string, props: SelfHostedConnectorProps) {
    super(scope, id);
    this.integration = new IntegrationBaton(this, "Resource", {
      appId: props.appId,
      provider: props.provider,
      dependsOn: props.dependsOn,
      lifecycle: props.lifecycle,
    });
    this.credential = new ConnectorCredential(this, "Credential", {
      appId: props.appId,
      connectorId: this.integration.id,
      provider: props.provider,
    });
    this.clientId = this.credential.clientId;
    this.clientSecret = this.credential.clientSecret;

    this.publicEnvironment = {
      [BATON_ENV.clientId]: this.clientId,
      [BATON_ENV.domain]: props.network,
      ...(props.access === "provisioning" ? { [BATON_ENV.provisioning]: "true" } : {}),
    };
    const secrets = { [BATON_ENV.clientSecret]: this.clientSecret, [BATON_ENV.apiKey]: props.apiKey };
    this.environment = { ...this.publicEnvironment, ...secrets };

    this.kubernetes = undefined;
    if (props.options.kubernetes !== undefined) {
      if (props.keyFingerprint === undefined) throw new Error("the kubernetes deployment needs the credential check's key fingerprint; please report this");
      this.kubernetes = new BatonKubernetesDeployment(this, "Kubernetes", {
        options: props.options.kubernetes,
        network: props.network,
        environment: this.publicEnvironment,
        secrets,
        keyFingerprint: props.keyFingerprint,
        credentialId: this.credential.id,
      });
    }
  }
}
