import { C1ClientIdInvalidError, C1ServerUrlInvalidError, type SettingSource } from "./errors";

/**
 * Which ConductorOne host a client talks to, resolved as the official provider does
 * (terraform-provider-conductorone v1.5.0 `internal/sdk/extra_sdk_options.go`: `NormalizeTenant`,
 * `ParseClientID`, `GetServerURL`; reference conductorone-api.md §1.2):
 *
 * - lower-case the input; with no `://` and no `.`, append `.conductor.one`;
 * - a host `X.conductor.one` (exactly three labels, no port) is tenant `X` → `https://X.conductor.one`;
 * - anything else is a server URL whose scheme is forced to https (`http://…` too).
 *
 * Stricter than the provider, on purpose: userinfo, a query, a fragment or a path are refused
 * (the provider would carry them into the token host and audience), and so is an input that
 * does not parse as a URL.
 */

export const C1_TENANT_SUFFIX = ".conductor.one";

export interface C1Server {
  /** `https://host[:port]`, no trailing slash. */
  url: string;
  /** The tenant name when the host is `<tenant>.conductor.one`. */
  tenant: string | undefined;
  /** Host and port the token endpoint is on (the provider's `tokenHost`). */
  tokenHost: string;
  /** The `aud` of the client assertion: the token host without its port. */
  audience: string;
}

export function normalizeTenant(input: string, source: SettingSource): C1Server {
  const raw = input.trim().toLowerCase();
  if (raw.length === 0) throw new C1ServerUrlInvalidError(input, source, "it is empty");
  let text = raw;
  if (!text.includes("://")) {
    if (!text.includes(".")) text += C1_TENANT_SUFFIX;
    text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new C1ServerUrlInvalidError(input, source, "it is not a host name or URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new C1ServerUrlInvalidError(input, source, `the scheme ${url.protocol.replace(/:$/, "")} is not https`);
  }
  if (url.username || url.password) throw new C1ServerUrlInvalidError(input, source, "it contains credentials (user:password@)");
  if (url.search || url.hash || text.includes("?") || text.includes("#")) {
    throw new C1ServerUrlInvalidError(input, source, "it contains a query or fragment");
  }
  if (url.pathname !== "/" && url.pathname !== "") throw new C1ServerUrlInvalidError(input, source, `it has a path (${url.pathname})`);
  if (url.hostname.length === 0) throw new C1ServerUrlInvalidError(input, source, "it has no host");

  // The provider forces https whatever the input said; WHATWG drops a default port, so
  // "http://h:80" loses its port here (it would become https://h:80 in Go).
  const port = url.port;
  const host = port ? `${url.hostname}:${port}` : url.hostname;
  const labels = url.hostname.split(".");
  const isTenantHost = !port && labels.length === 3 && labels[1] === "conductor" && labels[2] === "one";
  const audience = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return { url: `https://${host}`, tenant: isTenantHost ? labels[0] : undefined, tokenHost: host, audience };
}

/**
 * The server named by a client id `<name>@<host>/<kind>` (the provider's `ParseClientID`): split
 * on the first `@`, then on the first `/`, and the host goes through {@link normalizeTenant}.
 */
export function serverFromClientId(clientId: string, source: SettingSource): C1Server {
  const at = clientId.indexOf("@");
  if (at < 0) throw new C1ClientIdInvalidError(clientId, source);
  const rest = clientId.slice(at + 1);
  const slash = rest.indexOf("/");
  if (slash < 0) throw new C1ClientIdInvalidError(clientId, source);
  const host = rest.slice(0, slash);
  if (host.length === 0) throw new C1ClientIdInvalidError(clientId, source);
  try {
    return normalizeTenant(host, source);
  } catch {
    throw new C1ClientIdInvalidError(clientId, source);
  }
}
