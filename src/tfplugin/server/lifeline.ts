import type { EventEmitter } from "node:events";

/**
 * A plugin lives as long as the Terraform that started it. Normally Terraform ends it with
 * GRPCController/Shutdown. When Terraform itself dies (kill -9, OOM, a CI runner cancelling the
 * job), nobody says so: the plugin is re-parented (its parent process id changes) and its stdout
 * and stderr pipes lose their reader, so the next log line fails with EPIPE. Left alone, a Node
 * plugin keeps serving nobody, and an error handler that logs the EPIPE to the same broken pipe
 * spins at full CPU. The lifeline ends the process in both cases.
 */

export interface LifelineOptions {
  /** Ends the process (process.exit in production); called at most once. */
  exit: (code: number) => void;
  /** Watch the parent process id. Off in debug mode, where a developer's shell starts the plugin. */
  watchParent: boolean;
  /** How often the parent is checked. Default 500 ms. */
  intervalMs?: number;
  /** The streams whose failure means Terraform is gone. Default stdout and stderr. */
  streams?: readonly EventEmitter[];
  /** Reads the current parent process id (tests). Default `process.ppid`. */
  parentPid?: () => number;
}

/** Exit code when Terraform went away without asking the plugin to stop. */
export const ORPHANED_EXIT_CODE = 1;

const BROKEN_STREAM_CODES = new Set(["EPIPE", "EIO", "ECONNRESET", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);

/** An error from writing to a pipe or terminal whose other end is gone. */
export function isBrokenStreamError(err: unknown): boolean {
  const code = typeof err === "object" && err !== null && "code" in err ? (err as { code: unknown }).code : undefined;
  return typeof code === "string" && BROKEN_STREAM_CODES.has(code);
}

/** Starts watching; returns a function that stops watching (tests, or a plugin closed in-process). */
export function holdLifeline(options: LifelineOptions): () => void {
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    if (timer) clearInterval(timer);
    options.exit(ORPHANED_EXIT_CODE);
  };
  const streams: readonly EventEmitter[] = options.streams ?? [process.stdout, process.stderr];
  // Any write error on our own stdio means the reader is gone; never log it (that writes again).
  const onError = (): void => end();
  for (const stream of streams) stream.on("error", onError);
  const parentPid = options.parentPid ?? (() => process.ppid);
  const parent = parentPid();
  // Started by init (pid 1) there is no parent to lose.
  const timer =
    options.watchParent && parent > 1
      ? setInterval(() => {
          if (parentPid() !== parent) end();
        }, options.intervalMs ?? 500)
      : undefined;
  // The gRPC server keeps the process alive, not this check.
  timer?.unref();
  return () => {
    if (timer) clearInterval(timer);
    for (const stream of streams) stream.removeListener("error", onError);
  };
}
