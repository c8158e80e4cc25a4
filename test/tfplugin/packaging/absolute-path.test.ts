/**
 * absolutePath: what the operating system would open for a path given relative to a directory,
 * `..` after a symbolic link included (as `mkdir -p` and the shell read it).
 */
import { chmodSync, lchownSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { absolutePath } from "../../../src/tfplugin/packaging/absolute-path";

let root: string;
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "c1tg-abspath-")));
  mkdirSync(join(root, "real", "deep"), { recursive: true });
  mkdirSync(join(root, "cwd"));
  symlinkSync(join(root, "real", "deep"), join(root, "cwd", "lnk"), "dir");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("absolutePath", () => {
  it("makes a relative path absolute from the given directory", () => {
    expect(absolutePath("out/", join(root, "cwd"))).toBe(join(root, "cwd", "out"));
    expect(absolutePath("a/./b", join(root, "cwd"))).toBe(join(root, "cwd", "a", "b"));
    expect(absolutePath("/abs/x", join(root, "cwd"))).toBe("/abs/x");
  });

  it("reads `..` after a symbolic link as the OS does: beside the link's target, not beside the link", () => {
    expect(absolutePath("lnk/../pub", join(root, "cwd"))).toBe(join(root, "real", "pub"));
    // (Written out: path.join would drop the `..` textually itself.)
    expect(absolutePath(`${root}/cwd/lnk/../pub/new`, "/")).toBe(join(root, "real", "pub", "new"));
    // No link before the `..`: the same as path.resolve.
    expect(absolutePath("x/../y", join(root, "cwd"))).toBe(join(root, "cwd", "y"));
    expect(absolutePath("../up", join(root, "cwd"))).toBe(join(root, "up"));
    // A missing directory before the link: `mkdir -p missing/../lnk/../x` makes missing, then goes through the link.
    expect(absolutePath("missing/../lnk/../x", join(root, "cwd"))).toBe(join(root, "real", "x"));
    // Through a link more than once.
    expect(absolutePath("lnk/../deep/../deep/x", join(root, "cwd"))).toBe(join(root, "real", "deep", "x"));
  });

  it("refuses a `..` after a link someone else made or could re-point: the path it gives would hold no trace of it", () => {
    if (process.platform === "win32") return; // no owners there
    const shared = join(root, "shared");
    mkdirSync(shared);
    symlinkSync(join(root, "real", "deep"), join(shared, "evil"), "dir");
    chmodSync(shared, 0o777);
    expect(() => absolutePath(`${shared}/evil/../c1`, "/")).toThrow(
      expect.objectContaining({ code: "TFPLUGIN_PATH_THROUGH_LINK", message: `the path ${shared}/evil/../c1 goes through ${join(shared, "evil")}, a symbolic link someone else made or could re-point, and then "..": where it leads would be their choice. Give the path without that link (the directory it should name, by its real path)` }),
    );
    // Sticky, as /tmp: the user's own link stays theirs; someone else's (only root can make one here) does not.
    chmodSync(shared, 0o1777);
    expect(absolutePath(`${shared}/evil/../c1`, "/")).toBe(join(root, "real", "c1"));
    if (process.getuid?.() === 0) {
      lchownSync(join(shared, "evil"), 65534, 65534);
      expect(() => absolutePath(`${shared}/evil/../c1`, "/")).toThrow(expect.objectContaining({ code: "TFPLUGIN_PATH_THROUGH_LINK" }));
    }
    // A link of the user's own that leads through such a link: judged at every hop.
    chmodSync(shared, 0o777);
    symlinkSync(join(shared, "evil"), join(root, "cwd", "own"), "dir");
    expect(() => absolutePath(`${root}/cwd/own/../c1`, "/")).toThrow(expect.objectContaining({ code: "TFPLUGIN_PATH_THROUGH_LINK", path: `${root}/cwd/own/../c1`, link: join(shared, "evil") }));
    chmodSync(shared, 0o1777);
    // Without a `..` the link is kept in the path, for the place's own checks (private-file.ts) to judge.
    expect(absolutePath(`${shared}/evil/c1`, "/")).toBe(join(shared, "evil", "c1"));
    chmodSync(shared, 0o755);
  });

  it("refuses a `..` after a link that leads nowhere (dangling, a loop), as the OS would, instead of dropping its name by text", () => {
    if (process.platform === "win32") return;
    symlinkSync(join(root, "nowhere"), join(root, "cwd", "dangling"));
    symlinkSync(join(root, "cwd", "loop-b"), join(root, "cwd", "loop-a"));
    symlinkSync(join(root, "cwd", "loop-a"), join(root, "cwd", "loop-b"));
    for (const link of ["dangling", "loop-a"]) {
      expect(() => absolutePath(`${link}/../x`, join(root, "cwd"))).toThrow(expect.objectContaining({ code: "TFPLUGIN_PATH_THROUGH_LINK", why: "nowhere", link: join(root, "cwd", link) }));
    }
    // Last, with no `..` after it, it is kept: the OS says what it is when the path is used.
    expect(absolutePath("x/../dangling", join(root, "cwd"))).toBe(join(root, "cwd", "dangling"));
    // A backslash is a character of a name on POSIX: `a\\..\\b` is one name, not a way up.
    expect(absolutePath("a\\..\\b/../c", join(root, "cwd"))).toBe(join(root, "cwd", "c"));
    expect(absolutePath("x/../a\\..\\b", join(root, "cwd"))).toBe(join(root, "cwd", "a\\..\\b"));
  });
});
