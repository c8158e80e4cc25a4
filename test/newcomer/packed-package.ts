/**
 * The package as npm publishes it: `npm pack` of a staged copy (the bundles jest's global setup
 * built, fresh declarations from tsconfig.build.json, and the files package.json lists), so
 * tests install exactly what a user would download. Packing costs a declaration build, so the
 * tarball is cached under `.cache/packed/<content hash>/` and shared by every suite and worker
 * (built in a temp dir, then renamed into place: concurrent builders never see half a package).
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export interface PackedPackage {
  /** Absolute path of `cdktf-twingate-conductorone-<version>.tgz`. */
  tarball: string;
  name: string;
  version: string;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).flatMap((entry) => filesUnder(join(dir, entry)));
}

/** Everything the packed bytes depend on: the built bundles, the sources of the declarations, and the shipped files. */
function contentKey(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };
  const inputs = [
    "package.json",
    "tsconfig.json",
    "tsconfig.build.json",
    ...filesUnder(join(ROOT, "dist")).filter((f) => !f.includes(`${join("dist", "types")}`)).map((f) => relative(ROOT, f)),
    ...filesUnder(join(ROOT, "src")).map((f) => relative(ROOT, f)),
    ...filesUnder(join(ROOT, "constructs")).map((f) => relative(ROOT, f)),
    ...pkg.files.filter((f) => !f.startsWith("dist")).flatMap((f) => filesUnder(join(ROOT, f)).map((p) => relative(ROOT, p))),
  ].sort();
  const hash = createHash("sha256");
  for (const file of new Set(inputs)) hash.update(file).update("\0").update(readFileSync(join(ROOT, file))).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** Packs the package (or reuses the tarball of the same content) and returns where it is. */
export function packedPackage(): PackedPackage {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string; files: string[] };
  if (!existsSync(join(ROOT, "dist", "constructs.js"))) throw new Error("dist/ is missing: run npm run build (jest's global setup does)");
  const cacheRoot = join(ROOT, ".cache", "packed");
  const final = join(cacheRoot, contentKey());
  const tarball = join(final, `${pkg.name}-${pkg.version}.tgz`);
  if (existsSync(tarball)) return { tarball, name: pkg.name, version: pkg.version };

  mkdirSync(cacheRoot, { recursive: true });
  // One packer at a time: the suites that need the tarball start together on a fresh clone, and
  // each pack is a declaration build (~13 s of CPU); the others wait for the first one's tarball.
  const release = packLock(join(cacheRoot, ".lock"), () => existsSync(tarball));
  if (release === null) return { tarball, name: pkg.name, version: pkg.version };
  try {
    pack(pkg, final, tarball, cacheRoot);
  } finally {
    release();
  }
  return { tarball, name: pkg.name, version: pkg.version };
}

/** How long a packer may hold the lock before the waiters give up with an error (a pack takes seconds to a few minutes). */
const PACK_LOCK_PATIENCE_MS = 900_000;

/**
 * Takes the lock directory `lock` (mkdir is atomic), or waits while a live process holds it;
 * null when `done()` turned true meanwhile (the holder made what we need). A lock left by a
 * process that is gone (a killed run) is taken over; its owner is its pid and, on Linux, that
 * process's start time, so a reused pid does not keep a dead run's lock alive. The wait blocks
 * the thread (packing is synchronous), so it has its own deadline instead of jest's timeout.
 * Returns the release function.
 */
function packLock(lock: string, done: () => boolean): (() => void) | null {
  const owner = join(lock, "owner");
  const nap = new Int32Array(new SharedArrayBuffer(4));
  const giveUp = Date.now() + PACK_LOCK_PATIENCE_MS;
  for (;;) {
    if (done()) return null;
    try {
      mkdirSync(lock);
      writeFileSync(owner, processIdentity(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (!held(owner)) rmSync(lock, { recursive: true, force: true });
    else if (Date.now() > giveUp) {
      throw new Error(
        `${lock} has been held for ${PACK_LOCK_PATIENCE_MS / 60_000} minutes by ${readOwner(owner) ?? "a process that has not written its pid"}; ` +
          "if no test run is packing the package, remove that directory and run again",
      );
    } else Atomics.wait(nap, 0, 0, 250);
  }
}

/** `<pid> <start time>`: /proc's start time (clock ticks since boot, field 22) where there is one. */
function processIdentity(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return `${pid} ${stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? ""}`;
  } catch {
    return String(pid);
  }
}

function readOwner(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
}

/** Whether the lock's owner still runs (a lock just taken has no owner yet: held for a minute). */
function held(file: string): boolean {
  const recorded = readOwner(file);
  if (recorded === undefined) {
    try {
      return Date.now() - statSync(join(file, "..")).mtimeMs < 60_000;
    } catch {
      return false;
    }
  }
  const pid = Number(recorded.split(" ")[0]);
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // Alive: the same process only if its start time matches (where /proc has one).
  return !recorded.includes(" ") || processIdentity(pid) === recorded;
}

function pack(pkg: { files: string[] }, final: string, tarball: string, cacheRoot: string): void {
  const work = mkdtempSync(join(cacheRoot, ".tmp-"));
  try {
    const stage = join(work, "stage");
    mkdirSync(join(stage, "dist"), { recursive: true });
    for (const entry of pkg.files.filter((f) => !f.startsWith("dist"))) {
      if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(stage, entry), { recursive: true });
    }
    cpSync(join(ROOT, "package.json"), join(stage, "package.json"));
    for (const file of readdirSync(join(ROOT, "dist")).filter((f) => f !== "types")) cpSync(join(ROOT, "dist", file), join(stage, "dist", file));
    // Declarations exactly as `npm run build:types` makes them (the prepack script), into the stage.
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.build.json"), "--outDir", join(stage, "dist", "types")], {
      stdio: "pipe",
    });
    const out = join(work, "out");
    mkdirSync(out);
    execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", out], { cwd: stage, encoding: "utf8", stdio: "pipe" });
    try {
      renameSync(out, final);
    } catch (error) {
      // Another worker packed the same content first: use theirs.
      if (!existsSync(tarball)) throw error;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The files inside the tarball, as paths relative to the package root (`package/` stripped). */
export function tarballFiles(tarball: string): string[] {
  return execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter((l) => l.length > 0 && !l.endsWith("/"))
    .map((l) => l.replace(/^package\//, ""))
    .sort();
}
