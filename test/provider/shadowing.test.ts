import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shadowingCopy } from "../../src/provider/implied-mirrors";
import { blockShadowingCopy, mirrorVerdict } from "../../src/provider/cli-config";
import { mirrorNote, shadowNote } from "../../src/cli/output/install-notes";
import { packageHashV1OfZip } from "../../src/tfplugin/packaging/package-hash";
import { packageHashV1, packageHashV1OfFiles } from "../../src/tfplugin";
import { zipSingleFile } from "../../src/tfplugin/packaging/release";
import { runCli } from "../helpers/cli";

/**
 * Terraform takes a provider version from the first implied mirror that has it for this platform
 * (terraform.d/plugins where it runs, then ~/.terraform.d/plugins, then the XDG data dirs):
 * `provider install` into a later one says which copy init takes instead. Checked against
 * terraform init in test/provider/implied-mirror.e2e.test.ts.
 */
const PROVIDER = join("c1twingate.invalid", "local", "c1twingate");

describe("an implied mirror searched before the install", () => {
  let root: string;
  let home: string;
  let work: string;
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), "c1tg-shadow-")));
    home = join(root, "home");
    work = join(root, "work");
    mkdirSync(home);
    mkdirSync(work);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const context = (): { env: NodeJS.ProcessEnv; platform: NodeJS.Platform; userHome: string; cwd: string } => ({
    env: { HOME: home, XDG_DATA_DIRS: join(root, "xdg-dirs") },
    platform: "linux",
    userHome: home,
    cwd: work,
  });
  const unpacked = (mirror: string, osArch: string, text: string): string => {
    const dir = join(mirror, PROVIDER, "0.1.0", osArch);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "terraform-provider-c1twingate"), text);
    return dir;
  };
  const dataMirror = (): string => join(home, ".local", "share", "terraform", "plugins");
  const homeMirror = (): string => join(home, ".terraform.d", "plugins");

  it("names ~/.terraform.d/plugins over the XDG data dir, with its hash, same bytes or not", () => {
    const shadow = unpacked(homeMirror(), "linux_amd64", "old build");
    const found = shadowingCopy(dataMirror(), "linux_amd64", "0.1.0", "h1:other", context());
    expect(found).toEqual({ dir: homeMirror(), origin: "$HOME/.terraform.d/plugins", path: shadow, hash: packageHashV1(shadow), sameBytes: false });
    expect(shadowingCopy(dataMirror(), "linux_amd64", "0.1.0", packageHashV1(shadow), context())?.sameBytes).toBe(true);
  });

  it("names the working directory's terraform.d/plugins over ~/.terraform.d/plugins, a zip read for its h1:", async () => {
    const zipPath = join(work, "terraform.d", "plugins", PROVIDER, "terraform-provider-c1twingate_0.1.0_linux_amd64.zip");
    mkdirSync(join(zipPath, ".."), { recursive: true });
    const bytes = Buffer.from("vendored build");
    writeFileSync(zipPath, await zipSingleFile(bytes, "terraform-provider-c1twingate"));
    const hash = packageHashV1OfFiles([{ path: "terraform-provider-c1twingate", bytes }]);
    expect(shadowingCopy(homeMirror(), "linux_amd64", "0.1.0", hash, context())).toMatchObject({ path: zipPath, hash, sameBytes: true });
  });

  it("ignores another platform, another version, mirrors after the install, and an install dir that is no implied mirror", () => {
    unpacked(homeMirror(), "linux_arm64", "arm");
    mkdirSync(join(homeMirror(), PROVIDER, "0.2.0", "linux_amd64"), { recursive: true });
    expect(shadowingCopy(dataMirror(), "linux_amd64", "0.1.0", "h1:x", context())).toBeUndefined();
    unpacked(dataMirror(), "linux_amd64", "later");
    expect(shadowingCopy(homeMirror(), "linux_amd64", "0.1.0", "h1:x", context())).toBeUndefined();
    // The install's own copy, first in the first mirror searched.
    const first = unpacked(join(work, "terraform.d", "plugins"), "linux_amd64", "first");
    expect(shadowingCopy(join(work, "terraform.d", "plugins"), "linux_amd64", "0.1.0", packageHashV1(first), context())).toBeUndefined();
    expect(shadowingCopy(join(root, "elsewhere"), "linux_amd64", "0.1.0", "h1:x", context())).toBeUndefined();
  });

  it("names another copy in the install's own mirror under names of other letter case (Terraform reads them, and they sort first)", () => {
    const installed = unpacked(homeMirror(), "linux_amd64", "this install");
    const upper = join(homeMirror(), "c1twingate.invalid", "Local", "c1twingate", "0.1.0", "linux_amd64");
    mkdirSync(upper, { recursive: true });
    writeFileSync(join(upper, "terraform-provider-c1twingate"), "old build");
    expect(shadowingCopy(homeMirror(), "linux_amd64", "0.1.0", packageHashV1(installed), context())).toEqual({
      dir: homeMirror(),
      origin: "$HOME/.terraform.d/plugins",
      path: upper,
      hash: packageHashV1(upper),
      sameBytes: false,
      inInstallDir: true,
    });
    const note = shadowNote(shadowingCopy(homeMirror(), "linux_amd64", "0.1.0", packageHashV1(installed), context()), homeMirror(), "c1twingate.invalid/local/c1twingate", "0.1.0").join("\n");
    expect(note).toContain(`takes c1twingate.invalid/local/c1twingate 0.1.0 from ${upper}, another copy in ${homeMirror()}`);
    expect(note).toContain(`rm -rf ${upper}`);
    // Same bytes under the other name: no difference, nothing said.
    writeFileSync(join(upper, "terraform-provider-c1twingate"), "this install");
    expect(shadowingCopy(homeMirror(), "linux_amd64", "0.1.0", packageHashV1(installed), context())).toBeUndefined();
  });

  it("never names the package just installed as another copy, whatever its bytes read as now (a concurrent install may have replaced it)", () => {
    const installed = unpacked(homeMirror(), "linux_amd64", "replaced by another install since");
    // Without the installed package's path: read as another copy (what the CLI said before, naming its own destination).
    expect(shadowingCopy(homeMirror(), "linux_amd64", "0.1.0", "h1:of-the-bytes-installed", context())?.path).toBe(installed);
    expect(shadowingCopy(homeMirror(), "linux_amd64", "0.1.0", "h1:of-the-bytes-installed", context(), installed)).toBeUndefined();
    // Named through a symlink, as the mirror's path may be.
    symlinkSync(homeMirror(), join(root, "linked"));
    expect(shadowingCopy(homeMirror(), "linux_amd64", "0.1.0", "h1:x", context(), join(root, "linked", PROVIDER, "0.1.0", "linux_amd64"))).toBeUndefined();
    // A copy of other letter case that sorts first is still another copy.
    const other = join(homeMirror(), "c1twingate.invalid", "Local", "c1twingate", "0.1.0", "linux_amd64");
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, "terraform-provider-c1twingate"), "old build");
    expect(shadowingCopy(homeMirror(), "linux_amd64", "0.1.0", "h1:x", context(), installed)?.path).toBe(other);
    // The same in a provider_installation block: the install's own filesystem_mirror.
    rmSync(join(homeMirror(), "c1twingate.invalid", "Local"), { recursive: true });
    writeFileSync(join(home, ".terraformrc"), `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(homeMirror())}\n  }\n}\n`);
    const verdict = mirrorVerdict(homeMirror(), { HOME: home });
    expect(verdict.kind).toBe("install-dir");
    expect(blockShadowingCopy(verdict, "linux_amd64", "0.1.0", "h1:x")?.inInstallDir).toBe(true);
    expect(blockShadowingCopy(verdict, "linux_amd64", "0.1.0", "h1:x", installed)).toBeUndefined();
  });

  it("reads a zip's files as Terraform hashes them (directories left out)", async () => {
    const zip = await zipSingleFile(Buffer.from("abc"), "terraform-provider-c1twingate");
    expect(packageHashV1OfZip(zip)).toBe(packageHashV1OfFiles([{ path: "terraform-provider-c1twingate", bytes: Buffer.from("abc") }]));
    expect(() => packageHashV1OfZip(Buffer.from("not a zip at all, long enough to search"))).toThrow();
  });

  describe("a filesystem_mirror listed before the install's in the provider_installation block", () => {
    // The outside tester's config (terraform 1.11 took /x/other's copy): the install's mirror last.
    const rc = (other: string, extra = ""): string =>
      `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(other)}\n${extra}  }\n  direct {\n    exclude = ["c1twingate.invalid/*/*"]\n  }\n  filesystem_mirror {\n    path    = ${JSON.stringify(homeMirror())}\n    include = ["c1twingate.invalid/*/*"]\n  }\n}\n`;
    const other = (): string => join(root, "other");

    it("names the earlier copy, its h1:, same bytes or not; ignores other platforms, excluded or missing mirrors, and later ones", () => {
      mkdirSync(homeMirror(), { recursive: true });
      mkdirSync(other());
      writeFileSync(join(home, ".terraformrc"), rc(other()));
      const env = { HOME: home };
      const verdict = mirrorVerdict(homeMirror(), env);
      expect(verdict.kind).toBe("install-dir");
      expect(blockShadowingCopy(verdict, "linux_amd64", "0.1.0", "h1:x")).toBeUndefined();
      unpacked(other(), "linux_arm64", "arm");
      expect(blockShadowingCopy(verdict, "linux_amd64", "0.1.0", "h1:x")).toBeUndefined();
      const copy = unpacked(other(), "linux_amd64", "other build");
      const hash = packageHashV1(copy);
      expect(blockShadowingCopy(verdict, "linux_amd64", "0.1.0", "h1:x")).toMatchObject({ dir: other(), path: copy, hash, sameBytes: false, cliConfig: join(home, ".terraformrc") });
      expect(blockShadowingCopy(verdict, "linux_amd64", "0.1.0", hash)?.sameBytes).toBe(true);
      // Excluded there: not asked.
      writeFileSync(join(home, ".terraformrc"), rc(other(), '    exclude = ["c1twingate.invalid/*/*"]\n'));
      expect(blockShadowingCopy(mirrorVerdict(homeMirror(), env), "linux_amd64", "0.1.0", "h1:x")).toBeUndefined();
      // Listed after the install's: the install is found first.
      writeFileSync(join(home, ".terraformrc"), `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(homeMirror())}\n  }\n  filesystem_mirror {\n    path = ${JSON.stringify(other())}\n  }\n}\n`);
      const after = mirrorVerdict(homeMirror(), env);
      expect(after.kind).toBe("install-dir");
      expect(blockShadowingCopy(after, "linux_amd64", "0.1.0", "h1:x")).toBeUndefined();
    });

    it("the notes: which copy init takes and the way out; same bytes make no difference; the block to add goes first", () => {
      mkdirSync(homeMirror(), { recursive: true });
      const copy = unpacked(other(), "linux_amd64", "other build");
      writeFileSync(join(home, ".terraformrc"), rc(other()));
      const verdict = mirrorVerdict(homeMirror(), { HOME: home });
      const source = "c1twingate.invalid/local/c1twingate";
      const differ = shadowNote(blockShadowingCopy(verdict, "linux_amd64", "0.1.0", "h1:x"), homeMirror(), source, "0.1.0").join("\n");
      expect(differ).toContain(`Warning: terraform init takes ${source} 0.1.0 from ${copy}, in the filesystem_mirror ${other()}, listed before ${homeMirror()}`);
      expect(differ).toContain(`lock hash ${packageHashV1(copy)}`);
      expect(differ).toContain(`move the filesystem_mirror ${homeMirror()} first in that block`);
      expect(differ).toContain(`rm -rf ${copy}`);
      const same = shadowNote(blockShadowingCopy(verdict, "linux_amd64", "0.1.0", packageHashV1(copy)), homeMirror(), source, "0.1.0").join("\n");
      expect(same).toContain("the same bytes (same lock hash), so it makes no difference");
      writeFileSync(join(home, ".terraformrc"), "provider_installation {\n  direct {}\n}\n");
      const advice = mirrorNote(mirrorVerdict(homeMirror(), { HOME: home }), homeMirror(), source).join("\n");
      expect(advice).toContain("Add this first in that block");
      expect(advice).not.toContain("Add this to that block");
    });

    it("provider install (the CLI) warns and reports shadowedBy in --json", async () => {
      const copy = unpacked(other(), "linux_amd64", "other build");
      mkdirSync(homeMirror(), { recursive: true });
      writeFileSync(join(home, ".terraformrc"), rc(other()));
      const env = { HOME: home, XDG_DATA_DIRS: join(root, "xdg-dirs") };
      const run = await runCli(["provider", "install", "--script", "--platform", "linux_amd64"], { env, cwd: work });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Warning: terraform init takes c1twingate.invalid/local/c1twingate 0.1.0 from ${copy}`);
      expect(run.stdout).toContain(`rm -rf ${copy}`);
      const json = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--json"], { env, cwd: work });
      expect(JSON.parse(json.stdout)).toMatchObject({ terraformInit: { kind: "install-dir" }, shadowedBy: { dir: other(), path: copy, hash: packageHashV1(copy), sameBytes: false } });
    });
  });

  describe("provider install (the CLI)", () => {
    const env = (): NodeJS.ProcessEnv => ({ HOME: home, XDG_DATA_DIRS: join(root, "xdg-dirs") });

    it("repro A: --mirror ~/.local/share/terraform/plugins after a default install of other bytes warns and reports shadowedBy", async () => {
      const shadow = unpacked(homeMirror(), "linux_amd64", "old build");
      const run = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--mirror", dataMirror()], { env: env(), cwd: work });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain("terraform init finds it");
      expect(run.stdout).toContain("but not first (below)");
      expect(run.stdout).toContain(`Warning: terraform init run in this directory takes c1twingate.invalid/local/c1twingate 0.1.0 from ${shadow}`);
      expect(run.stdout).toContain(`rm -rf ${shadow}`);
      const json = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--mirror", dataMirror(), "--json"], { env: env(), cwd: work });
      expect(JSON.parse(json.stdout)).toMatchObject({ shadowedBy: { dir: homeMirror(), path: shadow, hash: packageHashV1(shadow), sameBytes: false } });
    });

    it("repro B: a default install run where terraform.d/plugins holds the same bytes says so", async () => {
      const vendored = join(work, "terraform.d", "plugins");
      expect((await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--mirror", "terraform.d/plugins"], { env: env(), cwd: work })).code).toBe(0);
      const run = await runCli(["provider", "install", "--script", "--platform", "linux_amd64"], { env: env(), cwd: work });
      expect(run.stdout).toContain(`Note: terraform init run in this directory takes c1twingate.invalid/local/c1twingate 0.1.0 from ${vendored} (terraform.d/plugins in the directory terraform runs in)`);
      expect(run.stdout).toContain("the same bytes (same lock hash)");
      // Elsewhere, nothing shadows it.
      const json = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--json"], { env: env(), cwd: root });
      expect((JSON.parse(json.stdout) as { shadowedBy: unknown }).shadowedBy).toBeNull();
    });

    it("--mirror outside the implied mirrors: the block goes into the existing CLI config; a new file only when there is none", async () => {
      const none = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--mirror", join(root, "m")], { env: env() });
      expect(none.stdout).toContain(`create ${join(home, ".terraformrc")} (Terraform's CLI config) with`);
      writeFileSync(join(home, ".terraformrc"), 'credentials "app.terraform.io" {\n  token = "x"\n}\n');
      const existing = await runCli(["provider", "install", "--script", "--platform", "linux_amd64", "--mirror", join(root, "m")], { env: env() });
      expect(existing.stdout).not.toContain("TF_CLI_CONFIG_FILE");
      expect(existing.stdout).toContain(`add this to your CLI config, ${join(home, ".terraformrc")} (keep the rest of it)`);
      expect(existing.stdout).toContain(`path    = ${JSON.stringify(join(root, "m"))}`);
    });

    it("vendoring another platform than this machine's is not claimed to work here; cdktf.json is pointed out", async () => {
      const other = process.arch === "arm64" ? "linux_amd64" : "linux_arm64";
      writeFileSync(join(work, "cdktf.json"), "{}");
      const run = await runCli(["provider", "install", "--script", "--platform", other, "--mirror", "terraform.d/plugins"], { env: env(), cwd: work });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toContain("finds it");
      expect(run.stdout).toContain(`here for ${other} only (HCP Terraform remote runs need linux_amd64)`);
      expect(run.stdout).toContain("does not have a package available for your current platform");
      expect(run.stdout).toContain(`${work} holds cdktf.json: cdktf runs terraform in cdktf.out/stacks/<stack>`);
    });

    it("dev_overrides at a directory without the provider: validate, plan and apply fail, said so", async () => {
      const dev = join(root, "dev");
      mkdirSync(dev);
      writeFileSync(join(home, ".terraformrc"), `provider_installation {\n  dev_overrides {\n    "c1twingate.invalid/local/c1twingate" = ${JSON.stringify(dev)}\n  }\n  direct {}\n}\n`);
      const empty = await runCli(["provider", "install", "--script", "--platform", "linux_amd64"], { env: env(), cwd: work });
      expect(empty.stdout).toContain(`${dev} holds no terraform-provider-c1twingate* file: terraform validate, plan and apply fail`);
      writeFileSync(join(dev, "terraform-provider-c1twingate"), "#!/bin/sh\n", { mode: 0o644 });
      const modeless = await runCli(["provider", "install", "--script", "--platform", "linux_amd64"], { env: env(), cwd: work });
      expect(modeless.stdout).toContain(`file in ${dev} is not executable: terraform validate, plan and apply fail ("permission denied")`);
      chmodSync(join(dev, "terraform-provider-c1twingate"), 0o755);
      const full = await runCli(["provider", "install", "--script", "--platform", "linux_amd64"], { env: env(), cwd: work });
      expect(full.stdout).toContain(`terraform plan and apply run the provider in ${dev}, not this install`);
    });
  });
});
