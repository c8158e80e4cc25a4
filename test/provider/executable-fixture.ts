/**
 * Self-contained provider executables for the test suites. Built from dist/terraform-provider-c1twingate
 * (jest's globalSetup) with the Node runtimes downloaded once into <repo>/.cache (gitignored) and
 * finished executables cached there by input hash: the first suite on a fresh clone builds, the
 * others copy.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildProviderExecutables, type ProviderCaches } from "../../src/provider/executables";
import { currentPlatform } from "../../src/tfplugin";
import { PROVIDER_BUNDLE } from "./provider-bundle";

export const REPO_CACHE = join(__dirname, "..", "..", ".cache");
export const TEST_CACHES: ProviderCaches = { runtimeCacheDir: join(REPO_CACHE, "node-runtimes"), buildCacheDir: join(REPO_CACHE, "executables") };
/** Environment for CLI runs that build executables: the same caches. */
export const CACHE_ENV = { C1TG_CACHE_DIR: REPO_CACHE };

/** The temp dirs this test file's calls made (~120 MB per executable), removed after its tests. */
const made: string[] = [];
if (typeof afterAll === "function") afterAll(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds (or copies from the cache) the executables for `platforms` into a fresh temp dir, removed after the test file. */
export async function providerExecutables(platforms: readonly string[] = [currentPlatform()]): Promise<Record<string, string>> {
  const outDir = mkdtempSync(join(tmpdir(), "c1tg-exe-"));
  made.push(outDir);
  const built = await buildProviderExecutables({ platforms, outDir, bundle: PROVIDER_BUNDLE, caches: TEST_CACHES });
  return Object.fromEntries(built.map((b) => [b.platform, b.file]));
}

/** A PATH holding only terraform (a symlink), so nothing can fall back on `node`. */
export function pathWithoutNode(root: string): string {
  const { mkdirSync, symlinkSync } = require("node:fs") as typeof import("node:fs");
  const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
  const bin = join(root, "bin-without-node");
  mkdirSync(bin, { recursive: true });
  const terraform = execFileSync("sh", ["-c", "command -v terraform"], { encoding: "utf8" }).trim();
  symlinkSync(terraform, join(bin, "terraform"));
  return bin;
}
