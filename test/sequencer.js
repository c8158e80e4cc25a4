// Longest files first, also on a fresh clone. jest orders by the durations it cached on an earlier
// run; with no cache (CI's fresh clone) it falls back to file size, which starts the slowest files
// (npm installs, terraform runs, executable builds: a few short files) last, leaving one worker
// busy for minutes after the other is done. Here, a file jest has no time for gets the time it
// took in a measured run (HEAVY, seconds on an idle 2-core machine with 2 workers), else a guess
// from its size; a file jest has a time for keeps jest's. Order only: nothing here skips or
// fails a test.
const Sequencer = require("@jest/test-sequencer").default;
const path = require("node:path");

const HEAVY = {
  "test/newcomer/user-journey.e2e.test.ts": 190,
  "test/provider/package.e2e.test.ts": 60,
  "test/cli/preview.e2e.test.ts": 50,
  "test/provider/executables.test.ts": 45,
  "test/provider/connector-sync.e2e.test.ts": 40,
  "test/constructs/integration.e2e.test.ts": 35,
  "test/constructs/sync-verification.e2e.test.ts": 32,
  "test/provider/connector-sync.test.ts": 30,
  "test/provider/data-sources.e2e.test.ts": 28,
  "test/constructs/self-hosted.e2e.test.ts": 25,
  "test/cli/canary.e2e.test.ts": 22,
  "test/cli/verdict.e2e.test.ts": 19,
  "test/provider/lifecycle.e2e.test.ts": 16,
};
const ROOT = path.join(__dirname, "..");

class LongestFirst extends Sequencer {
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const known = HEAVY[path.relative(ROOT, test.path).split(path.sep).join("/")];
    if (known != null) return known * 1000;
    // Unknown and not heavy: about a second per 10 kB of test code, below every heavy file.
    return Math.min(10_000, (test.context.hasteFS.getSize(test.path) ?? 0) / 10);
  }
}

module.exports = LongestFirst;
