/**
 * When and how long to wait before trying a request again: capped exponential backoff with
 * full jitter, and the server's Retry-After on 429/503 (seconds, or an HTTP date).
 */

export interface RetryOptions {
  /** Total attempts including the first. Default 4. */
  maxAttempts: number;
  /** First backoff ceiling in ms. Default 500. */
  baseDelayMs: number;
  /** Largest backoff ceiling in ms. Default 30 000. */
  maxDelayMs: number;
  /** Wait when a 429 has no usable Retry-After. Default 60 000 (what Twingate's own CLIs assume). */
  defaultRetryAfterMs: number;
  /** Longest Retry-After honoured; a longer one is cut to this. Default 120 000. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  defaultRetryAfterMs: 60_000,
  maxRetryAfterMs: 120_000,
};

export function retryOptions(partial: Partial<RetryOptions> = {}): RetryOptions {
  const merged = { ...DEFAULT_RETRY, ...partial };
  if (!Number.isInteger(merged.maxAttempts) || merged.maxAttempts < 1) {
    throw new RangeError(`retry maxAttempts must be an integer ≥ 1, got ${merged.maxAttempts}`);
  }
  for (const name of ["baseDelayMs", "maxDelayMs", "defaultRetryAfterMs", "maxRetryAfterMs"] as const) {
    if (!Number.isFinite(merged[name]) || merged[name] < 0) throw new RangeError(`retry ${name} must be ≥ 0, got ${merged[name]}`);
  }
  return merged;
}

/** Full jitter: uniform in [0, min(cap, base·2^retry)). `retry` is 0 for the first retry. */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/** Parse Retry-After: delta-seconds or HTTP date. Undefined when absent or unusable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Statuses worth another try: 429 and 5xx except 501 (Not Implemented will not change). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/**
 * A non-idempotent mutation is retried only when the server certainly did not act on it:
 * 429 (refused by the rate limiter) and 503 (not accepted). Anything that may have run
 * (500, 502, 504, timeouts, dropped connections) could create duplicates (twingate#403).
 */
export function isRetryableStatusForMutation(status: number): boolean {
  return status === 429 || status === 503;
}
