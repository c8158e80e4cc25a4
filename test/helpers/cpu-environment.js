// jest's node environment, plus a per-file CPU log (for bench/suite-report.ts) when
// C1TG_SUITE_CPU_LOG is set: an environment is made before a test file loads and torn down after
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

class CpuLoggingEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    this.cpuLog = process.env.C1TG_SUITE_CPU_LOG;
    this.testPath = context.testPath;
    this.startTicks = this.cpuLog ? ticks() : null;
  }

  async teardown() {
    await super.teardown();
    const end = this.startTicks === null ? null : ticks();
    if (end !== null) appendFileSync(this.cpuLog, `${JSON.stringify({ file: this.testPath, cpuSeconds: (end - this.startTicks) / 100 })}\n`);
  }
}

module.exports = CpuLoggingEnvironment;
