import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { foreignLinkOnTheWay } from "./link-walk";

/**
 * Files that end up run as code: V8 code caches (V8 checks only a cache's source length, its own
 * version and flags, so a cache made from other code of the same length runs as that code), and
 * the Node runtimes and provider executables a build keeps in its cache (a digest kept beside one
 * proves nothing against whoever could write both). Such a file is trusted only where no one else
 * could have written it, as ssh trusts its keys: a
 * directory and a file owned by this user (or by root) that neither group nor others may write.
 * A cache in a shared directory (an XDG_CACHE_HOME of mode 1777, another user's home under sudo,
 * a directory restored from somewhere else with other owners) is then not read, and not written.
 * Windows has no such owner and mode bits: there the user's profile is private by its ACLs, and
 * these checks pass.
 */

const uid = typeof process.getuid === "function" ? process.getuid() : undefined;

/** Owned by this user or root, and not writable by group or others (always true on Windows). */
function writableByOwnerOnly(stats: Stats): boolean {
  if (uid === undefined) return true;
  return (stats.uid === uid || stats.uid === 0) && (stats.mode & 0o022) === 0;
}

/** Whether `dir` is a directory that only this user (or root) can write into. */
export function isPrivateDirectory(dir: string): boolean {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() && writableByOwnerOnly(stats);
  } catch {
    return false;
  }
}

/**
 * The bytes of `file` when it is a regular file only this user (or root) can write, in a private
 * directory (`dir`), else undefined. Opened without following a symlink and without blocking, so
 * a FIFO or a device put in its place is refused at once instead of hanging the reader. With
 * `secret`, also a file group or others may read (not on Windows: no such bits).
 */
export function readPrivateFile(dir: string, file: string, options: { secret?: boolean } = {}): Buffer | undefined {
  if (!isPrivateDirectory(dir)) return undefined;
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || !writableByOwnerOnly(stats)) return undefined;
    // A secret others could read is no longer one (a private key left 0644 by a restore or a copy).
    if (options.secret === true && uid !== undefined && (stats.mode & 0o077) !== 0) return undefined;
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether `dir` exists, or the nearest directory above it that exists belongs to this user (or this
 * user is not root and it belongs to root, as /tmp does): what a cache may create. Root running with
 * another user's HOME (`sudo -E`) would otherwise leave directories of its own in that home.
 */
export function mayMakeDirectory(dir: string): boolean {
  if (uid === undefined) return true;
  for (let d = dir; ; d = dirname(d)) {
    try {
      const stats = statSync(d);
      return d === dir || stats.uid === uid || (stats.uid === 0 && uid !== 0);
    } catch {
      if (dirname(d) === d) return false;
    }
  }
}

/** Why a cache directory cannot be trusted, and what the user can do about it. */
export interface PrivacyProblem {
  reason: string;
  fix: string;
}

const OWN_DIRECTORY_FIX = "Use a cache directory of your own: set C1TG_CACHE_DIR (running as root with another user's HOME, as `sudo -E` does? run sudo without -E)";

/**
 * Makes `dir` where it is missing (mode 0700 for each directory made, whatever the umask), then
 * checks that it can be trusted: it must belong to this user (or root) and be writable by no one
 * else, and so must every directory above it, by its real path, unless that one is sticky as /tmp
 * is; else whoever may write one of them could put a directory of their own in its place between a
 * check of a cached file and its use. Gives its real path, which the caller then uses instead of
 * `dir` (a symlink on the way, in a directory someone else may write, could be re-pointed after
 * the check), or the problem. Nothing is made inside a directory that belongs to someone else
 * (root with another user's HOME). Below the root, each entry is checked where it is read
 * ({@link isPrivateBelow}).
 */
export function privateCacheRoot(dir: string, make: (dir: string, mode: number) => void): { root: string } | { problem: PrivacyProblem } {
  if (!mayMakeDirectory(dir)) return { problem: { reason: "it would be made inside a directory that belongs to another user", fix: OWN_DIRECTORY_FIX } };
  try {
    make(dir, 0o700);
  } catch (error) {
    return { problem: { reason: `it cannot be made (${(error as NodeJS.ErrnoException).code ?? String(error)})`, fix: "Set C1TG_CACHE_DIR to a directory you can create" } };
  }
  return privateDirectoryChain(dir, { selfMayBeSticky: false, ownPlaceFix: OWN_DIRECTORY_FIX, unreadableFix: "Set C1TG_CACHE_DIR to a directory you can create" });
}

/**
 * The real path of the existing directory `dir` when it and every directory above it belong to
 * this user or root and no one else may write them (a sticky one, as /tmp, may be writable by
 * others: they cannot rename or remove what is not theirs in it; `dir` itself only with
 * `selfMayBeSticky`), else the problem, with `ownPlaceFix` as the fix for another owner.
 */
