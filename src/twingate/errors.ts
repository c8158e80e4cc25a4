import { CodedError } from "../errors";
import type { ProxyNote } from "../net/proxy-settings";
import { listWithRest } from "../untrusted-text";
import type { ServerText } from "./server-text";

/**
 * Every outcome of a Twingate API call that is not a usable answer, one class per kind, each
 * with a code from {@link TWINGATE_ERROR_CODES}. The codes are a closed union: the one
 * classifier that turns errors into findings (src/reconciler/error-findings.ts) has an entry
 * per code, so adding a code here does not compile until it says who is at fault and how to fix it.
 *
 * Messages name the endpoint (never the API key) and say how to fix the problem. Text the
 * server sent is kept as {@link ServerText}: admitted through the one redaction point
 * (server-text.ts), so it holds no echo of the key, and it enters messages only in its neutralised form.
 * `retryable` tells callers (and the retry loop) whether trying again later can help.
 */
export const TWINGATE_ERROR_CODES = [
  "TG_UNAUTHORIZED",
  "TG_FORBIDDEN",
  "TG_NETWORK_NOT_FOUND",
  "TG_NOT_JSON",
  "TG_BAD_REQUEST",
  "TG_GRAPHQL_ERRORS",
  "TG_MUTATION_FAILED",
  "TG_RATE_LIMITED",
  "TG_SERVER_ERROR",
  "TG_UNEXPECTED_STATUS",
  "TG_PROXY_AUTH",
  "TG_PROXY",
  "TG_REQUEST_TOO_LARGE",
  "TG_TIMEOUT",
  "TG_DEADLINE",
  "TG_TLS",
  "TG_DNS",
  "TG_CONNECTION",
  "TG_PROTOCOL",
  "TG_RESPONSE_TOO_LARGE",
  "TG_BAD_RESPONSE",
  "TG_REDIRECT",
  "TG_CANCELLED",
  "TG_PAGINATION",
] as const;

export type TwingateErrorCode = (typeof TWINGATE_ERROR_CODES)[number];

export abstract class TwingateError extends CodedError {
  abstract override readonly code: TwingateErrorCode;
  abstract readonly retryable: boolean;
  /** HTTP status when the server answered. */
  readonly status: number | undefined;
  /** GraphQL URL the failing request went to. */
  readonly endpoint: string;

  constructor(message: string, endpoint: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.endpoint = endpoint;
    this.status = options?.status;
  }

  override toJSON(): { code: string; message: string; status?: number; retryable: boolean } {
    return { code: this.code, message: this.message, ...(this.status === undefined ? {} : { status: this.status }), retryable: this.retryable };
  }
}

/** A GraphQL error entry as the server reported it (message and path only: enough to act on). */
export interface GraphQLErrorEntry {
  message: ServerText;
  /** The entry's `path`, joined with dots. */
  path?: ServerText;
}

/** At most this many server messages are quoted in one error; the rest are counted. */
export const MAX_QUOTED_MESSAGES = 5;

function describeEntries(entries: readonly GraphQLErrorEntry[]): string {
  if (entries.length === 0) return "(no message)";
  return listWithRest(
    entries.map((e) => (e.path !== undefined ? `${e.message} (at ${e.path})` : `${e.message}`)),
    MAX_QUOTED_MESSAGES,
  );
}

export class TwingateUnauthorizedError extends TwingateError {
  readonly code = "TG_UNAUTHORIZED";
  readonly retryable = false;
  constructor(endpoint: string) {
    super(
      `Twingate refused the API key at ${endpoint} (HTTP 401): the key is invalid, revoked, or used from an IP address ` +
        `outside the key's allowed range. Generate a new API key under Settings → API in the Twingate admin console ` +
        `and check its allowed IP range`,
      endpoint,
      { status: 401 },
    );
  }
}

export class TwingateForbiddenError extends TwingateError {
  readonly code = "TG_FORBIDDEN";
  readonly retryable = false;
  constructor(
    endpoint: string,
    /** What the server said, if anything (used to recognise a read-only key). */
    readonly serverMessages: readonly ServerText[],
  ) {
    const said = serverMessages.length > 0 ? `: ${listWithRest(serverMessages.map(String), MAX_QUOTED_MESSAGES)}` : "";
    super(
      `Twingate denied the operation at ${endpoint} (HTTP 403)${said}. The API key lacks the permission for it: ` +
        `use a key with the needed permission level (Settings → API in the Twingate admin console)`,
      endpoint,
      { status: 403 },
    );
  }
}

