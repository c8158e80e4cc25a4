import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { basename, isAbsolute, join } from "node:path";
import { absolutePath } from "../tfplugin/packaging/absolute-path";
import { buildSingleExecutable, type SeaBuildResult } from "../tfplugin/packaging/sea";
import { NODE_RUNTIMES } from "../tfplugin/packaging/node-runtime";
import { earlierPackages, executableName, writeRelease, type ReleaseArchive, type ReleaseResult } from "../tfplugin/packaging/release";
import { zipEntryStart } from "../tfplugin/packaging/zip-entry-start";
import { checkSigningKey, checkSigningWorks, type GpgSigningOptions, type SigningKeyInfo } from "../tfplugin/packaging/signature";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from "./address";
import { locateProviderBundle } from "./bundle";
import { ProviderBuildError } from "../tfplugin/packaging/errors";
import { judgeMadeLevel, requirePrivatePlace } from "../tfplugin/packaging/private-place";
import { PackageFormMixError, ScriptFormPlatformError } from "./errors";
import type { ProviderForm } from "./install";
import { firstMissingDirectory, makeDirectoryOr } from "../tfplugin/packaging/make-directory";
import { interruptible, removeOnInterrupt } from "../tfplugin/packaging/interruptible";
import { checkExecutableHost, detectHostLibc, LINUX_EXECUTABLE_REQUIREMENT, nodeLibcProbe, type LibcProbe } from "./host-libc";

/**
 * The c1twingate provider as self-contained executables: the bundle (dist/terraform-provider-c1twingate)
 * embedded with Node.js into one file per platform (src/tfplugin/packaging/sea.ts), so terraform
 * runs it where no `node` is installed.
 */
export const EXECUTABLE_PLATFORMS: readonly string[] = NODE_RUNTIMES.map((r) => r.platform);

export interface ProviderCaches {
  /** Downloaded Node runtimes. */
  runtimeCacheDir: string;
  /** Finished executables, keyed by their inputs. */
  buildCacheDir: string;
}

/**
 * `$C1TG_CACHE_DIR` (a relative one from the current directory), else `$XDG_CACHE_HOME/c1-twingate`
 * (when absolute: the XDG Base Directory spec says to ignore a relative one), else
 * `~/.cache/c1-twingate`; runtimes under `node-runtimes/`, executables under `executables/`, as
 * absolute paths. The repository's tests use `<repo>/.cache` (gitignored).
 */
export function providerCaches(env: NodeJS.ProcessEnv = process.env): ProviderCaches {
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined;
  // Each base made absolute before anything is joined to it: join would read a `..` in it textually.
  const root = env.C1TG_CACHE_DIR ? absolutePath(env.C1TG_CACHE_DIR) : join(absolutePath(xdg || join(absolutePath(env.HOME || homedir()), ".cache")), "c1-twingate");
  return { runtimeCacheDir: join(root, "node-runtimes"), buildCacheDir: join(root, "executables") };
}

export interface BuildExecutablesOptions {
  platforms: readonly string[];
  /** Directory to write `<os_arch>/terraform-provider-c1twingate_v<version>[.exe]` into. */
  outDir: string;
  /** The provider bundle; found next to the CLI when omitted. */
  bundle?: string;
  caches?: ProviderCaches;
  env?: NodeJS.ProcessEnv;
}

/** Builds the executables one after the other (each injection holds a few hundred MB). */
export async function buildProviderExecutables(options: BuildExecutablesOptions): Promise<SeaBuildResult[]> {
  // A --bundle that is not there is named as such, not as a bare ENOENT.
  const bundle = options.bundle !== undefined ? locateProviderBundle([options.bundle]) : locateProviderBundle();
  const caches = options.caches ?? providerCaches(options.env);
  const results: SeaBuildResult[] = [];
  for (const platform of options.platforms) {
    results.push(
      await buildSingleExecutable({
        script: bundle,
        platform,
        outFile: join(options.outDir, platform, executableName(PROVIDER_TYPE, PROVIDER_VERSION, platform)),
        runtimeCacheDir: caches.runtimeCacheDir,
        buildCacheDir: caches.buildCacheDir,
        ...(options.env ? { env: options.env } : {}),
      }),
    );
  }
  return results;
}

export interface PackageOptions extends Omit<BuildExecutablesOptions, "outDir"> {
  outDir: string;
  /**
   * `executable` (default): the self-contained executables. `script`: the bundle itself in every
   * platform's zip (Node >= 20 on the runner's PATH; not Windows), for runners the executables
   * cannot serve, such as Alpine (musl) ones fed from a network mirror.
   */
  form?: ProviderForm;
  sign?: GpgSigningOptions;
  /** How this host's C library is read (tests); see host-libc.ts. */
  libcProbe?: LibcProbe;
}

/** A zip of the release with the form of the provider it holds. */
export interface PackagedArchive extends ReleaseArchive {
  form: ProviderForm;
}

/**
 * The form of the provider in a package zip: the script starts with the bundle's `#!`, an
 * executable (ELF, Mach-O, PE) never does. Only the start of the zip's file is inflated.
 */
