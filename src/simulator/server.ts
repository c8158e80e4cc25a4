/**
 * The simulator's HTTP server: a loopback stand-in for https://<network>.twingate.com.
 * The network is the first path segment (no DNS): /<network>/api/graphql/ is the
 * apex host, /<network>.<shard>/api/graphql/ the regional one.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { execute, type GraphQLSchema } from "graphql";
import * as z from "zod";
import { CONTROL_PREFIX, handleControl, type ControlTarget } from "./control";
import { DEMO_NETWORKS } from "./demo";
import { DocumentCache, firstRootFieldOf } from "./documents";
import { SimulatorListenError } from "./errors";
import { FaultQueue, LOGIN_PAGE_HTML, MALFORMED_JSON, wrongShapeBody, type Fault } from "./faults";
import { SimulatedNetwork } from "./network";
import {
  checkOptions,
  checkPageSizes,
  checkPatch,
  DEFAULT_RATE_LIMITS,
  resolveRateLimits,
  type SimulatorOptions,
  type SimulatorPatch,
} from "./options";
import { RateLimiter, type RateLimits } from "./rate-limiter";
import { MAX_PAGE_SIZE } from "./relay";
import { schemaFor, type ReadOnlyMutationMode, type RequestContext } from "./schema";
import type { Tenant } from "./tenant";

export interface SimulatorStats {
  /** Every request received, including dropped ones. */
  requests: number;
  /** GraphQL operations executed (answered 200 or a 400 from variable coercion). */
  graphql: number;
  /** 308 shard redirects answered. */
  redirects: number;
  /** 429s produced by the rate limiter (not by injected faults). */
  rateLimited: number;
  byStatus: Record<number, number>;
  /** Requests admitted by the rate limiter, by class. */
  reads: number;
  writes: number;
}

export interface RunningSimulator {
  readonly port: number;
  /** "http://127.0.0.1:<port>/{network}" */
  readonly baseUrl: string;
  /** Apex GraphQL URL of a network. */
  graphqlUrl(network: string): string;
  readonly faults: { push(f: Fault): void; clear(): void; pending(): number };
  /** A snapshot; read it again after requests. */
  readonly stats: SimulatorStats;
  resetStats(): void;
  network(name: string): SimulatedNetwork | undefined;
  /** Names of the networks served, in declaration order. */
  networkNames(): string[];
  setOptions(patch: SimulatorPatch): void;
  /** "http://127.0.0.1:<port>/_simulator/" when the control endpoint is on (option `control`), else undefined. */
  readonly controlUrl: string | undefined;
  /** Closes every socket; resolves when the server has stopped. */
  close(): Promise<void>;
}

const HOST = "127.0.0.1";
const MAX_BODY_BYTES = 1024 * 1024;
const GRAPHQL_PATH = /^\/api\/graphql\/?$/;
const UNAUTHORIZED = { message: "Unauthorized" };
const FORBIDDEN = { errors: [{ message: "Forbidden: this API key does not have write permission" }] };

const requestBodySchema = z.object({
  query: z.string(),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
});

// Parsed and validated documents, per schema (one schema per tenant vocabulary, shared by the process).
const documentCaches = new WeakMap<GraphQLSchema, DocumentCache>();

function schemaAndDocuments(tenant: Tenant): { schema: GraphQLSchema; documents: DocumentCache } {
  const schema = schemaFor(tenant.vocabulary);
  let documents = documentCaches.get(schema);
  if (!documents) {
    documents = new DocumentCache(schema);
    documentCaches.set(schema, documents);
  }
  return { schema, documents };
}

function zeroStats(): SimulatorStats {
  return { requests: 0, graphql: 0, redirects: 0, rateLimited: 0, byStatus: {}, reads: 0, writes: 0 };
}

