import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { Socket } from "node:net";
import { ApiContext, ApiError, TenantApi } from "./api";
import { Authority, type ClientCredentialPair, type OidcTrust, type TokenAttempt } from "./auth";
import { generateSimulatorPki } from "./certificates";
import { C1SimulatorListenError, C1SimulatorNotFoundError } from "./errors";
import { C1_CONTROL_PREFIX, handleC1Control } from "./control";
import { FaultQueue, type C1Fault } from "./faults";
import { JsonShapes } from "./json";
import { checkBehaviour, checkDeletedConnectorRead, checkOptions, DEMO_USERS, type ConductorOneSimulatorOptions, type DeletedConnectorRead } from "./options";
import { Seeder, type SeedApp, type SeedAppEntitlement, type SeedUser } from "./seed";
import { TenantStore, type AppEntitlementRecord, type AppRecord, type ChangeRecord, type ConnectorRecord, type SyncBehaviour, type UserRecord } from "./store";
import { SyncEngine } from "./sync-engine";

/**
 * The ConductorOne API simulator: HTTPS on 127.0.0.1 with its own test CA, one tenant whose
 * host is `127.0.0.1:<port>` (so client ids are `<name>@127.0.0.1:<port>/spc` and the assertion
 * audience is `127.0.0.1`). Clients trust `caPem` (our client's `ca` option; `SSL_CERT_FILE` for
 * a Go or TypeScript provider process).
 */

export interface RequestRecord {
  method: string;
  path: string;
  /** Query string without the leading `?` (page_size, page_token: no secrets travel there). */
  query: string;
  status: number;
}

export interface ConnectorSnapshot {
  id: string;
  appId: string;
  catalogId: string;
  /** The API's view of the connector (what GET answers, secrets left out). */
  json: Record<string, unknown>;
  /** The user ids the connector was given (kept, but no longer answered by the API). */
  userIds: string[];
  /** Syncs started so far. */
  syncs: number;
  /** What the last finished sync saw (users/groups for a Twingate sync, or its lastError). */
  lastSync: ConnectorRecord["lastSync"];
  /** Whether a sync is queued or running. */
  pending: "queued" | "running" | null;
}

export interface RunningConductorOneSimulator {
  /** `https://127.0.0.1:<port>` — the `server_url`. */
  readonly url: string;
  readonly port: number;
  /** `127.0.0.1:<port>`: the tenant host inside client ids. */
  readonly host: string;
  /** PEM of the test CA that signed the server certificate. */
  readonly caPem: string;
  /** A service-principal client id/secret pair and a ready access token (valid for a day). */
  readonly credentials: ClientCredentialPair & { accessToken: string };
  createClient(kind?: string): ClientCredentialPair;
  revokeClient(clientId: string): boolean;
  issueAccessToken(ttlS?: number): string;
  /** Revoke every token the token endpoint issued (ready tokens stay valid). */
  revokeIssuedTokens(): void;
  createOidcTrust(options?: { issuer?: string; audience?: string }): OidcTrust;
  /** Every token request and its outcome, oldest first. */
  readonly tokenAttempts: readonly TokenAttempt[];
  readonly faults: { push(fault: C1Fault): void; rateLimit(times: number, retryAfterSeconds?: number, path?: string | RegExp): void; clear(): void; pending(): number };
  /** Requests answered, oldest first. */
  readonly requests: readonly RequestRecord[];
  /** Add a user to the directory (an id may be given; see seed.ts). */
  seedUser(user: SeedUser): UserRecord;
  /** Add an existing app, with its entitlements (e.g. an IdP group's "member"). */
  seedApp(app: SeedApp): AppRecord & { entitlements: AppEntitlementRecord[] };
  seedAppEntitlement(appId: string, entitlement: SeedAppEntitlement): AppEntitlementRecord;
  users(): UserRecord[];
  apps(): AppRecord[];
  appEntitlements(appId?: string): AppEntitlementRecord[];
  /** Every change the API made (creates, updates, deletes), oldest first; never a secret. */
  changes(): ChangeRecord[];
  /**
   * The environment a process needs to reach this tenant the way the official provider is
   * configured: `CONDUCTORONE_SERVER_URL`, `CONDUCTORONE_CLIENT_ID`, `CONDUCTORONE_CLIENT_SECRET`
   * (the test credentials) and `SSL_CERT_FILE` (where the caller wrote `caPem`).
   */
  providerEnv(caFile: string): Record<string, string>;
  connector(connectorId: string): ConnectorSnapshot;
  connectors(): ConnectorSnapshot[];
  /** How syncs end: for one connector, or (no id) the tenant default. */
  setSyncBehaviour(behaviour: SyncBehaviour, connectorId?: string): void;
  /** How GET answers a deleted connector from now on (see ConductorOneSimulatorOptions.deletedConnectorRead). */
  setDeletedConnectorRead(mode: DeletedConnectorRead): void;
  /** Queue a sync as force_sync would. */
  queueSync(connectorId: string): void;
  /** Pause a connector's syncs (as the API's pause), and resume them (a sync is queued). */
  pauseSync(connectorId: string, reason?: string): void;
  resumeSync(connectorId: string): void;
  /** `https://127.0.0.1:<port>/_simulator/`: the runtime control endpoint (control.ts). */
  readonly controlUrl: string;
  /** Apply the sync transitions due by the clock's now (awaiting Twingate calls in flight). */
  advance(): Promise<void>;
  close(): Promise<void>;
}

