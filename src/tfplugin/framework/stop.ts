/**
 * StopProvider aborts hooks through their signal, but a hook may ignore it. Terraform waits for every
 * in-flight RPC before it exits, so an ignoring hook would hang the whole run: `graceMs` after the
 * abort the RPC is answered without the hook (which keeps running in the background; JS cannot kill it).
 * Hooks that honour the signal settle within the grace period and report their own outcome.
 */
export function settleOrAbandon<T>(work: Promise<T>, signal: AbortSignal, graceMs: number, abandoned: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => {
      timer = setTimeout(() => reject(abandoned()), graceMs);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  return Promise.race([work, stopped]).finally(() => {
    if (onAbort) signal.removeEventListener("abort", onAbort);
    if (timer) clearTimeout(timer);
  });
}
