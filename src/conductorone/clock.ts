/**
 * Time as the client sees it: injected in tests so retries, token expiry and sync waits run on a
 * virtual clock, without real sleeping. Same shape as the Twingate client's `Clock`, so one
 * test clock serves both.
 */
export interface Clock {
  /** ms since the epoch. */
  now(): number;
  /** Resolve after `ms`; reject with an AbortError-like error as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export class SleepAbortedError extends Error {
  constructor() {
    super("aborted");
    this.name = "SleepAbortedError";
  }
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(new SleepAbortedError());
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(new SleepAbortedError());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