const HOST = "127.0.0.1";
const MAX_BODY_BYTES = 1024 * 1024;
const TOKEN_PATH = "/auth/v1/token";
const GRPC_CODE: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 6, 413: 3, 429: 8, 500: 13, 501: 12, 502: 14, 503: 14, 504: 4 };

class BodyTooLargeError extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLargeError());
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const errorBody = (status: number, message: string): string => JSON.stringify({ code: GRPC_CODE[status] ?? 2, message, details: [] });

class Simulator implements RunningConductorOneSimulator {
  readonly faults = new FaultQueue();
  readonly requests: RequestRecord[] = [];
  readonly #store = new TenantStore();
  readonly #sockets = new Set<Socket>();
  readonly #now: () => number;
  #authority!: Authority;
  #api!: TenantApi;
  #context!: ApiContext;
  #json!: JsonShapes;
  readonly #seeder: Seeder;
  #sync: SyncEngine;
  #credentials!: ClientCredentialPair & { accessToken: string };
  #ticker: NodeJS.Timeout | undefined;
  #port = 0;
  #closing: Promise<void> | undefined;

  constructor(
    private readonly server: Server,
    readonly caPem: string,
    private readonly options: ConductorOneSimulatorOptions,
  ) {
    this.#now = options.now ?? Date.now;
    this.#seeder = new Seeder(this.#store, this.#now);
    this.#sync = new SyncEngine(
      this.#now,
      { queueMs: options.sync?.queueMs ?? 2000, runMs: options.sync?.runMs ?? 5000, resyncEveryMs: options.sync?.resyncEveryMs },
      options.sync?.behaviour ?? { kind: "twingate" },
      { ...(options.twingate?.baseUrl ? { baseUrl: options.twingate.baseUrl } : {}), ...(options.twingate?.timeoutMs ? { timeoutMs: options.twingate.timeoutMs } : {}) },
      options.log,
    );
    server.on("connection", (socket: Socket) => {
      this.#sockets.add(socket);
      socket.once("close", () => this.#sockets.delete(socket));
    });
    server.on("secureConnection", (socket: Socket) => {
      this.#sockets.add(socket);
      socket.once("close", () => this.#sockets.delete(socket));
    });
    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      this.#handle(req, res).catch(() => this.#send(req, res, 500, errorBody(500, "internal error")));
    });
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void =>
        reject(new C1SimulatorListenError(`cannot listen on ${HOST}:${port} (${error.code ?? error.message}); choose another port or 0 for a free one`, { cause: error }));
      this.server.once("error", onError);
      this.server.listen(port, HOST, () => {
        this.server.off("error", onError);
        resolve();
      });
    });
    const address = this.server.address();
    this.#port = typeof address === "object" && address ? address.port : port;
    this.#authority = new Authority(this.host, this.#now, this.options.tokenTtlS ?? 600);
    this.#json = new JsonShapes(this.#store, this.options.echoSecretConfig ?? false);
    this.#context = new ApiContext(this.#store, this.#authority, this.#sync, this.#now, this.#json);
    this.#context.deletedConnectorRead = this.options.deletedConnectorRead ?? "not-found";
    this.#api = new TenantApi(this.#context);
    this.#credentials = { ...this.#authority.createClient("spc"), accessToken: this.#authority.issueAccessToken("ready-token", 86_400) };
    this.#seeder.all({ users: this.options.users ?? DEMO_USERS, apps: this.options.apps ?? [] });
    const tick = this.options.tickMs ?? 250;
    if (tick > 0) {
      this.#ticker = setInterval(() => void this.advance(), tick);
      this.#ticker.unref();
    }
  }

  get port(): number {
    return this.#port;
  }

  get host(): string {
    return `${HOST}:${this.#port}`;
  }

  get url(): string {
    return `https://${this.host}`;
  }

  get credentials(): ClientCredentialPair & { accessToken: string } {
    return this.#credentials;
  }

  get tokenAttempts(): readonly TokenAttempt[] {
    return this.#authority.attempts;
  }

  createClient(kind = "spc"): ClientCredentialPair {
    return this.#authority.createClient(kind);
  }

  revokeClient(clientId: string): boolean {
    return this.#authority.revokeClient(clientId);
  }

  issueAccessToken(ttlS?: number): string {
    return this.#authority.issueAccessToken("issued-token", ttlS);
  }

  revokeIssuedTokens(): void {
    this.#authority.revokeIssuedTokens();
  }

  createOidcTrust(options?: { issuer?: string; audience?: string }): OidcTrust {
    return this.#authority.createOidcTrust(options);
  }

  seedUser(user: SeedUser): UserRecord {
    return { ...this.#seeder.user(user) };
  }

  seedApp(app: SeedApp): AppRecord & { entitlements: AppEntitlementRecord[] } {
    const seeded = this.#seeder.app(app);
    return { ...seeded.app, entitlements: seeded.entitlements.map((e) => ({ ...e })) };
  }

  seedAppEntitlement(appId: string, entitlement: SeedAppEntitlement): AppEntitlementRecord {
    return { ...this.#seeder.entitlement(appId, entitlement) };
  }

  users(): UserRecord[] {
    return [...this.#store.users.values()].map((u) => ({ ...u }));
  }

  apps(): AppRecord[] {
    return [...this.#store.apps.values()].map((a) => ({ ...a }));
  }

  appEntitlements(appId?: string): AppEntitlementRecord[] {
    return [...this.#store.appEntitlements.values()].filter((e) => appId === undefined || e.appId === appId).map((e) => ({ ...e }));
  }

  changes(): ChangeRecord[] {
    return this.#store.changes.map((c) => ({ ...c }));
  }

  providerEnv(caFile: string): Record<string, string> {
    return {
      CONDUCTORONE_SERVER_URL: this.url,
      CONDUCTORONE_CLIENT_ID: this.#credentials.clientId,
      CONDUCTORONE_CLIENT_SECRET: this.#credentials.clientSecret,
      SSL_CERT_FILE: caFile,
    };
  }

  #record(connectorId: string): ConnectorRecord {
    const record = this.#store.connectors.get(connectorId);
    if (!record) throw new C1SimulatorNotFoundError(`the simulator has no connector ${JSON.stringify(connectorId)}; create it through the API first`);
    return record;
  }

  #snapshot(c: ConnectorRecord): ConnectorSnapshot {
    return { id: c.id, appId: c.appId, catalogId: c.catalogId, json: this.#json.connector(c), userIds: [...c.userIds], syncs: c.syncs, lastSync: c.lastSync, pending: c.run?.phase ?? null };
  }

  connector(connectorId: string): ConnectorSnapshot {
    return this.#snapshot(this.#record(connectorId));
  }

  connectors(): ConnectorSnapshot[] {
    return [...this.#store.connectors.values()].map((c) => this.#snapshot(c));
  }

  setSyncBehaviour(behaviour: SyncBehaviour, connectorId?: string): void {
    checkBehaviour(behaviour);
    if (connectorId === undefined) this.#sync.defaultBehaviour = behaviour;
    else this.#record(connectorId).behaviour = behaviour;
  }

  setDeletedConnectorRead(mode: DeletedConnectorRead): void {
    checkDeletedConnectorRead(mode);
    this.#context.deletedConnectorRead = mode;
  }

  queueSync(connectorId: string): void {
    this.#sync.queue(this.#record(connectorId));
  }

  pauseSync(connectorId: string, reason?: string): void {
    this.#sync.pause(this.#record(connectorId), new Date(this.#now()).toISOString(), reason);
  }

  resumeSync(connectorId: string): void {
    this.#sync.resume(this.#record(connectorId));
  }

  get controlUrl(): string {
    return `${this.url}${C1_CONTROL_PREFIX}/`;
  }

  #controlStatus(): unknown {
    return {
      url: this.url,
      apps: this.apps().map((a) => ({ id: a.id, displayName: a.displayName })),
      connectors: [...this.#store.connectors.values()].map((c) => ({
        id: c.id,
        appId: c.appId,
        status: c.status?.status ?? null,
        lastError: c.status?.lastError || null,
        paused: c.syncDisabledAt !== null,
        syncs: c.syncs,
        pending: c.run?.phase ?? null,
        behaviour: c.behaviour ?? null,
      })),
      defaultBehaviour: this.#sync.defaultBehaviour,
      faultsPending: this.faults.pending(),
    };
  }

  advance(): Promise<void> {
    return this.#sync.advance(this.#store.connectors.values());
  }

  close(): Promise<void> {
    this.#closing ??= new Promise<void>((resolve) => {
      if (this.#ticker) clearInterval(this.#ticker);
      this.server.close(() => resolve());
      for (const socket of this.#sockets) socket.destroy();
      this.server.closeAllConnections();
    });
    return this.#closing;
  }

  #send(req: IncomingMessage, res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
    const url = new URL(req.url ?? "/", "https://simulator");
    this.requests.push({ method: req.method ?? "GET", path: url.pathname, query: url.search.replace(/^\?/, ""), status });
    this.options.log?.(`${req.method ?? "GET"} ${url.pathname} ${status}`);
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, STATUS_CODES[status] ?? "", { "content-type": "application/json", ...headers });
    res.end(body);
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "https://simulator");
    const path = url.pathname;
    let raw: string;
    try {
      raw = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return this.#send(req, res, 413, errorBody(413, "request body too large"));
      throw error;
    }
    await this.advance();
    // The control endpoint: loopback like everything here, never faulted or rate limited.
    if (path === C1_CONTROL_PREFIX || path.startsWith(`${C1_CONTROL_PREFIX}/`)) {
      const answer = handleC1Control(
        {
          status: () => this.#controlStatus(),
          setSyncBehaviour: (b, id) => this.setSyncBehaviour(b, id),
          queueSync: (id) => this.queueSync(id),
          pauseSync: (id, reason) => this.pauseSync(id, reason),
          resumeSync: (id) => this.resumeSync(id),
          faults: this.faults,
        },
        method,
        path,
        raw,
      );
      await this.advance();
      return this.#send(req, res, answer.status, JSON.stringify(answer.body));
    }
    const fault = this.faults.take(method, path);
    if (fault) {
      const body = fault.body ?? errorBody(fault.status, STATUS_CODES[fault.status]?.toLowerCase() ?? "fault");
      return this.#send(req, res, fault.status, body, { ...(fault.contentType ? { "content-type": fault.contentType } : {}), ...fault.headers });
    }
    // The API answers a trailing-slash path with a 301 to the parent collection (c1i errors.go).
    if (path.length > 1 && path.endsWith("/")) {
      const parent = path.replace(/\/+$/, "").replace(/\/[^/]*$/, "") || "/";
      return this.#send(req, res, 301, errorBody(400, "moved"), { location: parent });
    }
    if (path === TOKEN_PATH) {
      if (method !== "POST") return this.#send(req, res, 405, errorBody(405, "method not allowed"));
      const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (type !== "application/x-www-form-urlencoded") {
        return this.#send(req, res, 400, JSON.stringify({ error: "invalid_request", error_description: "the token request must be form-encoded" }));
      }
      const answer = this.#authority.tokenRequest(new URLSearchParams(raw));
      return this.#send(req, res, answer.status, JSON.stringify(answer.body), answer.status === 200 ? { "cache-control": "no-store" } : {});
    }
    if (!path.startsWith("/api/")) return this.#send(req, res, 404, errorBody(404, "Not Found"));
    const auth = this.#authority.authenticate(req.headers.authorization);
    if (!auth.ok) return this.#send(req, res, 401, errorBody(401, `unauthenticated: ${auth.reason}`));
    let body: unknown = {};
    if (raw.trim().length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return this.#send(req, res, 400, errorBody(400, "the request body is not valid JSON"));
      }
    }
    try {
      const answer = this.#api.handle(method, path, url.searchParams, body);
      return this.#send(req, res, answer.status, JSON.stringify(answer.body), answer.headers);
    } catch (error) {
      if (error instanceof ApiError) return this.#send(req, res, error.status, JSON.stringify({ code: error.grpcCode, message: error.message, details: [] }));
      throw error;
    }
  }
}

/** Start a simulator on 127.0.0.1 (a fresh CA and server certificate each time). */
export async function startConductorOneSimulator(options: ConductorOneSimulatorOptions = {}): Promise<RunningConductorOneSimulator> {
  checkOptions(options);
  const pki = generateSimulatorPki();
  const server = createServer({ key: pki.keyPem, cert: pki.certPem, minVersion: "TLSv1.2" });
  const simulator = new Simulator(server, pki.caPem, options);
  try {
    await simulator.listen(options.port ?? 0);
  } catch (error) {
    // A seed refused after the socket opened must not leave the port taken.
    await simulator.close();
    throw error;
  }
  return simulator;
}
