import { X509_VERIFY_CODES } from "./x509-verify-codes";

/**
 * What went wrong when a request got no usable answer: node:http reports the failure as an
 * error whose `code` names it (found by findCode in server-text.ts, which also redacts its text).
 */

export type ConnectionFailure =
  /** The name does not resolve: trying again will not help. */
  | { kind: "dns"; code: string }
  /** The resolver could not answer right now (EAI_AGAIN): nothing was sent, so it may be retried. */
  | { kind: "dns-temporary"; code: string }
  | { kind: "tls"; code: string }
  /** The other end did not answer the TLS handshake with TLS (a plain-HTTP port behind https://). */
  | { kind: "not-tls"; code: string }
  /** The request was certainly not received (nothing was sent). */
  | { kind: "refused"; code: string }
  /** The connection broke after the request may have been sent. */
  | { kind: "dropped"; code: string }
  /** The answer's head was larger than the parser accepts. */
  | { kind: "headers-too-large"; code: string }
  /** The answer was not readable HTTP, or its body not readable in its Content-Encoding. */
  | { kind: "protocol"; code: string }
  | { kind: "unknown"; code: string };

const DNS_CODES = new Set(["ENOTFOUND", "EAI_FAIL", "EAI_NONAME", "EAI_NODATA"]);
const REFUSED_CODES = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL", "ENETDOWN", "EHOSTDOWN"]);
const DROPPED_CODES = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "ETIMEDOUT", "ERR_STREAM_PREMATURE_CLOSE", "ERR_SOCKET_CLOSED"]);
// OpenSSL's "wrong version number" / "packet length too long" (EPROTO): what came back was not TLS.
const NOT_TLS_CODES = new Set(["EPROTO", "ERR_SSL_WRONG_VERSION_NUMBER", "ERR_SSL_PACKET_LENGTH_TOO_LONG", "ERR_SSL_HTTP_REQUEST"]);

/** `code`: Node's code of the failure (see findCode in server-text.ts), undefined when it had none. */
export function classifyConnectionFailure(failureCode: string | undefined): ConnectionFailure {
  const code = failureCode ?? "UNKNOWN";
  if (DNS_CODES.has(code)) return { kind: "dns", code };
  if (code === "EAI_AGAIN") return { kind: "dns-temporary", code };
  if (NOT_TLS_CODES.has(code)) return { kind: "not-tls", code };
  if (X509_VERIFY_CODES.has(code) || code.startsWith("ERR_TLS_") || code.startsWith("ERR_SSL_")) return { kind: "tls", code };
  if (REFUSED_CODES.has(code)) return { kind: "refused", code };
  if (DROPPED_CODES.has(code)) return { kind: "dropped", code };
  if (code === "HPE_HEADER_OVERFLOW") return { kind: "headers-too-large", code };
  // A body that is not valid in its Content-Encoding is reported where it is decoded (response-body.ts).
  if (code.startsWith("HPE_")) return { kind: "protocol", code };
  return { kind: "unknown", code };
}
