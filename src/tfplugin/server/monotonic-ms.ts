/**
 * Milliseconds on a monotonic clock (from an arbitrary origin), for the durations the provider
 * logs. Not `performance.now()`: `performance` is a lazy global whose first use loads Node's
 * perf_hooks (nine internal modules: ~1 ms on Node 20 and ~4 ms on Node 22 on a slow 2-core VM),
 * and every provider process timed its start-up with it. `process.hrtime` is already loaded.
 */
export function monotonicMs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}
