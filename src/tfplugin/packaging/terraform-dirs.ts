import { userInfo } from "node:os";
import { posix, win32 } from "node:path";

/**
 * Terraform's per-OS directories: its CLI config file and directory, and the implied mirror in
 * that directory. The one place these are computed (install defaults, the CLI config reader, the
 * implied-mirror list, help text). Checked against terraform 1.11, internal/command/cliconfig:
 *
 * - Every OS but Windows (config_unix.go, build tag `!windows`: macOS included): the home is
 *   `$HOME` when non-empty (as set, even relative), else the account's home from the user
 *   database; file `<home>/.terraformrc`, directory `<home>/.terraform.d`.
 * - Windows (config_windows.go): the home is SHGetFolderPathW(CSIDL_APPDATA), the roaming
 *   AppData folder, never HOME or USERPROFILE; file `<AppData>\terraform.rc` (no dot, `.rc`),
 *   directory `<AppData>\terraform.d`. When the call fails, Terraform has no default file and
 *   skips the directory.
 * - Everywhere (cliconfig.go): `TF_CLI_CONFIG_FILE`, else `TERRAFORM_CONFIG`, names the one file
 *   read, and the directory's `*.tfrc`/`*.tfrc.json` are then not read.
 *
 * Node cannot call the known-folder API, so the roaming AppData folder is estimated from what
 * Windows derives from it at logon: `%APPDATA%`; when that is unset (a cleared environment),
 * the folder's default place, `%USERPROFILE%\AppData\Roaming`, then the account's profile folder
 * + `AppData\Roaming`. Only absolute values count (the folder always is). None: unknown.
 */
export interface TerraformDirsContext {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** The account's home from the user database (Go's user.Current().HomeDir; on Windows the profile folder). */
  userHome?: string;
}

/** A directory and how it was found, for messages (`%APPDATA%\terraform.d`, …). */
export interface FoundDir {
  dir: string;
  /** The directory in the terms it was found by: `$HOME/.terraform.d`, `%APPDATA%\terraform.d`, … */
  origin: string;
}

export function accountHome(): string {
  try {
    return userInfo().homedir;
  } catch {
    return "";
  }
}

interface Resolved {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  userHome: string;
}

function resolved(context: TerraformDirsContext): Resolved {
  return { env: context.env ?? process.env, platform: context.platform ?? process.platform, userHome: context.userHome ?? accountHome() };
}

/** One AppData folder of the account, estimated from its variable, then USERPROFILE, then the profile folder (see above). */
function appDataFolder(c: Resolved, variable: "APPDATA" | "LOCALAPPDATA", leaf: "Roaming" | "Local"): FoundDir | undefined {
  const { join, isAbsolute } = win32;
  const own = c.env[variable];
  if (own && isAbsolute(own)) return { dir: own, origin: `%${variable}%` };
  const profile = c.env.USERPROFILE;
  if (profile && isAbsolute(profile)) return { dir: join(profile, "AppData", leaf), origin: `%USERPROFILE%\\AppData\\${leaf}` };
  if (c.userHome && isAbsolute(c.userHome)) return { dir: join(c.userHome, "AppData", leaf), origin: `${c.userHome}\\AppData\\${leaf}` };
  return undefined;
}

/** The roaming AppData folder (CSIDL_APPDATA, FOLDERID_RoamingAppData) as estimated on Windows. */
export function roamingAppDataDir(context: TerraformDirsContext = {}): FoundDir | undefined {
  return appDataFolder(resolved(context), "APPDATA", "Roaming");
}

/** The local AppData folder (FOLDERID_LocalAppData) as estimated on Windows. */
export function localAppDataDir(context: TerraformDirsContext = {}): FoundDir | undefined {
  return appDataFolder(resolved(context), "LOCALAPPDATA", "Local");
}

/** The folder Terraform's CLI config file and directory are in: HOME (Unix, macOS) or roaming AppData (Windows). */
function cliConfigHome(c: Resolved): FoundDir | undefined {
  if (c.platform === "win32") return appDataFolder(c, "APPDATA", "Roaming");
  if (c.env.HOME) return { dir: c.env.HOME, origin: "$HOME" };
  return c.userHome ? { dir: c.userHome, origin: "$HOME" } : undefined;
}

function under(c: Resolved, base: FoundDir | undefined, ...parts: string[]): FoundDir | undefined {
  if (!base) return undefined;
  const windows = c.platform === "win32";
  const path = windows ? win32 : posix;
  return { dir: path.join(base.dir, ...parts), origin: [base.origin, ...parts].join(windows ? "\\" : "/") };
}

/** Terraform's CLI config directory (`*.tfrc` files, `plugins`): `$HOME/.terraform.d`, Windows `%APPDATA%\terraform.d`. */
export function cliConfigDir(context: TerraformDirsContext = {}): FoundDir | undefined {
  const c = resolved(context);
  return under(c, cliConfigHome(c), c.platform === "win32" ? "terraform.d" : ".terraform.d");
}

/** Terraform's default CLI config file: `$HOME/.terraformrc`, Windows `%APPDATA%\terraform.rc`. */
export function cliConfigFile(context: TerraformDirsContext = {}): FoundDir | undefined {
  const c = resolved(context);
  return under(c, cliConfigHome(c), c.platform === "win32" ? "terraform.rc" : ".terraformrc");
}

/** The implied local mirror in the CLI config directory: `$HOME/.terraform.d/plugins`, Windows `%APPDATA%\terraform.d\plugins`. */
export function cliConfigPluginsDir(context: TerraformDirsContext = {}): FoundDir | undefined {
  const c = resolved(context);
  return under(c, cliConfigDir(context), "plugins");
}

/** The file TF_CLI_CONFIG_FILE (or the older TERRAFORM_CONFIG) names, on every OS; empty counts as unset. */
export function cliConfigOverride(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TF_CLI_CONFIG_FILE || env.TERRAFORM_CONFIG || undefined;
}

/** How docs and help name these places on `platform`, whatever this environment holds. */
export function terraformDirLabels(platform: NodeJS.Platform = process.platform): { configFile: string; configDir: string; pluginsDir: string } {
  return platform === "win32"
    ? { configFile: "%APPDATA%\\terraform.rc", configDir: "%APPDATA%\\terraform.d", pluginsDir: "%APPDATA%\\terraform.d\\plugins" }
    : { configFile: "$HOME/.terraformrc", configDir: "$HOME/.terraform.d", pluginsDir: "$HOME/.terraform.d/plugins" };
}

/** Why cliConfigDir found nothing, with what to do: for an error asking for an explicit directory. */
export function unknownCliConfigDirReason(platform: NodeJS.Platform = process.platform): string {
  return platform === "win32"
    ? "cannot tell where Terraform's CLI config directory (%APPDATA%\\terraform.d) is: APPDATA and USERPROFILE are unset and the account's profile folder is unknown"
    : "cannot tell where Terraform's CLI config directory ($HOME/.terraform.d) is: HOME is unset and the account has no home directory";
}
