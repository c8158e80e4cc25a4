import { inspect } from "node:util";
import { proxySettingsFromEnvironment, ProxyValueError, type ProxySettings } from "../net/proxy-settings";
import * as z from "../zod-mini";
import { systemClock, type Clock } from "../clock";
import { resolveConductorOne, type ConductorOneAuth, type ConductorOneSettings, type ResolvedConductorOne } from "./credentials";
import { sensitiveNodeDebug } from "../net/node-debug";
import { C1BadResponseError, C1NodeDebugUnsafeError, C1NotFoundError, C1PaginationError, C1ProxyInvalidError } from "./errors";
import { HttpSender, resolveCa } from "./http";
import { idSegment } from "./ids";
import { retryPolicy, type RetryPolicy } from "./retry";
import {
  appEntitlementSchema,
  appSchema,
  connectorCredentialSchema,
  connectorOwnerEntitlementSchema,
  connectorOwnerUserSchema,
  connectorSchema,
  connectorViewEnvelope,
  ENV_CONFIG_TYPE,
  pageSchema,
  userSchema,
  type App,
  type AppEntitlement,
  type Connector,
  type ConnectorCredential,
  type ConnectorOwnerEntitlement,
  type ConnectorOwnerUser,
  type User,
} from "./schemas";
import { Secret } from "./secret";
import type { C1Server } from "./server-url";
import { tokenSourceFor, type TokenSource } from "./token-source";
import { C1Transport, type C1LogEvent, type ExchangeOptions } from "./transport";
import { VERSION } from "../version";

/**
 * A ConductorOne REST API client for what this project needs: apps, connectors (get, list,
 * create, update, delete, force sync), connector credentials and connector owners, users and
 * apps by search. Paths, methods and bodies are those of terraform-provider-conductorone v1.5.0
 * (reference §2): updates are POST, deletes carry `{}`. Answers are checked with zod; every
 * failure is a ConductorOneError with a C1_* code; no secret reaches a message.
 */

export interface ConductorOneClientOptions {
  /** Provider-block attributes; environment variables fill what is unset. */
  settings?: ConductorOneSettings;
  /** Default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Already resolved credentials (instead of settings + env). */
  resolved?: ResolvedConductorOne;
  /** PEM CA certificate(s) to trust instead of the system roots; default what Go trusts here (SSL_CERT_FILE, SSL_CERT_DIR, the system store). */
  ca?: string;
  /** Per-request deadline in ms (whole answer). Default 30 000. */
  timeoutMs?: number;
  /** Largest answer accepted, in bytes. Default 4 MiB. */
  maxResponseBytes?: number;
  retry?: Partial<RetryPolicy>;
  clock?: Clock;
  /** Other secrets to scrub from server text (e.g. the Twingate API key a connector was given). */
  redact?: Array<string | Secret>;
  log?: (event: C1LogEvent) => void;
}

