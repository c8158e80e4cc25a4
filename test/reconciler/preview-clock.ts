import { AbortedError, type Clock } from "../../src/twingate/clock";

/**
 * Virtual time shared by the client, its pacer and the simulator's rate limiter: sleeps
 * advance the clock instead of waiting, so a run at the real 60/min limits takes milliseconds.
 */
export class VirtualClock implements Clock {
  time = 1_000_000;
  slept = 0;

  now = (): number => this.time;

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw new AbortedError();
    if (ms > 0) {
      this.time += ms;
      this.slept += ms;
    }
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw new AbortedError();
  };
}
