/**
 * CPU time per test file, for bench/suite-report.ts: when C1TG_SUITE_CPU_LOG names a file, each
 * test file appends one JSON line `{ file, cpuSeconds }` to it. The CPU is the jest worker's own
 * plus that of the child processes it reaped while the file ran (terraform, providers, npm, the
 * CLI: /proc/self/stat's utime, stime, cutime, cstime), so on a 2-core machine the files' sum is
 * what the suite's wall time is made of. Linux only (elsewhere it logs nothing). A figure, never
 * an assertion.
 */
import { appendFileSync, readFileSync } from "node:fs";

/** utime + stime + cutime + cstime of this process, in clock ticks (USER_HZ, 100 on Linux). */
function ticks(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime is field 14 of the whole line, i.e. index 11 after "pid (comm)".
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  } catch {
    return null;
  }
}

export function logFileCpu(log: string | undefined): void {
  if (!log) return;
  // Taken when the setup file runs, before the test file's own imports.
  const start = ticks();
  afterAll(() => {
    const end = ticks();
    if (start === null || end === null) return;
    appendFileSync(log, `${JSON.stringify({ file: expect.getState().testPath, cpuSeconds: (end - start) / 100 })}\n`);
  });
}
