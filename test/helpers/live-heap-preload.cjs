// Preloaded (with --expose-gc) into a child `node dist/cli.js ...`. After every Nth HTTP
// response the CLI receives (LIVE_HEAP_SAMPLE_EVERY, default 10) it runs a full GC and samples the
// live heap (V8 heap used, less its code spaces, + external + array buffers; compiled code depends
// on the JIT's timing on a busy machine, not on the data held). At exit it writes to stderr:
// - LIVE_HEAP_KB: the floor of the live heap over the last quarter of the run (the smallest of
//   those samples). What the program holds grows into it: by then at least three quarters of the
//   data have gone through. What it does not hold does not: a sample can also catch the responses
//   that arrived while the last one was being read (socket buffers, strings not yet parsed), a
//   transient of up to ~10 MB whose size depends on the machine's timing (measured: the largest
//   sample of a 100 000-user preview 25.6 MB, its late floor 17.4 MB, its median 17.7 MB);
// - PEAK_SAMPLE_KB: the largest sample (that transient included), a figure, not for asserting;
// - SAMPLES, RESPONSES, PEAK_RSS_KB (peak RSS also counts garbage not collected yet);
// - FIRST_SAMPLE_AT: the response of the first sample.
const diagnostics = require("node:diagnostics_channel");

if (typeof global.gc !== "function") throw new Error("live-heap-preload.cjs needs node --expose-gc");
const every = Number(process.env.LIVE_HEAP_SAMPLE_EVERY || 10);
// LIVE_HEAP_SAMPLE_AFTER=N (a caller that knows how many responses the run gets): no sample up to
// response N, and LIVE_HEAP_KB is the floor of all samples. N at three quarters of the responses
// gives the same samples of the last quarter without the full GCs of the others, which only
// PEAK_SAMPLE_KB used (then the largest of the late samples). Unset: every sample, as above.
const after = Number(process.env.LIVE_HEAP_SAMPLE_AFTER || 0);
let responses = 0;
const samples = [];
let firstAt = 0;

const v8 = require("node:v8");

/** Bytes in V8's code spaces: compiled and optimised code, which grows with how long and how hot a run was (and when the JIT's background threads got CPU), not with what the program holds. */
function codeBytes() {
  return v8
    .getHeapSpaceStatistics()
    .filter((s) => s.space_name.includes("code"))
    .reduce((sum, s) => sum + s.space_used_size, 0);
}

function liveHeap() {
  global.gc();
  const m = process.memoryUsage();
  return m.heapUsed - codeBytes() + m.external + m.arrayBuffers;
}

diagnostics.subscribe("http.client.response.finish", () => {
  responses += 1;
  if (responses % every === 0 && responses > after) {
    if (samples.length === 0) firstAt = responses;
    samples.push(liveHeap());
  }
});

process.on("exit", () => {
  // The run's own samples only: at exit the program has let go of everything it held.
  if (samples.length === 0) samples.push(liveHeap());
  const late = after > 0 ? samples : samples.slice(Math.floor(samples.length * 0.75));
  const kb = (bytes) => Math.round(bytes / 1024);
  process.stderr.write(
    `\nLIVE_HEAP_KB=${kb(Math.min(...late))} PEAK_SAMPLE_KB=${kb(Math.max(...samples))} SAMPLES=${samples.length} RESPONSES=${responses} FIRST_SAMPLE_AT=${firstAt} PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`,
  );
});
