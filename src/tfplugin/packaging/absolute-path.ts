import { lstatSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, parse, resolve } from "node:path";
import { PathThroughLinkError } from "./errors";

/**
 * `path` as an absolute path naming what the operating system would open for it from `cwd`. The
 * build's steps run in other directories, so every path a user gives is made absolute first.
 * `path.resolve` alone is not enough where a `..` follows a symbolic link: it drops the link's
 * name textually (`lnk/../out` → `out`), while the OS follows the link first (as `mkdir -p` and
 * the shell do: `lnk/../out` is beside the link's target). Such a path is walked one component at
 * a time: each existing one is replaced by its real path (realpath(3); Node's own realpathSync
 * normalises `..` textually first), a missing one is kept (as `mkdir -p` would create it), and
 * `..` goes to the parent of what the walk has reached. A link that leads nowhere (dangling, a
 * loop) is kept as it is, and the OS reports it when the path is used. Any other path:
 * `path.resolve`.
 *
 * Such a walk leaves no link in the path it gives, so whoever checks that path for links someone
 * else controls (private-file.ts) would not see one it went through: a link another user made (in
 * a sticky /tmp), or one in a directory others may write, followed by `..`, throws
 * PathThroughLinkError instead (not on Windows: no owners there).
 */
export function absolutePath(path: string, cwd: string = process.cwd()): string {
  if (!path.split(/[\\/]/).includes("..")) return resolve(cwd, path);
  let reached = isAbsolute(path) ? parse(path).root : physical(resolve(cwd));
  for (const part of path.split(/[\\/]+/)) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      reached = dirname(reached);
      continue;
    }
    const next = join(reached, part);
    refuseForeignLink(path, next);
    reached = physical(next);
  }
  return reached;
}

function physical(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path; // not there (yet), or a link that leads nowhere
  }
}

const uid = typeof process.getuid === "function" ? process.getuid() : undefined;

/** Throws when `at`, on the way of `path`, is a link someone other than this user or root made or could re-point. */
function refuseForeignLink(path: string, at: string): void {
  if (uid === undefined) return;
  let link;
  let holder;
  try {
    link = lstatSync(at);
    if (!link.isSymbolicLink()) return;
    holder = statSync(dirname(at));
  } catch {
    return; // not there (yet): nothing followed
  }
  const mine = (owner: number): boolean => owner === uid || owner === 0;
  const othersMayWrite = (holder.mode & 0o022) !== 0 && (holder.mode & 0o1000) === 0;
  if (!mine(link.uid) || !mine(holder.uid) || othersMayWrite) throw new PathThroughLinkError(path, at);
}
