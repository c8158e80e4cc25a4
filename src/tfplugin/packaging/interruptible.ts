import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { isAbsolute } from "node:path";

/**
 * One interrupt scope for building executables (runtime downloads, blob, injection, signing, and
 * the install/package steps around them). While any scope is open, SIGINT, SIGTERM and SIGHUP
 * (the CLI's Ctrl-C, a CI job cancelled, a closed terminal):
 * 1. kill every build step's child process still running (npm pack, the blob maker, postject, codesign);
 * 2. remove every work or temp directory registered so far (newest first);
 * 3. raise the signal again with these handlers gone, so the process ends by it as it would have
 *    (unless the host handles that signal itself: its handlers get this signal, once, as usual).
 * Without this, Node ends at once on the signal and leaves the children running, re-parented to
 * PID 1, and their directories (tens of MB each) behind.
 *
 * Scopes nest, and several builds may run at once in one process: the handlers are installed once
 * while any scope is open, and each registration is undone by its own disposer.
 */
const INTERRUPTS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

const children = new Set<ChildProcess>();
/** Insertion-ordered: removed newest first (a download dir in the cache before the temp dir of the install that started it). */
const cleanUps = new Set<() => void>();
let openScopes = 0;
let listening = false;

/**
 * Kills a step and everything it started: each step leads its own process group (spawned
 * `detached` off Windows), so a wrapper's children (an `npm` shim's node, a shell's `&` jobs) go
 * with it; on Windows, the child alone.
 */
function killStep(child: ChildProcess): void {
  try {
    if (process.platform !== "win32" && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    else child.kill("SIGKILL");
  } catch {
    // already gone
    try {
      child.kill("SIGKILL");
    } catch {
      // gone
    }
  }
}

function onInterrupt(signal: NodeJS.Signals): void {
  stopListening();
  for (const child of children) killStep(child);
  children.clear();
  const pending = [...cleanUps].reverse();
  cleanUps.clear();
  for (const cleanUp of pending) {
    try {
      cleanUp();
    } catch {
      // best effort: the signal must still end the process
    }
  }
  // With no handler of the host left, the signal's default action ends the process by it. A host
  // that handles it itself got this very signal already (every listener is called), not twice.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function startListening(): void {
  if (listening) return;
  for (const s of INTERRUPTS) process.on(s, onInterrupt);
  listening = true;
}

function stopListening(): void {
  if (!listening) return;
  for (const s of INTERRUPTS) process.removeListener(s, onInterrupt);
  listening = false;
}

/** Runs `work` inside an interrupt scope (see the module's comment). Scopes may nest and overlap. */
export async function interruptible<T>(work: () => Promise<T>): Promise<T> {
  openScopes += 1;
  startListening();
  try {
    return await work();
  } finally {
    openScopes -= 1;
    if (openScopes === 0) stopListening();
  }
}

/** Whether an interrupt scope is open (the handlers are installed). For tests. */
export function interruptScopeOpen(): boolean {
  return listening;
}

/**
 * Registers `path` (a work or temp dir, or a partial output) to be removed if the build is
 * interrupted; the returned function unregisters it (call it once the path is removed or kept).
 */
export function removeOnInterrupt(path: string): () => void {
  const cleanUp = (): void => rmSync(path, { recursive: true, force: true });
  cleanUps.add(cleanUp);
  return () => {
    cleanUps.delete(cleanUp);
  };
}

/**
 * A temp or work dir removed when `work` ends, however it ends: returned, thrown, or interrupted
 * by a signal (whose re-raise skips `finally` blocks).
 */
export async function withDirectory<T>(path: string, work: () => Promise<T>): Promise<T> {
  const unregister = removeOnInterrupt(path);
  try {
    return await work();
  } finally {
    rmSync(path, { recursive: true, force: true });
    unregister();
  }
}

export interface StepOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Longest the child may run before it is killed with SIGKILL (ms). */
  timeoutMs: number;
  /** The last bytes of its output kept (per stream). */
  tailBytes?: number;
}

export interface StepResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr interleaved, the last `tailBytes`. */
  output: string;
  stderr: string;
  /** The child could not be started (ENOENT, EACCES). */
  error?: Error;
}

/**
 * Runs one build step's child process asynchronously (the process stays responsive to signals)
 * and registers it with the interrupt scope while it runs. Resolves with how it ended; never rejects.
 */
export function runStep(command: string, args: readonly string[], options: StepOptions): Promise<StepResult> {
  const tail = options.tailBytes ?? 64 << 10;
  // A step's paths are given relative to nothing: its caller resolves them, since the step runs elsewhere.
  if (!isAbsolute(options.cwd)) return Promise.resolve({ code: null, signal: null, output: "", stderr: "", error: new Error(`a build step's working directory must be an absolute path, not "${options.cwd}"`) });
  return new Promise((resolve) => {
    let output = "";
    let stderr = "";
    let error: Error | undefined;
    let child: ChildProcess;
    try {
      // Its own process group (see killStep); not unref'd, so this process still waits for it.
      child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32" });
    } catch (err) {
      resolve({ code: null, signal: null, output: "", stderr: "", error: err as Error });
      return;
    }
    children.add(child);
    // Over its time, the step and what it started are killed (spawn's own `timeout` kills the child alone).
    const timer = setTimeout(() => killStep(child), options.timeoutMs);
    child.stdout?.on("data", (d: Buffer) => {
      output = (output + d.toString()).slice(-tail);
    });
    child.stderr?.on("data", (d: Buffer) => {
      output = (output + d.toString()).slice(-tail);
      stderr = (stderr + d.toString()).slice(-tail);
    });
    let settled = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, signal, output, stderr, ...(error ? { error } : {}) });
    };
    child.on("error", (err) => {
      error = err;
      // Not started (no pid): no "close" need follow.
      if (child.pid === undefined) finish(null, null);
    });
    child.on("close", finish);
  });
}

/**
 * How a step failed, in words ("it exited with code 1", "it was stopped by SIGKILL (its time
 * limit, or killed)", or why it could not start); undefined when it succeeded.
 */
export function stepFailure(step: StepResult): string | undefined {
  if (step.error) return step.error.message;
  if (step.code === 0) return undefined;
  if (step.signal) return `it was stopped by ${step.signal}${step.signal === "SIGKILL" ? " (its time limit, or killed)" : ""}`;
  return `it exited with code ${step.code}`;
}
