import { BlockList, isIP } from "node:net";
import { domainToASCII } from "node:url";

/**
 * Which HTTP proxy, if any, a request to a URL goes through: the environment variables a Go
 * provider's HTTP client reads, with the same rules, so that a runner set up for Terraform's
 * other providers needs nothing more for this one. Source of every rule below:
 * golang.org/x/net/http/httpproxy (`FromEnvironment`, `ProxyFunc`), which net/http's
 * `ProxyFromEnvironment` uses:
 *
 * - `HTTPS_PROXY` (else `https_proxy`) for https URLs, `HTTP_PROXY` (else `http_proxy`) for http
 *   URLs; the upper-case name wins when both are set and non-empty. There is no ALL_PROXY.
 * - A value is a URL (`http://proxy.corp:3128`, `https://…`) or `host[:port]`, read as `http://`.
 *   The port defaults to the proxy scheme's (80, 443). User info in it is sent as Basic proxy
 *   credentials. The path is ignored.
 * - `NO_PROXY` (else `no_proxy`): comma-separated; `*` alone turns proxying off; an IP address
 *   (with an optional `:port`), a CIDR block (`10.0.0.0/8`), or a domain: `corp.com` matches it
 *   and its subdomains, `.corp.com` and `*.corp.com` only its subdomains; a domain may carry a
 *   `:port`. Case-insensitive; blanks around entries are ignored; a malformed entry is ignored.
 * - `localhost` and loopback addresses never go through a proxy.
 * - With `REQUEST_METHOD` set (a CGI process, where a request header can set HTTP_PROXY),
 *   `HTTP_PROXY` is refused rather than used (golang.org/s/cgihttpproxy).
 *
 * Where this is stricter than Go: Go silently ignores a value it cannot parse (the requests then
 * go direct and fail as a DNS or connection error, far from the cause); here it is a
 * {@link ProxyValueError} naming the variable, which each client reports in its own terms. A `socks5://` proxy, which Go supports, is
 * refused with that reason: only HTTP proxies (CONNECT for https) are supported.
 */

export type ProxyVariable = "HTTPS_PROXY" | "https_proxy" | "HTTP_PROXY" | "http_proxy";

/** A proxy variable whose value cannot be used: which one, its value with user info hidden, and why. */
export class ProxyValueError extends Error {
  constructor(
    readonly variable: string,
    /** The value with any user info replaced by ***. */
    readonly shown: string,
    readonly reason: string,
  ) {
    super(`${variable}=${JSON.stringify(shown)} is not a usable proxy: ${reason}`);
    this.name = "ProxyValueError";
  }
}

/** The proxy a request went through, for messages: its address (no user info) and the variable that named it. */
export interface ProxyNote {
  display: string;
  variable: string;
  /** Whether the variable's value held credentials (user info). */
  credentials: boolean;
}

/** The note of a proxy, for messages and errors (never its credentials). */
export function noteOf(proxy: ProxyServer): ProxyNote {
  return { display: proxy.display, variable: proxy.variable, credentials: proxy.authorization !== undefined };
}

/** One proxy server, as a request needs it. */
export interface ProxyServer {
  /** The scheme to speak to the proxy itself: TLS to the proxy for `https:`. */
  readonly protocol: "http:" | "https:";
  /** Host name or IP address, without IPv6 brackets. */
  readonly hostname: string;
  readonly port: number;
  /** `Basic …` from the value's user info, for Proxy-Authorization; undefined without user info. Secret. */
  readonly authorization: string | undefined;
  /** For messages: scheme, host and port, never user info, e.g. `http://proxy.corp:3128`. */
  readonly display: string;
  /** The variable the value came from. */
  readonly variable: ProxyVariable;
}

export interface ProxySettings {
  /** The proxy for `url`, or undefined to connect directly. Throws ProxyValueError in a CGI process for HTTP_PROXY. */
  proxyFor(url: URL): ProxyServer | undefined;
  /**
   * Why a request to `url` goes direct although a proxy variable is set, for messages about a
   * failed connection: NO_PROXY lists it, or only HTTP_PROXY is set for an https URL. Undefined
   * when it goes through a proxy, or no proxy variable is set at all.
   */
  directReason(url: URL): string | undefined;
  /** True when no proxy variable is set: every request goes direct. */
  readonly none: boolean;
}

/** Settings under which every request goes direct. */
export const NO_PROXY_SETTINGS: ProxySettings = { proxyFor: () => undefined, directReason: () => undefined, none: true };

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

