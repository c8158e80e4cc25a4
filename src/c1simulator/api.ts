import { z } from "zod";
import type { Authority } from "./auth";
import { ksuid } from "./ids";
import { page, PageTokenError } from "./paging";
import { configForAnswer, type AppRecord, type ConnectorRecord, type CredentialRecord, type TenantStore, type UserRecord } from "./store";
import type { SyncEngine } from "./sync-engine";

/**
 * The REST routes of the simulated tenant (reference §2: methods, paths and field names of
 * terraform-provider-conductorone v1.5.0): apps, app and user search, connectors (list, create,
 * delegated create, get, update, delegated update, delete, force_sync, pause, resume),
 * connector credentials (rotate, get, revoke) and connector user owners (v2). Errors use the
 * gRPC-gateway body `{code, message, details}` (the likely C1 shape; UNVERIFIED).
 */

export interface ApiAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly grpcCode: number,
    message: string,
  ) {
    super(message);
  }
}

const GRPC = { invalidArgument: 3, notFound: 5, alreadyExists: 6, failedPrecondition: 9, unimplemented: 12 } as const;
const badRequest = (message: string): ApiError => new ApiError(400, GRPC.invalidArgument, message);
const notFound = (what: string): ApiError => new ApiError(404, GRPC.notFound, `${what} not found`);

type Handler = (params: string[], query: URLSearchParams, body: unknown) => ApiAnswer;

const iso = (ms: number): string => new Date(ms).toISOString();

/** Display names of the catalog entries the provider hard-codes (reference §2.1). */
const CATALOG_NAMES: Record<string, string> = { "2G8Wk6xIkBU5qJ1O4wlz4mD8ef0": "Twingate", "2HErg7BRmNdHgX8sTCWVq4E1fyh": "Baton" };

const createAppBody = z.looseObject({ displayName: z.string().min(1, "displayName is required"), description: z.string().optional() });
const configBody = z.looseObject({ "@type": z.string().min(1, "config.@type is required") });
const createConnectorBody = z.looseObject({
  catalogId: z.string({ error: "catalogId is required" }).min(1, "catalogId is required"),
  userIds: z.array(z.string()).nullish(),
  config: configBody,
  description: z.string().optional(),
});
const createDelegatedBody = z.looseObject({
  displayName: z.string().optional(),
  catalogId: z.string({ error: "catalogId is required" }).min(1, "catalogId is required"),
  userIds: z.array(z.string()).nullish(),
  description: z.string().optional(),
});
const updateBody = z.looseObject({
  connector: z.looseObject({ displayName: z.string().optional(), userIds: z.array(z.string()).nullish(), config: configBody.nullish(), description: z.string().optional() }),
  updateMask: z.string().optional(),
});
const rotateBody = z.looseObject({ appId: z.string().min(1, "appId is required"), connectorId: z.string().min(1, "connectorId is required") });
const ownerBody = z.looseObject({ userRef: z.looseObject({ id: z.string().min(1) }) });
const searchUsersBody = z.looseObject({
  email: z.string().optional(),
  query: z.string().optional(),
  ids: z.array(z.string()).nullish(),
  refs: z.array(z.looseObject({ id: z.string() })).nullish(),
  pageSize: z.number().optional(),
  pageToken: z.string().optional(),
});
const searchAppsBody = z.looseObject({
  displayName: z.string().optional(),
  query: z.string().optional(),
  appIds: z.array(z.string()).nullish(),
  pageSize: z.number().optional(),
  pageToken: z.string().optional(),
});

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badRequest(issue ? `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}` : "invalid request body");
  }
  return result.data;
}

export interface ApiSettings {
  echoSecretConfig: boolean;
}

export class TenantApi {
  readonly #routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [];

