import { chmodSync, lchownSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { privatePlace } from "../../../src/tfplugin/packaging/private-file";

/**
 * A place is judged by the path as written too, not only by its real path (private-file.ts
 * givenPathProblem): a symbolic link on the way decides where the files go, and the real path it
 * leads to, into a directory of the user's own, passes every check there.
 */
describe("privatePlace, on the path as written", () => {
  let root = "";
  const options = { ownPlaceFix: "use your own", unreadableFix: "make it readable" };
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), "private-place-")));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A private directory of the user's own, with a link to it made in `holder` (mode `mode`). */
  const linkInto = (mode: number): { target: string; link: string } => {
    const target = join(root, "mine");
    mkdirSync(target, { mode: 0o700 });
    const holder = join(root, "holder");
    mkdirSync(holder);
    const link = join(holder, "cache");
    symlinkSync(target, link);
    chmodSync(holder, mode);
    return { target, link };
  };

  /** A private directory of the user's own, and links to it named `names` in a directory anyone may write (0777, not sticky). */
  const sharedLinksTo = (names: readonly string[]): { target: string; shared: string } => {
    const target = join(root, "mine");
    mkdirSync(target, { mode: 0o700 });
    const shared = join(root, "shared");
    mkdirSync(shared);
    for (const name of names) symlinkSync(target, join(shared, name));
    chmodSync(shared, 0o777);
    return { target, shared };
  };

  it("follows a link of the user's own in a private or sticky directory to its real path", () => {
    const { target, link } = linkInto(0o755);
    expect(privatePlace(join(link, "v8"), options)).toEqual({ root: join(target, "v8") });
    chmodSync(join(root, "holder"), 0o1777);
    expect(privatePlace(join(link, "v8"), options)).toEqual({ root: join(target, "v8") });
  });

  it("refuses a link in a directory others may write (not sticky): they could re-point it after the check", () => {
    if (process.platform === "win32") return; // no owner and mode bits there
    const { link } = linkInto(0o777);
    expect(privatePlace(join(link, "v8"), options)).toEqual({
      problem: { reason: `group or others may write ${join(root, "holder")} (mode 0777, not sticky), which holds ${link}, a symbolic link on the way to it`, fix: `Make that directory writable by you only: chmod go-w ${join(root, "holder")}` },
    });
  });

  it("refuses a link someone else made, even in a sticky directory and to a directory of the user's own (a shared XDG_CACHE_HOME)", () => {
    if (process.getuid?.() !== 0) return; // a link of another user's can be made only as root
    const { link } = linkInto(0o1777);
    lchownSync(link, 65534, 65534);
    expect(privatePlace(join(link, "v8"), options)).toEqual({
      problem: { reason: `${link}, a symbolic link on the way to it, belongs to user 65534, not to you (user 0)`, fix: "use your own" },
    });
    // And a directory of someone else's in the sticky one, the link inside it the user's own: they could re-point it.
    const theirs = join(root, "holder", "theirs");
    mkdirSync(theirs, { mode: 0o755 });
    symlinkSync(join(root, "mine"), join(theirs, "v8"));
    lchownSync(theirs, 65534, 65534);
    expect(privatePlace(join(theirs, "v8"), options)).toEqual({
      problem: { reason: `${theirs}, which holds ${join(theirs, "v8")}, a symbolic link on the way to it, belongs to user 65534, not to you (user 0)`, fix: "use your own" },
    });
  });

  it("judges every link a link leads through, not only those written in the path (a link of the user's own to someone else's)", () => {
    if (process.platform === "win32") return; // no owner and mode bits there
    const { target, shared } = sharedLinksTo(["hop"]);
    const home = join(root, "home");
    mkdirSync(home, { mode: 0o700 });
    symlinkSync(join(shared, "hop"), join(home, "cache"));
    expect(privatePlace(join(home, "cache", "v8"), options)).toEqual({
      problem: { reason: `group or others may write ${shared} (mode 0777, not sticky), which holds ${join(shared, "hop")}, a symbolic link on the way to it`, fix: `Make that directory writable by you only: chmod go-w ${shared}` },
    });
    if (process.getuid?.() === 0) {
      chmodSync(shared, 0o1777);
      lchownSync(join(shared, "hop"), 65534, 65534);
      expect(privatePlace(join(home, "cache", "v8"), options)).toEqual({
        problem: { reason: `${join(shared, "hop")}, a symbolic link on the way to it, belongs to user 65534, not to you (user 0)`, fix: "use your own" },
      });
    }
    // Both links the user's own, the second in a sticky directory: followed to the real path.
    chmodSync(shared, 0o1777);
    if (process.getuid?.() === 0) lchownSync(join(shared, "hop"), 0, 0);
    expect(privatePlace(join(home, "cache", "v8"), options)).toEqual({ root: join(target, "v8") });
  });

  it("judges a link whose name holds a backslash (a character of a name here, not a separator), and one that leads nowhere yet", () => {
    if (process.platform === "win32") return; // other separators and no owners there
    const { shared } = sharedLinksTo(["m\\x"]);
    chmodSync(shared, 0o755);
    symlinkSync(join(root, "not-yet"), join(shared, "dangling"));
    chmodSync(shared, 0o777);
    for (const link of [join(shared, "m\\x"), join(shared, "dangling")]) {
      expect(privatePlace(join(link, "v8"), options)).toEqual({
        problem: { reason: `group or others may write ${shared} (mode 0777, not sticky), which holds ${link}, a symbolic link on the way to it`, fix: `Make that directory writable by you only: chmod go-w ${shared}` },
      });
    }
  });
});
