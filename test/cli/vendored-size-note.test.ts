/** What `provider install` says about committing vendored executables, by their size against GitHub's limits, and about the mirror's platforms. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mirrorPlatformsHeld, vendoredExecutables, vendoredSizeNote } from "../../src/cli/output/install-notes";

const SOURCE = "c1twingate.invalid/local/c1twingate";
const MIRROR = "/work/my config/terraform.d/plugins";
const COMMAND = "c1-twingate provider install --mirror '/work/my config/terraform.d/plugins' --packed";

describe("the note on committing vendored executables", () => {
  it("names, in one note, the platforms to install again with --packed: those GitHub refuses (over 100 MiB) and those it warns about (over 50 MiB)", () => {
    const exe = (platform: string, bytes: number, version = "0.1.0") => ({ version, platform, bytes });
    expect(vendoredSizeNote([exe("linux_amd64", 81_856_576), exe("darwin_arm64", 112_367_320), exe("darwin_amd64", 114_854_500)], MIRROR, "0.1.0")).toBe(
      `To commit it, install linux_amd64, darwin_arm64, darwin_amd64 again with --packed (${COMMAND} --platform linux_amd64 --platform darwin_arm64 --platform darwin_amd64): their executables are over the 100 MiB GitHub refuses in a push: darwin_arm64 112.4 MB (107.2 MiB), darwin_amd64 114.9 MB (109.5 MiB); over the 50 MiB it warns about: linux_amd64 81.9 MB (78.1 MiB); --packed puts a zip about a third of that size in the executable's place, which Terraform reads the same way.`,
    );
    expect(vendoredSizeNote([exe("linux_amd64", 81_856_576)], MIRROR, "0.1.0")).toBe(
      `To commit it, consider installing linux_amd64 again with --packed (${COMMAND} --platform linux_amd64): its executable is over the 50 MiB it warns about: linux_amd64 81.9 MB (78.1 MiB); --packed puts a zip about a third of that size in the executable's place, which Terraform reads the same way.`,
    );
    // GitHub's limits are in MiB: 102 MB is under the 100 MiB it refuses.
    expect(vendoredSizeNote([exe("linux_amd64", 102_000_000)], MIRROR, "0.1.0")).toMatch(/^To commit it, consider installing linux_amd64/);
    expect(vendoredSizeNote([exe("linux_amd64", 50 * 1_048_576)], MIRROR, "0.1.0")).toBeUndefined();
    expect(vendoredSizeNote([], MIRROR, "0.1.0")).toBeUndefined();
    // Another version left in the mirror: not replaced by this version's --packed, but carried by a commit.
    expect(vendoredSizeNote([exe("linux_amd64", 136_314_880, "0.0.9"), exe("linux_arm64", 1_000, "0.1.0")], MIRROR, "0.1.0")).toBe(
      "Other versions in it are over the 100 MiB GitHub refuses in a push too (0.0.9 linux_amd64 136.3 MB (130.0 MiB)): a commit carries them as well; remove the versions you no longer use from '/work/my config/terraform.d/plugins'.",
    );
  });

  it("counts every version's executables in the mirror, only files named as Terraform looks for them in platform directories, not links", () => {
    const root = mkdtempSync(join(tmpdir(), "c1tg-vendored-"));
    const sized = (file: string, bytes: number) => {
      writeFileSync(file, "");
      truncateSync(file, bytes);
    };
    try {
      const mirror = join(root, "terraform.d", "plugins");
      const provider = join(mirror, SOURCE);
      for (const [version, platform, bytes] of [["0.1.0", "darwin_arm64", 112_367_320], ["0.1.0", "linux_amd64", 81_856_576], ["0.0.9", "linux_amd64", 136_314_880]] as const) {
        mkdirSync(join(provider, version, platform), { recursive: true });
        sized(join(provider, version, platform, `terraform-provider-c1twingate_v${version}`), bytes);
      }
      // Not executables a commit would carry as such: a stray file, a folder that is no platform, a link.
      sized(join(provider, "0.1.0", "linux_amd64", "notes.bin"), 60 * 1_048_576);
      mkdirSync(join(provider, "0.1.0", "backup"));
      sized(join(provider, "0.1.0", "backup", "terraform-provider-c1twingate_v0.1.0"), 120 * 1_048_576);
      mkdirSync(join(provider, "0.1.0", "linux_arm64"));
      symlinkSync(join(provider, "0.1.0", "darwin_arm64", "terraform-provider-c1twingate_v0.1.0"), join(provider, "0.1.0", "linux_arm64", "terraform-provider-c1twingate_v0.1.0"));
      expect(vendoredExecutables(mirror, SOURCE)).toEqual([
        { version: "0.0.9", platform: "linux_amd64", bytes: 136_314_880 },
        { version: "0.1.0", platform: "darwin_arm64", bytes: 112_367_320 },
        { version: "0.1.0", platform: "linux_amd64", bytes: 81_856_576 },
      ]);
      expect(vendoredExecutables(join(root, "missing"), SOURCE)).toEqual([]);
      const note = vendoredSizeNote(vendoredExecutables(mirror, SOURCE), mirror, "0.1.0") ?? "";
      expect(note).toMatch(/^To commit it, install darwin_arm64, linux_amd64 again with --packed \(.* --packed --platform darwin_arm64 --platform linux_amd64\)/);
      expect(note).toMatch(/ Other versions in it are over the 100 MiB GitHub refuses in a push too \(0\.0\.9 linux_amd64 136\.3 MB/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("knows the platforms the mirror holds for a version as Terraform finds them: an executable unpacked, or a zip", () => {
    const root = mkdtempSync(join(tmpdir(), "c1tg-held-"));
    try {
      const mirror = join(root, "plugins");
      const version = join(mirror, SOURCE, "0.1.0");
      mkdirSync(join(version, "linux_amd64"), { recursive: true });
      writeFileSync(join(version, "linux_amd64", "terraform-provider-c1twingate_v0.1.0"), "x");
      // A directory with only a stray file, and an empty one: terraform init finds no provider there.
      mkdirSync(join(version, "darwin_arm64"));
      writeFileSync(join(version, "darwin_arm64", ".DS_Store"), "x");
      mkdirSync(join(version, "darwin_amd64"));
      writeFileSync(join(mirror, SOURCE, "terraform-provider-c1twingate_0.1.0_linux_arm64.zip"), "zip");
      writeFileSync(join(mirror, SOURCE, "terraform-provider-c1twingate_0.1.0-beta_windows_amd64.zip"), "zip");
      const platforms = ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"];
      expect(mirrorPlatformsHeld(mirror, "0.1.0", platforms)).toEqual(["linux_amd64", "linux_arm64"]);
      expect(mirrorPlatformsHeld(join(root, "missing"), "0.1.0", platforms)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
