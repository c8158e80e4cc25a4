/**
 * Sliding-window rate limiter: keeps the timestamp of every admitted request
 * inside the window, so "60 per minute" means exactly that at every instant.
 */
export interface RateLimits {
  reads: number;
  writes: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RequestClass = "read" | "write";

/** Timestamps in arrival order; a head index avoids shifting the array. */
class Window {
  private stamps: number[] = [];
  private head = 0;

  admit(now: number, limit: number, windowMs: number): RateDecision {
    while (this.head < this.stamps.length && (this.stamps[this.head] ?? 0) <= now - windowMs) this.head++;
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
    const inWindow = this.stamps.length - this.head;
    if (inWindow >= limit) {
      // The slot that frees first is the one taken by the (inWindow - limit + 1)-th oldest request.
      const freesAt = (this.stamps[this.head + inWindow - limit] ?? now) + windowMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freesAt - now) / 1000)) };
    }
    this.stamps.push(now);
    return { allowed: true };
  }
}

/** One limiter per network, reads and writes counted apart (as Twingate documents). */
export class RateLimiter {
  private readonly windows = new Map<string, { read: Window; write: Window }>();

  constructor(
    private limits: RateLimits,
    private readonly now: () => number,
  ) {}

  setLimits(limits: RateLimits): void {
    this.limits = limits;
  }

  check(network: string, kind: RequestClass): RateDecision {
    let w = this.windows.get(network);
    if (!w) {
      w = { read: new Window(), write: new Window() };
      this.windows.set(network, w);
    }
    const limit = kind === "read" ? this.limits.reads : this.limits.writes;
    return w[kind].admit(this.now(), limit, this.limits.windowMs);
  }
}
