import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { impliedMirrorDirs, impliedMirrorOf } from "../../src/provider/implied-mirrors";

/**
 * Terraform's implied mirror directories, by its implicitProviderSource and go-userdirs (see
 * src/provider/implied-mirrors.ts); test/provider/implied-mirror.e2e.test.ts checks one with
 * terraform init itself.
 */

const dirs = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform = "linux", userHome = "/home/pw"): string[] => impliedMirrorDirs({ env, platform, userHome }).map((m) => m.dir);

describe("implied mirror directories on Linux (XDG)", () => {
  it("defaults: the CLI config dir, ~/.local/share, /usr/local/share, /usr/share", () => {
    expect(dirs({ HOME: "/home/u" })).toEqual(["/home/u/.terraform.d/plugins", "/home/u/.local/share/terraform/plugins", "/usr/local/share/terraform/plugins", "/usr/share/terraform/plugins"]);
  });

  it("XDG_DATA_HOME set replaces ~/.local/share; empty or relative is ignored", () => {
    expect(dirs({ HOME: "/home/u", XDG_DATA_HOME: "/data/" })[1]).toBe("/data/terraform/plugins");
    expect(dirs({ HOME: "/home/u", XDG_DATA_HOME: "" })[1]).toBe("/home/u/.local/share/terraform/plugins");
    expect(dirs({ HOME: "/home/u", XDG_DATA_HOME: "rel/data" })[1]).toBe("/home/u/.local/share/terraform/plugins");
  });

  it("XDG_DATA_DIRS set replaces both defaults, relative entries dropped; empty is unset; none absolute leaves none", () => {
    expect(dirs({ HOME: "/h", XDG_DATA_DIRS: "/a:rel:/b/" }).slice(2)).toEqual(["/a/terraform/plugins", "/b/terraform/plugins"]);
    expect(dirs({ HOME: "/h", XDG_DATA_DIRS: "" }).slice(2)).toEqual(["/usr/local/share/terraform/plugins", "/usr/share/terraform/plugins"]);
    expect(dirs({ HOME: "/h", XDG_DATA_DIRS: "rel:also/rel" }).slice(2)).toEqual([]);
    expect(dirs({ HOME: "/h", XDG_DATA_DIRS: "::" }).slice(2)).toEqual([]);
  });

  it("HOME unset or empty: the account's home for both; relative HOME: the CLI config dir keeps it, XDG takes the account's", () => {
    expect(dirs({}).slice(0, 2)).toEqual(["/home/pw/.terraform.d/plugins", "/home/pw/.local/share/terraform/plugins"]);
    expect(dirs({ HOME: "" }).slice(0, 2)).toEqual(["/home/pw/.terraform.d/plugins", "/home/pw/.local/share/terraform/plugins"]);
    expect(dirs({ HOME: "rel" }).slice(0, 2)).toEqual(["rel/.terraform.d/plugins", "/home/pw/.local/share/terraform/plugins"]);
    // No usable home at all: go-userdirs falls back to "/".
    expect(dirs({ HOME: "rel" }, "linux", "")[1]).toBe("/.local/share/terraform/plugins");
  });

  it("other Unixes follow XDG too", () => {
    expect(dirs({ HOME: "/h" }, "freebsd")).toEqual(dirs({ HOME: "/h" }, "linux"));
  });

  it("never the legacy <os>_<arch> subdirectory (not read for providers)", () => {
    expect(dirs({ HOME: "/h" }).some((d) => /_(amd64|arm64)$/.test(d))).toBe(false);
  });
});

