/**
 * When to try a ConductorOne request again. Like the provider's transport (v1.5.0
 * `uhttp/transport.go` retryTripper, reference §4): 429 on any method, up to 5 retries, honouring
 * Retry-After (seconds or HTTP date), otherwise 1, 2, 4, 8, 16 s capped at 30 s. Beyond the
 * provider, as c1i does: 502/503/504, timeouts and dropped connections are retried for idempotent
 * requests (GET, PUT, DELETE) only, and a Retry-After longer than `maxRetryAfterMs` is not
 * waited out but reported at once. No jitter: waits are deterministic (and testable).
 */
export interface RetryPolicy {
  /** Retries after a 429. Default 5. */
  rateLimitRetries: number;
  /** Retries of an idempotent request after 502/503/504, a timeout or a dropped connection. Default 3. */
  transientRetries: number;
  /** First backoff in ms. Default 1000. */
  baseDelayMs: number;
  /** Largest backoff in ms. Default 30 000. */
  maxDelayMs: number;
  /** Longest Retry-After waited out, in ms. Default 120 000. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  rateLimitRetries: 5,
  transientRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

export function retryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
  const merged = { ...DEFAULT_RETRY_POLICY, ...partial };
  for (const [name, value] of Object.entries(merged)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`retry ${name} must be a number ≥ 0, got ${value}`);
  }
  return merged;
}

/** `retry` counts from 0 for the first retry: base·2^retry, capped. */
export function backoffMs(retry: number, policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
}

/** Retry-After as ms from `now`: delta-seconds or an HTTP date; undefined when absent or unusable. */
export function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