export interface PageOptions {
  /** 10..100 (the API clamps); default 100 here (the API's default is 25). */
  pageSize?: number;
  signal?: AbortSignal;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface Page<T> {
  items: T[];
  nextPageToken: string;
}

/** The app fields a create or update may set (CreateAppRequest / App, reference §2.2). Null or absent: not sent. */
export interface AppInput {
  displayName: string;
  description?: string | null;
  grantPolicyId?: string | null;
  revokePolicyId?: string | null;
  certifyPolicyId?: string | null;
  monthlyCostUsd?: number | null;
  identityMatching?: string | null;
  instructions?: string | null;
  strictAccessEntitlementProvisioning?: boolean | null;
  annotations?: Record<string, string> | null;
  matchBatonRef?: { appId?: string | null; connectorId?: string | null; externalId?: string | null } | null;
}

/** CreateAppRequest: the app fields plus the entitlements whose members own the app. */
export interface CreateAppInput extends AppInput {
  appEntitlementOwnerRefs?: Array<{ appId: string; id: string }> | null;
}

/**
 * `POST /api/v1/search/users` body (SearchUsersRequest): `email` exact, `query` fuzzy, id and
 * attribute filters, body paging. Other documented filters pass through as given.
 */
export interface SearchUsersRequest {
  email?: string;
  query?: string;
  ids?: string[];
  refs?: Array<{ id: string }>;
  roleIds?: string[];
  managerIds?: string[];
  departments?: string[];
  jobTitles?: string[];
  userStatuses?: string[];
  excludeIds?: string[];
  excludeTypes?: string[];
  pageSize?: number;
  pageToken?: string;
  [filter: string]: unknown;
}

/** `POST /api/v1/search/apps` body (SearchAppsRequest). */
export interface SearchAppsRequest {
  displayName?: string;
  query?: string;
  appIds?: string[];
  excludeAppIds?: string[];
  onlyDirectories?: boolean;
  pageSize?: number;
  pageToken?: string;
  [filter: string]: unknown;
}

/** A JSON body without its null and undefined members (absent is how the API reads "not set"). */
function present<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

/** The connector config ConductorOne's Twingate integration takes (reference §2.1, integration_helpers.go). */
export function twingateConnectorConfig(domain: string, apiKey: Secret | string): Record<string, unknown> {
  const key = typeof apiKey === "string" ? apiKey : apiKey.reveal();
  return {
    "@type": ENV_CONFIG_TYPE,
    configuration: { twingate_apikey: { stringValue: key }, twingate_domain: { stringValue: domain } },
  };
}

export const TWINGATE_CATALOG_ID = "2G8Wk6xIkBU5qJ1O4wlz4mD8ef0";
export const BATON_CATALOG_ID = "2HErg7BRmNdHgX8sTCWVq4E1fyh";

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
export const USER_AGENT = `cdktf-twingate-conductorone/${VERSION}`;

const emptyObject = z.object({});
const appEnvelope = z.object({ app: appSchema });
const credentialEnvelope = z.object({ credential: connectorCredentialSchema });
const ownerUserEnvelope = z.object({ connectorOwnerUser: connectorOwnerUserSchema });
const ownerEntitlementEnvelope = z.object({ connectorOwnerEntitlement: connectorOwnerEntitlementSchema });
const appEntitlementEnvelope = z.object({ appEntitlementView: z.object({ appEntitlement: appEntitlementSchema }) });
const userViewSchema = z.object({ user: userSchema });
const connectorViewSchema = z.object({ connector: connectorSchema });

const seg = idSegment;

export class ConductorOneClient {
  readonly server: C1Server;
  readonly authMethod: ConductorOneAuth["method"];
  readonly #transport: C1Transport;
  readonly #tokens: TokenSource;
  readonly #extraSecrets: Secret[];