export class TwingateNetworkNotFoundError extends TwingateError {
  readonly code = "TG_NETWORK_NOT_FOUND";
  readonly retryable = false;
  constructor(
    endpoint: string,
    readonly network: string,
  ) {
    super(
      `no Twingate network named '${network}' answered at ${endpoint} (HTTP 404): check the spelling of the network ` +
        `name (the "acme" in acme.twingate.com) and the base URL`,
      endpoint,
      { status: 404 },
    );
  }
}

export class TwingateNotJsonError extends TwingateError {
  readonly code = "TG_NOT_JSON";
  readonly retryable = false;
  /** `what` is our description; any server text in it must be a ServerText, shown neutralised. */
  constructor(endpoint: string, status: number, what: string) {
    super(
      `${endpoint} answered with ${what} instead of a GraphQL JSON response (HTTP ${status}): this is not the Twingate ` +
        `API; check the network name and the base URL`,
      endpoint,
      { status },
    );
  }
}

export class TwingateBadRequestError extends TwingateError {
  readonly code = "TG_BAD_REQUEST";
  readonly retryable = false;
  constructor(
    endpoint: string,
    readonly errors: readonly GraphQLErrorEntry[],
  ) {
    super(
      `Twingate rejected the request as malformed at ${endpoint} (HTTP 400): ${describeEntries(errors)}. ` +
        `This is a bug in cdktf-twingate-conductorone or an API change: please report it with this message`,
      endpoint,
      { status: 400 },
    );
  }
}

export class TwingateGraphQLErrorsError extends TwingateError {
  readonly code = "TG_GRAPHQL_ERRORS";
  readonly retryable = false;
  constructor(
    endpoint: string,
    readonly errors: readonly GraphQLErrorEntry[],
    status: number,
  ) {
    super(
      `Twingate answered with GraphQL errors at ${endpoint}: ${describeEntries(errors)}. ` +
        `Check the inputs named in the message; if it looks like a server fault, retry later or contact Twingate support`,
      endpoint,
      { status },
    );
  }
}

export class TwingateMutationFailedError extends TwingateError {
  readonly code = "TG_MUTATION_FAILED";
  readonly retryable = false;
  constructor(
    endpoint: string,
    readonly mutation: string,
    /** The payload's `error` string, as received. */
    readonly error: ServerText | null,
  ) {
    super(
      `the Twingate mutation ${mutation} at ${endpoint} returned ok:false: ${error === null ? "(no error message)" : `${error}`.replace(/\.+$/, "")}. ` +
        `Fix the condition the message names and apply again`,
      endpoint,
      { status: 200 },
    );
  }
}

export class TwingateRateLimitedError extends TwingateError {
  readonly code = "TG_RATE_LIMITED";
  readonly retryable = true;
  constructor(
    endpoint: string,
    readonly attempts: number,
    /** Seconds the server last asked us to wait, when it said. */
    readonly retryAfterSeconds: number | undefined,
    /** Why the client stopped waiting, when it did not use up its attempts (a wait too long). */
    readonly stoppedBecause?: string,
  ) {
    const wait = retryAfterSeconds === undefined ? "" : ` (the server asked to wait ${retryAfterSeconds} s)`;
    const stopped = stoppedBecause === undefined ? "" : `; not waited for: ${stoppedBecause}`;
    super(
      `Twingate is rate-limiting requests to ${endpoint} (HTTP 429) and still was after ${attempts} attempt(s)${wait}${stopped}. ` +
        `This says nothing about the API key, which may be fine: retry later, and run fewer Twingate jobs at once ` +
        `(the limits, 60 reads and 20 writes per minute, are shared by the whole Twingate account)`,
      endpoint,
      { status: 429 },
    );
  }
}

export class TwingateServerError extends TwingateError {
  readonly code = "TG_SERVER_ERROR";
  readonly retryable: boolean;
  constructor(
    endpoint: string,
    status: number,
    readonly attempts: number,
    stoppedBecause?: string,
  ) {
    const stopped = stoppedBecause === undefined ? "" : ` (not retried further: ${stoppedBecause})`;
    super(
      `Twingate had a server error at ${endpoint} (HTTP ${status}) after ${attempts} attempt(s)${stopped}: retry later; ` +
        `if it persists, check status.twingate.com or contact Twingate support`,
      endpoint,
      { status },
    );
    this.retryable = status !== 501;
  }
}

