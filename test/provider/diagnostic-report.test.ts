/**
 * A diagnostic report that NODE_OPTIONS asks for (`--report-on-signal` here, as
 * `--report-on-fatalerror` or `--report-uncaught-exception` would) holds the process's
 * environment, where Terraform passes TF_VAR_api_key: the provider and the CLI leave it out
 * (src/net/diagnostic-report.ts). Run under the Node that runs jest and under the pinned runtime
 * of the executables (Node 22, which has `excludeEnv`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keepEnvironmentOutOfReports } from "../../src/net/diagnostic-report";
import { fetchNodeRuntime, nodeRuntimeFor } from "../../src/tfplugin/packaging/node-runtime";
import { currentPlatform, generateSelfSignedCertificate, MAGIC_COOKIE_VALUE } from "../../src/tfplugin";
import { TEST_CACHES } from "./executable-fixture";
import { PROVIDER_BUNDLE } from "./provider-bundle";

jest.setTimeout(300_000);

const KEY = "tgk-report-canary-4d9f1c7b2e8a6035";
const CLI = join(__dirname, "..", "..", "dist", "cli.js");

describe("keepEnvironmentOutOfReports", () => {
  it("sets excludeEnv and excludeNetwork where Node has them, and leaves the report triggers as they are", () => {
    const report = { excludeEnv: false, excludeNetwork: false, reportOnFatalError: true, reportOnSignal: true, reportOnUncaughtException: true } as unknown as NodeJS.ProcessReport;
    keepEnvironmentOutOfReports(report);
    expect(report).toMatchObject({ excludeEnv: true, excludeNetwork: true, reportOnFatalError: true, reportOnSignal: true, reportOnUncaughtException: true });
  });

  it("turns the reports off where Node cannot leave the environment out", () => {
    const report = { excludeNetwork: false, reportOnFatalError: true, reportOnSignal: true, reportOnUncaughtException: true } as unknown as NodeJS.ProcessReport;
    keepEnvironmentOutOfReports(report);
    expect(report).toMatchObject({ reportOnFatalError: false, reportOnSignal: false, reportOnUncaughtException: false });
    expect("excludeEnv" in report).toBe(false);
  });
});

/** Node's own answer: does this node have process.report.excludeEnv? */
function hasExcludeEnv(node: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, ["-p", "'excludeEnv' in process.report"], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", () => resolve(out.trim() === "true"));
  });
}

/** Resolves with the first stdout line, or rejects when the process exits first. */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out.slice(0, out.indexOf("\n")));
    });
    child.on("exit", (code) => reject(new Error(`exited ${code} before its first line: ${err}`)));
  });
}

/** Waits until `dir` holds a report, or the process exited (a Node that turned reports off dies of SIGUSR2). */
async function reportOrExit(child: ChildProcess, dir: string): Promise<string[]> {
  const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
  let done = false;
  void exited.then(() => (done = true));
  const reports = (): string[] => readdirSync(dir).filter((f) => f.startsWith("report.") && f.endsWith(".json"));
  // Node writes the report to a file and then renames nothing: wait for complete JSON.
  for (;;) {
    const found = reports().filter((f) => {
      try {
        JSON.parse(readFileSync(join(dir, f), "utf8"));
        return true;
      } catch {
        return false;
      }
    });
    if (found.length > 0 || done) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each([
  ["the Node running the tests", async () => process.execPath],
  ["the executables' pinned runtime", () => fetchNodeRuntime(nodeRuntimeFor(currentPlatform()), { cacheDir: TEST_CACHES.runtimeCacheDir })],
])("a report on SIGUSR2 under %s", (_name, nodeBinary) => {
  let dir: string;
  /** The providers' temp dir (their socket dirs), apart from `dir`, which holds only what a report writes. */
  let sockets: string;
  let node: string;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    node = await nodeBinary();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "c1tg-report-"));
    sockets = mkdtempSync(join(tmpdir(), "c1tg-report-sockets-"));
  });
  afterEach(() => {
    // SIGTERM: a provider removes its socket dir as it goes (SIGKILL would leave it in the temp dir).
    for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
    rmSync(sockets, { recursive: true, force: true });
  });

  async function signalAndCollect(child: ChildProcess): Promise<void> {
    children.push(child);
    await firstLine(child).catch(() => undefined);
    // Started and past its bootstrap (it printed); an unhandled exit before is a failure below.
    child.kill("SIGUSR2");
    const reports = await reportOrExit(child, dir);
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
    for (const text of texts) expect(text).not.toContain(KEY);
    if (await hasExcludeEnv(node)) {
      // The trigger stays on: a report is written, without the environment.
      expect(reports).toHaveLength(1);
      const report = JSON.parse(texts[0] ?? "{}") as Record<string, unknown>;
      expect(report.environmentVariables).toBeUndefined();
      expect(report.javascriptStack).toBeDefined();
    } else expect(reports).toEqual([]);
  }

  it.each([
    ["the provider", PROVIDER_BUNDLE],
    ["the conductorone stand-in provider (c1-twingate sandbox)", join(__dirname, "..", "..", "dist", "terraform-provider-conductorone")],
  ])("%s writes none with the key", async (_what, file) => {
    const child = spawn(node, [file], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: "--report-on-signal",
        // Its socket dir in the test's dir: where Node cannot leave the environment out, SIGUSR2 (no report) ends it outright.
        TMPDIR: sockets,
        TF_VAR_api_key: KEY,
        TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
        PLUGIN_PROTOCOL_VERSIONS: "5,6",
        PLUGIN_CLIENT_CERT: generateSelfSignedCertificate().certPem,
        C1TG_CODE_CACHE_DIR: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    await signalAndCollect(child);
  });

  it("the CLI writes none with the key", async () => {
    // The simulator runs until stopped: a CLI process that is still there when signalled.
    const child = spawn(node, [CLI, "simulator", "--port", "0"], {
      cwd: dir,
      env: { PATH: process.env.PATH, NODE_OPTIONS: "--report-on-signal", TWINGATE_API_KEY: KEY, C1TG_CODE_CACHE_DIR: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    await signalAndCollect(child);
  });
});
