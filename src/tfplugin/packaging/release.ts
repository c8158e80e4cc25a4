import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { ProviderBuildError } from "./errors";
import { packageHashV1OfFiles, packageHashZip } from "./package-hash";
import { signDetached, type GpgSigningOptions } from "./signature";
import { makeDirectoryOr } from "./make-directory";
import { sha256OfFile } from "./cache-digest";

/**
 * What teams publish for a provider (the layout of Terraform's registry releases and of the
 * provider network mirror protocol, developer.hashicorp.com/terraform/internals/provider-network-mirror-protocol):
 *
 *   <out>/release/terraform-provider-<type>_<version>_<os>_<arch>.zip     one per platform
 *   <out>/release/terraform-provider-<type>_<version>_SHA256SUMS          sha256 of every zip and the manifest
 *   <out>/release/terraform-provider-<type>_<version>_SHA256SUMS.sig      optional detached OpenPGP signature
 *   <out>/release/terraform-provider-<type>_<version>_manifest.json       {"version":1,"metadata":{"protocol_versions":["6.0"]}}
 *   <out>/mirror/<host>/<namespace>/<type>/index.json                     {"versions":{"<version>":{}}} (merged with earlier versions)
 *   <out>/mirror/<host>/<namespace>/<type>/<version>.json                 {"archives":{"<os_arch>":{"url":"<zip>","hashes":["h1:…","zh:…"]}}}
 *   <out>/mirror/<host>/<namespace>/<type>/<zip>                          the same zips, next to the JSON that names them
 *
 * The mirror directory is served as-is by any static HTTPS server (network_mirror) and also works
 * as a filesystem_mirror (packed layout). Zips hold one executable with mode 0755, a fixed
 * timestamp and deflate from Node's zlib: the same executable and Node.js give the same zip.
 */
export interface ReleaseExecutable {
  /** Terraform os_arch. */
  platform: string;
  file: string;
}

export interface ReleaseOptions {
  hostname: string;
  namespace: string;
  type: string;
  version: string;
  executables: readonly ReleaseExecutable[];
  outDir: string;
  /** Plugin protocol versions for the manifest (default ["6.0"]). */
  protocolVersions?: readonly string[];
  /** Sign SHA256SUMS with gpg (detached, binary, as Terraform registries expect). */
  sign?: GpgSigningOptions;
}

export interface ReleaseArchive {
  platform: string;
  /** Path of the zip under release/. */
  file: string;
  /** Name of the zip (also its URL relative to <version>.json). */
  name: string;
  /** Name of the executable inside. */
  executableName: string;
  h1: string;
  zh: string;
}

export interface ReleaseResult {
  releaseDir: string;
  mirrorDir: string;
  archives: ReleaseArchive[];
  sha256sums: string;
  manifest: string;
  signature?: string;
  /**
   * The detached signature an earlier run left beside SHA256SUMS, removed because this unsigned
   * run rewrote SHA256SUMS (it would no longer verify); absent when there was none or this run signed.
   */
  removedSignature?: string;
  /**
   * Zips of this version in release/ (paths, sorted) that SHA256SUMS does not list: an earlier run's
   * for platforms `<version>.json` has no record of (it was deleted, or they were put there by hand),
   * so there was nothing to check them against and they were not merged. Left in place (they are
   * the user's files), but publishing release/* would publish them unverified. Zips of other
   * versions are not counted: their own SHA256SUMS covers them.
   */
  unlisted: string[];
}

const MTIME = new Date(1980, 0, 1, 0, 0, 0); // local time: yazl writes DOS time from local fields, so every time zone writes the same bytes

/** The executable's name inside the package, as Terraform looks it up (`terraform-provider-<type>_v<version>[.exe]`). */
export function executableName(type: string, version: string, platform: string): string {
  return `terraform-provider-${type}_v${version}${platform.startsWith("windows_") ? ".exe" : ""}`;
}

/** A zip with one file at its root, mode 0755, deterministic bytes. */
export async function zipSingleFile(bytes: Buffer, name: string): Promise<Buffer> {
  const yazl = require("yazl") as typeof import("yazl");
  const zip = new yazl.ZipFile();
  zip.addBuffer(bytes, name, { mtime: MTIME, mode: 0o100755, compress: true, forceDosTimestamp: true });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
  });
  zip.end();
  return done;
}

