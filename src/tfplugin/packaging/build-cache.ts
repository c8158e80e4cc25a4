import { randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { dirname, join } from "node:path";
import { sha256OfFile, writeCacheDigest } from "./cache-digest";
import { makeDirectory } from "./make-directory";
import { isPrivateBelow } from "./private-file";

/**
 * Finished executables, kept by the hash of their inputs so the same build is not made twice:
 * `<cacheDir>/<key>/<os_arch>/executable`, with its SHA-256 beside it (cache-digest.ts). Each
 * build of another bundle or runtime adds 84–110 MiB per platform, so only the
 * {@link MAX_CACHED_BUILDS} most recently used builds of each platform are kept. The cache is an optimisation: a
 * miss, a damaged entry, or an entry another process removes while it is read, costs a build, and
 * a cache that cannot be written costs nothing.
 */

/** How many builds of each platform the cache keeps: the most recently made or used. */
export const MAX_CACHED_BUILDS = 4;

/**
 * Copies the cached executable of `key` for `platform` to `outFile` (mode 0755) and returns its
 * SHA-256, when the cache has it with the digest recorded when it was made; else undefined. The
 * copy is what is checked, so a file changed or removed meanwhile is never placed.
 */
export function takeFromBuildCache(cacheDir: string, key: string, platform: string, outFile: string, touch: (dir: string) => void = touchNow): string | undefined {
  const cached = join(cacheDir, key, platform, "executable");
  const staged = `${outFile}.${randomBytes(4).toString("hex")}.tmp`;
  let recorded: string;
  try {
    if (!isPrivateBelow(cacheDir, cached) || !isPrivateBelow(cacheDir, `${cached}.sha256`)) return undefined;
    recorded = readFileSync(`${cached}.sha256`, "utf8").trim();
    copyFileSync(cached, staged);
    if (sha256OfFile(staged) !== recorded) {
      removeQuietly(staged);
      return undefined;
    }
    chmodSync(staged, 0o755);
    renameSync(staged, outFile);
  } catch {
    removeQuietly(staged);
    return undefined;
  }
  try {
    // Used now: the last to be pruned (a read-only cache is still used, only never pruned by use).
    touch(join(cacheDir, key));
  } catch {
    // not ours to touch
  }
  return recorded;
}

/** Keeps `file` (whose SHA-256 is `digest`) as the build of `key` for `platform`, then prunes; a failure to write is ignored. */
export function putInBuildCache(cacheDir: string, key: string, platform: string, file: string, digest: string = sha256OfFile(file)): void {
  const cached = join(cacheDir, key, platform, "executable");
  const staged = `${cached}.${randomBytes(4).toString("hex")}`;
  try {
    // An entry someone else could write (an older version's, made under umask 000) is made again.
    if (existsSync(join(cacheDir, key)) && !isPrivateBelow(cacheDir, dirname(cached))) rmSync(join(cacheDir, key), { recursive: true, force: true });
    makeDirectory(dirname(cached), 0o700);
    copyFileSync(file, staged);
    // The digest first: a reader that finds the executable finds its digest (a stale one fails the check, and it is rebuilt).
    writeCacheDigest(cached, digest);
    renameSync(staged, cached);
  } catch {
    removeQuietly(staged);
    return;
  }
  pruneBuildCache(cacheDir, key);
}

/**
 * Removes all but the {@link MAX_CACHED_BUILDS} most recently used builds of each platform (never
 * `keep`). A key names one platform's build (its runtime is part of the key), so the count is per
 * platform: a package of all five platforms keeps all five. Never throws: an entry it cannot remove
 * (another user's, or one another build is writing into) stays.
 */
export function pruneBuildCache(cacheDir: string, keep?: string, remove: (dir: string) => void = removeQuietly): void {
  let entries: { name: string; used: number; platforms: string }[];
  try {
    entries = readdirSync(cacheDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({ name: e.name, used: usedAt(join(cacheDir, e.name)), platforms: platformsOf(join(cacheDir, e.name)) }));
  } catch {
    return;
  }
  const byPlatforms = new Map<string, typeof entries>();
  for (const entry of entries) byPlatforms.set(entry.platforms, [...(byPlatforms.get(entry.platforms) ?? []), entry]);
  for (const group of byPlatforms.values()) {
    const order = group.sort((a, b) => (a.name === keep ? -1 : b.name === keep ? 1 : b.used - a.used));
    for (const old of order.slice(MAX_CACHED_BUILDS)) {
      try {
        remove(join(cacheDir, old.name));
      } catch {
        // it stays; the next prune tries again
      }
    }
  }
}

/** The platforms an entry holds builds of, e.g. "linux_amd64" ("" for an empty one). */
function platformsOf(dir: string): string {
  try {
    return readdirSync(dir).sort().join(",");
  } catch {
    return "";
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // where nothing could be written, nothing is left
  }
}

/** When an entry was last made or used (its directory's mtime); one removed meanwhile counts as oldest. */
function usedAt(dir: string): number {
  try {
    return statSync(dir).mtimeMs;
  } catch {
    return 0;
  }
}

function touchNow(dir: string): void {
  const now = new Date();
  utimesSync(dir, now, now);
}
