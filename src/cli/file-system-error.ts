/**
 * A file-system failure that reached the CLI's top level (a directory that cannot be written, a
 * full disk), said as what could not be done to which path, and what to do about it, under a
 * stable code, instead of "unexpected error: ENOSPC: …". Node's system errors carry `code`,
 * `syscall` and `path` (Node docs, "Class: SystemError"); paths are not secrets.
 */
import { tmpdir } from "node:os";
import { sep } from "node:path";

export const FILE_SYSTEM_ERROR_CODE = "C1TG_FILE_SYSTEM";

const ADVICE: Record<string, string> = {
  ENOSPC: "the file system is full: free space there, or use a directory on another one",
  EDQUOT: "the disk quota is used up: free space, or use another directory",
  EACCES: "permission denied: check who owns it, or use a directory you can write",
  EPERM: "the operation is not permitted there: use another directory",
  EROFS: "the file system is read-only: use a directory on a writable one",
  ENOENT: "a directory on the way does not exist: create it first, or use another path",
  ENOTDIR: "a part of the path is a file, not a directory: use another path",
  EISDIR: "it is a directory where a file was expected: give a file's path",
  EMFILE: "too many open files: raise the limit (ulimit -n) and run it again",
};

interface SystemError {
  code: string;
  syscall: string;
  path: string;
}

function isSystemError(error: unknown): error is SystemError {
  if (typeof error !== "object" || error === null) return false;
  const { code, syscall, path } = error as Record<string, unknown>;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) && typeof syscall === "string" && typeof path === "string";
}

/** The prefixes of the work directories this package makes in the temporary directory (mkdtemp). */
const OWN_TEMPORARY = /^(c1tg|tfplugin)-/;

/**
 * The line for a file-system failure, or undefined when `error` is not one. A path of one of this
 * package's own work directories in the temporary directory (`temporary`, os.tmpdir()) names that
 * directory, and TMPDIR when that is where it came from (`env`): the user never typed that path.
 */
export function describeFileSystemError(error: unknown, temporary: string = tmpdir(), env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!isSystemError(error)) return undefined;
  const advice = ADVICE[error.code] ?? "check the path and run it again";
  const said = `[${FILE_SYSTEM_ERROR_CODE}] could not ${error.syscall} ${error.path} (${error.code})`;
  const base = temporary.endsWith(sep) ? temporary : `${temporary}${sep}`;
  const ours = error.path.startsWith(base) && OWN_TEMPORARY.test(error.path.slice(base.length));
  if (!ours) return `${said}: ${advice}`;
  return env.TMPDIR ? `${said} in the temporary directory ${temporary} (TMPDIR): ${advice}, or set TMPDIR to another directory` : `${said} in the temporary directory ${temporary}: ${advice}`;
}
