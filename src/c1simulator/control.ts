import * as z from "zod";
import { CodedError } from "../errors";
import type { C1Fault } from "./faults";
import type { SyncBehaviour } from "./store";

/**
 * The ConductorOne simulator's runtime control endpoint: a small JSON API under `/_simulator/`
 * on its own loopback HTTPS port (no bearer token: only this machine reaches it), so a person
 * at a terminal, a CI job or a test in another process can steer syncs while the simulator
 * runs (routes: {@link C1_CONTROL_ROUTES}). `/_simulator/` is outside `/api/` and `/auth/`, so it
 * never shadows the API, and faults and rate limits never apply to it. Answers are JSON;
 * failures are {"error": {"code", "message"}} with 400, 404 or 405.
 */

export const C1_CONTROL_PREFIX = "/_simulator";

export const C1_CONTROL_ROUTES: ReadonlyArray<{ method: string; path: string; does: string }> = [
  { method: "GET", path: "/", does: "status: apps, connectors (status, syncs run, pending phase), pending faults" },
  { method: "POST", path: "/behaviour", does: 'how syncs end by default: {"kind": "twingate" | "succeed" | "never-finish" | "never-start"}, {"kind": "fail", "lastError"}, {"kind": "disable", "reason"?}' },
  { method: "POST", path: "/connectors/<id>/behaviour", does: "the same, for one connector" },
  { method: "POST", path: "/connectors/<id>/sync", does: "queue a sync (as force_sync)" },
  { method: "POST", path: "/connectors/<id>/pause", does: 'pause its syncs: body {"reason"?}' },
  { method: "POST", path: "/connectors/<id>/resume", does: "resume its syncs (queues one)" },
  { method: "POST", path: "/faults", does: 'answer the next requests with a fault: {"status": 503, "path"?, "method"?, "times"?, "body"?, "headers"?}' },
  { method: "POST", path: "/rate-limit", does: 'answer the next requests 429: {"times": 3, "retryAfterSeconds"?: 7, "path"?}' },
  { method: "DELETE", path: "/faults", does: "drop every queued fault" },
];

export class C1ControlRequestError extends CodedError {
  readonly code = "C1SIM_CONTROL";
  constructor(
    message: string,
    readonly status: 400 | 404 | 405,
  ) {
    super(message);
  }
}

/** What the endpoint needs from a running simulator. */
export interface C1ControlTarget {
  status(): unknown;
  setSyncBehaviour(behaviour: SyncBehaviour, connectorId?: string): void;
  queueSync(connectorId: string): void;
  pauseSync(connectorId: string, reason?: string): void;
  resumeSync(connectorId: string): void;
  readonly faults: { push(fault: C1Fault): void; rateLimit(times: number, retryAfterSeconds?: number, path?: string): void; clear(): void; pending(): number };
}

const faultSchema = z.strictObject({
  status: z.number().int().min(100).max(599),
  body: z.string().optional(),
  contentType: z.string().min(1).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  path: z.string().min(1).optional(),
  method: z.string().min(1).optional(),
  times: z.number().int().min(1).optional(),
});
const rateLimitSchema = z.strictObject({ times: z.number().int().min(1), retryAfterSeconds: z.number().int().min(0).optional(), path: z.string().min(1).optional() });
const pauseSchema = z.strictObject({ reason: z.string().min(1).optional() });

function decode<T extends z.ZodType>(schema: T, body: string): z.output<T> {
  let json: unknown = {};
  if (body.trim() !== "") {
    try {
      json = JSON.parse(body);
    } catch {
      throw new C1ControlRequestError("The body is not JSON.", 400);
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new C1ControlRequestError(`Invalid body: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`).join("; ")}.`, 400);
  return parsed.data;
}

/** Serve one control request (`path` starts with C1_CONTROL_PREFIX). */
export function handleC1Control(target: C1ControlTarget, method: string, path: string, body: string): { status: number; body: unknown } {
  try {
    return route(target, method, path.slice(C1_CONTROL_PREFIX.length).replace(/\/+$/, ""), body);
  } catch (error) {
    if (error instanceof C1ControlRequestError) return { status: error.status, body: { error: error.toJSON() } };
    if (error instanceof CodedError) return { status: error.code === "C1SIM_NOT_FOUND" ? 404 : 400, body: { error: error.toJSON() } };
    throw error;
  }
}

function route(target: C1ControlTarget, method: string, path: string, body: string): { status: number; body: unknown } {
  const allow = (...methods: string[]): void => {
    if (!methods.includes(method)) throw new C1ControlRequestError(`${method} is not allowed on ${C1_CONTROL_PREFIX}${path || "/"}; use ${methods.join(" or ")}.`, 405);
  };
  const done = (extra: object = {}) => ({ status: 200, body: { ok: true, ...extra } });
  if (path === "") {
    allow("GET");
    return { status: 200, body: target.status() };
  }
  if (path === "/behaviour") {
    allow("POST");
    target.setSyncBehaviour(decode(z.unknown(), body) as SyncBehaviour);
    return done();
  }
  if (path === "/faults") {
    allow("POST", "DELETE");
    if (method === "DELETE") target.faults.clear();
    else {
      const f = decode(faultSchema, body);
      target.faults.push({ ...f, status: f.status } as C1Fault);
    }
    return done({ faultsPending: target.faults.pending() });
  }
  if (path === "/rate-limit") {
    allow("POST");
    const r = decode(rateLimitSchema, body);
    target.faults.rateLimit(r.times, r.retryAfterSeconds, r.path);
    return done({ faultsPending: target.faults.pending() });
  }
  const connector = /^\/connectors\/([A-Za-z0-9._~-]+)\/(behaviour|sync|pause|resume)$/.exec(path);
  if (connector) {
    allow("POST");
    const id = connector[1]!;
    switch (connector[2]) {
      case "behaviour":
        target.setSyncBehaviour(decode(z.unknown(), body) as SyncBehaviour, id);
        break;
      case "sync":
        target.queueSync(id);
        break;
      case "pause": {
        const { reason } = decode(pauseSchema, body);
        target.pauseSync(id, reason);
        break;
      }
      case "resume":
        target.resumeSync(id);
        break;
    }
    return done();
  }
  throw new C1ControlRequestError(`No control route ${method} ${C1_CONTROL_PREFIX}${path}; see \`c1-twingate c1-simulator --help\`.`, 404);
}
