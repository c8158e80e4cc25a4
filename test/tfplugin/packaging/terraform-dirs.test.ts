import { cliConfigDir, cliConfigFile, cliConfigOverride, cliConfigPluginsDir, terraformDirLabels, type TerraformDirsContext } from "../../../src/tfplugin/packaging/terraform-dirs";

/**
 * Terraform's CLI config file and directory per OS, by terraform 1.11's
 * internal/command/cliconfig (config_unix.go for every OS but Windows, config_windows.go with
 * CSIDL_APPDATA), the known folder estimated from APPDATA, then USERPROFILE, then the profile.
 */

const dir = (context: TerraformDirsContext): string | undefined => cliConfigDir(context)?.dir;
const file = (context: TerraformDirsContext): string | undefined => cliConfigFile(context)?.dir;

describe("Terraform's CLI config paths on Windows", () => {
  const win = (env: NodeJS.ProcessEnv, userHome = "C:\\Users\\pw"): TerraformDirsContext => ({ env, platform: "win32", userHome });

  it("APPDATA set: %APPDATA%\\terraform.rc and %APPDATA%\\terraform.d (no dot), whatever HOME and USERPROFILE say", () => {
    const context = win({ APPDATA: "D:\\Roam", HOME: "C:\\Users\\h", USERPROFILE: "C:\\Users\\p" });
    expect(file(context)).toBe("D:\\Roam\\terraform.rc");
    expect(dir(context)).toBe("D:\\Roam\\terraform.d");
    expect(cliConfigPluginsDir(context)).toEqual({ dir: "D:\\Roam\\terraform.d\\plugins", origin: "%APPDATA%\\terraform.d\\plugins" });
  });

  it("APPDATA unset, empty or relative: %USERPROFILE%\\AppData\\Roaming, the folder's default place", () => {
    for (const APPDATA of [undefined, "", "Roam"]) {
      const context = win({ ...(APPDATA !== undefined ? { APPDATA } : {}), USERPROFILE: "C:\\Users\\p", HOME: "C:\\Users\\h" });
      expect(file(context)).toBe("C:\\Users\\p\\AppData\\Roaming\\terraform.rc");
      expect(cliConfigPluginsDir(context)).toEqual({ dir: "C:\\Users\\p\\AppData\\Roaming\\terraform.d\\plugins", origin: "%USERPROFILE%\\AppData\\Roaming\\terraform.d\\plugins" });
    }
  });

  it("APPDATA and USERPROFILE unset: the account's profile folder + AppData\\Roaming; HOME never", () => {
    expect(dir(win({ HOME: "C:\\Users\\h" }))).toBe("C:\\Users\\pw\\AppData\\Roaming\\terraform.d");
  });

  it("nothing known: no file, no directory (Terraform then reads neither)", () => {
    const context = win({ HOME: "C:\\Users\\h" }, "");
    expect(file(context)).toBeUndefined();
    expect(dir(context)).toBeUndefined();
    expect(cliConfigPluginsDir(context)).toBeUndefined();
  });
});

describe("Terraform's CLI config paths on Unix and macOS (config_unix.go)", () => {
  it.each(["linux", "darwin", "freebsd"] as const)("%s: $HOME/.terraformrc and $HOME/.terraform.d; APPDATA ignored", (platform) => {
    const context: TerraformDirsContext = { env: { HOME: "/home/u", APPDATA: "/x", USERPROFILE: "/y" }, platform, userHome: "/home/pw" };
    expect(file(context)).toBe("/home/u/.terraformrc");
    expect(dir(context)).toBe("/home/u/.terraform.d");
    expect(cliConfigPluginsDir(context)).toEqual({ dir: "/home/u/.terraform.d/plugins", origin: "$HOME/.terraform.d/plugins" });
  });

  it("HOME unset or empty: the account's home, never USERPROFILE; relative HOME kept as it is", () => {
    expect(dir({ env: { USERPROFILE: "/y" }, platform: "linux", userHome: "/home/pw" })).toBe("/home/pw/.terraform.d");
    expect(dir({ env: { HOME: "" }, platform: "darwin", userHome: "/Users/pw" })).toBe("/Users/pw/.terraform.d");
    expect(file({ env: { HOME: "rel" }, platform: "linux", userHome: "/home/pw" })).toBe("rel/.terraformrc");
    expect(dir({ env: {}, platform: "linux", userHome: "" })).toBeUndefined();
  });
});

describe("TF_CLI_CONFIG_FILE and TERRAFORM_CONFIG (cliconfig.go, every OS)", () => {
  it("TF_CLI_CONFIG_FILE first, then TERRAFORM_CONFIG; empty counts as unset", () => {
    expect(cliConfigOverride({ TF_CLI_CONFIG_FILE: "a", TERRAFORM_CONFIG: "b" })).toBe("a");
    expect(cliConfigOverride({ TF_CLI_CONFIG_FILE: "", TERRAFORM_CONFIG: "b" })).toBe("b");
    expect(cliConfigOverride({ TF_CLI_CONFIG_FILE: "", TERRAFORM_CONFIG: "" })).toBeUndefined();
  });
});

it("labels the places in each OS's terms", () => {
  expect(terraformDirLabels("win32")).toEqual({ configFile: "%APPDATA%\\terraform.rc", configDir: "%APPDATA%\\terraform.d", pluginsDir: "%APPDATA%\\terraform.d\\plugins" });
  expect(terraformDirLabels("darwin")).toEqual(terraformDirLabels("linux"));
  expect(terraformDirLabels("linux").pluginsDir).toBe("$HOME/.terraform.d/plugins");
});