describe("implied mirror directories on macOS and Windows", () => {
  it("macOS: the CLI config dir and Application Support, the user's and the system's; XDG ignored", () => {
    expect(dirs({ HOME: "/Users/u", XDG_DATA_HOME: "/x", XDG_DATA_DIRS: "/y" }, "darwin")).toEqual([
      "/Users/u/.terraform.d/plugins",
      "/Users/u/Library/Application Support/io.terraform/plugins",
      "/Library/Application Support/io.terraform/plugins",
    ]);
  });

  it("Windows: %APPDATA%\\terraform.d\\plugins and %APPDATA%\\HashiCorp\\Terraform\\plugins; HOME ignored", () => {
    expect(dirs({ HOME: "C:\\Users\\u", APPDATA: "C:\\Users\\u\\AppData\\Roaming" }, "win32")).toEqual([
      "C:\\Users\\u\\AppData\\Roaming\\terraform.d\\plugins",
      "C:\\Users\\u\\AppData\\Roaming\\HashiCorp\\Terraform\\plugins",
    ]);
  });

  it("Windows, APPDATA unset: both under %USERPROFILE%\\AppData\\Roaming, then the profile folder's; HOME never", () => {
    expect(impliedMirrorDirs({ env: { HOME: "C:\\h", USERPROFILE: "C:\\Users\\p", LOCALAPPDATA: "C:\\L" }, platform: "win32", userHome: "C:\\Users\\pw" })).toEqual([
      { dir: "C:\\Users\\p\\AppData\\Roaming\\terraform.d\\plugins", origin: "%USERPROFILE%\\AppData\\Roaming\\terraform.d\\plugins" },
      { dir: "C:\\Users\\p\\AppData\\Roaming\\HashiCorp\\Terraform\\plugins", origin: "%USERPROFILE%\\AppData\\Roaming\\HashiCorp\\Terraform\\plugins" },
    ]);
    expect(dirs({ HOME: "C:\\h" }, "win32", "C:\\Users\\pw")).toEqual(["C:\\Users\\pw\\AppData\\Roaming\\terraform.d\\plugins", "C:\\Users\\pw\\AppData\\Roaming\\HashiCorp\\Terraform\\plugins"]);
  });

  it("Windows, roaming AppData unknown: no CLI config dir; go-userdirs falls back to the local folder, then c:\\", () => {
    expect(dirs({ HOME: "C:\\h", LOCALAPPDATA: "C:\\L" }, "win32", "")).toEqual(["C:\\L\\HashiCorp\\Terraform\\plugins"]);
    expect(dirs({ HOME: "C:\\h" }, "win32", "")).toEqual(["c:\\HashiCorp\\Terraform\\plugins"]);
  });
});

describe("impliedMirrorOf", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "c1tg-implied-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("matches by resolved path: trailing slash, `..`, relative to cwd; names the origin", () => {
    const env = { HOME: join(root, "home"), XDG_DATA_HOME: join(root, "data") };
    expect(impliedMirrorOf(join(root, "data", "terraform", "plugins") + "/", { env, platform: "linux" })?.origin).toBe("$XDG_DATA_HOME/terraform/plugins");
    expect(impliedMirrorOf(join(root, "home", "x", "..", ".terraform.d", "plugins"), { env, platform: "linux" })?.origin).toBe("$HOME/.terraform.d/plugins");
    expect(impliedMirrorOf("data/terraform/plugins", { env, platform: "linux", cwd: root })?.origin).toBe("$XDG_DATA_HOME/terraform/plugins");
  });

  it("does not match other dirs, the <os>_<arch> subdir, nor the XDG dirs with a relative XDG_DATA_HOME", () => {
    const env = { HOME: join(root, "home"), XDG_DATA_HOME: "data" };
    expect(impliedMirrorOf(join(root, "mirror"), { env, platform: "linux" })).toBeUndefined();
    expect(impliedMirrorOf(join(root, "home", ".terraform.d", "plugins", "linux_amd64"), { env, platform: "linux" })).toBeUndefined();
    expect(impliedMirrorOf(join(root, "data", "terraform", "plugins"), { env, platform: "linux", cwd: root })).toBeUndefined();
  });

  it("a relative HOME is never matched (terraform reads it from where it runs)", () => {
    expect(impliedMirrorOf(join(root, "home", ".terraform.d", "plugins"), { env: { HOME: "home" }, platform: "linux", cwd: root, userHome: "/nowhere" })).toBeUndefined();
  });

  it("follows symlinks where both exist", () => {
    const real = join(root, "real", "plugins");
    mkdirSync(real, { recursive: true });
    mkdirSync(join(root, "data"));
    symlinkSync(join(root, "real"), join(root, "data", "terraform"));
    expect(impliedMirrorOf(real, { env: { HOME: join(root, "home"), XDG_DATA_HOME: join(root, "data") }, platform: "linux" })?.origin).toBe("$XDG_DATA_HOME/terraform/plugins");
  });
});
