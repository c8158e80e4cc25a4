import { describeCharacter } from "./characters";
import { InvalidBaseUrlError } from "./errors";

/**
 * Where the API key may be sent: the one decision every request goes through (first request,
 * after a redirect, on retry).
 *
 * A base URL template holds `{network}` once, in one of two places:
 * - host-routed, as the first label of the host: `https://{network}.twingate.com` (the default);
 * - path-routed, as one whole path segment: `http://127.0.0.1:4567/{network}` (the simulator).
 *
 * The network slot may hold exactly the network label or `<label>.<shard>`, the shard being
 * one DNS label (Twingate's regional hosts, reference §1: `acme.us1.twingate.com`). Everything
 * else is the configured endpoint's, exactly: scheme, host (for a path-routed template the
 * configured origin exactly, never anything else), port, path; no userinfo, no query, no
 * fragment. So the allowed destinations are, for `https://{network}.twingate.com` and network
 * `acme`: `https://acme.twingate.com/api/graphql/` and `https://acme.<shard>.twingate.com/api/graphql/`.
 * Hosts are compared as the WHATWG URL parser reads them (lower-case ASCII), never by prefix.
 *
 * A template is parsed once. Characters the URL parser would rewrite in surprising ways are
 * refused on the raw text (backslash, `@`, whitespace and controls, `%`, `?`, `#`, non-ASCII),
 * and the parsed URL must serialise back to what was written: a template the parser reads
 * differently from how it looks (`127.1`, a default port, `..`) is refused with the reading.
 */

export const GRAPHQL_PATH = "/api/graphql/";
export const NETWORK_PLACEHOLDER = "{network}";

/** One DNS label, lower case: a network label or a shard. */
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Stand-in for the network while checking a template: a valid label, long enough to spot. */
const SENTINEL = "network-slot";

export interface BaseUrlTemplate {
  /** As written (trimmed, without trailing slashes). */
  readonly source: string;
  readonly routing: "host" | "path";
  readonly protocol: "http:" | "https:";
  /** Host-routed: the host after `{network}.`. Path-routed: the whole host. Lower case. */
  readonly host: string;
  /** Explicit port, or "" for the scheme's default. */
  readonly port: string;
  /** Path before the network segment (path-routed) or the whole path (host-routed), no trailing slash. */
  readonly pathBefore: string;
  /** Path after the network segment (path-routed only), no trailing slash. */
  readonly pathAfter: string;
}

function refuse(template: string, reason: string): never {
  throw new InvalidBaseUrlError(template, reason);
}

