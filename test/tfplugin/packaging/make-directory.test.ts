/** makeDirectory (make-directory.ts): mkdir -p one level at a time, which fails where Node 20's recursive mkdirSync hangs. */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firstMissingDirectory, makeDirectory, makeDirectoryOr } from "../../../src/tfplugin/packaging/make-directory";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "make-dir-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it("makes every missing level, with the mode asked for, and accepts a directory that exists", () => {
  const dir = join(root, "a", "b", "c");
  makeDirectory(dir, 0o700);
  expect(statSync(dir).isDirectory()).toBe(true);
  expect(statSync(join(root, "a")).mode & 0o777).toBe(0o700);
  expect(() => makeDirectory(dir)).not.toThrow();
});

it("throws the first error: a file in the way, or a parent where mkdir fails though it exists (/proc/1, where Node 20's recursive mkdirSync never returns)", () => {
  writeFileSync(join(root, "file"), "");
  expect(() => makeDirectory(join(root, "file", "sub"))).toThrow(/ENOTDIR|EEXIST/);
  expect(() => makeDirectory("/proc/1/c1tg-test/sub")).toThrow(/ENOENT|EACCES|EPERM/);
});

test("firstMissingDirectory names the first directory makeDirectory would create, and nothing for one that exists", () => {
  const root = mkdtempSync(join(tmpdir(), "first-missing-"));
  try {
    expect(firstMissingDirectory(root)).toBeUndefined();
    expect(firstMissingDirectory(join(root, "a"))).toBe(join(root, "a"));
    expect(firstMissingDirectory(join(root, "a", "b", "c"))).toBe(join(root, "a"));
    makeDirectory(join(root, "a", "b"));
    expect(firstMissingDirectory(join(root, "a", "b", "c"))).toBe(join(root, "a", "b", "c"));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a file where the directory should be is ENOTDIR, and makeDirectoryOr names it", () => {
  const root = mkdtempSync(join(tmpdir(), "mkdir-file-"));
  try {
    const file = join(root, "f");
    writeFileSync(file, "x");
    expect(() => makeDirectory(file)).toThrow(/ENOTDIR/);
    expect(() => makeDirectoryOr(file, (message) => new Error(`${message}: pass a directory`))).toThrow(`cannot create ${file} (ENOTDIR: not a directory, '${file}'): pass a directory`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
