import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * mkdir -p, one level at a time. Node 20's `mkdirSync(dir, { recursive: true })` never returns
 * under a parent where mkdir fails with ENOENT though the parent exists (e.g. under /proc/1): a
 * mirror or output directory given there would hang the CLI, and a code-cache directory the
 * provider at its exit. Throws the first error (EACCES, ENOENT, ENOTDIR, ...); a directory another
 * process made meanwhile is fine, unless `judge`, called with each level made (or found made
 * meanwhile) before the next, throws.
 */
export function makeDirectory(dir: string, mode?: number, judge?: (level: string) => void): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) {
    try {
      mkdirSync(d, mode === undefined ? {} : { mode });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    // Each level that was missing, judged before the next is made in it: in a sticky parent (/tmp)
    // someone else may have put a link or a directory of theirs there first, which mkdir takes.
    judge?.(d);
  }
  // As mkdir -p: a file where the directory should be is an error here, not at the first write into it.
  if (missing.length === 0 && !statSync(dir).isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, '${dir}'`), { code: "ENOTDIR" });
  }
}

/**
 * makeDirectory for a directory the user named: a failure becomes `fail(message, cause)`, the
 * message saying which directory and why (callers add what to do, in their own error class).
 * `mode` as for makeDirectory (the umask still applies).
 */
export function makeDirectoryOr(dir: string, fail: (message: string, cause: unknown) => Error, mode?: number, judge?: (level: string) => void): void {
  let judged: unknown;
  try {
    makeDirectory(dir, mode, (level) => {
      try {
        judge?.(level);
      } catch (err) {
        judged = err;
        throw err;
      }
    });
  } catch (err) {
    // What `judge` threw is said as it is (its own error), not as a directory that could not be made.
    if (judged !== undefined) throw judged;
    throw fail(`cannot create ${dir} (${(err as Error).message})`, err);
  }
}

/**
 * The topmost directory of `dir` that does not exist yet: the first one makeDirectory(dir) would
 * create, and so the one to remove to undo it. Undefined when `dir` exists.
 */
export function firstMissingDirectory(dir: string): string | undefined {
  let missing: string | undefined;
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing = at;
    if (dirname(at) === at) break;
  }
  return missing;
}
