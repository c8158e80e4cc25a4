// Questions asked of the file system without following or changing anything, shared by the places
// that judge where files go (absolute-path.ts, the plugin's socket directory, the provider's code
// cache). Each answers false when the path cannot be looked at.
import { accessSync, constants, lstatSync } from "node:fs";

/** Whether `path` is itself a symbolic link (not followed). */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether this process may make entries in the directory `dir` (access(2): root may, as a rule). */
export function canMakeEntriesIn(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
