/**
 * Provider figures, all measured in the same run on the same machine:
 *  (a) start-up to the handshake line (what Terraform waits for in every phase), median of 20,
 *      interleaved: `node -e 0`, the script (dist/terraform-provider-c1twingate), the
 *      self-contained executable, and optionally older builds for before/after
 *      (BENCH_BASELINE_SCRIPT=<file> or `<label>=<file>,<label>=<file>`, e.g. builds of earlier
 *      commits; each is measured as a script and as an executable). Beside the wall time: the
 *      process's CPU time at the handshake (user + system from /proc, mean; steadier than wall time
 *      on a loaded machine), its RSS once idle after the handshake, and the bundle's size (the part
 *      compiled at start-up, and the lazy modules it carries);
 *  (b) `terraform plan` wall time with one credential check against the simulator (script and
 *      executable) next to a plan holding only terraform_data and plans of the floor, a do-nothing
 *      Node provider (bench/floor-provider.ts): as a script on the `node` on PATH and on the
 *      executables' Node 22, and as a single executable built like the provider's (same
 *      buildSingleExecutable, runtime and caches; installed in the mirror the same way, so
 *      terraform checks its h1: hash as it does the provider's), all interleaved; with the CPU time
 *      of terraform and its provider processes (steadier than wall time on a shared machine), after
 *      two unmeasured plans per workspace (the code caches written and settled), and one more row:
 *      the executable with its code-cache directory emptied before each plan (a fresh CI runner); then
 *      one plan of the floor on Node 22, of the floor executable and of each form of the provider
 *      run with TF_LOG=trace, cut into a timeline (bench/plan-timeline.ts): terraform's own work
 *      before the first plugin start (for an executable mostly hashing its ~120 MB against the lock
 *      file), and per provider process spawn → handshake → each call → Close → exit;
 *  (c) scale: for_each over 100 networks of the simulator, plan and apply wall time and the
 *      provider processes' peak RSS and PSS (sampled from /proc);
 *  (d) 10 provider aliases, one check each: plan wall time, the processes' peak RSS together.
 *
 *   npm run build && npx tsx bench/provider.bench.ts            (BENCH_QUICK=1: (a) and (b) only)
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { buildProviderExecutables, providerCaches } from "../src/provider/executables";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from "../src/provider/address";
import { DEMO_KEYS, startSimulator, type NetworkSpec, type RunningSimulator } from "../src/simulator";
import { credentials, makeClientConstructor, Metadata } from "@grpc/grpc-js";
import { currentPlatform, generateSelfSignedCertificate, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../src/tfplugin";
import { toPem } from "../src/tfplugin/server/certificate";
import { protocolClientDefinitions } from "../test/tfplugin/server/protocol-client";
import { splitLazyModules } from "../src/tfplugin/packaging/lazy-module";
import { fetchNodeRuntime, nodeRuntimeFor } from "../src/tfplugin/packaging/node-runtime";
import { buildSingleExecutable } from "../src/tfplugin/packaging/sea";
import { executableName } from "../src/tfplugin/packaging/release";
import { createTerraformWorkspace, requireTerraform, type TerraformWorkspace } from "../test/helpers/terraform";
import { aliasedChecksConfig, credentialCheckConfig } from "../test/provider/terraform-run";
import { describePlanTimeline } from "./plan-timeline";
import { sampleProviderMemory } from "../test/helpers/provider-memory";
import { FLOOR_PROVIDER, FLOOR_TF, floorCertificate, floorProviderSource } from "./floor-provider";

const ROOT = join(__dirname, "..");
const PROVIDER_BUNDLE_FILE = "terraform-provider-c1twingate";
const SCRIPT = join(ROOT, "dist", PROVIDER_BUNDLE_FILE);
const RUNS = 20;
const PLANS = 9;
const WARM_UP_PLANS = 2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
const range = (v: number[]): string => `${fmt(Math.min(...v))}–${fmt(Math.max(...v))}`;
const mib = (kb: number): string => `${(kb / 1024).toFixed(0)} MiB`;

/** `node -e 0` that prints its CPU time in ms at the end (process.cpuUsage: microseconds). */
const FLOOR_SCRIPT = "const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000))";
/** CPU time of a live process in ms: the scheduler's run time (ns, /proc/<pid>/task/<tid>/schedstat) of all its threads. */
function cpuMs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "latin1").split(" ")[0]);
  return ns / 1e6;
}

