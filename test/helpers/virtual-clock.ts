import { AbortedError, type Clock } from "../../src/clock";

/**
 * The one virtual clock of the tests (Twingate and ConductorOne sides alike, both built on
 * src/clock.ts): sleeps return at once (after letting I/O run) and move time forward, recording
 * each wait. Shared by a client, its pacer and a simulator's rate limiter or sync progress
 * (`now: clock.now`), a run at Twingate's real 60 reads/min takes milliseconds, and tests assert
 * how long was waited instead of measuring wall-clock time.
 */
export class VirtualClock implements Clock {
  /** Every wait asked for, in order, in ms. */
  readonly sleeps: number[] = [];

  /** @param time the clock's start, in ms since the epoch. */
  constructor(public time = 1_000_000) {}

  now = (): number => this.time;

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw new AbortedError();
    this.sleeps.push(ms);
    const wakeAt = this.time + Math.max(0, ms);
    // Yield first (a macrotask, so sockets progress), so concurrent sleepers all start from the same time.
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw new AbortedError();
    this.time = Math.max(this.time, wakeAt);
  };

  /** Moves time forward by `ms` without a sleep (e.g. a token expiring between two calls). */
  advance(ms: number): void {
    this.time += ms;
  }

  /** Total time waited, in ms. */
  get slept(): number {
    return this.sleeps.reduce((a, b) => a + b, 0);
  }
}