export function privateDirectoryChain(
  dir: string,
  options: {
    selfMayBeSticky: boolean;
    ownPlaceFix: string;
    unreadableFix: string;
    /** `dir` is the nearest existing directory above the one meant: said as such. */
    above?: boolean;
    /** The caller has judged the links of a path `dir` begins (privatePlace): not walked again. */
    linksJudged?: boolean;
  },
): { root: string } | { problem: PrivacyProblem } {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    return { problem: { reason: `${options.above === true ? `${dir}, above it,` : "it"} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, fix: options.unreadableFix } };
  }
  if (uid === undefined) return { root: real };
  // The path as written too: its real path holds no trace of the links it went through (link-walk.ts).
  const foreign = options.linksJudged === true ? undefined : foreignLinkOnTheWay(dir);
  if (foreign) return { problem: linkProblem(foreign, options.ownPlaceFix) };
  for (let d = real; ; d = dirname(d)) {
    let stats: Stats;
    try {
      stats = statSync(d);
    } catch (error) {
      return { problem: { reason: `${d} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, fix: options.unreadableFix } };
    }
    const self = d === real && options.above !== true;
    const what = self ? "it" : `${d}, above it,`;
    // A file (or /dev/null) where a directory is meant: the place cannot hold anything.
    if (d === real && !stats.isDirectory()) return { problem: { reason: `${what} is not a directory`, fix: options.ownPlaceFix } };
    if (stats.uid !== uid && stats.uid !== 0) return { problem: { reason: `${what} belongs to user ${stats.uid}, not to you (user ${uid})`, fix: options.ownPlaceFix } };
    const sticky = (stats.mode & 0o1000) !== 0;
    const othersMayWrite = (stats.mode & 0o022) !== 0 && (!sticky || (self && !options.selfMayBeSticky));
    if (othersMayWrite) {
      const mode = (stats.mode & 0o7777).toString(8).padStart(4, "0");
      // chmod only for a directory of the user's own that is not shared on purpose (sticky, as
      // /tmp): `chmod -R go-w /tmp` would break it for everyone. Below a place of the user's, what
      // an older run made under umask 000 may be as loose.
      const fix = stats.uid !== uid || sticky ? options.ownPlaceFix : self ? `Make it and all it holds writable by you only: chmod -R go-w ${d}` : `Make that directory writable by you only: chmod go-w ${d}`;
      return { problem: { reason: `group or others may write ${self ? "it" : d} (mode ${mode}${self || sticky ? "" : ", not sticky"})`, fix } };
    }
    if (dirname(d) === d) return { root: real };
  }
}

/** A link on the way someone else controls, as a problem with its fix. */
function linkProblem(foreign: { link: string; reason: string }, ownPlaceFix: string): PrivacyProblem {
  return { reason: foreign.reason, fix: foreign.reason.startsWith("group or others") ? `Make that directory writable by you only: chmod go-w ${dirname(foreign.link)}` : ownPlaceFix };
}

/**
 * For a directory used or to be made at `dir`: the real path it has, or will have, when it is
 * private if it exists (see privateDirectoryChain) and the directories above it are private or
 * sticky; else the problem. Nothing is made here.
 */
export function privatePlace(dir: string, options: { ownPlaceFix: string; unreadableFix: string }): { root: string } | { problem: PrivacyProblem } {
  // The whole path's links, the part that does not exist yet included: a link there that leads
  // nowhere yet (someone else's, dangling) is what the directories would be made through.
  const foreign = foreignLinkOnTheWay(dir);
  if (foreign) return { problem: linkProblem(foreign, options.ownPlaceFix) };
  let existing = dir;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const chain = privateDirectoryChain(existing, { ...options, selfMayBeSticky: existing !== dir, above: existing !== dir, linksJudged: true });
  if ("problem" in chain) return chain;
  return { root: join(chain.root, relative(existing, dir)) };
}

/**
 * For makeDirectory's `judge`, making the place `place`: each level made must be private by the
 * rule of privateDirectoryChain (a level above the place named as such), else `refuse(problem)`,
 * which throws: in a sticky parent someone else could put a link or a directory of theirs where a
 * missing level goes, between a check and the mkdir.
 */
export function judgeEachLevel(place: string, options: { ownPlaceFix: string; unreadableFix: string }, refuse: (problem: PrivacyProblem) => never): (level: string) => void {
  return (level) => {
    const checked = privateDirectoryChain(level, { ...options, selfMayBeSticky: false, above: level !== place });
    if ("problem" in checked) refuse(checked.problem);
  };
}

/**
 * Whether `path`, below the private cache root `root` (a real path from {@link privateCacheRoot}),
 * is a regular file or directory that only this user (or root) can write, and so is every
 * directory between them, none of them a symlink (lstat): then no one else can change it, or put
 * something else in its place, while it is used (always true on Windows, as above).
 */
export function isPrivateBelow(root: string, path: string): boolean {
  const rel = relative(root, path);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return false;
  if (uid === undefined) return true;
  let at = root;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    try {
      const stats = lstatSync(at);
      if (stats.isSymbolicLink() || !(stats.isDirectory() || stats.isFile()) || !writableByOwnerOnly(stats)) return false;
    } catch {
      return false;
    }
  }
  return true;
}


