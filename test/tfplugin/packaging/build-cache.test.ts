/**
 * build-cache.ts with small files in place of executables: what is taken is what was put, a changed
 * or vanished entry is never placed, the cache keeps the most recently used builds, and a cache that
 * cannot be written does not fail a build.
 */
import { appendFileSync, chmodSync, existsSync, renameSync, symlinkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_CACHED_BUILDS, pruneBuildCache, putInBuildCache, takeFromBuildCache } from "../../../src/tfplugin/packaging/build-cache";
import { sha256OfFile } from "../../../src/tfplugin/packaging/cache-digest";

let root: string;
let cache: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "c1tg-build-cache-"));
  cache = join(root, "cache");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function built(name: string, content = `executable ${name}`): string {
  const file = join(root, name);
  writeFileSync(file, content);
  return file;
}

/** Puts a build of `key` whose last use is `minutesAgo` minutes ago. */
function putAged(key: string, minutesAgo: number): void {
  putInBuildCache(cache, key, "linux_amd64", built(key));
  const then = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(join(cache, key), then, then);
}

describe("the executables' build cache", () => {
  it("gives back what was put, as an executable file, with its digest", () => {
    const file = built("a");
    putInBuildCache(cache, "k1", "linux_amd64", file);
    const out = join(root, "out");
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", out)).toBe(sha256OfFile(file));
    expect(readFileSync(out, "utf8")).toBe("executable a");
    expect(statSync(out).mode & 0o777).toBe(0o755);
    expect(takeFromBuildCache(cache, "k1", "darwin_arm64", join(root, "other"))).toBeUndefined();
    expect(takeFromBuildCache(cache, "k2", "linux_amd64", join(root, "other"))).toBeUndefined();
    expect(existsSync(join(root, "other"))).toBe(false);
  });

  it("never places an entry group or others may write: its digest could have been written with it", () => {
    const file = built("a");
    putInBuildCache(cache, "k1", "linux_amd64", file);
    const cached = join(cache, "k1", "linux_amd64", "executable");
    chmodSync(cached, 0o777);
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", join(root, "out"))).toBeUndefined();
    chmodSync(cached, 0o755);
    chmodSync(`${cached}.sha256`, 0o666);
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", join(root, "out"))).toBeUndefined();
    chmodSync(`${cached}.sha256`, 0o644);
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", join(root, "out"))).toBe(sha256OfFile(file));
    // Nor one in a directory others may write, where both could be swapped after the check.
    chmodSync(join(cache, "k1", "linux_amd64"), 0o777);
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", join(root, "out"))).toBeUndefined();
    // Putting the build again makes the entry anew, private.
    putInBuildCache(cache, "k1", "linux_amd64", file);
    expect(statSync(join(cache, "k1", "linux_amd64")).mode & 0o777).toBe(0o700);
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", join(root, "out"))).toBe(sha256OfFile(file));
    // Nor one reached through a symlink inside the cache.
    renameSync(join(cache, "k1"), join(root, "k1-elsewhere"));
    symlinkSync(join(root, "k1-elsewhere"), join(cache, "k1"));
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", join(root, "out"))).toBeUndefined();
  });

  it("a cache it may read but not touch (another user's, read-only) is still used", () => {
    const file = built("a");
    putInBuildCache(cache, "k1", "linux_amd64", file);
    const readOnly = () => {
      throw Object.assign(new Error("EROFS: read-only file system"), { code: "EROFS" });
    };
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", join(root, "out"), readOnly)).toBe(sha256OfFile(file));
    expect(readFileSync(join(root, "out"), "utf8")).toBe("executable a");
  });

  it("never places an entry changed since it was put, or one removed while it is read, and leaves no staged copy", () => {
    putInBuildCache(cache, "k1", "linux_amd64", built("a"));
    appendFileSync(join(cache, "k1", "linux_amd64", "executable"), "tampered");
    const out = join(root, "out");
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", out)).toBeUndefined();
    rmSync(join(cache, "k1", "linux_amd64", "executable"));
    expect(takeFromBuildCache(cache, "k1", "linux_amd64", out)).toBeUndefined();
    expect(readdirSync(root).sort()).toEqual(["a", "cache"]);
  });

  it(`keeps the ${MAX_CACHED_BUILDS} most recently made or used builds`, () => {
    for (let i = 0; i < MAX_CACHED_BUILDS; i++) putAged(`old${i}`, 60 - i);
    // Using the oldest makes it the most recent: the next build removes old1 instead.
    expect(takeFromBuildCache(cache, "old0", "linux_amd64", join(root, "out"))).toBeDefined();
    putInBuildCache(cache, "new", "linux_amd64", built("new"));
    expect(readdirSync(cache).sort()).toEqual(["new", "old0", "old2", "old3"]);
    // The build just made stays even when its directory is the oldest by time.
    const then = new Date(Date.now() - 24 * 3_600_000);
    utimesSync(join(cache, "new"), then, then);
    pruneBuildCache(cache, "new");
    expect(readdirSync(cache)).toContain("new");
    expect(readdirSync(cache)).toHaveLength(MAX_CACHED_BUILDS);
  });

  it("counts builds per platform: a package of all five platforms keeps all five (each platform's runtime makes its own key)", () => {
    const platforms = ["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64", "windows_amd64"];
    // Two builds of everything (an older bundle, then this one), each platform under its own key.
    for (const build of ["old", "new"]) for (const platform of platforms) putInBuildCache(cache, `${build}-${platform}`, platform, built(`${build}-${platform}`));
    expect(readdirSync(cache)).toHaveLength(10);
    for (const platform of platforms) expect(takeFromBuildCache(cache, `new-${platform}`, platform, join(root, `out-${platform}`))).toBeDefined();
    // More builds of one platform push out only that platform's oldest.
    for (let i = 0; i < MAX_CACHED_BUILDS; i++) putAged(`more${i}`, 30 - i);
    const linux = readdirSync(cache).filter((k) => k.startsWith("more") || k.endsWith("linux_amd64"));
    expect(linux).toHaveLength(MAX_CACHED_BUILDS);
    expect(linux.sort()).toEqual(["more2", "more3", "new-linux_amd64", "old-linux_amd64"]);
    for (const platform of platforms.slice(1)) expect(readdirSync(cache)).toEqual(expect.arrayContaining([`old-${platform}`, `new-${platform}`]));
  });

  it("an old build it cannot remove (another user's, or one being written) stays, and the others go", () => {
    // Six entries made as another build would leave them (putInBuildCache itself would prune).
    for (let i = 0; i < MAX_CACHED_BUILDS + 2; i++) {
      mkdirSync(join(cache, `old${i}`, "linux_amd64"), { recursive: true });
      const then = new Date(Date.now() - (60 - i) * 60_000);
      utimesSync(join(cache, `old${i}`), then, then);
    }
    const tried: string[] = [];
    const remove = (dir: string) => {
      tried.push(dir.split("/").pop() ?? "");
      if (dir.endsWith("old0")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      rmSync(dir, { recursive: true, force: true });
    };
    expect(() => pruneBuildCache(cache, undefined, remove)).not.toThrow();
    expect(tried.sort()).toEqual(["old0", "old1"]);
    expect(readdirSync(cache).sort()).toEqual(["old0", "old2", "old3", "old4", "old5"]);
  });

  it("a cache that cannot be written costs nothing: no error, nothing placed", () => {
    const blocked = join(root, "a-file");
    writeFileSync(blocked, "not a directory");
    expect(() => putInBuildCache(blocked, "k1", "linux_amd64", built("a"))).not.toThrow();
    expect(() => pruneBuildCache(join(root, "missing"))).not.toThrow();
    expect(takeFromBuildCache(blocked, "k1", "linux_amd64", join(root, "out"))).toBeUndefined();
  });
});