  constructor(options: ConductorOneClientOptions = {}) {
    const env = options.env ?? process.env;
    const resolved = options.resolved ?? resolveConductorOne(options.settings ?? {}, env);
    const clock = options.clock ?? systemClock;
    this.server = resolved.server;
    this.authMethod = resolved.auth.method;
    // Node reads NODE_DEBUG from the process's own environment, whatever `env` was given.
    const debugging = sensitiveNodeDebug(process.env);
    if (debugging.length > 0) throw new C1NodeDebugUnsafeError(debugging);
    const ca = resolveCa(options.ca, env);
    let proxy: ProxySettings;
    try {
      proxy = proxySettingsFromEnvironment(env);
    } catch (error) {
      throw error instanceof ProxyValueError ? new C1ProxyInvalidError(error.variable, error.shown, error.reason) : error;
    }
    const sender = new HttpSender({
      ...(ca === undefined ? {} : { ca }),
      proxy,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    });
    this.#transport = new C1Transport(sender, clock, retryPolicy(options.retry), USER_AGENT, options.log);
    this.#extraSecrets = (options.redact ?? []).map((s) => (typeof s === "string" ? new Secret(s, "secret") : s));
    for (const secret of [...resolved.secrets, ...this.#extraSecrets]) this.#transport.addSecret(secret);
    this.#tokens = tokenSourceFor(resolved.auth, resolved.server, this.#transport, clock);
  }

  /** Scrub this secret from server text too (e.g. a Twingate key given to a connector). */
  addSecret(value: string | Secret): void {
    this.#transport.addSecret(typeof value === "string" ? new Secret(value, "secret") : value);
  }

  /** Close idle connections. */
  close(): void {
    this.#transport.close();
  }

  toString(): string {
    return `ConductorOneClient(${this.server.url}, ${this.authMethod})`;
  }

  toJSON(): { server: string; authMethod: string } {
    return { server: this.server.url, authMethod: this.authMethod };
  }

  [inspect.custom](): string {
    return this.toString();
  }

  /**
   * Prove the credentials before any other call. Client credentials and OIDC: fetch an access
   * token (the simulator and ConductorOne check the assertion's signature and audience). A
   * ready access token cannot be proven at the token endpoint, so it is proven by one cheap
   * authenticated read: the first page of apps (`GET /api/v1/apps?page_size=10`), which a
   * wrong or expired token turns into C1_UNAUTHORIZED. Throws C1_TOKEN_REFUSED and the other
   * C1_* errors of the token endpoint or the read.
   */
  async authenticate(options: CallOptions = {}): Promise<{ method: ConductorOneAuth["method"]; checked: boolean; via: "token" | "read" }> {
    if (!this.#tokens.renewable) {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      for await (const _page of this.appPages({ pageSize: 10, ...(options.signal ? { signal: options.signal } : {}) })) break;
      return { method: this.authMethod, checked: true, via: "read" };
    }
    await this.#tokens.token({ refresh: false, ...(options.signal ? { signal: options.signal } : {}) });
    return { method: this.authMethod, checked: true, via: "token" };
  }

  // ── apps ────────────────────────────────────────────────────────────────

  appPages(options: PageOptions = {}): AsyncGenerator<Page<App>> {
    return this.#pages("/api/v1/apps", appSchema, "apps", options);
  }

  async getApp(appId: string, options: CallOptions = {}): Promise<App> {
    const body = await this.#call("GET", `/api/v1/apps/${seg(appId)}`, undefined, appEnvelope, `app ${appId}`, options);
    return body.app;
  }

  /** `Apps.Create` with the fields of CreateAppRequest. */
  async createApp(input: CreateAppInput, options: CallOptions = {}): Promise<App> {
    const body = await this.#call("POST", "/api/v1/apps", present(input), appEnvelope, "the apps collection", options);
    return body.app;
  }

  /** `Apps.Update`: `POST /api/v1/apps/{id}` with `{app, updateMask}`; only the masked fields change. */
  async updateApp(appId: string, app: AppInput, updateMask: ReadonlyArray<keyof AppInput>, options: CallOptions = {}): Promise<App> {
    const body = await this.#call("POST", `/api/v1/apps/${seg(appId)}`, { app: { id: appId, ...present(app) }, updateMask: updateMask.join(",") }, appEnvelope, `app ${appId}`, options);
    return body.app;
  }

  async deleteApp(appId: string, options: CallOptions = {}): Promise<void> {
    await this.#call("DELETE", `/api/v1/apps/${seg(appId)}`, {}, emptyObject, `app ${appId}`, options);
  }

  /** `GET /api/v1/apps/{app_id}/entitlements/{id}`; a 404 is C1_NOT_FOUND. */
  async getAppEntitlement(appId: string, entitlementId: string, options: CallOptions = {}): Promise<AppEntitlement> {
    const body = await this.#call(
      "GET",
      `/api/v1/apps/${seg(appId)}/entitlements/${seg(entitlementId)}`,
      undefined,
      appEntitlementEnvelope,
      `app entitlement ${entitlementId} of app ${appId}`,
      options,
    );
    return body.appEntitlementView.appEntitlement;
  }

  /** `POST /api/v1/search/apps` (used by the `conductorone_app` data source); one page. */
  async searchApps(filter: SearchAppsRequest, options: CallOptions = {}): Promise<Page<App>> {
    const body = await this.#call("POST", "/api/v1/search/apps", present(filter), pageSchema(appSchema), "the app search", options);
    return { items: body.list, nextPageToken: body.nextPageToken };
  }

  /** `POST /api/v1/search/users` (used by the `conductorone_user` data source); one page. */
  async searchUsers(filter: SearchUsersRequest, options: CallOptions = {}): Promise<Page<User>> {
    const body = await this.#call("POST", "/api/v1/search/users", present(filter), pageSchema(userViewSchema), "the user search", options);
    return { items: body.list.map((view) => view.user), nextPageToken: body.nextPageToken };
  }

  // ── connectors ──────────────────────────────────────────────────────────

  /** `GET /api/v1/apps/{app_id}/connectors`: `list` holds ConnectorViews; their connectors come back, sanitised. */
  async *connectorPages(appId: string, options: PageOptions = {}): AsyncGenerator<Page<Connector>> {
    for await (const page of this.#pages(`/api/v1/apps/${seg(appId)}/connectors`, connectorViewSchema, `the connectors of app ${appId}`, options)) {
      yield { items: page.items.map((view) => view.connector), nextPageToken: page.nextPageToken };
    }
  }

  async listConnectors(appId: string, options: PageOptions = {}): Promise<Connector[]> {
    const all: Connector[] = [];
    for await (const page of this.connectorPages(appId, options)) all.push(...page.items);
    return all;
  }

  /** `GET /api/v1/apps/{app_id}/connectors/{id}`; a 404 is C1_NOT_FOUND. `lastError` comes sanitised. */
  async getConnector(appId: string, connectorId: string, options: CallOptions = {}): Promise<Connector> {
    const body = await this.#call("GET", connectorPath(appId, connectorId), undefined, connectorViewEnvelope, describeConnector(appId, connectorId), options);
    return body.connectorView.connector;
  }

  /** `Connector.Create`: with a config (e.g. {@link twingateConnectorConfig}). The config's secrets are scrubbed from answers. */
  async createConnector(appId: string, input: { catalogId: string; userIds?: string[]; config: Record<string, unknown>; description?: string }, options: CallOptions = {}): Promise<Connector> {
    this.#rememberConfigSecrets(input.config);
    const body = await this.#call("POST", `/api/v1/apps/${seg(appId)}/connectors/create`, { userIds: [], ...input }, connectorViewEnvelope, `app ${appId}`, options);
    return body.connectorView.connector;
  }

  /** `Connector.CreateDelegated`: a connector pending its config. */
  async createDelegatedConnector(appId: string, input: { displayName: string; catalogId: string; userIds?: string[]; description?: string }, options: CallOptions = {}): Promise<Connector> {
    const body = await this.#call("POST", `/api/v1/apps/${seg(appId)}/connectors`, { userIds: [], ...input }, connectorViewEnvelope, `app ${appId}`, options);
    return body.connectorView.connector;
  }

  /** `Connector.Update` with `updateMask: "config"` (how the Twingate resource saves a new key or domain). */
  async updateConnectorConfig(appId: string, connectorId: string, config: Record<string, unknown>, options: CallOptions = {}): Promise<Connector> {
    this.#rememberConfigSecrets(config);
    const body = await this.#call(
      "POST",
      connectorPath(appId, connectorId),
      { connector: { id: connectorId, appId, config }, updateMask: "config" },
      connectorViewEnvelope,
      describeConnector(appId, connectorId),
      options,
    );
    return body.connectorView.connector;
  }

