/** What `provider install` says about committing vendored executables, by their size against GitHub's limits, and about the mirror's platforms. */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mirrorHoldsPlatform, vendoredExecutables, vendoredSizeNote } from "../../src/cli/output/install-notes";

const SOURCE = "c1twingate.invalid/local/c1twingate";
const MIRROR = "/work/my config/terraform.d/plugins";

describe("the note on committing vendored executables", () => {
  it("names the platforms to install again with --packed: refused over 100 MiB, warned about over 50 MiB, nothing below", () => {
    const refused = vendoredSizeNote(
      [
        { platform: "linux_amd64", bytes: 81_856_576 },
        { platform: "darwin_arm64", bytes: 112_367_320 },
        { platform: "darwin_amd64", bytes: 114_854_500 },
      ],
      MIRROR,
    );
    expect(refused).toBe(
      "To commit it, install darwin_arm64, darwin_amd64 again with --packed (c1-twingate provider install --mirror '/work/my config/terraform.d/plugins' --packed --platform darwin_arm64 --platform darwin_amd64): their executables are over the 100 MiB GitHub refuses in a push (darwin_arm64 112.4 MB (107.2 MiB), darwin_amd64 114.9 MB (109.5 MiB)); --packed puts a zip about a third of that size in the executable's place, which Terraform reads the same way.",
    );
    expect(vendoredSizeNote([{ platform: "linux_amd64", bytes: 81_856_576 }], MIRROR)).toBe(
      "To commit it, consider installing linux_amd64 again with --packed (c1-twingate provider install --mirror '/work/my config/terraform.d/plugins' --packed --platform linux_amd64): its executable is over the 50 MiB GitHub warns about in a push (linux_amd64 81.9 MB (78.1 MiB); it refuses 100 MiB); --packed puts a zip about a third of that size in the executable's place, which Terraform reads the same way.",
    );
    // GitHub's limits are in MiB: 102 MB is under the 100 MiB it refuses.
    expect(vendoredSizeNote([{ platform: "linux_amd64", bytes: 102_000_000 }], MIRROR)).toMatch(/^To commit it, consider installing linux_amd64/);
    expect(vendoredSizeNote([{ platform: "linux_amd64", bytes: 50 * 1_048_576 }], MIRROR)).toBeUndefined();
    expect(vendoredSizeNote([], MIRROR)).toBeUndefined();
  });

  it("counts the same version's platforms already in the mirror, which a commit carries too, and knows a platform held packed or unpacked", () => {
    const root = mkdtempSync(join(tmpdir(), "c1tg-vendored-"));
    try {
      const mirror = join(root, "terraform.d", "plugins");
      const version = join(mirror, SOURCE, "0.1.0");
      for (const [platform, bytes] of [["darwin_arm64", 112_367_320], ["linux_amd64", 81_856_576]] as const) {
        mkdirSync(join(version, platform), { recursive: true });
        const file = join(version, platform, "terraform-provider-c1twingate_v0.1.0");
        writeFileSync(file, "");
        truncateSync(file, bytes);
      }
      // Another version's platforms are not this commit's concern here.
      mkdirSync(join(mirror, SOURCE, "0.0.9", "windows_amd64"), { recursive: true });
      writeFileSync(join(mirror, SOURCE, "0.0.9", "windows_amd64", "x.exe"), "x");
      writeFileSync(join(mirror, SOURCE, "terraform-provider-c1twingate_0.1.0_linux_arm64.zip"), "zip");
      expect(vendoredExecutables(mirror, SOURCE, "0.1.0")).toEqual([
        { platform: "darwin_arm64", bytes: 112_367_320 },
        { platform: "linux_amd64", bytes: 81_856_576 },
      ]);
      expect(vendoredSizeNote(vendoredExecutables(mirror, SOURCE, "0.1.0"), mirror)).toMatch(/^To commit it, install darwin_arm64 again with --packed \(.* --packed --platform darwin_arm64\)/);
      expect(vendoredExecutables(join(root, "missing"), SOURCE, "0.1.0")).toEqual([]);
      expect(["linux_amd64", "linux_arm64", "darwin_arm64", "darwin_amd64", "windows_amd64"].map((p) => mirrorHoldsPlatform(mirror, SOURCE, "0.1.0", p))).toEqual([true, true, true, false, false]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
