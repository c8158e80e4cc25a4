/**
 * Runs every benchmark in bench/ one after the other, each in its own process so
 * their timings and memory figures do not disturb each other. Not a test: it prints figures.
 *   npm run bench            # all
 *   npm run bench -- client  # only files whose name contains "client"
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const filter = process.argv[2];
const files = readdirSync(__dirname)
  .filter((name) => name.endsWith(".bench.ts") && (filter === undefined || name.includes(filter)))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  const tsx = path.join(__dirname, "..", "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, [path.join(__dirname, file)], { stdio: "inherit" });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
