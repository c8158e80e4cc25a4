import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import type * as zlib from "node:zlib";
import { coverage } from "./cache-coverage";
import { readCacheFile, STAGED_CACHE_FILE, writeCacheFile } from "./cache-file";

/**
 * Lazy modules: code a bundle carries but compiles only when first used (a provider's engine,
 * which most of Terraform's provider processes never run). The source rides at the end of the
 * bundle as a comment, `/*@lazy-module <name> zlib <base64>*\/`: the zlib format (RFC 1950: DEFLATE
 * and an Adler-32 of the source, so one damaged character fails to decode instead of decoding to
 * other code that may still parse) of its UTF-8, in base64. A comment, because V8 skips one almost for free at start-up, while a string
 * literal of the same size costs ~7 ms to scan; compressed, because even a comment is scanned
 * (~3 ms per MB before the handshake, bench/provider.bench.ts), and the sources shrink from 1.2 MB
 * to ~0.3 MB; a module read before the handshake is uncompressed (SHA256_ENCODING). The older forms,
 * raw DEFLATE (`deflate`) and none (`/*@lazy-module <name> <base64>*\/`), are still read. In a single executable the same source is a SEA asset named `lazy-module:<name>` (sea.ts
 * moves it there), since the blob's script is not a file to read.
 *
 * scripts/build.mjs and lazy-module-comment.ts write the comment.
 */
export const LAZY_MODULE_MARK = "/*@lazy-module ";
/**
 * The encoding of a module read before the provider's handshake, where loading node:zlib (~1–2 ms)
 * would delay it: `sha256=<hex of the source>`, the source in base64, uncompressed; the digest
 * does for it what zlib's Adler-32 does for the others.
 */
export const SHA256_ENCODING = "sha256=";

/** Bytes a JavaScript source may end with after its last comment (the build writes a newline). */
const TRAILING_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);
const MARK_BYTES = Buffer.from(LAZY_MODULE_MARK, "latin1");
const COMMENT_END = 0x2a2f; // "*/" read as a big-endian uint16

/**
 * The lazy-module comments that end a bundle, last first, undecoded; `end` is where the bundle's
 * code (or the next comment) ends. Read from the bytes, so a provider process that loads a module
 * never holds the whole bundle as a string (V8 would count it against its young generation).
 */
function* trailingComments(bundle: Buffer): Generator<{ name: string; encoding: string; data: string; end: number }> {
  let end = bundle.length;
  for (;;) {
    while (end > 0 && TRAILING_SPACE.has(bundle[end - 1] ?? 0)) end--;
    if (end === 0) return;
    const at = bundle.lastIndexOf(MARK_BYTES, end - 1);
    // Only a comment that ends the file is a lazy module (the marker text also occurs in code).
    if (at === -1 || end - at < MARK_BYTES.length + 2 || bundle.readUInt16BE(end - 2) !== COMMENT_END || bundle.indexOf("*/", at, "latin1") !== end - 2) return;
    const fields = bundle.toString("latin1", at + MARK_BYTES.length, end - 2).split(" ");
    const [name = "", encoding = "", data = ""] = fields.length >= 3 ? fields : [fields[0], "base64", fields[1]];
    if (name === "") return;
    end = at;
    yield { name, encoding, data, end };
  }
}

/** The UTF-8 source a comment carries. */
function decode(comment: { name: string; encoding: string; data: string }): Buffer {
  const bytes = Buffer.from(comment.data, "base64");
  if (comment.encoding.startsWith(SHA256_ENCODING)) {
    if (createHash("sha256").update(bytes).digest("hex") === comment.encoding.slice(SHA256_ENCODING.length)) return bytes;
    throw new Error(`lazy module "${comment.name}" is damaged (its SHA-256 does not match the one recorded beside it): the file was changed after it was built; build it or install the provider again`);
  }
  // node:zlib only when a module is decoded: the provider's bootstrap prints its handshake first.
  if (comment.encoding === "zlib") return (require("node:zlib") as typeof zlib).inflateSync(bytes);
  if (comment.encoding === "deflate") return (require("node:zlib") as typeof zlib).inflateRawSync(bytes);
  if (comment.encoding === "base64") return bytes;
  throw new Error(`lazy module "${comment.name}" is in an encoding this build cannot read ("${comment.encoding}"): rebuild the bundle with scripts/build.mjs`);
}

/** Every lazy module at the end of a bundle, and the bundle without them. */
export function splitLazyModules(bundle: string): { code: string; modules: { name: string; source: string }[] } {
  const bytes = Buffer.from(bundle, "utf8");
  const modules: { name: string; source: string }[] = [];
  let end = bytes.length;
  for (const comment of trailingComments(bytes)) {
    modules.unshift({ name: comment.name, source: decode(comment).toString("utf8") });
    end = comment.end;
  }
  return { code: bytes.toString("utf8", 0, end), modules };
}

