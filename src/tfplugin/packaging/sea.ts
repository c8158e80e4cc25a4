import { createHash, randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { absolutePath } from "./absolute-path";
import { CacheNotPrivateError, PlaceNotPrivateError, ProviderBuildError } from "./errors";
import { putInBuildCache, takeFromBuildCache } from "./build-cache";
import { sha256OfFile } from "./cache-digest";
import { currentPlatform } from "./install";
import { splitLazyModules } from "./lazy-module";
import { clearPeCertificateTable } from "./pe-certificate";
import { fetchNodeRuntime, nodeRuntimeFor, type NodeRuntime } from "./node-runtime";
import { makeDirectory } from "./make-directory";
import { privateCacheRoot, privateDirectoryChain } from "./private-file";
import { stripElf } from "./elf-strip";
import { findElfSymbol, ICU_DATA_SYMBOL, slimIcuData, type ElfSymbol } from "./elf-icu-slim";
import { interruptible, runStep, stepFailure, withDirectory } from "./interruptible";

/**
 * Node single executable applications (Node docs, "Single executable applications"): a
 * preparation blob made from one CommonJS script by `node --experimental-sea-config`, injected
 * with postject into a copy of the official node binary of the target platform as the resource
 * `NODE_SEA_BLOB` (Mach-O: segment `NODE_SEA`), with the sentinel fuse flipped to `:1`.
 *
 * Reproducible: the blob holds the script and flags only (no code cache, no snapshot: both are
 * made for the machine that builds them), so one blob serves every target and the same script,
 * runtime and postject give the same bytes on any build host. A Linux runtime is first stripped of
 * its symbol table and debug sections by elf-strip.ts (deterministic, unlike binutils' `strip`):
 * ~16 MiB less for Terraform to hash at every command; after the injection, its ICU data is cut
 * to English and root by elf-icu-slim.ts (~26 MiB less).
 */
export const SEA_SENTINEL_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";
export const SEA_RESOURCE = "NODE_SEA_BLOB";
export const SEA_MACHO_SEGMENT = "NODE_SEA";

export interface SeaBuildOptions {
  /** The bundled CommonJS program (one file; a `#!` first line is neutralised). */
  script: string;
  /** Terraform os_arch of the executable, e.g. linux_amd64. */
  platform: string;
  /** Where to write the executable (mode 0755). */
  outFile: string;
  /** Cache of downloaded Node runtimes (fetchNodeRuntime). */
  runtimeCacheDir: string;
  /**
   * Directory of finished executables keyed by their inputs (build-cache.ts: the last few builds);
   * a hit is copied instead of rebuilt. Omit to always build.
   */
  buildCacheDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface SeaBuildResult {
  file: string;
  platform: string;
  runtime: NodeRuntime;
  /** sha256 of the executable, hex. */
  sha256: string;
  /** Whether the executable came from the build cache. */
  cached: boolean;
}

/** The blob is made by the same Node version as the target binary: the host's build of that version. */
function blobMakerRuntime(): NodeRuntime {
  try {
    return nodeRuntimeFor(currentPlatform());
  } catch (err) {
    throw new ProviderBuildError(`cannot make a single-executable blob on ${currentPlatform()}: no Node.js runtime of the pinned version runs here. Build on linux_amd64, linux_arm64, darwin_* or windows_amd64`, { cause: err });
  }
}

/** The program as the blob's main script: a shebang would be a syntax error inside the CommonJS wrapper. */
export function seaMainSource(script: Buffer): Buffer {
  if (script[0] === 0x23 && script[1] === 0x21) {
    const eol = script.indexOf(0x0a);
    // Keep the line (as a comment) so line numbers in stack traces stay the same.
    return Buffer.concat([Buffer.from("//"), script.subarray(2, eol === -1 ? script.length : eol), script.subarray(eol === -1 ? script.length : eol)]);
  }
  return script;
}

function postjectModule(): string {
  // Bundled CLI: scripts/build.mjs writes postject's API next to it. From sources: node_modules.
  const sibling = join(__dirname, "postject.js");
  if (existsSync(sibling)) return sibling;
  return require.resolve("postject");
}

function postjectVersion(modulePath: string): string {
  for (let dir = dirname(modulePath); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      const parsed = JSON.parse(readFileSync(pkg, "utf8")) as { name?: string; version?: string };
      if (parsed.name === "postject" && parsed.version) return parsed.version;
    }
  }
  return sha256OfFile(modulePath).slice(0, 16);
}

/**
 * The build cache's key (build-cache.ts) of the executable of `main` (the blob's script,
 * {@link seaMainSource}) for `platform`: a hash of every input that decides its bytes.
 */
export function seaBuildKey(main: Buffer, platform: string): string {
  const runtime = nodeRuntimeFor(platform);
  const maker = blobMakerRuntime();
  // `v`: the build's own steps (3: Linux runtimes stripped by elf-strip.ts; 6: their ICU data slimmed); bump when they would give other bytes.
  return createHash("sha256")
    .update(JSON.stringify({ v: 6, runtime: runtime.integrity, maker: maker.version, postject: postjectVersion(postjectModule()) }))
    .update(main)
    .digest("hex")
    .slice(0, 32);
}

/**
 * Builds (or takes from the cache) the single executable of `script` for `platform`. Interruptible
 * (interruptible.ts): a signal while it builds kills its running step and removes its work dirs.
 */
export function buildSingleExecutable(options: SeaBuildOptions): Promise<SeaBuildResult> {
  return interruptible(() => build(options));
}

async function build(given: SeaBuildOptions): Promise<SeaBuildResult> {
  // Absolute paths: the build's steps run in its work dir, and a relative path would name another file there.
  const options = {
    ...given,
    script: absolutePath(given.script),
    outFile: absolutePath(given.outFile),
    runtimeCacheDir: absolutePath(given.runtimeCacheDir),
    ...(given.buildCacheDir === undefined ? {} : { buildCacheDir: absolutePath(given.buildCacheDir) }),
  };
  const runtime = nodeRuntimeFor(options.platform);
  const maker = blobMakerRuntime();
  const main = seaMainSource(readFileSync(options.script));
  const postject = postjectModule();
  const key = seaBuildKey(main, options.platform);
  // 0755, not what an umask of 000 would make: nobody else may replace what is placed there.
  makeDirectory(dirname(options.outFile), 0o755);
  if (options.buildCacheDir) {
    // Its real path, once private, is used from here on (private-file.ts).
    const checked = privateCacheRoot(options.buildCacheDir, makeDirectory);
    if ("problem" in checked) throw new CacheNotPrivateError(options.buildCacheDir, checked.problem);
    options.buildCacheDir = checked.root;
  }
  // A cached executable is used only while it has the digest recorded when it was built (build-cache.ts).
  const cachedDigest = options.buildCacheDir ? takeFromBuildCache(options.buildCacheDir, key, options.platform, options.outFile) : undefined;
  if (cachedDigest) return { file: options.outFile, platform: options.platform, runtime, sha256: cachedDigest, cached: true };

  // Before any download: the build's work dir goes there (below).
  const temp = privateDirectoryChain(tmpdir(), { selfMayBeSticky: true, ownPlaceFix: "Set TMPDIR to a directory of your own", unreadableFix: "Set TMPDIR to a directory you can write" });
  if ("problem" in temp) throw new PlaceNotPrivateError("the temporary directory (TMPDIR)", tmpdir(), temp.problem, "A provider executable built there could be changed before it is cached and installed");
  const env = options.env ?? process.env;
  const [makerBinary, targetBinary] = await Promise.all([
    fetchNodeRuntime(maker, { cacheDir: options.runtimeCacheDir, env }),
    fetchNodeRuntime(runtime, { cacheDir: options.runtimeCacheDir, env }),
  ]);
  // A private temp dir (mkdtemp: 0700, in a sticky /tmp), not one beside --out, which the umask or
  // a shared output directory may leave writable by others: what is built here is cached and
  // installed by path.
  const work = mkdtempSync(join(temp.root, "c1tg-sea-"));
  const sha256 = await withDirectory(work, async () => {
    // Lazy modules become SEA assets: the blob's script is not a file the program could read them from.
    const { code, modules } = splitLazyModules(main.toString("utf8"));
    writeFileSync(join(work, "main.js"), code);
    const assets: Record<string, string> = {};
    modules.forEach((m, i) => {
      writeFileSync(join(work, `lazy-${i}.js`), m.source);
      assets[`lazy-module:${m.name}`] = `lazy-${i}.js`;
    });
    writeFileSync(
      join(work, "sea-config.json"),
      JSON.stringify({ main: "main.js", output: "sea.blob", disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false, assets }),
    );
    await run(makerBinary, ["--experimental-sea-config", "sea-config.json"], work, "making the single-executable blob");
    const blob = join(work, "sea.blob");
    const exe = join(work, "executable");
    // Where the runtime's ICU package lies: read from its symbol table, which the strip removes.
    let icuData: ElfSymbol | undefined;
    if (runtime.format === "elf") {
      const official = readFileSync(targetBinary);
      icuData = findElfSymbol(official, ICU_DATA_SYMBOL);
      writeFileSync(exe, stripElf(official).bytes);
    } else {
      copyFileSync(targetBinary, exe);
    }
    chmodSync(exe, 0o755);
    // postject in a child process: its LIEF build prints warnings and holds a few hundred MB while it works.
    const injector = [
      "const [mod, exe, blob, fuse, segment] = process.argv.slice(1);",
      "require(mod).inject(exe, 'NODE_SEA_BLOB', require('fs').readFileSync(blob), { sentinelFuse: fuse, ...(segment ? { machoSegmentName: segment } : {}) })",
      "  .catch((e) => { console.error(e && e.message ? e.message : String(e)); process.exit(1); });",
    ].join("\n");
    await run(process.execPath, ["-e", injector, postject, exe, blob, SEA_SENTINEL_FUSE, runtime.format === "macho" ? SEA_MACHO_SEGMENT : ""], work, `injecting the blob into ${runtime.packageName}`);
    // After postject: LIEF parses and rewrites the whole file, and is never given the split segment.
    let injected: Buffer = readFileSync(exe);
    if (icuData) {
      const slimmed = slimIcuData(injected, icuData);
      if (slimmed.unchanged === undefined) writeFileSync(exe, (injected = slimmed.bytes));
    }
    verifySeaInjected(injected, readFileSync(blob), options.platform);
    // node.exe's Authenticode entry would point into the rewritten file's .rsrc: cleared (unsigned).
    if (runtime.format === "pe") writeFileSync(exe, clearPeCertificateTable(readFileSync(exe)).bytes);
    if (runtime.format === "macho" && process.platform === "darwin") await adHocSign(exe);
    // Its final bytes: what the cache records and the result reports.
    const digest = sha256OfFile(exe);
    if (options.buildCacheDir) putInBuildCache(options.buildCacheDir, key, options.platform, exe, digest);
    placeExecutable(exe, options.outFile);
    return digest;
  });
  return { file: options.outFile, platform: options.platform, runtime, sha256, cached: false };
}

/**
 * The injection drops Node's own signature; Apple silicon runs no unsigned code. On a Mac the
 * build signs ad hoc right away (before any hash is taken); elsewhere the file stays unsigned
 * and is signed on a Mac before it is published (docs/pipelines.md).
 */
function adHocSign(file: string): Promise<void> {
  return run("codesign", ["--sign", "-", "--force", file], dirname(file), "ad-hoc signing with codesign");
}

/** Longest a build step's child may run (ms). */
const STEP_TIMEOUT_MS = 600_000;
/**
 * Runs one build step's child process (asynchronously, killed if the build is interrupted:
 * interruptible.ts) and resolves when it exits 0; rejects with a ProviderBuildError that quotes
 * the end of its output otherwise.
 */
async function run(command: string, args: string[], cwd: string, what: string): Promise<void> {
  const step = await runStep(command, args, { cwd, timeoutMs: STEP_TIMEOUT_MS });
  const failure = stepFailure(step);
  if (failure === undefined) return;
  throw new ProviderBuildError(`${what} failed: ${step.output.trim().split("\n").slice(-5).join(" ") || failure}`, step.error ? { cause: step.error } : undefined);
}

function placeExecutable(from: string, to: string): void {
  const staged = `${to}.${randomBytes(4).toString("hex")}.tmp`;
  copyFileSync(from, staged);
  chmodSync(staged, 0o755);
  renameSync(staged, to);
}

/**
 * Checks what makes Node start the embedded program: the fuse reads `:1` exactly once, and the
 * blob's bytes are in the file. Throws ProviderBuildError otherwise.
 */
export function verifySeaInjected(executable: Buffer, blob: Buffer, platform: string): void {
  const fuse = executable.indexOf(SEA_SENTINEL_FUSE);
  if (fuse === -1 || executable.indexOf(SEA_SENTINEL_FUSE, fuse + 1) !== -1) {
    throw new ProviderBuildError(`the ${platform} executable does not contain the SEA fuse exactly once: the Node binary is not a SEA-capable build`);
  }
  if (executable[fuse + SEA_SENTINEL_FUSE.length + 1] !== 0x31) throw new ProviderBuildError(`the ${platform} executable's SEA fuse was not flipped: postject did not inject the blob`);
  if (executable.indexOf(blob) === -1) throw new ProviderBuildError(`the ${platform} executable does not contain the blob: postject did not inject it`);
}
