import { systemClock, type Clock } from "./clock";

/**
 * Client-side pacing: keeps one process under Twingate's documented limits (60 reads and 20
 * writes per minute, account-wide) with a sliding window. It waits rather than fails, so a
 * burst of calls is spread out instead of earning 429s. Every HTTP request (retries and
 * redirects included) takes a slot.
 */

export type OperationKind = "read" | "write";

export interface PacingLimits {
  reads: number;
  writes: number;
  windowMs: number;
}

export const DEFAULT_PACING: PacingLimits = { reads: 60, writes: 20, windowMs: 60_000 };

/** One sliding window: timestamps of granted slots, some possibly in the future (reserved). */
class SlidingWindow {
  readonly #slots: number[] = [];

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Reserve the earliest slot at or after `now`; returns the time the caller may go. */
  reserve(now: number): number {
    while (this.#slots.length > 0 && (this.#slots[0] as number) <= now - this.windowMs) this.#slots.shift();
    let at = now;
    if (this.#slots.length >= this.limit) {
      // The slot `limit` places back must leave the window before this one may start.
      at = Math.max(now, (this.#slots[this.#slots.length - this.limit] as number) + this.windowMs);
    }
    this.#slots.push(at);
    return at;
  }

  /** Give back a reservation that was never used (the caller was cancelled while waiting). */
  release(at: number): void {
    const i = this.#slots.lastIndexOf(at);
    if (i >= 0) this.#slots.splice(i, 1);
  }
}

export interface PacerWaitInfo {
  kind: OperationKind;
  waitMs: number;
}

export class Pacer {
  readonly limits: PacingLimits;
  readonly #reads: SlidingWindow;
  readonly #writes: SlidingWindow;
  readonly #clock: Clock;

  constructor(limits: Partial<PacingLimits> = {}, clock: Clock = systemClock) {
    this.limits = { ...DEFAULT_PACING, ...limits };
    for (const [name, value] of Object.entries(this.limits)) {
      if (!Number.isFinite(value) || value <= 0) throw new RangeError(`pacing ${name} must be a positive number, got ${value}`);
    }
    this.#reads = new SlidingWindow(this.limits.reads, this.limits.windowMs);
    this.#writes = new SlidingWindow(this.limits.writes, this.limits.windowMs);
    this.#clock = clock;
  }

  /**
   * Wait for a slot of the given kind; `onWait` hears about waits before they start.
   * Rejects with AbortedError if the signal aborts while waiting (the slot is released).
   */
  async acquire(kind: OperationKind, signal?: AbortSignal, onWait?: (info: PacerWaitInfo) => void): Promise<void> {
    const window = kind === "read" ? this.#reads : this.#writes;
    const now = this.#clock.now();
    const at = window.reserve(now);
    const waitMs = at - now;
    if (waitMs <= 0) return;
    onWait?.({ kind, waitMs });
    try {
      await this.#clock.sleep(waitMs, signal);
    } catch (err) {
      window.release(at);
      throw err;
    }
  }
}

/** Pacers shared by all clients of one network in this process, keyed by apex URL and limits. */
const sharedPacers = new Map<string, Pacer>();

export function sharedPacer(networkKey: string, limits: Partial<PacingLimits> = {}): Pacer {
  const full = { ...DEFAULT_PACING, ...limits };
  const key = `${networkKey}|${full.reads}/${full.writes}/${full.windowMs}`;
  let pacer = sharedPacers.get(key);
  if (!pacer) {
    pacer = new Pacer(full);
    sharedPacers.set(key, pacer);
  }
  return pacer;
}
