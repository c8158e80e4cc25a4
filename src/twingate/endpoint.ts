import { InvalidBaseUrlError } from "./errors";
import { DEFAULT_BASE_DOMAIN, normalizeNetwork, type TwingateNetwork } from "./network";

/**
 * Where a client sends its GraphQL requests. The apex URL is derived from the network and the
 * base URL template; a regional (shard) URL replaces it once the apex redirects there.
 */

export const GRAPHQL_PATH = "/api/graphql/";
export const NETWORK_PLACEHOLDER = "{network}";

export interface EndpointOptions {
  network: string | TwingateNetwork;
  /** URL template containing `{network}`, e.g. `http://127.0.0.1:4000/{network}`. Default `https://{network}.<baseDomain>`. */
  baseUrl?: string;
  /** Default `twingate.com`; ignored when `network` is already normalised. */
  baseDomain?: string;
}

export interface ResolvedEndpoint {
  network: TwingateNetwork;
  /** GraphQL URL on the apex host, before any shard redirect. */
  apexUrl: string;
}

/** Check a base URL template and return it without a trailing slash. */
export function validateBaseUrl(template: string): string {
  const trimmed = template.trim();
  if (!trimmed.includes(NETWORK_PLACEHOLDER)) {
    throw new InvalidBaseUrlError(template, `it does not contain ${NETWORK_PLACEHOLDER}`);
  }
  let url: URL;
  try {
    url = new URL(trimmed.split(NETWORK_PLACEHOLDER).join("network-placeholder"));
  } catch {
    throw new InvalidBaseUrlError(template, "it is not a URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new InvalidBaseUrlError(template, `the scheme ${url.protocol.replace(/:$/, "")} is not http or https`);
  }
  if (url.username || url.password) throw new InvalidBaseUrlError(template, "it contains credentials");
  if (url.search || url.hash) throw new InvalidBaseUrlError(template, "it contains a query or fragment");
  return trimmed.replace(/\/+$/, "");
}

export function resolveEndpoint(options: EndpointOptions): ResolvedEndpoint {
  const network =
    typeof options.network === "string" ? normalizeNetwork(options.network, options.baseDomain ?? DEFAULT_BASE_DOMAIN) : options.network;
  const template = validateBaseUrl(options.baseUrl ?? `https://${NETWORK_PLACEHOLDER}.${network.baseDomain}`);
  const apexUrl = template.split(NETWORK_PLACEHOLDER).join(network.label) + GRAPHQL_PATH;
  return { network, apexUrl };
}

/**
 * Whether a redirect target is the network's own regional host. Accepted: same scheme or an
 * upgrade to https, and a host that starts with `<label>.` (acme.us1.twingate.com) or is the
 * apex host itself (a simulator routing by path).
 */
export function isAcceptableShard(target: URL, apex: URL, label: string): { ok: true } | { ok: false; reason: string } {
  if (target.protocol !== "https:" && target.protocol !== "http:") {
    return { ok: false, reason: `the scheme ${target.protocol} is not http(s)` };
  }
  if (apex.protocol === "https:" && target.protocol !== "https:") {
    return { ok: false, reason: "it downgrades https to http" };
  }
  if (target.username || target.password) return { ok: false, reason: "it carries credentials" };
  const sameHost = target.host === apex.host;
  if (!sameHost && !target.hostname.startsWith(`${label}.`)) {
    return { ok: false, reason: `the host ${target.host} is not a regional host of the network '${label}'` };
  }
  return { ok: true };
}

/** A URL for messages and logs: no query string (nothing secret is ever put there, but be strict). */
export function displayUrl(url: URL | string): string {
  const u = typeof url === "string" ? new URL(url) : url;
  return `${u.protocol}//${u.host}${u.pathname}`;
}