  /** `Connector.UpdateDelegated` with `updateMask: "displayName,userIds"`. */
  async updateConnectorDelegated(appId: string, connectorId: string, input: { displayName?: string; userIds?: string[] }, options: CallOptions = {}): Promise<Connector> {
    const body = await this.#call(
      "POST",
      `${connectorPath(appId, connectorId)}/delegated`,
      { connector: { id: connectorId, appId, ...input }, updateMask: "displayName,userIds" },
      connectorViewEnvelope,
      describeConnector(appId, connectorId),
      options,
    );
    return body.connectorView.connector;
  }

  async deleteConnector(appId: string, connectorId: string, options: CallOptions = {}): Promise<void> {
    await this.#call("DELETE", connectorPath(appId, connectorId), {}, emptyObject, describeConnector(appId, connectorId), options);
  }

  /** Queue a sync. Success means "accepted onto the queue", not started or finished (reference §3.2). */
  async forceSync(appId: string, connectorId: string, options: CallOptions = {}): Promise<void> {
    await this.#call("POST", `${connectorPath(appId, connectorId)}/force_sync`, {}, emptyObject, describeConnector(appId, connectorId), options);
  }

  // ── connector credentials ───────────────────────────────────────────────

  /** `RotateCredential`: a new client id/secret for a (Baton) connector; the secret comes as a {@link Secret}. */
  async rotateCredential(appId: string, connectorId: string, options: CallOptions = {}): Promise<ConnectorCredential> {
    const body = await this.#call("POST", "/api/v1/apps/connectors/credentials", { appId, connectorId }, credentialEnvelope, describeConnector(appId, connectorId), options);
    if (body.credential.clientSecret) this.#transport.addSecret(body.credential.clientSecret);
    return body.credential;
  }

