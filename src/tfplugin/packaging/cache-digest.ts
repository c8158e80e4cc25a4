import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { replaceFileAtomically } from "./atomic-replace";
import { isPrivateBelow } from "./private-file";

/**
 * A build cache's files are checked again each time they are taken, not only when made: the
 * cache lives in the user's home (and CI jobs restore it from their own caches), so a file in it
 * may have changed since (a bad restore, a full disk, tampering). Each cached file has a
 * `<file>.sha256` beside it, written when the file was made from verified inputs; a file whose
 * bytes no longer match it, or that has none (an older cache), is not used, and is made again.
 * So is one that another user owns or that group or others may write (private-file.ts): its
 * digest could have been written with it. The cache directory itself must be private
 * (CacheNotPrivateError).
 */

/** The SHA-256 of a file, hex. */
export function sha256OfFile(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Records the digest of `file` beside it (`<file>.sha256`); returns the digest. */
export function writeCacheDigest(file: string, digest: string = sha256OfFile(file)): string {
  // Renamed into place: a build reading the cache at the same time never reads half a digest.
  replaceFileAtomically(`${file}.sha256`, Buffer.from(`${digest}\n`), { stagingDir: dirname(file), mode: 0o644 });
  return digest;
}

/**
 * The digest recorded beside `file` when `file` still has it; undefined when either is missing or
 * they differ, or when either, or a directory between them and the private `cacheRoot`
 * (private-file.ts privateCacheRoot), is one someone else could write.
 */
export function verifiedCacheDigest(file: string, cacheRoot: string): string | undefined {
  if (!existsSync(file) || !existsSync(`${file}.sha256`)) return undefined;
  // A file someone else could have written proves nothing with a digest beside it they could write too.
  if (!isPrivateBelow(cacheRoot, file) || !isPrivateBelow(cacheRoot, `${file}.sha256`)) return undefined;
  const digest = sha256OfFile(file);
  return readFileSync(`${file}.sha256`, "utf8").trim() === digest ? digest : undefined;
}