  constructor(
    private readonly store: TenantStore,
    private readonly authority: Authority,
    private readonly sync: SyncEngine,
    private readonly now: () => number,
    private readonly settings: ApiSettings,
  ) {
    const id = "([^/]+)";
    const app = `/api/v1/apps/${id}`;
    const connector = `${app}/connectors/${id}`;
    const owners = `/api/v2/apps/${id}/connectors/${id}/owners`;
    const r = (method: string, path: string, handler: Handler): void => {
      this.#routes.push({ method, pattern: new RegExp(`^${path}$`), handler });
    };
    r("GET", "/api/v1/apps", (_, q) => this.listApps(q));
    r("POST", "/api/v1/apps", (_, __, b) => this.createApp(b));
    r("POST", "/api/v1/apps/connectors/credentials", (_, __, b) => this.rotateCredential(b));
    r("POST", "/api/v1/search/apps", (_, __, b) => this.searchApps(b));
    r("POST", "/api/v1/search/users", (_, __, b) => this.searchUsers(b));
    r("GET", app, ([a]) => ({ status: 200, body: { app: this.appJson(this.app(a!)) } }));
    r("POST", app, ([a], __, b) => this.updateApp(a!, b));
    r("DELETE", app, ([a]) => this.deleteApp(a!));
    r("GET", `${app}/connectors`, ([a], q) => this.listConnectors(a!, q));
    r("POST", `${app}/connectors`, ([a], __, b) => this.createConnector(a!, b, true));
    r("POST", `${app}/connectors/create`, ([a], __, b) => this.createConnector(a!, b, false));
    r("GET", connector, ([a, c]) => this.connectorAnswer(this.connector(a!, c!, true)));
    r("POST", connector, ([a, c], __, b) => this.updateConnector(a!, c!, b, false));
    r("POST", `${connector}/delegated`, ([a, c], __, b) => this.updateConnector(a!, c!, b, true));
    r("DELETE", connector, ([a, c]) => this.deleteConnector(a!, c!));
    r("POST", `${connector}/force_sync`, ([a, c]) => this.control(a!, c!, "force_sync"));
    r("POST", `${connector}/pause`, ([a, c]) => this.control(a!, c!, "pause"));
    r("POST", `${connector}/resume`, ([a, c]) => this.control(a!, c!, "resume"));
    r("GET", `${connector}/credentials/${id}`, ([a, c, k]) => ({ status: 200, body: { credential: this.credentialJson(this.credential(a!, c!, k!)) } }));
    r("POST", `${connector}/credentials/${id}`, ([a, c, k]) => this.revokeCredential(a!, c!, k!));
    r("GET", `${owners}/users`, ([a, c], q) => this.listOwnerUsers(a!, c!, q));
    r("GET", `${owners}/users/${id}/${id}`, ([a, c, role, u]) => ({ status: 200, body: { connectorOwnerUser: this.ownerJson(this.owner(a!, c!, role!, u!)) } }));
    r("POST", `${owners}/users/${id}/${id}`, ([a, c, role, u], __, b) => this.addOwnerUser(a!, c!, role!, u!, b));
    r("DELETE", `${owners}/users/${id}/${id}`, ([a, c, role, u]) => this.deleteOwnerUser(a!, c!, role!, u!));
  }

  /** Route a request; throws ApiError for anything but a 200. */
  handle(method: string, path: string, query: URLSearchParams, body: unknown): ApiAnswer {
    let pathMatched = false;
    for (const route of this.#routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params = match.slice(1).map((p) => decodeURIComponent(p));
      try {
        return route.handler(params, query, body);
      } catch (error) {
        if (error instanceof PageTokenError) throw badRequest(error.message);
        throw error;
      }
    }
    if (pathMatched) throw new ApiError(405, GRPC.unimplemented, `method ${method} not allowed`);
    throw new ApiError(404, GRPC.notFound, "Not Found");
  }

  // ── lookups ──

  private app(id: string): AppRecord {
    const app = this.store.liveApp(id);
    if (!app) throw notFound(`app ${id}`);
    return app;
  }

  private connector(appId: string, id: string, includeDeleted = false): ConnectorRecord {
    this.app(appId);
    const connector = this.store.connector(appId, id);
    if (!connector || (!includeDeleted && connector.deletedAt !== null)) throw notFound(`connector ${id}`);
    return connector;
  }

  private credential(appId: string, connectorId: string, id: string): CredentialRecord {
    this.connector(appId, connectorId);
    const credential = this.store.credentials.get(id);
    if (!credential || credential.connectorId !== connectorId || credential.deletedAt !== null) throw notFound(`credential ${id}`);
    return credential;
  }