/** Undecodable escapes simply name no network (404), not a server error. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

function errorsBody(message: string): { errors: Array<{ message: string }> } {
  return { errors: [{ message }] };
}

class Simulator implements RunningSimulator, ControlTarget {
  readonly faults = new FaultQueue();
  private readonly networks = new Map<string, SimulatedNetwork>();
  private readonly sockets = new Set<Socket>();
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; wake: (completed: boolean) => void }>();
  private readonly limiter: RateLimiter;
  private readonly maxPageSize: number;
  private limits: RateLimits;
  private counters = zeroStats();
  private readOnlyMutation: ReadOnlyMutationMode;
  private rateLimitOn: boolean;
  private shard: string | undefined;
  private closing: Promise<void> | undefined;
  private listeningPort = 0;

  constructor(
    private readonly server: Server,
    private readonly options: SimulatorOptions,
  ) {
    this.maxPageSize = options.maxPageSize ?? MAX_PAGE_SIZE;
    const defaults = options.defaultPageSize === undefined ? {} : { defaultPageSize: options.defaultPageSize };
    for (const spec of options.networks ?? DEMO_NETWORKS) {
      const network = new SimulatedNetwork(spec, defaults);
      checkPageSizes(`Network "${spec.name}": tenant defaultPageSize`, network.tenant.defaultPageSize, this.maxPageSize);
      this.networks.set(spec.name, network);
    }
    const limits = resolveRateLimits(options.rateLimit);
    this.rateLimitOn = limits !== false;
    this.limits = limits === false ? DEFAULT_RATE_LIMITS : limits;
    this.limiter = new RateLimiter(this.limits, options.now ?? Date.now);
    this.readOnlyMutation = options.readOnlyMutation ?? "graphql-error";
    this.shard = options.shard;
    server.on("connection", (socket: Socket) => {
      this.sockets.add(socket);
      socket.once("close", () => this.sockets.delete(socket));
    });
    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch((error: unknown) => this.internalError(res, error));
    });
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void => {
        reject(
          new SimulatorListenError(
            `Cannot listen on ${HOST}:${port} (${error.code ?? error.message}); choose another port or pass port 0 for a free one.`,
            { cause: error },
          ),
        );
      };
      this.server.once("error", onError);
      this.server.listen(port, HOST, () => {
        this.server.off("error", onError);
        resolve();
      });
    });
    const address = this.server.address();
    this.listeningPort = typeof address === "object" && address ? address.port : port;
  }

  get port(): number {
    return this.listeningPort;
  }

  get baseUrl(): string {
    return `http://${HOST}:${this.port}/{network}`;
  }

  graphqlUrl(network: string): string {
    return `http://${HOST}:${this.port}/${network}/api/graphql/`;
  }

  get stats(): SimulatorStats {
    return { ...this.counters, byStatus: { ...this.counters.byStatus } };
  }

  resetStats(): void {
    this.counters = zeroStats();
  }

  network(name: string): SimulatedNetwork | undefined {
    return this.networks.get(name);
  }

  networkNames(): string[] {
    return [...this.networks.keys()];
  }

  get controlUrl(): string | undefined {
    return this.options.control ? `http://${HOST}:${this.port}${CONTROL_PREFIX}/` : undefined;
  }

  settings(): ReturnType<ControlTarget["settings"]> {
    return {
      readOnlyMutation: this.readOnlyMutation,
      rateLimit: this.rateLimitOn ? { ...this.limits } : false,
      shard: this.shard ?? null,
      maxPageSize: this.maxPageSize,
    };
  }

  setOptions(patch: SimulatorPatch): void {
    checkPatch(patch);
    if (patch.readOnlyMutation !== undefined) this.readOnlyMutation = patch.readOnlyMutation;
    if ("shard" in patch) this.shard = patch.shard ?? undefined;
    if (patch.rateLimit !== undefined) {
      const limits = resolveRateLimits(patch.rateLimit);
      this.rateLimitOn = limits !== false;
      if (limits !== false) {
        this.limits = limits;
        this.limiter.setLimits(limits);
      }
    }
  }

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      for (const sleeper of this.sleepers) {
        clearTimeout(sleeper.timer);
        sleeper.wake(false);
      }
      this.sleepers.clear();
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
      this.server.closeAllConnections();
    });
    return this.closing;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", `http://${HOST}`);
    if (this.options.control && (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`))) {
      return this.control(req, res, method, url.pathname, started);
    }
    this.counters.requests++;
    const log = (status: number | string): void =>
      this.options.log?.(`${method} ${url.pathname} ${status} ${Math.round(performance.now() - started)}ms`);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      this.respond(res, status, typeof body === "string" ? body : JSON.stringify(body), {
        "content-type": "application/json",
        ...headers,
      });
      log(status);
    };

    // Route: /<network>[.<shard>]/<rest>
    const match = /^\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const label = safeDecode(match?.[1] ?? "").toLowerCase();
    const rest = match?.[2] ?? "/";
    const dot = label.indexOf(".");
    const networkName = dot < 0 ? label : label.slice(0, dot);
    const shardLabel = dot < 0 ? undefined : label.slice(dot + 1);
    const network = this.networks.get(networkName);
    const validHost = network !== undefined && (shardLabel === undefined || (this.shard !== undefined && shardLabel === this.shard));
    if (!network || !validHost) return send(404, errorsBody("Not Found"));
    const isGraphqlPath = GRAPHQL_PATH.test(rest);

    const body = method === "POST" ? await this.readBody(req) : "";
    if (body === undefined) return send(413, errorsBody(`Request body larger than ${MAX_BODY_BYTES} bytes`));

    const { schema, documents } = schemaAndDocuments(network.tenant);
    if (isGraphqlPath) {
      const fault = this.faults.take(network.name, method);
      if (fault) {
        const proceed = await this.applyFault(fault, req, res, body, send, log, documents);
        if (!proceed) return;
      }
    }

    // Shard mode: the apex executes nothing and points at the regional host.
    if (shardLabel === undefined && this.shard !== undefined) {
      this.counters.redirects++;
      const location = `http://${HOST}:${this.port}/${network.name}.${this.shard}${rest}${url.search}`;
      return send(308, errorsBody("Permanent Redirect"), { location });
    }
    if (!isGraphqlPath) return send(404, errorsBody("Not Found"));

    if (method !== "POST" && method !== "GET") {
      return send(405, errorsBody(`Method ${method} not allowed; use POST`), { allow: "GET, POST" });
    }
    const permission = network.authenticate(this.apiKey(req));
    if (permission === undefined) return send(401, UNAUTHORIZED);
    if (method === "GET") return send(400, errorsBody("Must provide query string."));

    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return send(400, errorsBody("POST body sent invalid JSON."));
    }
    const request = requestBodySchema.safeParse(json);
    if (!request.success) {
      const message = Array.isArray(json) ? "Batch requests are not supported." : "Must provide query string.";
      return send(400, errorsBody(message));
    }

    const prepared = documents.prepare(request.data.query);
    const kind = prepared.isWrite ? "write" : "read";
    if (this.rateLimitOn) {
      const decision = this.limiter.check(network.name, kind);
      if (!decision.allowed) {
        this.counters.rateLimited++;
        return send(429, errorsBody("429 Too Many Requests"), { "retry-after": String(decision.retryAfterSeconds) });
      }
    }
    this.counters[kind === "write" ? "writes" : "reads"]++;
    if (!prepared.document || prepared.errors.length > 0) return send(400, { errors: prepared.errors });
    if (prepared.isWrite && permission === "read" && this.readOnlyMutation === "http-403") return send(403, FORBIDDEN);

    const context: RequestContext = {
      tenant: network.tenant,
      permission,
      readOnlyMutation: this.readOnlyMutation,
      limits: { defaultPageSize: network.tenant.defaultPageSize, maxPageSize: this.maxPageSize },
      now: this.options.now ?? Date.now,
    };
    this.counters.graphql++;
    const result = await execute({
      schema,
      document: prepared.document,
      variableValues: request.data.variables ?? undefined,
      operationName: request.data.operationName ?? undefined,
      contextValue: context,
    });
    // No data at all means the request itself was wrong (bad variables, unknown operation).
    return send("data" in result ? 200 : 400, result);
  }

  /** Answers with the fault; true when the request should then proceed normally. */
  private async applyFault(
    fault: Fault,
    req: IncomingMessage,
    res: ServerResponse,
    body: string,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
    log: (status: number | string) => void,
    documents: DocumentCache,
  ): Promise<boolean> {
    switch (fault.kind) {
      case "latency":
        return this.sleep(fault.ms);
      case "drop":
        req.socket.destroy();
        log("dropped");
        return false;
      case "html":
        this.respond(res, 200, LOGIN_PAGE_HTML, { "content-type": "text/html; charset=utf-8" });
        log(200);
        return false;
      case "malformed-json":
        send(200, MALFORMED_JSON);
        return false;
      case "wrong-shape": {
        let query: string | undefined;
        try {
          query = requestBodySchema.parse(JSON.parse(body)).query;
        } catch {
          query = undefined;
        }
        send(200, wrongShapeBody(firstRootFieldOf(documents, query)));
        return false;
      }
      case "status": {
        const headers: Record<string, string> = {};
        if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
        if (fault.contentType !== undefined) headers["content-type"] = fault.contentType;
        const reason = STATUS_CODES[fault.status] ?? "Error";
        send(fault.status, fault.body ?? errorsBody(`${fault.status} ${reason}`), headers);
        return false;
      }
    }
  }

  /** The control endpoint (option `control`): never counted in stats, never rate limited or faulted. */
  private async control(req: IncomingMessage, res: ServerResponse, method: string, path: string, started: number): Promise<void> {
    const body = await this.readBody(req);
    const reply =
      body === undefined
        ? { status: 413, body: errorsBody(`Request body larger than ${MAX_BODY_BYTES} bytes`) }
        : handleControl(this, method, path, body);
    if (res.destroyed || res.headersSent) return;
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) });
    res.end(text);
    this.options.log?.(`${method} ${path} ${reply.status} ${Math.round(performance.now() - started)}ms`);
  }

  private apiKey(req: IncomingMessage): string | undefined {
    const value = req.headers["x-api-key"];
    return typeof value === "string" && value.length > 0 ? value : undefined;
  }

  /** The body as text, or undefined when it exceeds MAX_BODY_BYTES. */
  private readBody(req: IncomingMessage): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) tooLarge = true;
        else chunks.push(chunk);
      });
      req.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
      req.on("error", reject);
    });
  }

  /** Resolves true after ms, or false at once if the simulator closes meanwhile. */
  private sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const sleeper = {
        timer: setTimeout(() => {
          this.sleepers.delete(sleeper);
          resolve(true);
        }, ms),
        wake: resolve,
      };
      this.sleepers.add(sleeper);
    });
  }

  private respond(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
    this.counters.byStatus[status] = (this.counters.byStatus[status] ?? 0) + 1;
    if (res.destroyed || res.headersSent) return;
    res.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(text)) });
    res.end(text);
  }

  private internalError(res: ServerResponse, error: unknown): void {
    // A simulator bug must still answer, and never with request details.
    const message = error instanceof Error ? error.message : String(error);
    this.respond(res, 500, JSON.stringify(errorsBody(`Simulator internal error: ${message}`)), { "content-type": "application/json" });
    this.options.log?.(`internal error: ${message}`);
  }
}

/** Starts a simulator on 127.0.0.1 and resolves once it listens. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  checkOptions(options);
  const simulator = new Simulator(createServer({ keepAliveTimeout: 5_000 }), options);
  await simulator.listen(options.port ?? 0);
  return simulator;
}
