/**
 * baton-twingate on Kubernetes, shaped after ConductorOne's self-hosted instructions (docs
 * `baton/twingate.mdx`, "Self-hosted" tab: a Secret with the BATON_* variables and a Deployment
 * of `public.ecr.aws/conductorone/baton-twingate:latest` with labels `app`, `baton`, `baton-app`,
 * `imagePullPolicy: IfNotPresent`, `BATON_HOST_ID` and `envFrom.secretRef`). One difference: the
 * Secret holds only the two secrets; the other variables are plain `env` entries, readable with
 * `kubectl describe`.
 *
 * Secrets stay out of cdk.tf.json (the values are references) and out of Terraform state: the
 * Secret uses the kubernetes provider's write-only `data_wo` (provider ≥ 2.38 source,
 * `resource_kubernetes_secret_v1.go`; Terraform ≥ 1.11). A write-only value is re-sent only when
 * `data_wo_revision` changes, so the revision is derived from the credential check's key
 * fingerprint (a salted HMAC, changes when the key rotates) and the credential's id (changes when
 * the client secret is re-issued); the same revision annotates the pod template, so pods restart
 * and read the new values.
 */
import { Construct } from "constructs";
import type { DeploymentV1 } from "@cdktf/provider-kubernetes/lib/deployment-v1";
import type { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { Fn, Op, Token } from "./core";
import { loadKubernetesProvider } from "./kubernetes-provider";
import { defaultKubernetesProvider } from "./stack-providers";
import { BATON_TWINGATE_IMAGE, type KubernetesConnectorOptions, SECRET_SUFFIX } from "./twingate-connector";

/** The pod template annotation that rolls the pods when the Secret's revision changes. */
export const SECRET_REVISION_ANNOTATION = "cdktf-twingate-conductorone/secret-revision";
export const CONTAINER_NAME = "baton-twingate";

export interface BatonKubernetesProps {
  readonly options: KubernetesConnectorOptions;
  /** The network name (or its token), for the default name and BATON_DOMAIN. */
  readonly network: string;
  /** Non-secret variables: plain `env` entries. */
  readonly environment: Readonly<Record<string, string>>;
  /** Secret variables (tokens): written to the Secret with `data_wo`. */
  readonly secrets: Readonly<Record<string, string>>;
  /** Token of the credential check's `key_fingerprint`. */
  readonly keyFingerprint: string;
  /** Token of the connector credential's id. */
  readonly credentialId: string;
}

/** A Secret and a Deployment of baton-twingate (nothing is applied by synth; `terraform apply` needs a cluster). */
export class BatonKubernetesDeployment extends Construct {
  public readonly secret: SecretV1;
  public readonly deployment: DeploymentV1;
  /** Token: the Secret's write-only revision (also the pods' annotation). */
  public readonly secretRevision: number;

  public constructor(scope: Construct, id: string, props: BatonKubernetesProps) {
    super(scope, id);
    const { SecretV1, DeploymentV1 } = loadKubernetesProvider();
    const options = props.options;
    // Resources name a provider only when one was passed; otherwise the stack's default one.
    const provider = options.provider;
    if (provider === undefined) defaultKubernetesProvider(this);
    const name = options.name ?? `baton-twingate-${props.network}`;
    const namespace = options.namespace ?? "default";
    const labels = { ...(options.labels ?? {}), app: name };

    // 48 bits of a hash of two values already in state: a revision that changes with either.
    const digest = Fn.substr(Fn.sha256(Fn.format("%s %s", [props.keyFingerprint, props.credentialId])), 0, 12);
    this.secretRevision = Token.asNumber(Op.add(Fn.parseint(digest, 16), 1));

    this.secret = new SecretV1(this, "Secret", {
      provider,
      metadata: { name: `${name}${SECRET_SUFFIX}`, namespace, labels },
      type: "Opaque",
      dataWo: { ...props.secrets },
      dataWoRevision: this.secretRevision,
    });

    this.deployment = new DeploymentV1(this, "Deployment", {
      provider,
      metadata: { name, namespace, labels },
      spec: {
        replicas: "1",
        selector: { matchLabels: { app: name } },
        template: {
          metadata: {
            labels: { ...labels, baton: "true", "baton-app": "twingate" },
            annotations: { [SECRET_REVISION_ANNOTATION]: digest },
          },
          spec: {
            container: [
              {
                name: CONTAINER_NAME,
                image: options.image ?? BATON_TWINGATE_IMAGE,
                imagePullPolicy: "IfNotPresent",
                env: [{ name: "BATON_HOST_ID", value: name }, ...Object.entries(props.environment).map(([envName, value]) => ({ name: envName, value }))],
                envFrom: [{ secretRef: { name: this.secret.metadata.name } }],
              },
            ],
          },
        },
      },
    });
  }
}
