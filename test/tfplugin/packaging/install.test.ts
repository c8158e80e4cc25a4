import { execSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliConfigText, currentPlatform, installProvider, packageHashV1, providersInMirror } from "../../../src/tfplugin/packaging";
import { ProviderInstallError } from "../../../src/tfplugin/errors";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tfplugin-pkg-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("packageHashV1", () => {
  it("matches dirhash Hash1 computed independently with sha256sum over sorted relative paths", () => {
    const pkg = join(dir, "pkg");
    mkdirSync(join(pkg, "sub"), { recursive: true });
    writeFileSync(join(pkg, "terraform-provider-x_v1.0.0"), "#!/usr/bin/env node\nconsole.log(1)\n");
    writeFileSync(join(pkg, "sub", "a.txt"), "a");
    writeFileSync(join(pkg, "B.txt"), "b");
    const summaryHex = execSync("find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum", { cwd: pkg, encoding: "utf8" }).split(" ")[0] ?? "";
    expect(packageHashV1(pkg)).toBe(`h1:${Buffer.from(summaryHex, "hex").toString("base64")}`);
  });

  it("changes when any byte changes", () => {
    writeFileSync(join(dir, "f"), "one");
    const before = packageHashV1(dir);
    writeFileSync(join(dir, "f"), "onf");
    expect(packageHashV1(dir)).not.toBe(before);
  });
});

describe("installProvider", () => {
  it("lays out the unpacked mirror with an executable file and returns its hash", () => {
    const file = join(dir, "bundle.js");
    writeFileSync(file, "#!/usr/bin/env node\n");
    const home = join(dir, "home");
    const res = installProvider({ file, hostname: "registry.local", namespace: "acme", type: "thing", version: "1.2.3", env: { HOME: home }, platforms: ["linux_amd64", "darwin_arm64"] });
    expect(res.mirrorDir).toBe(join(home, ".terraform.d", "plugins"));
    expect(res.source).toBe("registry.local/acme/thing");
    expect(res.packages.map((p) => p.executable)).toEqual([
      join(home, ".terraform.d/plugins/registry.local/acme/thing/1.2.3/linux_amd64/terraform-provider-thing_v1.2.3"),
      join(home, ".terraform.d/plugins/registry.local/acme/thing/1.2.3/darwin_arm64/terraform-provider-thing_v1.2.3"),
    ]);
    expect(statSync(res.packages[0]?.executable ?? "").mode & 0o777).toBe(0o755);
    expect(res.hash).toBe(packageHashV1(res.packages[1]?.dir ?? ""));
  });

  it("leaves no directory of the mirror writable by others, even under umask 000 (Terraform runs what it finds there)", () => {
    const file = join(dir, "bundle.js");
    writeFileSync(file, "x");
    const mirror = join(dir, "open-mirror");
    const umask = process.umask(0);
    let res: ReturnType<typeof installProvider>;
    try {
      res = installProvider({ file, hostname: "example.local", namespace: "a", type: "b", version: "0.1.0", mirrorDir: mirror });
    } finally {
      process.umask(umask);
    }
    const made = ["", "example.local", "example.local/a", "example.local/a/b", "example.local/a/b/0.1.0", `example.local/a/b/0.1.0/${currentPlatform()}`].map((d) => join(mirror, d));
    expect(made.map((d) => statSync(d).mode & 0o777)).toEqual(made.map(() => 0o755));
    expect(statSync(res.packages[0]?.executable ?? "").mode & 0o777).toBe(0o755);
  });

  it("defaults to the current platform", () => {
    const file = join(dir, "bundle.js");
    writeFileSync(file, "x");
    const res = installProvider({ file, hostname: "example.local", namespace: "a", type: "b", version: "0.1.0", mirrorDir: join(dir, "m") });
    expect(res.packages[0]?.platform).toBe(currentPlatform());
    expect(currentPlatform()).toMatch(/^[a-z]+_[a-z0-9]+$/);
  });

  it("rejects bad names and a missing file with what to do", () => {
    expect(() => installProvider({ file: join(dir, "nope"), hostname: "h.local", namespace: "a", type: "b", version: "0.1.0", mirrorDir: dir })).toThrow(/build it first/);
    expect(() => installProvider({ file: join(dir, "nope"), hostname: "h.local", namespace: "A B", type: "b", version: "0.1.0", mirrorDir: dir })).toThrow(ProviderInstallError);
    expect(() => installProvider({ file: join(dir, "nope"), hostname: "h.local", namespace: "a", type: "b", version: "v1", mirrorDir: dir })).toThrow(/semantic versioning/);
  });
});

describe("cliConfigText", () => {
  it("writes a filesystem_mirror and excludes the same providers from direct installation", () => {
    const text = cliConfigText({ mirrorDir: "/m", include: ["registry.local/*/*"] });
    expect(text).toContain('path    = "/m"');
    expect(text).toContain('include = ["registry.local/*/*"]');
    expect(text).toMatch(/direct \{\n\s+exclude = \["registry.local\/\*\/\*"\]/);
    expect(cliConfigText({ mirrorDir: "/m", include: ["a/*/*"], direct: false })).not.toContain("direct");
  });

  it("adds more mirrors, each with its providers, none of them also looked up in a registry", () => {
    const text = cliConfigText({ mirrorDir: "/m", include: ["a/b/c"], moreMirrors: [{ path: "/u", include: ["registry.terraform.io/hashicorp/null"] }] });
    expect(text).toContain('path    = "/u"\n    include = ["registry.terraform.io/hashicorp/null"]');
    expect(text).toMatch(/direct \{\n\s+exclude = \["a\/b\/c", "registry.terraform.io\/hashicorp\/null"\]/);
  });
});

describe("providersInMirror", () => {
  it("reads HOSTNAME/NAMESPACE/TYPE from a mirror's layout", () => {
    const mirror = mkdtempSync(join(tmpdir(), "c1tg-mirror-"));
    try {
      expect(providersInMirror(mirror)).toEqual([]);
      mkdirSync(join(mirror, "registry.terraform.io", "hashicorp", "null", "3.2.4", "linux_amd64"), { recursive: true });
      mkdirSync(join(mirror, "example.com", "acme", "thing"), { recursive: true });
      expect(providersInMirror(mirror).sort()).toEqual(["example.com/acme/thing", "registry.terraform.io/hashicorp/null"]);
    } finally {
      rmSync(mirror, { recursive: true, force: true });
    }
  });
});
