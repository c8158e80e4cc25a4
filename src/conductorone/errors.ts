import { CodedError } from "../errors";

/**
 * Every way a ConductorOne API call or credential setup can fail, one class per kind, each with
 * a stable code from {@link ConductorOneErrorCode}. Messages name the request (method and path,
 * never a query string, token or secret), quote what the server said only after it went through
 * the client's ServerTextRedactor (redacted, neutralised), and say how to fix the problem.
 */
export type ConductorOneErrorCode =
  | "C1_CREDENTIALS_MISSING"
  | "C1_CLIENT_ID_MISSING"
  | "C1_CLIENT_ID_INVALID"
  | "C1_CLIENT_SECRET_INVALID"
  | "C1_TOKEN_INVALID"
  | "C1_SECRET_IN_SETTING"
  | "C1_SERVER_URL_INVALID"
  | "C1_SERVER_UNKNOWN"
  | "C1_CA_FILE_UNREADABLE"
  | "C1_PROXY_INVALID"
  | "C1_NODE_DEBUG_UNSAFE"
  | "C1_TOKEN_REFUSED"
  | "C1_UNAUTHORIZED"
  | "C1_FORBIDDEN"
  | "C1_NOT_FOUND"
  | "C1_BAD_REQUEST"
  | "C1_RATE_LIMITED"
  | "C1_SERVER_ERROR"
  | "C1_UNEXPECTED_STATUS"
  | "C1_REDIRECT"
  | "C1_BAD_RESPONSE"
  | "C1_RESPONSE_TOO_LARGE"
  | "C1_PAGINATION"
  | "C1_TIMEOUT"
  | "C1_CONNECTION"
  | "C1_PROXY"
  | "C1_DNS"
  | "C1_TLS"
  | "C1_CANCELLED";

/** Where the value at fault came from, for messages: e.g. `env CONDUCTORONE_CLIENT_ID`. */
export type SettingSource = string;

/**
 * A non-secret setting as a message may quote it — unless it looks like a secret pasted into
 * the wrong field (a client secret, a JWT, something long or with control characters).
 */
export function shownValue(value: string): string {
  const looksSecret = /secret-token:|^eyJ[\w-]+\.[\w-]+\./i.test(value) || value.length > 200 || /[^\x20-\x7e]/.test(value);
  return looksSecret ? "(value not shown: it looks like a secret or is not printable)" : JSON.stringify(value);
}

export abstract class ConductorOneError extends CodedError {
  abstract override readonly code: ConductorOneErrorCode;
  /** Whether trying again later can help (the client already retried what it could). */
  abstract readonly retryable: boolean;
  /** HTTP status when the server answered. */
  readonly status: number | undefined;

  constructor(message: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.status = options?.status;
  }

  override toJSON(): { code: ConductorOneErrorCode; message: string; status?: number; retryable: boolean } {
    return { code: this.code, message: this.message, ...(this.status === undefined ? {} : { status: this.status }), retryable: this.retryable };
  }
}

/** A configuration problem found before any request: nothing was sent. */
abstract class ConductorOneConfigError extends ConductorOneError {
  readonly retryable = false;
}

const HOW_TO_AUTHENTICATE =
  "Authenticate as the official conductorone provider does: CONDUCTORONE_ACCESS_TOKEN, or client_id with an OIDC token " +
  "(oidc_token, CONDUCTORONE_OIDC_TOKEN or TFC_WORKLOAD_IDENTITY_TOKEN*), or client_id + client_secret " +
  "(CONDUCTORONE_CLIENT_ID / CONDUCTORONE_CLIENT_SECRET; create them under Settings → API keys in ConductorOne)";

export class C1CredentialsMissingError extends ConductorOneConfigError {
  readonly code = "C1_CREDENTIALS_MISSING";
  constructor(readonly missing: string[]) {
    super(`no ConductorOne credentials were given (missing: ${missing.join(", ")}). ${HOW_TO_AUTHENTICATE}`);
  }
}

/** OIDC / workload identity needs the trust's client id (the provider's "Missing client_id"). */
export class C1ClientIdMissingError extends ConductorOneConfigError {
  readonly code = "C1_CLIENT_ID_MISSING";
  constructor(oidcSource: SettingSource) {
    super(
      `an OIDC token was found (${oidcSource}) but no client_id: client_id is required when using OIDC token authentication. ` +
        `Set client_id or CONDUCTORONE_CLIENT_ID to the workload federation trust's client id (it ends in /wfe)`,
    );
  }
}

