/**
 * Construct figures (not a test: it prints numbers; bench/constructs.md keeps them):
 *  (a) `cdktf synth` of the examples as the CLI runs it: the app command of cdktf.json
 *      (`tsx examples/main.ts`) in a fresh process writing cdktf.out, median of N runs;
 *  (b) in-process synth of every example stack once the modules are loaded, median of N;
 *  (c) loading the published library bundle (dist/constructs.js) in a fresh process, next to
 *      loading the CDK core alone: what every user's synth pays for this package;
 *  (d) the packed package: `npm pack --dry-run --json` (tarball and unpacked size, files).
 *
 * With BENCH_BASELINE=<dir> (an older checkout of this repo with a built dist/, e.g.
 * `git archive <commit> | tar -x -C dir`, node_modules linked), every figure is measured for
 * both trees, interleaved run by run so both see the same machine load.
 *
 *   npx tsx bench/synth.bench.ts            # (d) runs `npm pack` (prepack builds dist/)
 *   npx tsx bench/synth.bench.ts --no-pack  # (a)-(c) only; needs a built dist/
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = join(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TREES: Array<{ label: string; root: string }> = [
  ...(process.env.BENCH_BASELINE ? [{ label: "baseline", root: resolve(process.env.BENCH_BASELINE) }] : []),
  { label: "this tree", root: ROOT },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
const range = (v: number[]): string => `${fmt(Math.min(...v))}–${fmt(Math.max(...v))}`;
const pad = (label: string): string => label.padEnd(10);

/** Runs a child process to completion; returns its wall time and stdout, failing loudly. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { ms: number; stdout: string } {
  const start = performance.now();
  const out = spawnSync(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (out.status !== 0) throw new Error(`${command} ${args.join(" ")} (in ${cwd}) exited ${out.status}: ${out.stderr}`);
  return { ms, stdout: out.stdout };
}

/** Each tree's figure, `RUNS` times, trees interleaved. */
function interleaved(measure: (root: string) => number): number[][] {
  const times = TREES.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) TREES.forEach((t, j) => times[j]?.push(measure(t.root)));
  return times;
}

function cliSynth(): void {
  const outdir = mkdtempSync(join(tmpdir(), "c1tg-synth-bench-"));
  try {
    const times = interleaved((root) => run(join(root, "node_modules", ".bin", "tsx"), [join(root, "examples", "main.ts")], root, { ...process.env, CDKTF_OUTDIR: outdir }).ms);
    console.log(`(a) app command of cdktf.json (tsx examples/main.ts), median of ${RUNS}:`);
    TREES.forEach((t, j) => console.log(`    ${pad(t.label)} ${fmt(median(times[j] ?? []))} (range ${range(times[j] ?? [])})`));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** In a child process of each tree: load the examples once, then time RUNS synths of all of them. */
const IN_PROCESS = `
const { mkdtempSync, rmSync } = require("node:fs");
const { join } = require("node:path");
const { tmpdir } = require("node:os");
const { App } = require("cdktf");
const { buildExamples } = require("./examples/main");
const times = [];
for (let i = 0; i <= ${RUNS}; i++) {
  const outdir = mkdtempSync(join(tmpdir(), "c1tg-synth-bench-"));
  const start = performance.now();
  const app = new App({ outdir, stackTraces: false });
  buildExamples(app);
  app.synth();
  if (i > 0) times.push(performance.now() - start);
  rmSync(outdir, { recursive: true, force: true });
}
console.log(JSON.stringify(times));
`;

function inProcessSynth(): void {
  console.log(`(b) in-process synth of all example stacks (modules loaded), median of ${RUNS}:`);
  for (const t of TREES) {
    const times = JSON.parse(run(join(t.root, "node_modules", ".bin", "tsx"), ["-e", IN_PROCESS], t.root).stdout.trim()) as number[];
    console.log(`    ${pad(t.label)} ${fmt(median(times))} (range ${range(times)})`);
  }
}

function libraryLoad(): void {
  const core = TREES.map(() => [] as number[]);
  const lib = TREES.map(() => [] as number[]);
  // Core alone and core + library back to back, for each tree in turn, so all four see the same load.
  for (let i = 0; i < RUNS; i++) {
    TREES.forEach((t, j) => {
      core[j]?.push(run(process.execPath, ["-e", 'require("cdktf")'], t.root).ms);
      lib[j]?.push(run(process.execPath, ["-e", `require("cdktf"); require(${JSON.stringify(join(t.root, "dist", "constructs.js"))})`], t.root).ms);
    });
  }
  console.log(`(c) require dist/constructs.js after the core, median of ${RUNS} (the core alone in brackets):`);
  TREES.forEach((t, j) =>
    console.log(`    ${pad(t.label)} ${fmt(median(lib[j] ?? []))} (core ${fmt(median(core[j] ?? []))}): the library's own cost ${fmt(median(lib[j] ?? []) - median(core[j] ?? []))}`),
  );
}

function packedSize(): void {
  console.log("(d) npm pack --dry-run:");
  for (const t of TREES) {
    const { stdout } = run("npm", ["pack", "--dry-run", "--json"], t.root);
    // prepack's build output precedes the JSON array on stdout.
    const json = JSON.parse(stdout.slice(stdout.indexOf("[\n"))) as Array<{ size: number; unpackedSize: number; entryCount: number; files: Array<{ path: string; size: number }> }>;
    const pack = json[0];
    if (!pack) throw new Error("npm pack --dry-run --json printed no package");
    const kb = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
    const bundle = pack.files.find((f) => f.path === "dist/constructs.js");
    const types = pack.files.filter((f) => f.path.startsWith("dist/types/")).reduce((sum, f) => sum + f.size, 0);
    console.log(
      `    ${pad(t.label)} tarball ${kb(pack.size)}, unpacked ${kb(pack.unpackedSize)}, ${pack.entryCount} files; ` +
        `dist/constructs.js ${kb(bundle?.size ?? 0)}, dist/types ${kb(types)}`,
    );
  }
}

if (require.main === module) {
  cliSynth();
  inProcessSynth();
  libraryLoad();
  if (!process.argv.includes("--no-pack")) packedSize();
}
