// Preloaded into a child `node dist/cli.js ...`: reports its peak RSS on stderr at exit.
process.on("exit", () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
