import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ProviderInstallError } from "../errors";
import { replaceFileAtomically } from "./atomic-replace";
import { packageHashV1OfFiles } from "./package-hash";
import { makeDirectoryOr } from "./make-directory";
import { cliConfigPluginsDir, unknownCliConfigDirReason } from "./terraform-dirs";

export interface InstallProviderOptions {
  /** The provider executable (an esbuild bundle with a `#!/usr/bin/env node` line, or a self-contained executable). */
  file: string;
  hostname: string;
  namespace: string;
  type: string;
  version: string;
  /** Defaults to Terraform's implied local mirror, `$HOME/.terraform.d/plugins` (Windows `%APPDATA%\terraform.d\plugins`). */
  mirrorDir?: string;
  /** OS_ARCH dirs to fill (a script runs anywhere); defaults to the current platform. */
  platforms?: readonly string[];
  /** Environment to read HOME (Windows: APPDATA, USERPROFILE) from (defaults to process.env). */
  env?: NodeJS.ProcessEnv;
  /** Whose Terraform directories the default mirror follows (defaults to this machine's). */
  platform?: NodeJS.Platform;
  /** File name in the package dir; default `terraform-provider-<type>_v<version>` (add `.exe` for windows_*). */
  executableName?: string;
}

export interface InstalledProvider {
  mirrorDir: string;
  /** `<host>/<ns>/<type>` as written in required_providers `source`. */
  source: string;
  /**
   * One package dir and executable per platform; `written` false when it held these bytes already
   * (left untouched), `overwroteDifferent` when it held others.
   */
  packages: { platform: string; dir: string; executable: string; written: boolean; overwroteDifferent: boolean }[];
  /** The `h1:` hash of the bytes installed (the same on every platform: the file is the same). */
  hash: string;
}

const NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The `os_arch` Terraform uses for this machine (linux_amd64, darwin_arm64, ...). */
export function currentPlatform(): string {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const arch = ({ x64: "amd64", ia32: "386", arm64: "arm64", arm: "arm" } as Record<string, string>)[process.arch] ?? process.arch;
  return `${os}_${arch}`;
}

/**
 * Places a provider executable in the unpacked filesystem-mirror layout
 * `<mirror>/<host>/<ns>/<type>/<version>/<os_arch>/terraform-provider-<type>_v<version>`
 * with mode 0755, and returns where it went and its lock-file hash. Each executable is replaced
 * atomically (atomic-replace.ts: a temp file in the version dir renamed into place), so a provider
 * terraform is running keeps running and no reader sees a partial file; the hash is of the bytes
 * read here, never of the installed path, which a concurrent install may be replacing.
 */
export function installProvider(options: InstallProviderOptions): InstalledProvider {
  const env = options.env ?? process.env;
  for (const [what, value] of [["namespace", options.namespace], ["type", options.type]] as const) {
    if (!NAME.test(value)) throw new ProviderInstallError(`invalid provider ${what} "${value}": use lower-case letters, digits and dashes`);
  }
  if (!/^[a-z0-9.-]+$/i.test(options.hostname)) throw new ProviderInstallError(`invalid provider hostname "${options.hostname}": use a DNS name such as registry.local`);
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(options.version)) throw new ProviderInstallError(`invalid provider version "${options.version}": use semantic versioning such as 0.1.0`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(options.file);
  } catch (err) {
    throw new ProviderInstallError(`cannot read the provider executable ${options.file}: build it first`, { cause: err });
  }
  const mirrorDir = options.mirrorDir ?? cliConfigPluginsDir({ env, ...(options.platform ? { platform: options.platform } : {}) })?.dir;
  if (mirrorDir === undefined) throw new ProviderInstallError(`${unknownCliConfigDirReason(options.platform)}: pass a mirror directory`);
  const platforms = options.platforms ?? [currentPlatform()];
  const packages = platforms.map((platform) => {
    const dir = join(mirrorDir, options.hostname, options.namespace, options.type, options.version, platform);
    const executable = join(dir, options.executableName ?? `terraform-provider-${options.type}_v${options.version}`);
    // 0755, not what an umask of 000 would make (0777): Terraform runs what it finds here, and no one else may replace it.
    makeDirectoryOr(dir, (message, cause) => new ProviderInstallError(`${message}: pass a mirror directory you can write`, { cause }), 0o755);
    // Staged in the version dir: Terraform hashes the package dir whole, so a temp file there would change its h1:.
    // A file-system error (EACCES, ENOSPC) goes up as such: the CLI says what it means (file-system-error.ts).
    const replaced = replaceFileAtomically(executable, bytes, { stagingDir: dirname(dir), mode: 0o755 });
    return { platform, dir, executable, ...replaced };
  });
  const first = packages[0];
  if (!first) throw new ProviderInstallError("no platform given: pass at least one os_arch such as linux_amd64");
  return { mirrorDir, source: `${options.hostname}/${options.namespace}/${options.type}`, packages, hash: packageHashV1OfFiles([{ path: basename(first.executable), bytes }]) };
}

export interface CliConfigOptions {
  /** Filesystem mirror dir. */
  mirrorDir: string;
  /** Provider patterns served by the mirror, e.g. ["registry.local/*\/*"]. */
  include: readonly string[];
  /** Whether other providers may still come from their registries (default true, excluding the mirrored ones). */
  direct?: boolean;
  /** More filesystem mirrors, each with the providers taken from it (never also from a registry, so they work offline). */
  moreMirrors?: ReadonlyArray<{ path: string; include: readonly string[] }>;
}

/**
 * The provider addresses a filesystem mirror directory holds (`HOSTNAME/NAMESPACE/TYPE`), read
 * from its layout (unpacked or packed: both start with those three levels; Terraform's
 * "Provider Installation" docs). Empty when the directory holds none.
 */
export function providersInMirror(dir: string): string[] {
  const subdirs = (path: string): string[] => readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  return subdirs(dir).flatMap((host) => subdirs(join(dir, host)).flatMap((ns) => subdirs(join(dir, host, ns)).map((type) => `${host}/${ns}/${type}`)));
}

/** A Terraform CLI config (for TF_CLI_CONFIG_FILE) that takes the given providers from a filesystem mirror. */
export function cliConfigText(options: CliConfigOptions): string {
  const list = (items: readonly string[]): string => `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;
  const direct = options.direct ?? true;
  const more = options.moreMirrors ?? [];
  const mirror = (path: string, include: readonly string[]): string[] => ["  filesystem_mirror {", `    path    = ${JSON.stringify(path)}`, `    include = ${list(include)}`, "  }"];
  // A provider that matches `direct` too is looked up in its registry as well, which fails offline: mirrored ones never are.
  const mirrored = [...options.include, ...more.flatMap((m) => m.include)];
  return [
    "provider_installation {",
    ...mirror(options.mirrorDir, options.include),
    ...more.flatMap((m) => mirror(m.path, m.include)),
    ...(direct ? ["  direct {", `    exclude = ${list(mirrored)}`, "  }"] : []),
    "}",
    "",
  ].join("\n");
}

export function writeCliConfig(path: string, options: CliConfigOptions): string {
  writeFileSync(path, cliConfigText(options));
  return path;
}
