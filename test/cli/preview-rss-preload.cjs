// Preloaded into a child `node dist/cli.js ...`: reports its peak RSS on stderr at exit.
// VmHWM (Linux) is the peak of this process image alone. getrusage's maxRSS is NOT: Linux keeps it
// across execve, so a child spawned from a large jest worker would report the worker's size.
const { readFileSync } = require("node:fs");
process.on("exit", () => {
  let kb;
  try {
    kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1]);
  } catch {
    kb = undefined;
  }
  process.stderr.write(`\nPEAK_RSS_KB=${kb || process.resourceUsage().maxRSS}\n`);
});
