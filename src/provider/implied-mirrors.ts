import { readFileSync, realpathSync } from "node:fs";
import { posix, win32 } from "node:path";
import { packageHashV1, packageHashV1OfZip } from "../tfplugin/packaging/package-hash";
import { packagesIn } from "./mirror-packages";
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

/** A directory as compared with another: absolute from `cwd`, symlinks followed where it exists, case-folded on Windows. */
function canonicalDir(context: { platform?: NodeJS.Platform; cwd?: string }): (dir: string) => string {
  const platform = context.platform ?? process.platform;
  const path = platform === "win32" ? win32 : posix;
  const cwd = context.cwd ?? process.cwd();
  return (dir) => {
    const absolute = path.resolve(cwd, dir);
    let real = absolute;
    try {
      real = realpathSync.native(absolute);
    } catch {
      // does not exist (yet): compared as written
    }
    // Windows paths compare case-insensitively.
    return platform === "win32" ? real.toLowerCase() : real;
  };
}

/** The implied mirror `dir` is, by resolved path (symlinks followed where both exist), if any; relative dirs are read from `cwd`. */
export function impliedMirrorOf(dir: string, context: ImpliedMirrorContext & { cwd?: string } = {}): ImpliedMirror | undefined {
  const path = (context.platform ?? process.platform) === "win32" ? win32 : posix;
  const canonical = canonicalDir(context);
  const target = canonical(dir);
  // A relative HOME is read from the directory terraform runs in, unknown here: not matched.
  return impliedMirrorDirs(context).find((m) => path.isAbsolute(m.dir) && canonical(m.dir) === target);
}

/** A copy of the provider version in a mirror Terraform searches before the install's (an implied one, or an earlier filesystem_mirror of the block). */
export interface ShadowingCopy {
  /** The implied mirror holding it, and where Terraform takes that from. */
  dir: string;
  origin: string;
  /** The package: its unpacked directory or its zip. */
  path: string;
  /** Its `h1:` (what terraform init records); null when it cannot be read. */
  hash: string | null;
  /** Its h1: is the install's: init takes the same bytes. */
  sameBytes: boolean;
  /** Another copy in the install's own mirror, under names of other letter case that sort first. */
  inInstallDir?: true;
  /** Set when it is a filesystem_mirror listed before the install's in this CLI config file's provider_installation block (not an implied mirror). */
  cliConfig?: string;
}

export interface ShadowingContext extends ImpliedMirrorContext {
  /** The directory terraform runs in (its `terraform.d/plugins` is searched first). */
  cwd?: string;
}

/**
 * The copy of `version` for `osArch` that terraform init, run in `cwd` with no provider_installation
 * block, takes instead of the one just installed into `installDir`. Terraform asks the implied
 * mirrors that exist in order and takes the package from the first that has this version for
 * this platform (provider_source.go implicitProviderSource; multi_source.go PackageMeta). Undefined
 * when `installDir` is not among them or none before it has the version. `installedPackage` (the
 * package dir or zip just installed) is never another copy, whatever its bytes read as now: a
 * concurrent install may have replaced it since.
 */
export function shadowingCopy(installDir: string, osArch: string, version: string, installedHash: string, context: ShadowingContext = {}, installedPackage?: string): ShadowingCopy | undefined {
  const platform = context.platform ?? process.platform;
  const path = platform === "win32" ? win32 : posix;
  const cwd = context.cwd ?? process.cwd();
  const canonical = canonicalDir(context);
  const target = canonical(installDir);
  const searched: ImpliedMirror[] = [{ dir: path.join(cwd, "terraform.d", "plugins"), origin: "terraform.d/plugins in the directory terraform runs in" }, ...impliedMirrorDirs(context)];
  const at = searched.findIndex((m) => canonical(m.dir) === target);
  if (at < 0) return undefined;
  for (const mirror of searched.slice(0, at)) {
    const copy = mirrorPackage(mirror.dir, osArch, version, { platform, cwd });
    if (copy && isInstalledPackage(copy.path, installedPackage)) return undefined;
    if (copy) return { dir: mirror.dir, origin: mirror.origin, path: copy.path, hash: copy.hash, sameBytes: copy.hash === installedHash };
  }
  // The install's own mirror: a copy under names of other letter case (`Local/`) sorts first there.
  const own = searched[at]!;
  const first = mirrorPackage(own.dir, osArch, version, { platform, cwd });
  if (first && !isInstalledPackage(first.path, installedPackage) && first.hash !== installedHash) return { dir: own.dir, origin: own.origin, path: first.path, hash: first.hash, sameBytes: false, inInstallDir: true };
  return undefined;
}

/**
 * The package of our provider's `version` for `osArch` that terraform init takes from the
 * filesystem mirror `dir` (the first its walk meets: packagesIn), with its `h1:` (null when it
 * cannot be read); undefined when it has none. A relative `dir` is read from `cwd`.
 */
export function mirrorPackage(dir: string, osArch: string, version: string, context: { platform?: NodeJS.Platform; cwd?: string } = {}): { path: string; hash: string | null } | undefined {
  const path = (context.platform ?? process.platform) === "win32" ? win32 : posix;
  const found = packagesIn(path.resolve(context.cwd ?? process.cwd(), dir), version, osArch)[0];
  if (found === undefined) return undefined;
  return { path: found, hash: orNull(() => (found.endsWith(".zip") ? packageHashV1OfZip(readFileSync(found)) : packageHashV1(found))) };
}

/** Whether `found` is the package just installed (`installed`), by resolved path: the same directory or zip, whatever letter case or symlinks name it. */
export function isInstalledPackage(found: string, installed: string | undefined): boolean {
  if (installed === undefined) return false;
  const real = (p: string): string => orNull(() => realpathSync.native(p)) ?? p;
  return real(found) === real(installed);
}

function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