export class C1ClientIdInvalidError extends ConductorOneConfigError {
  readonly code = "C1_CLIENT_ID_INVALID";
  constructor(clientId: string, source: SettingSource) {
    super(
      `invalid client id ${shownValue(clientId)} (${source}): a ConductorOne client id has the form ` +
        `<name>@<tenant host>/<kind>, e.g. strange-hydra-68836@acme.conductor.one/pcc. Copy it again from ConductorOne, ` +
        `or set server_url / tenant_domain`,
    );
  }
}

export class C1ClientSecretInvalidError extends ConductorOneConfigError {
  readonly code = "C1_CLIENT_SECRET_INVALID";
  constructor(source: SettingSource, reason: string) {
    super(
      `invalid client secret (${source}): ${reason}. A ConductorOne client secret looks like ` +
        `secret-token:conductorone.com:v1:<base64url Ed25519 JWK>; copy it again from ConductorOne (it is shown only once, ` +
        `when the credential is created)`,
    );
  }
}

/** An access or OIDC token that cannot be sent as it is (control characters, empty, oversized). */
export class C1TokenInvalidError extends ConductorOneConfigError {
  readonly code = "C1_TOKEN_INVALID";
  constructor(source: SettingSource, reason: string, fix = "Set it again without surrounding quotes, spaces or line breaks") {
    super(`the value of ${source} cannot be used: ${reason}. ${fix}`);
  }
}

/** A credential in a setting that is shown and resolved (server_url, tenant_domain, client_id): refused by name, never quoted. */
export class C1SecretInSettingError extends ConductorOneConfigError {
  readonly code = "C1_SECRET_IN_SETTING";
  constructor(source: SettingSource, reason: string) {
    super(
      `the value of ${source} is refused and not shown: ${reason}, and this setting is not secret (it is shown in messages and its host is looked up in DNS). ` +
        "Check that the variables are not swapped: the access token goes in CONDUCTORONE_ACCESS_TOKEN, the client secret in client_secret (CONDUCTORONE_CLIENT_SECRET), " +
        "the OIDC token in oidc_token (CONDUCTORONE_OIDC_TOKEN), the Twingate key in its own setting; if that value was exposed, rotate it",
    );
  }
}

export class C1ServerUrlInvalidError extends ConductorOneConfigError {
  readonly code = "C1_SERVER_URL_INVALID";
  constructor(value: string, source: SettingSource, reason: string) {
    super(
      `the ConductorOne server ${shownValue(value)} (${source}) is not usable: ${reason}. Use a tenant name ("acme"), ` +
        `a tenant host ("acme.conductor.one", "acme.c1eu.ai") or an https URL with no path ("https://127.0.0.1:8443")`,
    );
  }
}

export class C1ServerUnknownError extends ConductorOneConfigError {
  readonly code = "C1_SERVER_UNKNOWN";
  constructor() {
    super(
      "the ConductorOne tenant is unknown: set tenant_domain (CONDUCTORONE_TENANT_DOMAIN) or server_url " +
        "(CONDUCTORONE_SERVER_URL), or a client_id (CONDUCTORONE_CLIENT_ID), whose host names the tenant",
    );
  }
}

export class C1CaFileUnreadableError extends ConductorOneConfigError {
  readonly code = "C1_CA_FILE_UNREADABLE";
  constructor(path: string, source: SettingSource, reason: string) {
    super(`the CA certificate file ${JSON.stringify(path)} (${source}) cannot be used: ${reason}. Point it at a PEM file of trusted CA certificates`);
  }
}

/** HTTPS_PROXY (or https_proxy) holds a value that cannot be used (see src/net/proxy-settings.ts). */
export class C1ProxyInvalidError extends ConductorOneConfigError {
  readonly code = "C1_PROXY_INVALID";
  constructor(variable: string, shown: string, reason: string) {
    super(
      `${variable}=${JSON.stringify(shown)} is not a usable proxy: ${reason}. Set ${variable} to the proxy's URL, e.g. ` +
        `http://proxy.example.com:3128 (or http://user:password@proxy.example.com:3128), or unset it to connect directly`,
    );
  }
}

/** NODE_DEBUG turns on Node's network debug output, which would print tokens and secrets to stderr. */
export class C1NodeDebugUnsafeError extends ConductorOneConfigError {
  readonly code = "C1_NODE_DEBUG_UNSAFE";
  constructor(sections: readonly string[]) {
    super(
      `NODE_DEBUG turns on Node's debug output for ${sections.join(", ")}, which prints every request's headers (the ` +
        `ConductorOne token's included) to stderr; nothing was sent. Unset NODE_DEBUG, or leave those sections out of it`,
    );
  }
}

