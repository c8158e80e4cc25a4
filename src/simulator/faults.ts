/**
 * Runtime fault injection: a queue of faults, each consumed by the next
 * matching request(s). Faults simulate what sits in front of the API (proxies,
 * login walls, overloaded backends), so they fire before authentication.
 */
import * as z from "zod";
import { describeIssues, FaultSpecError } from "./errors";

/** Which requests a fault may hit. Default "POST": GraphQL calls, not shard probes. */
export type FaultMethod = "POST" | "GET" | "HEAD" | "any";

interface FaultBase {
  /** How many requests this fault answers before it is used up. Default 1. */
  times?: number;
  /** Only requests to this network. Default: any network. */
  network?: string;
  method?: FaultMethod;
}

export type Fault = FaultBase &
  (
    | { kind: "latency"; ms: number }
    | { kind: "status"; status: number; retryAfter?: number; body?: string | Record<string, unknown>; contentType?: string }
    | { kind: "drop" }
    | { kind: "html" }
    | { kind: "malformed-json" }
    | { kind: "wrong-shape" }
  );

const base = {
  times: z.number().int().min(1).optional(),
  network: z.string().min(1).optional(),
  method: z.enum(["POST", "GET", "HEAD", "any"]).optional(),
};

/** The zod decoder of Fault. */
export const faultSchema = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("latency"), ms: z.number().int().min(0).max(600_000) }),
  z.object({
    ...base,
    kind: z.literal("status"),
    status: z.number().int().min(200).max(599),
    retryAfter: z.number().int().min(0).optional(),
    body: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
    contentType: z.string().min(1).optional(),
  }),
  z.object({ ...base, kind: z.literal("drop") }),
  z.object({ ...base, kind: z.literal("html") }),
  z.object({ ...base, kind: z.literal("malformed-json") }),
  z.object({ ...base, kind: z.literal("wrong-shape") }),
]);

/** A checked copy of a fault; throws FaultSpecError naming what is wrong. */
export function parseFault(fault: unknown): Fault {
  const parsed = faultSchema.safeParse(fault);
  if (!parsed.success) {
    throw new FaultSpecError(
      `Invalid fault ${shorten(JSON.stringify(fault) ?? String(fault))}: ${describeIssues(parsed.error.issues)}. ` +
        `Use one of the kinds latency, status, drop, html, malformed-json, wrong-shape.`,
    );
  }
  return { ...parsed.data } as Fault;
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export class FaultQueue {
  private queue: Array<{ fault: Fault; remaining: number }> = [];

  push(fault: Fault): void {
    const copy = parseFault(fault);
    this.queue.push({ fault: copy, remaining: copy.times ?? 1 });
  }

  clear(): void {
    this.queue = [];
  }

  /** Requests still to be hit: the sum of the remaining `times` of all queued faults. */
  pending(): number {
    return this.queue.reduce((sum, entry) => sum + entry.remaining, 0);
  }

  /** The first queued fault matching this request, consumed once; undefined when none. */
  take(network: string, method: string): Fault | undefined {
    const index = this.queue.findIndex(
      ({ fault }) =>
        (fault.network === undefined || fault.network === network) &&
        ((fault.method ?? "POST") === "any" || (fault.method ?? "POST") === method),
    );
    const entry = this.queue[index];
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining <= 0) this.queue.splice(index, 1);
    return entry.fault;
  }
}

export const LOGIN_PAGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in - Twingate</title></head>
<body>
<main>
<h1>Sign in to your network</h1>
<form method="post" action="/login"><label>Email <input name="email" type="email"></label><button>Continue</button></form>
</main>
</body>
</html>
`;

/** Valid-looking JSON cut off mid-value. */
export const MALFORMED_JSON = '{"data":{"users":{"edges":[{"node":{"id":"VXNlcjox","email":"trunc';

/** Valid JSON whose data cannot match any of our queries' shapes. */
export function wrongShapeBody(rootField: string): string {
  return JSON.stringify({ data: { [rootField]: { edges: "nope", pageInfo: 42, ok: "yes" } } });
}
