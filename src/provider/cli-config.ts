import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { isAbsolute, posix, resolve, win32 } from "node:path";
import { cliConfigDir, cliConfigFile, cliConfigOverride, type TerraformDirsContext } from "../tfplugin/packaging/terraform-dirs";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE } from "./address";
import { decodeStringField, decodeStringListField, decodeStringMap, decodesAsCliConfig, parseHcl1 } from "./hcl1";
import { mirrorPackage, type ShadowingCopy } from "./implied-mirrors";

/**
 * What `terraform init` does with the c1twingate provider under the user's Terraform CLI
 * configuration, judged by Terraform's own rules (internal/command/cliconfig and
 * internal/getproviders/multi_source.go, checked against terraform 1.11):
 *
 * - Files: the one TF_CLI_CONFIG_FILE (or the older TERRAFORM_CONFIG) names, alone; without them
 *   `~/.terraformrc`, then every `*.tfrc` and `*.tfrc.json` in `~/.terraform.d`, in name order
 *   (Windows: `%APPDATA%\terraform.rc` and `%APPDATA%\terraform.d`; terraform-dirs.ts).
 *   Each is HCL 1, JSON when its text starts with `{` (whatever its name), parsed and decoded by
 *   HCL 1's rules (hcl1.ts). A file that does not parse, or does not decode as a CLI config (a
 *   top-level attribute of the wrong type), adds nothing: Terraform reports it and reads on.
 * - No `provider_installation` block in them: the implied local mirrors, `~/.terraform.d/plugins`
 *   among them (the list: implied-mirrors.ts), are searched. With one (the first, if several: Terraform warns and ignores the
 *   rest), only the methods it lists are, and the implied mirrors never are
 *   (developer.hashicorp.com/terraform/cli/config/config-file#implied-local-mirror-directories).
 *   A block written `provider_installation = {` is refused and counts as none.
 * - A method covers a provider when no `exclude` pattern matches it and, if it has `include`, one
 *   of those does. A pattern is `host/namespace/type` or `namespace/type` (host
 *   registry.terraform.io: `*∕*` does not cover `c1twingate.invalid`), `*` a whole segment,
 *   compared case-insensitively. A method with an invalid pattern, an attribute of the wrong type
 *   (`include = "…"`, not a list), a filesystem_mirror without `path`, or a network_mirror not at
 *   an `https:` URL is dropped. `path` is not expanded: `~/x` and `${HOME}/x` are relative paths.
 * - init asks every method that covers the provider: one that fails (`direct`, which cannot reach
 *   a `.invalid` host; a filesystem_mirror directory that does not exist; a network mirror that
 *   does not answer) fails init even when another method has the provider.
 * - `dev_overrides` (first in the block) makes plan and apply run the provider from the directory
 *   it names, installed or not; it is no installation method.
 */
export type InstallationMethod =
  | { kind: "direct" }
  | {
      kind: "filesystem_mirror";
      path: string;
      /** `path` is the directory `provider install` wrote. */
      installDir: boolean;
      /** The directory does not exist: searching it fails init. */
      missing: boolean;
      /** `path` has a `~` or `$` that Terraform does not expand: it reads `~/x` and `${HOME}/x` literally, relative to the directory it runs in. */
      unexpanded?: true;
    }
  | { kind: "network_mirror"; url: string };

export type MirrorVerdict =
  /** No provider_installation block: the implied mirrors are searched, the install among them. */
  | { kind: "implied" }
  /** A block, and no method in it covers the provider: init fails ("not found in any of the search locations"). */
  | { kind: "uncovered"; file: string; ignored: string[]; devOverride?: string }
  /** A method covering the provider fails for it (`direct`, a missing filesystem mirror): init fails. */
  | { kind: "failing"; file: string; ignored: string[]; covering: InstallationMethod[]; failing: InstallationMethod[]; devOverride?: string }
  /** A filesystem_mirror at the install directory covers the provider: init finds it there (if the other covering methods answer), unless a filesystem_mirror listed before it has the version (blockShadowingCopy). */
  | { kind: "install-dir"; file: string; ignored: string[]; covering: InstallationMethod[]; devOverride?: string }
  /** Only other mirrors cover it: init finds it only if it is published there; the install is not read. */
  | { kind: "elsewhere"; file: string; ignored: string[]; covering: InstallationMethod[]; devOverride?: string };

export interface CliConfigContext extends TerraformDirsContext {
  /** Lists a directory's entry names (default readdirSync): tests of another OS's paths read a fake tree. */
  listDir?: (dir: string) => string[];
  /** The directory terraform runs in, against which a `~/…` or `${HOME}/…` mirror path is looked up (default: this process's). */
  cwd?: string;
}

