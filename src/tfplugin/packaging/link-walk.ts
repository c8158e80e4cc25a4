import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname, isAbsolute, join, parse, resolve } from "node:path";

/**
 * The symbolic links a path goes through, judged one by one: whoever made a link on the way, or
 * may replace it, chooses where the path leads. A link's real path leaves no trace of the links
 * it went through, so a check of real paths alone passes a user's own link that points through
 * someone else's (outside testers did both: one link, then a link to a link).
 */

const uid = typeof process.getuid === "function" ? process.getuid() : undefined;

/** Why `link` (lstat `linkStats`, in the directory `holderStats`) is not this user's to trust, or undefined. */
function judge(link: string, linkStats: Stats, holderStats: Stats): string | undefined {
  if (linkStats.uid !== uid && linkStats.uid !== 0) return `${link}, a symbolic link on the way to it, belongs to user ${linkStats.uid}, not to you (user ${uid})`;
  // Whoever owns the directory holding the link may replace it, sticky or not.
  if (holderStats.uid !== uid && holderStats.uid !== 0) return `${dirname(link)}, which holds ${link}, a symbolic link on the way to it, belongs to user ${holderStats.uid}, not to you (user ${uid})`;
  if ((holderStats.mode & 0o022) !== 0 && (holderStats.mode & 0o1000) === 0) {
    const mode = (holderStats.mode & 0o7777).toString(8).padStart(4, "0");
    return `group or others may write ${dirname(link)} (mode ${mode}, not sticky), which holds ${link}, a symbolic link on the way to it`;
  }
  return undefined;
}

/** What separates a path's names: "/" (a backslash is a character of a name on POSIX), and "\\" too on Windows. */
export const PATH_SEPARATORS = process.platform === "win32" ? /[\\/]+/ : /\/+/;

/** As the OS resolves links: at most this many on one path (Linux's MAXSYMLINKS). */
const MAX_LINKS = 40;

/**
 * Walks `path` (from `cwd` when relative) as the OS resolves it: `..` goes to the parent of what
 * the walk has reached, and each symbolic link is judged (owned by this user or root, in a
 * directory of this user's or root's that no one else may write unless sticky), then its target
 * is walked the same way, from the link's directory. Gives the first link at fault, with why; none
 * when every link passes, or where the walk stops: a missing component (what follows is made
 * later, and judged then) or more than 40 links. Always none on Windows (no owners there).
 */
export function foreignLinkOnTheWay(path: string, cwd: string = process.cwd()): { link: string; reason: string } | undefined {
  if (uid === undefined) return undefined;
  let start: string;
  try {
    start = isAbsolute(path) ? parse(path).root : realpathSync.native(resolve(cwd));
  } catch {
    return undefined;
  }
  const links = { count: 0 };
  const walked = walk(path, start, links);
  return "found" in walked ? walked.found : undefined;
}

type Walked = { at: string } | { found: { link: string; reason: string } } | { stopped: true };

function walk(path: string, from: string, links: { count: number }): Walked {
  let at = isAbsolute(path) ? parse(path).root : from;
  for (const part of path.split(PATH_SEPARATORS)) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      at = dirname(at);
      continue;
    }
    const next = join(at, part);
    let linkStats: Stats;
    let holderStats: Stats;
    let target: string;
    try {
      linkStats = lstatSync(next);
      if (!linkStats.isSymbolicLink()) {
        at = next;
        continue;
      }
      holderStats = statSync(at);
      target = readlinkSync(next);
    } catch {
      return { stopped: true };
    }
    const reason = judge(next, linkStats, holderStats);
    if (reason !== undefined) return { found: { link: next, reason } };
    if (++links.count > MAX_LINKS) return { stopped: true };
    const followed = walk(target, at, links);
    if (!("at" in followed)) return followed;
    at = followed.at;
  }
  return { at };
}
