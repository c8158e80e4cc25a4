// Longest files first, also on a fresh clone. jest orders by the durations it cached on an earlier
// run; with no cache (CI's fresh clone) it falls back to file size, which starts the slowest files
// (npm installs, terraform runs, executable builds: a few short files) last, leaving one worker
// busy for minutes after the others are done. Here, a file gets the time it
// took in a measured run (HEAVY: seconds, a clean-clone .ci/run on the project's 2-core machine,
// bench/suite-duration.md; files of 10 s or more) or the time jest cached on an earlier run,
// whichever is longer; another file keeps jest's cached time, else a guess from its size. Order
// only: nothing here skips or fails a test.
const Sequencer = require("@jest/test-sequencer").default;
const path = require("node:path");

const HEAVY = {
  // Seconds in a clean-clone run with 4 workers (the 30 Nov 01:53 and 02:17 runs, bench/suite-duration.md).
  "test/newcomer/user-journey.e2e.test.ts": 329,
  "test/newcomer/workflow-stacks.e2e.test.ts": 173,
  "test/cli/preview.e2e.test.ts": 133,
  "test/provider/package.e2e.test.ts": 122,
  // 136 s measured, put after package.e2e on purpose: on a cold .cache that one builds the host and
  // darwin_arm64 executables and this one then copies them instead of building them at the same time.
  "test/provider/executables.test.ts": 120,
  "test/constructs/sync-verification.e2e.test.ts": 70,
  // The type-check (tsc over the whole project): ~15 s alone, more beside the other files.
  "test/typecheck.test.ts": 45,
  "test/constructs/integration.e2e.test.ts": 66,
  "test/provider/connector-sync.e2e.test.ts": 49,
  "test/provider/lifecycle.e2e.test.ts": 39,
  "test/constructs/bindings-generated.test.ts": 33,
  "test/cli/canary.e2e.test.ts": 32,
  "test/provider/connector-sync.test.ts": 32,
  "test/cli/verdict.e2e.test.ts": 30,
  "test/provider/credential-check.e2e.test.ts": 32,
  "test/tfplugin/terraform.e2e.test.ts": 22,
  "test/constructs/cdktf-cli.e2e.test.ts": 22,
  "test/twingate/destination.property.test.ts": 22,
  "test/constructs/demo.e2e.test.ts": 20,
  "test/provider/data-sources.e2e.test.ts": 20,
  // 10–23 s: started before the many short files, so the run does not end on one of them.
  "test/twingate/hostile.e2e.test.ts": 23,
  "test/constructs/self-hosted.e2e.test.ts": 21,
  "test/package.e2e.test.ts": 19,
  "test/constructs/connector-view.e2e.test.ts": 18,
  "test/provider/install-executable.e2e.test.ts": 16,
  "test/reconciler/preview.e2e.test.ts": 16,
  "test/hostile/terraform-wrapping.e2e.test.ts": 15,
  "test/cli/connector-settings.e2e.test.ts": 15,
  "test/provider/multi-network-canary.e2e.test.ts": 12,
  "test/standins/conductorone/deleted-connector.e2e.test.ts": 12,
  "test/untrusted-text.test.ts": 12,
  "test/provider/canary.e2e.test.ts": 11,
  "test/constructs/local-exec.e2e.test.ts": 11,
  "test/cli/connector.e2e.test.ts": 10,
};
const ROOT = path.join(__dirname, "..");

class LongestFirst extends Sequencer {
  time(test) {
    const cached = super.time(test);
    const known = HEAVY[path.relative(ROOT, test.path).split(path.sep).join("/")];
    // A measured whole-file time wins over a shorter cached one: jest also caches the time of a
    // filtered run (-t), which would start a long file late.
    if (known != null) return Math.max(known * 1000, cached ?? 0);
    if (cached != null) return cached;
    // Unknown and not heavy: about a second per 10 kB of test code, below every heavy file.
    return Math.min(10_000, (test.context.hasteFS.getSize(test.path) ?? 0) / 10);
  }
}

module.exports = LongestFirst;
