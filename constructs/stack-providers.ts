import type { Construct, IConstruct } from "constructs";
import type { NullProvider } from "@cdktf/provider-null/lib/provider";
import type { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { C1TwingateProvider, type C1TwingateProviderConfig } from "./bindings/c1twingate/provider";
import { ConductoroneProvider } from "./bindings/conductorone/provider";
import { type TerraformProvider, TerraformStack } from "./core";
import { loadKubernetesProvider } from "./kubernetes-provider";
import { loadNullProvider } from "./null-provider";

/**
 * Default providers are shared per stack: the first integration creates the default
 * (unaliased) provider at the stack root, later ones reuse it. A provider the user
 * declared anywhere in the stack wins, so declaring one explicitly is always possible.
 */
function findDefault<T extends IConstruct>(scope: Construct, isMatch: (c: IConstruct) => c is T): T | undefined {
  return TerraformStack.of(scope)
    .node.findAll()
    .find((c): c is T => isMatch(c));
}

function freeId(stack: TerraformStack, wanted: string): string {
  let id = wanted;
  for (let n = 2; stack.node.tryFindChild(id) !== undefined; n++) id = `${wanted}${n}`;
  return id;
}

/** The stack's unaliased provider of `type`, created at the stack root with `config` when there is none. */
function defaultOf<T extends TerraformProvider, C>(scope: Construct, type: new (scope: Construct, id: string, config?: C) => T, id: string, config?: C): T {
  const found = findDefault(scope, (c): c is T => c instanceof type && c.alias === undefined);
  if (found) return found;
  const stack = TerraformStack.of(scope);
  return new type(stack, freeId(stack, id), config);
}

/** No config: credentials come from CONDUCTORONE_* environment variables, never cdk.tf.json. */
export function defaultConductoroneProvider(scope: Construct): ConductoroneProvider {
  return defaultOf(scope, ConductoroneProvider, "conductorone");
}

export function findDefaultC1TwingateProvider(scope: Construct): C1TwingateProvider | undefined {
  return findDefault(scope, (c): c is C1TwingateProvider => c instanceof C1TwingateProvider && c.alias === undefined);
}

export function defaultC1TwingateProvider(scope: Construct, config: C1TwingateProviderConfig): C1TwingateProvider {
  return defaultOf(scope, C1TwingateProvider, "c1twingate", config);
}

export function defaultNullProvider(scope: Construct): NullProvider {
  return defaultOf(scope, loadNullProvider().NullProvider, "null");
}

/** No configuration: the provider reads KUBE_CONFIG_PATH and the other KUBE_* variables, never cdk.tf.json. */
export function defaultKubernetesProvider(scope: Construct): KubernetesProvider {
  return defaultOf(scope, loadKubernetesProvider().KubernetesProvider, "kubernetes");
}
