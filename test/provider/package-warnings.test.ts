/**
 * The warning `provider package` prints for zips release/ holds that SHA256SUMS does not list:
 * it names them, says why they were not merged and what to do.
 */
import { unlistedWarning } from "../../src/provider/executables";

describe("unlistedWarning", () => {
  it("says nothing when every zip is listed", () => {
    expect(unlistedWarning([])).toEqual([]);
  });

  it("names each zip, why it is not in SHA256SUMS and what to do before publishing release/", () => {
    const files = ["/o/release/terraform-provider-c1twingate_0.1.0_darwin_arm64.zip", "/o/release/terraform-provider-c1twingate_0.1.0_freebsd_amd64.zip"];
    const text = unlistedWarning(files).join("\n");
    expect(text).toMatch(/^Warning: release\/ holds 2 zips of this version that SHA256SUMS does not list:/);
    for (const f of files) expect(text).toContain(`  ${f}\n`);
    expect(text).toMatch(/0\.1\.0\.json in the mirror has no record of them .*not merged/);
    expect(text).toMatch(/Package darwin_arm64, freebsd_amd64 again into this --out, or remove those files before publishing release\//);
  });
});
