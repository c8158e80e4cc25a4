/**
 * `provider package` keeps the two forms of the provider apart: an --out whose release holds
 * packages of this version in one form refuses a run of the other (before building anything),
 * and each archive reports the form it holds.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from "../../src/provider/address";
import { PackageFormMixError } from "../../src/provider/errors";
import { installC1twingateProvider } from "../../src/provider/install";
import { packageForm, packageProvider, providerCaches } from "../../src/provider/executables";
import { writeRelease } from "../../src/tfplugin/packaging/release";
import { zipEntryStart } from "../../src/tfplugin/packaging/zip-entry-start";
import { runCli } from "../helpers/cli";
import { PROVIDER_BUNDLE } from "./provider-bundle";

const SUMS = `terraform-provider-${PROVIDER_TYPE}_${PROVIDER_VERSION}_SHA256SUMS`;
const zipOf = (out: string, platform: string) => join(out, "release", `terraform-provider-${PROVIDER_TYPE}_${PROVIDER_VERSION}_${platform}.zip`);

describe("provider package and the forms in one --out", () => {
  let root: string;
  let out: string;
  let cacheRoot: string;
  // A build would fill the caches (a runtime download first); offline npm makes one fail fast.
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "c1tg-forms-"));
    out = join(root, "pk");
    cacheRoot = join(root, "cache");
    mkdirSync(cacheRoot);
    env = { ...process.env, C1TG_CACHE_DIR: cacheRoot, npm_config_offline: "true" };
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** An earlier executable run's release for `platforms`, with a stand-in ELF file (no build). */
  async function fakeExecutableRelease(platforms: string[]): Promise<void> {
    const file = join(root, "fake-executable");
    writeFileSync(file, Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01"), Buffer.alloc(4096, 7)]));
    await writeRelease({ hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION, outDir: out, executables: platforms.map((platform) => ({ platform, file })) });
  }

  it("refuses an --out someone else could write, or one an earlier run left loose, before anything is written or built", async () => {
    // Under umask 000 too, a new --out and what is made in it are 0755.
    const umask = process.umask(0);
    try {
      await packageProvider({ form: "script", bundle: PROVIDER_BUNDLE, outDir: out, platforms: ["linux_amd64"], env, caches: providerCaches(env) });
    } finally {
      process.umask(umask);
    }
    expect([out, join(out, "release"), join(out, "mirror")].map((d) => statSync(d).mode & 0o777)).toEqual([0o755, 0o755, 0o755]);
    const refused = async (): Promise<unknown> => packageProvider({ form: "script", bundle: PROVIDER_BUNDLE, outDir: out, platforms: ["linux_amd64"], env, caches: providerCaches(env) }).then(() => undefined, (e: unknown) => e);
    // release/ left writable by others: another user could plant a platform's zip and its hashes there, to be merged and signed.
    chmodSync(join(out, "release"), 0o777);
    expect(await refused()).toMatchObject({
      code: "TFPLUGIN_PLACE_NOT_PRIVATE",
      message: `the output directory (--out) ${out} is not private: ${join(realpathSync(out), "release")} in it is a symlink, belongs to another user, or others may write it. A release written there could be changed, or another platform's package planted, before it is signed and published. Remove from ${realpathSync(out)} what is not yours and make the rest writable by you only (chmod -R go-w), or pass a new --out`,
    });
    chmodSync(join(out, "release"), 0o755);
    // So is a file there others may write (an umask-000 run's, or planted), or a symlink: it would be merged and signed.
    const sums = readdirSync(join(out, "release")).find((f) => f.endsWith("_SHA256SUMS")) ?? "";
    chmodSync(join(out, "release", sums), 0o666);
    expect(await refused()).toMatchObject({ code: "TFPLUGIN_PLACE_NOT_PRIVATE", message: expect.stringContaining(`${join(realpathSync(out), "release", sums)} in it is a symlink`) });
    chmodSync(join(out, "release", sums), 0o644);
    // Files it writes are 0644 under umask 000 too.
    expect(readdirSync(join(out, "release")).map((f) => statSync(join(out, "release", f)).mode & 0o777)).toEqual(readdirSync(join(out, "release")).map(() => 0o644));
    chmodSync(out, 0o777);
    expect(await refused()).toMatchObject({ code: "TFPLUGIN_PLACE_NOT_PRIVATE", message: expect.stringContaining(`is not private: group or others may write it (mode 0777)`) });
    chmodSync(out, 0o755);
    // Or below a directory others may write that is not sticky.
    chmodSync(root, 0o777);
    expect(await refused()).toMatchObject({ code: "TFPLUGIN_PLACE_NOT_PRIVATE", message: expect.stringContaining(`group or others may write ${realpathSync(root)} (mode 0777, not sticky)`) });
    chmodSync(root, 0o1777);
    expect(await refused()).toBeUndefined();
    chmodSync(root, 0o700);
  });

  it("names the default mirror as the default when no --mirror was given and it is not private", async () => {
    const home = join(root, "loose-home");
    mkdirSync(home);
    chmodSync(home, 0o777);
    try {
      const attempt = installC1twingateProvider({ form: "script", userHome: home, env: { HOME: home }, platforms: ["linux_amd64"] });
      await expect(attempt).rejects.toMatchObject({ code: "TFPLUGIN_PLACE_NOT_PRIVATE", message: expect.stringMatching(/^the default mirror directory \(no --mirror was given\) \S+ is not private: group or others may write /) });
    } finally {
      chmodSync(home, 0o700);
    }
  });

  it("installs only into a mirror no one else could write, and through its real path", async () => {
    const shared = join(root, "shared");
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const run = await runCli(["provider", "install", "--script", "--mirror", join(shared, "m"), "--platform", "linux_amd64"], { env: { HOME: root } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`[TFPLUGIN_PLACE_NOT_PRIVATE] the mirror directory (--mirror) ${join(shared, "m")} is not private: group or others may write ${realpathSync(shared)} (mode 0777, not sticky). A provider installed there could be replaced before Terraform runs it. Make that directory writable by you only: chmod go-w ${realpathSync(shared)}`);
    expect(existsSync(join(shared, "m"))).toBe(false);
    // A mirror reached through a symlink is written at its real path.
    const real = join(root, "real-mirror");
    mkdirSync(real);
    require("node:fs").symlinkSync(real, join(root, "link-mirror"));
    const linked = await runCli(["provider", "install", "--script", "--mirror", join(root, "link-mirror"), "--platform", "linux_amd64", "--json"], { env: { HOME: root } });
    expect(linked.code).toBe(0);
    expect((JSON.parse(linked.stdout) as { mirrorDir: string }).mirrorDir).toBe(realpathSync(real));
  });

  it("judges --mirror and --out again once made: one someone else made in a sticky parent between the check and the mkdir is refused", async () => {
    // An outside tester won that race (mkdir -p takes a directory that is there) and planted a provider Terraform would run.
    const fs = require("node:fs") as typeof import("node:fs");
    const sticky = join(root, "sticky");
    mkdirSync(sticky);
    chmodSync(sticky, 0o1777);
    const realMkdir = fs.mkdirSync;
    /** Runs `run` with `plant(target)` done just before the first mkdir of `target` (another user winning the race), and expects the place refused, saying `said`. */
    const refusedWhenRaced = async (target: string, plant: (target: string) => void, run: () => Promise<unknown>, said = `${target} is not private`): Promise<void> => {
      const spy = jest.spyOn(fs, "mkdirSync").mockImplementation(((path: string, options?: unknown) => {
        if (path === target && !existsSync(target)) plant(target);
        return realMkdir(path, options as Parameters<typeof realMkdir>[1]);
      }) as typeof fs.mkdirSync);
      try {
        await expect(run()).rejects.toMatchObject({ code: "TFPLUGIN_PLACE_NOT_PRIVATE", message: expect.stringContaining(said) });
      } finally {
        spy.mockRestore();
      }
    };
    /** A directory of someone else's (as root can make it), or writable by all. */
    const loose = (target: string): void => {
      realMkdir(target);
      chmodSync(target, 0o777);
      if (process.getuid?.() === 0) fs.chownSync(target, 65534, 65534);
    };
    const { installC1twingateProvider } = require("../../src/provider/install") as typeof import("../../src/provider/install");
    const install = (mirrorDir: string) => () => installC1twingateProvider({ form: "script", bundle: PROVIDER_BUNDLE, mirrorDir, platforms: ["linux_amd64"], env: { HOME: root } });
    const mirror = join(realpathSync(sticky), "m");
    await refusedWhenRaced(mirror, loose, install(mirror));
    expect(readdirSync(mirror)).toEqual([]);
    const raced = join(realpathSync(sticky), "pk");
    await refusedWhenRaced(raced, loose, () => packageProvider({ form: "script", bundle: PROVIDER_BUNDLE, outDir: raced, platforms: ["linux_amd64"], env, caches: providerCaches(env) }));
    expect(readdirSync(raced)).toEqual([]);
    // A missing parent level, raced the same way: nothing is made in it (an outside tester's last finding).
    const parent = join(realpathSync(sticky), "new");
    // The level at fault is named as a directory above the place, not as "it" (the place was never made).
    await refusedWhenRaced(parent, loose, install(join(parent, "m")), process.getuid?.() === 0 ? `: ${parent}, above it, belongs to user 65534` : `: group or others may write ${parent} (mode 0777, not sticky)`);
    expect(readdirSync(parent)).toEqual([]);
    if (process.getuid?.() === 0) {
      // Someone else's link where the missing level goes, to a private directory of the user's: nothing made through it.
      const mine = join(root, "mine");
      mkdirSync(mine, { mode: 0o700 });
      const linkLevel = join(realpathSync(sticky), "linked");
      const theirLink = (target: string): void => {
        fs.symlinkSync(mine, target);
        fs.lchownSync(target, 65534, 65534);
      };
      await refusedWhenRaced(linkLevel, theirLink, install(join(linkLevel, "m")), `: ${linkLevel}, a symbolic link on the way to it, belongs to user 65534`);
      expect(readdirSync(mine)).toEqual([]);
    }
  });

  it("builds the executable only in a TMPDIR no one else could write", async () => {
    const loose = join(root, "loose-tmp");
    mkdirSync(loose);
    chmodSync(loose, 0o777);
    const run = await runCli(["provider", "install", "--mirror", join(root, "mirror")], { env: { HOME: root, TMPDIR: loose, C1TG_CACHE_DIR: cacheRoot, npm_config_offline: "true" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `[TFPLUGIN_PLACE_NOT_PRIVATE] the temporary directory (TMPDIR) ${loose} is not private: group or others may write it (mode 0777). A provider executable built there could be changed before it is cached and installed. Make it and all it holds writable by you only: chmod -R go-w ${realpathSync(loose)}`,
    );
    expect(readdirSync(loose)).toEqual([]);
  });

  it("tells a zip's form from the start of its file alone", async () => {
    await fakeExecutableRelease(["linux_amd64"]);
    expect(packageForm(zipOf(out, "linux_amd64"))).toBe("executable");
    expect(zipEntryStart(zipOf(out, "linux_amd64"), 4).toString("latin1")).toBe("\x7fELF");
    await packageProvider({ form: "script", bundle: PROVIDER_BUNDLE, outDir: join(root, "s"), platforms: ["linux_arm64"] });
    expect(packageForm(zipOf(join(root, "s"), "linux_arm64"))).toBe("script");
  });

  it("refuses an executable run into an --out holding the script for other platforms, before any build", async () => {
    const first = await packageProvider({ form: "script", bundle: PROVIDER_BUNDLE, outDir: out, platforms: ["linux_amd64", "linux_arm64", "darwin_arm64"] });
    expect(first.archives.map((a) => [a.platform, a.form])).toEqual([
      ["darwin_arm64", "script"],
      ["linux_amd64", "script"],
      ["linux_arm64", "script"],
    ]);
    const sums = readFileSync(join(out, "release", SUMS));
    const attempt = packageProvider({ form: "executable", bundle: PROVIDER_BUNDLE, outDir: out, platforms: ["linux_amd64"], env, caches: providerCaches(env) });
    await expect(attempt).rejects.toThrow(PackageFormMixError);
    await expect(attempt).rejects.toMatchObject({ code: "C1TG_PACKAGE_FORM_MIXED" });
    // linux_amd64 is rebuilt, so replaced: only the others would be mixed in.
    await expect(attempt).rejects.toThrow(/^this --out already holds v0\.1\.0 of darwin_arm64, linux_arm64 as the script form \(an earlier run's: \S*darwin_arm64\.zip, \S*linux_arm64\.zip\), and this run packages the executable form/);
    await expect(attempt).rejects.toThrow(/into another --out .*or remove those zips from release\/ first, or add --platform darwin_arm64 --platform linux_arm64 to this run to replace them with the executable form$/);
    expect(readdirSync(cacheRoot)).toEqual([]);
    expect(existsSync(join(out, "executables"))).toBe(false);
    expect(readFileSync(join(out, "release", SUMS)).equals(sums)).toBe(true);
  });

  it("does not advise replacing a Windows executable with the script form, which does not run there", () => {
    const zip = (platform: string) => ({ platform, file: `release/terraform-provider-c1twingate_0.1.0_${platform}.zip`, form: "executable" as const });
    const mixed = new PackageFormMixError("script", "0.1.0", [zip("linux_amd64"), zip("windows_amd64")]);
    expect(mixed.message).toMatch(/or remove those zips from release\/ first, or remove release\/terraform-provider-c1twingate_0\.1\.0_windows_amd64\.zip \(the script form does not run on Windows\) and add --platform linux_amd64 to this run to replace the other with the script form$/);
    expect(new PackageFormMixError("script", "0.1.0", [zip("windows_amd64")]).message).toMatch(/or remove that zip from release\/ first \(the script form does not run on Windows, so it cannot replace it\)$/);
    expect(new PackageFormMixError("script", "0.1.0", [zip("linux_arm64")]).message).toMatch(/or add --platform linux_arm64 to this run to replace it with the script form$/);
  });

  it("refuses a script run into an --out holding executables for other platforms", async () => {
    await fakeExecutableRelease(["linux_amd64"]);
    const sums = readFileSync(join(out, "release", SUMS));
    const attempt = packageProvider({ form: "script", bundle: PROVIDER_BUNDLE, outDir: out, platforms: ["linux_arm64"] });
    await expect(attempt).rejects.toThrow(/^this --out already holds v0\.1\.0 of linux_amd64 as the executable form \(an earlier run's: \S*linux_amd64\.zip\), and this run packages the script form: .*remove that zip from release\/ first, or add --platform linux_amd64 /);
    expect(existsSync(zipOf(out, "linux_arm64"))).toBe(false);
    expect(readFileSync(join(out, "release", SUMS)).equals(sums)).toBe(true);
  });

  it("merges the same form, replaces rebuilt platforms, and ignores zips it would not merge", async () => {
    await fakeExecutableRelease(["linux_amd64"]);
    // Rebuilding linux_amd64 as the script replaces the executable: nothing of the other form is kept.
    const replaced = await packageProvider({ form: "script", bundle: PROVIDER_BUNDLE, outDir: out, platforms: ["linux_amd64"] });
    expect(replaced.archives.map((a) => [a.platform, a.form])).toEqual([["linux_amd64", "script"]]);
    const merged = await packageProvider({ form: "script", bundle: PROVIDER_BUNDLE, outDir: out, platforms: ["darwin_arm64"] });
    expect(merged.archives.map((a) => [a.platform, a.form])).toEqual([
      ["darwin_arm64", "script"],
      ["linux_amd64", "script"],
    ]);
    // A zip of the other form that <version>.json does not list is not merged (reported as unlisted), so not refused.
    const other = join(root, "other");
    const file = join(root, "fake-executable");
    writeFileSync(file, "\x7fELF");
    await writeRelease({ hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION, outDir: other, executables: [{ platform: "linux_arm64", file }] });
    writeFileSync(zipOf(out, "linux_arm64"), readFileSync(zipOf(other, "linux_arm64")));
    const again = await packageProvider({ form: "script", bundle: PROVIDER_BUNDLE, outDir: out, platforms: ["darwin_arm64"] });
    expect(again.unlisted).toEqual([zipOf(out, "linux_arm64")]);
  });

  it("the tester's repro through the CLI: --json gives each archive's form, the second run is refused with its code", async () => {
    const script = await runCli(["provider", "package", "--script", "--out", out, "--bundle", PROVIDER_BUNDLE, "--json"], { env });
    expect(script.code).toBe(0);
    const json = JSON.parse(script.stdout) as { form: string; archives: { platform: string; form: string }[]; linuxRequirement: string | null };
    expect(json.form).toBe("script");
    expect(json.archives.length).toBeGreaterThan(0);
    for (const a of json.archives) expect(a.form).toBe("script");
    // The script needs node, not glibc: no requirement for its linux packages.
    expect(json.linuxRequirement).toBeNull();
    const executable = await runCli(["provider", "package", "--platform", "linux_amd64", "--out", out, "--bundle", PROVIDER_BUNDLE, "--json"], { env });
    expect(executable.code).not.toBe(0);
    expect(executable.stderr).toContain("C1TG_PACKAGE_FORM_MIXED");
    expect(executable.stderr).toMatch(/holds v0\.1\.0 of darwin_amd64, darwin_arm64, linux_arm64 as the script form .*another --out/);
    expect(readdirSync(cacheRoot)).toEqual([]);
  });
});
