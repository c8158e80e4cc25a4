/**
 * NODE_DEBUG makes Node print its internal debug lines to stderr, and those of its network
 * modules quote what is sent: request headers (the API key's `x-api-key`, a proxy's
 * `Proxy-Authorization`) and socket writes. A provider's stderr is Terraform's log, and Node
 * decides what to print once, at start, so nothing said later can redact it: a client refuses to
 * send a secret while NODE_DEBUG names one of these modules.
 */

/** Node's debug sections that print request data (`NODE_DEBUG=http,https,net,tls` and the like). */
export const SENSITIVE_DEBUG_SECTIONS = ["http", "https", "http2", "net", "tls", "stream", "fetch", "undici"] as const;

/**
 * The sensitive sections NODE_DEBUG turns on, read as Node reads it (lib/internal/util/debuglog.js:
 * comma-separated names, `*` as a wildcard, case-insensitive); [] when none.
 */
export function sensitiveNodeDebug(env: NodeJS.ProcessEnv): string[] {
  const value = env.NODE_DEBUG;
  if (value === undefined || value.trim() === "") return [];
  const pattern = value.replace(/[|\\{}()[\]^$+?.]/g, "\\$&").replaceAll("*", ".*").replaceAll(",", "$|^");
  let matcher: RegExp;
  try {
    matcher = new RegExp(`^(${pattern})$`, "i");
  } catch {
    return [];
  }
  return SENSITIVE_DEBUG_SECTIONS.filter((section) => matcher.test(section));
}