/**
 * CPU time (user + system, ms) of this process's children that have exited and been waited for,
 * and of their own waited-for children (/proc/self/stat cutime + cstime, in clock ticks of 10 ms):
 * around one `terraform plan`, terraform's CPU and its provider processes'. Steadier than wall
 * time on a shared machine; the simulator runs in this process and is not counted.
 */
function waitedChildrenCpuMs(): number {
  const stat = readFileSync("/proc/self/stat", "latin1");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 16 and 17 of proc(5) are the 14th and 15th after the command name.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

interface Sample {
  ms: number;
  /** CPU time at the handshake (for `node -e 0`: as it reports it at its end). */
  cpuMs: number;
  /** RSS in KiB after `idleMs` past the handshake, when asked for. */
  rssKb?: number;
}

/**
 * One run of each provider subject, stopped with SIGTERM (it exits as after Terraform's Shutdown), so
 * its V8 code cache is written as a first `terraform plan` writes it; the timed runs are then killed
 * at the handshake (SIGKILL runs no exit handler), and would all be cache misses without this.
 */
function warmUp(command: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [], { env, stdio: ["ignore", "pipe", "ignore"] });
    child.on("error", reject);
    child.on("exit", () => resolve());
    child.stdout.once("data", () => child.kill("SIGTERM"));
  });
}

/** From spawn until the first stdout line (the handshake), or until exit when `untilExit`. */
function timeOnce(command: string, args: string[], env: NodeJS.ProcessEnv, untilExit: boolean, idleMs = 0): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "ignore"] });
    child.on("error", reject);
    if (untilExit) {
      // The floor reports its own CPU time (what the provider's is read at: its first stdout write).
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.on("exit", () => resolve({ ms: performance.now() - start, cpuMs: Number(out) }));
      return;
    }
    child.stdout.once("data", () => {
      const ms = performance.now() - start;
      const cpu = child.pid ? cpuMs(child.pid) : NaN;
      const finish = (rssKb?: number): void => {
        child.kill("SIGKILL");
        resolve({ ms, cpuMs: cpu, ...(rssKb === undefined ? {} : { rssKb }) });
      };
      if (!idleMs) return finish();
      setTimeout(() => finish(Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${child.pid}/status`, "latin1"))?.[1] ?? NaN)), idleMs);
    });
  });
}

/**
 * From spawn until the provider has answered one call (grpc.health.v1 Check over mTLS, from
 * @grpc/grpc-js): the handshake is printed before the server is set up (announce.ts), so this is
 * when a process can first serve Terraform. The client's set-up runs in this process, after the
 * handshake, as Terraform's own would.
 */
function timeToReply(command: string, env: NodeJS.ProcessEnv, client: { keyPem: string; certPem: string }): Promise<number> {
  const Health = makeClientConstructor(protocolClientDefinitions().health, "Health");
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, [], { env, stdio: ["ignore", "pipe", "ignore"] });
    child.on("error", reject);
    child.stdout.once("data", (line: Buffer) => {
      const [, , network, address, , der = ""] = line.toString().trim().split("|");
      const creds = credentials.createSsl(Buffer.from(toPem("CERTIFICATE", Buffer.from(der, "base64"))), Buffer.from(client.keyPem), Buffer.from(client.certPem));
      const c = new Health(network === "unix" ? `unix://${address}` : `${address}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
      (c as unknown as { check(r: object, m: Metadata, cb: (e: Error | null) => void): void }).check({ service: "plugin" }, new Metadata(), (e) => {
        const ms = performance.now() - start;
        c.close();
        child.kill("SIGKILL");
        if (e) reject(e);
        else resolve(ms);
      });
    });
  });
}

/** BENCH_BASELINE_SCRIPT: older builds of the script, measured side by side (with their executables) for before/after. */
interface Baseline {
  label: string;
  script: string;
  executable: string;
}