export function packageForm(zip: string): ProviderForm {
  return zipEntryStart(zip, 2).toString("latin1") === "#!" ? "script" : "executable";
}

/**
 * `c1-twingate provider package`: executables (or the script, form `script`), then zips, SHA256SUMS(.sig), manifest and the
 * network-mirror layout. Interruptible (interruptible.ts): a signal while it runs also removes the
 * directories this call made for --out (a new --out and its missing parents, or the executables'
 * directories inside an --out that was there, which keeps what it held).
 */
export async function packageProvider(given: PackageOptions): Promise<Omit<ReleaseResult, "archives"> & { archives: PackagedArchive[]; form: ProviderForm; executables: SeaBuildResult[]; signingKey?: SigningKeyInfo }> {
  // Absolute: the paths reported, and those given to build steps that run in other directories.
  const options = { ...given, outDir: absolutePath(given.outDir) };
  const form = options.form ?? "executable";
  const windows = form === "script" ? options.platforms.find((p) => p.startsWith("windows_")) : undefined;
  if (windows) throw new ScriptFormPlatformError(windows);
  // writeRelease merges an earlier run's packages into this one's: of the other form, runners of
  // those platforms would get a provider the mirror's users did not choose. Refused before any build.
  const address = { hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION, outDir: options.outDir };
  const earlier = earlierPackages(address, options.platforms).map((e) => ({ ...e, form: packageForm(e.file) }));
  const mixed = earlier.filter((e) => e.form !== form);
  if (mixed.length > 0) throw new PackageFormMixError(form, PROVIDER_VERSION, mixed);
  const earlierForms = new Map(earlier.map((e) => [e.platform, e.form]));
  const script = form === "script" ? (options.bundle !== undefined ? locateProviderBundle([options.bundle]) : locateProviderBundle()) : undefined;
  const signingKey = options.sign ? checkSigningKey(options.sign) : undefined;
  if (options.sign) checkSigningWorks(options.sign);
  // The build runs the official Node build of this host's platform (it makes the blob): on musl or
  // an old glibc it cannot, whatever platforms are asked for. Said before anything is downloaded.
  if (form === "executable") checkExecutableHost(detectHostLibc(options.libcProbe ?? nodeLibcProbe));
  // What this run creates is removed if it is interrupted: the first missing directory of --out
  // (its missing parents too), or, in an --out that was there, the executables' directories.
  const created = [firstMissingDirectory(options.outDir)];
  // Before any build: an --out that cannot be made is said as such, up front.
  // What is written there is read back, merged, signed and published: no one else may change it
  // meanwhile (private-file.ts), nor what an earlier run left in it. Its real path is used from here on.
  const outDir = requirePrivateOutput(options.outDir, address, form === "executable" ? options.platforms : []);
  makeDirectoryOr(outDir, (message, cause) => new ProviderBuildError(`${message}: pass --out a directory you can write`, { cause }), 0o755, judgeMadeLevel(options.outDir, OUTPUT_PLACE));
  // Judged again now that it exists: in a sticky parent (/tmp) someone else could make it between
  // the check and the mkdir, which takes a directory that is there (an outside tester did).
  requirePrivateOutput(outDir, address, form === "executable" ? options.platforms : []);
  return interruptible(async () => {
    if (created[0] === undefined && form === "executable") created.push(...options.platforms.map((p) => firstMissingDirectory(join(options.outDir, "executables", p))));
    const unregister = created.filter((d): d is string => d !== undefined).map((d) => removeOnInterrupt(d));
    try {
      const executables = script === undefined ? await buildProviderExecutables({ ...options, outDir: join(outDir, "executables") }) : [];
      const files = script === undefined ? executables.map((e) => ({ platform: e.platform, file: e.file })) : options.platforms.map((platform) => ({ platform, file: script }));
      const release = await writeRelease({ ...address, outDir, executables: files, ...(options.sign ? { sign: options.sign } : {}) });
      const archives = release.archives.map((a) => ({ ...a, form: earlierForms.get(a.platform) ?? form }));
      return { ...release, archives, form, executables, ...(signingKey === undefined ? {} : { signingKey }) };
    } finally {
      for (const undo of unregister) undo();
    }
  });
}

/**
 * The platforms among `platforms` whose executable this machine leaves unsigned: darwin_arm64 built
 * anywhere but on a Mac (Apple silicon runs no unsigned code; the injection dropped Node's own
 * signature, and only macOS's codesign can sign it ad hoc: docs/pipelines.md, "macOS signing").
 * Intel Macs run unsigned executables.
 */
export function unsignedOnThisMachine(platforms: readonly string[], hostPlatform: NodeJS.Platform = process.platform): string[] {
  return hostPlatform === "darwin" ? [] : platforms.filter((p) => p === "darwin_arm64");
}

/**
 * The platforms whose lock hash this machine's install gives as a Mac would: all but darwin ones
 * built off a Mac as executables (unsigned here, signed ad hoc by a Mac's own build: other bytes,
 * another h1:). The script form is the same file everywhere.
 */
