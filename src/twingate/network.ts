import { CodedError } from "../errors";
import { describeCharacter } from "./characters";

/**
 * Network input normalisation. Pure (no I/O, no CDKTF), so the constructs can call
 * it at synth time and the client at run time with identical results.
 *
 * Accepted forms, for the default base domain `twingate.com`:
 *   acme · acme.twingate.com · https://acme.twingate.com/anything
 * Anything with extra labels in front of the network (`acme.acme.twingate.com`,
 * the doubled host of terraform-provider-twingate#282) or another domain is refused.
 *
 * Only ASCII is accepted, checked on the raw input before any URL parsing: a URL parser
 * would quietly turn `аcme` (Cyrillic а, U+0430) into the punycode host `xn--cme-5cd`, so a
 * look-alike name is refused naming the character, never converted.
 */

export const DEFAULT_BASE_DOMAIN = "twingate.com";

/** One DNS label: lowercase letters, digits and inner hyphens, at most 63 characters. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export interface TwingateNetwork {
  /** What the user wrote, for messages. */
  input: string;
  /** The network label: `acme` for `acme.twingate.com`. */
  label: string;
  /** The base domain: `twingate.com` unless a non-production domain was configured. */
  baseDomain: string;
  /** `acme.twingate.com`. */
  host: string;
}

export class InvalidNetworkError extends CodedError {
  readonly code = "TG_NETWORK_INVALID";
  constructor(
    readonly input: string,
    readonly reason: string,
    readonly baseDomain: string,
  ) {
    super(
      `network ${JSON.stringify(input)} is not a Twingate network: ${reason}. ` +
        `Expected the network name as in <name>.${baseDomain}, e.g. "acme", "acme.${baseDomain}" or "https://acme.${baseDomain}"`,
    );
  }
}

export function isValidBaseDomain(domain: string): boolean {
  return DOMAIN.test(domain);
}

/** The first character a network name or domain may not contain, described (never the whole input). */
function badCharacter(text: string, allowed: RegExp): string | null {
  for (const [index, ch] of Array.from(text).entries()) {
    if (!allowed.test(ch)) return `it contains ${describeCharacter(ch)} at position ${index + 1}`;
  }
  return null;
}

const DOMAIN_CHARS = /^[A-Za-z0-9.-]$/;

/** Reduce any accepted form to label + base domain, or throw {@link InvalidNetworkError}. */
export function normalizeNetwork(input: string, baseDomain: string = DEFAULT_BASE_DOMAIN): TwingateNetwork {
  const trimmedBase = baseDomain.trim();
  const baseChar = badCharacter(trimmedBase, DOMAIN_CHARS);
  if (baseChar !== null) {
    throw new InvalidNetworkError(input, `the base domain is not an ASCII domain name: ${baseChar}`, DEFAULT_BASE_DOMAIN);
  }
  const base = trimmedBase.toLowerCase().replace(/^\.+|\.+$/g, "");
  if (!isValidBaseDomain(base)) {
    throw new InvalidNetworkError(input, `the base domain ${JSON.stringify(baseDomain)} is not a domain name`, DEFAULT_BASE_DOMAIN);
  }
  const raw = input.trim();
  if (raw.length === 0) throw new InvalidNetworkError(input, "it is empty", base);
  // Before any URL parsing: a parser would convert look-alike letters to punycode silently.
  const nonAscii = Array.from(raw).find((ch) => (ch.codePointAt(0) ?? 0) > 0x7e || (ch.codePointAt(0) ?? 0) < 0x20);
  if (nonAscii !== undefined) {
    const where = badCharacter(raw, /^[\x20-\x7e]$/u) ?? "";
    throw new InvalidNetworkError(input, `${where}; a network name uses only ASCII letters, digits and hyphens`, base);
  }

  let host = raw.toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    let url: URL;
    try {
      url = new URL(host);
    } catch {
      throw new InvalidNetworkError(input, "it looks like a URL but cannot be parsed", base);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new InvalidNetworkError(input, `the scheme ${url.protocol.replace(/:$/, "")} is not https`, base);
    }
    if (url.username || url.password) throw new InvalidNetworkError(input, "it contains credentials", base);
    if (url.port) throw new InvalidNetworkError(input, "it names a port", base);
    if (url.search || url.hash) throw new InvalidNetworkError(input, "it has a query or fragment", base);
    host = url.hostname;
    const bad = badCharacter(host, DOMAIN_CHARS);
    if (bad !== null) throw new InvalidNetworkError(input, `the host ${bad}`, base);
  } else {
    const bad = badCharacter(host, DOMAIN_CHARS);
    if (bad !== null) throw new InvalidNetworkError(input, `${bad}; a network name uses only ASCII letters, digits and hyphens`, base);
  }
  host = host.replace(/\.$/, "");

  if (!host.includes(".")) {
    if (!LABEL.test(host)) throw new InvalidNetworkError(input, "a network name uses only letters, digits and inner hyphens", base);
    return { input, label: host, baseDomain: base, host: `${host}.${base}` };
  }
  const suffix = `.${base}`;
  if (!host.endsWith(suffix)) {
    throw new InvalidNetworkError(input, `the host ${host} is not under ${base}`, base);
  }
  const label = host.slice(0, -suffix.length);
  if (label.includes(".")) {
    throw new InvalidNetworkError(input, `the host ${host} has extra labels in front of the network name (${label})`, base);
  }
  if (!LABEL.test(label)) throw new InvalidNetworkError(input, "a network name uses only letters, digits and inner hyphens", base);
  return { input, label, baseDomain: base, host };
}