export class TwingateUnexpectedStatusError extends TwingateError {
  readonly code = "TG_UNEXPECTED_STATUS";
  readonly retryable = false;
  constructor(endpoint: string, status: number) {
    super(
      `${endpoint} answered with an unexpected HTTP status ${status}: check the base URL points at the Twingate API ` +
        `(https://<network>.twingate.com)`,
      endpoint,
      { status },
    );
  }
}

export class TwingateProxyAuthError extends TwingateError {
  readonly code = "TG_PROXY_AUTH";
  readonly retryable = false;
  constructor(
    endpoint: string,
    /** The proxy the request went through, when it was one this client chose (HTTPS_PROXY…); undefined: one it did not know of. */
    readonly proxy?: ProxyNote,
    /** The schemes the proxy offered (Proxy-Authenticate); [] when it named none. */
    readonly schemes: readonly string[] = [],
  ) {
    const basicOffered = schemes.length === 0 || schemes.some((s) => s.toLowerCase() === "basic");
    super(
      proxy !== undefined && !basicOffered
        ? `the proxy ${proxy.display} (from ${proxy.variable}) asks for ${schemes.join(" or ")} proxy authentication (HTTP 407); ` +
            `only Basic credentials (user:password in ${proxy.variable}) are supported, so the request never reached ${endpoint}. ` +
            `This says nothing about the API key. Allow this machine through the proxy without authentication, or use a proxy that takes Basic credentials`
        : proxy === undefined
        ? `a proxy between this machine and ${endpoint} asked for proxy credentials (HTTP 407); the request never ` +
            `reached Twingate, so this says nothing about the API key. Allow this machine to reach Twingate through the ` +
            `proxy without authentication, or run the check where it can`
        : `the proxy ${proxy.display} (from ${proxy.variable}) asked for proxy credentials (HTTP 407)` +
            `${proxy.credentials ? ", and refused the ones in " + proxy.variable : ""}; the request never reached ${endpoint}, ` +
            `so this says nothing about the API key. ${proxy.credentials ? "Correct the user name and password in" : "Put the proxy's user name and password in"} ` +
            `${proxy.variable} (http://user:password@host:port, %-encoding special characters), or allow this machine through without them`,
      endpoint,
      { status: 407 },
    );
  }
}

/**
 * A request through a proxy (HTTPS_PROXY / HTTP_PROXY) failed before anything reached Twingate:
 * the proxy could not be reached, or it did not open the tunnel. Nothing was sent to Twingate,
 * so even a mutation may be tried again.
 */
export class TwingateProxyError extends TwingateError {
  readonly code = "TG_PROXY";
  readonly retryable: boolean;
  constructor(
    endpoint: string,
    readonly proxy: ProxyNote,
    /** What went wrong, e.g. "connection refused (ECONNREFUSED)" or "HTTP 403 to CONNECT acme.twingate.com:443". */
    readonly reason: string,
    /** What to do about it. */
    readonly fix: string,
    readonly attempts: number,
    options: { retryable: boolean; status?: number; stoppedBecause?: string; cause?: unknown },
  ) {
    super(
      `the request to ${endpoint} through the proxy ${proxy.display} (from ${proxy.variable}) failed before it reached ` +
        `Twingate: ${reason}, after ${attempts} attempt(s)` +
        (options.stoppedBecause === undefined ? "" : `; not retried further: ${options.stoppedBecause}`) +
        `. This says nothing about the API key. ${fix}`,
      endpoint,
      { ...(options.status === undefined ? {} : { status: options.status }), cause: options.cause },
    );
    this.retryable = options.retryable;
  }
}

export class TwingateRequestTooLargeError extends TwingateError {
  readonly code = "TG_REQUEST_TOO_LARGE";
  readonly retryable = false;
  constructor(endpoint: string, status: 413 | 414 | 431) {
    const what = status === 431 ? "its headers" : status === 414 ? "its URL" : "its body";
    super(
      `${endpoint} refused the request because ${what} are too large (HTTP ${status}); the request is small and ` +
        `the API key is at most 4 096 characters, so something between this machine and Twingate (a proxy, or a ` +
        `base URL that is not the Twingate API) is at fault: check the base URL and any proxy`,
      endpoint,
      { status },
    );
  }
}