const FORBIDDEN_RAW: Array<[RegExp, string]> = [
  [/\\/, "it contains a backslash, which the URL parser reads as /"],
  [/@/, "it contains @, which would make what precedes it a user name"],
  [/%/, "it contains percent-encoding, which the URL parser may decode into something else"],
  [/\?/, "it contains a query (?), which would change the request path"],
  [/#/, "it contains a fragment (#), which would change the request path"],
];

/** Parse and check a base URL template, or throw {@link InvalidBaseUrlError} naming what is wrong. */
export function parseBaseUrlTemplate(template: string): BaseUrlTemplate {
  const trimmed = template.trim().replace(/\/+$/, "");
  for (const [index, ch] of Array.from(trimmed).entries()) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp <= 0x20 || cp >= 0x7f) refuse(template, `it contains ${describeCharacter(ch)} at position ${index + 1}; a base URL is plain ASCII`);
  }
  for (const [re, reason] of FORBIDDEN_RAW) if (re.test(trimmed)) refuse(template, reason);
  const slots = trimmed.split(NETWORK_PLACEHOLDER).length - 1;
  if (slots === 0) refuse(template, `it does not contain ${NETWORK_PLACEHOLDER}`);
  if (slots > 1) refuse(template, `it contains ${NETWORK_PLACEHOLDER} more than once`);
  if (/[{}]/.test(trimmed.replace(NETWORK_PLACEHOLDER, ""))) refuse(template, `it contains braces other than ${NETWORK_PLACEHOLDER}`);

  const scheme = /^(https?):\/\//i.exec(trimmed);
  if (!scheme) {
    const named = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
    refuse(template, named ? `the scheme ${named[1]} is not http or https` : "it does not start with http:// or https://");
  }
  const afterScheme = trimmed.slice(scheme[0].length);
  const slash = afterScheme.indexOf("/");
  const authority = slash < 0 ? afterScheme : afterScheme.slice(0, slash);
  const path = slash < 0 ? "" : afterScheme.slice(slash);
  const portMatch = /:(\d*)$/.exec(authority);
  const hostPart = (portMatch ? authority.slice(0, portMatch.index) : authority).toLowerCase();
  const port = portMatch?.[1] ?? "";
  if (portMatch && (port === "" || Number(port) < 1 || Number(port) > 65535)) refuse(template, "its port is not a number from 1 to 65535");
  if (hostPart.includes(":") || hostPart.includes("[")) refuse(template, "its host is not a DNS name or IPv4 address");

  let routing: "host" | "path";
  let host: string;
  let pathBefore: string;
  let pathAfter: string;
  if (hostPart.includes(NETWORK_PLACEHOLDER)) {
    if (!hostPart.startsWith(`${NETWORK_PLACEHOLDER}.`)) {
      refuse(template, `${NETWORK_PLACEHOLDER} must be the first label of the host, as in https://{network}.twingate.com`);
    }
    routing = "host";
    host = hostPart.slice(NETWORK_PLACEHOLDER.length + 1);
    const labels = host.split(".");
    if (!labels.every((l) => DNS_LABEL.test(l))) refuse(template, `the host after ${NETWORK_PLACEHOLDER}. is not a DNS name`);
    if (/^\d+$/.test(labels[labels.length - 1] ?? "")) refuse(template, "the host ends in a number, which the URL parser reads as an IP address");
    pathBefore = path;
    pathAfter = "";
  } else {
    const segments = path.split("/");
    const at = segments.indexOf(NETWORK_PLACEHOLDER);
    if (at < 0) refuse(template, `${NETWORK_PLACEHOLDER} must be a whole path segment, as in http://127.0.0.1:4567/{network}`);
    routing = "path";
    host = hostPart;
    if (host.length === 0) refuse(template, "it has no host");
    pathBefore = segments.slice(0, at).join("/");
    pathAfter = segments.slice(at + 1).length > 0 ? `/${segments.slice(at + 1).join("/")}` : "";
  }

  const protocol = (scheme[1] ?? "").toLowerCase() === "https" ? "https:" : "http:";
  const result: BaseUrlTemplate = { source: trimmed, routing, protocol, host, port, pathBefore, pathAfter };
  // The WHATWG parser must read exactly what was written, or the template is not what it looks like.
  const written = composeUrl(result, SENTINEL);
  let read: URL;
  try {
    read = new URL(written);
  } catch {
    refuse(template, "it is not a URL");
  }
  if (read.href !== written) {
    const reading = read.href.endsWith(GRAPHQL_PATH) ? read.href.slice(0, -GRAPHQL_PATH.length) : read.href;
    refuse(template, `the URL parser reads it as ${reading.replace(SENTINEL, NETWORK_PLACEHOLDER)}: write it that way`);
  }
  return result;
}

/** The template of a base domain: `https://{network}.<baseDomain>`. */
export function defaultBaseUrl(baseDomain: string): string {
  return `https://${NETWORK_PLACEHOLDER}.${baseDomain}`;
}

/** The GraphQL URL text for a value of the network slot; only called with checked parts. */
function composeUrl(t: BaseUrlTemplate, slot: string): string {
  const host = t.routing === "host" ? `${slot}.${t.host}` : t.host;
  const path = t.routing === "host" ? t.pathBefore : `${t.pathBefore}/${slot}${t.pathAfter}`;
  return `${t.protocol}//${host}${t.port ? `:${t.port}` : ""}${path}${GRAPHQL_PATH}`;
}

export type DestinationVerdict = { ok: true; slot: string } | { ok: false; reason: string };

/** Finds a secret (or part of it, however written) in text: the key's SecretEchoes. */
export interface SecretFinder {
  found(text: string): boolean;
}

/**
 * The allowed destinations of one network under one template, and the decision for a URL.
 * `apex` is the first URL used; after a shard redirect the transport moves to `urlFor(slot)`.
 */
export class Destinations {
  readonly template: BaseUrlTemplate;
  readonly label: string;
  readonly apex: URL;
  readonly #secret: SecretFinder | undefined;

