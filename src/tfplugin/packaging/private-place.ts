import { existsSync } from "node:fs";
import { PlaceNotPrivateError } from "./errors";
import { isPrivateBelow, judgeEachLevel, privatePlace } from "./private-file";

// Apart from private-file.ts, which the provider's start-up code carries (lazy-module.ts): only the CLI's commands refuse a place.
/**
 * The real path of `given` (privatePlace) when no one else could write it nor any of the paths
 * `below(root)` gives that exist (isPrivateBelow); else PlaceNotPrivateError saying `what` it is,
 * what could follow, and the fix for a loose path below it.
 */
export function requirePrivatePlace(
  given: string,
  place: { what: string; consequence: string; ownPlaceFix: string; unreadableFix: string; looseFix: (root: string, loose: string) => string },
  below: (root: string) => readonly string[],
): string {
  const checked = privatePlace(given, place);
  if ("problem" in checked) throw new PlaceNotPrivateError(place.what, given, checked.problem, place.consequence);
  const loose = below(checked.root).find((path) => existsSync(path) && !isPrivateBelow(checked.root, path));
  if (loose !== undefined) {
    throw new PlaceNotPrivateError(place.what, given, { reason: `${loose} in it is a symlink, belongs to another user, or others may write it`, fix: place.looseFix(checked.root, loose) }, place.consequence);
  }
  return checked.root;
}

/**
 * For makeDirectoryOr's `judge` (private-file.ts judgeEachLevel): a level made for the place
 * `given` that is not private is PlaceNotPrivateError, as requirePrivatePlace says it.
 */
export function judgeMadeLevel(given: string, place: { what: string; consequence: string; ownPlaceFix: string; unreadableFix: string }): (level: string) => void {
  return judgeEachLevel(given, place, (problem) => {
    throw new PlaceNotPrivateError(place.what, given, problem, place.consequence);
  });
}
