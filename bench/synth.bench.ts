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
let stacks = 0;
for (let i = 0; i <= ${RUNS}; i++) {
  const outdir = mkdtempSync(join(tmpdir(), "c1tg-synth-bench-"));
  const start = performance.now();
  const app = new App({ outdir, stackTraces: false });
  buildExamples(app);
  app.synth();
  if (i > 0) times.push(performance.now() - start);
  stacks = app.node.children.length;
  rmSync(outdir, { recursive: true, force: true });
}
console.log(JSON.stringify({ times, stacks }));
`;

function inProcessSynth(): void {
  console.log(`(b) in-process synth of all example stacks (modules loaded), median of ${RUNS}:`);
  for (const t of TREES) {
    const { times, stacks } = JSON.parse(run(join(t.root, "node_modules", ".bin", "tsx"), ["-e", IN_PROCESS], t.root).stdout.trim()) as { times: number[]; stacks: number };
    console.log(`    ${pad(t.label)} ${fmt(median(times))} (range ${range(times)}), ${stacks} stacks`);
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

interface PackedFile {
  path: string;
  size: number;
}

/** What `npm pack --dry-run --json` says of a tree (prepack builds dist/ first). */
function pack(root: string): { size: number; unpackedSize: number; entryCount: number; files: PackedFile[] } {
  const { stdout } = run("npm", ["pack", "--dry-run", "--json"], root);
  // prepack's build output precedes the JSON array on stdout.
  const json = JSON.parse(stdout.slice(stdout.indexOf("[\n"))) as Array<{ size: number; unpackedSize: number; entryCount: number; files: PackedFile[] }>;
  const first = json[0];
  if (!first) throw new Error("npm pack --dry-run --json printed no package");
  return first;
}

/** Files grouped as the package is laid out: each dist/*.js bundle and executable alone, the declarations as one. */
function packGroups(files: PackedFile[]): Map<string, number> {
  const groups = new Map<string, number>();
  for (const f of files) {
    const key = f.path.startsWith("dist/types/") ? "dist/types/ (declarations)" : f.path.startsWith("dist/") ? f.path : "other (README, docs, package.json, ...)";
    groups.set(key, (groups.get(key) ?? 0) + f.size);
  }
  return groups;
}

function packedSize(): void {
  console.log("(d) npm pack --dry-run:");
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
  const groups = TREES.map((t) => {
    const p = pack(t.root);
    console.log(`    ${pad(t.label)} tarball ${kb(p.size)}, unpacked ${kb(p.unpackedSize)}, ${p.entryCount} files`);
    return packGroups(p.files);
  });
  // Unpacked size per part, largest first, with the change from the first tree (the baseline).
  const last = groups[groups.length - 1] ?? new Map<string, number>();
  const names = [...new Set(groups.flatMap((g) => [...g.keys()]))].sort((a, b) => (last.get(b) ?? 0) - (last.get(a) ?? 0));
  console.log(`    unpacked by part (${TREES.map((t) => t.label).join(" → ")}):`);
  for (const name of names) {
    const sizes = groups.map((g) => g.get(name) ?? 0);
    const delta = sizes.length > 1 ? ` (${(sizes[sizes.length - 1] ?? 0) - (sizes[0] ?? 0) >= 0 ? "+" : ""}${kb((sizes[sizes.length - 1] ?? 0) - (sizes[0] ?? 0))})` : "";
    console.log(`      ${name.padEnd(42)} ${sizes.map(kb).join(" → ")}${delta}`);
  }
}

if (require.main === module) {
  cliSynth();
  inProcessSynth();
  libraryLoad();
  if (!process.argv.includes("--no-pack")) packedSize();
}
