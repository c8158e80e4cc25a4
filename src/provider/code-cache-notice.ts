// What a user is told when the provider runs without its code cache because of the cache's place
// (load-engine.ts CodeCachePlace): in the provider's log (a warning, at every start) and by
// `c1-twingate provider install`. Without it every provider process compiles the provider from
// source and makes a new TLS key, and nothing else would say why plans got slower.
// Imports no code of ours but the file-system probes (serve.ts, a lazy module of its own, uses it): the place's type only.
import { statSync } from "node:fs";
import { dirname, relative, sep } from "node:path";
import { canMakeEntriesIn, isLink } from "../tfplugin/packaging/fs-probes";
import type { CodeCachePlace } from "./load-engine";

/** What a message tells the user to do, besides the place's own fix. */
export const CODE_CACHE_PLACE_FIX = "Set C1TG_CODE_CACHE_DIR to a directory only you can write (made 0700 if missing)";

/** The one-line summary: what is off and what it costs. */
export const CODE_CACHE_OFF = "the provider's code cache is off: each of its processes compiles its code from source and makes a new TLS key (tens of ms more per plan)";

/** The place of a cache that is off, why, and how to fix it. */
export interface CodeCacheProblem {
  place: string;
  reason: string;
  fix: string;
}

/** Longest name of one directory entry on Linux and macOS (NAME_MAX), in bytes. */
const NAME_MAX_BYTES = 255;
/** Longest path a file can be opened by on Linux (PATH_MAX less its NUL; macOS allows 1023), in bytes. */
const PATH_MAX_BYTES = 4095;

/**
 * Why the place's caches would be off, or undefined when they are used or off on purpose: a place
 * that is not private (refused by the judge), or a private one this user cannot make or write (a
 * root-owned ~/.cache left by a container build, a file where the directory should be, a name too
 * long), where every write would fail unseen.
 */
export function codeCacheProblem(place: CodeCachePlace, canWrite: (dir: string) => boolean = canMakeEntriesIn): CodeCacheProblem | undefined {
  if ("off" in place) return undefined;
  if ("refused" in place) return { place: place.refused, reason: place.problem.reason, fix: withGeneralFix(place.problem.fix) };
  const reason = unwritable(place.dir, canWrite);
  return reason === undefined ? undefined : { place: place.dir, reason, fix: CODE_CACHE_PLACE_FIX };
}

/** The same as one sentence, for text output. */
export function codeCacheProblemText(problem: CodeCacheProblem): string {
  return `${CODE_CACHE_OFF}. Its place, ${problem.place}, cannot be used: ${problem.reason}. ${problem.fix}.`;
}

function withGeneralFix(fix: string): string {
  return fix === "" ? CODE_CACHE_PLACE_FIX : `${fix}, or ${CODE_CACHE_PLACE_FIX.charAt(0).toLowerCase()}${CODE_CACHE_PLACE_FIX.slice(1)}`;
}

/** Why this user could not make or write the directory `dir` (from its nearest existing level), or undefined. */
function unwritable(dir: string, canWrite: (dir: string) => boolean): string | undefined {
  if (Buffer.byteLength(dir) > PATH_MAX_BYTES) return `its path is longer than a path may be (${Buffer.byteLength(dir)} bytes, at most ${PATH_MAX_BYTES})`;
  for (let at = dir; ; at = dirname(at)) {
    const what = at === dir ? "it" : `${at}, above it,`;
    let isDirectory: boolean;
    try {
      isDirectory = statSync(at).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A link whose target is missing (a volume not mounted, a directory not made): mkdir through it fails.
      if (code === "ENOENT" && isLink(at)) return `${what} is a symbolic link to something that does not exist`;
      // Not there yet (made when first written), or a name too long to look up: judged from the level above.
      if ((code === "ENOENT" || code === "ENOTDIR" || code === "ENAMETOOLONG") && dirname(at) !== at) continue;
      if (code === "EACCES") return `a directory on its way cannot be entered by you (EACCES at ${at})`;
      if (code === "ELOOP") return `symbolic links on its way loop (ELOOP at ${at})`;
      return `${what} cannot be read (${code ?? String(error)})`;
    }
    if (!isDirectory) return `${what} is not a directory`;
    if (!canWrite(at)) return at === dir ? "you cannot write it" : `it would be made in ${at}, which you cannot write`;
    const long = relative(at, dir).split(sep).find((name) => Buffer.byteLength(name) > NAME_MAX_BYTES);
    return long === undefined ? undefined : `a name on its way is longer than a file name may be (${Buffer.byteLength(long)} bytes, at most ${NAME_MAX_BYTES})`;
  }
}