  private owner(appId: string, connectorId: string, roleSlug: string, userId: string) {
    this.connector(appId, connectorId);
    const owner = this.store.owners.find((o) => o.connectorId === connectorId && o.roleSlug === roleSlug && o.userId === userId);
    if (!owner) throw notFound(`owner ${userId} with role ${roleSlug}`);
    return owner;
  }

  private checkUsers(userIds: readonly string[]): void {
    const unknown = userIds.find((u) => !this.store.users.has(u));
    if (unknown !== undefined) throw badRequest(`user ${unknown} not found`);
  }

  // ── JSON shapes ──

  appJson(app: AppRecord): Record<string, unknown> {
    return { ...app, deletedAt: app.deletedAt ?? undefined, isDirectory: false, isManuallyManaged: false, userCount: "0" };
  }

  userJson(user: UserRecord): Record<string, unknown> {
    return { ...user, emails: [user.email], origin: "USER_ORIGIN_LOCAL" };
  }

  connectorJson(c: ConnectorRecord): Record<string, unknown> {
    return {
      id: c.id,
      appId: c.appId,
      catalogId: c.catalogId,
      displayName: c.displayName,
      description: c.description,
      userIds: c.userIds,
      ...(c.config ? { config: configForAnswer(c.config, this.settings.echoSecretConfig) } : {}),
      ...(c.configUpdatedAt ? { configUpdatedAt: c.configUpdatedAt } : {}),
      ...(c.status ? { status: { ...c.status } } : {}),
      ...(c.syncDisabledAt ? { syncDisabledAt: c.syncDisabledAt, syncDisabledReason: c.syncDisabledReason, syncDisabledCategory: c.syncDisabledCategory } : {}),
      canResumeSync: c.canResumeSync,
      connectorApiVersion: 1,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      ...(c.deletedAt ? { deletedAt: c.deletedAt } : {}),
    };
  }

  private connectorAnswer(c: ConnectorRecord): ApiAnswer {
    return {
      status: 200,
      body: { connectorView: { connector: this.connectorJson(c), appPath: "", usersPath: "", capabilitiesPath: "" }, expanded: [] },
    };
  }

  private credentialJson(k: CredentialRecord, clientSecret?: string): Record<string, unknown> {
    return { ...k, deletedAt: k.deletedAt ?? undefined, ...(clientSecret ? { clientSecret } : {}) };
  }

  private ownerJson(o: { appId: string; connectorId: string; roleSlug: string; userId: string; createdAt: string }): Record<string, unknown> {
    const user = this.store.users.get(o.userId);
    return { appId: o.appId, connectorId: o.connectorId, roleSlug: o.roleSlug, createdAt: o.createdAt, ...(user ? { user: this.userJson(user) } : {}) };
  }

  // ── apps ──

  private listApps(q: URLSearchParams): ApiAnswer {
    const apps = [...this.store.apps.values()].filter((a) => a.deletedAt === null).sort((a, b) => a.id.localeCompare(b.id));
    const p = page(apps, "apps", q.get("page_size"), q.get("page_token"));
    return { status: 200, body: { list: p.list.map((a) => this.appJson(a)), nextPageToken: p.nextPageToken } };
  }

  createAppRecord(displayName: string, description = ""): AppRecord {
    const at = iso(this.now());
    const app: AppRecord = { id: ksuid(this.now()), displayName, description, createdAt: at, updatedAt: at, deletedAt: null };
    this.store.apps.set(app.id, app);
    return app;
  }

  private createApp(body: unknown): ApiAnswer {
    const b = parse(createAppBody, body);
    return { status: 200, body: { app: this.appJson(this.createAppRecord(b.displayName, b.description)) } };
  }

  private updateApp(appId: string, body: unknown): ApiAnswer {
    const app = this.app(appId);
    const b = parse(z.looseObject({ app: z.looseObject({ displayName: z.string().optional(), description: z.string().optional() }) }), body);
    if (b.app.displayName !== undefined) app.displayName = b.app.displayName;
    if (b.app.description !== undefined) app.description = b.app.description;
    app.updatedAt = iso(this.now());
    return { status: 200, body: { app: this.appJson(app) } };
  }

  private deleteApp(appId: string): ApiAnswer {
    const app = this.app(appId);
    app.deletedAt = iso(this.now());
    for (const c of this.store.connectorsOf(appId)) c.deletedAt = app.deletedAt;
    return { status: 200, body: {} };
  }

