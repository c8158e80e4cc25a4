/**
 * The control endpoint: a small JSON API under `/_simulator/` on the simulator's own
 * loopback port, so a CI job (or a test in another process) can revoke a key, queue a
 * fault or change limits while the simulator runs (routes: CONTROL_ROUTES). `_` cannot
 * start a network name, so the prefix never shadows a network. Answers are JSON;
 * failures are {"error": {"code", "message"}} with 400, 404 or 405.
 */
import * as z from "zod";
import { CodedError } from "../errors";
import { describeIssues } from "./errors";
import { parseFault, type Fault } from "./faults";
import type { SimulatedNetwork, TokenRef } from "./network";
import type { SimulatorPatch } from "./options";
import type { RateLimits } from "./rate-limiter";
import type { ReadOnlyMutationMode } from "./schema";

export const CONTROL_PREFIX = "/_simulator";

/** The routes, for --help and docs: method, path under CONTROL_PREFIX, what it does. */
export const CONTROL_ROUTES: ReadonlyArray<{ method: string; path: string; does: string }> = [
  { method: "GET", path: "/", does: "status: networks, tokens (names, never keys), settings, pending faults, stats" },
  { method: "GET", path: "/networks/<net>/summary", does: "the tenant's ground truth (counts by role, state, type; members per group)" },
  { method: "POST", path: "/networks/<net>/tokens/revoke", does: 'revoke a token: body {"name": "<token name>"} or {"key": "<key>"}' },
  { method: "POST", path: "/networks/<net>/tokens/restore", does: "undo a revoke (same body)" },
  { method: "POST", path: "/faults", does: 'queue a fault or a list, e.g. {"kind": "status", "status": 503, "times": 2}' },
  { method: "DELETE", path: "/faults", does: "drop every queued fault" },
  { method: "PATCH", path: "/options", does: 'change {"rateLimit": {"reads": 60, "writes": 20} | false, "shard" (null: none), "readOnlyMutation"}' },
  { method: "POST", path: "/stats/reset", does: "zero the request counters" },
];

/** A control request the endpoint cannot serve (unknown route, bad body). */
export class ControlRequestError extends CodedError {
  readonly code = "SIM_CONTROL";
  constructor(
    message: string,
    readonly status: 400 | 404 | 405,
  ) {
    super(message);
  }
}

/** What the endpoint needs from a running simulator. */
export interface ControlTarget {
  networkNames(): string[];
  network(name: string): SimulatedNetwork | undefined;
  graphqlUrl(network: string): string;
  readonly faults: { push(f: Fault): void; clear(): void; pending(): number };
  setOptions(patch: SimulatorPatch): void;
  readonly stats: unknown;
  resetStats(): void;
  settings(): { readOnlyMutation: ReadOnlyMutationMode; rateLimit: RateLimits | false; shard: string | null; maxPageSize: number };
}

export interface ControlReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const tokenRefSchema = z.union([z.strictObject({ name: z.string().min(1) }), z.strictObject({ key: z.string().min(1) })], {
  error: 'must be {"name": "<token name>"} or {"key": "<key>"}',
});

function decodeBody(body: string): unknown {
  if (body.trim() === "") return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    // Never echo the body: it may carry a key.
    throw new ControlRequestError("The request body is not JSON; send a JSON object (content-type: application/json).", 400);
  }
}

function networkOf(target: ControlTarget, name: string): SimulatedNetwork {
  const network = target.network(name);
  if (!network) {
    throw new ControlRequestError(`No network "${name}"; this simulator serves ${target.networkNames().join(", ")}.`, 404);
  }
  return network;
}

function status(target: ControlTarget): unknown {
  return {
    networks: target.networkNames().map((name) => {
      const n = networkOf(target, name);
      return {
        name,
        graphqlUrl: target.graphqlUrl(name),
        users: n.tenant.userCount,
        groups: n.tenant.groupCount,
        defaultPageSize: n.tenant.defaultPageSize,
        tokens: n.listTokens(),
      };
    }),
    settings: target.settings(),
    faultsPending: target.faults.pending(),
    stats: target.stats,
  };
}

/** Serves one control request; a CodedError thrown inside becomes a 400 with its code. */
export function handleControl(target: ControlTarget, method: string, path: string, body: string): ControlReply {
  try {
    return route(target, method, path.slice(CONTROL_PREFIX.length).replace(/\/+$/, ""), body);
  } catch (error) {
    if (error instanceof ControlRequestError) return { status: error.status, body: { error: error.toJSON() } };
    if (error instanceof CodedError) return { status: 400, body: { error: error.toJSON() } };
    throw error;
  }
}

function route(target: ControlTarget, method: string, path: string, body: string): ControlReply {
  const allow = (methods: string[]): void => {
    if (!methods.includes(method)) {
      throw new ControlRequestError(`${method} is not allowed on ${CONTROL_PREFIX}${path || "/"}; use ${methods.join(" or ")}.`, 405);
    }
  };
  if (path === "") {
    allow(["GET"]);
    return { status: 200, body: status(target) };
  }
  if (path === "/faults") {
    allow(["POST", "DELETE"]);
    if (method === "DELETE") {
      target.faults.clear();
      return { status: 200, body: { ok: true, faultsPending: 0 } };
    }
    const decoded = decodeBody(body);
    const faults = Array.isArray(decoded) ? decoded : [decoded];
    // Validate every fault before queueing any, so a bad list queues nothing.
    for (const fault of faults.map(parseFault)) target.faults.push(fault);
    return { status: 200, body: { ok: true, faultsPending: target.faults.pending() } };
  }
  if (path === "/options") {
    allow(["PATCH"]);
    target.setOptions((decodeBody(body) ?? {}) as SimulatorPatch);
    return { status: 200, body: { ok: true, settings: target.settings() } };
  }
  if (path === "/stats/reset") {
    allow(["POST"]);
    target.resetStats();
    return { status: 200, body: { ok: true } };
  }
  const networkRoute = /^\/networks\/([^/]+)\/(summary|tokens\/revoke|tokens\/restore)$/.exec(path);
  if (networkRoute?.[1] !== undefined) {
    const network = networkOf(target, decodeURIComponent(networkRoute[1]));
    if (networkRoute[2] === "summary") {
      allow(["GET"]);
      return { status: 200, body: network.tenant.summary() };
    }
    allow(["POST"]);
    const ref = tokenRefSchema.safeParse(decodeBody(body));
    if (!ref.success) throw new ControlRequestError(`Invalid token reference: ${describeIssues(ref.error.issues)}.`, 400);
    const revoked = networkRoute[2] === "tokens/revoke";
    network.setRevoked(ref.data as TokenRef, revoked);
    return { status: 200, body: { ok: true, tokens: network.listTokens() } };
  }
  throw new ControlRequestError(
    `No control route ${method} ${CONTROL_PREFIX}${path}; see the routes in \`c1-twingate simulator --help\`.`,
    404,
  );
}
