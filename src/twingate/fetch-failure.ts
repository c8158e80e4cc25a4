/**
 * Reads what went wrong when `fetch` threw: Node's fetch (undici) wraps the real cause as
 * `TypeError("fetch failed", { cause })`, whose `code` names the failure.
 */

export type FetchFailure =
  | { kind: "dns"; code: string }
  | { kind: "tls"; code: string }
  /** The request was certainly not received (nothing was sent). */
  | { kind: "refused"; code: string }
  /** The connection broke after the request may have been sent. */
  | { kind: "dropped"; code: string }
  | { kind: "unknown"; code: string };

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME", "EAI_NODATA"]);
const REFUSED_CODES = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL", "UND_ERR_CONNECT_TIMEOUT"]);
const DROPPED_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "ETIMEDOUT"]);
// OpenSSL verification failures and Node's own host-name check.
const TLS_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "EPROTO",
]);

function codeOf(value: unknown): string | undefined {
  if (typeof value === "object" && value !== null && "code" in value) {
    const code = (value as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** Walk the cause chain (and AggregateError members, used for multi-address connects) for a code. */
function findCode(err: unknown, depth = 0): string | undefined {
  if (depth > 5 || typeof err !== "object" || err === null) return undefined;
  const own = codeOf(err);
  if (own && own !== "ERR_INVALID_ARG_TYPE") return own;
  if (err instanceof AggregateError) {
    for (const inner of err.errors) {
      const found = findCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return findCode((err as { cause?: unknown }).cause, depth + 1);
}

export function classifyFetchFailure(err: unknown): FetchFailure {
  const code = findCode(err) ?? "UNKNOWN";
  if (DNS_CODES.has(code)) return { kind: "dns", code };
  if (TLS_CODES.has(code) || code.startsWith("ERR_TLS_") || code.startsWith("ERR_SSL_")) return { kind: "tls", code };
  if (REFUSED_CODES.has(code)) return { kind: "refused", code };
  if (DROPPED_CODES.has(code)) return { kind: "dropped", code };
  return { kind: "unknown", code };
}
