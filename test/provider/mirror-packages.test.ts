import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packagesIn } from "../../src/provider/mirror-packages";
import { PROVIDER_VERSION } from "../../src/provider/address";
import { currentPlatform, packageHashV1 } from "../../src/tfplugin";
import { zipSingleFile } from "../../src/tfplugin/packaging/release";
import { requireTerraform } from "../helpers/terraform";
import { createTfDir } from "./terraform-run";

/** A provider package in `mirror` under the given directory names: a shell script that is never run (init only hashes it). */
function unpacked(mirror: string, parts: [string, string, string], version: string, osArch: string, body: string): string {
  const dir = join(mirror, ...parts, version, osArch);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "terraform-provider-c1twingate"), `#!/bin/sh\n# ${body}\n`);
  chmodSync(join(dir, "terraform-provider-c1twingate"), 0o755);
  return dir;
}

describe("packagesIn: this provider's packages in a filesystem mirror, in Terraform's order", () => {
  const tf = createTfDir();
  afterAll(() => tf.cleanup());
  const mirror = join(tf.home, "mirror");

  it("finds directories whose host, namespace and type differ only in letter case, upper case first", async () => {
    const lower = unpacked(mirror, ["c1twingate.invalid", "local", "c1twingate"], "0.1.0", "linux_amd64", "lower");
    const upper = unpacked(mirror, ["C1TWINGATE.INVALID", "Local", "C1twingate"], "0.1.0", "linux_amd64", "upper");
    unpacked(mirror, ["c1twingate.invalid", "local", "c1twingate"], "0.2.0", "linux_amd64", "other version");
    unpacked(mirror, ["c1twingate.invalid", "local", "c1twingate"], "0.1.0", "linux_arm64", "other platform");
    unpacked(mirror, ["c1twingate.invalid", "other", "c1twingate"], "0.1.0", "linux_amd64", "other namespace");
    const zip = join(mirror, "c1twingate.invalid", "local", "c1twingate", "terraform-provider-c1twingate_0.1.0_linux_amd64.zip");
    writeFileSync(zip, await zipSingleFile(Buffer.from("zip"), "terraform-provider-c1twingate"));
    expect(packagesIn(mirror, "0.1.0", "linux_amd64")).toEqual([upper, lower, zip]);
    expect(packagesIn(join(tf.home, "none"), "0.1.0", "linux_amd64")).toEqual([]);
  });

  it("the first is the copy terraform init takes from that mirror", async () => {
    requireTerraform();
    const here = currentPlatform();
    const own = createTfDir({ cliConfig: `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(join(tf.home, "own"))}\n  }\n}\n` });
    try {
      const lower = unpacked(join(tf.home, "own"), ["c1twingate.invalid", "local", "c1twingate"], PROVIDER_VERSION, here, "lower");
      const upper = unpacked(join(tf.home, "own"), ["c1twingate.invalid", "Local", "c1twingate"], PROVIDER_VERSION, here, "upper");
      expect(packagesIn(join(tf.home, "own"), PROVIDER_VERSION, here)).toEqual([upper, lower]);
      writeFileSync(join(own.work, "main.tf"), `terraform {\n  required_providers {\n    c1twingate = { source = "c1twingate.invalid/local/c1twingate", version = "${PROVIDER_VERSION}" }\n  }\n}\n`);
      await own.run(["init"]);
      const lock = readFileSync(join(own.work, ".terraform.lock.hcl"), "utf8");
      expect(lock).toContain(packageHashV1(upper));
      expect(lock).not.toContain(packageHashV1(lower));
    } finally {
      own.cleanup();
    }
  });
});