export class TwingateTimeoutError extends TwingateError {
  readonly code = "TG_TIMEOUT";
  readonly retryable = true;
  constructor(
    endpoint: string,
    readonly timeoutMs: number,
    /** Whether the request was a non-idempotent mutation, which is then never retried. */
    readonly mayHaveApplied: boolean,
    readonly attempts: number = 1,
    stoppedBecause?: string,
  ) {
    super(
      `no answer from ${endpoint} within ${timeoutMs} ms (${attempts} attempt(s))` +
        (mayHaveApplied ? "; the change may or may not have been applied, so it was not retried: check the result in Twingate before trying again" : "") +
        (stoppedBecause === undefined ? "" : `; not retried further: ${stoppedBecause}`) +
        `. Check connectivity to Twingate and try again, or raise the timeout`,
      endpoint,
    );
  }
}

/**
 * The overall time budget of a check or preview ran out with no more specific fault to report
 * (a request still in flight, or a pacing wait that would end past it).
 */
export class TwingateDeadlineError extends TwingateError {
  readonly code = "TG_DEADLINE";
  readonly retryable = true;
  constructor(
    endpoint: string,
    /** The time budget in force, in ms. */
    readonly budgetMs: number,
    /** What was going on when it ran out, in words. */
    readonly during: string,
  ) {
    super(`the time budget of ${Math.round(budgetMs / 1000)} s ran out ${during} at ${endpoint}`, endpoint);
  }
}

/** What went wrong in the TLS handshake: the certificate, or no TLS at all on the other end. */
/** "untrusted": no CA this machine trusts signed it (a TLS-intercepting proxy's re-signing looks so). */
export type TlsProblem = "certificate" | "not-tls" | "untrusted";

export class TwingateTlsError extends TwingateError {
  readonly code = "TG_TLS";
  readonly retryable = false;
  constructor(
    endpoint: string,
    readonly reason: string,
    cause: unknown,
    readonly problem: TlsProblem = "certificate",
  ) {
    super(
      problem === "not-tls"
        ? `the TLS connection to ${endpoint} failed (${reason}): the server did not speak TLS (no certificate was received; ` +
            `an https:// URL pointing at a plain-HTTP port answers this way). Check the base URL's scheme and port, and any proxy`
        : problem === "untrusted"
          ? `the TLS connection to ${endpoint} failed (${reason}): its certificate is not signed by a CA this machine trusts. ` +
            `If a TLS-intercepting proxy sits between this machine and Twingate, trust its CA: add it to this machine's CA store ` +
            `(as for Terraform), or set SSL_CERT_FILE=<a PEM bundle that includes it>, NODE_EXTRA_CA_CERTS=<its PEM file> or SSL_CERT_DIR=<a directory holding it>; otherwise check the base URL`
          : `the TLS connection to ${endpoint} failed (${reason}): the certificate is not valid for this host. ` +
            `Check the network name and base URL (a host such as acme.acme.twingate.com has no valid certificate) and any ` +
            `TLS-intercepting proxy`,
      endpoint,
      { cause },
    );
  }
}

export class TwingateDnsError extends TwingateError {
  readonly code = "TG_DNS";
  readonly retryable: boolean;
  constructor(
    endpoint: string,
    readonly host: string,
    cause: unknown,
    /** The resolver could not answer right now (EAI_AGAIN), after this many attempts; undefined: the name does not resolve. */
    readonly temporary?: { attempts: number; stoppedBecause?: string },
  ) {
    super(
      temporary === undefined
        ? `the host ${host} of ${endpoint} could not be resolved (DNS): check the network name, the base domain and ` +
            `this machine's DNS settings`
        : `the host ${host} of ${endpoint} could not be resolved right now: a temporary DNS failure (EAI_AGAIN), ` +
            `${temporary.attempts} attempt(s)${temporary.stoppedBecause === undefined ? "" : `; not retried further: ${temporary.stoppedBecause}`}. ` +
            `Nothing was sent. Check this machine's DNS resolver and network connection, then try again`,
      endpoint,
      { cause },
    );
    this.retryable = temporary !== undefined;
  }
}

