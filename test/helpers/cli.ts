import { spawn } from "node:child_process";
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
}

/** The one way tests run the bundled `c1-twingate`: as a child process, the way users and CI do. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI_PATH, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
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
