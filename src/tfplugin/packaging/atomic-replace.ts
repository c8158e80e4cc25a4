import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import { removeOnInterrupt } from "./interruptible";

/**
 * Puts a file in place so that nothing ever sees it half-written and a running copy of the old one
 * keeps running: the bytes go to a temp file in `stagingDir` (same filesystem as `dest`), which is
 * then renamed over `dest`. Overwriting in place instead fails with ETXTBSY while terraform runs the
 * provider (a plan in another job on a shared runner), and a reader (terraform init hashing the
 * package, another install) could read a mix of two writes. Same bytes already there: no write.
 *
 * `stagingDir` is not `dest`'s own directory where that directory is hashed whole (a provider
 * package: a temp file beside the executable would change its `h1:`); Terraform ignores a file in
 * a version directory and names it only in its log beside packed zips (checked with terraform 1.11).
 */

/** Temp files: `.<dest name>.<random>.c1tg-tmp`, so a stale one is known as ours. */
const TEMP_SUFFIX = ".c1tg-tmp";

/**
 * A temp file older than this is left over by an install killed outright (SIGKILL, power loss; a
 * signal the CLI handles removes its own): writing ~110 MiB takes seconds, not an hour.
 */
export const STALE_TEMP_AGE_MS = 60 * 60 * 1000;

export interface ReplaceResult {
  /** False when `dest` already held these bytes (left as it was, mode aside). */
  written: boolean;
  /** `dest` held other bytes before. */
  overwroteDifferent: boolean;
}

export function replaceFileAtomically(dest: string, bytes: Buffer, options: { stagingDir: string; mode: number; now?: number }): ReplaceResult {
  let before: Buffer | undefined;
  try {
    before = readFileSync(dest);
  } catch {
    // absent or unreadable: written
  }
  if (before?.equals(bytes)) {
    // chmod on a running executable is allowed (only writing to it is not).
    if ((statSync(dest).mode & 0o777) !== options.mode) chmodSync(dest, options.mode);
    return { written: false, overwroteDifferent: false };
  }
  sweepStaleTemps(options.stagingDir, basename(dest), options.now ?? Date.now());
  const temp = join(options.stagingDir, `.${basename(dest)}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`);
  const unregister = removeOnInterrupt(temp);
  try {
    const fd = openSync(temp, "wx", options.mode);
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      // On disk before it is named: a crash after the rename never leaves an empty provider.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The umask narrows openSync's mode.
    chmodSync(temp, options.mode);
    renameSync(temp, dest);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  } finally {
    unregister();
  }
  return { written: true, overwroteDifferent: before !== undefined };
}

/** Removes temp files for `name` in `dir` older than {@link STALE_TEMP_AGE_MS}; another install's live one is younger. Best effort. */
export function sweepStaleTemps(dir: string, name: string, now: number = Date.now()): string[] {
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const entry of entries) {
    if (!entry.startsWith(`.${name}.`) || !entry.endsWith(TEMP_SUFFIX)) continue;
    const path = join(dir, entry);
    try {
      if (now - statSync(path).mtimeMs > STALE_TEMP_AGE_MS) {
        rmSync(path, { force: true });
        removed.push(path);
      }
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}
