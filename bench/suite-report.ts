/**
 * The test suite's duration, from a jest JSON report (`.ci/run` writes one; or
 * `npx jest --json --outputFile=/tmp/r.json`): totals, the wall time of the jest run, and the
 * slowest files with when each started (how well the workers overlapped). Not a test: it prints
 * figures (bench/suite-duration.md keeps the measured ones).
 *   npx tsx bench/suite-report.ts /tmp/r.json [how many files, default 20] [cpu log]
 * With a CPU log (`C1TG_SUITE_CPU_LOG=/tmp/cpu.jsonl npm test -- --json --outputFile=/tmp/r.json`,
 * test/helpers/cpu-environment.js) it adds each file's CPU seconds (its worker's and the child processes
 * it ran): on a machine with fewer cores than workers, the sum of those is what the wall time is made of.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import * as z from "zod";

const Report = z.object({
  startTime: z.number(),
  numTotalTests: z.number(),
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  testResults: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      startTime: z.number(),
      endTime: z.number(),
      assertionResults: z.array(z.object({ title: z.string(), duration: z.number().nullable().optional() })),
    }),
  ),
});

const [file, most = "20", cpuLog] = process.argv.slice(2);
const CpuLine = z.object({ file: z.string(), cpuSeconds: z.number() });
/** CPU seconds per test file path (both projects' runs of a file added up). */
const cpu = new Map<string, number>();
if (cpuLog && existsSync(cpuLog)) {
  for (const line of readFileSync(cpuLog, "utf8").split("\n").filter(Boolean)) {
    const { file: path, cpuSeconds } = CpuLine.parse(JSON.parse(line));
    cpu.set(path, (cpu.get(path) ?? 0) + cpuSeconds);
  }
}
if (!file) {
  console.error("usage: npx tsx bench/suite-report.ts <jest-report.json> [files to list]");
  process.exit(2);
}
const report = Report.parse(JSON.parse(readFileSync(file, "utf8")));
const files = report.testResults.map((t) => ({ name: t.name, seconds: (t.endTime - t.startTime) / 1000, start: t.startTime, tests: t.assertionResults.length, status: t.status }));
const first = Math.min(...files.map((f) => f.start));
const last = Math.max(...report.testResults.map((t) => t.endTime));
const sum = files.reduce((total, f) => total + f.seconds, 0);
/** The repository the report was made in: file names are shown relative to it. */
const root = (files[0]?.name ?? "").replace(/\/test\/.*$/, "");

console.log(`${files.length} files, ${report.numTotalTests} tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
console.log(`jest wall time ${((last - report.startTime) / 1000).toFixed(0)} s; sum of file times ${sum.toFixed(0)} s (${(sum / ((last - first) / 1000)).toFixed(2)} files at once on average)`);
if (cpu.size > 0) {
  const total = [...cpu.values()].reduce((a, b) => a + b, 0);
  console.log(`CPU: ${total.toFixed(0)} s in all (${(total / ((last - report.startTime) / 1000)).toFixed(2)} cores busy on average); files by CPU, both projects' runs of a file together`);
}
const cpuOf = (name: string): string => (cpu.size > 0 ? `${(cpu.get(name) ?? 0).toFixed(1).padStart(7)}  ` : "");
console.log(`   secs  ${cpu.size > 0 ? "cpu s    " : ""}tests  started  file`);
const order = cpu.size > 0 ? (a: (typeof files)[number], b: (typeof files)[number]) => (cpu.get(b.name) ?? 0) - (cpu.get(a.name) ?? 0) : (a: (typeof files)[number], b: (typeof files)[number]) => b.seconds - a.seconds;
for (const f of [...files].sort(order).slice(0, Number(most))) {
  console.log(`${f.seconds.toFixed(1).padStart(7)}  ${cpuOf(f.name)}${String(f.tests).padStart(5)}  +${((f.start - first) / 1000).toFixed(0).padStart(5)} s  ${relative(root, f.name)}${f.status === "passed" ? "" : ` (${f.status})`}`);
}
