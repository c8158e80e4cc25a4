// jest's node environment, plus two per-file logs: CPU (for bench/suite-report.ts) when
// C1TG_SUITE_CPU_LOG is set, and the handles a file left open when C1TG_SUITE_HANDLE_LOG is set
// (what keeps a jest worker from exiting: "A worker process has failed to exit gracefully"): an environment is made before a test file loads and torn down after
// its last afterAll, so the figure covers all of the file (hooks in a setup file would miss the
// file's own afterAll, which run after them).
const NodeEnvironment = require("jest-environment-node").TestEnvironment;
const { appendFileSync, readFileSync } = require("node:fs");

/** utime + stime + cutime + cstime of this process (the jest worker), in clock ticks (USER_HZ, 100 on Linux); null elsewhere. */
function ticks() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces) start after its closing parenthesis; utime is the 12th of them.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  } catch {
    return null;
  }
}

/** The ref'd handles and requests keeping this process alive, counted by kind (`process.getActiveResourcesInfo`). */
function activeResources() {
  const counts = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** Kinds whose count grew from `before` to `after`, with the growth. */
function grown(before, after) {
  const more = {};
  for (const [kind, n] of Object.entries(after)) if (n > (before[kind] ?? 0)) more[kind] = n - (before[kind] ?? 0);
  return more;
}

class CpuLoggingEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    this.cpuLog = process.env.C1TG_SUITE_CPU_LOG;
    this.testPath = context.testPath;
    this.startTicks = this.cpuLog ? ticks() : null;
    this.handleLog = process.env.C1TG_SUITE_HANDLE_LOG;
    this.startResources = this.handleLog ? activeResources() : null;
  }

  async teardown() {
    await super.teardown();
    const end = this.startTicks === null ? null : ticks();
    if (end !== null) appendFileSync(this.cpuLog, `${JSON.stringify({ file: this.testPath, cpuSeconds: (end - this.startTicks) / 100 })}\n`);
    if (this.startResources !== null) {
      // Closing a server or reaping a killed child completes on a later turn of the loop. jest gives a
      // worker 500 ms to exit after its last file: what is still open at 400 ms is what it may wait on.
      const atTeardown = grown(this.startResources, activeResources());
      await new Promise((resolve) => setTimeout(resolve, 400).unref());
      const left = grown(this.startResources, activeResources());
      if (Object.keys(left).length > 0) appendFileSync(this.handleLog, `${JSON.stringify({ file: this.testPath, atTeardown, left })}\n`);
    }
  }
}

module.exports = CpuLoggingEnvironment;