/** The CLI config files Terraform reads, in its order. */
export function cliConfigFiles(env: NodeJS.ProcessEnv = process.env, context: CliConfigContext = {}): string[] {
  const override = cliConfigOverride(env);
  if (override) return [override];
  const here = { ...context, env };
  const file = cliConfigFile(here);
  const dir = cliConfigDir(here);
  const files = file ? [file.dir] : [];
  if (!dir) return files;
  const join = (context.platform ?? process.platform) === "win32" ? win32.join : posix.join;
  try {
    // Go's ReadDir order: by bytes; these names are compared as UTF-16, the same for ASCII.
    for (const name of (context.listDir ?? readdirSync)(dir.dir).sort()) if (name.endsWith(".tfrc") || name.endsWith(".tfrc.json")) files.push(join(dir.dir, name));
  } catch {
    // no ~/.terraform.d
  }
  return files;
}

interface Block {
  file: string;
  methods: ParsedMethod[];
  devOverrides: Map<string, string>;
}

type ParsedMethod = ({ kind: "direct" } | { kind: "filesystem_mirror"; path: string } | { kind: "network_mirror"; url: string }) & { include: Pattern[]; exclude: Pattern[] };

type Pattern = { host: string; namespace: string; type: string };

/**
 * The provider_installation blocks of `file` as Terraform decodes them: none when it is unreadable,
 * does not parse, or does not decode as a CLI config (a top-level attribute of the wrong type:
 * Terraform then reports the file and reads nothing from it).
 */
function blocksOf(file: string): Block[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const parsed = parseHcl1(text);
  if (!parsed || !decodesAsCliConfig(parsed.items)) return [];
  const blocks: Block[] = [];
  for (const item of parsed.items) {
    if (item.keys[0] !== "provider_installation") continue;
    if (item.assign && !parsed.json) continue;
    if (item.value.kind !== "object") continue;
    const block: Block = { file, methods: [], devOverrides: new Map() };
    for (const methodItem of item.value.items) {
      if (methodItem.assign && !parsed.json) continue;
      if (methodItem.value.kind !== "object") continue;
      const body = methodItem.value.items;
      const kind = methodItem.keys[0];
      if (kind === "dev_overrides") {
        if (block.methods.length > 0) continue; // refused after other methods
        const entries = decodeStringMap(body);
        if (!entries.ok) continue;
        for (const [source, dir] of entries.value) {
          const address = providerAddress(source);
          if (address) block.devOverrides.set(address, dir);
        }
        continue;
      }
      // Each method decodes into a Go struct: any field of the wrong type drops the method.
      const includeField = decodeStringListField(body, "include");
      const excludeField = decodeStringListField(body, "exclude");
      if (!includeField.ok || !excludeField.ok) continue;
      const include = patterns(includeField.value ?? []);
      const exclude = patterns(excludeField.value ?? []);
      if (!include || !exclude) continue;
      if (kind === "direct") block.methods.push({ kind, include, exclude });
      else if (kind === "filesystem_mirror") {
        const path = decodeStringField(body, "path");
        if (path.ok && path.value) block.methods.push({ kind, path: path.value, include, exclude });
      } else if (kind === "network_mirror") {
        const url = decodeStringField(body, "url");
        if (url.ok && url.value && isHttpsUrl(url.value)) block.methods.push({ kind, url: url.value, include, exclude });
      }
    }
    blocks.push(block);
  }
  return blocks;
}

function isHttpsUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && parsed.host !== "";
  } catch {
    return false;
  }
}

/** include/exclude patterns; undefined when one is invalid (Terraform drops the method). */
function patterns(strings: string[]): Pattern[] | undefined {
  const out: Pattern[] = [];
  for (const v of strings) {
    const parts = v.split("/");
    if (parts.length < 2 || parts.length > 3) return undefined;
    const [host, namespace, type] = parts.length === 3 ? parts : ["registry.terraform.io", ...parts];
    if (host === undefined || namespace === undefined || type === undefined) return undefined;
    const pattern = { host: host === "*" ? "*" : normalHost(host), namespace: namespace.toLowerCase(), type: type.toLowerCase() };
    if (pattern.host === "*" && (pattern.namespace !== "*" || pattern.type !== "*")) return undefined;
    if (pattern.namespace === "*" && pattern.type !== "*") return undefined;
    out.push(pattern);
  }
  return out;
}

/** Hostnames compare lower-cased, without the default HTTPS port. */
function normalHost(host: string): string {
  return host.toLowerCase().replace(/:443$/, "");
}

/** A dev_overrides key as a full address (`namespace/type` is on registry.terraform.io), lower-cased. */
function providerAddress(source: string): string | undefined {
  const parts = source.split("/");
  if (parts.length === 2) return `registry.terraform.io/${source.toLowerCase()}`;
  if (parts.length === 3) return `${normalHost(parts[0] ?? "")}/${(parts[1] ?? "").toLowerCase()}/${(parts[2] ?? "").toLowerCase()}`;
  return undefined;
}

function matches(list: Pattern[]): boolean {
  return list.some((p) => (p.host === "*" || p.host === PROVIDER_HOSTNAME) && (p.namespace === "*" || p.namespace === PROVIDER_NAMESPACE) && (p.type === "*" || p.type === PROVIDER_TYPE));
}

