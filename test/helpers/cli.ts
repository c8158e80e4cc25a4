import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import path from "node:path";

export const CLI_PATH = path.join(__dirname, "..", "..", "dist", "cli.js");

export interface CliRun {
  code: number;
  /** The signal that ended the process, when one did (the timeout kill, say). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to a minimal environment (PATH, HOME, NO_COLOR): nothing else of the test's leaks in (no GITHUB_ACTIONS). */
  env?: NodeJS.ProcessEnv;
  stdin?: string;
  /** Killed after this long (a hang then shows as a failed run, not a stuck suite). Default 120 s. */
  timeoutMs?: number;
  /** Node options before the script, e.g. ["-r", "preload.cjs"]. */
  nodeArgs?: string[];
  /** The directory it runs in (relative paths in `args` and `env` are read from there). */
  cwd?: string;
}

/**
 * The suite's V8 code cache (test/global-setup.js), for a CLI run whose `env` names no HOME or cache
 * directory of its own: the CLI's cache then goes there, not into the real HOME.
 */
function suiteCodeCache(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const ownPlace = env !== undefined && ["HOME", "XDG_CACHE_HOME", "C1TG_CODE_CACHE_DIR"].some((name) => name in env);
  return ownPlace ? {} : suiteCodeCacheEnv();
}

/** `C1TG_CODE_CACHE_DIR` of the suite (test/global-setup.js), for a child the test starts with an environment of its own. */
export function suiteCodeCacheEnv(): NodeJS.ProcessEnv {
  return process.env.C1TG_CODE_CACHE_DIR === undefined ? {} : { C1TG_CODE_CACHE_DIR: process.env.C1TG_CODE_CACHE_DIR };
}

/** The bundled CLI as a child process with a minimal environment (PATH, HOME, NO_COLOR, the suite's code cache) plus `env`. */
function spawnCli(args: readonly string[], options: Pick<CliOptions, "env" | "nodeArgs" | "cwd">): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [...(options.nodeArgs ?? []), CLI_PATH, ...args], {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", ...suiteCodeCache(options.env), ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** The one way tests run the bundled `c1-twingate`: as a child process, the way users and CI do. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, options);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, signal, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? "");
  });
}

/** Run `count` CLI invocations, at most `parallel` at once (the machine is shared: keep it small). */
export async function runCliMany<T = CliRun>(count: number, parallel: number, run: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      results[index] = await run(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  return results;
}

/** A `c1-twingate` command that serves until stopped (`simulator`, `c1-simulator`), started by startCliServer. */
export interface CliServer {
  child: ChildProcessWithoutNullStreams;
  /** What it printed (stdout, then stderr as it came) up to and including its ready line. */
  banner: string;
  /** Everything it has printed so far. */
  output(): string;
  /** SIGTERM (when still running), then its exit code once it has exited (null when a signal ended it). */
  stop(): Promise<number | null>;
}

export interface CliServerOptions extends Pick<CliOptions, "env" | "nodeArgs"> {
  /** The line that says it serves. Default "Press Ctrl-C to stop.", the last line of every server banner. */
  ready?: string | RegExp;
  /** Killed (and the start rejected) when not ready after this long: a hang fails, it is not measured. Default 120 s. */
  timeoutMs?: number;
}

/**
 * The one way tests start a serving `c1-twingate` command: as a child process, resolved once its
 * output holds the ready line; rejected with what it printed when it exits (or hangs) first.
 * Stop it with `stop()` in afterAll (harmless when a test stopped it already).
 */
export function startCliServer(args: string[], options: CliServerOptions = {}): Promise<CliServer> {
  const child = spawnCli(args, options);
  child.stdin.end();
  let out = "";
  const ready = options.ready ?? "Press Ctrl-C to stop.";
  const isReady = (): boolean => (typeof ready === "string" ? out.includes(ready) : ready.test(out));
  const server: CliServer = {
    child,
    banner: "",
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, "exit");
        child.kill("SIGTERM");
        await exited;
      }
      return child.exitCode;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`c1-twingate ${args.join(" ")} printed no ready line (${String(ready)}) within ${options.timeoutMs ?? 120_000} ms: ${out}`));
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString("utf8");
      if (server.banner === "" && isReady()) {
        clearTimeout(timer);
        server.banner = out;
        resolve(server);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`c1-twingate ${args.join(" ")} exited before it was ready (${code ?? signal}): ${out}`));
    });
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
