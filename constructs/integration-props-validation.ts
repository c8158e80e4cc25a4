import { credentialShape } from "../src/credential-shape";
import { DEFAULT_BASE_DOMAIN, InvalidNetworkError, isValidBaseDomain, normalizeNetwork } from "../src/twingate/network";
import { C1TwingateProvider } from "./bindings/c1twingate/provider";
import { Token } from "./core";
import { IntegrationApp } from "./integration-app";
import { IntegrationOwner } from "./integration-owner";
import { CONNECTOR_VERSIONS } from "../src/reconciler/preview/connector-versions";
import { ACCESS_VALUES, type IntegrationConnectorVersion, type TwingateIntegrationProps, VALIDATION_VALUES } from "./integration-props";
import { isBlank, quote } from "./prop-values";
import { parseC1TwingateProviderSource } from "./provider-source";
import { type CheckEndpointSettings, checkEndpoint, endpointMismatchProblem, endpointMismatchWarning } from "./sync-target";
import { SyncVerification } from "./sync-verification";
import { TwingateConnector } from "./twingate-connector";

/** Props after validation: what the construct builds from. */
export interface CheckedIntegrationProps {
  readonly problems: string[];
  /** Advice shown as warning annotations (the props still work). */
  readonly warnings: string[];
  /** The network name (`acme`), or the token as given when unresolved. */
  readonly network: string;
  readonly networkIsToken: boolean;
  readonly baseDomain: string;
  readonly apiKeyIsLiteral: boolean;
  readonly owners: IntegrationOwner[];
  /** `groupsToProvision` is one list token (e.g. a list(string) variable), checked at plan. */
  readonly groupsAreToken: boolean;
  /** The connector chosen (cloud-hosted v1 when none was given). */
  readonly connector: TwingateConnector;
  /** The check may call another host than ConductorOne syncs (`allowCheckedHostMismatch`). */
  readonly hostMismatchAllowed: boolean;
  /** The sync verification chosen (off when none was given). */
  readonly verifySync: SyncVerification;
  /** The connector behaviour the connector view models: as given, else the connector's own (v1: baton-2023, v2: baton-2026). */
  readonly connectorVersion: IntegrationConnectorVersion;
  /** `checkProviderSource`, normalized; undefined when not given (the binding's default address stays). */
  readonly providerSource: string | undefined;
}

/** The `base_url` / `base_domain` of a c1twingate provider, as configured (values may be tokens). */
export interface CheckProviderSettings {
  readonly baseUrl?: string;
  readonly baseDomain?: string;
}

function oneOf(name: string, value: unknown, allowed: readonly string[]): string[] {
  if (value === undefined || (typeof value === "string" && allowed.includes(value))) return [];
  return [`${name} must be ${allowed.map((a) => `"${a}"`).join(", ").replace(/, ([^,]*)$/, " or $1")}, got ${quote(value)}`];
}

/**
 * Runs every rule and returns all problems (never throws), so the caller can report them together.
 * `sharedCheckProvider` holds the settings of the stack's default c1twingate provider, when one
 * already exists: that provider serves one base domain, so another needs its own aliased provider.
 */