function baselineScripts(value: string | undefined): { label: string; script: string }[] {
  if (!value) return [];
  return value.split(",").map((entry) => {
    const eq = entry.indexOf("=");
    return eq > 0 ? { label: entry.slice(0, eq), script: entry.slice(eq + 1) } : { label: "before", script: entry };
  });
}

/** Bytes of a provider bundle: what is compiled at start-up, and the lazy modules it carries. */
function bundleSize(file: string): string {
  const { code, modules } = splitLazyModules(readFileSync(file, "utf8"));
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
  return `start-up code ${kb(Buffer.byteLength(code))}${modules.map((m) => `, lazy ${m.name} ${kb(Buffer.byteLength(m.source))}`).join("")}, file ${kb(statSync(file).size)}`;
}

/** `socketsTmp`: the TMPDIR of the processes timed here, which are killed at the handshake (SIGKILL) and so leave their socket dirs behind. */
async function startup(executable: string, baselines: Baseline[], socketsTmp: string): Promise<void> {
  const clientKeyPair = generateSelfSignedCertificate({ curve: "P-521" });
  const clientCert = clientKeyPair.certPem;
  // The environment the terraform runs of (b) give their providers (test/helpers/terraform.ts), for
  // the floor too: inheriting this shell's would let e.g. NODE_EXTRA_CA_CERTS (set on some CI images)
  // make Node 20 parse a CA bundle at every start (~55 ms here), which no provider in (b) pays.
  // Their code caches (and kept TLS key) in the bench's own private temp dir, not the real HOME's.
  const base = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: socketsTmp, C1TG_CODE_CACHE_DIR: join(socketsTmp, "code-cache") };
  const env = { ...base, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: clientCert };
  type Subject = { name: string; file?: string; run: (idleMs?: number) => Promise<Sample>; samples: Sample[]; idle: Sample[]; replies: number[] };
  const subject = (name: string, file: string): Subject => ({ name, file, run: (idleMs) => timeOnce(file, [], env, false, idleMs), samples: [], idle: [], replies: [] });
  const subjects: Subject[] = [
    { name: "node -e 0 (to exit)", run: () => timeOnce(process.execPath, ["-e", FLOOR_SCRIPT], base, true), samples: [], idle: [], replies: [] },
    subject("script to handshake", SCRIPT),
    subject("executable to handshake", executable),
  ];
  for (const b of baselines) subjects.push(subject(`${b.label}: script`, b.script), subject(`${b.label}: executable`, b.executable));
  for (const s of subjects) if (s.file) await warmUp(s.file, env);
  // Interleaved, so all see the same machine load.
  for (let i = 0; i < RUNS; i++) for (const s of subjects) s.samples.push(await s.run());
  for (let i = 0; i < 5; i++) for (const s of subjects.slice(1)) s.idle.push(await s.run(500));
  for (let i = 0; i < RUNS / 2; i++) for (const s of subjects) if (s.file) s.replies.push(await timeToReply(s.file, env, clientKeyPair));
  const times = (s: Subject): number[] => s.samples.map((x) => x.ms);
  const meanCpu = (s: Subject): number => s.samples.reduce((a, x) => a + x.cpuMs, 0) / s.samples.length;
  const floor = median(times(subjects[0] as Subject));
  const cpuFloor = meanCpu(subjects[0] as Subject);
  console.log(`(a) start-up, median of ${RUNS} runs (ratio to node -e 0); CPU time at the handshake, mean (ratio); RSS idle 0.5 s after it, median of 5;`);
  console.log(`    first reply: spawn until one call is answered over mTLS, median of ${RUNS / 2}`);
  for (const s of subjects) {
    const rss = s.idle.length ? `  RSS ${mib(median(s.idle.map((x) => x.rssKb ?? NaN)))}` : "";
    const reply = s.replies.length ? `  first reply ${fmt(median(s.replies))}` : "";
    console.log(
      `    ${s.name.padEnd(34)} ${fmt(median(times(s))).padStart(7)}  ×${(median(times(s)) / floor).toFixed(2)}  (range ${range(times(s))})  CPU ${fmt(meanCpu(s))} ×${(meanCpu(s) / cpuFloor).toFixed(2)}${rss}${reply}`,
    );
  }
  console.log("    bundles:");
  for (const s of subjects) if (s.file && !s.name.includes("executable")) console.log(`      ${s.name.replace(/ to handshake$/, "").padEnd(32)} ${bundleSize(s.file)}`);
  for (const s of subjects) if (s.file && s.name.includes("executable")) console.log(`      ${s.name.replace(/ to handshake$/, "").padEnd(32)} ${(statSync(s.file).size / 1024 / 1024).toFixed(1)} MiB`);
}

