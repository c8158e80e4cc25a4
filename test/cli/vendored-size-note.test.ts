/** What `provider install` says about committing vendored executables, by their size against GitHub's limits. */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vendoredExecutables, vendoredSizeNote } from "../../src/cli/output/install-notes";

describe("the note on committing vendored executables", () => {
  it("names the largest executable: refused over 100 MB, warned about over 50 MB, nothing below", () => {
    const refused = vendoredSizeNote([
      { platform: "linux_amd64", bytes: 81_332_288 },
      { platform: "darwin_arm64", bytes: 112_367_320 },
    ]);
    expect(refused).toBe("To commit it, install with --packed: the darwin_arm64 executable is 112.4 MB (107.2 MiB), over the 100 MB GitHub refuses in a push; --packed writes its zip (about a third of that), which Terraform reads the same way.");
    expect(vendoredSizeNote([{ platform: "linux_amd64", bytes: 81_332_288 }])).toMatch(/^To commit it, consider --packed: the linux_amd64 executable is 81\.3 MB \(77\.6 MiB\), over the 50 MB GitHub warns about/);
    expect(vendoredSizeNote([{ platform: "linux_amd64", bytes: 100_000_000 }])).toMatch(/consider --packed/);
    expect(vendoredSizeNote([{ platform: "linux_amd64", bytes: 50_000_000 }])).toBeUndefined();
    expect(vendoredSizeNote([])).toBeUndefined();
  });

  it("counts the same version's other platforms already in the mirror, which a commit carries too", () => {
    const root = mkdtempSync(join(tmpdir(), "c1tg-vendored-"));
    try {
      const version = join(root, "terraform.d", "plugins", "c1twingate.invalid", "local", "c1twingate", "0.1.0");
      for (const [platform, bytes] of [["darwin_arm64", 112_367_320], ["linux_amd64", 81_856_576]] as const) {
        mkdirSync(join(version, platform), { recursive: true });
        const file = join(version, platform, "terraform-provider-c1twingate_v0.1.0");
        writeFileSync(file, "");
        truncateSync(file, bytes);
      }
      // This run installed linux_amd64 only; darwin_arm64 was installed before.
      const found = vendoredExecutables([{ path: join(version, "linux_amd64"), executable: join(version, "linux_amd64", "terraform-provider-c1twingate_v0.1.0") }]);
      expect(found).toEqual([
        { platform: "darwin_arm64", bytes: 112_367_320 },
        { platform: "linux_amd64", bytes: 81_856_576 },
      ]);
      expect(vendoredSizeNote(found)).toMatch(/^To commit it, install with --packed: the darwin_arm64 executable is 112\.4 MB/);
      // A packed install (a zip, no executable) says nothing here.
      expect(vendoredExecutables([{ path: join(root, "x.zip") }])).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
