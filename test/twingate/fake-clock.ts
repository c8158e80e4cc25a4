import { AbortedError, type Clock } from "../../src/twingate/clock";

/** A clock whose sleeps return at once and move time forward, recording each wait. */
export class FakeClock implements Clock {
  time = 1_000_000;
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new AbortedError();
    this.sleeps.push(ms);
    const wakeAt = this.time + Math.max(0, ms);
    // Yield first so concurrent callers all see the time at which they started waiting.
    await null;
    this.time = Math.max(this.time, wakeAt);
  }

  get slept(): number {
    return this.sleeps.reduce((a, b) => a + b, 0);
  }
}
