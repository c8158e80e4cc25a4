import type { Construct, IConstruct } from "constructs";
import type { NullProvider } from "@cdktf/provider-null/lib/provider";
import type { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { C1TwingateProvider, type C1TwingateProviderConfig } from "./bindings/c1twingate/provider";
import { ConductoroneProvider } from "./bindings/conductorone/provider";
import { Aspects, Annotations, type TerraformProvider, TerraformStack } from "./core";
import { loadKubernetesProvider } from "./kubernetes-provider";
import { loadNullProvider } from "./null-provider";

/**
 * Default providers are shared per stack: the first integration creates the default
 * (unaliased) provider at the stack root, later ones reuse it. A provider the user
 * declared anywhere in the stack wins, so declaring one explicitly is always possible, before
 * or after the integrations: one the user declares later replaces the default at synth (an
 * aspect removes the default), since resources name no provider and use the stack's
 * unaliased one. The defaults' construct ids end in `-default`, so a user's
 * `new C1TwingateProvider(stack, "c1twingate")` never clashes with them.
 */
const CREATED_BY_US = new WeakSet<IConstruct>();
const RECONCILED = new WeakSet<TerraformStack>();

/** Registers, once per stack, the aspect that drops a default provider a user's own unaliased one replaces. */
function reconcileAtSynth(stack: TerraformStack): void {
  if (RECONCILED.has(stack)) return;
  RECONCILED.add(stack);
  Aspects.of(stack).add({
    visit(node: IConstruct) {
      if (node !== stack) return;
      for (const ours of stack.node.children.filter((c): c is TerraformProvider => CREATED_BY_US.has(c))) {
        const theirs = stack.node
          .findAll()
          .find((c): c is TerraformProvider => c !== ours && !CREATED_BY_US.has(c) && c.constructor === ours.constructor && (c as TerraformProvider).alias === undefined);
        if (theirs === undefined) continue;
        const conflict = baseDomainConflict(ours, theirs);
        if (conflict) {
          Annotations.of(theirs).addError(conflict);
          continue;
        }
        stack.node.tryRemoveChild(ours.node.id);
      }
    },
  });
}

/** A default c1twingate provider made for a `baseDomain` prop, replaced by the user's with another base domain. */
function baseDomainConflict(ours: TerraformProvider, theirs: TerraformProvider): string | undefined {
  if (!(ours instanceof C1TwingateProvider) || !(theirs instanceof C1TwingateProvider)) return undefined;
  const wanted = ours.baseDomainInput;
  if (wanted === undefined || theirs.baseDomainInput === wanted) return undefined;
  return (
    `this c1twingate provider (base domain ${theirs.baseDomainInput ?? "twingate.com"}) replaces the default one a TwingateIntegration ` +
    `created for baseDomain "${wanted}": set baseDomain: "${wanted}" on this provider, or pass it to the integration as checkProvider`
  );
}
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
  const provider = new type(stack, freeId(stack, `${id}-default`), config);
  CREATED_BY_US.add(provider);
  reconcileAtSynth(stack);
  return provider;
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
