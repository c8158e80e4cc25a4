import { spawn, spawnSync } from "node:child_process";
import { connect, createServer, type AddressInfo } from "node:net";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inheritedInspector, nodeOptionsArguments, opensInspector } from "../../src/net/node-inspector";
import { generateSelfSignedCertificate } from "../../src/tfplugin";
import { MAGIC_COOKIE_VALUE } from "../../src/tfplugin/server/handshake";
import { runCli, startCliServer, suiteCodeCacheEnv } from "../helpers/cli";
import { PROVIDER_BUNDLE } from "../provider/provider-bundle";

/**
 * NODE_OPTIONS=--inspect (Terraform passes NODE_OPTIONS on to providers) opens Node's inspector on
 * a TCP port any local user may connect to, unauthenticated, and run code that reads the API key;
 * Node opens it before any of our code runs, so the provider and the CLI refuse to start with
 * one. One asked for on node's own command line is a developer's. SIGUSR1 opens none.
 */

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, "close");
  return port;
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const providerEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
  PLUGIN_PROTOCOL_VERSIONS: "6",
  PLUGIN_CLIENT_CERT: generateSelfSignedCertificate().certPem,
  C1TG_CODE_CACHE_DIR: "off",
  ...extra,
});

describe("an inspector opened by NODE_OPTIONS", () => {
  it("stops the provider before its handshake, with a line Terraform shows", () => {
    const run = spawnSync(process.execPath, [PROVIDER_BUNDLE], { env: providerEnv({ NODE_OPTIONS: "--inspect=127.0.0.1:0" }), encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^the c1twingate provider will not start: NODE_OPTIONS opened Node's inspector \(ws:\/\/127\.0\.0\.1:\d+\/[^)]+\).*Remove --inspect/);
    expect(run.stdout.split("\n")).toHaveLength(2); // one line, and no handshake
  });

  it("stops every other entry point that may hold a secret: the conductorone stand-in provider, and dist/cli-main.js run directly", () => {
    const dist = join(__dirname, "..", "..", "dist");
    const standin = spawnSync(process.execPath, [join(dist, "terraform-provider-conductorone")], { env: providerEnv({ NODE_OPTIONS: "--inspect=127.0.0.1:0" }), encoding: "utf8", timeout: 60_000 });
    expect(standin.status).toBe(1);
    expect(standin.stdout).toMatch(/^the conductorone stand-in provider will not start: NODE_OPTIONS opened Node's inspector/);
    const cliMain = spawnSync(process.execPath, [join(dist, "cli-main.js"), "--version"], { env: { PATH: process.env.PATH, NODE_OPTIONS: "--inspect=127.0.0.1:0", ...suiteCodeCacheEnv() }, encoding: "utf8", timeout: 60_000 });
    expect(cliMain.status).toBe(2);
    expect(cliMain.stdout).toBe("");
    expect(cliMain.stderr).toContain("c1-twingate will not start");
  });

  it("stops the CLI (exit 2, before it reads anything); one asked for on node's command line is left to the developer", async () => {
    const refused = await runCli(["check", "--network", "acme"], { env: { NODE_OPTIONS: '"--insp\\ect=127.0.0.1:0"', TWINGATE_API_KEY: "tgk-not-read-0123456789abcdef" } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/c1-twingate will not start: NODE_OPTIONS opened Node's inspector/);
    expect(refused.stdout).toBe("");
    const port = await freePort();
    const asked = await startCliServer(["simulator", "--port", "0"], { nodeArgs: [`--inspect=127.0.0.1:${port}`] });
    try {
      expect(await listening(port)).toBe(true);
    } finally {
      await asked.stop();
    }
  });

  it("is found in NODE_OPTIONS as Node itself reads it (real node is the judge: every spelling that opens one is caught)", () => {
    const spellings = [
      "--inspect",
      "--inspect=127.0.0.1:0",
      "--max-old-space-size=512 --inspect-brk=127.0.0.1:0",
      '"--inspect-wait=127.0.0.1:0"',
      '"--insp\\ect=127.0.0.1:0"',
      '"\\--inspect=127.0.0.1:0"',
      "--inspect_brk=127.0.0.1:0",
      '--no-warnings"" --inspect=127.0.0.1:0',
      "--inspect-port=0",
      "--inspect-publish-uid=http",
      "--max-old-space-size=512",
      "--require ./--inspect.js",
      '"--inspect" x',
    ];
    let judged = 0;
    for (const spelling of spellings) {
      // Node says "Debugger listening on ws://…" on stderr when it opens one (-brk and -wait then
      // wait for a debugger: the timeout ends them).
      const node = spawnSync(process.execPath, ["-e", "0"], { env: { PATH: process.env.PATH, NODE_OPTIONS: spelling }, encoding: "utf8", timeout: 3_000 });
      const opened = node.stderr.includes("Debugger listening on");
      if (!opened && node.status !== 0) continue; // Node refuses the value itself
      judged++;
      expect([spelling, opensInspector(spelling)]).toEqual([spelling, opened]);
    }
    expect(judged).toBeGreaterThanOrEqual(10);
    expect(nodeOptionsArguments('a "b c" "d\\"e" f')).toEqual(["a", "b c", 'd"e', "f"]);
    // In jest no inspector is open: a flag alone finds nothing.
    expect(inheritedInspector({ NODE_OPTIONS: "--inspect" }, [])).toBeUndefined();
  });

  it("SIGUSR1 does not open one in a running provider", async () => {
    const child = spawn(process.execPath, [PROVIDER_BUNDLE], { env: providerEnv({}), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => d.toString().includes("\n") && resolve());
        child.once("exit", (code) => reject(new Error(`exited ${code}: ${stderr}`)));
      });
      child.kill("SIGUSR1");
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(stderr).not.toContain("Debugger listening");
      expect(child.exitCode).toBeNull();
    } finally {
      // SIGTERM: the provider removes its socket dir as it goes (SIGKILL would leave it behind).
      child.kill("SIGTERM");
      if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once("exit", resolve));
    }
  });
});

describe("heap snapshots asked for by NODE_OPTIONS or node's command line (they would hold the key)", () => {
  const dist = join(__dirname, "..", "..", "dist");
  it.each(["--heapsnapshot-signal=SIGUSR2", "--heapsnapshot_near_heap_limit=1"])("%s: the providers stop before their handshake with a line Terraform shows, the CLI exits 2", (flag) => {
    for (const [file, program] of [
      [PROVIDER_BUNDLE, "the c1twingate provider"],
      [join(dist, "terraform-provider-conductorone"), "the conductorone stand-in provider"],
    ] as const) {
      const run = spawnSync(process.execPath, [file], { env: providerEnv({ NODE_OPTIONS: flag }), encoding: "utf8", timeout: 60_000 });
      expect([program, run.status]).toEqual([program, 1]);
      expect(run.stdout).toMatch(new RegExp(`^${program} will not start \\(NODE_HEAP_SNAPSHOT\\): --heapsnapshot-(signal|near-heap-limit) would write .*Remove`));
      expect(run.stdout.split("\n")).toHaveLength(2);
    }
    const cli = spawnSync(process.execPath, [join(dist, "cli.js"), "--version"], { env: { PATH: process.env.PATH, NODE_OPTIONS: flag, ...suiteCodeCacheEnv() }, encoding: "utf8", timeout: 60_000 });
    expect([cli.status, cli.stdout]).toEqual([2, ""]);
    expect(cli.stderr).toContain("c1-twingate will not start (NODE_HEAP_SNAPSHOT)");
    const onCommandLine = spawnSync(process.execPath, [flag, join(dist, "cli.js"), "--version"], { env: { PATH: process.env.PATH, ...suiteCodeCacheEnv() }, encoding: "utf8", timeout: 60_000 });
    expect(onCommandLine.status).toBe(2);
  });

  it("leaves profiles and memory settings alone (no values in them)", () => {
    const profiles = mkdtempSync(join(tmpdir(), "c1tg-profiles-"));
    try {
      for (const options of ["--max-old-space-size=512", `--heap-prof --heap-prof-dir=${profiles}`]) {
        const cli = spawnSync(process.execPath, [join(dist, "cli.js"), "--version"], { env: { PATH: process.env.PATH, NODE_OPTIONS: options, ...suiteCodeCacheEnv() }, encoding: "utf8", timeout: 60_000 });
        expect([options, cli.status, cli.stderr]).toEqual([options, 0, ""]);
      }
    } finally {
      rmSync(profiles, { recursive: true, force: true });
    }
  });
});
