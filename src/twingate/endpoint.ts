import { defaultBaseUrl, Destinations, parseBaseUrlTemplate, type SecretFinder } from "./destination";
import { DEFAULT_BASE_DOMAIN, normalizeNetwork, type TwingateNetwork } from "./network";

/**
 * Where a client sends its GraphQL requests: the network and the base URL template resolved
 * into the allowed {@link Destinations}. The apex URL is the first one used; a regional (shard)
 * URL replaces it once the apex redirects there (see destination.ts for the rule).
 */

export { displayUrl, GRAPHQL_PATH, NETWORK_PLACEHOLDER } from "./destination";

export interface EndpointOptions {
  network: string | TwingateNetwork;
  /** URL template containing `{network}`, e.g. `http://127.0.0.1:4000/{network}`. Default `https://{network}.<baseDomain>`. */
  baseUrl?: string;
  /** Default `twingate.com`; ignored when `network` is already normalised. */
  baseDomain?: string;
  /** The API key's finder: destinations holding the key are refused (see Destinations). */
  secret?: SecretFinder;
}

export interface ResolvedEndpoint {
  network: TwingateNetwork;
  /** GraphQL URL on the apex host, before any shard redirect. */
  apexUrl: string;
  destinations: Destinations;
}

/** Check a base URL template and return it trimmed, without trailing slashes; throws InvalidBaseUrlError. */
export function validateBaseUrl(template: string): string {
  return parseBaseUrlTemplate(template).source;
}

export function resolveEndpoint(options: EndpointOptions): ResolvedEndpoint {
  const network =
    typeof options.network === "string" ? normalizeNetwork(options.network, options.baseDomain ?? DEFAULT_BASE_DOMAIN) : options.network;
  const template = parseBaseUrlTemplate(options.baseUrl ?? defaultBaseUrl(network.baseDomain));
  const destinations = new Destinations(template, network.label, options.secret);
  return { network, apexUrl: destinations.apex.href, destinations };
}