/** A request went out: what it was, for messages. */
export interface RequestDescription {
  method: string;
  /** Origin and path only. */
  url: string;
}

const at = (r: RequestDescription): string => `${r.method} ${r.url}`;
const said = (serverMessage: string | undefined): string => (serverMessage ? `; the server said: ${serverMessage}` : "");

/** The token endpoint answered with something other than 200 + an access token. */
export class C1TokenRefusedError extends ConductorOneError {
  readonly code = "C1_TOKEN_REFUSED";
  readonly retryable = false;
  constructor(
    request: RequestDescription,
    readonly grant: "client-credentials" | "token-exchange",
    status: number,
    readonly serverMessage: string | undefined,
  ) {
    const fix =
      grant === "client-credentials"
        ? "Check that client_id and client_secret belong together and to this tenant, that the credential was not revoked or expired, and that this machine's clock is right (the signed assertion is valid for 2 minutes)"
        : "Check that client_id is the workload federation trust's id (…/wfe), that the trust accepts this OIDC token's issuer, subject and audience (TFC_WORKLOAD_IDENTITY_AUDIENCE), and that the token has not expired";
    const what = grant === "client-credentials" ? "failed to get token" : "token exchange failed";
    super(`${what}: ${at(request)} answered HTTP ${status}${said(serverMessage)}. ${fix}`, { status });
  }
}

export class C1UnauthorizedError extends ConductorOneError {
  readonly code = "C1_UNAUTHORIZED";
  readonly retryable = false;
  constructor(request: RequestDescription, readonly serverMessage: string | undefined) {
    super(
      `ConductorOne refused the access token at ${at(request)} (HTTP 401)${said(serverMessage)}. The token is invalid or expired: ` +
        `renew CONDUCTORONE_ACCESS_TOKEN, or use client credentials or OIDC so tokens are fetched as needed`,
      { status: 401 },
    );
  }
}

export class C1ForbiddenError extends ConductorOneError {
  readonly code = "C1_FORBIDDEN";
  readonly retryable = false;
  constructor(request: RequestDescription, readonly serverMessage: string | undefined) {
    super(
      `ConductorOne denied ${at(request)} (HTTP 403)${said(serverMessage)}. The credential's role lacks the permission: ` +
        `give the service principal or API key a role that can read (and, to create, manage) apps and connectors`,
      { status: 403 },
    );
  }
}

export class C1NotFoundError extends ConductorOneError {
  readonly code = "C1_NOT_FOUND";
  readonly retryable = false;
  constructor(
    request: RequestDescription,
    /** What was looked for, e.g. "connector 2abc… of app 2xyz…". */
    readonly what: string,
    readonly serverMessage: string | undefined,
  ) {
    super(`${what} was not found at ${at(request)} (HTTP 404)${said(serverMessage)}. Check the ids and the tenant (server_url / tenant_domain)`, { status: 404 });
  }
}

export class C1BadRequestError extends ConductorOneError {
  readonly code = "C1_BAD_REQUEST";
  readonly retryable = false;
  constructor(request: RequestDescription, status: number, readonly serverMessage: string | undefined) {
    super(`ConductorOne rejected ${at(request)} as invalid (HTTP ${status})${said(serverMessage)}. Check the values named in the message`, { status });
  }
}

export class C1RateLimitedError extends ConductorOneError {
  readonly code = "C1_RATE_LIMITED";
  readonly retryable = true;
  constructor(
    request: RequestDescription,
    readonly attempts: number,
    /** Seconds the server last asked us to wait, when it said. */
    readonly retryAfterSeconds: number | undefined,
  ) {
    const wait = retryAfterSeconds === undefined ? "" : ` (the server asked to wait ${retryAfterSeconds} s)`;
    super(
      `ConductorOne is rate-limiting ${at(request)} (HTTP 429) and still was after ${attempts} attempt(s)${wait}. ` +
        `Retry later, and run fewer ConductorOne jobs at once with this credential`,
      { status: 429 },
    );
  }
}

export class C1ServerError extends ConductorOneError {
  readonly code = "C1_SERVER_ERROR";
  readonly retryable = true;
  constructor(request: RequestDescription, status: number, readonly attempts: number, readonly serverMessage: string | undefined) {
    super(`ConductorOne had a server error at ${at(request)} (HTTP ${status}) after ${attempts} attempt(s)${said(serverMessage)}. Retry later`, { status });
  }
}

export class C1UnexpectedStatusError extends ConductorOneError {
  readonly code = "C1_UNEXPECTED_STATUS";
  readonly retryable = false;
  constructor(request: RequestDescription, status: number, readonly serverMessage: string | undefined) {
    super(`${at(request)} answered with an unexpected HTTP status ${status}${said(serverMessage)}. Check that server_url points at the ConductorOne API`, { status });
  }
}