export class TwingateConnectionError extends TwingateError {
  readonly code = "TG_CONNECTION";
  readonly retryable = true;
  constructor(
    endpoint: string,
    readonly reason: string,
    readonly attempts: number,
    readonly mayHaveApplied: boolean,
    cause: unknown,
    stoppedBecause?: string,
  ) {
    super(
      `the connection to ${endpoint} failed (${reason}) after ${attempts} attempt(s)` +
        (mayHaveApplied ? "; the change may or may not have been applied, so it was not retried: check the result in Twingate before trying again" : "") +
        (stoppedBecause === undefined ? "" : `; not retried further: ${stoppedBecause}`) +
        `. Check network connectivity, proxies and firewalls between this machine and Twingate, then try again`,
      endpoint,
      { cause },
    );
  }
}

/** The answer was not HTTP a client can read (a parser error): not the Twingate API, or a broken proxy. */
export class TwingateProtocolError extends TwingateError {
  readonly code = "TG_PROTOCOL";
  readonly retryable = false;
  constructor(
    endpoint: string,
    readonly reason: string,
    cause: unknown,
  ) {
    super(
      `${endpoint} did not answer in well-formed HTTP (${reason}): this is not the Twingate API, or something between ` +
        `this machine and Twingate broke the answer. Check the base URL and any proxy`,
      endpoint,
      { cause },
    );
  }
}

/** What of an answer went over its cap. */
export type OversizedPart = "headers" | "body" | "decompressed body" | "JSON values";

export class TwingateResponseTooLargeError extends TwingateError {
  readonly code = "TG_RESPONSE_TOO_LARGE";
  readonly retryable = false;
  constructor(
    endpoint: string,
    readonly part: OversizedPart,
    /** The cap in force, in bytes (for "JSON values": in values). */
    readonly limitBytes: number,
    /** What the server announced (Content-Length), when it did (for "JSON values": the count found). */
    readonly announcedBytes: number | undefined,
    status: number,
  ) {
    const announced = announcedBytes === undefined ? "" : ` (it announced ${announcedBytes} bytes)`;
    super(
      part === "JSON values"
        ? `the response from ${endpoint} holds ${announcedBytes ?? "too many"} JSON values, more than the cap of ${limitBytes}, which no Twingate ` +
            `answer needs: it was not read further, so the machine cannot be exhausted by a broken or hostile server`
        : part === "headers"
        ? `the response headers from ${endpoint} are larger than ${limitBytes} bytes, which no Twingate answer needs: ` +
            `reading stopped. Check the base URL points at the Twingate API`
        : `the ${part} of the response from ${endpoint} is larger than the cap of ${limitBytes} bytes${announced}: ` +
            `reading stopped there, so the machine cannot be exhausted by a broken or hostile server`,
      endpoint,
      { status },
    );
  }
}

export class TwingateBadResponseError extends TwingateError {
  readonly code = "TG_BAD_RESPONSE";
  readonly retryable = false;
  constructor(
    endpoint: string,
    /** Where in the response the shape was wrong, e.g. `data.users.pageInfo.endCursor`. */
    readonly path: string,
    readonly problem: string,
  ) {
    super(
      `the response from ${endpoint} does not have the expected shape at ${path || "(root)"}: ${problem}. ` +
        `The Twingate API may have changed: update cdktf-twingate-conductorone or report this message`,
      endpoint,
      { status: 200 },
    );
  }
}

export class TwingateRedirectError extends TwingateError {
  readonly code = "TG_REDIRECT";
  readonly retryable = false;
  constructor(
    endpoint: string,
    status: number,
    /** Where the server pointed, as received (any API key redacted). */
    readonly location: ServerText | null,
    reason: string,
  ) {
    super(
      `${endpoint} redirected (HTTP ${status}) to ${location === null ? "(no Location header)" : location.shown(200)}, which was not followed: ${reason}. ` +
        `Check the network name and base URL; only a redirect to the network's own regional host is accepted`,
      endpoint,
      { status },
    );
  }
}

export class TwingateCancelledError extends TwingateError {
  readonly code = "TG_CANCELLED";
  readonly retryable = false;
  constructor(endpoint: string) {
    super(`the request to ${endpoint} was cancelled by the caller`, endpoint);
  }
}