  private searchApps(body: unknown): ApiAnswer {
    const b = parse(searchAppsBody, body);
    const query = b.query?.toLowerCase();
    const apps = [...this.store.apps.values()]
      .filter((a) => a.deletedAt === null)
      .filter((a) => b.displayName === undefined || b.displayName === "" || a.displayName.toLowerCase() === b.displayName.toLowerCase())
      .filter((a) => !query || a.displayName.toLowerCase().includes(query))
      .filter((a) => !b.appIds || b.appIds.length === 0 || b.appIds.includes(a.id))
      .sort((x, y) => x.id.localeCompare(y.id));
    const p = page(apps, "search-apps", b.pageSize, b.pageToken);
    return { status: 200, body: { list: p.list.map((a) => this.appJson(a)), nextPageToken: p.nextPageToken } };
  }

  private searchUsers(body: unknown): ApiAnswer {
    const b = parse(searchUsersBody, body);
    const ids = [...(b.ids ?? []), ...(b.refs ?? []).map((r) => r.id)];
    const query = b.query?.toLowerCase();
    const users = [...this.store.users.values()]
      // The docs call the email filter an exact match (case-sensitive per the provider's docs).
      .filter((u) => b.email === undefined || b.email === "" || u.email === b.email)
      .filter((u) => !query || u.email.toLowerCase().includes(query) || u.displayName.toLowerCase().includes(query))
      .filter((u) => ids.length === 0 || ids.includes(u.id))
      .sort((x, y) => x.id.localeCompare(y.id));
    const p = page(users, "search-users", b.pageSize, b.pageToken);
    return { status: 200, body: { list: p.list.map((u) => ({ user: this.userJson(u) })), nextPageToken: p.nextPageToken, expanded: [] } };
  }

  // ── connectors ──

  private listConnectors(appId: string, q: URLSearchParams): ApiAnswer {
    this.app(appId);
    const p = page(this.store.connectorsOf(appId), `connectors:${appId}`, q.get("page_size"), q.get("page_token"));
    return { status: 200, body: { list: p.list.map((c) => ({ connector: this.connectorJson(c) })), nextPageToken: p.nextPageToken, expanded: [] } };
  }

  private createConnector(appId: string, body: unknown, delegated: boolean): ApiAnswer {
    this.app(appId);
    const input = delegated ? { ...parse(createDelegatedBody, body), config: null } : parse(createConnectorBody, body);
    const userIds = input.userIds ?? [];
    this.checkUsers(userIds);
    const now = this.now();
    const at = iso(now);
    const connector: ConnectorRecord = {
      id: ksuid(now),
      appId,
      catalogId: input.catalogId,
      displayName: ("displayName" in input && typeof input.displayName === "string" ? input.displayName : undefined) ?? CATALOG_NAMES[input.catalogId] ?? "Connector",
      description: input.description ?? "",
      userIds,
      config: input.config ? { ...input.config } : null,
      configUpdatedAt: input.config ? at : null,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      status: null,
      syncDisabledAt: null,
      syncDisabledReason: null,
      syncDisabledCategory: null,
      canResumeSync: false,
      behaviour: undefined,
      run: null,
      lastSync: null,
      syncs: 0,
    };
    this.store.connectors.set(connector.id, connector);
    // Saving credentials starts the first sync ("Syncing, followed by Connected").
    if (connector.config) this.sync.restart(connector);
    return this.connectorAnswer(connector);
  }

  private updateConnector(appId: string, connectorId: string, body: unknown, delegated: boolean): ApiAnswer {
    const c = this.connector(appId, connectorId);
    const b = parse(updateBody, body);
    const mask = (b.updateMask ?? "").split(",").map((m) => m.trim()).filter(Boolean);
    if (mask.length === 0) throw badRequest("updateMask is required");
    for (const field of mask) {
      if (field === "config" && !delegated) {
        if (!b.connector.config) throw badRequest("connector.config is required by the update mask");
        c.config = { ...b.connector.config };
        c.configUpdatedAt = iso(this.now());
        this.sync.restart(c);
      } else if (field === "displayName" && b.connector.displayName !== undefined) {
        c.displayName = b.connector.displayName;
      } else if (field === "userIds") {
        const userIds = b.connector.userIds ?? [];
        this.checkUsers(userIds);
        c.userIds = userIds;
      } else if (field === "description" && b.connector.description !== undefined) {
        c.description = b.connector.description;
      } else if (field !== "displayName" && field !== "description") {
        throw badRequest(`updateMask field ${JSON.stringify(field)} is not supported here`);
      }
    }
    c.updatedAt = iso(this.now());
    return this.connectorAnswer(c);
  }

