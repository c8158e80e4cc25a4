import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ProviderBundleNotFoundError, ScriptFormPlatformError } from "../../src/provider/errors";
import { defaultMirrorDir, installC1twingateProvider, locateProviderBundle, requiredProvidersBlock } from "../../src/provider/install";
import { lockableHere, providerCaches, unsignedOnThisMachine, unsignedWarning } from "../../src/provider/executables";
import { packageHashV1 } from "../../src/tfplugin";
import { runCli } from "../helpers/cli";
import { PROVIDER_BUNDLE } from "./provider-bundle";

describe("installing the c1twingate provider", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "c1tg-install-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("script form: places the same file under every common platform, with one h1 hash", async () => {
    const result = await installC1twingateProvider({ form: "script", bundle: PROVIDER_BUNDLE, mirrorDir: join(root, "mirror") });
    expect(result.source).toBe("c1twingate.invalid/local/c1twingate");
    expect(result.packages.map((p) => p.platform)).toEqual(expect.arrayContaining(["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64"]));
    const original = readFileSync(PROVIDER_BUNDLE);
    for (const p of result.packages) {
      expect(p.executable).toBe(join(root, "mirror", "c1twingate.invalid/local/c1twingate/0.1.0", p.platform, "terraform-provider-c1twingate_v0.1.0"));
      expect(readFileSync(p.executable ?? "").equals(original)).toBe(true);
      expect(statSync(p.executable ?? "").mode & 0o111).toBe(0o111);
      expect(packageHashV1(p.path)).toBe(p.hash);
      expect(p.hash).toBe(result.packages[0]?.hash);
    }
  });

  it("refuses the script form for Windows, naming the form that runs there, and installs nothing", async () => {
    const mirrorDir = join(root, "mirror");
    const attempt = installC1twingateProvider({ form: "script", bundle: PROVIDER_BUNDLE, mirrorDir, platforms: ["linux_amd64", "windows_amd64"] });
    await expect(attempt).rejects.toThrow(ScriptFormPlatformError);
    await expect(attempt).rejects.toThrow(/does not run on windows_amd64.*leave out --script/);
    expect(() => statSync(mirrorDir)).toThrow();
  });

  it("one layout replaces the other for the same version and platform (Terraform would take either), and says so", async () => {
    const mirrorDir = join(root, "mirror");
    const provider = join(mirrorDir, "c1twingate.invalid/local/c1twingate");
    const unpacked = join(provider, "0.1.0", "linux_amd64");
    const zip = join(provider, "terraform-provider-c1twingate_0.1.0_linux_amd64.zip");
    const install = (packed: boolean) => installC1twingateProvider({ form: "script", bundle: PROVIDER_BUNDLE, mirrorDir, platforms: ["linux_amd64", "darwin_arm64"], packed });

    const first = await install(false);
    expect(first.packages.every((p) => p.replaced === undefined)).toBe(true);
    const packed = await install(true);
    expect(packed.packages.find((p) => p.platform === "linux_amd64")?.replaced).toBe(unpacked);
    expect(existsSync(join(provider, "0.1.0"))).toBe(false); // no platform left in it
    expect(existsSync(zip)).toBe(true);

    const again = await install(false);
    expect(again.packages.find((p) => p.platform === "linux_amd64")?.replaced).toBe(zip);
    expect(existsSync(zip)).toBe(false);
    expect(existsSync(join(unpacked, "terraform-provider-c1twingate_v0.1.0"))).toBe(true);

    // The CLI says what it replaced.
    const cli = await runCli(["provider", "install", "--script", "--packed", "--mirror", mirrorDir, "--platform", "linux_amd64"]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/replaced the unpacked copy of this version for linux_amd64 \(.*0\.1\.0\/linux_amd64\)/);
  });

  it("says when it overwrote a different package of the same version and layout (another lock hash), and not when it wrote the same bytes again", async () => {
    const mirrorDir = join(root, "mirror");
    const other = join(root, "other-build");
    writeFileSync(other, readFileSync(PROVIDER_BUNDLE, "utf8").replace("\n", "\n// another build\n"));
    for (const packed of [false, true]) {
      const install = (bundle: string) => installC1twingateProvider({ form: "script", bundle, mirrorDir, platforms: ["linux_amd64"], packed });
      await install(PROVIDER_BUNDLE);
      expect((await install(PROVIDER_BUNDLE)).packages[0]?.overwroteDifferent).toBeUndefined();
      const changed = await install(other);
      expect(changed.packages[0]?.overwroteDifferent).toBe(true);
      expect((await install(other)).packages[0]?.overwroteDifferent).toBeUndefined();
    }
    const cli = await runCli(["provider", "install", "--script", "--packed", "--mirror", mirrorDir, "--platform", "linux_amd64", "--bundle", PROVIDER_BUNDLE]);
    expect(cli.stdout).toMatch(/overwrote a different linux_amd64 package of this version .*lock again/);
  });

  it("refuses a --bundle that is not a c1twingate provider bundle, before installing or building anything", async () => {
    const cases: [string, RegExp][] = [
      ['console.log("pwned")\n', /evil\.js is not a c1twingate provider bundle: it does not start with a #! line that runs node/],
      ["#!/usr/bin/env node\nconsole.log(1)\n", /evil\.js is not a c1twingate provider bundle: it does not name the c1twingate provider/],
    ];
    const evil = join(root, "evil.js");
    for (const [text, message] of cases) {
      writeFileSync(evil, text);
      for (const form of ["script", "executable"]) {
        const run = await runCli(["provider", "install", ...(form === "script" ? ["--script"] : []), "--bundle", evil, "--mirror", join(root, "m")], { env: { HOME: root } });
        expect({ form, code: run.code }).toEqual({ form, code: 1 });
        expect(run.stderr).toMatch(message);
        expect(run.stderr).toContain("C1TG_PROVIDER_BUNDLE_INVALID");
      }
      const pack = await runCli(["provider", "package", "--script", "--bundle", evil, "--out", join(root, "out")], { env: { HOME: root } });
      expect(pack.stderr).toMatch(message);
    }
    expect(existsSync(join(root, "m"))).toBe(false);
  });

  it("refuses a damaged bundle: CRLF line ends, a lazy module that does not decode, is cut short or is missing", async () => {
    const good = readFileSync(PROVIDER_BUNDLE, "utf8");
    const at = good.indexOf("@lazy-module main zlib ") + 80;
    const servedAt = good.indexOf("@lazy-module serve sha256=") + 200;
    const end = good.lastIndexOf("*/");
    const cases: [string, string, RegExp][] = [
      ["crlf.js", good.replace(/\n/g, "\r\n"), /its #! line ends with a carriage return/],
      ["flipped.js", `${good.slice(0, at)}${good[at] === "A" ? "B" : "A"}${good.slice(at + 1)}`, /a lazy module in it cannot be decoded|is not valid JavaScript/],
      ["cut.js", `${good.slice(0, end - 200)}${good.slice(end)}`, /a lazy module in it cannot be decoded/],
      ["edited.js", `${good}// edited by hand\n`, /it carries none of its lazy modules \(serve, main, engine\) at its end: it was cut short or changed after it was built/],
      // The one module read before the handshake rides uncompressed, with its SHA-256 instead of zlib's Adler-32.
      ["serve-flipped.js", `${good.slice(0, servedAt)}${good[servedAt] === "A" ? "B" : "A"}${good.slice(servedAt + 1)}`, /a lazy module in it cannot be decoded \(lazy module "serve" is damaged/],
      ["no-engine.js", good.slice(0, good.lastIndexOf("/*@lazy-module engine ")), /it carries no lazy module "engine" at its end/],
    ];
    for (const [name, text, message] of cases) {
      writeFileSync(join(root, name), text);
      const run = await runCli(["provider", "install", "--script", "--bundle", join(root, name), "--mirror", join(root, "m")], { env: { HOME: root } });
      expect({ name, code: run.code }).toEqual({ name, code: 1 });
      expect(run.stderr).toMatch(message);
    }
    expect(existsSync(join(root, "m"))).toBe(false);
    // The bundle as built passes, trailing whitespace included.
    writeFileSync(join(root, "spaced.js"), `${good}\n\n  \n`);
    expect((await runCli(["provider", "install", "--script", "--bundle", join(root, "spaced.js"), "--mirror", join(root, "ok")], { env: { HOME: root } })).code).toBe(0);
  });

  it("names the executables this machine leaves unsigned: darwin_arm64 built anywhere but on a Mac", () => {
    const all = ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"];
    expect(unsignedOnThisMachine(all, "linux")).toEqual(["darwin_arm64"]);
    expect(unsignedOnThisMachine(all, "win32")).toEqual(["darwin_arm64"]);
    expect(unsignedOnThisMachine(all, "darwin")).toEqual([]);
    expect(unsignedOnThisMachine(["linux_amd64"], "linux")).toEqual([]);
    expect(unsignedWarning([])).toEqual([]);
    expect(unsignedWarning(["darwin_arm64"]).join("\n")).toMatch(/darwin_arm64 executable is unsigned .*Apple silicon kills it at start.*codesign --sign - --force/);
  });

  it("leaves darwin executables built off a Mac out of the lock command it prints (a Mac's own build is signed: another h1:)", () => {
    const all = ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"];
    expect(lockableHere("executable", all, "linux")).toEqual(["linux_amd64", "linux_arm64", "windows_amd64"]);
    expect(lockableHere("executable", all, "darwin")).toEqual(all);
    expect(lockableHere("script", all, "linux")).toEqual(all);
  });

  it("says which directory it cannot create or which bundle is missing, instead of hanging or a bare ENOENT", async () => {
    // Under /proc/1, Node 20's recursive mkdirSync never returns: these would hang without make-directory.ts.
    const install = await runCli(["provider", "install", "--script", "--mirror", "/proc/1/c1tg-mirror"]);
    expect(install.code).toBe(1);
    expect(install.stderr).toMatch(/\[TFPLUGIN_INSTALL\] cannot create \/proc\/1\/c1tg-mirror \(ENOENT.*\): pass --mirror a directory you can write/);
    const out = await runCli(["provider", "package", "--out", "/proc/1/c1tg-out", "--platform", "linux_amd64"]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/\[TFPLUGIN_BUILD\] cannot create \/proc\/1\/c1tg-out .*pass --out a directory you can write/);
    const bundle = await runCli(["provider", "package", "--out", join(root, "out"), "--platform", "linux_amd64", "--bundle", join(root, "no-such-bundle")]);
    expect(bundle.code).toBe(1);
    expect(bundle.stderr).toMatch(/\[C1TG_PROVIDER_BUNDLE_MISSING\] the provider bundle was not found \(looked in .*no-such-bundle\)/);
  });

  it("keeps runtimes and executables in absolute directories: a relative C1TG_CACHE_DIR from the current one, a relative XDG_CACHE_HOME ignored", () => {
    expect(providerCaches({ C1TG_CACHE_DIR: "ci/cache", HOME: "/h" })).toEqual({ runtimeCacheDir: resolve("ci/cache/node-runtimes"), buildCacheDir: resolve("ci/cache/executables") });
    expect(providerCaches({ XDG_CACHE_HOME: "/x", HOME: "/h" })).toEqual({ runtimeCacheDir: "/x/c1-twingate/node-runtimes", buildCacheDir: "/x/c1-twingate/executables" });
    expect(providerCaches({ XDG_CACHE_HOME: "x", HOME: "/h" }).runtimeCacheDir).toBe("/h/.cache/c1-twingate/node-runtimes");
    // A `..` after a symbolic link in HOME or XDG_CACHE_HOME is read as the OS reads it (beside the link's target).
    mkdirSync(join(root, "real", "deep"), { recursive: true });
    symlinkSync(join(root, "real", "deep"), join(root, "lnk"));
    expect(providerCaches({ HOME: `${root}/lnk/../h` }).buildCacheDir).toBe(join(realpathSync(root), "real", "h", ".cache", "c1-twingate", "executables"));
    expect(providerCaches({ XDG_CACHE_HOME: `${root}/lnk/../x`, HOME: "/h" }).buildCacheDir).toBe(join(realpathSync(root), "real", "x", "c1-twingate", "executables"));
  });

  it("refuses a --platform with no executable, or given twice, as a usage error before building anything", async () => {
    const cases: [string[], RegExp][] = [
      [["provider", "install", "--platform", "foo_bar", "--mirror", join(root, "m")], /--platform foo_bar: executables exist for linux_amd64, .*--script/],
      [["provider", "install", "--platform", "linux_amd64", "--platform", "linux_amd64", "--mirror", join(root, "m")], /--platform linux_amd64 is given twice/],
      [["provider", "install", "--script", "--platform", "darwin_arm64", "--platform", "darwin_arm64", "--mirror", join(root, "m")], /--platform darwin_arm64 is given twice/],
      [["provider", "install", "--script", "--platform", "windows_amd64", "--mirror", join(root, "m")], /--platform windows_amd64: the script form does not run on Windows.*leave out --script/],
      // No executable either: no advice that sends the user back to --script.
      [["provider", "install", "--script", "--platform", "windows_arm64", "--mirror", join(root, "m")], /--platform windows_arm64: the script form does not run on Windows \(a #! script\); executables exist for linux_amd64, /],
      [["provider", "install", "--platform", "windows_arm64", "--mirror", join(root, "m")], /--platform windows_arm64: executables exist for .*\(the script form does not run on Windows either\)/],
      [["provider", "package", "--out", join(root, "out"), "--platform", "linux_arm64", "--platform", "linux_arm64"], /--platform linux_arm64 is given twice/],
      [["provider", "package", "--out", join(root, "out"), "--platform", "foo_bar"], /--platform foo_bar: executables exist for linux_amd64, .*--script/],
      [["provider", "package", "--script", "--out", join(root, "out"), "--platform", "windows_amd64"], /--platform windows_amd64: the script form does not run on Windows.*leave out --script/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { env: { HOME: root } });
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).toMatch(message);
    }
    expect(existsSync(join(root, "m"))).toBe(false);
    expect(existsSync(join(root, "out"))).toBe(false);
    // The script form runs wherever Node does: any os_arch.
    const freebsd = await runCli(["provider", "install", "--script", "--platform", "freebsd_amd64", "--mirror", join(root, "m"), "--json"], { env: { HOME: root } });
    expect(freebsd.code).toBe(0);
    expect((JSON.parse(freebsd.stdout) as { platforms: string[] }).platforms).toEqual(["freebsd_amd64"]);
  });

  it("defaults to Terraform's implied mirror under $HOME", async () => {
    const result = await installC1twingateProvider({ form: "script", bundle: PROVIDER_BUNDLE, env: { HOME: root } });
    expect(result.mirrorDir).toBe(join(root, ".terraform.d", "plugins"));
  });

  it("on Windows defaults to %APPDATA%\\terraform.d\\plugins (USERPROFILE's roaming folder when APPDATA is unset), never HOME", () => {
    expect(defaultMirrorDir({ APPDATA: "D:\\Roam", HOME: "C:\\h", USERPROFILE: "C:\\Users\\p" }, "win32", "C:\\Users\\pw")).toBe("D:\\Roam\\terraform.d\\plugins");
    expect(defaultMirrorDir({ HOME: "C:\\h", USERPROFILE: "C:\\Users\\p" }, "win32", "C:\\Users\\pw")).toBe("C:\\Users\\p\\AppData\\Roaming\\terraform.d\\plugins");
    expect(defaultMirrorDir({ HOME: "/h", USERPROFILE: "C:\\Users\\p" }, "linux", "/home/pw")).toBe("/h/.terraform.d/plugins");
    expect(defaultMirrorDir({ USERPROFILE: "/p" }, "darwin", "/Users/pw")).toBe("/Users/pw/.terraform.d/plugins");
  });

  it("refuses to guess a default mirror when Terraform's CLI config dir is unknown, and installs nothing", async () => {
    const install = installC1twingateProvider({ form: "script", bundle: PROVIDER_BUNDLE, env: { HOME: root }, hostPlatform: "win32", userHome: "" });
    await expect(install).rejects.toMatchObject({ code: "TFPLUGIN_INSTALL", message: expect.stringMatching(/APPDATA and USERPROFILE are unset.*pass --mirror <dir>/) });
    expect(existsSync(join(root, ".terraform.d"))).toBe(false);
  });

  it("says where it looked and how to build when the bundle is missing", () => {
    const missing = join(root, "nope", "terraform-provider-c1twingate");
    expect(() => locateProviderBundle([missing])).toThrow(ProviderBundleNotFoundError);
    expect(() => locateProviderBundle([missing])).toThrow(/looked in .*nope.*npm run build/);
  });

  it("prints the required_providers block for the .invalid source", () => {
    expect(requiredProvidersBlock("0.1.0")).toContain('source  = "c1twingate.invalid/local/c1twingate"');
  });

  it("c1-twingate provider install --script finds the bundle next to dist/cli.js and prints the block and lock hash", async () => {
    const run = await runCli(["provider", "install", "--script"], { env: { HOME: root } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const hash = packageHashV1(join(root, ".terraform.d/plugins/c1twingate.invalid/local/c1twingate/0.1.0/linux_amd64"));
    expect(run.stdout).toContain(`lock hash: ${hash}`);
    expect(run.stdout).toContain('source  = "c1twingate.invalid/local/c1twingate"');
    const mirror = await runCli(["provider", "install", "--script", "--mirror", join(root, "m"), "--json"], { env: { HOME: root } });
    const json = JSON.parse(mirror.stdout) as { hash: string; platforms: string[] };
    expect(json.hash).toBe(hash);
    expect(json.platforms).toContain("darwin_arm64");
    // `hash` is this machine's platform's, whichever platforms are installed and in what order.
    const others = await runCli(["provider", "install", "--script", "--mirror", join(root, "m2"), "--platform", "darwin_arm64", "--json"], { env: { HOME: root } });
    expect((JSON.parse(others.stdout) as { hash: string | null }).hash).toBeNull();
  });
});
