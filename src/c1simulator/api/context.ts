import * as z from "zod";
import type { Authority } from "../auth";
import type { JsonShapes } from "../json";
import type { DeletedConnectorRead } from "../options";
import type { AppEntitlementRecord, AppRecord, ChangeRecord, ConnectorRecord, CredentialRecord, TenantStore } from "../store";
import type { SyncEngine } from "../sync-engine";

/**
 * What every route module of the simulated API shares: the tenant's store, its token authority
 * and sync engine, the clock, the JSON shapes, lookups that answer the API's 404s, and the change
 * log. Errors use the gRPC-gateway body `{code, message, details}` (the likely C1 shape; UNVERIFIED).
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

export const GRPC = { invalidArgument: 3, notFound: 5, alreadyExists: 6, failedPrecondition: 9, unimplemented: 12 } as const;
export const badRequest = (message: string): ApiError => new ApiError(400, GRPC.invalidArgument, message);
export const notFound = (what: string): ApiError => new ApiError(404, GRPC.notFound, `${what} not found`);

export type Handler = (params: string[], query: URLSearchParams, body: unknown) => ApiAnswer;
export type Register = (method: string, path: string, handler: Handler) => void;

/** Path segment of an id in a route pattern. */
export const ID = "([^/]+)";

export function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badRequest(issue ? `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}` : "invalid request body");
  }
  return result.data;
}

/**
 * A search filter the simulator does not apply is refused by name (400), never ignored: a test
 * that relies on it would otherwise pass for the wrong reason. Empty values count as unset.
 */
export function refuseUnknownFilters(body: Record<string, unknown>, known: readonly string[], what: string): void {
  for (const [key, value] of Object.entries(body)) {
    if (known.includes(key) || value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    throw badRequest(`the simulator cannot filter ${what} by ${key}; remove the filter (or test it against a real tenant)`);
  }
}

export const ok = (body: unknown): ApiAnswer => ({ status: 200, body });

export class ApiContext {
  /** How GET answers a deleted connector (ConductorOneSimulatorOptions.deletedConnectorRead). */
  deletedConnectorRead: DeletedConnectorRead = "not-found";

  constructor(
    readonly store: TenantStore,
    readonly authority: Authority,
    readonly sync: SyncEngine,
    readonly now: () => number,
    readonly json: JsonShapes,
  ) {}

  at(): string {
    return new Date(this.now()).toISOString();
  }

  record(action: ChangeRecord["action"], object: ChangeRecord["object"], id: string, summary: string): void {
    this.store.changes.push({ seq: this.store.changes.length + 1, at: this.at(), action, object, id, summary });
  }

  app(id: string): AppRecord {
    const app = this.store.liveApp(id);
    if (!app) throw notFound(`app ${id}`);
    return app;
  }

  appEntitlement(appId: string, id: string): AppEntitlementRecord {
    this.app(appId);
    const entitlement = this.store.liveAppEntitlement(appId, id);
    if (!entitlement) throw notFound(`app entitlement ${id} of app ${appId}`);
    return entitlement;
  }

  /** A connector of that app; deleted ones only when asked (Get answers them with deletedAt set, if deletedConnectorRead says so). */
  connector(appId: string, id: string, includeDeleted = false): ConnectorRecord {
    this.app(appId);
    const connector = this.store.connector(appId, id);
    if (!connector || (!includeDeleted && connector.deletedAt !== null)) throw notFound(`connector ${id}`);
    return connector;
  }

  credential(appId: string, connectorId: string, id: string): CredentialRecord {
    this.connector(appId, connectorId);
    const credential = this.store.credentials.get(id);
    if (!credential || credential.connectorId !== connectorId || credential.deletedAt !== null) throw notFound(`credential ${id}`);
    return credential;
  }

  checkUsers(userIds: readonly string[]): void {
    const unknown = userIds.find((u) => !this.store.users.has(u));
    if (unknown !== undefined) throw badRequest(`user ${unknown} not found`);
  }
}
