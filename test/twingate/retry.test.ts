import { backoffDelay, isRetryableStatus, parseRetryAfter, retryOptions } from "../../src/twingate/retry";

describe("retry policy", () => {
  const options = retryOptions({ baseDelayMs: 100, maxDelayMs: 1000 });

  it("backoff ceilings double and cap; jitter scales them", () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelay(n, options, () => 0.9999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });

  it("parses Retry-After seconds and HTTP dates", () => {
    expect(parseRetryAfter("12", 0)).toBe(12_000);
    expect(parseRetryAfter(" 1.5 ", 0)).toBe(1500);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });

  it("retries 429 and 5xx except 501, nothing else", () => {
    expect([429, 500, 502, 503, 504, 599].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 501].some(isRetryableStatus)).toBe(false);
  });

  it("refuses impossible options", () => {
    expect(() => retryOptions({ maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => retryOptions({ baseDelayMs: -1 })).toThrow(/baseDelayMs/);
  });
});
