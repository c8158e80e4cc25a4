import { realpathSync } from "node:fs";
import { dirname, isAbsolute, join, parse, resolve } from "node:path";

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
 */
export function absolutePath(path: string, cwd: string = process.cwd()): string {
  if (!path.split(/[\\/]/).includes("..")) return resolve(cwd, path);
  let reached = isAbsolute(path) ? parse(path).root : physical(resolve(cwd));
  for (const part of path.split(/[\\/]+/)) {
    if (part === "" || part === ".") continue;
    reached = part === ".." ? dirname(reached) : physical(join(reached, part));
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