/** Writes the release artifacts and the network-mirror layout; returns the hashes a lock file will hold. */
export async function writeRelease(options: ReleaseOptions): Promise<ReleaseResult> {
  const { type, version } = options;
  if (options.executables.length === 0) throw new ProviderBuildError("no executables to release: build at least one platform");
  const seen = new Set<string>();
  for (const e of options.executables) {
    if (!/^[a-z0-9]+_[a-z0-9]+$/.test(e.platform)) throw new ProviderBuildError(`invalid platform "${e.platform}": use Terraform's os_arch form such as linux_amd64`);
    if (seen.has(e.platform)) throw new ProviderBuildError(`platform ${e.platform} given twice`);
    seen.add(e.platform);
    if (!existsSync(e.file)) throw new ProviderBuildError(`the ${e.platform} executable ${e.file} does not exist: build it first`);
  }
  const prefix = `terraform-provider-${type}_${version}`;
  const releaseDir = join(options.outDir, "release");
  const mirrorDir = join(options.outDir, "mirror");
  const providerDir = join(mirrorDir, options.hostname, options.namespace, type);
  // 0755 whatever the umask: what is published from here must be what this run wrote.
  for (const dir of [releaseDir, providerDir]) makeDirectoryOr(dir, (message, cause) => new ProviderBuildError(`${message}: pass --out a directory you can write`, { cause }), 0o755);

  const archives: ReleaseArchive[] = [];
  for (const e of [...options.executables].sort((a, b) => (a.platform < b.platform ? -1 : 1))) {
    const inner = executableName(type, version, e.platform);
    const bytes = readFileSync(e.file);
    const zip = await zipSingleFile(bytes, inner);
    const name = `${prefix}_${e.platform}.zip`;
    const file = join(releaseDir, name);
    writeFileSync(file, zip, { mode: 0o644 });
    copyFileSync(file, join(providerDir, name));
    archives.push({ platform: e.platform, file, name, executableName: inner, h1: packageHashV1OfFiles([{ path: inner, bytes }]), zh: packageHashZip(zip) });
  }

  // A release built in several runs (e.g. the darwin packages on a macOS runner) keeps what the
  // earlier runs wrote into this --out for the platforms this run did not build.
  const versionFile = join(providerDir, `${version}.json`);
  const built = new Set(archives.map((a) => a.platform));
  for (const earlier of earlierArchives(versionFile, releaseDir, type, version, built)) {
    // The mirror serves the zip release/ holds, just checked against its recorded zh: hash; a
    // mirror copy changed or swapped since would be served under hashes it does not have.
    copyFileSync(earlier.file, join(providerDir, earlier.name));
    archives.push(earlier);
  }
  archives.sort((a, b) => (a.platform < b.platform ? -1 : 1));
  // A mirror zip of this version that <version>.json will no longer list (its release/ zip was deleted) goes too.
  const listed = new Set(archives.map((a) => a.name));
  const ofThisVersion = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}_[a-z0-9]+_[a-z0-9]+\\.zip$`);
  for (const name of readdirSync(providerDir)) if (ofThisVersion.test(name) && !listed.has(name)) rmSync(join(providerDir, name), { force: true });
  const unlisted = readdirSync(releaseDir)
    .filter((name) => ofThisVersion.test(name) && !listed.has(name))
    .sort()
    .map((name) => join(releaseDir, name));

  const manifestName = `${prefix}_manifest.json`;
  const manifest = join(releaseDir, manifestName);
  writeFileSync(manifest, `${JSON.stringify({ version: 1, metadata: { protocol_versions: options.protocolVersions ?? ["6.0"] } }, null, 2)}\n`, { mode: 0o644 });
  const sums = [...archives.map((a) => ({ name: a.name, file: a.file })), { name: manifestName, file: manifest }]
    .map(({ name, file }) => `${sha256OfFile(file)}  ${name}\n`)
    .join("");
  const sha256sums = join(releaseDir, `${prefix}_SHA256SUMS`);
  // An earlier run's signature covers the SHA256SUMS it wrote, not this one: a registry serving it
  // would serve a bad signature. It goes (with its public key) before SHA256SUMS is rewritten, so
  // no failure after this point (gpg's included) can leave it beside the new one; this run signs
  // again or reports it removed. Sign in the last run into an --out.
  const staleSignature = `${sha256sums}.sig`;
  const hadSignature = existsSync(staleSignature);
  rmSync(staleSignature, { force: true });
  rmSync(join(releaseDir, "signing-key.asc"), { force: true });
  writeFileSync(sha256sums, sums, { mode: 0o644 });
  const signature = options.sign ? signDetached(sha256sums, options.sign) : undefined;
  const removedSignature = hadSignature && !signature ? staleSignature : undefined;

  writeFileSync(
    versionFile,
    `${JSON.stringify({ archives: Object.fromEntries(archives.map((a) => [a.platform, { url: a.name, hashes: [a.h1, a.zh] }])) }, null, 2)}\n`,
    { mode: 0o644 },
  );
  writeFileSync(join(providerDir, "index.json"), `${JSON.stringify({ versions: mergedVersions(join(providerDir, "index.json"), version) }, null, 2)}\n`, { mode: 0o644 });

  return { releaseDir, mirrorDir, archives, sha256sums, manifest, unlisted, ...(signature ? { signature } : {}), ...(removedSignature ? { removedSignature } : {}) };
}

/**
 * The object under `key` in a mirror JSON file an earlier run wrote (`what` names the kind of
 * file), or undefined when there is no such file. A file that is not that JSON is an error.
 */
function earlierMirrorObject(file: string, key: "archives" | "versions", what: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new ProviderBuildError(`the existing ${file} is not JSON: fix or delete it, then package again`, { cause: err });
  }
  const value = (parsed as Record<string, unknown> | null)?.[key];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ProviderBuildError(`the existing ${file} has no "${key}" object: it is not a provider network-mirror ${what}; use another --out directory`);
  }
  return value as Record<string, unknown>;
}

/**
 * The archives an earlier run listed in `<version>.json` for platforms this run did not rebuild,
 * whose zip is still in release/ (a zip deleted since is left out). A zip whose bytes no longer
 * have the zh: hash recorded for it is an error: its h1: could not be trusted either.
 */
function earlierArchives(versionFile: string, releaseDir: string, type: string, version: string, rebuilt: ReadonlySet<string>): ReleaseArchive[] {
  const kept: ReleaseArchive[] = [];
  for (const { platform, name, file, entry } of listedEarlier(versionFile, releaseDir, type, version, rebuilt)) {
    const { url, hashes } = (entry ?? {}) as { url?: unknown; hashes?: unknown };
    const strings = Array.isArray(hashes) ? hashes.filter((h): h is string => typeof h === "string") : [];
    const h1 = strings.find((h) => h.startsWith("h1:"));
    const zh = strings.find((h) => h.startsWith("zh:"));
    if (url !== name || !h1 || !zh || packageHashZip(readFileSync(file)) !== zh) {
      throw new ProviderBuildError(`${file} does not match what ${versionFile} says of ${platform}: delete both (or package ${platform} again into a fresh --out)`);
    }
    kept.push({ platform, file, name, executableName: executableName(type, version, platform), h1, zh });
  }
  return kept;
}

/** The platforms `<version>.json` lists, not rebuilt, whose zip is still in release/: what writeRelease merges. */
function listedEarlier(versionFile: string, releaseDir: string, type: string, version: string, rebuilt: ReadonlySet<string>) {
  return Object.entries(earlierMirrorObject(versionFile, "archives", "version file") ?? {})
    .map(([platform, entry]) => ({ platform, entry, name: `terraform-provider-${type}_${version}_${platform}.zip` }))
    .map((e) => ({ ...e, file: join(releaseDir, e.name) }))
    .filter((e) => !rebuilt.has(e.platform) && existsSync(e.file));
}

/**
 * The zips (platform and path under release/, by platform) that writeRelease with these options
 * would keep from earlier runs into `outDir` besides this run's `platforms`. Read before building,
 * so a caller can refuse what it should not merge; their hashes are checked by writeRelease.
 */
export function earlierPackages(options: Pick<ReleaseOptions, "hostname" | "namespace" | "type" | "version" | "outDir">, platforms: readonly string[]): ReleaseExecutable[] {
  const { type, version } = options;
  const versionFile = join(options.outDir, "mirror", options.hostname, options.namespace, type, `${version}.json`);
  return listedEarlier(versionFile, join(options.outDir, "release"), type, version, new Set(platforms))
    .map(({ platform, file }) => ({ platform, file }))
    .sort((a, b) => (a.platform < b.platform ? -1 : 1));
}

function mergedVersions(indexFile: string, version: string): Record<string, object> {
  const versions = new Set([...Object.keys(earlierMirrorObject(indexFile, "versions", "index") ?? {}), version]);
  return Object.fromEntries([...versions].sort().map((v) => [v, {}]));
}

/** Lines of `terraform providers lock` style hashes for a platform set, for docs and CLI output. */
export function describeArchives(archives: readonly ReleaseArchive[]): string {
  return archives.map((a) => `  ${a.platform.padEnd(14)} ${basename(a.file)}  ${a.h1}  ${a.zh}`).join("\n");
}
