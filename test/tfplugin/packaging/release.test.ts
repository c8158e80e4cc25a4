/**
 * writeRelease (release.ts) run more than once into one --out, as a release built on several hosts
 * is (the darwin packages on a macOS runner): every run's platforms stay listed in <version>.json
 * and SHA256SUMS, checked with Node's own sha256 and the zips' bytes.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ProviderBuildError } from "../../../src/tfplugin/packaging/errors";
import { writeRelease } from "../../../src/tfplugin/packaging/release";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "release-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const base = { hostname: "example.invalid", namespace: "team", type: "demo", version: "1.2.3" };
const executable = (platform: string): { platform: string; file: string } => {
  const file = join(dir, `exe-${platform}`);
  writeFileSync(file, `executable for ${platform}\n`);
  return { platform, file };
};
const out = (): string => join(dir, "out");
const versionJson = (): { archives: Record<string, { url: string; hashes: string[] }> } =>
  JSON.parse(readFileSync(join(out(), "mirror", "example.invalid", "team", "demo", "1.2.3.json"), "utf8")) as never;
const sums = (): Map<string, string> =>
  new Map(readFileSync(join(out(), "release", "terraform-provider-demo_1.2.3_SHA256SUMS"), "utf8").trim().split("\n").map((l) => [l.split("  ")[1] ?? "", l.split("  ")[0] ?? ""]));

describe("writeRelease into an --out that already holds this version", () => {
  it("keeps the platforms an earlier run packaged, in <version>.json and SHA256SUMS", async () => {
    const first = await writeRelease({ ...base, outDir: out(), executables: [executable("linux_amd64")] });
    const second = await writeRelease({ ...base, outDir: out(), executables: [executable("darwin_amd64")] });
    expect(second.archives.map((a) => a.platform)).toEqual(["darwin_amd64", "linux_amd64"]);
    expect(Object.keys(versionJson().archives).sort()).toEqual(["darwin_amd64", "linux_amd64"]);
    expect(versionJson().archives.linux_amd64?.hashes).toEqual([first.archives[0]?.h1, first.archives[0]?.zh]);
    const listed = sums();
    expect([...listed.keys()].sort()).toEqual(["terraform-provider-demo_1.2.3_darwin_amd64.zip", "terraform-provider-demo_1.2.3_linux_amd64.zip", "terraform-provider-demo_1.2.3_manifest.json"]);
    for (const [name, sha] of listed) expect(createHash("sha256").update(readFileSync(join(out(), "release", name))).digest("hex")).toBe(sha);
  });

  it("replaces a platform packaged again, and leaves out one whose zip was deleted", async () => {
    await writeRelease({ ...base, outDir: out(), executables: [executable("linux_amd64"), executable("linux_arm64")] });
    unlinkSync(join(out(), "release", "terraform-provider-demo_1.2.3_linux_arm64.zip"));
    writeFileSync(join(dir, "exe-linux_amd64-v2"), "a rebuilt executable\n");
    const again = await writeRelease({ ...base, outDir: out(), executables: [{ platform: "linux_amd64", file: join(dir, "exe-linux_amd64-v2") }] });
    expect(Object.keys(versionJson().archives)).toEqual(["linux_amd64"]);
    expect(versionJson().archives.linux_amd64?.hashes).toEqual([again.archives[0]?.h1, again.archives[0]?.zh]);
    expect(sums().has("terraform-provider-demo_1.2.3_linux_arm64.zip")).toBe(false);
  });

  it("serves from the mirror the earlier zip release/ holds, not a mirror copy swapped since, and drops a mirror zip no longer listed", async () => {
    await writeRelease({ ...base, outDir: out(), executables: [executable("linux_amd64"), executable("linux_arm64")] });
    const mirrorZip = (platform: string): string => join(out(), "mirror", "example.invalid", "team", "demo", `terraform-provider-demo_1.2.3_${platform}.zip`);
    const releaseZip = (platform: string): string => join(out(), "release", `terraform-provider-demo_1.2.3_${platform}.zip`);
    writeFileSync(mirrorZip("linux_amd64"), "a zip swapped in the mirror");
    unlinkSync(releaseZip("linux_arm64"));
    await writeRelease({ ...base, outDir: out(), executables: [executable("darwin_arm64")] });
    expect(readFileSync(mirrorZip("linux_amd64"))).toEqual(readFileSync(releaseZip("linux_amd64")));
    expect(existsSync(mirrorZip("linux_arm64"))).toBe(false);
    expect(Object.keys(versionJson().archives).sort()).toEqual(["darwin_arm64", "linux_amd64"]);
  });

  it("refuses an earlier zip whose bytes no longer match the hashes recorded for it", async () => {
    await writeRelease({ ...base, outDir: out(), executables: [executable("linux_amd64")] });
    writeFileSync(join(out(), "release", "terraform-provider-demo_1.2.3_linux_amd64.zip"), "not the zip that was packaged");
    await expect(writeRelease({ ...base, outDir: out(), executables: [executable("darwin_arm64")] })).rejects.toThrow(ProviderBuildError);
    await expect(writeRelease({ ...base, outDir: out(), executables: [executable("darwin_arm64")] })).rejects.toThrow(/does not match what .*1\.2\.3\.json says of linux_amd64/);
    expect(existsSync(join(out(), "release", "terraform-provider-demo_1.2.3_darwin_arm64.zip"))).toBe(true);
  });

  it("names a zip of this version that release/ holds but SHA256SUMS does not list, and leaves it there", async () => {
    const release = join(out(), "release");
    await writeRelease({ ...base, outDir: out(), executables: [executable("linux_amd64")] });
    // Put there by hand: <version>.json has no record of it.
    const stray = join(release, "terraform-provider-demo_1.2.3_freebsd_amd64.zip");
    writeFileSync(stray, "a zip nobody recorded");
    // Another version's zip, covered by its own SHA256SUMS, and a file that is not a package.
    writeFileSync(join(release, "terraform-provider-demo_1.2.4_freebsd_amd64.zip"), "another version");
    writeFileSync(join(release, "notes.txt"), "notes");
    const again = await writeRelease({ ...base, outDir: out(), executables: [executable("linux_amd64")] });
    expect(again.unlisted).toEqual([stray]);
    expect(sums().has("terraform-provider-demo_1.2.3_freebsd_amd64.zip")).toBe(false);
    expect(readFileSync(stray, "utf8")).toBe("a zip nobody recorded");
  });

  it("names every earlier zip once <version>.json is gone (a tampered one too), and lists none when all are listed", async () => {
    const first = await writeRelease({ ...base, outDir: out(), executables: [executable("darwin_arm64"), executable("linux_arm64")] });
    expect(first.unlisted).toEqual([]);
    unlinkSync(join(out(), "mirror", "example.invalid", "team", "demo", "1.2.3.json"));
    const tampered = join(out(), "release", "terraform-provider-demo_1.2.3_darwin_arm64.zip");
    writeFileSync(tampered, Buffer.concat([readFileSync(tampered), Buffer.from("x")]));
    const again = await writeRelease({ ...base, outDir: out(), executables: [executable("linux_amd64")] });
    expect(again.unlisted).toEqual([tampered, join(out(), "release", "terraform-provider-demo_1.2.3_linux_arm64.zip")]);
    expect([...sums().keys()]).toEqual(["terraform-provider-demo_1.2.3_linux_amd64.zip", "terraform-provider-demo_1.2.3_manifest.json"]);
    expect(existsSync(tampered)).toBe(true);
  });

  it("removes an earlier run's signature that the rewritten SHA256SUMS no longer matches, when this run does not sign", async () => {
    // A signed first run, by gpg itself with a throwaway key.
    const home = mkdtempSync(join(tmpdir(), "release-gpg-"));
    try {
      execFileSync("gpg", ["--batch", "--homedir", home, "--pinentry-mode", "loopback", "--passphrase", "", "--quick-gen-key", "Release <release@example.invalid>", "ed25519", "sign", "1d"], { stdio: "pipe" });
      const signed = await writeRelease({ ...base, outDir: out(), executables: [executable("linux_amd64")], sign: { keyId: "release@example.invalid", homedir: home } });
      const sig = signed.signature as string;
      const verify = (): string => execFileSync("gpg", ["--batch", "--homedir", home, "--status-fd", "1", "--verify", sig, signed.sha256sums], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      expect(verify()).toMatch(/GOODSIG/);
      expect(existsSync(join(out(), "release", "signing-key.asc"))).toBe(true);

      const unsigned = await writeRelease({ ...base, outDir: out(), executables: [executable("darwin_arm64")] });
      expect(unsigned.signature).toBeUndefined();
      expect(unsigned.removedSignature).toBe(sig);
      expect(existsSync(sig)).toBe(false);
      expect(existsSync(join(out(), "release", "signing-key.asc"))).toBe(false);

      // A run whose signing fails leaves no signature either (not the earlier one, which no longer matches).
      const again = await writeRelease({ ...base, outDir: out(), executables: [executable("linux_amd64")], sign: { keyId: "release@example.invalid", homedir: home } });
      expect(existsSync(again.signature as string)).toBe(true);
      await expect(writeRelease({ ...base, outDir: out(), executables: [executable("darwin_arm64")], sign: { keyId: "nobody@example.invalid", homedir: home } })).rejects.toThrow();
      expect(existsSync(sig)).toBe(false);
      expect(existsSync(join(out(), "release", "signing-key.asc"))).toBe(false);

      // Signing in the last run covers the merged SHA256SUMS.
      const last = await writeRelease({ ...base, outDir: out(), executables: [executable("linux_arm64")], sign: { keyId: "release@example.invalid", homedir: home } });
      expect(last.removedSignature).toBeUndefined();
      expect([...sums().keys()].filter((n) => n.endsWith(".zip"))).toHaveLength(3);
      expect(verify()).toMatch(/GOODSIG/);
    } finally {
      try {
        execFileSync("gpgconf", ["--homedir", home, "--kill", "gpg-agent"], { stdio: "ignore" });
      } catch {
        // no agent
      }
      rmSync(home, { recursive: true, force: true });
    }
  });
});
