import { realpathSync } from "node:fs";
import { dirname, isAbsolute, join, parse, resolve } from "node:path";
import { PathThroughLinkError } from "./errors";
import { isLink } from "./fs-probes";
import { foreignLinkOnTheWay, PATH_SEPARATORS } from "./link-walk";

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
  const parts = path.split(PATH_SEPARATORS);
  if (!parts.includes("..")) return resolve(cwd, path);
  let reached = isAbsolute(path) ? parse(path).root : physical(resolve(cwd));
  for (const [i, part] of parts.entries()) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      reached = dirname(reached);
      continue;
    }
    const next = join(reached, part);
    refuseForeignLink(path, next);
    const resolved = physical(next);
    // A link that leads nowhere, then `..`: the OS refuses the path (ENOENT, ELOOP); dropping the
    // link's name by text would name a directory the OS never would.
    if (resolved === next && isLink(next) && parts.slice(i + 1).includes("..")) throw new PathThroughLinkError(path, next, "nowhere");
    reached = resolved;
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

/** Throws when `at`, on the way of `path`, is a link (or leads through one) someone other than this user or root made or could re-point. */
function refuseForeignLink(path: string, at: string): void {
  const foreign = foreignLinkOnTheWay(at);
  if (foreign !== undefined) throw new PathThroughLinkError(path, foreign.link, "foreign");
}
