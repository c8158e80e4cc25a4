import { realpathSync } from "node:fs";
import { isAbsolute, resolve, sep } from "node:path";

/**
 * `path` as an absolute path naming what the operating system would open for it from `cwd`. The
 * build's steps run in other directories, so every path a user gives is made absolute first.
 * `path.resolve` alone is not enough where a `..` follows a symbolic link: it drops the link's
 * name textually (`lnk/../out` → `out`), while the OS follows the link first (as `mkdir -p` and
 * the shell do: `lnk/../out` is beside the link's target). Such a path is resolved through its
 * longest existing prefix (realpath); any other path through `path.resolve`.
 */
export function absolutePath(path: string, cwd: string = process.cwd()): string {
  if (!path.split(/[\\/]/).includes("..")) return resolve(cwd, path);
  const whole = isAbsolute(path) ? path : `${cwd}${sep}${path}`;
  const parts = whole.split(sep);
  for (let i = parts.length; i > 1; i--) {
    try {
      // The native realpath(3): Node's own realpathSync normalises `..` textually first.
      return resolve(realpathSync.native(parts.slice(0, i).join(sep)), ...parts.slice(i));
    } catch {
      // not there (yet): try the shorter prefix
    }
  }
  return resolve(whole);
}
