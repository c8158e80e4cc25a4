/**
 * Time as a client sees it, shared by the Twingate and ConductorOne clients (and the simulators):
 * injected in tests so retries, pacing, token expiry and sync waits run on a virtual clock and
 * can be asserted (how long was waited) without really waiting.
 */
export interface Clock {
  /** ms since the epoch. */
  now(): number;
  /** Resolve after `ms`; reject as soon as `signal` aborts (with an {@link AbortedError}). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Thrown by sleeps and waits when the caller's signal aborts; each transport turns it into its own CANCELLED error. */
export class AbortedError extends Error {
  constructor() {
    super("aborted");
    this.name = "AbortedError";
  }
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new AbortedError());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The real clock: `Date.now()` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: abortableSleep,
};