export class InvalidBaseUrlError extends CodedError {
  readonly code = "TG_BASE_URL_INVALID";
  constructor(
    readonly baseUrl: string,
    reason: string,
  ) {
    super(
      `the base URL ${JSON.stringify(baseUrl)} is not usable: ${reason}. ` +
        `Use an http(s) URL template containing {network} once, as the first label of the host or as a whole path ` +
        `segment, e.g. "https://{network}.twingate.com" or "http://127.0.0.1:4567/{network}"`,
    );
  }
}

/** A proxy variable (HTTPS_PROXY, HTTP_PROXY or their lower-case forms) that cannot be used. */
export class InvalidProxyError extends CodedError {
  readonly code = "TG_PROXY_INVALID";
  constructor(
    readonly variable: string,
    /** The value with any user info replaced by ***. */
    readonly shown: string,
    reason: string,
  ) {
    super(
      `${variable}=${JSON.stringify(shown)} is not a usable proxy: ${reason}. Set ${variable} to the proxy's URL, ` +
        `e.g. http://proxy.example.com:3128 (or http://user:password@proxy.example.com:3128), or unset it to connect directly`,
    );
  }
}

/** NODE_DEBUG turns on Node's network debug output, which would print the key's header to stderr (Terraform's log). */
export class NodeDebugUnsafeError extends CodedError {
  readonly code = "TG_NODE_DEBUG_UNSAFE";
  constructor(readonly sections: readonly string[]) {
    super(
      `NODE_DEBUG turns on Node's debug output for ${sections.join(", ")}, which prints every request's headers, the API key's ` +
        `included, to stderr (in Terraform, the provider's log); nothing was sent. Unset NODE_DEBUG for terraform and c1-twingate, ` +
        `or leave those sections out of it`,
    );
  }
}

/** SSL_CERT_FILE names a file that cannot be read or holds no PEM certificate. */
export class InvalidCaFileError extends CodedError {
  readonly code = "TG_CA_FILE_INVALID";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(
      `SSL_CERT_FILE=${JSON.stringify(path)} cannot be used: ${reason}. Point it at a PEM file of the CA certificates ` +
        `to trust for Twingate (and any TLS-intercepting proxy), or unset it to use Node's bundled roots`,
    );
  }
}

/** A stuck paginator: the server returned the same cursor again, which would loop forever. */
export class TwingatePaginationError extends TwingateError {
  readonly code = "TG_PAGINATION";
  readonly retryable = false;
  constructor(endpoint: string, connection: string, cursor: string | null, reason: "stuck-cursor" | "empty-page" = "stuck-cursor") {
    const what =
      reason === "empty-page"
        ? `the server returned an empty page but reported more pages (next cursor ${JSON.stringify(cursor)})`
        : `the server reported more pages but the cursor did not advance (${JSON.stringify(cursor)})`;
    super(`paging ${connection} at ${endpoint} stopped: ${what}. This is a server fault: retry later or report it to Twingate support`, endpoint);
  }
}

export function isTwingateError(value: unknown): value is TwingateError {
  return value instanceof TwingateError;
}

/** Every concrete error class, as one union: `Extract<AnyTwingateError, { code: C }>` is the class of code C. */
export type AnyTwingateError =
  | TwingateUnauthorizedError
  | TwingateForbiddenError
  | TwingateNetworkNotFoundError
  | TwingateNotJsonError
  | TwingateBadRequestError
  | TwingateGraphQLErrorsError
  | TwingateMutationFailedError
  | TwingateRateLimitedError
  | TwingateServerError
  | TwingateUnexpectedStatusError
  | TwingateProxyAuthError
  | TwingateProxyError
  | TwingateRequestTooLargeError
  | TwingateTimeoutError
  | TwingateDeadlineError
  | TwingateTlsError
  | TwingateDnsError
  | TwingateConnectionError
  | TwingateProtocolError
  | TwingateResponseTooLargeError
  | TwingateBadResponseError
  | TwingateRedirectError
  | TwingateCancelledError
  | TwingatePaginationError;

/** Compile-time proof that every code has its class in {@link AnyTwingateError}. */
export const EVERY_CODE_HAS_A_CLASS: [Exclude<TwingateErrorCode, AnyTwingateError["code"]>] extends [never] ? true : never = true;
