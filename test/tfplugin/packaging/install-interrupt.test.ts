/**
 * `c1-twingate provider install` (executable form) stopped by SIGTERM (a CI job cancelled) while
 * it builds: the step running is killed with it (npm pack, postject), and neither the runtime
 * download dir nor install's temp dir is left behind; the CLI ends by the signal. Linux (/proc).
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SEA_SENTINEL_FUSE } from "../../../src/tfplugin/packaging/sea";
import { CLI_PATH } from "../../helpers/cli";
import { TEST_CACHES } from "../../provider/executable-fixture";
import { isRunning, processesWith, until } from "../../helpers/processes";

jest.setTimeout(600_000);

interface Install {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
  output: () => string;
  done: () => boolean;
  kill: (signal: NodeJS.Signals) => void;
}

function startInstall(root: string, env: NodeJS.ProcessEnv, args: readonly string[] = ["provider", "install", "--mirror", join(root, "mirror")]): Install {
  const home = join(root, "home");
  const tmp = join(root, "tmp");
  mkdirSync(home, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  const cli = spawn(process.execPath, [CLI_PATH, ...args], {
    env: { PATH: process.env.PATH, NO_COLOR: "1", HOME: home, TMPDIR: tmp, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let ended = false;
  cli.stdout.on("data", (d: Buffer) => (output += d.toString()));
  cli.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    cli.on("close", (code, signal) => {
      ended = true;
      resolve({ code, signal, output });
    }),
  );
  return { exited, output: () => output, done: () => ended, kill: (s) => cli.kill(s) };
}

describe("provider install stopped by SIGTERM", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "c1tg-install-interrupt-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("while npm pack downloads a runtime: kills npm pack, removes the download dir and the install's temp dir, ends by the signal", async () => {
    // A fake npm first on PATH, a wrapper as npm shims are: records its pid and its child's, then
    // waits for that child as a slow download would (no network).
    const bin = join(root, "bin");
    mkdirSync(bin);
    const pids = join(root, "npm-pids");
    writeFileSync(join(bin, "npm"), `#!/bin/sh\necho $$ >> "${pids}"\nsleep 300 &\necho $! >> "${pids}"\nwait\n`);
    chmodSync(join(bin, "npm"), 0o755);
    const cache = join(root, "cache"); // empty: the runtimes must be downloaded
    const install = startInstall(root, { PATH: `${bin}:${process.env.PATH}`, C1TG_CACHE_DIR: cache });

    const started = await until(() => {
      if (install.done()) throw new Error(`install ended before npm pack ran: ${install.output()}`);
      return existsSync(pids) ? readFileSync(pids, "utf8").trim().split("\n").filter(Boolean).map(Number) : undefined;
    });
    const runtimes = join(cache, "node-runtimes");
    const downloading = readdirSync(runtimes).filter((e) => e.startsWith(".tmp-node-"));
    expect(downloading.length).toBeGreaterThan(0);
    // Entered and written by this user only, whatever the umask: what npm packs there is checked once, then used by path.
    expect(downloading.map((e) => statSync(join(runtimes, e)).mode & 0o777)).toEqual(downloading.map(() => 0o700));
    expect(readdirSync(join(root, "tmp")).some((e) => e.startsWith("c1tg-install-"))).toBe(true);
    install.kill("SIGTERM");

    expect(await install.exited).toEqual({ code: null, signal: "SIGTERM", output: "" });
    // Every npm pack it started and what they started (the blob maker's runtime and the target's may be fetched at once).
    const all = readFileSync(pids, "utf8").trim().split("\n").map(Number);
    expect(all).toEqual(expect.arrayContaining(started));
    await until(() => (all.every((pid) => !isRunning(pid)) ? true : undefined));
    expect(readdirSync(runtimes)).toEqual([]);
    expect(readdirSync(join(root, "tmp"))).toEqual([]);
  });

  it("while postject injects: kills it, removes the work dir and the install's temp dir, ends by the signal", async () => {
    // The repo's runtimes (no download), and an empty build cache (a cached executable would be copied, not injected).
    const cache = join(root, "cache");
    mkdirSync(cache);
    symlinkSync(TEST_CACHES.runtimeCacheDir, join(cache, "node-runtimes"));
    const tmp = join(root, "tmp");
    const install = startInstall(root, { C1TG_CACHE_DIR: cache });

    const [injector] = await until(() => {
      if (install.done()) throw new Error(`install ended before injecting: ${install.output()}`);
      const found = processesWith(SEA_SENTINEL_FUSE, tmp);
      return found.length > 0 ? found : undefined;
    });
    expect(readdirSync(tmp).some((e) => e.startsWith("c1tg-install-"))).toBe(true);
    install.kill("SIGTERM");

    expect(await install.exited).toEqual({ code: null, signal: "SIGTERM", output: "" });
    await until(() => (processesWith(SEA_SENTINEL_FUSE, tmp).length === 0 ? true : undefined));
    expect(existsSync(`/proc/${injector}`) && readFileSync(`/proc/${injector}/cmdline`, "latin1").includes(tmp)).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  });
  it.each([
    ["an --out that was there: only what it held stays", true],
    ["a new, nested --out: none of it stays", false],
  ])("provider package during postject, %s", async (_what, existed) => {
    const cache = join(root, "cache");
    mkdirSync(cache);
    symlinkSync(TEST_CACHES.runtimeCacheDir, join(cache, "node-runtimes"));
    const out = existed ? join(root, "out") : join(root, "new", "nested", "out");
    if (existed) {
      mkdirSync(out);
      writeFileSync(join(out, "README"), "keep");
    }
    const run = startInstall(root, { C1TG_CACHE_DIR: cache }, ["provider", "package", "--platform", "linux_amd64", "--out", out]);
    // The build works in a private temp dir (sea.ts), not beside --out.
    const tmp = join(root, "tmp");
    await until(() => {
      if (run.done()) throw new Error(`package ended before injecting: ${run.output()}`);
      return processesWith(SEA_SENTINEL_FUSE, tmp).length > 0 ? true : undefined;
    });
    run.kill("SIGTERM");
    expect(await run.exited).toEqual({ code: null, signal: "SIGTERM", output: "" });
    await until(() => (processesWith(SEA_SENTINEL_FUSE, tmp).length === 0 ? true : undefined));
    expect(readdirSync(tmp).filter((e) => e.startsWith("c1tg-"))).toEqual([]);
    if (existed) expect(readdirSync(out)).toEqual(["README"]);
    else expect(existsSync(join(root, "new"))).toBe(false);
  });
});