  /** `GetCredentials`; null on 404 (as the provider drops the resource). */
  async getCredential(appId: string, connectorId: string, credentialId: string, options: CallOptions = {}): Promise<ConnectorCredential | null> {
    return this.#orNull(async () => {
      const body = await this.#call("GET", `${connectorPath(appId, connectorId)}/credentials/${seg(credentialId)}`, undefined, credentialEnvelope, `credential ${credentialId}`, options);
      return body.credential;
    });
  }

  /** `RevokeCredential`; a 404 counts as revoked. */
  async revokeCredential(appId: string, connectorId: string, credentialId: string, options: CallOptions = {}): Promise<void> {
    await this.#orNull(() => this.#call("POST", `${connectorPath(appId, connectorId)}/credentials/${seg(credentialId)}`, {}, emptyObject, `credential ${credentialId}`, options));
  }

  // ── connector owners (v2) ───────────────────────────────────────────────

  async addConnectorOwnerUser(appId: string, connectorId: string, roleSlug: string, userId: string, options: CallOptions = {}): Promise<ConnectorOwnerUser> {
    const body = await this.#call("POST", ownerUserPath(appId, connectorId, roleSlug, userId), { userRef: { id: userId } }, ownerUserEnvelope, describeConnector(appId, connectorId), options);
    return body.connectorOwnerUser;
  }

  async getConnectorOwnerUser(appId: string, connectorId: string, roleSlug: string, userId: string, options: CallOptions = {}): Promise<ConnectorOwnerUser | null> {
    return this.#orNull(async () => {
      const body = await this.#call("GET", ownerUserPath(appId, connectorId, roleSlug, userId), undefined, ownerUserEnvelope, `owner ${userId} (${roleSlug})`, options);
      return body.connectorOwnerUser;
    });
  }

  async deleteConnectorOwnerUser(appId: string, connectorId: string, roleSlug: string, userId: string, options: CallOptions = {}): Promise<void> {
    await this.#orNull(() => this.#call("DELETE", ownerUserPath(appId, connectorId, roleSlug, userId), {}, emptyObject, `owner ${userId} (${roleSlug})`, options));
  }

  async addConnectorOwnerEntitlement(appId: string, connectorId: string, roleSlug: string, entitlement: { appId: string; id: string }, options: CallOptions = {}): Promise<ConnectorOwnerEntitlement> {
    const body = await this.#call(
      "POST",
      ownerEntitlementPath(appId, connectorId, roleSlug, entitlement),
      { appEntitlementRef: { appId: entitlement.appId, id: entitlement.id } },
      ownerEntitlementEnvelope,
      describeConnector(appId, connectorId),
      options,
    );
    return body.connectorOwnerEntitlement;
  }

  /** null on 404 (the owner, or its connector, is gone). */
  async getConnectorOwnerEntitlement(appId: string, connectorId: string, roleSlug: string, entitlement: { appId: string; id: string }, options: CallOptions = {}): Promise<ConnectorOwnerEntitlement | null> {
    return this.#orNull(async () => {
      const body = await this.#call("GET", ownerEntitlementPath(appId, connectorId, roleSlug, entitlement), undefined, ownerEntitlementEnvelope, `owner entitlement ${entitlement.id} (${roleSlug})`, options);
      return body.connectorOwnerEntitlement;
    });
  }

  /** A 404 counts as deleted. */
  async deleteConnectorOwnerEntitlement(appId: string, connectorId: string, roleSlug: string, entitlement: { appId: string; id: string }, options: CallOptions = {}): Promise<void> {
    await this.#orNull(() => this.#call("DELETE", ownerEntitlementPath(appId, connectorId, roleSlug, entitlement), {}, emptyObject, `owner entitlement ${entitlement.id} (${roleSlug})`, options));
  }

  // ── plumbing ────────────────────────────────────────────────────────────

  async #orNull<T>(call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof C1NotFoundError) return null;
      throw error;
    }
  }

  #rememberConfigSecrets(config: Record<string, unknown>): void {
    const configuration = (config as { configuration?: Record<string, { stringValue?: unknown }> }).configuration;
    const key = configuration?.twingate_apikey?.stringValue;
    if (typeof key === "string" && key.length > 0) this.#transport.addSecret(new Secret(key, "Twingate API key"));
  }

  async *#pages<T extends z.ZodMiniType>(path: string, item: T, what: string, options: PageOptions): AsyncGenerator<Page<z.output<T>>> {
    const seen = new Set<string>();
    let token = "";
    const pageSize = options.pageSize ?? 100;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) throw new RangeError(`pageSize must be 1..100, got ${pageSize}`);
    for (;;) {
      const query = new URLSearchParams({ page_size: String(pageSize), ...(token ? { page_token: token } : {}) });
      const body = await this.#call("GET", `${path}?${query}`, undefined, pageSchema(item), what, options);
      yield { items: body.list, nextPageToken: body.nextPageToken };
      if (body.nextPageToken === "") return;
      if (seen.has(body.nextPageToken)) {
        throw new C1PaginationError({ method: "GET", url: `${this.server.url}${path}` }, "the server returned a page token it had returned before");
      }
      seen.add(body.nextPageToken);
      token = body.nextPageToken;
    }
  }

  async #call<T extends z.ZodMiniType>(
    method: "GET" | "POST" | "PUT" | "DELETE",
    pathAndQuery: string,
    body: unknown,
    schema: T,
    what: string,
    options: CallOptions,
  ): Promise<z.output<T>> {
    const url = new URL(`${this.server.url}${pathAndQuery}`);
    const exchange: ExchangeOptions = {
      idempotent: method !== "POST",
      notFound: what,
      renewable: this.#tokens.renewable,
      authorize: async ({ refresh }) => {
        const token = await this.#tokens.token({ refresh, ...(options.signal ? { signal: options.signal } : {}) });
        return { authorization: `Bearer ${token.reveal()}` };
      },
    };
    const response = await this.#transport.exchange(
      {
        method,
        url,
        ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
        ...(options.signal ? { signal: options.signal } : {}),
      },
      exchange,
    );
    const described = { method, url: `${url.origin}${url.pathname}` };
    let json: unknown;
    try {
      json = JSON.parse(response.body);
    } catch {
      throw new C1BadResponseError(described, response.status, "the body is not JSON");
    }
    // The one redaction point of answers: every string, before any schema reads a field.
    const parsed = schema.safeParse(this.#transport.redactor.redactJson(json));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? issue.path.join(".") : "(root)";
      throw new C1BadResponseError(described, response.status, `at ${this.#transport.sanitize(where)}: ${issue?.message ?? "unexpected shape"}`);
    }
    return parsed.data;
  }
}

function connectorPath(appId: string, connectorId: string): string {
  return `/api/v1/apps/${seg(appId)}/connectors/${seg(connectorId)}`;
}

function ownerUserPath(appId: string, connectorId: string, roleSlug: string, userId: string): string {
  return `/api/v2/apps/${seg(appId)}/connectors/${seg(connectorId)}/owners/users/${seg(roleSlug)}/${seg(userId)}`;
}

function ownerEntitlementPath(appId: string, connectorId: string, roleSlug: string, entitlement: { appId: string; id: string }): string {
  return `/api/v2/apps/${seg(appId)}/connectors/${seg(connectorId)}/owners/entitlements/${seg(roleSlug)}/${seg(entitlement.appId)}/${seg(entitlement.id)}`;
}

function describeConnector(appId: string, connectorId: string): string {
  return `connector ${connectorId} of app ${appId}`;
}