/** The source of lazy module `name` of the running bundle `bundleFile` (or of the running single executable). */
export function readLazyModule(name: string, bundleFile: string): string {
  return readLazyModuleBytes(name, bundleFile).toString("utf8");
}

/** The UTF-8 bytes of lazy module `name` of the running bundle `bundleFile` (or of the running single executable). */
export function readLazyModuleBytes(name: string, bundleFile: string): Buffer {
  const sea = seaApi();
  if (sea?.isSea()) return Buffer.from(sea.getRawAsset?.(`lazy-module:${name}`) ?? sea.getAsset(`lazy-module:${name}`));
  // Only the module asked for is decoded: a bundle may carry several large ones.
  for (const comment of trailingComments(readFileSync(bundleFile))) if (comment.name === name) return decode(comment);
  throw new Error(`${bundleFile} carries no lazy module "${name}": rebuild it with scripts/build.mjs`);
}

/**
 * Runs lazy module `name` of the running bundle `bundleFile` as a CommonJS module, compiled with
 * the code cache in `cacheDir` (see compileCommonJs), and returns its exports. Its `__filename` is
 * the bundle's, so it reads the bundle's other lazy modules as the bundle itself would.
 */
export function runLazyModule(name: string, bundleFile: string, requireFn: NodeJS.Require, cacheDir?: string): { exports: unknown; cache: "off" | "hit" | "miss" | "rejected" } {
  const { factory, cache } = compileCommonJs(readLazyModuleBytes(name, bundleFile), `${bundleFile}/${name}.js`, cacheDir);
  const module = { exports: {} };
  factory(module.exports, requireFn, module, bundleFile, dirname(bundleFile));
  return { exports: module.exports, cache };
}

interface SeaApi {
  isSea(): boolean;
  getAsset(key: string): ArrayBuffer;
  /** Node >= 20.13 / 21.7: the asset in the executable's memory, without a copy (read only). */
  getRawAsset?(key: string): ArrayBuffer;
}

function seaApi(): SeaApi | undefined {
  try {
    return require("node:sea") as SeaApi;
  } catch {
    return undefined; // Node < 20.12: never a single executable
  }
}

/** How Node wraps a CommonJS module (the factory's parameters), around the module's UTF-8 source. */
const WRAPPER_START = Buffer.from("(function (exports, require, module, __filename, __dirname) {", "latin1");
const WRAPPER_END = Buffer.from("\n})", "latin1");

type CommonJsFactory = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** How many cache files a cache directory keeps (the most recently written): one per compiled module of each build, 0.1–1.1 MB. */
export const MAX_CACHE_FILES = 32;

/**
 * Compiles a CommonJS module's source with a V8 code cache kept in `cacheDir` (what Node 22's
 * module compile cache does for files): the first process compiles and, at exit, saves the
 * cache including every function it ran; later ones skip most parsing and lazy compilation
 * (bench: engine compile + init ~100 ms without, ~25 ms with). The file name holds the Node
 * version, architecture and source hash; V8 itself rejects a cache made with other flags or
 * another V8. V8 does not check the payload of a cache in release builds (a flipped byte in the
 * middle crashes the process), so each file carries the SHA-256 of its data, checked before V8
 * sees it: a damaged, short or unreadable file only costs the plain compile, and is rewritten.
 * The directory keeps the {@link MAX_CACHE_FILES} newest files. Without a writable `cacheDir`,
 * it compiles as usual.
 */