export function checkIntegrationProps(
  props: TwingateIntegrationProps,
  sharedCheckProvider?: CheckProviderSettings,
  providerSourceConflict?: (source: string) => string | undefined,
): CheckedIntegrationProps {
  const problems: string[] = [];
  const warnings: string[] = [];

  // Base domain first: the network is judged against it.
  let baseDomain = DEFAULT_BASE_DOMAIN;
  const givenBaseDomain = typeof props.baseDomain === "string" ? props.baseDomain.trim().toLowerCase() : props.baseDomain;
  if (givenBaseDomain !== undefined && (typeof givenBaseDomain !== "string" || !isValidBaseDomain(givenBaseDomain))) {
    problems.push(`baseDomain must be a domain name such as "twingate.com", got ${quote(props.baseDomain)}`);
  } else {
    baseDomain = givenBaseDomain ?? DEFAULT_BASE_DOMAIN;
    const shared = sharedCheckProvider && (sharedCheckProvider.baseDomain ?? DEFAULT_BASE_DOMAIN).toLowerCase();
    if (shared !== undefined && shared !== baseDomain && (props.validation ?? "provider") === "provider" && props.checkProvider === undefined) {
      problems.push(
        `baseDomain ${JSON.stringify(baseDomain)} differs from the base domain ${JSON.stringify(shared)} of the stack's default c1twingate provider, ` +
          "pass checkProvider with an aliased C1TwingateProvider for this base domain",
      );
    }
  }

  // The check's host (§3 below) is judged only when the network and base domain are usable.
  let endpointJudgeable = problems.length === 0;
  let network = typeof props.network === "string" ? props.network : "";
  const networkIsToken = typeof props.network === "string" && Token.isUnresolved(props.network);
  if (typeof props.network !== "string") {
    endpointJudgeable = false;
    problems.push(`network must be a twingate network name such as "acme" or "acme.${baseDomain}", got ${quote(props.network)}`);
  } else if (!networkIsToken && credentialShape(props.network) !== null) {
    // A key in the network prop (another network's, swapped in): named, never quoted.
    endpointJudgeable = false;
    problems.push(`network must be a twingate network name such as "acme", but the value given looks like an API key or other credential (${credentialShape(props.network)}); it is not shown`);
  } else if (!networkIsToken) {
    try {
      network = normalizeNetwork(props.network, baseDomain).label;
    } catch (err) {
      if (!(err instanceof InvalidNetworkError)) throw err;
      endpointJudgeable = false;
      problems.push(`network must be a twingate network name such as "acme" or "acme.${baseDomain}", got ${quote(props.network)} (${err.reason})`);
    }
  }

  // The key's value never appears in a message: only whether it is a literal.
  const apiKeyIsLiteral = typeof props.apiKey === "string" && !Token.isUnresolved(props.apiKey);
  if (typeof props.apiKey !== "string") {
    problems.push(`apiKey must be a token of a sensitive TerraformVariable or a secret data source, got ${props.apiKey === undefined ? "undefined" : typeof props.apiKey}`);
  } else if (apiKeyIsLiteral && props.allowLiteralApiKey !== true) {
    problems.push(
      "apiKey must be a token, not a literal string that would be written in plain text to cdk.tf.json: " +
        'pass new TerraformVariable(scope, "twingate_api_key", { type: "string", sensitive: true }).stringValue ' +
        "and set TF_VAR_twingate_api_key, or set allowLiteralApiKey: true to accept the risk",
    );
  } else if (apiKeyIsLiteral && props.apiKey.trim() === "") {
    problems.push("apiKey must not be empty, got an empty string");
  }

  const owners: IntegrationOwner[] = [];
  if (!Array.isArray(props.owners) || props.owners.length === 0) {
    problems.push(`owners must list at least one conductorone user id, email or entitlement, got ${Array.isArray(props.owners) ? "[]" : quote(props.owners)}`);
  } else {
    const seen = new Set<string>();
    props.owners.forEach((entry: unknown, i) => {
      const owner = entry instanceof IntegrationOwner ? entry : typeof entry === "string" ? IntegrationOwner.parse(entry) : undefined;
      if (!owner) {
        problems.push(`owners[${i}] must be a conductorone user id, an email or an IntegrationOwner, got ${quote(entry)}`);
        return;
      }
      const ownerProblems = owner.problems(`owners[${i}]`);
      problems.push(...ownerProblems);
      if (ownerProblems.length > 0) return;
      warnings.push(...owner.warnings(`owners[${i}]`));
      // Emails repeat regardless of case; ConductorOne ids (KSUIDs, base62) are case-sensitive.
      if (!owner.isToken && seen.has(owner.identity)) {
        problems.push(`owners[${i}] repeats ${quote(owner.value)}, list each owner once`);
        return;
      }
      seen.add(owner.identity);
      owners.push(owner);
    });
  }

  if (props.ownerRoleSlug !== undefined && isBlank(props.ownerRoleSlug)) {
    problems.push(`ownerRoleSlug must be a non-empty role slug, got ${quote(props.ownerRoleSlug)}`);
  }

  if (!(props.app instanceof IntegrationApp)) {
    problems.push(`app must be IntegrationApp.fromId(), IntegrationApp.fromDisplayName() or IntegrationApp.create(), got ${quote(props.app)}`);
  } else {
    problems.push(...props.app.problems());
  }

  problems.push(...oneOf("access", props.access, ACCESS_VALUES));
  problems.push(...oneOf("validation", props.validation, VALIDATION_VALUES));

  if (props.validation === "local-exec" && props.cliCommand !== undefined && isBlank(props.cliCommand)) {
    problems.push(`cliCommand must be a non-empty command, got ${quote(props.cliCommand)}`);
  }

  const groups = props.groupsToProvision;
  // One error per cause: a misspelt access is reported above, not again as groupsToProvision's.
  const accessKnown = props.access === undefined || (ACCESS_VALUES as readonly unknown[]).includes(props.access);
  // A list token (a list(string) variable, a data source's list) is one encoded element: checked at plan.
  const groupsAreToken = Array.isArray(groups) && Token.isUnresolved(groups);
  if (groupsAreToken) {
    if (accessKnown && (props.access ?? "read-only") !== "provisioning") {
      problems.push(`groupsToProvision needs access "provisioning", got access ${quote(props.access ?? "read-only")}`);
    }
  } else if (groups !== undefined) {
    if (!Array.isArray(groups)) {
      problems.push(`groupsToProvision must be a list of twingate group names, got ${quote(groups)}`);
    } else {
      if (groups.length > 0 && accessKnown && (props.access ?? "read-only") !== "provisioning") {
        problems.push(`groupsToProvision needs access "provisioning", got access ${quote(props.access ?? "read-only")}`);
      }
      const seen = new Set<string>();
      groups.forEach((g: unknown, i) => {
        if (isBlank(g)) {
          problems.push(`groupsToProvision[${i}] must be a non-empty group name, got ${quote(g)}`);
        } else if (typeof g === "string" && !Token.isUnresolved(g)) {
          if (seen.has(g)) problems.push(`groupsToProvision[${i}] repeats ${quote(g)}, list each group once`);
          seen.add(g);
        }
      });
    }
  }

  const connector = props.connector ?? TwingateConnector.cloudHosted();
  if (!(connector instanceof TwingateConnector)) {
    problems.push(`connector must be TwingateConnector.cloudHosted() or TwingateConnector.selfHosted(), got ${quote(props.connector)}`);
  } else {
    problems.push(...connector.problems());
    if (connector.spec.kind === "self-hosted-v2" && connector.spec.options.kubernetes !== undefined && (props.validation ?? "provider") !== "provider") {
      problems.push(
        `connector kubernetes deployment needs validation "provider" (its Secret is re-sent when the check's key fingerprint changes), got validation ${quote(props.validation)}`,
      );
    }
  }

  // The view is read by the sync preview of validation "provider": elsewhere the prop would do nothing.
  const versionProblems = oneOf("connectorVersion", props.connectorVersion, CONNECTOR_VERSIONS);
  problems.push(...versionProblems);
  if (versionProblems.length === 0 && props.connectorVersion !== undefined && (props.validation ?? "provider") !== "provider") {
    problems.push(`connectorVersion needs validation "provider" (the connector view is read by its sync preview at plan), got validation ${quote(props.validation)}`);
  }
  const connectorVersion: IntegrationConnectorVersion =
    versionProblems.length === 0 && props.connectorVersion !== undefined
      ? props.connectorVersion
      : connector instanceof TwingateConnector && connector.spec.kind === "self-hosted-v2"
        ? "baton-2026"
        : "baton-2023";

  const verifySync = props.verifySync ?? SyncVerification.off();
  if (!(verifySync instanceof SyncVerification)) {
    problems.push(`verifySync must be SyncVerification.off(), SyncVerification.started() or SyncVerification.completed(), got ${quote(props.verifySync)}`);
  } else if (verifySync.level !== "off") {
    problems.push(...verifySync.problems());
    if (connector instanceof TwingateConnector && connector.spec.kind === "self-hosted-v2" && connector.spec.options.kubernetes === undefined) {
      problems.push(
        "verifySync needs a connector that syncs during terraform apply: TwingateConnector.cloudHosted(), or TwingateConnector.selfHosted({ kubernetes }) " +
          "(a baton-twingate you start yourself syncs only after apply: start it, then run c1-twingate connector status --wait <minutes>), or leave verifySync off",
      );
    }
  }

  if (props.allowCheckedHostMismatch !== undefined && typeof props.allowCheckedHostMismatch !== "boolean") {
    problems.push(`allowCheckedHostMismatch must be true or false, got ${quote(props.allowCheckedHostMismatch)}`);
  }
  const hostMismatchAllowed = props.allowCheckedHostMismatch === true;
  // Judged only on a usable network and base domain: otherwise those problems say it already.
  if (endpointJudgeable) {
    for (const settings of checkedEndpointSettings(props, baseDomain, sharedCheckProvider)) {
      const endpoint = checkEndpoint(network, settings);
      if (!endpoint.known || endpoint.matchesConductorOne) continue;
      if (hostMismatchAllowed) warnings.push(endpointMismatchWarning(network, endpoint.url));
      else problems.push(endpointMismatchProblem(network, endpoint.url, settings));
      break;
    }
  }

  // One source address per stack (constructs/provider-source.ts): a second integration may not ask for another.
  let providerSource: string | undefined;
  if (props.checkProviderSource !== undefined) {
    const parsed = parseC1TwingateProviderSource("checkProviderSource", props.checkProviderSource);
    if ("problem" in parsed) {
      problems.push(parsed.problem);
    } else {
      const verifyLevel = props.verifySync instanceof SyncVerification ? props.verifySync.level : "off";
      const conflict = providerSourceConflict?.(parsed.source);
      if (conflict !== undefined) problems.push(conflict);
      else if ((props.validation ?? "provider") !== "provider" && verifyLevel === "off") {
        problems.push(
          `checkProviderSource needs validation "provider" or verifySync (only they use the c1twingate provider), got validation ${quote(props.validation)} and no verifySync`,
        );
      }
      providerSource = parsed.source;
    }
  }

  return {
    problems,
    warnings,
    network,
    networkIsToken,
    baseDomain,
    apiKeyIsLiteral,
    owners,
    groupsAreToken,
    connector: connector instanceof TwingateConnector ? connector : TwingateConnector.cloudHosted(),
    hostMismatchAllowed,
    verifySync: verifySync instanceof SyncVerification ? verifySync : SyncVerification.off(),
    connectorVersion,
    providerSource,
  };
}

/**
 * Where the check's host comes from (issue 10 §3), most specific first: the c1twingate provider
 * the check will use (validation `provider`), then the `baseDomain` prop (every validation: it is
 * what the user says the network is, and what `local-exec` passes to the CLI).
 */
function checkedEndpointSettings(props: TwingateIntegrationProps, baseDomain: string, shared: CheckProviderSettings | undefined): CheckEndpointSettings[] {
  const settings: CheckEndpointSettings[] = [];
  if ((props.validation ?? "provider") === "provider") {
    if (props.checkProvider instanceof C1TwingateProvider) {
      const p = props.checkProvider;
      settings.push({ baseUrl: p.baseUrlInput, baseDomain: p.baseDomainInput ?? DEFAULT_BASE_DOMAIN, source: "checkProvider" });
    } else if (shared !== undefined) {
      settings.push({ baseUrl: shared.baseUrl, baseDomain: shared.baseDomain ?? DEFAULT_BASE_DOMAIN, source: "the stack's default c1twingate provider" });
    }
  }
  if (baseDomain !== DEFAULT_BASE_DOMAIN) settings.push({ baseDomain, source: "baseDomain" });
  return settings;
}
