import { AbortedError, type Clock } from "../../src/twingate/clock";

/**
 * The one virtual clock of the tests: sleeps return at once (after letting I/O run) and move
 * time forward, recording each wait. Shared by a client, its pacer and the simulator's rate
 * limiter (`now: clock.now`), a run at Twingate's real 60 reads/min takes milliseconds, and
 * tests assert how long was waited instead of measuring wall-clock time.
 */
export class VirtualClock implements Clock {
  time = 1_000_000;
  /** Every wait asked for, in order, in ms. */
  readonly sleeps: number[] = [];

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

  /** Total time waited, in ms. */
  get slept(): number {
    return this.sleeps.reduce((a, b) => a + b, 0);
  }
}
