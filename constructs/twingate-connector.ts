import type { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { Token } from "./core";
import { quote } from "./prop-values";

/**
 * Which of ConductorOne's two Twingate connectors the integration creates
 * (baton-twingate.md §9, citing ConductorOne's docs `baton/v1/twingate.mdx`, `baton/twingate.mdx`
 * and the provider v1.5.0 source):
 *
 * - `cloudHosted()` — `conductorone_integration_twingate`: the cloud-hosted **v1** connector
 *   (catalog `2G8Wk6xIkBU5qJ1O4wlz4mD8ef0`; "v1" is an inference, the catalog id is mapped to no
 *   version in any source). ConductorOne's docs say v1 "is no longer available for installation"
 *   and point to v2. ConductorOne stores the key and runs the connector.
 * - `selfHosted()` — **v2**, baton-twingate run by you: `conductorone_integration_baton` +
 *   `conductorone_connector_credential` (the Terraform equivalent of the docs' "Add connector →
 *   Baton → Rotate"; an inference from matching names), and a `baton-twingate` process started
 *   with `BATON_CLIENT_ID`, `BATON_CLIENT_SECRET`, `BATON_API_KEY`, `BATON_DOMAIN` (and
 *   `BATON_PROVISIONING=true`). v2 cloud-hosted has no Terraform resource in provider v1.5.0.
 */
export class TwingateConnector {
  /** The cloud-hosted v1 connector (`conductorone_integration_twingate`): the default. */
  public static cloudHosted(): TwingateConnector {
    return new TwingateConnector({ kind: "cloud-hosted-v1" });
  }

  /**
   * The self-hosted v2 connector (baton-twingate): ConductorOne gets a Baton integration and a
   * client credential; the construct exposes the environment to run `baton-twingate` with, and
   * optionally deploys it to Kubernetes (`kubernetes`, needs `@cdktf/provider-kubernetes`).
   */
  public static selfHosted(options: SelfHostedConnectorOptions = {}): TwingateConnector {
    return new TwingateConnector({ kind: "self-hosted-v2", options: options ?? {} });
  }

  private constructor(public readonly spec: ConnectorSpec) {}

  /** `cloud-hosted-v1` or `self-hosted-v2`. */
  public get kind(): ConnectorKind {
    return this.spec.kind;
  }

  /** Problems with the options, phrased for the props error list. */
  public problems(): string[] {
    const spec = this.spec;
    if (spec.kind === "cloud-hosted-v1" || spec.options.kubernetes === undefined) return [];
    const k8s = spec.options.kubernetes;
    if (typeof k8s !== "object" || k8s === null) return [`connector kubernetes options must be an object, got ${quote(k8s)}`];
    const problems: string[] = [];
    if (k8s.name !== undefined && !isDnsLabel(k8s.name, MAX_NAME_LENGTH)) {
      problems.push(
        `connector kubernetes name must be a lowercase DNS label of at most ${MAX_NAME_LENGTH} characters (the Secret adds "${SECRET_SUFFIX}"), got ${quote(k8s.name)}`,
      );
    }
    if (k8s.namespace !== undefined && !isDnsLabel(k8s.namespace, 63)) {
      problems.push(`connector kubernetes namespace must be a lowercase DNS label such as "baton", got ${quote(k8s.namespace)}`);
    }
    if (k8s.image !== undefined && (typeof k8s.image !== "string" || (!Token.isUnresolved(k8s.image) && !/^\S+$/.test(k8s.image)))) {
      problems.push(`connector kubernetes image must be an image reference such as "${BATON_TWINGATE_IMAGE}", got ${quote(k8s.image)}`);
    }
    for (const [key, value] of Object.entries(k8s.labels ?? {})) {
      if (RESERVED_LABELS.includes(key)) problems.push(`connector kubernetes labels must not set ${quote(key)}, which the deployment sets itself (${RESERVED_LABELS.join(", ")})`);
      else if (typeof value !== "string") problems.push(`connector kubernetes label ${quote(key)} must be a string, got ${quote(value)}`);
    }
    return problems;
  }
}

export type ConnectorKind = "cloud-hosted-v1" | "self-hosted-v2";

export type ConnectorSpec = { readonly kind: "cloud-hosted-v1" } | { readonly kind: "self-hosted-v2"; readonly options: SelfHostedConnectorOptions };

export interface SelfHostedConnectorOptions {
  /**
   * Also deploy baton-twingate to Kubernetes: a Secret (client secret and API key, write-only)
   * and a Deployment of ConductorOne's image, as in ConductorOne's self-hosted instructions.
   * Needs the optional peer `@cdktf/provider-kubernetes` and validation `provider`.
   *
   * @default - no deployment: run baton-twingate yourself with the integration's `selfHosted.environment`
   */
  readonly kubernetes?: KubernetesConnectorOptions;
}

/** The Kubernetes deployment of baton-twingate. */
export interface KubernetesConnectorOptions {
  /**
   * Name of the Deployment (a DNS label); the Secret is `<name>-secrets`.
   *
   * @default "baton-twingate-<network>"
   */
  readonly name?: string;
  /**
   * Namespace of both objects (it must exist).
   *
   * @default "default"
   */
  readonly namespace?: string;
  /**
   * Container image. ConductorOne documents `:latest`; pin a version tag or digest for repeatable rollouts.
   *
   * @default "public.ecr.aws/conductorone/baton-twingate:latest"
   */
  readonly image?: string;
  /**
   * Extra labels on the Deployment, its pods and the Secret (not `app`, `baton`, `baton-app`).
   *
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * The kubernetes provider to use.
   *
   * @default - the stack's default `kubernetes` provider, created once per stack without configuration (KUBE_CONFIG_PATH and the other KUBE_* variables)
   */
  readonly provider?: KubernetesProvider;
}

/** ConductorOne's image of the connector (docs `baton/twingate.mdx`, self-hosted tab). */
export const BATON_TWINGATE_IMAGE = "public.ecr.aws/conductorone/baton-twingate:latest";
export const SECRET_SUFFIX = "-secrets";
/** Labels the deployment sets (the first is its selector; the others follow ConductorOne's manifest). */
export const RESERVED_LABELS = ["app", "baton", "baton-app"];
const MAX_NAME_LENGTH = 63 - SECRET_SUFFIX.length;

function isDnsLabel(value: unknown, max: number): boolean {
  if (typeof value !== "string") return false;
  if (Token.isUnresolved(value)) return true;
  return value.length <= max && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value);
}
