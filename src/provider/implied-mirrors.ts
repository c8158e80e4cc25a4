import { realpathSync } from "node:fs";
import { posix, win32 } from "node:path";
import { accountHome, cliConfigPluginsDir, localAppDataDir, roamingAppDataDir, type TerraformDirsContext } from "../tfplugin/packaging/terraform-dirs";

/**
 * Terraform's implied local mirror directories: with no provider_installation block in the CLI
 * config, terraform init searches each of them that exists (then the registry). Checked against
 * terraform 1.11's provider_source.go (implicitProviderSource), internal/command/cliconfig
 * (config_unix.go, config_windows.go) and the library it takes platform dirs from,
 * github.com/apparentlymart/go-userdirs (ForApp("Terraform", "HashiCorp", "io.terraform")):
 *
 * - `terraform.d/plugins` in the directory terraform runs in: not listed here, as that directory
 *   is not known when installing (`provider install` judges a `…/terraform.d/plugins` on its own).
 * - The CLI config dir's `plugins` (terraform-dirs.ts): `$HOME/.terraform.d/plugins` (HOME as set,
 *   relative or not; when unset or empty, the passwd home); Windows the roaming AppData folder
 *   (CSIDL_APPDATA, estimated from `%APPDATA%`) + `terraform.d\plugins`. Not its
 *   `<os>_<arch>` subdirectory: Terraform reads that only for legacy provisioner and credentials
 *   helper plugins, never for providers.
 * - Platform data dirs + `plugins`. XDG (Linux and the other Unixes): `$XDG_DATA_HOME/terraform`,
 *   default `~/.local/share/terraform`, then each `$XDG_DATA_DIRS` entry + `terraform`, default
 *   `/usr/local/share` and `/usr/share`. go-userdirs ignores a relative XDG_DATA_HOME (default
 *   used) and drops relative XDG_DATA_DIRS entries (when none is left: no entry, not the default);
 *   an empty value counts as unset. Its `~` is HOME only when absolute, else the passwd home, else
 *   `/`. macOS: `~/Library/Application Support/io.terraform` and `/Library/Application
 *   Support/io.terraform`. Windows: the roaming AppData known folder + `HashiCorp\Terraform`
 *   (when that is unknown the local one, then `c:\`).
 */
export interface ImpliedMirror {
  /** The directory, as Terraform builds it (relative only when HOME is). */
  dir: string;
  /** Where Terraform takes it from, for messages: `$XDG_DATA_HOME/terraform/plugins`, … */
  origin: string;
}

export type ImpliedMirrorContext = TerraformDirsContext;

export function impliedMirrorDirs(context: ImpliedMirrorContext = {}): ImpliedMirror[] {
  const env = context.env ?? process.env;
  const platform = context.platform ?? process.platform;
  const userHome = context.userHome ?? accountHome();
  const here = { env, platform, userHome };
  const dirs: ImpliedMirror[] = [];
  const cliPlugins = cliConfigPluginsDir(here);
  if (cliPlugins) dirs.push({ dir: cliPlugins.dir, origin: cliPlugins.origin });
  if (platform === "win32") {
    // go-userdirs: the roaming folder, else the local one, else c:\ (both known folders failing).
    const base = roamingAppDataDir(here) ?? localAppDataDir(here) ?? { dir: "c:\\", origin: "c:" };
    dirs.push({ dir: win32.join(base.dir, "HashiCorp", "Terraform", "plugins"), origin: `${base.origin}\\HashiCorp\\Terraform\\plugins` });
    return dirs;
  }
  const { join, isAbsolute } = posix;
  // go-userdirs' home: HOME only when absolute.
  const home = env.HOME && isAbsolute(env.HOME) ? env.HOME : isAbsolute(userHome) ? userHome : "/";
  if (platform === "darwin") {
    dirs.push({ dir: join(home, "Library", "Application Support", "io.terraform", "plugins"), origin: "~/Library/Application Support/io.terraform/plugins" });
    dirs.push({ dir: "/Library/Application Support/io.terraform/plugins", origin: "/Library/Application Support/io.terraform/plugins" });
    return dirs;
  }
  const dataHome = env.XDG_DATA_HOME;
  if (dataHome && isAbsolute(dataHome)) dirs.push({ dir: join(dataHome, "terraform", "plugins"), origin: "$XDG_DATA_HOME/terraform/plugins" });
  else dirs.push({ dir: join(home, ".local", "share", "terraform", "plugins"), origin: `~/.local/share/terraform/plugins (XDG_DATA_HOME ${dataHome ? "relative, so ignored" : "unset"})` });
  const dataDirs = env.XDG_DATA_DIRS;
  if (dataDirs) {
    for (const entry of dataDirs.split(":")) if (isAbsolute(entry)) dirs.push({ dir: join(entry, "terraform", "plugins"), origin: `$XDG_DATA_DIRS entry ${entry} + terraform/plugins` });
  } else {
    for (const entry of ["/usr/local/share", "/usr/share"]) dirs.push({ dir: join(entry, "terraform", "plugins"), origin: `${entry}/terraform/plugins (XDG_DATA_DIRS unset)` });
  }
  return dirs;
}

/** The implied mirror `dir` is, by resolved path (symlinks followed where both exist), if any; relative dirs are read from `cwd`. */
export function impliedMirrorOf(dir: string, context: ImpliedMirrorContext & { cwd?: string } = {}): ImpliedMirror | undefined {
  const platform = context.platform ?? process.platform;
  const path = platform === "win32" ? win32 : posix;
  const cwd = context.cwd ?? process.cwd();
  const canonical = (p: string): string => {
    const absolute = path.resolve(cwd, p);
    let real = absolute;
    try {
      real = realpathSync.native(absolute);
    } catch {
      // does not exist (yet): compared as written
    }
    // Windows paths compare case-insensitively.
    return platform === "win32" ? real.toLowerCase() : real;
  };
  const target = canonical(dir);
  // A relative HOME is read from the directory terraform runs in, unknown here: not matched.
  return impliedMirrorDirs(context).find((m) => path.isAbsolute(m.dir) && canonical(m.dir) === target);
}