function covers(method: ParsedMethod): boolean {
  if (matches(method.exclude)) return false;
  return method.include.length === 0 || matches(method.include);
}

function sameDir(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

function exists(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * What terraform init does with our provider, installed into `installDir`, under the CLI config of
 * `env`. A relative filesystem_mirror path is read from the directory terraform runs in, unknown
 * here: it is never taken for the install directory, nor for missing, except one starting with `~`
 * or holding a `$`, which Terraform does not expand and is looked up from `context.cwd`.
 */
export function mirrorVerdict(installDir: string, env: NodeJS.ProcessEnv = process.env, context: CliConfigContext = {}): MirrorVerdict {
  const blocks = cliConfigFiles(env, context).flatMap(blocksOf);
  const block = blocks[0];
  if (!block) return { kind: "implied" };
  const ignored = [...new Set(blocks.slice(1).map((b) => b.file))];
  const devDir = block.devOverrides.get(`${PROVIDER_HOSTNAME}/${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`);
  const base = { file: block.file, ignored, ...(devDir !== undefined ? { devOverride: devDir } : {}) };
  const covering: InstallationMethod[] = block.methods.filter(covers).map((m) => {
    if (m.kind !== "filesystem_mirror") return m.kind === "direct" ? { kind: "direct" } : { kind: "network_mirror", url: m.url };
    const absolute = isAbsolute(m.path);
    // Terraform expands neither `~` nor `${VAR}` here ("cannot search ~/.terraform.d/plugins"): such a
    // path, meant as absolute, is a relative one to Go, which hardly ever exists where init runs.
    const unexpanded = !absolute && /^~|\$/.test(m.path);
    const dir = absolute ? m.path : unexpanded ? resolve(context.cwd ?? process.cwd(), m.path) : undefined;
    return {
      kind: "filesystem_mirror",
      path: m.path,
      installDir: absolute && sameDir(m.path, installDir),
      missing: dir !== undefined && !exists(dir),
      ...(unexpanded ? { unexpanded: true as const } : {}),
    };
  });
  if (covering.length === 0) return { kind: "uncovered", ...base };
  const failing = covering.filter((m) => m.kind === "direct" || (m.kind === "filesystem_mirror" && m.missing));
  if (failing.length > 0) return { kind: "failing", ...base, covering, failing };
  if (covering.some((m) => m.kind === "filesystem_mirror" && m.installDir)) return { kind: "install-dir", ...base, covering };
  return { kind: "elsewhere", ...base, covering };
}

/**
 * Whether Terraform reads the CLI config `file` as JSON: its text starts with `{` (hcl1.ts),
 * whatever its name. A JSON file takes an HCL block pasted into it as no config at all.
 */
export function isJsonCliConfig(file: string): boolean {
  try {
    return parseHcl1(readFileSync(file, "utf8"))?.json === true;
  } catch {
    return false;
  }
}

/** The files whose provider_installation block keeps Terraform from reading `installDir` for our provider (JSON `impliedMirrorIgnoredBy`). */
export function impliedMirrorIgnoredBy(verdict: MirrorVerdict): string[] {
  return verdict.kind === "implied" || verdict.kind === "install-dir" ? [] : [verdict.file];
}

/**
 * The copy of `version` for `osArch` that terraform init takes instead of the install when the
 * block lists another filesystem_mirror covering the provider before the install's: Terraform
 * asks the covering methods in block order and takes the package from the first that has this
 * version for this platform (multi_source.go PackageMeta; checked with terraform 1.11). Only
 * absolute paths that exist are looked in (a relative one is read where terraform runs).
 */
export function blockShadowingCopy(verdict: MirrorVerdict, osArch: string, version: string, installedHash: string): ShadowingCopy | undefined {
  if (verdict.kind !== "install-dir") return undefined;
  const at = verdict.covering.findIndex((m) => m.kind === "filesystem_mirror" && m.installDir);
  if (at < 0) return undefined;
  for (const [i, method] of verdict.covering.slice(0, Math.max(at, 0) + 1).entries()) {
    if (method.kind !== "filesystem_mirror" || method.missing || !isAbsolute(method.path)) continue;
    const copy = mirrorPackage(method.path, osArch, version);
    // In the install's own mirror only another copy counts: one under names of other letter case (`Local/`) sorts first.
    if (copy && (i < at || copy.hash !== installedHash)) {
      return {
        dir: method.path,
        origin: i < at ? `filesystem_mirror listed before the install's in the provider_installation block of ${verdict.file}` : `the install's own filesystem_mirror in the provider_installation block of ${verdict.file}, another copy in it`,
        path: copy.path,
        hash: copy.hash,
        sameBytes: copy.hash === installedHash,
        cliConfig: verdict.file,
        ...(i === at ? { inInstallDir: true as const } : {}),
      };
    }
  }
  return undefined;
}
