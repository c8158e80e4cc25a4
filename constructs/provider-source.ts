import type { Construct, IConstruct } from "constructs";
import { CodedError } from "../src/errors";
import { PROVIDER_SOURCE, PROVIDER_TYPE } from "../src/c1twingate-provider-address";
import { C1TwingateProvider } from "./bindings/c1twingate/provider";
import { Annotations, Aspects, Token, TerraformStack } from "./core";
import { quote } from "./prop-values";

/**
 * Where a stack's `terraform.required_providers.c1twingate` points.
 *
 * The generated binding hard-codes `c1twingate.invalid/local/c1twingate` (the address our mirror
 * and `provider install` use). Terraform allows one source per provider local name in a
 * configuration, so the address is a setting of the stack, not of a provider instance: it is
 * written with cdktf's documented escape hatch, a stack override of
 * `terraform.required_providers.c1twingate.source`, only when the stack has a c1twingate provider.
 * The binding stays as generated.
 */
export const DEFAULT_C1TWINGATE_PROVIDER_SOURCE: string = PROVIDER_SOURCE;

/** Registries anyone may publish to (Terraform's and OpenTofu's defaults). */
const PUBLIC_REGISTRIES = ["registry.terraform.io", "registry.opentofu.org"];

/** One label of a DNS hostname: letters, digits and inner hyphens, at most 63 characters. */
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** A namespace: letters, digits, inner hyphens (never two in a row) and underscores (HCP Terraform organization names). */
const NAMESPACE = /^(?!-)[a-z0-9_-]+(?<!-)$/;

/**
 * Checks a Terraform provider source address `<hostname>/<namespace>/c1twingate`
 * (developer.hashicorp.com/terraform/language/providers/requirements#source-addresses) and
 * returns it normalized (lowercase, hostname as given), or the problem as one error line naming `name`.
 * The hostname is required, and may not be a public registry: the provider is handed the Twingate
 * API key, and an address on a public registry (Terraform's default for an address without a
 * hostname) is one anybody may publish to once the namespace is theirs (dependency confusion:
 * the reason the default address is `c1twingate.invalid/…`, see README "Why .invalid").
 */
