import { ScriptFormPlatformError } from "./errors";
import { existsSync, readdirSync, readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { absolutePath } from "../tfplugin/packaging/absolute-path";
import { cliConfigPluginsDir, unknownCliConfigDirReason } from "../tfplugin/packaging/terraform-dirs";
import { currentPlatform, installProvider, packageHashV1OfFiles, ProviderInstallError } from "../tfplugin";
import { executableName, zipSingleFile } from "../tfplugin/packaging/release";
import { MIRROR_PLATFORMS, PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_SOURCE, PROVIDER_TYPE, PROVIDER_VERSION } from "./address";
import { locateProviderBundle } from "./bundle";
import { buildProviderExecutables, providerCaches, type ProviderCaches } from "./executables";
import { makeDirectoryOr } from "../tfplugin/packaging/make-directory";
import { judgeMadeLevel, requirePrivatePlace } from "../tfplugin/packaging/private-place";
import { replaceFileAtomically } from "../tfplugin/packaging/atomic-replace";
import { interruptible, withDirectory } from "../tfplugin/packaging/interruptible";
import { checkExecutableHost, detectHostLibc, nodeLibcProbe, type LibcProbe } from "./host-libc";

export { bundleCandidates, locateProviderBundle } from "./bundle";

/**
 * Installing the c1twingate provider where `terraform init` finds it: Terraform's implied local
 * mirror (`$HOME/.terraform.d/plugins`, Windows `%APPDATA%\terraform.d\plugins`), a filesystem mirror dir, or a configuration's own
 * `terraform.d/plugins` (vendoring for remote runs), under our `.invalid` source address.
 *
 * Two interchangeable forms, same address, version and behaviour:
 * - `executable` (default): one self-contained file per platform with Node.js inside; runs where
 *   no `node` is installed. Built on first use from the bundle and the official Node binary of
 *   the platform (downloaded with npm, cached).
 * - `script`: the bundle itself (`#!/usr/bin/env node`, Node ≥ 20 on PATH), the same bytes for
 *   every platform; small and instant to install, what this package's own tests use.
 * The forms have different `h1:` hashes; a lock file may list both (Terraform accepts a package
 * matching any hash recorded for its platform).
 */
export type ProviderForm = "executable" | "script";

export interface InstallOptions {
  form?: ProviderForm;
  /** The bundle (script form, and the program inside executables); found next to the CLI when omitted. */
  bundle?: string;
  /** A filesystem mirror dir; default Terraform's implied mirror `$HOME/.terraform.d/plugins` (Windows `%APPDATA%\terraform.d\plugins`). */
  mirrorDir?: string;
  /** os_arch list; default: this machine's (executable) or the four common Unix ones (script). */
  platforms?: readonly string[];
  /** Write the packed layout (`<host>/<ns>/<type>/terraform-provider-<type>_<version>_<os_arch>.zip`) instead of unpacked dirs. */
  packed?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Whose Terraform directories the default mirror follows (default: this machine's). */
  hostPlatform?: NodeJS.Platform;
  /** The account's home from the user database (default: this account's), for the default mirror when HOME (Windows: APPDATA, USERPROFILE) is unset. */
  userHome?: string;
  caches?: ProviderCaches;
  /** How this host's C library is found (the executable form needs glibc on Linux); Node's report and /lib by default. */
  libcProbe?: LibcProbe;
}

export interface InstalledPackage {
  platform: string;
  /** The package dir (unpacked) or zip (packed). */
  path: string;
  /** The executable file (unpacked layout only). */
  executable?: string;
  /** `h1:` lock hash of this platform's package. */
  hash: string;
  /**
   * The package of this version and platform in the other layout (a zip when this one is unpacked,
   * the unpacked dir when this one is a zip), removed: left beside it, Terraform would take either.
   */
  replaced?: string;
  /**
   * True when this install overwrote a package of this version and platform, in the same layout,
   * whose bytes differ (the other form, or another build): it has another lock hash, so a lock file
   * that records only the earlier one refuses this one until it is locked again.
   */
  overwroteDifferent?: boolean;
}

export interface InstallResult {
  form: ProviderForm;
  source: string;
  version: string;
  mirrorDir: string;
  bundle: string;
  packages: InstalledPackage[];
}

/** The platforms the script form fills: the common ones, plus this machine's if it is another Unix. */
export function mirrorPlatforms(): string[] {
  const here = currentPlatform();
  return MIRROR_PLATFORMS.includes(here) || here.startsWith("windows_") ? [...MIRROR_PLATFORMS] : [...MIRROR_PLATFORMS, here];
}

export async function installC1twingateProvider(options: InstallOptions = {}): Promise<InstallResult> {
  const env = options.env ?? process.env;
  const form = options.form ?? "executable";
  // A given --bundle is checked as the one found next to the CLI is: a missing or wrong file is named.
  const bundle = options.bundle !== undefined ? locateProviderBundle([options.bundle]) : locateProviderBundle();
  const givenMirror = absolutePath(options.mirrorDir ?? defaultMirrorDir(env, options.hostPlatform, options.userHome));
  // Terraform runs what it finds in the mirror: no one else may write it, nor the provider's
  // directories an earlier install left there (private-file.ts). Its real path is used from here on.
  // Named as the user gave it: the default mirror when no --mirror was passed.
  const place = options.mirrorDir === undefined ? DEFAULT_MIRROR_PLACE : MIRROR_PLACE;
  const mirrorDir = requirePrivateMirror(givenMirror, place);
  const platforms = options.platforms ?? (form === "script" ? mirrorPlatforms() : [currentPlatform()]);
  const windows = form === "script" ? platforms.find((p) => p.startsWith("windows_")) : undefined;
  if (windows) throw new ScriptFormPlatformError(windows);
  // Building runs the pinned Node's glibc build on this host, and the default platform is this
  // host's: on musl or an old glibc both fail (terraform: "fork/exec …: no such file or directory").
  if (form === "executable") checkExecutableHost(detectHostLibc(options.libcProbe ?? nodeLibcProbe));
  makeDirectoryOr(mirrorDir, (message, cause) => new ProviderInstallError(`${message}: pass --mirror a directory you can write`, { cause }), 0o755, judgeMadeLevel(givenMirror, place));
  // Judged again now that it exists: in a sticky parent (/tmp) someone else could make it between
  // the check and the mkdir, which takes a directory that is there (an outside tester did).
  requirePrivateMirror(mirrorDir, place);
  // Interruptible (interruptible.ts): a signal while it builds also removes this temp dir.
  return interruptible(() => {
    const tmp = mkdtempSync(join(tmpdir(), "c1tg-install-"));
    return withDirectory(tmp, async () => {
      const files =
        form === "script"
          ? platforms.map((platform) => ({ platform, file: bundle }))
          : await buildProviderExecutables({ platforms, outDir: tmp, bundle, caches: options.caches ?? providerCaches(env), env });
      const packages: InstalledPackage[] = [];
      for (const { platform, file } of files) {
        const name = executableName(PROVIDER_TYPE, PROVIDER_VERSION, platform);
        const replaced = removeOtherLayout(mirrorDir, platform, options.packed ?? false);
        const providerDir = join(mirrorDir, PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE);
        if (options.packed) {
          const bytes = readFileSync(file);
          makeDirectoryOr(providerDir, (message, cause) => new ProviderInstallError(`${message}: pass --mirror a directory you can write`, { cause }), 0o755);
          const zipPath = join(providerDir, `terraform-provider-${PROVIDER_TYPE}_${PROVIDER_VERSION}_${platform}.zip`);
          const zip = await zipSingleFile(bytes, name);
          // Renamed into place (atomic-replace.ts): terraform init never reads half a zip; the same zip already there is left alone.
          const { overwroteDifferent } = replaceFileAtomically(zipPath, zip, { stagingDir: providerDir, mode: 0o644 });
          packages.push({ platform, path: zipPath, hash: packageHashV1OfFiles([{ path: name, bytes }]), ...(replaced ? { replaced } : {}), ...(overwroteDifferent ? { overwroteDifferent } : {}) });
        } else {
          // The hash is of the bytes installed here, not read back from the mirror (another install may be replacing that file).
          const installed = installProvider({ file, hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION, platforms: [platform], mirrorDir, executableName: name });
          for (const pkg of installed.packages)
            packages.push({ platform, path: pkg.dir, executable: pkg.executable, hash: installed.hash, ...(replaced ? { replaced } : {}), ...(pkg.overwroteDifferent ? { overwroteDifferent: true } : {}) });
        }
      }
      return { form, source: PROVIDER_SOURCE, version: PROVIDER_VERSION, mirrorDir, bundle, packages };
    });
  });
}

/** Terraform's implied mirror in its CLI config dir (terraform-dirs.ts); an error asking for --mirror when that dir is unknown. */
export function defaultMirrorDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, userHome?: string): string {
  const found = cliConfigPluginsDir({ env, platform, ...(userHome !== undefined ? { userHome } : {}) });
  if (!found) throw new ProviderInstallError(`${unknownCliConfigDirReason(platform)}: pass --mirror <dir>`);
  return found.dir;
}

/**
 * Removes this version's package for `platform` in the layout not being written: a filesystem
 * mirror may hold a provider version both unpacked and packed, and Terraform installs whichever
 * it finds, so a script left unpacked would still be used after `--packed` installed the
 * executable (and fail on a runner without node). Returns what was removed.
 */
function removeOtherLayout(mirrorDir: string, platform: string, packed: boolean): string | undefined {
  const providerDir = join(mirrorDir, PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE);
  const other = packed ? join(providerDir, PROVIDER_VERSION, platform) : join(providerDir, `terraform-provider-${PROVIDER_TYPE}_${PROVIDER_VERSION}_${platform}.zip`);
  if (!existsSync(other)) return undefined;
  rmSync(other, { recursive: true, force: true });
  // An unpacked version dir left with no platform in it goes too.
  const versionDir = join(providerDir, PROVIDER_VERSION);
  if (packed && existsSync(versionDir) && readdirSync(versionDir).length === 0) rmSync(versionDir, { recursive: true, force: true });
  return other;
}

/** The `required_providers` entry to paste into a configuration. */
export function requiredProvidersBlock(version: string = PROVIDER_VERSION): string {
  return [
    "terraform {",
    "  required_providers {",
    "    c1twingate = {",
    `      source  = "${PROVIDER_SOURCE}"`,
    `      version = "${version}"`,
    "    }",
    "  }",
    "}",
    "",
  ].join("\n");
}

/** The CLI config a filesystem mirror other than the implied one needs (TF_CLI_CONFIG_FILE). */
export function mirrorCliConfig(mirrorDir: string): string {
  return providerInstallation("filesystem_mirror", "path", resolve(mirrorDir));
}

/** The CLI config for a provider network mirror served at `url` (HTTPS; Terraform refuses plain HTTP). */
export function networkMirrorCliConfig(url: string): string {
  return providerInstallation("network_mirror", "url", url.endsWith("/") ? url : `${url}/`);
}

/** Our provider from one mirror, every other provider as usual. */
function providerInstallation(kind: "filesystem_mirror" | "network_mirror", key: "path" | "url", location: string): string {
  const include = `["${PROVIDER_HOSTNAME}/*/*"]`;
  return ["provider_installation {", `  ${kind} {`, `    ${key.padEnd(7)} = ${JSON.stringify(location)}`, `    include = ${include}`, "  }", "  direct {", `    exclude = ${include}`, "  }", "}", ""].join("\n");
}

/** `--mirror` as a place no one else may write (private-place.ts): Terraform runs what it finds there. */
const MIRROR_PLACE = {
  what: "the mirror directory (--mirror)",
  consequence: "A provider installed there could be replaced before Terraform runs it",
  ownPlaceFix: "Pass --mirror a directory of your own",
  unreadableFix: "Pass --mirror a directory you can write",
  looseFix: (_root: string, loose: string) => `Remove ${loose} and install again, or pass another --mirror`,
};

/** The same for the default mirror (no --mirror given), which the message names as such. */
const DEFAULT_MIRROR_PLACE = { ...MIRROR_PLACE, what: "the default mirror directory (no --mirror was given)" };

/** The real path of the mirror `given` when no one else could write it or the provider's directories in it; else PlaceNotPrivateError. */
function requirePrivateMirror(given: string, place: typeof MIRROR_PLACE): string {
  const parts = [PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION];
  return requirePrivatePlace(
    given,
    place,
    (root) => parts.map((_, i) => join(root, ...parts.slice(0, i + 1))),
  );
}