export function compileCommonJs(source: string | Uint8Array, filename: string, cacheDir?: string): { factory: CommonJsFactory; cache: "off" | "hit" | "miss" | "rejected" } {
  // Wrapped and hashed as bytes, then made a string once: wrapping a string makes a cons string
  // that hashing and V8 would flatten into a second copy (an engine is ~0.3 MB, and each copy
  // counts against V8's young generation: a scavenge of a few ms per MB in a provider process).
  const wrappedBytes = Buffer.concat([WRAPPER_START, typeof source === "string" ? Buffer.from(source, "utf8") : source, WRAPPER_END]);
  const key = createHash("sha256").update(cacheKeyOfThisProcess()).update(wrappedBytes).digest("hex").slice(0, 40);
  const wrapped = wrappedBytes.toString("utf8");
  const file = cacheDir ? join(cacheDir, `${key}.v8cache`) : undefined;
  // Only a cache no one else could have written (cache-file.ts): V8 would run whatever it holds.
  const stored = file && cacheDir ? readCacheFile(cacheDir, file) : undefined;
  const kept = stored === undefined || stored === "damaged" ? undefined : decodeCodeCache(stored);
  const cachedData = kept?.v8;
  const script = new Script(wrapped, { filename, ...(cachedData ? { cachedData } : {}) });
  if (file && cacheDir) {
    const usedCoverage = kept !== undefined && !script.cachedDataRejected ? kept.coverage : undefined;
    process.once("exit", () => {
      // Written when there was none to use, or when this process did what the cache's writer had not (cache-coverage.ts).
      const done = coverage();
      if (usedCoverage !== undefined && done.every((what) => usedCoverage.has(what))) return;
      // Never a header this code would not read back (the union of a bloated one): this process's own, else none.
      const fits = (list: string[]): boolean => Buffer.byteLength(JSON.stringify(list)) <= MAX_COVERAGE_BYTES;
      const union = [...new Set([...(usedCoverage ?? []), ...done])].sort();
      const all = fits(union) ? union : fits(done) ? done : [];
      if (!writeCacheFile(cacheDir, file, () => encodeCodeCache(all, script.createCachedData()))) return;
      try {
        pruneCacheDir(cacheDir);
      } catch {
        // an entry that cannot be removed (a directory by a cache's name, no permission): left for now; an exit handler must not throw
      }
    });
  }
  const cache = !file ? "off" : stored === undefined ? "miss" : !cachedData || script.cachedDataRejected ? "rejected" : "hit";
  return { factory: script.runInThisContext() as CommonJsFactory, cache };
}

/**
 * A code cache file's data (cache-file.ts adds the digest): the length of a JSON array (uint32, big
 * endian), the array (what the writing process had done, cache-coverage.ts), then V8's data.
 */
function encodeCodeCache(coverage: readonly string[], v8: Buffer): Buffer {
  const header = Buffer.from(JSON.stringify(coverage), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, v8]);
}

/** At most this much coverage (a few dozen method paths in practice): a larger header is not one this code wrote. */
const MAX_COVERAGE_BYTES = 16 * 1024;

/** The parts of a code cache file's data; undefined when it is not in that form (an older build's, a bloated header: written again). */
function decodeCodeCache(data: Buffer): { coverage: ReadonlySet<string>; v8: Buffer } | undefined {
  if (data.length < 4) return undefined;
  const length = data.readUInt32BE(0);
  const end = 4 + length;
  if (length > MAX_COVERAGE_BYTES || end >= data.length) return undefined;
  let coverage: unknown;
  try {
    coverage = JSON.parse(data.toString("utf8", 4, end));
  } catch {
    return undefined;
  }
  if (!Array.isArray(coverage) || !coverage.every((c): c is string => typeof c === "string")) return undefined;
  return { coverage: new Set(coverage), v8: data.subarray(end) };
}

/**
 * What a cache depends on beside its source: Node's version and architecture, and the options
 * Node started with, which may set V8 flags (NODE_OPTIONS, node's own arguments). V8 rejects a
 * cache made under other flags; keyed by them, runs with and without such options keep a cache
 * each instead of replacing one another's.
 */
function cacheKeyOfThisProcess(): string {
  return `${process.version} ${process.arch}\n${process.execArgv.join(" ")}\n${process.env.NODE_OPTIONS ?? ""}\n`;
}

/** How old a staged cache file must be before a prune takes it for one a killed process left (ms). */
const STALE_STAGED_MS = 10 * 60_000;

/**
 * Removes all but the MAX_CACHE_FILES most recently written cache files (older builds' caches), and
 * staged files a process killed while writing left behind.
 */
function pruneCacheDir(cacheDir: string): void {
  const writtenAt = (path: string): number | undefined => {
    try {
      return statSync(path).mtimeMs;
    } catch {
      return undefined; // removed meanwhile (another process's prune), or a link that leads nowhere
    }
  };
  const entries = readdirSync(cacheDir).map((f) => ({ name: f, path: join(cacheDir, f) }));
  // Only caches of this kind (`<40 hex>.v8cache`): a directory the user chose may hold other files.
  const files = entries
    .filter((f) => CODE_CACHE_FILE.test(f.name))
    .map((f) => ({ path: f.path, written: writtenAt(f.path) }))
    .filter((f): f is { path: string; written: number } => f.written !== undefined)
    .sort((a, b) => b.written - a.written);
  for (const old of files.slice(MAX_CACHE_FILES)) rmSync(old.path, { force: true });
  const now = Date.now();
  for (const staged of entries.filter((f) => STAGED_CACHE_FILE.test(f.name))) {
    const written = writtenAt(staged.path);
    if (written !== undefined && now - written > STALE_STAGED_MS) rmSync(staged.path, { force: true });
  }
}

/** A code cache file's name: the cache key (`compileCommonJs`), then `.v8cache`. */
const CODE_CACHE_FILE = /^[0-9a-f]{40}\.v8cache$/;