export function parseC1TwingateProviderSource(name: string, value: unknown): { source: string } | { problem: string } {
  const example = `"app.terraform.io/<organization>/${PROVIDER_TYPE}"`;
  const fail = (why: string): { problem: string } => ({
    problem: `${name} must be a Terraform provider source address <hostname>/<namespace>/${PROVIDER_TYPE} of your private registry, such as ${example}, got ${quote(value)} (${why})`,
  });
  if (typeof value !== "string") return fail(`a ${value === null ? "null" : typeof value}, not a string`);
  if (Token.isUnresolved(value)) return fail("a token: Terraform reads required_providers before any variable, so the address must be a literal");
  const given = value.trim().toLowerCase();
  const parts = given.split("/");
  if (parts.length === 2) {
    return fail(`no hostname: Terraform would look for it on its public registry (registry.terraform.io), where anyone may publish a "${PROVIDER_TYPE}" that would be handed the API key; name your private registry's host`);
  }
  if (parts.length !== 3) return fail(`${parts.length} part${parts.length === 1 ? "" : "s"} separated by "/", expected 3`);
  const [type = "", namespace = "", hostname] = [...parts].reverse();
  if (type !== PROVIDER_TYPE) return fail(`the provider type, the last part, must be "${PROVIDER_TYPE}" (the name the provider is published under), not ${quote(type)}`);
  if (namespace === "") return fail("the namespace is empty");
  if (!NAMESPACE.test(namespace) || namespace.includes("--")) {
    return fail(`the namespace ${quote(namespace)} may contain only letters, digits, underscores and single hyphens, and may not start or end with a hyphen`);
  }
  if (hostname !== undefined) {
    const [host = "", port, ...rest] = hostname.split(":");
    if (rest.length > 0 || host === "" || !host.split(".").every((label) => HOST_LABEL.test(label))) {
      return fail(`the hostname ${quote(hostname)} must be a DNS name such as "app.terraform.io", optionally with ":<port>"`);
    }
    if (port !== undefined && (!/^[0-9]{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
      return fail(`the port in ${quote(hostname)} must be a number from 1 to 65535`);
    }
    if (PUBLIC_REGISTRIES.includes(host)) {
      return fail(`${host} is a public registry: a "${PROVIDER_TYPE}" published there by anyone who holds that namespace would be handed the API key; publish to your private registry (HCP Terraform's, Terraform Enterprise's, or another) and name its host`);
    }
  }
  return { source: given };
}

/** Thrown by {@link useC1TwingateProviderSource} for a bad address or one the stack already set otherwise. */
export class InvalidProviderSourceError extends CodedError {
  readonly code = "C1TG_CONSTRUCT_INVALID_PROVIDER_SOURCE";
}

interface StackSource {
  readonly source: string;
  /** Who asked for it, for the conflict message: a construct path. */
  readonly requestedBy: string;
}

const STACK_SOURCES = new WeakMap<TerraformStack, StackSource>();

/** The address already chosen for `scope`'s stack, if any. */
export function stackC1TwingateProviderSource(scope: Construct): StackSource | undefined {
  return STACK_SOURCES.get(TerraformStack.of(scope));
}

/** The problem line when the stack already requires another address, else undefined. `source` must be normalized. */
export function providerSourceConflict(name: string, scope: Construct, source: string): string | undefined {
  const chosen = stackC1TwingateProviderSource(scope);
  if (chosen === undefined || chosen.source === source) return undefined;
  return (
    `${name} ${quote(source)} differs from ${quote(chosen.source)}, which ${chosen.requestedBy} set for this stack: ` +
    "Terraform takes one source address per provider in a configuration, so give every TwingateIntegration of the stack the same address, or put them in separate stacks"
  );
}

/**
 * Records `source` (already validated and normalized) for the stack. The override is written at
 * synth, and only when the stack then holds a c1twingate provider (the default one or the user's),
 * so Terraform is never asked to install a provider the stack does not use.
 */
export function recordC1TwingateProviderSource(scope: Construct, source: string): void {
  const stack = TerraformStack.of(scope);
  if (STACK_SOURCES.has(stack)) return;
  STACK_SOURCES.set(stack, { source, requestedBy: scope.node.path });
  const namespace = source.split("/").reverse()[1] ?? "";
  if (namespace.includes("_")) {
    // Valid (HCP Terraform organization names take underscores), but refused by the terraform this package is tested with.
    Annotations.of(scope).addWarning(
      `the c1twingate provider's namespace "${namespace}" has an underscore: terraform 1.11 refuses it at terraform init ("Invalid provider namespace", hashicorp/terraform#32694). ` +
        "Use a terraform release that accepts it, or publish the provider under a namespace without underscores",
    );
  }
  Aspects.of(stack).add({
    visit(node: IConstruct) {
      if (node !== stack) return;
      if (!stack.node.findAll().some((c) => c instanceof C1TwingateProvider)) return;
      stack.addOverride(`terraform.required_providers.${PROVIDER_TYPE}.source`, source);
    },
  });
}

/**
 * Makes `scope`'s stack require the c1twingate provider from `source`, a Terraform provider
 * source address `<hostname>/<namespace>/c1twingate` (a private registry's host: no public registry), e.g. `app.terraform.io/acme/c1twingate`
 * for HCP Terraform's private registry. For stacks that declare their own `C1TwingateProvider`
 * (a TwingateIntegration takes the same setting as its `checkProviderSource` prop). Applies to
 * every c1twingate provider of the stack; `.terraform.lock.hcl` then records the provider under
 * the new address. A stack already applied under another address also needs
 * `terraform state replace-provider <old> <new>` (docs/pipelines.md gives the order), since
 * `terraform init` installs the providers the state names too.
 *
 * @throws InvalidProviderSourceError (`C1TG_CONSTRUCT_INVALID_PROVIDER_SOURCE`) for a malformed
 * address, or one that differs from an address the stack already requires
 */
export function useC1TwingateProviderSource(scope: Construct, source: string): void {
  const parsed = parseC1TwingateProviderSource("source", source);
  if ("problem" in parsed) throw new InvalidProviderSourceError(`c1twingate provider ${parsed.problem}`);
  const conflict = providerSourceConflict("source", scope, parsed.source);
  if (conflict !== undefined) throw new InvalidProviderSourceError(`c1twingate provider ${conflict}`);
  recordC1TwingateProviderSource(scope, parsed.source);
}