export function lockableHere(form: "executable" | "script", platforms: readonly string[], hostPlatform: NodeJS.Platform = process.platform): string[] {
  return form === "executable" && hostPlatform !== "darwin" ? platforms.filter((p) => !p.startsWith("darwin_")) : [...platforms];
}

/** The warning the CLI prints for `unsignedOnThisMachine`'s platforms (none: no lines). */
export function unsignedWarning(platforms: readonly string[]): string[] {
  if (platforms.length === 0) return [];
  return [
    `Warning: the ${platforms.join(", ")} executable is unsigned (built on ${process.platform}): a Mac with Apple silicon kills it at start. Sign it on a Mac before publishing (codesign --sign - --force <file>; see "macOS signing" in docs/pipelines.md), then package again there.`,
    "",
  ];
}

/**
 * The warning the CLI prints for zips of this version that release/ holds and SHA256SUMS does not
 * list (writeRelease's `unlisted`; none: no lines). Uploading release/* would publish them unverified.
 */
export function unlistedWarning(unlisted: readonly string[]): string[] {
  if (unlisted.length === 0) return [];
  const prefix = `terraform-provider-${PROVIDER_TYPE}_${PROVIDER_VERSION}_`;
  const platforms = unlisted.map((f) => basename(f)).map((n) => (n.startsWith(prefix) && n.endsWith(".zip") ? n.slice(prefix.length, -".zip".length) : n));
  const one = unlisted.length === 1;
  return [
    `Warning: release/ holds ${one ? "a zip" : `${unlisted.length} zips`} of this version that SHA256SUMS does not list:`,
    ...unlisted.map((f) => `  ${f}`),
    `${PROVIDER_VERSION}.json in the mirror has no record of ${one ? "it" : "them"} (an earlier run's, with ${PROVIDER_VERSION}.json deleted since, or a file put there by hand), so there was nothing to check ${one ? "it" : "them"} against and ${one ? "it was" : "they were"} not merged into this release. Package ${platforms.join(", ")} again into this --out, or remove ${one ? "the file" : "those files"} before publishing release/: uploading release/* would publish ${one ? "a file" : "files"} that SHA256SUMS (and its signature) does not cover.`,
    "",
  ];
}

/**
 * What the linux executables among `archives` need on the machine that runs them (null: none
 * built). Said once by `provider package`, which builds for other machines: the requirement is
 * theirs, not this host's (whose own is checked before building: checkExecutableHost).
 */
export function linuxRuntimeRequirement(archives: readonly { platform: string; form: ProviderForm }[]): string | null {
  // A script package runs on the runner's node, whatever its C library.
  const linux = archives.filter((a) => a.form === "executable" && a.platform.startsWith("linux_")).map((a) => a.platform);
  return linux.length === 0 ? null : `the ${linux.join(", ")} executable${linux.length === 1 ? "" : "s"} need${linux.length === 1 ? "s" : ""} ${LINUX_EXECUTABLE_REQUIREMENT}`;
}

/** The note the CLI prints for `linuxRuntimeRequirement` (none: no lines). */
export function linuxRuntimeNote(archives: readonly { platform: string; form: ProviderForm }[]): string[] {
  const requirement = linuxRuntimeRequirement(archives);
  if (requirement === null) return [];
  return [
    `Note: ${requirement}. On Alpine/musl runners terraform fails with "fork/exec …: no such file or directory": install the script form there (apk add nodejs, then c1-twingate provider install --script) or run Terraform in a glibc-based image (see "The two forms of the provider" in docs/pipelines.md).`,
    "",
  ];
}

/** `--out` as a place no one else may write (private-place.ts). */
const OUTPUT_PLACE = {
  what: "the output directory (--out)",
  consequence: "A release written there could be changed, or another platform's package planted, before it is signed and published",
  ownPlaceFix: "Pass --out a directory of your own",
  unreadableFix: "Pass --out a directory you can write",
  looseFix: (root: string) => `Remove from ${root} what is not yours and make the rest writable by you only (chmod -R go-w), or pass a new --out`,
};

/**
 * The real path of `--out` when no one else could write it: the directory (if it exists), every
 * directory above it unless sticky, the directories an earlier run left in it (`release/`,
 * `mirror/…`, and for executables `executables/<platform>`) and the files in `release/` and the
 * mirror's provider directory, which the run merges and signs; else PlaceNotPrivateError.
 */
function requirePrivateOutput(given: string, address: { hostname: string; namespace: string; type: string }, platforms: readonly string[]): string {
  const providerDir = join("mirror", address.hostname, address.namespace, address.type);
  const dirs = ["release", "mirror", join("mirror", address.hostname), join("mirror", address.hostname, address.namespace), providerDir, "executables", ...platforms.map((p) => join("executables", p))];
  const filesIn = (root: string, d: string): string[] => (existsSync(join(root, d)) ? readdirSync(join(root, d)).map((name) => join(root, d, name)) : []);
  return requirePrivatePlace(
    given,
    OUTPUT_PLACE,
    (root) => [...dirs.map((d) => join(root, d)), ...filesIn(root, "release"), ...filesIn(root, providerDir)],
  );
}
