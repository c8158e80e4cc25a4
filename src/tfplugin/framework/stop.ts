import { setMaxListeners } from "node:events";

/**
 * The signal StopProvider aborts: one for every hook in flight (each hook, and settleOrAbandon
 * for it, listen to it), so it has no listener limit. Node warns at the 11th listener of an
 * AbortSignal ("MaxListenersExceededWarning: Possible EventTarget memory leak detected"), which a
 * plan with more than 10 objects in flight reached, into Terraform's log as an [ERROR] line.
 */
export function newStopController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

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
