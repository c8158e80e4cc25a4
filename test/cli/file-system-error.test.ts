/**
 * A file-system failure at the CLI's top level is said as what could not be done to which path,
 * with what to do, under a stable code (not "unexpected error: ENOSPC").
 */
import { writeFileSync } from "node:fs";
import { describeFileSystemError } from "../../src/cli/file-system-error";
import { runCli } from "../helpers/cli";

const systemError = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: failed, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });

describe("file-system failures", () => {
  it("names the operation, the path and the fix, for the failures a build or a write meets", () => {
    expect(describeFileSystemError(systemError("ENOSPC", "write", "/ci/out/executables/linux_amd64/x"))).toBe(
      "[C1TG_FILE_SYSTEM] could not write /ci/out/executables/linux_amd64/x (ENOSPC): the file system is full: free space there, or use a directory on another one",
    );
    expect(describeFileSystemError(systemError("EROFS", "mkdir", "/ro/cache"))).toMatch(/could not mkdir \/ro\/cache \(EROFS\): the file system is read-only/);
    expect(describeFileSystemError(systemError("EWHATEVER", "rename", "/a"))).toMatch(/could not rename \/a \(EWHATEVER\): check the path/);
  });

  it("names the temporary directory, and TMPDIR when it came from there: the user never typed that path", () => {
    const missing = systemError("ENOENT", "mkdtemp", "/missing/dir/c1tg-install-XXXXXX");
    expect(describeFileSystemError(missing, "/missing/dir", { TMPDIR: "/missing/dir" })).toBe(
      "[C1TG_FILE_SYSTEM] could not mkdtemp /missing/dir/c1tg-install-XXXXXX (ENOENT) in the temporary directory /missing/dir (TMPDIR): a directory on the way does not exist: create it first, or use another path, or set TMPDIR to another directory",
    );
    expect(describeFileSystemError(missing, "/missing/dir", {})).toMatch(/\(ENOENT\) in the temporary directory \/missing\/dir: a directory on the way/);
    expect(describeFileSystemError(systemError("ENOSPC", "write", "/missing/directory/x"), "/missing/dir", {})).toMatch(/^\[C1TG_FILE_SYSTEM\] could not write \/missing\/directory\/x \(ENOSPC\): the file system/);
    // A path the user gave that happens to lie in the temporary directory is theirs, not TMPDIR's.
    expect(describeFileSystemError(systemError("ENOTDIR", "scandir", "/tmp/po/release"), "/tmp", { TMPDIR: "/tmp" })).toBe(
      "[C1TG_FILE_SYSTEM] could not scandir /tmp/po/release (ENOTDIR): a part of the path is a file, not a directory: use another path",
    );
    expect(describeFileSystemError(systemError("ENOSPC", "write", "/work/out/x"), "/", { TMPDIR: "/" })).not.toMatch(/TMPDIR/);
    expect(describeFileSystemError(systemError("ENOSPC", "write", "/tmp/tfplugin-sign-check-ab12/x"), "/tmp", {})).toMatch(/\(ENOSPC\) in the temporary directory \/tmp: the file system is full/);
  });

  it("leaves everything else to the caller: errors without a path, and what is not a system error", () => {
    expect(describeFileSystemError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET", syscall: "read" }))).toBeUndefined();
    expect(describeFileSystemError(new Error("ENOSPC: but not a system error"))).toBeUndefined();
    expect(describeFileSystemError("ENOSPC")).toBeUndefined();
    expect(describeFileSystemError(null)).toBeUndefined();
  });

  it("the CLI says it for a file it cannot write (sandbox --save-env into sysfs, which nobody may write)", async () => {
    let writable = true;
    try {
      writeFileSync("/sys/c1tg-probe.env", "");
    } catch {
      writable = false;
    }
    expect(writable).toBe(false);
    const run = await runCli(["sandbox", "--save-env", "/sys/c1tg.env", "--", "true"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\[C1TG_FILE_SYSTEM\] could not open \/sys\/c1tg\.env \((EACCES|EROFS|EPERM)\): /);
    expect(run.stderr).not.toContain("unexpected error");
  });
});