/** The first of `names` set to a non-empty value, as Go's getEnvAny. */
function firstSet<N extends string>(env: NodeJS.ProcessEnv, names: readonly N[]): { name: N; value: string } | undefined {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== "") return { name, value };
  }
  return undefined;
}

/** The value as it may be shown: user info (which may hold a password) replaced by `***`. */
export function redactProxyValue(value: string): string {
  const at = value.lastIndexOf("@");
  if (at < 0) return value;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value);
  const start = scheme === null ? 0 : scheme[0].length;
  return at < start ? value : `${value.slice(0, start)}***${value.slice(at)}`;
}

function basicAuthorization(url: URL, variable: ProxyVariable, raw: string): string | undefined {
  if (url.username === "" && url.password === "") return undefined;
  let user: string;
  let password: string;
  try {
    user = decodeURIComponent(url.username);
    password = decodeURIComponent(url.password);
  } catch {
    throw new ProxyValueError(variable, redactProxyValue(raw), "its user name or password holds a malformed %-escape");
  }
  return `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
}

/** Parse one proxy variable's value, or throw ProxyValueError (with user info redacted). */
export function parseProxyValue(variable: ProxyVariable, raw: string): ProxyServer {
  const value = raw.trim();
  const attempt = (text: string): URL | undefined => {
    try {
      return new URL(text);
    } catch {
      return undefined;
    }
  };
  let url = attempt(value);
  if (url !== undefined && (url.protocol === "socks5:" || url.protocol === "socks5h:" || url.protocol === "socks4:")) {
    throw new ProxyValueError(variable, redactProxyValue(raw), `${url.protocol.slice(0, -1)} proxies are not supported; use an HTTP proxy (http:// or https://)`);
  }
  // Go's rule: a value that is not an http(s) URL is tried again as "http://" + value ("proxy:3128");
  // here only a value without a scheme of its own, so "ftp://p" or a broken "http://…" is not read as a host name.
  if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:")) {
    const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
    const withScheme = hasScheme ? undefined : attempt(`http://${value}`);
    if (withScheme === undefined) {
      throw new ProxyValueError(
        variable,
        redactProxyValue(raw),
        hasScheme && url !== undefined ? `its scheme ${url.protocol.slice(0, -1)} is not http or https` : "it is not a URL, nor host:port",
      );
    }
    url = withScheme;
  }
  // "http://ci:12?ab@proxy:3128" parses as host "ci", port 12: the @ is then in the query, and the
  // password's start would be shown as the proxy's address. An @ not read as user info is refused.
  if (value.includes("@") && url.username === "" && url.password === "") {
    throw new ProxyValueError(
      variable,
      redactProxyValue(raw),
      "it holds an @ that the URL parser does not read as the end of a user name and password: %-encode them (@ is %40, ? is %3F, # is %23, / is %2F)",
    );
  }
  const protocol = url.protocol === "https:" ? "https:" : "http:";
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (hostname === "") throw new ProxyValueError(variable, redactProxyValue(raw), "it has no host");
  const port = url.port === "" ? (DEFAULT_PORTS[protocol] ?? 80) : Number(url.port);
  return new ProxyServerValue(protocol, hostname, port, basicAuthorization(url, variable, raw), `${protocol}//${url.host}`, variable);
}

/** A ProxyServer whose credentials are a getter over a private field: util.inspect, JSON and logs of it never show them. */
class ProxyServerValue implements ProxyServer {
  readonly #authorization: string | undefined;
  constructor(
    readonly protocol: "http:" | "https:",
    readonly hostname: string,
    readonly port: number,
    authorization: string | undefined,
    readonly display: string,
    readonly variable: ProxyVariable,
  ) {
    this.#authorization = authorization;
  }

  get authorization(): string | undefined {
    return this.#authorization;
  }
}

type Matcher = (host: string, port: string, ipFamily: 0 | 4 | 6) => boolean;