  private deleteConnector(appId: string, connectorId: string): ApiAnswer {
    const c = this.connector(appId, connectorId);
    c.deletedAt = iso(this.now());
    c.run = null;
    return { status: 200, body: {} };
  }

  private control(appId: string, connectorId: string, action: "force_sync" | "pause" | "resume"): ApiAnswer {
    const c = this.connector(appId, connectorId);
    if (action === "force_sync") {
      if (c.syncDisabledAt) throw new ApiError(400, GRPC.failedPrecondition, "connector sync is paused: resume it first");
      this.sync.queue(c);
    } else if (action === "pause") {
      c.syncDisabledAt = iso(this.now());
      c.syncDisabledReason = "paused by a user";
      c.syncDisabledCategory = "SYNC_DISABLED_CATEGORY_UNSPECIFIED";
      c.canResumeSync = true;
      c.run = null;
      if (c.status) c.status = { ...c.status, status: "SYNC_STATUS_DISABLED", updatedAt: c.syncDisabledAt };
    } else {
      c.syncDisabledAt = null;
      c.syncDisabledReason = null;
      c.syncDisabledCategory = null;
      c.canResumeSync = false;
      this.sync.restart(c);
    }
    return { status: 200, body: {} };
  }

  // ── credentials ──

  private rotateCredential(body: unknown): ApiAnswer {
    const b = parse(rotateBody, body);
    this.connector(b.appId, b.connectorId);
    // The client-id suffix of connector credentials is UNVERIFIED (reference §1.2); "cc" here.
    const pair = this.authority.createClient("cc");
    const at = iso(this.now());
    const credential: CredentialRecord = {
      id: ksuid(this.now()),
      appId: b.appId,
      connectorId: b.connectorId,
      displayName: "Connector credential",
      clientId: pair.clientId,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      expiresTime: null,
      lastUsedAt: null,
    };
    this.store.credentials.set(credential.id, credential);
    return { status: 200, body: { credential: this.credentialJson(credential, pair.clientSecret) } };
  }

  private revokeCredential(appId: string, connectorId: string, id: string): ApiAnswer {
    const credential = this.credential(appId, connectorId, id);
    credential.deletedAt = iso(this.now());
    this.authority.revokeClient(credential.clientId);
    return { status: 200, body: {} };
  }

  // ── owners (v2) ──

  private listOwnerUsers(appId: string, connectorId: string, q: URLSearchParams): ApiAnswer {
    this.connector(appId, connectorId);
    const owners = this.store.owners.filter((o) => o.connectorId === connectorId);
    const p = page(owners, `owners:${connectorId}`, q.get("page_size"), q.get("page_token"));
    return { status: 200, body: { list: p.list.map((o) => this.ownerJson(o)), nextPageToken: p.nextPageToken } };
  }

  private addOwnerUser(appId: string, connectorId: string, roleSlug: string, userId: string, body: unknown): ApiAnswer {
    this.connector(appId, connectorId);
    const b = parse(ownerBody, body);
    if (b.userRef.id !== userId) throw badRequest("userRef.id does not match the user in the path");
    this.checkUsers([userId]);
    let owner = this.store.owners.find((o) => o.connectorId === connectorId && o.roleSlug === roleSlug && o.userId === userId);
    if (!owner) {
      owner = { appId, connectorId, roleSlug, userId, createdAt: iso(this.now()) };
      this.store.owners.push(owner);
    }
    return { status: 200, body: { connectorOwnerUser: this.ownerJson(owner) } };
  }

  private deleteOwnerUser(appId: string, connectorId: string, roleSlug: string, userId: string): ApiAnswer {
    const owner = this.owner(appId, connectorId, roleSlug, userId);
    this.store.owners.splice(this.store.owners.indexOf(owner), 1);
    return { status: 200, body: {} };
  }
}
