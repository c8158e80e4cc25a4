// Preloaded (with --expose-gc) into a child `node dist/cli.js ...`. After every Nth HTTP
// response the CLI receives (LIVE_HEAP_SAMPLE_EVERY, default 10) and once more at exit it runs a
// full GC and samples the live heap (V8 heap used, less its code spaces, + external + array
// buffers; compiled code depends on the JIT's timing on a busy machine, not on the data held); at exit it writes
// the largest sample, the sample count and the peak RSS to stderr. Live heap after a full GC is
// what the program holds, at the same points of the run on any machine; peak RSS also counts
// garbage a busy machine had no time to collect yet, so it is reported, never asserted.
const diagnostics = require("node:diagnostics_channel");

if (typeof global.gc !== "function") throw new Error("live-heap-preload.cjs needs node --expose-gc");
const every = Number(process.env.LIVE_HEAP_SAMPLE_EVERY || 10);
let responses = 0;
let samples = 0;
let largest = 0;

const v8 = require("node:v8");

/** Bytes in V8's code spaces: compiled and optimised code, which grows with how long and how hot a run was (and when the JIT's background threads got CPU), not with what the program holds. */
function codeBytes() {
  return v8
    .getHeapSpaceStatistics()
    .filter((s) => s.space_name.includes("code"))
    .reduce((sum, s) => sum + s.space_used_size, 0);
}

function sample() {
  global.gc();
  const m = process.memoryUsage();
  largest = Math.max(largest, m.heapUsed - codeBytes() + m.external + m.arrayBuffers);
  samples += 1;
}

diagnostics.subscribe("http.client.response.finish", () => {
  responses += 1;
  if (responses % every === 0) sample();
});

process.on("exit", () => {
  sample();
  process.stderr.write(`\nLIVE_HEAP_KB=${Math.round(largest / 1024)} SAMPLES=${samples} RESPONSES=${responses} PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
