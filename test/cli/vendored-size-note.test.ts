/** What `provider install` says about committing vendored executables, by their size against GitHub's limits. */
import { vendoredSizeNote } from "../../src/cli/output/install-notes";

describe("the note on committing vendored executables", () => {
  it("names the largest executable: refused over 100 MB, warned about over 50 MB, nothing below", () => {
    const refused = vendoredSizeNote([
      { platform: "linux_amd64", bytes: 81_332_288 },
      { platform: "darwin_arm64", bytes: 112_367_320 },
    ]);
    expect(refused).toBe("To commit it, install with --packed: the darwin_arm64 executable is 112.4 MB, over the 100 MB GitHub refuses in a push; --packed writes its zip (about a third of that), which Terraform reads the same way.");
    expect(vendoredSizeNote([{ platform: "linux_amd64", bytes: 81_332_288 }])).toMatch(/^To commit it, consider --packed: the linux_amd64 executable is 81\.3 MB, over the 50 MB GitHub warns about/);
    expect(vendoredSizeNote([{ platform: "linux_amd64", bytes: 100_000_000 }])).toMatch(/consider --packed/);
    expect(vendoredSizeNote([{ platform: "linux_amd64", bytes: 50_000_000 }])).toBeUndefined();
    expect(vendoredSizeNote([])).toBeUndefined();
  });
});
