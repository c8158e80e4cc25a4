import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { replaceFileAtomically, STALE_TEMP_AGE_MS, sweepStaleTemps } from "../../../src/tfplugin/packaging/atomic-replace";

describe("replacing a file atomically", () => {
  let dir: string;
  let staging: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "c1tg-replace-"));
    staging = join(dir, "staging");
    mkdirSync(staging);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("renames a new file over the old one: a reader holding the old one keeps its bytes; nothing is left in the staging dir", () => {
    const dest = join(dir, "exe");
    expect(replaceFileAtomically(dest, Buffer.from("first"), { stagingDir: staging, mode: 0o755 })).toEqual({ written: true, overwroteDifferent: false });
    expect(statSync(dest).mode & 0o777).toBe(0o755);
    const held = openSync(dest, "r");
    try {
      expect(replaceFileAtomically(dest, Buffer.from("second, longer"), { stagingDir: staging, mode: 0o755 })).toEqual({ written: true, overwroteDifferent: true });
      const old = Buffer.alloc(5);
      readSync(held, old, 0, 5, 0);
      expect(old.toString()).toBe("first");
    } finally {
      closeSync(held);
    }
    expect(readFileSync(dest, "utf8")).toBe("second, longer");
    expect(readdirSync(staging)).toEqual([]);
  });

  it("leaves the same bytes alone (no write: same inode and mtime), fixing only the mode", () => {
    const dest = join(dir, "exe");
    writeFileSync(dest, "same", { mode: 0o644 });
    const old = new Date(Date.now() - 60_000);
    utimesSync(dest, old, old);
    const before = statSync(dest);
    expect(replaceFileAtomically(dest, Buffer.from("same"), { stagingDir: staging, mode: 0o755 })).toEqual({ written: false, overwroteDifferent: false });
    const after = statSync(dest);
    expect([after.ino, after.mtimeMs, after.mode & 0o777]).toEqual([before.ino, before.mtimeMs, 0o755]);
  });

  it("removes its temp file when the rename fails, and throws the file-system error", () => {
    const dest = join(dir, "a-directory");
    mkdirSync(join(dest, "inside"), { recursive: true });
    expect(() => replaceFileAtomically(dest, Buffer.from("x"), { stagingDir: staging, mode: 0o755 })).toThrow(expect.objectContaining({ code: expect.stringMatching(/^E/) }));
    expect(readdirSync(staging)).toEqual([]);
  });

  it("sweeps only its own temp files older than an hour (a younger one may be another install's, still writing)", () => {
    const now = Date.now();
    const stale = join(staging, ".exe.aaaaaaaaaaaa.c1tg-tmp");
    const live = join(staging, ".exe.bbbbbbbbbbbb.c1tg-tmp");
    const other = join(staging, ".other.cccccccccccc.c1tg-tmp");
    const unrelated = join(staging, "exe.old");
    for (const f of [stale, live, other, unrelated]) writeFileSync(f, "partial");
    const old = new Date(now - STALE_TEMP_AGE_MS - 1000);
    for (const f of [stale, other, unrelated]) utimesSync(f, old, old);
    expect(sweepStaleTemps(staging, "exe", now)).toEqual([stale]);
    expect(readdirSync(staging).sort()).toEqual([".exe.bbbbbbbbbbbb.c1tg-tmp", ".other.cccccccccccc.c1tg-tmp", "exe.old"]);
    // A replace sweeps before it writes.
    utimesSync(live, old, old);
    replaceFileAtomically(join(dir, "exe"), Buffer.from("x"), { stagingDir: staging, mode: 0o755, now });
    expect(readdirSync(staging).sort()).toEqual([".other.cccccccccccc.c1tg-tmp", "exe.old"]);
  });
});
