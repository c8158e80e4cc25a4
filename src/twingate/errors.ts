import { CodedError } from "../errors";

/**
 * Every outcome of a Twingate API call that is not a usable answer, one class per kind.
 * Messages name the endpoint (never the API key) and say how to fix the problem.
 * `retryable` tells callers (and the retry loop) whether trying again later can help.
 */
export abstract class TwingateError extends CodedError {
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
  message: string;
  path?: (string | number)[];
}

function describeEntries(entries: GraphQLErrorEntry[]): string {
  if (entries.length === 0) return "(no message)";
  return entries
    .map((e) => (e.path && e.path.length > 0 ? `${e.message} (at ${e.path.join(".")})` : e.message))
    .join("; ");
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
    readonly serverMessages: string[],
  ) {
    const said = serverMessages.length > 0 ? `: ${serverMessages.join("; ")}` : "";
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
    readonly errors: GraphQLErrorEntry[],
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
    readonly errors: GraphQLErrorEntry[],
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
    /** The payload's `error` string, verbatim. */
    readonly error: string | null,
  ) {
    super(
      `the Twingate mutation ${mutation} at ${endpoint} returned ok:false: ${(error ?? "(no error message)").replace(/\.+$/, "")}. ` +
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
  ) {
    const wait = retryAfterSeconds === undefined ? "" : ` (the server asked to wait ${retryAfterSeconds} s)`;
    super(
      `Twingate is rate-limiting requests to ${endpoint} (HTTP 429) and still was after ${attempts} attempt(s)${wait}. ` +
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
  constructor(endpoint: string, status: number, attempts: number) {
    super(
      `Twingate had a server error at ${endpoint} (HTTP ${status}) after ${attempts} attempt(s): retry later; ` +
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

export class TwingateTimeoutError extends TwingateError {
  readonly code = "TG_TIMEOUT";
  readonly retryable = true;
  constructor(
    endpoint: string,
    readonly timeoutMs: number,
    /** Whether the request was a non-idempotent mutation, which is then never retried. */
    readonly mayHaveApplied: boolean,
  ) {
    super(
      `no answer from ${endpoint} within ${timeoutMs} ms` +
        (mayHaveApplied ? "; the change may or may not have been applied, so it was not retried: check the result in Twingate before trying again" : "") +
        `. Check connectivity to Twingate, or raise the timeout`,
      endpoint,
    );
  }
}

export class TwingateTlsError extends TwingateError {
  readonly code = "TG_TLS";
  readonly retryable = false;
  constructor(
    endpoint: string,
    readonly reason: string,
    cause: unknown,
  ) {
    super(
      `the TLS connection to ${endpoint} failed (${reason}): the certificate is not valid for this host. ` +
        `Check the network name and base URL (a host such as acme.acme.twingate.com has no valid certificate) and any ` +
        `TLS-intercepting proxy`,
      endpoint,
      { cause },
    );
  }
}

export class TwingateDnsError extends TwingateError {
  readonly code = "TG_DNS";
  readonly retryable = false;
  constructor(
    endpoint: string,
    readonly host: string,
    cause: unknown,
  ) {
    super(
      `the host ${host} of ${endpoint} could not be resolved (DNS): check the network name, the base domain and ` +
        `this machine's DNS settings`,
      endpoint,
      { cause },
    );
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
  ) {
    super(
      `the connection to ${endpoint} failed (${reason}) after ${attempts} attempt(s)` +
        (mayHaveApplied ? "; the change may or may not have been applied, so it was not retried: check the result in Twingate before trying again" : "") +
        `. Check network connectivity, proxies and firewalls between this machine and Twingate`,
      endpoint,
      { cause },
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
    /** Where the server pointed (host and path only; never carries the key). */
    readonly location: string | null,
    reason: string,
  ) {
    super(
      `${endpoint} redirected (HTTP ${status}) to ${location ?? "(no Location header)"}, which was not followed: ${reason}. ` +
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
        `Use an http(s) URL template containing {network}, e.g. "https://{network}.twingate.com"`,
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
