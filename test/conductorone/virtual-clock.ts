import type { Clock } from "../../src/conductorone";

/**
 * One virtual clock for the client and the simulator: sleeping moves time forward at once and
 * is recorded, so retries, token expiry and sync progress are asserted without real waiting.
 */
export class VirtualClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(public time = Date.parse("2026-06-01T12:00:00Z")) {}

  now = (): number => this.time;

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw new Error("aborted");
    this.sleeps.push(ms);
    this.time += ms;
  };

  advance(ms: number): void {
    this.time += ms;
  }
}