/** Redirects are never followed: the bearer token must not go to another place. */
export class C1RedirectError extends ConductorOneError {
  readonly code = "C1_REDIRECT";
  readonly retryable = false;
  constructor(request: RequestDescription, status: number, readonly location: string | null) {
    super(
      `${at(request)} redirected (HTTP ${status}) to ${location ?? "(no Location header)"}, which was not followed so the ` +
        `token stays with the tenant. Check server_url (no trailing path) and the ids in the request`,
      { status },
    );
  }
}

export class C1BadResponseError extends ConductorOneError {
  readonly code = "C1_BAD_RESPONSE";
  readonly retryable = false;
  constructor(request: RequestDescription, status: number, readonly problem: string) {
    super(
      `the answer of ${at(request)} (HTTP ${status}) is not what the ConductorOne API returns: ${problem}. ` +
        `Check that server_url points at the ConductorOne API; if it does, the API may have changed: report this message`,
      { status },
    );
  }
}

export class C1ResponseTooLargeError extends ConductorOneError {
  readonly code = "C1_RESPONSE_TOO_LARGE";
  readonly retryable = false;
  constructor(request: RequestDescription, readonly limitBytes: number) {
    super(
      `the answer of ${at(request)} exceeded ${limitBytes} bytes and was dropped. Check that server_url points at the ` +
        `ConductorOne API, or raise the response size limit`,
    );
  }
}

export class C1PaginationError extends ConductorOneError {
  readonly code = "C1_PAGINATION";
  readonly retryable = false;
  constructor(request: RequestDescription, reason: string) {
    super(`paging ${at(request)} stopped: ${reason}. This is a server fault: retry later or contact ConductorOne support`);
  }
}

export class C1TimeoutError extends ConductorOneError {
  readonly code = "C1_TIMEOUT";
  readonly retryable = true;
  constructor(request: RequestDescription, readonly timeoutMs: number, readonly attempts: number) {
    super(`no answer from ${at(request)} within ${timeoutMs} ms (${attempts} attempt(s)). Check connectivity to ConductorOne, or raise the timeout`);
  }
}

export class C1ConnectionError extends ConductorOneError {
  readonly code = "C1_CONNECTION";
  readonly retryable = true;
  constructor(request: RequestDescription, readonly reason: string, readonly attempts: number, cause: unknown) {
    super(
      `the connection for ${at(request)} failed (${reason}) after ${attempts} attempt(s). Check server_url, proxies and ` +
        `firewalls between this machine and ConductorOne`,
      { cause },
    );
  }
}

/**
 * A request through the proxy HTTPS_PROXY names failed at the proxy, before anything reached
 * ConductorOne: the proxy could not be reached, asked for credentials, or refused the tunnel.
 */
export class C1ProxyError extends ConductorOneError {
  readonly code = "C1_PROXY";
  constructor(
    request: RequestDescription,
    proxy: { display: string; variable: string },
    readonly reason: string,
    fix: string,
    readonly attempts: number,
    readonly retryable: boolean,
    cause: unknown,
  ) {
    super(
      `${at(request)} through the proxy ${proxy.display} (from ${proxy.variable}) failed before it reached ConductorOne: ` +
        `${reason}, after ${attempts} attempt(s). ${fix}`,
      { cause },
    );
  }
}

export class C1DnsError extends ConductorOneError {
  readonly code = "C1_DNS";
  readonly retryable = false;
  constructor(request: RequestDescription, readonly host: string, cause: unknown) {
    super(`the host ${host} of ${at(request)} could not be resolved (DNS). Check tenant_domain / server_url and this machine's DNS`, { cause });
  }
}

export class C1TlsError extends ConductorOneError {
  readonly code = "C1_TLS";
  readonly retryable = false;
  constructor(request: RequestDescription, readonly reason: string, cause: unknown) {
    super(
      `the TLS connection for ${at(request)} failed (${reason}). Check server_url; for a private CA (a local simulator, a ` +
        `TLS-intercepting proxy) point SSL_CERT_FILE (or SSL_CERT_DIR, or the CA option) at its certificate`,
      { cause },
    );
  }
}

export class C1CancelledError extends ConductorOneError {
  readonly code = "C1_CANCELLED";
  readonly retryable = false;
  constructor(request: RequestDescription) {
    super(`${at(request)} was cancelled by the caller`);
  }
}

export function isConductorOneError(value: unknown): value is ConductorOneError {
  return value instanceof ConductorOneError;
}
