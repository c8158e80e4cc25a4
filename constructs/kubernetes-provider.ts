/**
 * `@cdktf/provider-kubernetes` (prebuilt bindings of hashicorp/kubernetes 2.38.0) is an optional
 * peer, needed only by a self-hosted connector's `kubernetes` deployment (see optional-peer.ts).
 * Deep imports: the package holds every Kubernetes type and is slow to load whole.
 */
import type { DeploymentV1 as DeploymentV1Class } from "@cdktf/provider-kubernetes/lib/deployment-v1";
import type { KubernetesProvider as KubernetesProviderClass } from "@cdktf/provider-kubernetes/lib/provider";
import type { SecretV1 as SecretV1Class } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { loadOptionalPeer, type OptionalPeer } from "./optional-peer";

export const KUBERNETES_PROVIDER_PEER: OptionalPeer = {
  packageName: "@cdktf/provider-kubernetes",
  range: "^12",
  feature: "connector TwingateConnector.selfHosted({ kubernetes })",
  alternative: "leave out kubernetes and run baton-twingate with the integration's selfHosted.environment",
};

export interface KubernetesProviderModules {
  readonly KubernetesProvider: typeof KubernetesProviderClass;
  readonly SecretV1: typeof SecretV1Class;
  readonly DeploymentV1: typeof DeploymentV1Class;
}

let loaded: KubernetesProviderModules | undefined;

export function loadKubernetesProvider(): KubernetesProviderModules {
  loaded ??= loadOptionalPeer(KUBERNETES_PROVIDER_PEER, () => ({
    KubernetesProvider: (require("@cdktf/provider-kubernetes/lib/provider") as typeof import("@cdktf/provider-kubernetes/lib/provider")).KubernetesProvider,
    SecretV1: (require("@cdktf/provider-kubernetes/lib/secret-v1") as typeof import("@cdktf/provider-kubernetes/lib/secret-v1")).SecretV1,
    DeploymentV1: (require("@cdktf/provider-kubernetes/lib/deployment-v1") as typeof import("@cdktf/provider-kubernetes/lib/deployment-v1")).DeploymentV1,
  }));
  return loaded;
}
