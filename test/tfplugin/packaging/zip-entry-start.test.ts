/** The start of a zip's file, read without inflating the rest (a package's executable can be 100 MB). */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSingleFile } from "../../../src/tfplugin/packaging/release";
import { zipEntryStart } from "../../../src/tfplugin/packaging/zip-entry-start";

describe("zipEntryStart", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "zip-start-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("needs only the zip's first bytes: a zip cut after 128 KiB of a 4 MiB file still gives its start", async () => {
    const bytes = Buffer.concat([Buffer.from("#!/usr/bin/env node\n"), randomBytes(4 * 1024 * 1024)]);
    const zip = await zipSingleFile(bytes, "f");
    writeFileSync(join(dir, "cut.zip"), zip.subarray(0, 128 * 1024));
    expect(zipEntryStart(join(dir, "cut.zip"), 20).equals(bytes.subarray(0, 20))).toBe(true);
    writeFileSync(join(dir, "whole.zip"), zip);
    expect(zipEntryStart(join(dir, "whole.zip"), 2).toString()).toBe("#!");
  });

  it("gives fewer bytes for a shorter file, and none for an empty one", async () => {
    writeFileSync(join(dir, "short.zip"), await zipSingleFile(Buffer.from("a"), "f"));
    expect(zipEntryStart(join(dir, "short.zip"), 2).toString()).toBe("a");
    writeFileSync(join(dir, "empty.zip"), await zipSingleFile(Buffer.alloc(0), "f"));
    expect(zipEntryStart(join(dir, "empty.zip"), 2).length).toBe(0);
  });

  it("names a file that is not a zip, and what to do", () => {
    writeFileSync(join(dir, "not.zip"), "not a zip at all");
    expect(() => zipEntryStart(join(dir, "not.zip"), 2)).toThrow(expect.objectContaining({ code: "TFPLUGIN_BUILD", message: expect.stringMatching(/not\.zip holds no file: .*delete it, or package into another --out/) }));
    expect(() => zipEntryStart(join(dir, "missing.zip"), 2)).toThrow(/cannot read .*missing\.zip/);
  });
});
