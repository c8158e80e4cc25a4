import { createHash, randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { makeDirectory } from "./make-directory";
import { judgeEachLevel, mayMakeDirectory, privatePlace, readPrivateFile } from "./private-file";

/**
 * Files a process keeps for the next ones in the code-cache directory (load-engine.ts
 * `codeCacheDir`): V8 code caches (lazy-module.ts) and the provider's TLS identity
 * (plugin-identity.ts). A file is the SHA-256 of its data, then the data: a damaged, short or
 * half-written file reads as missing, so the reader makes the data again instead of failing (V8
 * does not check a code cache's payload in release builds: a flipped byte would crash the
 * process). Read and written only where no one else could have written them (private-file.ts).
 */

const DIGEST_BYTES = 32;
/** A cache is simply not used where it cannot be trusted: no message, so no fix to give. */
const NO_FIX = { ownPlaceFix: "", unreadableFix: "" };

/**
 * Cache file `file` in `dir`: absent (undefined) when missing or not private (private-file.ts
 * `readPrivateFile`; with `secret`, also when others may read it), else its data, or "damaged"
 * when its digest does not match.
 */
export function readCacheFile(dir: string, file: string, options: { secret?: boolean } = {}): Buffer | "damaged" | undefined {
  const stored = readPrivateFile(dir, file, options);
  if (stored === undefined) return undefined;
  if (stored.length <= DIGEST_BYTES) return "damaged";
  const data = stored.subarray(DIGEST_BYTES);
  return createHash("sha256").update(data).digest().equals(stored.subarray(0, DIGEST_BYTES)) ? data : "damaged";
}

/**
 * Writes cache file `file` in `dir` (made 0700 where missing), mode 0600, staged and renamed so a
 * reader never sees half of it. `data` is made only when the directory can take the file. Silent:
 * false when it was not written (read-only, full, shared with others, another user's home under
 * `sudo -E`); the next process makes the data again.
 */
export function writeCacheFile(dir: string, file: string, data: () => Uint8Array): boolean {
  const staged = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    // Judged again now, by every directory and link on the way (private-file.ts): it was judged when
    // the process started, maybe before it existed, and a link someone put in its place since (in a
    // sticky /tmp, a shared XDG_CACHE_HOME) would choose where this file goes. Never made inside a
    // directory someone else owns (another user's home under `sudo -E`); each level it makes is
    // judged before the next is made in it.
    if (!mayMakeDirectory(dir) || "problem" in privatePlace(dir, NO_FIX)) return false;
    makeDirectory(
      dir,
      0o700,
      judgeEachLevel(dir, NO_FIX, (problem) => {
        throw new Error(problem.reason);
      }),
    );
    const bytes = data();
    writeFileSync(staged, Buffer.concat([createHash("sha256").update(bytes).digest(), bytes]), { mode: 0o600 });
    renameSync(staged, file);
    return true;
  } catch {
    try {
      rmSync(staged, { force: true });
    } catch {
      // nothing was staged, or the directory cannot even be looked into
    }
    return false;
  }
}

/**
 * A staged file a process killed while writing leaves behind (`<name>.<8 hex>.tmp`), of the two
 * kinds of file kept here (`<40 hex>.v8cache`, lazy-module.ts; `plugin-tls-identity`,
 * plugin-identity.ts): the only files a prune may take besides old caches, should the directory
 * be one that holds other files too (C1TG_CODE_CACHE_DIR is the user's to choose).
 */
export const STAGED_CACHE_FILE = /^(?:[0-9a-f]{40}\.v8cache|plugin-tls-identity)\.[0-9a-f]{8}\.tmp$/;