const CHECK_TF = credentialCheckConfig;

const provider = (file: string) => ({ file, hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION });

async function plans(sim: RunningSimulator, executable: string, baselines: Baseline[], executableNode: string, floorExecutable: string): Promise<void> {
  // The floor: a do-nothing Node provider (bench/floor-provider.ts), what any Node provider pays:
  // on the node on PATH (the script's runtime), on the executables' Node 22, and as a single
  // executable on that Node, which adds terraform's hashing of its ~120 MiB at every command.
  const floorDir = mkdtempSync(join(tmpdir(), "bench-floor-"));
  const floorFile = (name: string, node?: string): string => {
    const file = join(floorDir, name, `terraform-provider-${FLOOR_PROVIDER.type}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, floorProviderSource(node));
    chmodSync(file, 0o755);
    return file;
  };
  // The script as a user with the executables' Node on PATH runs it (Node 20, this machine's, is end-of-life).
  const scriptOnExecutableNode = join(floorDir, "script-on-executable-node", PROVIDER_BUNDLE_FILE);
  mkdirSync(dirname(scriptOnExecutableNode), { recursive: true });
  writeFileSync(scriptOnExecutableNode, readFileSync(SCRIPT, "utf8").replace(/^#!.*\n/, `#!${executableNode}\n`));
  chmodSync(scriptOnExecutableNode, 0o755);
  const check = (file: string, env: NodeJS.ProcessEnv = {}): TerraformWorkspace =>
    createTerraformWorkspace({ providers: [provider(file)], mainTf: CHECK_TF(sim.baseUrl), extraEnv: { TF_VAR_api_key: DEMO_KEYS.readWrite, ...env } });
  // A fresh CI runner: no code cache and no kept TLS key (both live in the code-cache directory),
  // emptied before each of this workspace's plans. Pipelines that do not keep ~/.cache between runs
  // (examples/github/plan-check.yml keeps only the runtime and the executable) plan like this.
  const freshCacheDir = join(floorDir, "fresh-runner-code-cache");
  const FRESH_RUNNER = "one check, executable, empty code cache";
  const workspaces: Record<string, TerraformWorkspace> = {
    "only terraform_data": createTerraformWorkspace({ providers: [], mainTf: `resource "terraform_data" "this" { input = "acme" }\n` }),
    [`floor: do-nothing, Node ${process.versions.node.split(".")[0]}`]: createTerraformWorkspace({ providers: [{ file: floorFile("path"), ...FLOOR_PROVIDER }], mainTf: FLOOR_TF }),
    "floor: do-nothing, executable's Node": createTerraformWorkspace({ providers: [{ file: floorFile("executable", executableNode), ...FLOOR_PROVIDER }], mainTf: FLOOR_TF }),
    "floor: do-nothing, as an executable": createTerraformWorkspace({ providers: [{ file: floorExecutable, ...FLOOR_PROVIDER }], mainTf: FLOOR_TF }),
    "one check, script": check(SCRIPT),
    "one check, executable": check(executable),
    "one check, script on the executables' Node": check(scriptOnExecutableNode),
    [FRESH_RUNNER]: check(executable, { C1TG_CODE_CACHE_DIR: freshCacheDir }),
    ...Object.fromEntries(baselines.flatMap((b) => [[`${b.label}: one check, script`, check(b.script)], [`${b.label}: one check, executable`, check(b.executable)]])),
  };
  try {
    for (const ws of Object.values(workspaces)) await ws.run(["init"]);
    // Steady state: a workspace's first plan compiles and writes the code caches, and the next may
    // write them again with what its other processes ran (cache-coverage.ts); not measured.
    for (let i = 0; i < WARM_UP_PLANS; i++) for (const ws of Object.values(workspaces)) await ws.run(["plan"]);
    const times: Record<string, number[]> = {};
    const cpu: Record<string, number[]> = {};
    for (let i = 0; i < PLANS; i++)
      for (const [name, ws] of Object.entries(workspaces)) {
        if (name === FRESH_RUNNER) rmSync(freshCacheDir, { recursive: true, force: true });
        const before = waitedChildrenCpuMs();
        (times[name] ??= []).push((await ws.run(["plan"])).ms);
        (cpu[name] ??= []).push(waitedChildrenCpuMs() - before);
      }
    const base = times["only terraform_data"] ?? [1];
    const floor = median(base);
    // Each round's plan over the same round's terraform_data plan: a load that drifts during the run moves both.
    const pairedRatio = (t: number[]): number => median(t.map((ms, i) => ms / (base[i] ?? floor)));
    console.log(`(b) terraform plan wall time, median of ${PLANS} after ${WARM_UP_PLANS} unmeasured (ratio of the medians to the terraform_data plan's;`);
    console.log(`    median of each round's ratio); CPU time of terraform and its providers, median`);
    for (const [name, t] of Object.entries(times))
      console.log(`    ${name.padEnd(42)} ${fmt(median(t)).padStart(7)}  ×${(median(t) / floor).toFixed(1)}  (per round ×${pairedRatio(t).toFixed(1)}; range ${range(t)})  CPU ${fmt(median(cpu[name] ?? []))}`);
    // Where one plan's time goes, from terraform's own trace (the provider logs at trace too, so it runs a little slower than above).
    const traces = [
      ["floor: do-nothing, executable's Node", "floor script on the executables' Node"],
      ["floor: do-nothing, as an executable", "floor executable"],
      ["one check, script", "script"],
      ["one check, executable", "executable"],
    ] as const;
    for (const [name, label] of traces) {
      const ws = workspaces[name];
      if (!ws) continue;
      const traced = await ws.run(["plan"], { env: { TF_LOG: "trace", TF_LOG_PROVIDER: "trace" } });
      console.log(`    timeline of one traced plan, ${label} (ms; each call until the next, [the provider's handler time]):`);
      for (const line of describePlanTimeline(traced.stderr)) console.log(`      ${line}`);
    }
  } finally {
    for (const ws of Object.values(workspaces)) ws.cleanup();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

async function measured(ws: TerraformWorkspace, args: string[]): Promise<string> {
  const sampler = sampleProviderMemory({ cwd: ws.dir });
  const run = await ws.run(args);
  const s = sampler.stop();
  return `${fmt(run.ms).padStart(7)}; ${s.processes} provider processes, ≤ ${s.maxConcurrent} at once; peak RSS per process ${mib(s.maxHwmKb)}; all at once: RSS ${mib(s.maxTotalRssKb)}, PSS ${mib(s.maxTotalPssKb)}`;
}

async function scale(executable: string): Promise<void> {
  const N = 100;
  const networks: NetworkSpec[] = Array.from({ length: N }, (_, i) => ({
    name: `net-${String(i).padStart(3, "0")}`,
    tenant: { seed: i + 1, users: 5, groups: 2, domain: `net${i}.example` },
    tokens: [{ key: `sim-rw-bench-${String(i).padStart(3, "0")}-Kq7Zt2Lm9Xw4Rb8N`, permission: "read-write" as const }],
  }));
  const sim = await startSimulator({ rateLimit: false, networks });
  const keys = Object.fromEntries(networks.map((n) => [n.name, n.tokens[0]?.key ?? ""]));
  const forEachTf = (baseUrl: string): string => `${CHECK_TF(baseUrl).split("variable")[0]}
variable "api_keys" {
  type      = map(string)
  sensitive = true
  ephemeral = true
}
variable "networks" { type = list(string) }
resource "c1twingate_credential_check" "this" {
  for_each = toset(var.networks)
  network  = each.key
  api_key  = var.api_keys[each.key]
  require  = "write"
}
`;
  try {
    for (const [form, file] of [["script", SCRIPT], ["executable", executable]] as const) {
      const env = { TF_VAR_api_keys: JSON.stringify(keys), TF_VAR_networks: JSON.stringify(networks.map((n) => n.name)) };
      const ws = createTerraformWorkspace({ providers: [provider(file)], mainTf: forEachTf(sim.baseUrl), extraEnv: env });
      try {
        await ws.run(["init"]);
        console.log(`(c) for_each over ${N} networks, ${form}`);
        console.log(`    plan:  ${await measured(ws, ["plan"])}`);
        console.log(`    apply: ${await measured(ws, ["apply", "-auto-approve"])}`);
      } finally {
        ws.cleanup();
      }
    }
    const demo = await startSimulator({ rateLimit: false });
    try {
      for (const [form, file] of [["script", SCRIPT], ["executable", executable]] as const) {
        const ws = createTerraformWorkspace({ providers: [provider(file)], mainTf: aliasedChecksConfig(demo.baseUrl, 10), extraEnv: { TF_VAR_api_key: DEMO_KEYS.readWrite } });
        try {
          await ws.run(["init"]);
          console.log(`(d) 10 provider aliases, one check each, ${form}`);
          console.log(`    plan:  ${await measured(ws, ["plan"])}`);
        } finally {
          ws.cleanup();
        }
      }
    } finally {
      await demo.close();
    }
  } finally {
    await sim.close();
  }
}

async function main(): Promise<void> {
  requireTerraform();
  const caches = providerCaches({ C1TG_CACHE_DIR: join(ROOT, ".cache") });
  const exe = async (script: string, dir: string): Promise<string> =>
    (await buildProviderExecutables({ platforms: [currentPlatform()], outDir: join(ROOT, ".cache", dir), bundle: script, caches }))[0]?.file ?? "";
  const executable = await exe(SCRIPT, "bench");
  // The floor as a single executable, built as the provider's is (same function, runtime and
  // caches); its certificate is kept in .cache so its source, and so the cached build, is reused.
  const floorDir = join(ROOT, ".cache", "bench-floor");
  const floorScript = join(floorDir, `terraform-provider-${FLOOR_PROVIDER.type}.js`);
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(floorScript, floorProviderSource(undefined, floorCertificate(join(floorDir, "certificate.json"))));
  const floorExecutable = (
    await buildSingleExecutable({
      script: floorScript,
      platform: currentPlatform(),
      outFile: join(floorDir, currentPlatform(), executableName(FLOOR_PROVIDER.type, FLOOR_PROVIDER.version, currentPlatform())),
      runtimeCacheDir: caches.runtimeCacheDir,
      buildCacheDir: caches.buildCacheDir,
    })
  ).file;
  const baselines: Baseline[] = [];
  // An earlier build, built as it is: its lazy modules may be laid out otherwise than this build's bundle check expects.
  const baselineExecutable = async (script: string, dir: string): Promise<string> =>
    (
      await buildSingleExecutable({
        script,
        platform: currentPlatform(),
        outFile: join(ROOT, ".cache", dir, currentPlatform(), executableName(PROVIDER_TYPE, PROVIDER_VERSION, currentPlatform())),
        runtimeCacheDir: caches.runtimeCacheDir,
        buildCacheDir: caches.buildCacheDir,
      })
    ).file;
  for (const [i, b] of baselineScripts(process.env.BENCH_BASELINE_SCRIPT).entries()) baselines.push({ ...b, executable: await baselineExecutable(b.script, `bench-baseline-${i}`) });
  const socketsTmp = mkdtempSync(join(tmpdir(), "bench-sockets-"));
  try {
    await startup(executable, baselines, socketsTmp);
  } finally {
    rmSync(socketsTmp, { recursive: true, force: true });
  }
  const sim = await startSimulator({ rateLimit: false });
  try {
    await plans(sim, executable, baselines, await fetchNodeRuntime(nodeRuntimeFor(currentPlatform()), { cacheDir: caches.runtimeCacheDir }), floorExecutable);
  } finally {
    await sim.close();
  }
  if (!process.env.BENCH_QUICK) await scale(executable);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
