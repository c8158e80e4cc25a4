/**
 * One bundled file per version, the same bytes on every build, so its h1: lock hash is
 * stable. Runs scripts/build.mjs twice, into different directories.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageHashV1 } from "../../src/tfplugin";

jest.setTimeout(60_000);

const BUILD_SCRIPT = join(__dirname, "..", "..", "scripts", "build.mjs");

/** Runs the real build script for the provider alone into `outDir`, from another working directory. */
function build(outDir: string): string {
  execFileSync(process.execPath, [BUILD_SCRIPT, "--outdir", outDir, "--only", "terraform-provider-c1twingate"], { cwd: tmpdir(), stdio: "pipe" });
  return join(outDir, "terraform-provider-c1twingate");
}

describe("the provider bundle", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "c1tg-bundle-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is byte-identical across builds from different directories, so its h1 hash is stable", () => {
    const a = build(join(root, "a", "linux_amd64"));
    const b = build(join(root, "elsewhere", "b", "linux_amd64"));
    const bytes = readFileSync(a);
    expect(bytes.equals(readFileSync(b))).toBe(true);
    expect(packageHashV1(join(root, "a", "linux_amd64"))).toBe(packageHashV1(join(root, "elsewhere", "b", "linux_amd64")));
    // No machine-specific text: neither build path nor home directory is embedded.
    const text = bytes.toString("utf8");
    expect(text).not.toContain(root);
    expect(text.startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("is what npm run build ships in dist/", () => {
    const built = readFileSync(build(join(root, "c", "linux_amd64")));
    expect(readFileSync(join(__dirname, "..", "..", "dist", "terraform-provider-c1twingate")).equals(built)).toBe(true);
  });
});
