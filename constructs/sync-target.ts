/**
 * The network ConductorOne syncs, next to the one the credential check calls (issue 10 §3).
 *
 * ConductorOne's Twingate connector always calls `https://<domain>.twingate.com/api/graphql/`:
 * the v1 integration stores only the domain (`twingate_domain`), and baton-twingate builds the
 * URL from `--domain` with `twingate.com` fixed (baton-twingate.md §1: [J25] `APIDomain`
 * "%s.twingate.com" + `api/graphql/`; [NEW] `DefaultBaseURL` "https://%s.twingate.com/api/graphql/",
 * whose `base-url` override is a hidden flag "for testing"). A check that passes against
 * another host proves nothing about the network ConductorOne will read.
 */
import { Fn, Token } from "./core";
import { quote } from "./prop-values";

/** The base domain ConductorOne's connector appends to the network name; not configurable. */
export const CONDUCTORONE_TWINGATE_BASE_DOMAIN = "twingate.com";
const GRAPHQL_PATH = "/api/graphql/";
const NETWORK_PLACEHOLDER = "{network}";

/** The GraphQL URL ConductorOne's connector calls for a network (`label` may be a token). */
export function conductorOneSyncUrl(label: string): string {
  return `https://${label}.${CONDUCTORONE_TWINGATE_BASE_DOMAIN}${GRAPHQL_PATH}`;
}

/** How the check reaches Twingate, as configured: a provider's `base_url` template, or a base domain. */
export interface CheckEndpointSettings {
  /** A `{network}` URL template (c1twingate provider `base_url`), or undefined. */
  readonly baseUrl?: string;
  /** The base domain the check appends to the network name. */
  readonly baseDomain: string;
  /** Where the settings come from, for messages, e.g. `checkProvider base_url`. */
  readonly source: string;
}

export type CheckEndpoint =
  /** Known at synth: `url` is what the check calls (`{network}` left in when the network is a token). */
  | { readonly known: true; readonly url: string; readonly matchesConductorOne: boolean }
  /** A setting is a token: only the plan can tell (see {@link endpointPrecondition}). */
  | { readonly known: false };

/**
 * The URL the check will call, with the same rules as the client (src/twingate/endpoint.ts,
 * not importable from constructs): the template's `{network}` replaced and `/api/graphql/`
 * appended, or `https://<network>.<baseDomain>/api/graphql/`.
 */
export function checkEndpoint(network: string, settings: CheckEndpointSettings): CheckEndpoint {
  if ([settings.baseUrl, settings.baseDomain].some((v) => v !== undefined && Token.isUnresolved(v))) return { known: false };
  const label = Token.isUnresolved(network) ? NETWORK_PLACEHOLDER : network;
  if (settings.baseUrl === undefined) {
    const baseDomain = settings.baseDomain.trim().toLowerCase();
    return { known: true, url: `https://${label}.${baseDomain}${GRAPHQL_PATH}`, matchesConductorOne: baseDomain === CONDUCTORONE_TWINGATE_BASE_DOMAIN };
  }
  const template = settings.baseUrl.trim().replace(/\/+$/, "");
  return { known: true, url: template.split(NETWORK_PLACEHOLDER).join(label) + GRAPHQL_PATH, matchesConductorOne: isConductorOneTemplate(template) };
}

/** A `base_url` template that resolves to ConductorOne's host for every network name. */
function isConductorOneTemplate(template: string): boolean {
  if (!template.includes(NETWORK_PLACEHOLDER)) return false;
  const sample = "network-sample";
  let url: URL;
  try {
    url = new URL(template.split(NETWORK_PLACEHOLDER).join(sample));
  } catch {
    return false;
  }
  return (
    url.protocol === "https:" &&
    url.hostname === `${sample}.${CONDUCTORONE_TWINGATE_BASE_DOMAIN}` &&
    url.port === "" &&
    !url.username &&
    !url.password &&
    (url.pathname === "" || url.pathname === "/")
  );
}

/** The props error for a check that calls another host than ConductorOne (never includes a key). */
export function endpointMismatchProblem(network: string, url: string, settings: CheckEndpointSettings): string {
  const label = Token.isUnresolved(network) ? NETWORK_PLACEHOLDER : network;
  const setting = settings.baseUrl !== undefined ? `${settings.source} base_url ${quote(settings.baseUrl)}` : `${settings.source} ${quote(settings.baseDomain)}`;
  return (
    `the credential check calls ${url} (${setting}), but ConductorOne's Twingate connector always syncs ${conductorOneSyncUrl(label)}, ` +
    "so a passing check would prove a network ConductorOne never reads: point the check at twingate.com " +
    "(remove baseDomain and the c1twingate provider's base_url/base_domain), or set allowCheckedHostMismatch: true " +
    "if this integration is not the one ConductorOne will use (a simulator, a staging tenant, a test)"
  );
}

/** The warning shown when the mismatch is accepted with `allowCheckedHostMismatch`. */
export function endpointMismatchWarning(network: string, url: string): string {
  const label = Token.isUnresolved(network) ? NETWORK_PLACEHOLDER : network;
  return (
    `the credential check calls ${url} while ConductorOne's Twingate connector syncs ${conductorOneSyncUrl(label)} (allowCheckedHostMismatch: true): ` +
    "this integration proves nothing about the network ConductorOne will read; do not use it for the integration ConductorOne syncs"
  );
}

/**
 * The plan-time form of the same rule, for settings only known at plan (a provider `base_url`
 * from a variable): the check reports the URL its configuration names (`api_url`, known at plan,
 * unlike `endpoint`, which a regional redirect may change by apply), and the integration requires
 * it to be a host of `<network>.twingate.com`. `[.]` instead of `\.`: no backslash for cdktf's HCL rendering to escape.
 */
export function endpointPrecondition(networkLabel: string, apiUrl: string): { condition: unknown; errorMessage: string } {
  const hostPattern = `^https://%s[.]([a-z0-9-]+[.])*twingate[.]com(:443)?/`;
  return {
    condition: Fn.can(Fn.regex(Fn.format(hostPattern, [networkLabel]), apiUrl)),
    // No double quotes: cdktf's HCL renderer (synth --hcl) does not escape them.
    errorMessage:
      `The Twingate credential check calls ${apiUrl}, but ConductorOne's Twingate connector always syncs ` +
      `https://${networkLabel}.${CONDUCTORONE_TWINGATE_BASE_DOMAIN}${GRAPHQL_PATH}: a passing check proves nothing about the network ConductorOne reads. ` +
      "Point the c1twingate provider at twingate.com (unset base_url and base_domain), or set allowCheckedHostMismatch: true on the " +
      "TwingateIntegration if it is not the integration ConductorOne will use.",
  };
}