  /**
   * `secret`: the API key's finder. A destination whose URL holds the key (a shard label that
   * echoes it: `acme.<key>`) is refused, so it is never followed, stored as the endpoint, or
   * looked up in DNS (the name would carry the key to a resolver).
   */
  constructor(template: BaseUrlTemplate, label: string, secret?: SecretFinder) {
    if (!DNS_LABEL.test(label)) throw new RangeError(`not a network label: ${JSON.stringify(label)}`);
    this.template = template;
    this.label = label;
    this.#secret = secret;
    this.apex = this.urlFor(label);
  }

  /** The GraphQL URL for `label` or `label.<shard>`; throws if the slot is not one of those. */
  urlFor(slot: string): URL {
    if (!this.#slotAllowed(slot)) throw new RangeError(`not a slot of network ${this.label}: ${JSON.stringify(slot)}`);
    const url = new URL(composeUrl(this.template, slot));
    const verdict = this.decide(url);
    // The slot is not quoted: it may be the one that holds the key.
    if (!verdict.ok) throw new RangeError(`the URL built for a slot of network ${this.label} is not allowed: ${verdict.reason}`);
    return url;
  }

  /** Is `url` one of the allowed destinations? Every request asks this before anything is sent. */
  decide(url: URL): DestinationVerdict {
    const t = this.template;
    // First, before any part of the URL is quoted in a reason: a URL holding the key is refused without showing it.
    if (this.#secret !== undefined && (this.#secret.found(url.href) || this.#secret.found(url.hostname))) {
      return { ok: false, reason: "the URL contains the API key (or part of it), so it is not shown and nothing is sent there" };
    }
    let slot: string | null = null;
    if (t.routing === "host") {
      const suffix = `.${t.host}`;
      slot = url.hostname.endsWith(suffix) ? url.hostname.slice(0, -suffix.length) : null;
      if (slot === null || !this.#slotAllowed(slot)) {
        return { ok: false, reason: `the host ${url.hostname} is not ${this.label}.${t.host} or a regional host ${this.label}.<region>.${t.host}` };
      }
    } else if (url.hostname !== t.host) {
      return { ok: false, reason: `the host ${url.hostname} is not the configured ${t.host}` };
    }
    if (url.protocol !== t.protocol) return { ok: false, reason: `the scheme ${url.protocol.replace(/:$/, "")} is not the configured ${t.protocol.replace(/:$/, "")}` };
    if (url.port !== t.port) return { ok: false, reason: `the port ${url.port || "(default)"} is not the configured ${t.port || "(default)"}` };
    if (url.username !== "" || url.password !== "") return { ok: false, reason: "it carries a user name or password" };
    if (url.search !== "" || url.hash !== "") return { ok: false, reason: "it has a query or fragment" };
    if (t.routing === "host") {
      if (url.pathname !== `${t.pathBefore}${GRAPHQL_PATH}`) return { ok: false, reason: `the path ${url.pathname} is not ${t.pathBefore}${GRAPHQL_PATH}` };
    } else {
      const prefix = `${t.pathBefore}/`;
      const suffix = `${t.pathAfter}${GRAPHQL_PATH}`;
      const p = url.pathname;
      slot = p.startsWith(prefix) && p.endsWith(suffix) && p.length > prefix.length + suffix.length ? p.slice(prefix.length, p.length - suffix.length) : null;
      if (slot === null || !this.#slotAllowed(slot)) {
        return { ok: false, reason: `the path ${p} is not ${prefix}${this.label}${suffix} or a regional ${prefix}${this.label}.<region>${suffix}` };
      }
    }
    // Host-routed: the slot came from the host above; path-routed: from the path.
    return slot === null ? { ok: false, reason: "no network slot" } : { ok: true, slot };
  }

  /** `label` or `label.<one DNS label>`. */
  #slotAllowed(slot: string): boolean {
    if (slot === this.label) return true;
    if (!slot.startsWith(`${this.label}.`)) return false;
    return DNS_LABEL.test(slot.slice(this.label.length + 1));
  }
}

/** A URL for messages and logs: scheme, host and path only. */
export function displayUrl(url: URL | string): string {
  const u = typeof url === "string" ? new URL(url) : url;
  return `${u.protocol}//${u.host}${u.pathname}`;
}
