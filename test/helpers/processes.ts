/**
 * Test helper: process state from /proc (Linux), for tests that prove a process ended. A zombie
 * (ended, waiting for its parent to reap it) counts as ended. Waits poll without a deadline of
 * their own: the test's timeout is the only limit, so nothing here measures speed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** The fields of /proc/<pid>/stat after the command name: [state, ppid, …]; undefined when gone. */
export function procStat(pid: number): string[] | undefined {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  try {
    const text = readFileSync(file, "utf8");
    // The command name may contain spaces and parentheses: the fields start after its last ")".
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

export function isRunning(pid: number): boolean {
  const stat = procStat(pid);
  return stat !== undefined && stat[0] !== "Z";
}

/** Children of `parent` whose command line contains `text`. */
export function childrenMatching(parent: number, text: string): number[] {
  return readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .map(Number)
    .filter((pid) => {
      if (procStat(pid)?.[1] !== String(parent)) return false;
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text);
      } catch {
        return false;
      }
    });
}

/** Pids of the processes whose command line holds every one of `parts`. */
export function processesWith(...parts: string[]): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, "latin1");
    } catch {
      continue; // gone meanwhile
    }
    if (parts.every((p) => cmdline.includes(p))) pids.push(Number(entry));
  }
  return pids;
}

/** Resolves with the first value `probe` returns that is not undefined. */
export async function until<T>(probe: () => T | undefined): Promise<T> {
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once the process has ended. */
export function ended(pid: number): Promise<true> {
  return until(() => (isRunning(pid) ? undefined : true));
}
