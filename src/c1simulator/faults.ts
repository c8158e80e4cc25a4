/**
 * Answers a test puts in front of the next matching requests: 429 with Retry-After, 5xx, a
 * login page, a body of the wrong shape. Matched by method and path (the token endpoint too).
 */

export interface C1Fault {
  status: number;
  /** Raw body; default a gRPC-gateway error `{code, message}` for the status. */
  body?: string;
  /** Default application/json. */
  contentType?: string;
  /** e.g. `{ "retry-after": "7" }`. */
  headers?: Record<string, string>;
  /** Only requests whose path equals this string or matches this pattern. */
  path?: string | RegExp;
  method?: string;
  /** How many requests it answers. Default 1. */
  times?: number;
}

export class FaultQueue {
  readonly #faults: Array<C1Fault & { left: number }> = [];

  push(fault: C1Fault): void {
    this.#faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** The next `times` requests (matching `path`, if given) get 429 with this Retry-After. */
  rateLimit(times: number, retryAfterSeconds?: number, path?: string | RegExp): void {
    this.push({
      status: 429,
      times,
      ...(retryAfterSeconds === undefined ? {} : { headers: { "retry-after": String(retryAfterSeconds) } }),
      ...(path === undefined ? {} : { path }),
      body: JSON.stringify({ code: 8, message: "rate limit exceeded", details: [] }),
    });
  }

  clear(): void {
    this.#faults.length = 0;
  }

  pending(): number {
    return this.#faults.reduce((n, f) => n + f.left, 0);
  }

  take(method: string, path: string): C1Fault | undefined {
    const i = this.#faults.findIndex(
      (f) => (f.method === undefined || f.method === method) && (f.path === undefined || (typeof f.path === "string" ? f.path === path : f.path.test(path))),
    );
    if (i < 0) return undefined;
    const fault = this.#faults[i]!;
    if (--fault.left <= 0) this.#faults.splice(i, 1);
    return fault;
  }
}