/** NO_PROXY's entries as matchers; `*` makes it match everything (returned as "all"). */
function parseNoProxy(value: string): Matcher[] | "all" {
  const matchers: Matcher[] = [];
  for (const rawEntry of value.split(",")) {
    const entry = rawEntry.trim().toLowerCase();
    if (entry === "") continue;
    if (entry === "*") return "all";
    const cidr = /^(.+)\/(\d{1,3})$/.exec(entry);
    if (cidr !== null) {
      const address = cidr[1] ?? "";
      const prefix = Number(cidr[2]);
      const family = isIP(address);
      if (family !== 0 && prefix <= (family === 4 ? 32 : 128)) {
        const block = new BlockList();
        block.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
        matchers.push((host, _port, ipFamily) => ipFamily !== 0 && block.check(host, ipFamily === 4 ? "ipv4" : "ipv6"));
      }
      continue;
    }
    // host, host:port, [v6]:port, v6
    let host = entry;
    let port = "";
    const bracketed = /^\[([^\]]*)\](?::(\d*))?$/.exec(entry);
    if (bracketed !== null) {
      host = bracketed[1] ?? "";
      port = bracketed[2] ?? "";
    } else if (isIP(entry) === 0) {
      const colon = entry.lastIndexOf(":");
      if (colon >= 0) {
        host = entry.slice(0, colon);
        port = entry.slice(colon + 1);
      }
    }
    if (host === "") continue;
    const family = isIP(host);
    if (family !== 0) {
      const block = new BlockList();
      block.addAddress(host, family === 4 ? "ipv4" : "ipv6");
      matchers.push((h, p, ipFamily) => ipFamily !== 0 && block.check(h, ipFamily === 4 ? "ipv4" : "ipv6") && (port === "" || port === p));
      continue;
    }
    if (host.startsWith("*.")) host = host.slice(1);
    const matchHost = !host.startsWith(".");
    const suffix = domainToASCII(matchHost ? `.${host}` : host) || (matchHost ? `.${host}` : host);
    matchers.push((h, p) => (h.endsWith(suffix) || (matchHost && h === suffix.slice(1))) && (port === "" || port === p));
  }
  return matchers;
}

function isLoopback(host: string, family: 0 | 4 | 6): boolean {
  if (host === "localhost") return true;
  if (family === 4) return host.startsWith("127.");
  if (family === 6) {
    const loopback = new BlockList();
    loopback.addAddress("::1", "ipv6");
    loopback.addSubnet("::ffff:127.0.0.0", 104, "ipv6");
    return loopback.check(host, "ipv6");
  }
  return false;
}

/**
 * The proxy settings of an environment (default: this process's). Throws ProxyValueError
 * for a proxy variable whose value is not usable, before any request.
 */
export function proxySettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ProxySettings {
  const httpsVar = firstSet(env, ["HTTPS_PROXY", "https_proxy"] as const);
  const httpVar = firstSet(env, ["HTTP_PROXY", "http_proxy"] as const);
  if (httpsVar === undefined && httpVar === undefined) return NO_PROXY_SETTINGS;
  const https = httpsVar === undefined ? undefined : parseProxyValue(httpsVar.name, httpsVar.value);
  const http = httpVar === undefined ? undefined : parseProxyValue(httpVar.name, httpVar.value);
  const noProxy = parseNoProxy(firstSet(env, ["NO_PROXY", "no_proxy"] as const)?.value ?? "");
  const cgi = (env.REQUEST_METHOD ?? "") !== "";
  const route = (url: URL): { proxy: ProxyServer } | { direct: string | undefined } => {
    const proxy = url.protocol === "https:" ? https : url.protocol === "http:" ? http : undefined;
    if (proxy === undefined) {
      return { direct: url.protocol === "https:" && http !== undefined ? `HTTPS_PROXY is not set; ${http.variable} applies to http:// URLs only` : undefined };
    }
    // Go refuses HTTP_PROXY in a CGI process before it looks at NO_PROXY.
    if (url.protocol === "http:" && cgi) {
      throw new ProxyValueError(proxy.variable, proxy.display, "REQUEST_METHOD is set, so this may be a CGI process, where a request can set HTTP_PROXY; it is not used there (golang.org/s/cgihttpproxy)");
    }
    if (noProxy === "all") return { direct: "NO_PROXY is *" };
    const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
    const port = url.port === "" ? String(DEFAULT_PORTS[url.protocol] ?? "") : url.port;
    const family = isIP(host) as 0 | 4 | 6;
    if (isLoopback(host, family)) return { direct: undefined };
    if (noProxy.some((match) => match(host, port, family))) return { direct: `NO_PROXY lists ${host}, so ${proxy.variable} was not used` };
    return { proxy };
  };
  return {
    none: false,
    proxyFor(url: URL): ProxyServer | undefined {
      const decided = route(url);
      return "proxy" in decided ? decided.proxy : undefined;
    },
    directReason(url: URL): string | undefined {
      const decided = route(url);
      return "direct" in decided ? decided.direct : undefined;
    },
  };
}
